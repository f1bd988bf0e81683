import Foundation
import IntakeBundle
import IntakeCompression
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// The whole-buffer read (libdeflate) of deflated entries up to
/// `ApplicationBundle.fastReadLimit`: sound entries come out byte for byte, and every
/// entry whose headers lie (CRC, size) still gets exactly the streaming path's result,
/// since only an entry that is what its central directory says is delivered from there.
@Suite struct WholeInflateTests {
    static func zip(_ specs: [ZipEntrySpec]) -> [UInt8] {
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        for s in specs { w.add(s) }
        w.finish()
        return sink.bytes
    }

    /// The zip written to a temporary folder (removed by the caller) and opened: from the
    /// file (libzip reads it), or read into memory first as a run and `check` do (deflated
    /// streams then inflated where they lie in the bundle's bytes).
    static func open(_ zip: [UInt8], memory: Bool) throws -> (ApplicationBundle, URL) {
        let dir = try makeTemporaryDirectory()
        let url = dir.appendingPathComponent("bundle.zip")
        try Data(zip).write(to: url)
        let opening: BundleOpening
        if memory {
            let file = try #require(BundleFile.load(BytePath(url)))
            opening = ApplicationBundle.open(file)
        } else {
            opening = ApplicationBundle.open(url)
        }
        guard case .opened(let b) = opening else {
            Issue.record("not opened")
            throw CocoaError(.fileReadCorruptFile)
        }
        return (b, dir)
    }

    static func bundle(memory: Bool, _ specs: [ZipEntrySpec]) throws -> (ApplicationBundle, URL) {
        try open(zip(specs), memory: memory)
    }

    /// Whole reads from memory are in place; from a file, never.
    static func expectInPlace(_ b: ApplicationBundle, memory: Bool) {
        #expect(b.inPlaceReads == (memory ? b.wholeReads : 0))
    }

    static func read(_ b: ApplicationBundle, _ name: String) -> (EntryReadResult, [UInt8]) {
        var bytes: [UInt8] = []
        let r = b.read(b.entry(named: name)!, chunk: 100_000) { bytes += $0 }
        return (r, bytes)
    }

    static func random(_ n: Int, seed: UInt64) -> [UInt8] {
        var rng = SeededRandom(seed: seed)
        return rng.bytes(n)
    }

    /// Text-like bytes: deflate compresses them about 3:1.
    static func text(_ n: Int) -> [UInt8] {
        var rng = SeededRandom(seed: 9)
        let words = ["申请", "材料", "受理", "intake", "bundle", "report", "事项", "承诺书", " ", "\n", "2026", "容缺"]
        var out: [UInt8] = []
        while out.count < n { out += Array(words[Int(rng.next() % UInt64(words.count))].utf8) }
        return Array(out.prefix(n))
    }

    @Test(arguments: [false, true]) func soundDeflatedEntriesAreInflatedWhole(memory: Bool) throws {
        let scan = Self.random(300_000, seed: 1)
        let text = Self.text(1_000_000)
        let (b, url) = try Self.bundle(
            memory: memory,
            [
                ZipEntrySpec(name: "files/scan.jpg", data: scan), ZipEntrySpec(name: "files/text.pdf", data: text),
                ZipEntrySpec(name: "files/stored.pdf", data: text, method: .stored),
            ])
        defer { try? FileManager.default.removeItem(at: url) }
        let (r1, got1) = Self.read(b, "files/scan.jpg")
        let (r2, got2) = Self.read(b, "files/text.pdf")
        #expect(r1 == .complete(bytes: 300_000) && got1 == scan)
        #expect(r2 == .complete(bytes: 1_000_000) && got2 == text)
        #expect(b.wholeReads == 2)
        Self.expectInPlace(b, memory: memory)
        // Stored entries stream as before.
        let (r3, got3) = Self.read(b, "files/stored.pdf")
        #expect(r3 == .complete(bytes: 1_000_000) && got3 == text)
        #expect(b.wholeReads == 2)
        Self.expectInPlace(b, memory: memory)
    }

