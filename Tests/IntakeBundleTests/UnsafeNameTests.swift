import Testing

@testable import IntakeBundle

/// `BundleChecks.unsafeReason` judges a name's UTF-8 bytes. These tests hold it to the
/// judgement on characters it replaced, and pin where bytes are stricter.
@Suite struct UnsafeNameTests {
    /// The judgement on characters, as it was: the reference for names where characters
    /// and bytes cannot differ.
    static func byCharacters(_ name: String) -> String? {
        if name.unicodeScalars.contains("\\") { return "backslash in path" }
        if name.hasPrefix("/") { return "absolute path" }
        if name.count >= 2, name.dropFirst().first == ":", name.first!.isLetter { return "drive-letter path" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) {
            return "control character in name"
        }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        let body = name.hasSuffix("/") ? parts.dropLast() : parts[...]
        if body.contains("..") { return "parent directory (..) in path" }
        if body.contains(".") || body.contains("") { return "non-canonical path (. or empty component)" }
        return nil
    }

    @Test func agreesWithTheCharacterJudgementOnEveryShortNameOverATrickyAlphabet() {
        // Every name of up to five symbols over an alphabet of the bytes that matter:
        // 8^0 + … + 8^5 = 37,449 names.
        let alphabet = ["a", "/", ".", "\\", ":", "\u{1}", "É", "文"]
        var names = [""]
        var all = [""]
        for _ in 1...5 {
            names = names.flatMap { n in alphabet.map { n + $0 } }
            all += names
        }
        var disagreements: [String] = []
        for name in all where BundleChecks.unsafeReason(name) != Self.byCharacters(name) {
            disagreements.append(name)
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.prefix(5).map { Array($0.unicodeScalars) })")
    }

    @Test(
        arguments: [
            // A combining mark after the byte makes one character of both, but the byte is there.
            ("\\\u{301}evil.pdf", "backslash in path"),
            ("/\u{301}etc/passwd", "absolute path"),
            ("files//\u{301}x.pdf", "non-canonical path (. or empty component)"),
            ("files/x.pdf", nil),
            ("文件/申请表.pdf", nil),
            ("files/", nil),
            ("É:/x.pdf", "drive-letter path"),
            // Drive-relative on Windows, the colon merged with a mark into one character.
            ("C:\u{301}x.pdf", "drive-letter path"),
            ("files/a:b.pdf", nil),
            ("C:/../x", "drive-letter path"),
        ] as [(String, String?)])
    func judgesTheBytes(name: String, reason: String?) {
        #expect(BundleChecks.unsafeReason(name) == reason)
    }
}
