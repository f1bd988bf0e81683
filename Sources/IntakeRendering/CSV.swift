import IntakeModel

/// CSV fields as every table the project writes needs them (the batch summary, the
/// index, the rejudge table).
public enum CSV {
    /// RFC 4180: quoted when it holds a comma, quote or line break (a CR, an LF, or both
    /// together); formula-looking text (starting with `=`, `+`, `-` or `@`, and not a
    /// number, or with a tab or a CR, which spreadsheets strip before reading a formula:
    /// OWASP's CSV injection list; round 42, tester d) gets a leading apostrophe so a
    /// spreadsheet does not run it. Judged on the UTF-8 bytes: a combining mark after the
    /// `=` does not hide it.
    ///
    /// A control character other than tab, CR and LF (ESC, BEL, DEL, C1) and the bidirectional controls (U+200E, U+200F,
    /// U+202A…U+202E, U+2066…U+2069, U+061C) are written as `\u{202E}`: a spreadsheet obeys them, and a name
    /// `\u{202E}piz.exe` shows as `exe.zip` (round 49, tester d: the index CSVs, with a BOM for Excel, kept them raw). The
    /// JSON index keeps every name exactly (escaped the JSON way).
    public static func field(_ s: String) -> String {
        let s = TextEscaping.table(s)
        let first = s.utf8.first
        let formula =
            ((first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@")) && Double(s) == nil)
            || first == UInt8(ascii: "\t") || first == UInt8(ascii: "\r")
        let quoted = s.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        guard formula || quoted else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 4)
        if quoted { out.append(UInt8(ascii: "\"")) }
        if formula { out.append(UInt8(ascii: "'")) }
        for b in s.utf8 {
            if quoted && b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        if quoted { out.append(UInt8(ascii: "\"")) }
        return String(decoding: out, as: UTF8.self)
    }

}
