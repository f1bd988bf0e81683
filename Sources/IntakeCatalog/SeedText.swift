import Foundation

/// The seed documents' text (`Pipelines/seeds/<document>`), read once per catalog load, so
/// that every citation can quote the guide's words at the line the catalog points to.
struct SeedText: Sendable {
    static let none = SeedText(lines: [:])
    /// Lines of each document (1-based line n is `lines[document][n - 1]`).
    let lines: [String: [Substring]]

    /// The words at `line` of `document`, whitespace collapsed (tables lost their borders
    /// to tabs), at most 240 characters; nil when the line is blank or out of range.
    func quote(document: String, line: Int) -> String? {
        guard let text = lines[document], line >= 1, line <= text.count else { return nil }
        let words = text[line - 1].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" })
        let joined = words.joined(separator: " ")
        guard !joined.isEmpty else { return nil }
        return joined.count > 240 ? String(joined.prefix(239)) + "…" : joined
    }
}
