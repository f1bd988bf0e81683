import IntakeXML
import Testing

/// Markup's escaping works on UTF-8 bytes; this is the same rule over Unicode scalars, as
/// it was written before, to compare with.
private enum ScalarReference {
    static func escape(_ s: String, attribute: Bool, html: Bool = false) -> String {
        var o = ""
        for c in s.unicodeScalars {
            // HTML shows the bidirectional controls, the C0 controls (tab, newline and carriage return as \t, \n, \r)
            // and DEL as text.
            if html, let shown = ["\t": "\\t", "\n": "\\n", "\r": "\\r"][c] {
                o += shown
                continue
            }
            if html,
                [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C].contains(c.value)
                    || c.value < 0x20 || c.value == 0x7F
            {
                o += "\\u{\(String(c.value, radix: 16, uppercase: true))}"
                continue
            }
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
                if html && !allowed(c) {
                    o += "\\u{\(String(c.value, radix: 16, uppercase: true))}"
                } else {
                    o.unicodeScalars.append(allowed(c) ? c : "\u{FFFD}")
                }
            }
        }
        return o
    }

    static func allowed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0x7E, 0xA0...0xD7FF: true
        case 0xE000...0xFFFD: !(0xFDD0...0xFDEF).contains(c.value)
        case 0x10000...0x10FFFF: c.value & 0xFFFE != 0xFFFE
        default: false
        }
    }
}

struct MarkupTests {
    @Test func knownCases() {
        #expect(Markup.text("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; \"d\" 'e'")
        #expect(Markup.attribute("a & b <c> \"d\" 'e'\t\n\r") == "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;&#9;&#10;&#13;")
        #expect(Markup.text("line\nnext\ttab\rcr") == "line\nnext\ttab&#13;cr")
        // C0 and C1 controls, DEL, noncharacters: U+FFFD; CJK, emoji and U+FFFD itself stay.
        let odd = String(
            String.UnicodeScalarView(
                [0x61, 0x0, 0x62, 0x1B, 0x63, 0x7F, 0x64, 0x85, 0x65, 0xFDD0, 0x66, 0xFFFE, 0x67, 0x1FFFF, 0x68].map {
                    Unicode.Scalar($0)!
                }))
        #expect(Markup.text(odd) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h")
        #expect(Markup.text("失业保险金申领 📄 \u{FFFD} é") == "失业保险金申领 📄 \u{FFFD} é")
        #expect(Markup.text("") == "")
    }

    /// A file name from a bundle with a right-to-left override (U+202E) read "files/exe.pdf" in the HTML report
    /// (round 35, tester d): HTML shows the control as an escape; XML keeps the data as it is.
    @Test func htmlShowsBidirectionalControlsInsteadOfObeyingThem() {
        #expect(Markup.html("files/\u{202E}fdp.exe") == "files/\\u{202E}fdp.exe")
        #expect(Markup.htmlAttribute("a\u{2067}b\u{200F}c\u{061C}d\"") == "a\\u{2067}b\\u{200F}c\\u{61C}d&quot;")
        #expect(Markup.text("files/\u{202E}fdp.exe") == "files/\u{202E}fdp.exe")
        #expect(Markup.html("申领…—「」 ع") == "申领…—「」 ع")
        // Controls too (round 37, tester g: BEL and ESC both read as U+FFFD, two names alike); XML replaces them.
        #expect(Markup.html("ctrl\u{7}.zip") == "ctrl\\u{7}.zip" && Markup.html("ctrl\u{1B}.zip") == "ctrl\\u{1B}.zip")
        #expect(Markup.text("ctrl\u{7}.zip") == "ctrl\u{FFFD}.zip")
        // A line feed and a tab too, which a browser shows as a space (round 47, tester d: `new\nline.zip` read as
        // "new line.zip"); XML keeps them.
        #expect(Markup.html("new\nline.zip") == "new\\nline.zip" && Markup.html("tab\there.zip") == "tab\\there.zip")
        #expect(Markup.htmlAttribute("a\nb") == "a\\nb" && Markup.html("cr\r.zip") == "cr\\r.zip")
        #expect(Markup.text("new\nline.zip") == "new\nline.zip" && Markup.attribute("a\nb") == "a&#10;b")
    }

    @Test func bytesAndStringsAgreeWithTheScalarRuleOnRandomText() {
        // Every class of scalar the rule distinguishes, at random, in strings of 0-40.
        let pools: [ClosedRange<UInt32>] = [
            0x00...0x1F, 0x20...0x7F, 0x80...0x9F, 0xA0...0x7FF, 0x800...0xD7FF, 0xE000...0xFDCF, 0xFDD0...0xFDEF,
            0xFDF0...0xFFFF, 0x10000...0x10FFFF,
        ]
        let specials: [UInt32] = [
            0x26, 0x3C, 0x3E, 0x22, 0x27, 0x09, 0x0A, 0x0D, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0x202E, 0x2067, 0x200F, 0x061C,
            0x2026, 0x0627,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let value =
                    Bool.random(using: &generator)
                    ? specials.randomElement(using: &generator)!
                    : UInt32.random(in: pools.randomElement(using: &generator)!, using: &generator)
                if let c = Unicode.Scalar(value) { s.append(c) }
            }
            let string = String(s)
            for attribute in [false, true] {
                let expected = ScalarReference.escape(string, attribute: attribute)
                let asString = attribute ? Markup.attribute(string) : Markup.text(string)
                var bytes: [UInt8] = [0x2A]
                if attribute { Markup.appendAttribute(string, to: &bytes) } else { Markup.appendText(string, to: &bytes) }
                #expect(asString == expected)
                #expect(Array(bytes.dropFirst()) == Array(expected.utf8))
                let html = ScalarReference.escape(string, attribute: attribute, html: true)
                #expect((attribute ? Markup.htmlAttribute(string) : Markup.html(string)) == html)
                if !attribute {
                    var htmlBytes: [UInt8] = []
                    Markup.appendHTML(string, to: &htmlBytes)
                    #expect(htmlBytes == Array(html.utf8))
                }
            }
        }
    }
}
