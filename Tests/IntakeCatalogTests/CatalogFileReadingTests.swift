import Foundation
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
}
