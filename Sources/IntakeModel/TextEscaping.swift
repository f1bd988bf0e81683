/// Escaping for text that comes from a bundle (file and entry names, manifest values) and
/// is shown on a terminal or written to a log: such text must not move the cursor, forge
/// lines, or reorder what is around it (bidirectional overrides).
public enum TextEscaping {
    /// Whether a scalar must not reach a terminal raw: C0 controls, DEL, C1 controls, the
    /// bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the
    /// invisible direction marks (U+200E, U+200F, U+061C).
    public static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// Text for a terminal or a text report: every unsafe scalar as an escape (`\n`,
    /// `\r`, `\t`, `\u{1B}`, `\u{202E}`), everything else as it is.
    public static func terminal(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isUnsafe) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if isUnsafe(u) { out += escape(u) } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// Text for a table cell (CSV): as ``terminal(_:)``, but tab, CR and LF kept, which the cell's quoting holds.
    public static func table(_ s: String) -> String {
        func hidden(_ u: Unicode.Scalar) -> Bool { isUnsafe(u) && u != "\t" && u != "\r" && u != "\n" }
        guard s.unicodeScalars.contains(where: hidden) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if hidden(u) { out += escape(u) } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// A logfmt value: as it is when it is a plain word; otherwise in double quotes with
    /// `\"`, `\\`, `\n`, `\r`, `\t` and `\u{…}` for the other unsafe scalars. Empty
    /// values, values with spaces, `=` or quotes are quoted, so one line is one record.
    public static func logfmt(_ s: String) -> String {
        let needsQuotes =
            s.isEmpty
            || s.unicodeScalars.contains {
                isUnsafe($0) || $0 == " " || $0 == "=" || $0 == "\"" || $0 == "\\" || $0.properties.isWhitespace
            }
        guard needsQuotes else { return s }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if isUnsafe(u) { out += escape(u) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    private static func escape(_ u: Unicode.Scalar) -> String {
        switch u {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: "\\u{\(String(u.value, radix: 16, uppercase: true))}"
        }
    }
}
