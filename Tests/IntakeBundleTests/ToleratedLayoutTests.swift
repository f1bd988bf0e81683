import Foundation
import IntakeBundle
import IntakeCompression
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// Archives that Info-ZIP's unzip, 7-Zip and Windows Explorer read although they are not
/// what APPNOTE describes: the documents in them are intact, and a bundle reader refusing
/// them as "corrupt" turns a sound application away (round 20, tester 3).
@Suite struct ToleratedLayoutTests {
    /// `bytes` written to a file and inspected: read into memory as `check` and `run` do,
    /// or opened on its file as for bundles too large for memory.
    static func inspect(_ bytes: [UInt8], inMemory: Bool) throws -> Inspection {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("bundle.zip")
        try Data(bytes).write(to: url)
        let inspector = Inspector(parser: sharedParser)
        if inMemory { return inspector.inspect(url).0 }
        return inspector.inspect(BytePath(url), bundleHash: Inspector.hashFile(BytePath(url))).0
    }

    static func expectSound(_ i: Inspection, _ label: String) {
        #expect(i.findings.isEmpty, "\(label): \(i.findings)")
        #expect(i.documents.map(\.path) == ["files/社会保障卡.jpg", "files/身份证.pdf"], "\(label)")
        #expect(i.documents.allSatisfy { $0.isSound }, "\(label)")
    }

    /// Bytes appended after the end record, as upload gateways and signing tools append
    /// them, are no part of the archive (77-trailing-junk.zip was "目录损坏").
    @Test(arguments: [false, true]) func readsABundleWithBytesAppendedAfterIt(inMemory: Bool) throws {
        let appended = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let bundle = BundleBuilder.bytes(soundApplication())
        Self.expectSound(try Self.inspect(bundle + appended, inMemory: inMemory), "appended bytes")
        // After an archive comment too: the comment is the archive's, the rest is not.
        let commented = Array(bundle.dropLast(2)) + [5, 0] + Array("note.".utf8)
        Self.expectSound(try Self.inspect(commented + appended, inMemory: inMemory), "comment, then appended bytes")
    }

    /// A self-extractor made with `cat sfx bundle.zip > x.zip` and no `zip -A`: every offset
    /// in it is short by the prefix's length. Read as unzip reads it, the central directory
    /// where it really is (78-cat-sfx-unfixed.zip was "申请包不是有效的 ZIP 文件").
    @Test(arguments: [false, true]) func readsASelfExtractorWhoseOffsetsDoNotCountItsPrefix(inMemory: Bool) throws {
        let prefix = Array("MZ".utf8) + [UInt8](repeating: 0, count: 1000)
        for style in [BundleBuilder.Style(), BundleBuilder.Style(zip64: true)] {
            let bytes = prefix + BundleBuilder.bytes(soundApplication(), style: style)
            Self.expectSound(try Self.inspect(bytes, inMemory: inMemory), "prefix, zip64: \(style.zip64)")
        }
    }

    /// Shifted so, every local header is still checked where the shifted offsets put it.
    @Test(arguments: [false, true]) func aSelfExtractorWithALocalHeaderOutOfPlaceIsRefused(inMemory: Bool) throws {
        let prefix = Array("MZ".utf8) + [UInt8](repeating: 0, count: 1000)
        var bytes = prefix + BundleBuilder.bytes(soundApplication())
        let pdf = try #require(Self.entries(bytes, from: prefix.count).first { $0.name == Array("files/身份证.pdf".utf8) })
        bytes[prefix.count + pdf.local] = 0  // its local header's signature
        let i = try Self.inspect(bytes, inMemory: inMemory)
        #expect(i.codes == [.bundleUnreadable], "\(i.findings)")
        #expect(i.findings.first?.detail?.contains("no local header for entry 2") == true, "\(i.findings)")
    }

    /// GBK names under the UTF-8 flag (bit 11), as some broken tools write them: decoded as
    /// names without the flag are, the manifest's UTF-8 paths find the documents
    /// (130-flag-set-gbk-bytes.zip was "文件名编码有误…无法读取申请包").
    @Test(arguments: [false, true]) func readsGBKNamesFlaggedUTF8(inMemory: Bool) throws {
        var bytes = BundleBuilder.bytes(soundApplication(), style: .init(gbkNames: true))
        for e in Self.entries(bytes) where e.name.contains(where: { $0 >= 0x80 }) {
            bytes[e.central + 9] |= 0x08
            bytes[e.local + 7] |= 0x08
        }
        Self.expectSound(try Self.inspect(bytes, inMemory: inMemory), "GBK names flagged UTF-8")
    }

