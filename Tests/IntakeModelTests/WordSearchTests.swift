import IntakeModel
import Testing

/// ``StringProtocol/containsWord(_:)`` finds what `contains` finds in the catalog's text.
struct WordSearchTests {
    @Test(arguments: [
        ("须加盖单位公章", "公章", true),
        ("须加盖单位公章", "印章", false),
        ("原件及复印件", "复印件", true),
        ("提交时无须学校盖章", "无须", true),
        ("公", "公章", false),
        ("", "公章", false),
        ("章公章", "公章", true),
        ("a&b", "&", true),
        ("签名", "", true),
    ])
    func findsAWordAsContainsDoes(text: String, word: String, found: Bool) {
        #expect(text.containsWord(word) == found)
        #expect(text.containsWord(word) == (word.isEmpty || text.contains(word)))
        // A Substring (a note's clause) is searched in place.
        let clause = ("前。" + text + "；后").dropFirst(2).dropLast(2)
        #expect(clause.containsWord(word) == found)
    }
}