    @Test(arguments: [false, true]) func anEntryOverTheBoundStreams(memory: Bool) throws {
        let big = Self.random(Int(ApplicationBundle.fastReadLimit) + 1, seed: 2)
        let (b, url) = try Self.bundle(memory: memory, [ZipEntrySpec(name: "big.pdf", data: big)])
        defer { try? FileManager.default.removeItem(at: url) }
        let (r, got) = Self.read(b, "big.pdf")
        #expect(r == .complete(bytes: Int64(big.count)))
        #expect(got == big)
        #expect(b.wholeReads == 0)
        Self.expectInPlace(b, memory: memory)
    }

    @Test(arguments: [false, true]) func aCRCThatLiesIsACRCMismatch(memory: Bool) throws {
        let data = Self.text(200_000)
        var spec = ZipEntrySpec(name: "a.pdf", data: data)
        spec.crcOverride = Zlib.crc32(data) ^ 1
        let (b, url) = try Self.bundle(memory: memory, [spec])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(Self.read(b, "a.pdf").0 == .crcMismatch)
        #expect(b.wholeReads == 0)
        Self.expectInPlace(b, memory: memory)
    }

    /// Damaged: a stream one byte longer than its record says ends within the slack read to
    /// tell it from a bomb; a stream that goes on past the slack is over the limit.
    @Test(arguments: [false, true]) func aStreamLongerThanItsDeclaredSizeIsDamagedOrABomb(memory: Bool) throws {
        let data = Self.text(200_000)
        var spec = ZipEntrySpec(name: "a.pdf", data: data)
        spec.sizeOverride = UInt64(data.count - 1)
        let (b, url) = try Self.bundle(memory: memory, [spec])
        defer { try? FileManager.default.removeItem(at: url) }
        let (r, got) = Self.read(b, "a.pdf")
        // Nothing past the piece that went past the declared size is delivered.
        #expect(r == .longerThanDeclared(bytes: Int64(data.count)), "\(r)")
        #expect(got.count == 100_000)
        #expect(b.wholeReads == 0)
        Self.expectInPlace(b, memory: memory)

        let long = Self.text(3 << 20)
        var bomb = ZipEntrySpec(name: "b.pdf", data: long)
        bomb.sizeOverride = 1_000
        let (c, url2) = try Self.bundle(memory: memory, [bomb])
        defer { try? FileManager.default.removeItem(at: url2) }
        guard case .overLimit(let read) = Self.read(c, "b.pdf").0 else {
            Issue.record("a stream going on 3 MiB past its 1,000 declared bytes is over the limit")
            return
        }
        #expect(read > 1_000 + ApplicationBundle.pastDeclaredSlack && read < long.count)
    }

    @Test(arguments: [false, true]) func aStreamShorterThanItsDeclaredSizeGivesWhatItHolds(memory: Bool) throws {
        // As libzip streams it: the bytes the stream holds, CRC-checked; the manifest's
        // size and SHA-256 then judge the document (document-checksum when they differ).
        let data = Self.text(200_000)
        var spec = ZipEntrySpec(name: "a.pdf", data: data)
        spec.sizeOverride = UInt64(data.count + 1_000)
        let (b, url) = try Self.bundle(memory: memory, [spec])
        defer { try? FileManager.default.removeItem(at: url) }
        let (r, got) = Self.read(b, "a.pdf")
        #expect(r == .complete(bytes: 200_000))
        #expect(got == data)
        #expect(b.wholeReads == 0)
        Self.expectInPlace(b, memory: memory)
    }

    @Test(arguments: [false, true]) func garbledDeflateDataIsUnreadable(memory: Bool) throws {
        let data = Self.text(200_000)
        var bytes = Self.zip([ZipEntrySpec(name: "a.pdf", data: data)])
        // Flip bytes in the middle of the deflate stream (after the 30-byte local header and name).
        for i in stride(from: 30 + 5 + 1_000, to: 30 + 5 + 1_100, by: 7) { bytes[i] ^= 0x5A }
        let (b, url) = try Self.open(bytes, memory: memory)
        defer { try? FileManager.default.removeItem(at: url) }
        let (r, _) = Self.read(b, "a.pdf")
        #expect(r == .unreadable("Zlib error: data error"))
        #expect(b.wholeReads == 0)
        Self.expectInPlace(b, memory: memory)
    }