    /// An entry of a compression method the reader does not decompress (method 99 without
    /// its AES field, Deflate64, a number APPNOTE does not know): a finding on that entry
    /// naming the method, an error on a listed document, a warning on an unlisted entry; the
    /// rest is judged (27-unknown-method.zip was "目录损坏", the whole bundle invalid).
    @Test(arguments: [(UInt16(99), "WinZip AES"), (9, "Deflate64"), (77, "编号 77")])
    func namesTheCompressionMethodOfAnEntryItCannotRead(method: UInt16, shown: String) throws {
        for inMemory in [false, true] {
            let i = try Self.inspect(Self.bundle(method: method), inMemory: inMemory)
            #expect(!i.codes.contains { $0.rawValue.hasPrefix("bundle-") }, "\(i.findings)")
            let listed = i.findings.filter { $0.path == "files/身份证.pdf" }
            #expect(listed.map(\.code) == [.documentCorrupt] && listed.allSatisfy { $0.severity == .error }, "\(listed)")
            #expect(listed.first?.message.contains(shown) == true, "\(listed)")
            let unlisted = i.findings.filter { $0.path == "files/说明.txt" && $0.code == .documentCorrupt }
            #expect(unlisted.count == 1 && unlisted.allSatisfy { $0.severity == .warning }, "\(i.findings)")
            #expect(unlisted.first?.message.contains(shown) == true, "\(unlisted)")
            #expect(i.documents.map(\.isSound) == [true, false])
        }
    }

    /// Method 99 with its WinZip AES extra field (0x9901) is encryption, said as such.
    @Test func anAESEncryptedEntryStaysEncrypted() throws {
        let aes: [UInt8] = [0x01, 0x99, 7, 0, 2, 0, 0x41, 0x45, 3, 8, 0]  // AE-2, AES-256, deflated
        let i = try Self.inspect(Self.bundle(method: 99, flags: 1, extra: aes), inMemory: true)
        #expect(i.codes.contains(.bundleEncrypted), "\(i.findings)")
        #expect(!i.codes.contains(.documentCorrupt), "\(i.findings)")
    }

    /// The sound application whose second document, and an unlisted files/说明.txt, are
    /// written with compression `method` (their bytes stored as they are).
    static func bundle(method: UInt16, flags: UInt16 = 0, extra: [UInt8] = []) -> [UInt8] {
        let app = soundApplication()
        let sink = MemorySink()
        let zip = ZipWriter(sink: sink)
        zip.add(ZipEntrySpec(name: "manifest.xml", data: Array(BundleBuilder.manifest(app).utf8)))
        zip.add(ZipEntrySpec(name: app.documents[0].path, data: app.documents[0].bytes))
        for (name, data) in [(app.documents[1].path, app.documents[1].bytes), ("files/说明.txt", Array("说明".utf8))] {
            zip.addRaw(
                rawName: Array(name.utf8), flags: flags | 0x800, method: method, crc: Zlib.crc32(data),
                compressedPayload: data, size: UInt64(data.count), extraFields: extra)
        }
        zip.finish()
        return sink.bytes
    }

    /// The central directory records of the archive that begins `from` bytes into `bytes`
    /// (no Zip64, no comment): each one's offset, its local header's, its name.
    static func entries(_ bytes: [UInt8], from base: Int = 0) -> [(central: Int, local: Int, name: [UInt8])] {
        let u16 = { (i: Int) in Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        let u32 = { (i: Int) in u16(i) | u16(i + 2) << 16 }
        let end = bytes.count - 22
        var p = base + u32(end + 16)
        var found: [(central: Int, local: Int, name: [UInt8])] = []
        for _ in 0..<u16(end + 10) {
            let nameLength = u16(p + 28)
            found.append((p - base, u32(p + 42), Array(bytes[(p + 46)..<(p + 46 + nameLength)])))
            p += 46 + nameLength + u16(p + 30) + u16(p + 32)
        }
        return found
    }
}
