import Foundation
import IntakeRendering
import Testing

/// JSON string literals in reports: exact escapes, and every string reads back as itself.
struct JSONStringTests {
    @Test func escapesExactlyWhatJSONAndJavaScriptNeed() {
        #expect(JSONString.quote("受理 ok") == #""受理 ok""#)
        #expect(JSONString.quote("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONString.quote("1\n2\r3\t4") == #""1\n2\r3\t4""#)
        #expect(JSONString.quote("\u{0}\u{1}\u{1F}\u{7F}") == #""\u0000\u0001\u001f\u007f""#)
        // The C1 controls too; the Latin-1 letters beside them in UTF-8 (C2 A0…) stay as they are.
        #expect(JSONString.quote("a\u{80}b\u{85}c\u{9F}d\u{A0}é©") == #""a\u0080b\u0085c\u009fd"# + "\u{A0}é©\"")
        #expect(JSONString.quote("x\u{2028}y\u{2029}z") == #""x\u2028y\u2029z""#)
        // Other characters whose UTF-8 starts with E2 stay as they are.
        #expect(JSONString.quote("— ‘’ €") == "\"— ‘’ €\"")
    }

    /// The bidirectional controls, which make a viewer show `files/\u{202E}fdp.exe` as `files/exe.pdf`, are escaped as
    /// README says (round 39, tester s: the JSON report carried U+202E raw); their neighbours in UTF-8 are not.
    @Test func escapesTheBidirectionalControls() {
        #expect(JSONString.quote("files/\u{202E}fdp.exe") == #""files/\u202efdp.exe""#)
        #expect(
            JSONString.quote("\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}\u{061C}")
                == #""\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u061c""#)
        #expect(JSONString.quote("\u{200D}\u{202F}\u{2065}\u{206A}\u{061B}ب") == "\"\u{200D}\u{202F}\u{2065}\u{206A}\u{061B}ب\"")
    }

    @Test(arguments: [
        "", "plain", "中文—\u{2028}\"\\\n\u{0}\u{1B}[31m", "\u{2027}\u{202A}", "a\u{202E}b\u{2066}c\u{061C}",
        String(repeating: "é\u{E2}", count: 50),
    ])
    func readsBackAsItself(_ s: String) throws {
        let data = Data(("[" + JSONString.quote(s) + "]").utf8)
        let parsed = try JSONSerialization.jsonObject(with: data) as? [String]
        #expect(parsed == [s])
    }
}
