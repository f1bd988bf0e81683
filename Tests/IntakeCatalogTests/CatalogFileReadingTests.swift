import Foundation
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

@testable import IntakeCatalog

/// The catalog's files not parsed for a one-matter load are read by path (POSIX), for the
/// version's hash: whole files, and nothing for what is not a readable regular file.
@Suite struct CatalogFileReadingTests {
    @Test func readsWholeRegularFilesAndNothingElse() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Larger than any first read, not a multiple of a page.
        let big = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(big).write(to: dir.appendingPathComponent("big.xml"))
        try Data().write(to: dir.appendingPathComponent("empty.xml"))
        #expect(CatalogLoader.contents(dir.appendingPathComponent("big.xml").path) == big)
        #expect(CatalogLoader.contents(dir.appendingPathComponent("empty.xml").path) == [])
        #expect(CatalogLoader.contents(dir.appendingPathComponent("missing.xml").path) == nil)
        #expect(CatalogLoader.contents(dir.path) == nil)  // a folder
        let fifo = dir.appendingPathComponent("fifo.xml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(CatalogLoader.contents(fifo) == nil)  // refused at once, not waited on
    }

    @Test func seedLinesAreSplitAsAPlainScanSplitsThem() {
        var random = SeededRandom(seed: 13)
        for size in [0, 1, 2, 10, 4_097, 100_000] {
            let bytes = random.bytes(size).map { $0 % 8 == 0 ? 0x0A : $0 }
            let lines = SeedText.document(bytes).lines
            var expected: [Range<Int>] = []
            var start = 0
            for (i, b) in bytes.enumerated() where b == 0x0A {
                expected.append(start..<i)
                start = i + 1
            }
            expected.append(start..<bytes.count)
            #expect(lines == expected, "\(size) bytes")
        }
        #expect(SeedText.document(Array("a\n\nb\n".utf8)).lines == [0..<1, 2..<2, 3..<4, 5..<5])
    }

    @Test func namesSortInTheByteOrderOfTheirUTF8() {
        var random = SeededRandom(seed: 7)
        let alphabet = ["a", "b", "A", "-", ".", "0", "9", "é", "事", "项", "😀", ""]
        let names = (0..<300).map { _ in
            (0..<Int(random.next() % 5)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
        }
        let sorted = CatalogLoader.inByteOrder(names)
        #expect(sorted == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func datesAreTrimmedAsFoundationTrimsWhitespaces() {
        for text in [
            "2025-01-01", " 2025-01-01\t", "\u{3000}2025-01-01\u{A0}", "\u{2003}2025-01-01 ", "2025-01-01T08:00", "\n2025-01-01",
            "",
        ] {
            let expected = CalendarDate(String(text.trimmingCharacters(in: .whitespaces).prefix(10)))
            #expect(CatalogLoader.date(text) == expected, "\(text.debugDescription)")
        }
        // The trim itself (manifest facts are trimmed so too), newlines kept as Foundation keeps them.
        for text in [
            "", " ", "\t \u{3000}", "a", " a b ", "\u{A0}事项\u{2003}", "\na\n", " \na", "a\u{200B}", "\u{1680}x\u{202F}",
            "\u{205F}é\t",
        ] {
            #expect(text.trimmedOfBlanks == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
        // Every scalar alone, and between two letters.
        var differ: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            let inside = "a" + alone + "b"
            if alone.trimmedOfBlanks != alone.trimmingCharacters(in: .whitespaces)
                || inside.trimmedOfBlanks != inside.trimmingCharacters(in: .whitespaces)
            {
                differ.append(value)
            }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20).map { String($0, radix: 16) })")
    }
}
