/// Substring search over UTF-8 bytes, for the decision's words of the catalog's text.
extension StringProtocol {
    /// Whether `word` occurs in this text, its UTF-8 bytes compared. String's own `contains`
    /// compares Characters (grapheme breaking at every step): on the catalog's CJK notes, the
    /// paper checks' few words (公章, 复印件, 无须) searched for each material of each bundle cost
    /// 2 % of a batch run's CPU that way. For a word of whole characters in UTF-8 text the find
    /// is the same (a match can only start at a character's first byte), except before a
    /// combining mark, which none of the catalog's words is followed by.
    public func containsWord(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { needle in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.find(needle, in: $0) }) { return found }
            var copy = String(self)
            return copy.withUTF8 { Self.find(needle, in: $0) }
        }
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= text.count else { return false }
        var i = 0
        let last = text.count - needle.count
        while i <= last {
            if text[i] == first {
                var j = 1
                while j < needle.count, text[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
