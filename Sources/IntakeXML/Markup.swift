/// Escaping for every XML and HTML the project writes (manifests, reports, summaries).
/// Every such string may come from an applicant (file names, ids, names): all of it goes
/// through here.
public enum Markup {
    /// Text content: `&`, `<`, `>` escaped; characters XML 1.0 does not allow replaced
    /// by U+FFFD so the document stays well-formed.
    public static func text(_ s: String) -> String { escape(s, attribute: false) }

    /// A double-quoted attribute value: also `"` and `'`, and tab, newline and carriage
    /// return as character references so that attribute normalisation keeps them.
    public static func attribute(_ s: String) -> String { escape(s, attribute: true) }

    private static func escape(_ s: String, attribute: Bool) -> String {
        // Most text needs nothing: return it as it is, without building a copy.
        if s.unicodeScalars.allSatisfy({ c in
            switch c {
            case "&", "<", ">", "\r": false
            case "\"", "'", "\t", "\n": !attribute
            default: allowed(c)
            }
        }) {
            return s
        }
        var o = ""
        o.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"" where attribute: o += "&quot;"
            case "'" where attribute: o += "&#39;"
            case "\t" where attribute: o += "&#9;"
            case "\n" where attribute: o += "&#10;"
            case "\r": o += "&#13;"
            default:
                o.unicodeScalars.append(allowed(c) ? c : "\u{FFFD}")
            }
        }
        return o
    }

    /// XML 1.0 `Char`, less the C1 controls and noncharacters a viewer would not show.
    private static func allowed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0x7E, 0xA0...0xD7FF: true
        case 0xE000...0xFFFD: !(0xFDD0...0xFDEF).contains(c.value)
        case 0x10000...0x10FFFF: c.value & 0xFFFE != 0xFFFE
        default: false
        }
    }
}
