import Foundation

/// The seed documents' text (`Pipelines/seeds/<document>`), read once per catalog load, so
/// that every citation can quote the guide's words at the line the catalog points to.
/// Kept as bytes with the lines' ranges: a load quotes thousands of lines.
struct SeedText: Sendable {
    static let none = SeedText(documents: [:])
    /// One document's bytes; split into lines when first quoted (a `check` reads every
    /// seed for the version but quotes one or two of them).
    final class Document: @unchecked Sendable {
        let bytes: [UInt8]
        /// Set once, by the first quote. A load quotes from one thread (its own); the
        /// class is not shared beyond it.
        private var split: [Range<Int>]?

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        /// Line n (1-based) is `bytes[lines[n - 1]]`, without its newline.
        var lines: [Range<Int>] {
            if let split { return split }
            let lines = SeedText.lines(bytes)
            split = lines
            return lines
        }
    }
    let documents: [String: Document]

    /// Keeps `bytes` as a document (split when first quoted).
    static func document(_ bytes: [UInt8]) -> Document { Document(bytes) }

    /// The ranges of the lines of `bytes`.
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        // memchr: a `check` splits every seed (~850 KB) to quote a few lines.
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while start < raw.count, let hit = memchr(base + start, 0x0A, raw.count - start) {
                let i = UnsafeRawPointer(hit) - base
                lines.append(start..<i)
                start = i + 1
            }
        }
        lines.append(start..<bytes.count)
        return lines
    }

    /// The words at `line` of `document`, whitespace collapsed (tables lost their borders
    /// to tabs; space, tab, CR and the ideographic space U+3000 separate words), at most
    /// 240 characters; nil when the line is blank or out of range. A longer line is quoted
    /// from its start, or, where the first of `focus` found on it lies past the first
    /// window, from just before it ("…（3）在家中或其他场所非正常死亡的…"): a rule citing one
    /// item of a line that holds several quoted the others (round 34, tester c).
    /// `focus` is worked out only for a long line (two regular expressions per citation
    /// otherwise, at every catalog load without a snapshot).
    ///
    /// `through`: the last line of a sentence a page break cut (the catalog's `through`, at
    /// most 4 lines on): the lines are quoted as one, joined where they were cut ("…丧偶人" /
    /// "员提供结婚证", round 39, tester q: the quote of 8.3 stopped before its 结婚证).
    func quote(document: String, line: Int, through: Int? = nil, focus: @autoclosure () -> [String] = []) -> String? {
        guard let d = documents[document], line >= 1 else { return nil }
        let lines = d.lines
        guard line <= lines.count else { return nil }
        let last = through.map { min(max($0, line), line + 4, lines.count) } ?? line
        var out: [UInt8] = []
        out.reserveCapacity(lines[line - 1].count)
        // A heading on a line of its own ("3、论文" above "论文不作为…"): the next line is not its continuation, and a
        // space keeps them apart (round 52, tester d: "3、论文论文不作为…" is no sentence of the guide).
        var headingEnded = false
        for range in lines[(line - 1)..<last] {
            var i = range.lowerBound
            let lineStart = out.count
            // Within a line whitespace separates words; where a line was cut, none is added.
            var pendingSpace = headingEnded
            while i < range.upperBound {
                let b = d.bytes[i]
                if b == 0x20 || b == 0x09 || b == 0x0D {
                    pendingSpace = true
                    i += 1
                } else if b == 0xE3, i + 2 < range.upperBound, d.bytes[i + 1] == 0x80, d.bytes[i + 2] == 0x80 {
                    pendingSpace = true
                    i += 3
                } else {
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(b)
                    i += 1
                }
            }
            let text = out[lineStart...]
            headingEnded = !text.isEmpty && String(decoding: text, as: UTF8.self).count <= 12
        }
        guard !out.isEmpty else { return nil }
        var joined = String(decoding: out, as: UTF8.self)
        // A Word bookmark the conversion left in the text ("[bookmark: _GoBack]1.个人申报。") is none of the guide's words
        // (the review of round 60: ZC-001's 个人申报 was quoted with it).
        while let open = joined.range(of: "[bookmark: "), let close = joined[open.upperBound...].firstIndex(of: "]") {
            joined.removeSubrange(open.lowerBound...close)
        }
        guard !joined.isEmpty else { return nil }
        // Characters never outnumber bytes: count them only when the bytes might exceed.
        guard joined.utf8.count > 240, joined.count > 240 else { return joined }
        for f in focus() where f.count >= 2 {
            // A mark the line holds twice (three 情形 numbered （1）… each) tells nothing.
            let hits = joined.ranges(of: f)
            guard let hit = hits.first, hits.count == 1 || !f.hasPrefix("（") && !f.hasPrefix("(") else { continue }
            let at = joined.distance(from: joined.startIndex, to: hit.lowerBound)
            if at + f.count <= 239 { break }
            // From a little before it, or the line's last 238 characters.
            let from = max(0, min(at - 16, joined.count - 238))
            let rest = joined.count - from
            return "…" + String(joined.dropFirst(from).prefix(rest > 238 ? 237 : 238)) + (rest > 238 ? "…" : "")
        }
        return String(joined.prefix(239)) + "…"
    }

    /// What a citation's quote looks for on a long line: the numbered item its label ends
    /// with (`殡葬 事项1 2.（3）` → "（3）", "(3)"; used only where the line holds it once),
    /// then the document's title in 《》, then the words of the rule or material (`text`: up to
    /// its first bracket, gloss or ellipsis, its first 8 characters), then those of `also` (a material's condition: RS-015's
    /// 居住证, too short a name to look for, is asked where "非大连户籍人员除上述证件外，还需提供" ends the line; round 49, tester d).
    static func focus(item: String, text: String = "", also: String = "") -> [String] {
        var out: [String] = []
        if let last = item.split(separator: " ").last,
            let mark = last.matches(of: /[（(]([0-9]+)[）)]/).last
        {
            out += ["（\(mark.output.1)）", "(\(mark.output.1))"]
        }
        // A title in 《》 names the document best (新生儿母亲和父亲出具的《亲子关系声明》).
        if let title = text.firstMatch(of: /《[^》]{2,}》/) { out.append(String(title.output)) }
        let words = text.prefix { !"（(〔…".contains($0) }.trimmingCharacters(in: .whitespaces)
        if words.count >= 4 { out.append(String(words.prefix(8))) }
        let condition = also.prefix { !"（(〔…".contains($0) }.trimmingCharacters(in: .whitespaces)
        if condition.count >= 4 { out.append(String(condition.prefix(8))) }
        return out
    }
}
