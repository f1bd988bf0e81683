import Foundation
import IntakeRendering
import Testing

/// JSON string literals in reports: exact escapes, and every string reads back as itself.
struct JSONStringTests {
    @Test func escapesExactlyWhatJSONAndJavaScriptNeed() {
        #expect(JSONString.quote("受理 ok") == #""受理 ok""#)
        #expect(JSONString.quote("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONString.quote("1\n2\r3\t4") == #""1\n2\r3\t4""#)
        #expect(JSONString.quote("\u{0}\u{1}\u{1F}\u{7F}") == #""\u0000\u0001\u001f"# + "\u{7F}\"")
        #expect(JSONString.quote("x\u{2028}y\u{2029}z") == #""x\u2028y\u2029z""#)
        // Other characters whose UTF-8 starts with E2 stay as they are.
        #expect(JSONString.quote("— ‘’ €") == "\"— ‘’ €\"")
    }

    @Test(arguments: [
        "", "plain", "中文—\u{2028}\"\\\n\u{0}\u{1B}[31m", "\u{2027}\u{202A}", String(repeating: "é\u{E2}", count: 50),
    ])
    func readsBackAsItself(_ s: String) throws {
        let data = Data(("[" + JSONString.quote(s) + "]").utf8)
        let parsed = try JSONSerialization.jsonObject(with: data) as? [String]
        #expect(parsed == [s])
    }
}