    @Test func bundlesReadOneAfterAnotherEachHaveTheirOwnBytesAndHash() throws {
        // The memory a bundle is read into is kept for the next one: a shorter bundle read
        // after a longer one must see only its own bytes (and hash only them), and a
        // bundle still open keeps its memory from the next.
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = Self.zip([ZipEntrySpec(name: "files/scan.jpg", data: Self.random(900_000, seed: 3))])
        let short = Self.zip([ZipEntrySpec(name: "files/note.pdf", data: Self.text(20_000))])
        #expect(long.count > 2 * short.count)
        var files: [BundleFile] = []
        var hashes: [String?] = []
        for (i, bytes) in [long, short, long, short].enumerated() {
            let url = dir.appendingPathComponent("b\(i).zip")
            try Data(bytes).write(to: url)
            let file = try #require(BundleFile.load(BytePath(url)))
            // Hashed apart, streamed through a buffer of its own.
            let (hash, size) = Inspector.hashFile(BytePath(url))
            #expect(hash != nil && size == Int64(bytes.count))
            #expect(file.size == Int64(bytes.count))
            #expect(file.sha256 == hash)
            if i < 2 { hashes.append(hash) }
            guard case .opened(let b) = ApplicationBundle.open(file) else {
                Issue.record("bundle \(i) not opened")
                continue
            }
            #expect(b.entries.map(\.name) == [i % 2 == 0 ? "files/scan.jpg" : "files/note.pdf"])
            if i < 2 { files.append(file) }  // the first two stay open while the others are read
        }
        // Still their own bytes after the later reads.
        #expect(files.map(\.sha256) == hashes.map { $0 ?? "" })
        for (file, content) in Swift.zip(files, [Self.random(900_000, seed: 3), Self.text(20_000)]) {
            guard case .opened(let b) = ApplicationBundle.open(file) else {
                Issue.record("not opened again")
                continue
            }
            let (r, read) = Self.read(b, b.entries[0].name)
            #expect(r == .complete(bytes: Int64(content.count)))
            #expect(read == content)
        }
    }

    @Test(arguments: [false, true]) func anEntryIsInflatedIntoTheMemoryItsReaderGives(memory: Bool) throws {
        let text = Self.text(700_000)
        let (b, url) = try Self.bundle(memory: memory, [ZipEntrySpec(name: "files/a.pdf", data: text)])
        defer { try? FileManager.default.removeItem(at: url) }
        let entry = try #require(b.entry(named: "files/a.pdf"))
        let target = UnsafeMutableRawBufferPointer.allocate(byteCount: text.count + 10, alignment: 64)
        defer { target.deallocate() }
        var asked: [Int] = []
        var bytes: [UInt8] = []
        var inTarget = true
        let give: (Int) -> UnsafeMutableRawBufferPointer? = {
            asked.append($0)
            return target
        }
        let collect: (UnsafeRawBufferPointer) -> Void = { piece in
            bytes += piece
            inTarget =
                inTarget && piece.baseAddress! >= UnsafeRawPointer(target.baseAddress!)
                && piece.baseAddress! + piece.count <= UnsafeRawPointer(target.baseAddress! + target.count)
        }
        let r = b.read(entry, chunk: 100_000, into: give, collect)
        #expect(r == .complete(bytes: Int64(text.count)))
        #expect(asked == [text.count])
        #expect(bytes == text)
        #expect(inTarget)
        #expect(Array(target[0..<text.count]) == text)

        // Memory too small is not used: the bundle's own buffer serves.
        let small = UnsafeMutableRawBufferPointer.allocate(byteCount: 10, alignment: 64)
        defer { small.deallocate() }
        var again: [UInt8] = []
        let tooSmall: (Int) -> UnsafeMutableRawBufferPointer? = { _ in small }
        #expect(b.read(entry, into: tooSmall, { again += $0 }) == .complete(bytes: Int64(text.count)))
        #expect(again == text)
    }
}
