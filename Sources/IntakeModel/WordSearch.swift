import Foundation

/// Byte-string search: memchr for the first byte, memcmp for the rest. One search for the
/// sniffer's magic numbers and the decision's words of the catalog's text; the standard
/// library's generic `firstRange(of:)` took a fifth of the CPU of deciding a small bundle in
/// the sniffer, and String's Character-wise `contains` 2 % of a batch run's in the paper checks.
public enum ByteSearch {
    /// Whether `needle` occurs in `haystack` (an empty needle always does).
    public static func occurs(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count, let base = haystack.baseAddress, let rest = needle.baseAddress else {
            return false
        }
        var at = 0
        let last = haystack.count - needle.count  // the last position a match can start at
        while at <= last {
            guard let hit = memchr(base + at, Int32(first), last - at + 1) else { return false }
            if memcmp(hit, rest, needle.count) == 0 { return true }
            at = hit - UnsafeMutableRawPointer(mutating: base) + 1
        }
        return false
    }
}

extension StringProtocol {
    /// Whether `word` occurs in this text, its UTF-8 bytes compared (``ByteSearch``), not its
    /// Characters (grapheme breaking at every step). For a word of whole characters in UTF-8
    /// text the find is the same (a match can only start at a character's first byte), except
    /// before a combining mark, which none of the catalog's words is followed by.
    public func containsWord(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { needle in
            let n = UnsafeRawBufferPointer(needle)
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.occurs(n, in: UnsafeRawBufferPointer($0)) }) {
                return found
            }
            var copy = String(self)
            return copy.withUTF8 { ByteSearch.occurs(n, in: UnsafeRawBufferPointer($0)) }
        }
    }
}
