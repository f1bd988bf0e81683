import IntakeRendering
import Testing

@Suite struct CSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("申请人", "申请人"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("one\ntwo", "\"one\ntwo\""),
        ("one\rtwo", "\"one\rtwo\""),
        // A CR and an LF together are one Character: the field is quoted all the same.
        ("one\r\ntwo", "\"one\r\ntwo\""),
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+cmd", "'+cmd"),
        ("@x", "'@x"),
        ("-", "'-"),
        ("-1.5", "-1.5"),
        ("+3", "+3"),
        // A combining mark after the `=` does not hide it from a spreadsheet.
        ("=\u{301}1+1", "'=\u{301}1+1"),
        ("=a,b", "\"'=a,b\""),
        // Both at once: the apostrophe inside the quotes, only the field's own quotes doubled.
        ("=\"x\"", "\"'=\"\"x\"\"\""),
        // What Double reads as a number stays as it is.
        ("-inf", "-inf"),
        // A tab or a CR first, which a spreadsheet strips before it reads a formula (round 42, tester d).
        ("\t=1+1.zip", "'\t=1+1.zip"),
        ("\r=2+2.zip", "\"'\r=2+2.zip\""),
        // Controls and bidirectional controls shown, not obeyed (round 49, tester d: raw ESC and U+202E in the index).
        ("a\u{1B}[31mb.zip", "a\\u{1B}[31mb.zip"),
        ("\u{202E}piz.exe", "\\u{202E}piz.exe"),
        ("x\u{85}y\u{7F}.zip", "x\\u{85}y\\u{7F}.zip"),
        ("=\u{2066}1", "'=\\u{2066}1"),
    ])
    func quotesAndDefusesFields(field: String, written: String) {
        #expect(CSV.field(field) == written)
    }

    @Test func aQuotedFieldReadsBackAsTheText() {
        // RFC 4180 read back: strip the outer quotes, undouble the inner ones.
        for text in ["a,b", "x\"y\"z", "l1\r\nl2", "\"", ",,,"] {
            let field = CSV.field(text)
            #expect(field.hasPrefix("\"") && field.hasSuffix("\""))
            let inner = field.dropFirst().dropLast()
            #expect(inner.replacing("\"\"", with: "\"") == text)
        }
    }
}
