// The one HTML page shell of the project (reports and the batch summary): self-contained
// (no network: a Content-Security-Policy that allows inline styles only), Chinese first,
// one palette of verdict colours.

/// A self-contained HTML page's shell and the shared palette.
public enum HTMLPage {
    /// `<!DOCTYPE html>` through `<body>`: charset, viewport, the CSP, the title (already
    /// escaped by the caller) and the style sheet (the palette first).
    public static func head(title: String, css: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(title)</title>
        <style>
        \(palette)
        \(css)</style>
        </head>
        <body>

        """
    }

    /// The verdict colours, as CSS variables every page uses (受理 green, 容缺 blue,
    /// 补正 amber, 不予受理 red, 无效 grey), and the fonts.
    public static let palette = """
        :root { --accepted: #1b7f3b; --deferred: #1f5fbf; --returned: #a35c00; --refused: #b3261e; --invalid: #5f6368;
          --text: #1f1f1f; --muted: #5f6368; --rule: #ddd;
          --sans: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
          --mono: "SFMono-Regular", "Menlo", "Consolas", "DejaVu Sans Mono", monospace; }
        """
}
