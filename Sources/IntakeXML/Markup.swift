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

    /// ``text(_:)`` appended to `out` as UTF-8.
    public static func appendText(_ s: String, to out: inout [UInt8]) { append(s, attribute: false, to: &out) }

    /// ``attribute(_:)`` appended to `out` as UTF-8.
    public static func appendAttribute(_ s: String, to out: inout [UInt8]) { append(s, attribute: true, to: &out) }

    /// Text content of an HTML page a person reads: as ``text(_:)``, and the bidirectional
    /// controls (embeddings, overrides and isolates U+202A–202E, U+2066–2069, the marks
    /// U+200E, U+200F, U+061C) shown as `\u{202E}`, not obeyed: `files/\u{202E}fdp.exe` read
    /// `files/exe.pdf` in a report (round 35), and the C0 controls and DEL as the text report shows them (`\n`, `\t`,
    /// `\u{7}`), not U+FFFD nor white space (round 37: `ctrl\u{7}.zip` and `ctrl\u{1B}.zip` read alike; round 47:
    /// `new\nline.zip` read as `new line.zip`). XML keeps the bidirectional controls: it is data,
    /// and a parser reads them as they are.
    public static func html(_ s: String) -> String { escape(s, attribute: false, html: true) }

    /// The C0 and C1 controls, DEL and the bidirectional controls of a text shown as the text report and the HTML page show them (`\n`, `\t`, `\r`,
    /// `\u{1B}`): a finding's message read aloud or stored says the same in every format (round 56, tester t: a NUL of an
    /// entry's name went raw into the JSON message, U+FFFD into the XML one). A text without them is returned as it is.
    public static func visibleControls(_ s: String) -> String {
        // The C1 controls and the bidirectional controls too, as the page shows them (the review of round 56: a live U+202E
        // reached the JSON and XML messages).
        func shown(_ v: UInt32) -> Bool {
            v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
        guard s.unicodeScalars.contains(where: { shown($0.value) }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case let v where shown(v): out += "\\u{\(String(v, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// An attribute value of an HTML page: as ``attribute(_:)``, bidirectional controls as in ``html(_:)``.
    public static func htmlAttribute(_ s: String) -> String { escape(s, attribute: true, html: true) }

    /// ``html(_:)`` appended to `out` as UTF-8.
    public static func appendHTML(_ s: String, to out: inout [UInt8]) { append(s, attribute: false, html: true, to: &out) }

    private static func escape(_ s: String, attribute: Bool, html: Bool = false) -> String {
        var s = s
        return s.withUTF8 { utf8 in
            // Most text needs nothing: return it as it is, without building a copy.
            guard let first = firstToEscape(utf8, attribute: attribute, html: html) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<first]))
            escape(UnsafeBufferPointer(rebasing: utf8[first...]), attribute: attribute, html: html, to: &out)
            return String(decoding: out, as: UTF8.self)
        } ?? s
    }

    private static func append(_ s: String, attribute: Bool, html: Bool = false, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { utf8 in
            guard let first = firstToEscape(utf8, attribute: attribute, html: html) else {
                return out.append(contentsOf: utf8)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<first]))
            escape(UnsafeBufferPointer(rebasing: utf8[first...]), attribute: attribute, html: html, to: &out)
        }
    }

    /// A bidirectional control (see ``html(_:)``).
    @inline(__always)
    private static func isBidiControl(_ c: UInt32) -> Bool {
        switch c {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// Lead bytes of the bidirectional controls' UTF-8 (U+061C: D8; the others: E2), which the
    /// HTML escape decodes rather than passing through unread.
    @inline(__always)
    private static func mayBeBidi(_ lead: UInt8) -> Bool { lead == 0xE2 || lead == 0xD8 }

    /// What a byte of ASCII becomes: nil when it stays as it is.
    @inline(__always)
    private static func replacement(_ b: UInt8, attribute: Bool) -> StaticString? {
        switch b {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\r"): "&#13;"
        case UInt8(ascii: "\""): attribute ? "&quot;" : nil
        case UInt8(ascii: "'"): attribute ? "&#39;" : nil
        case UInt8(ascii: "\t"): attribute ? "&#9;" : nil
        case UInt8(ascii: "\n"): attribute ? "&#10;" : nil
        case 0x20...0x7E: nil
        default: "\u{FFFD}"  // the other C0 controls and DEL
        }
    }

    /// The UTF-8 sequence of the scalar that starts at `i`: its length and value.
    @inline(__always)
    private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (length: Int, value: UInt32) {
        let b = utf8[i]
        // A Swift string is valid UTF-8: the lead byte says the length.
        if b < 0xE0 { return (2, UInt32(b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)) }
        if b < 0xF0 {
            return (3, UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F))
        }
        return (
            4,
            UInt32(b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                | UInt32(utf8[i + 3] & 0x3F)
        )
    }

    /// The offset of the first byte that does not stay as it is, if any.
    private static func firstToEscape(_ utf8: UnsafeBufferPointer<UInt8>, attribute: Bool, html: Bool) -> Int? {
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            if b < 0x80 {
                if replacement(b, attribute: attribute) != nil || (html && (b == 0x09 || b == 0x0A)) { return i }
                i += 1
                continue
            }
            if let length = alwaysAllowed(b), !(html && mayBeBidi(b)) {
                i += length
                continue
            }
            let (length, value) = scalar(utf8, at: i)
            if !allowed(value) || (html && isBidiControl(value)) { return i }
            i += length
        }
        return nil
    }

    private static func escape(
        _ utf8: UnsafeBufferPointer<UInt8>, attribute: Bool, html: Bool, to out: inout [UInt8]
    ) {
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            if b < 0x80 {
                if html && (b < 0x20 || b == 0x7F) {
                    // Shown as the text report shows it (\n, \t, \u{7}, \u{1B}), not U+FFFD for all: two names differing
                    // by a control read the same on the page (round 37, tester g), and a line feed or a tab is white space
                    // a browser shows as a space (round 47, tester d: `new\nline.zip` read "new line.zip").
                    switch b {
                    case 0x0A: out.append(contentsOf: Array("\\n".utf8))
                    case 0x09: out.append(contentsOf: Array("\\t".utf8))
                    case 0x0D: out.append(contentsOf: Array("\\r".utf8))
                    default: out.append(contentsOf: Array("\\u{\(String(b, radix: 16, uppercase: true))}".utf8))
                    }
                } else if let r = replacement(b, attribute: attribute) {
                    out.append(contentsOf: UnsafeBufferPointer(start: r.utf8Start, count: r.utf8CodeUnitCount))
                } else {
                    out.append(b)
                }
                i += 1
                continue
            }
            if let length = alwaysAllowed(b), !(html && mayBeBidi(b)) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<(i + length)]))
                i += length
                continue
            }
            let (length, value) = scalar(utf8, at: i)
            // HTML shows what XML cannot hold as its code point too (C1 controls, noncharacters), not U+FFFD for all:
            // `c\u{85}.zip`, `c\u{86}.zip` and a name with a real U+FFFD read alike (the session's review).
            if html && (isBidiControl(value) || !allowed(value)) {
                out.append(contentsOf: Array("\\u{\(String(value, radix: 16, uppercase: true))}".utf8))
            } else if allowed(value) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<(i + length)]))
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
            }
            i += length
        }
    }

    /// The length of the scalar a lead byte starts when every scalar it can start is
    /// allowed, without decoding it: C3–DF start U+00C0–U+07FF, E0–EE start U+0800–U+EFFF
    /// (a Swift string holds no surrogates). C2 (the C1 controls), EF (the noncharacters
    /// of U+FDD0–U+FFFF) and the 4-byte leads need the scalar.
    @inline(__always)
    private static func alwaysAllowed(_ lead: UInt8) -> Int? {
        switch lead {
        case 0xC3...0xDF: 2
        case 0xE0...0xEE: 3
        default: nil
        }
    }

    /// XML 1.0 `Char`, less the C1 controls and noncharacters a viewer would not show.
    private static func allowed(_ c: UInt32) -> Bool {
        switch c {
        case 0x9, 0xA, 0xD: true
        case 0x20...0x7E, 0xA0...0xD7FF: true
        case 0xE000...0xFFFD: !(0xFDD0...0xFDEF).contains(c)
        case 0x10000...0x10FFFF: c & 0xFFFE != 0xFFFE
        default: false
        }
    }
}
