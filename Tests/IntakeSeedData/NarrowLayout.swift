import Foundation

/// A browser-free check that a page of ours stays readable at 400 CSS pixels (a phone, a
/// split screen): what a browser would lay out wider than the viewport is found in the
/// page's own markup and style sheet.
///
/// - every `<table>` scrolls inside its own box at narrow widths: it sits in a
///   `<div class="scroll">` (`overflow-x: auto`), or the narrow-width rules make tables
///   `display: block; overflow-x: auto`;
/// - no rule outside the print rules fixes a width, min-width or flex basis above 400 px
///   (rem and em counted as 16 px), and none sets `white-space: nowrap` on a table cell;
/// - long unbroken strings (hashes, paths, codes) may break (`word-break: break-all`,
///   `overflow-wrap: anywhere` or `break-word` on `code`, or on the classes they carry);
/// - the viewport meta tag is there (without it a phone lays the page out at 980 px).
public enum NarrowLayout {
    public static let viewport = 400.0

    public static func problems(_ html: String) -> [String] {
        var found: [String] = []
        guard let css = style(html) else { return ["no <style> element"] }
        if !html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">") {
            found.append("no viewport meta tag")
        }
        let screen = withoutPrintRules(css)
        let narrowTablesScroll = narrowRules(screen).contains { rule in
            rule.selector.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "table" }
                && compact(rule.body).contains("display:block") && compact(rule.body).contains("overflow-x:auto")
        }
        let scrollBox = rules(screen).contains { $0.selector == ".scroll" && compact($0.body).contains("overflow-x:auto") }
        // Tables outside a scroll box need the narrow-width rule.
        var depth = 0
        var unboxed = 0
        for token in html.matches(of: /<div class="scroll">|<table[ >]|<\/div>/) {
            let t = String(token.output)
            if t == "<div class=\"scroll\">" {
                depth += 1
            } else if t == "</div>" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                unboxed += 1
            }
        }
        if unboxed > 0 && !narrowTablesScroll {
            found.append("\(unboxed) table(s) outside a scroll box and no narrow-width rule making tables scroll")
        }
        if html.contains("<div class=\"scroll\">") && !scrollBox { found.append("scroll boxes without their rule") }
        for m in screen.matches(of: /(?<prop>min-width|width|flex-basis)\s*:\s*(?<n>[0-9.]+)(?<unit>px|rem|em)/) {
            let n = Double(m.output.n) ?? 0
            let px = m.output.unit == "px" ? n : n * 16
            // A max-width is harmless; the property matched is never max-width here.
            if px > viewport && !screen[..<m.range.lowerBound].hasSuffix("max-") {
                found.append("\(m.output.prop): \(m.output.n)\(m.output.unit) is wider than \(Int(viewport)) px")
            }
        }
        for rule in rules(screen) where rule.body.contains("nowrap") && rule.selector.contains("td") {
            found.append("\(rule.selector) does not wrap")
        }
        if html.contains("<code") {
            let breaking = rules(screen).contains { rule in
                rule.selector.contains("code")
                    && ["word-break:break-all", "overflow-wrap:anywhere", "overflow-wrap:break-word"].contains {
                        compact(rule.body).contains($0)
                    }
            }
            if !breaking { found.append("long code strings (hashes, paths) cannot break") }
        }
        return found
    }

    static func compact(_ css: String) -> String { css.filter { !$0.isWhitespace } }

    static func style(_ html: String) -> String? {
        guard let start = html.range(of: "<style>"), let end = html.range(of: "</style>") else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// The style sheet without its `@media print { … }` block.
    static func withoutPrintRules(_ css: String) -> String {
        guard let start = css.range(of: "@media print") else { return css }
        var depth = 0
        var i = start.upperBound
        while i < css.endIndex {
            if css[i] == "{" { depth += 1 }
            if css[i] == "}" {
                depth -= 1
                if depth == 0 { return String(css[..<start.lowerBound]) + String(css[css.index(after: i)...]) }
            }
            i = css.index(after: i)
        }
        return String(css[..<start.lowerBound])
    }

    /// The rules inside `@media (max-width: …)` blocks of at least the viewport.
    static func narrowRules(_ css: String) -> [(selector: String, body: String)] {
        var out: [(String, String)] = []
        for m in css.matches(of: /@media \(max-width: (?<n>[0-9.]+)(?<unit>px|rem)\) \{(?<inner>(?:[^{}]*\{[^{}]*\})*)\s*\}/) {
            let n = Double(m.output.n) ?? 0
            if (m.output.unit == "px" ? n : n * 16) >= viewport { out += rules(String(m.output.inner)) }
        }
        return out
    }

    static func rules(_ css: String) -> [(selector: String, body: String)] {
        css.matches(of: /(?<selector>[^{}]+)\{(?<body>[^{}]*)\}/).map {
            ($0.output.selector.trimmingCharacters(in: .whitespacesAndNewlines), String($0.output.body))
        }
    }
}
