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
        \(css)
        \(layout)</style>
        </head>
        <body>

        """
    }

    /// What every page shares after its own rules: at narrow widths (a phone, a split
    /// screen) a table scrolls inside its own box instead of widening the page; printed,
    /// navigation goes, links print as text, the verdict colours stay, rows do not split.
    public static let layout = """
        .scroll { overflow-x: auto; max-width: 100%; }
        @media (max-width: 48rem) {
          body { padding: 0.5rem 0.6rem 2rem; }
          table { display: block; max-width: 100%; overflow-x: auto; }
          table.facts th { width: auto; }
        }
        @media print {
          nav, .no-print { display: none; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          a, a.cite { color: inherit; text-decoration: none; }
          .banner, .v-accepted, .v-accepted-deferred, .v-returned, .v-refused, .v-invalid {
            -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          tr, li { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          table { display: table; overflow: visible; }
        }
        """

    /// The verdict colours, as CSS variables every page uses (受理 green, 容缺 blue,
    /// 补正 amber, 不予受理 red, 无效 grey), and the fonts.
    public static let palette = """
        :root { --accepted: #1b7f3b; --deferred: #1f5fbf; --returned: #a35c00; --refused: #b3261e; --invalid: #5f6368;
          --text: #1f1f1f; --muted: #5f6368; --rule: #ddd;
          --sans: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
          --mono: "SFMono-Regular", "Menlo", "Consolas", "DejaVu Sans Mono", monospace; }
        """
}
