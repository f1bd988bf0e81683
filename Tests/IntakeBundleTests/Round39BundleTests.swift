import Foundation
import IntakeBundle
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

@testable import IntakeEvidence
@testable import IntakeManifest

/// Session 44, black-box round 39, tester s (the back-office engineer with hostile input): what a producer's mistakes and
/// an attacker's bundles are told.
@Suite struct Round39BundleTests {
    /// Two archives of one layout joined with `cat`: the second's end record states the central directory at the offset
    /// where the first's stands, and its own stands where the end records begin. Unzip and Python read the second, libzip
    /// the first (tester s: an application accepted on a sound PDF that unzip extracted as zeros). Neither reading is the
    /// producer's: the bundle is unsafe, whichever way it is read. Two archives of different layouts are read where the
    /// central directory really is, as unzip reads them (a self-extractor's prefix, ToleratedLayoutTests).
    @Test(arguments: [false, true]) func twoArchivesInOneFileAreRefused(inMemory: Bool) throws {
        var good = soundApplication(seed: 7)
        var other = soundApplication(seed: 8)
        good.id = "TEST-GOOD"
        other.id = "TEST-EVIL"
        let style = BundleBuilder.Style(method: .stored)
        let first = BundleBuilder.bytes(good, style: style)
        let second = BundleBuilder.bytes(other, style: style)
        #expect(first.count == second.count, "one layout")
        let i = try ToleratedLayoutTests.inspect(first + second, inMemory: inMemory)
        #expect(i.codes == [.bundleUnsafe], "\(i.findings)")
        #expect(i.findings.first?.message.contains("两个 ZIP 目录") == true)
        #expect(i.documents.isEmpty)
        // Each alone is sound.
        ToleratedLayoutTests.expectSound(try ToleratedLayoutTests.inspect(first, inMemory: inMemory), "the first alone")
        ToleratedLayoutTests.expectSound(try ToleratedLayoutTests.inspect(second, inMemory: inMemory), "the second alone")
    }

    /// A manifest written in GBK by a Chinese-locale Windows tool, with no encoding declared or declared UTF-8, is told it
    /// must be UTF-8, as UTF-16 and GBK-declared ones are (tester s: "第 4 行不是格式正确的 XML").
    @Test(arguments: [true, false]) func aGBKManifestIsToldToBeUTF8(declared: Bool) throws {
        var text = ManifestTests.valid
        if !declared { text = text.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "") }
        let bytes = try #require(TextDecoding.encodeGB18030(text))
        guard case .failure(let failure) = sharedParser.parse(bytes) else {
            Issue.record("a GBK manifest was read")
            return
        }
        #expect(failure.findings.map(\.code) == [.manifestMalformed])
        #expect(failure.findings.first?.message.contains("须为 UTF-8 编码（含非 UTF-8 字节，可能为 GBK 等编码）") == true, "\(failure.findings)")
        // The same text in UTF-8 is read.
        #expect(throws: Never.self) { try sharedParser.parse(Array(text.utf8)).get() }
    }

    /// A size of 25 digits is a valid xs:nonNegativeInteger that libxml2 cannot hold: like one of 20 digits, it is read
    /// as too large to be true (the document's checksum finding), not as a malformed manifest (tester s: `invalid`,
    /// "文件大小不是有效的非负整数").
    @Test(arguments: [20, 25, 40]) func aSizeOfManyDigitsIsOnlyTooLarge(digits: Int) throws {
        let long = String(repeating: "9", count: digits)
        let text = ManifestTests.valid.replacingOccurrences(of: "size=\"184233\"", with: "size=\"\(long)\"")
        let m = try sharedParser.parse(Array(text.utf8)).get().0
        #expect(m.documents[0].size == nil && m.documents[0].statedSize == long)
        // Not a number at all is still malformed.
        let letters = ManifestTests.valid.replacingOccurrences(of: "size=\"184233\"", with: "size=\"12a\"")
        guard case .failure(let failure) = sharedParser.parse(Array(letters.utf8)) else {
            Issue.record("a size of letters was read")
            return
        }
        #expect(failure.findings.map(\.code) == [.manifestInvalid])
    }

    /// A path the schema's pattern refuses is one mistake: libxml2's "Warning: No precomputed value available" that
    /// follows it for the same attribute is not a second finding (tester s: two manifest-invalid findings for one path).
    @Test func aRefusedPathIsOneFinding() throws {
        let text = ManifestTests.valid.replacingOccurrences(of: "path=\"files/身份证.jpg\"", with: "path=\"/tmp/2.pdf\"")
        guard case .failure(let failure) = sharedParser.parse(Array(text.utf8)) else {
            Issue.record("an absolute path was read")
            return
        }
        #expect(failure.findings.count == 1, "\(failure.findings)")
        #expect(failure.findings.first?.message.contains("文件路径格式不符合要求") == true, "\(failure.findings)")
        #expect(failure.findings.allSatisfy { !($0.detail ?? "").contains("precomputed") })
    }

    /// `intake check` loads the matter's catalog while the PDF helper checks the bundle's PDFs (issue 13: the helper's
    /// start was waited for first): the inspection hands the manifest's matter code over once, when PDFs are in check,
    /// and the inspection is the same as without it.
    @Test func theMatterCodeIsHandedOverWhilePDFsAreChecked() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let withPDF = dir.appendingPathComponent("pdf.zip")
        try Data(BundleBuilder.bytes(soundApplication())).write(to: withPDF)
        var app = soundApplication()
        app.documents.removeAll { $0.mediaType == "application/pdf" }
        let withoutPDF = dir.appendingPathComponent("jpeg.zip")
        try Data(BundleBuilder.bytes(app)).write(to: withoutPDF)
        let inspector = Inspector(parser: sharedParser)
        var codes: [String] = []
        let (handed, _) = inspector.inspect(BytePath(withPDF)) { codes.append($0) }
        #expect(codes == ["RS-007"])
        #expect(handed.findings == inspector.inspect(withPDF).0.findings && handed.documents.allSatisfy { $0.isSound })
        codes = []
        _ = inspector.inspect(BytePath(withoutPDF)) { codes.append($0) }
        #expect(codes.isEmpty)
    }

    /// A manifest of 20 MB (text repeated, compressing a thousandfold) is told the manifest's own limit, not that it looks
    /// like a zip bomb (tester s); an empty one is told it is empty, not "第 1 行不是格式正确的 XML".
    @Test func aManifestTooLargeOrEmptyIsToldSo() throws {
        func zip(manifest: [UInt8]) -> [UInt8] {
            let sink = MemorySink()
            let writer = ZipWriter(sink: sink)
            writer.add(ZipEntrySpec(name: "manifest.xml", data: manifest))
            writer.finish()
            return sink.bytes
        }
        let huge = Array(ManifestTests.valid.utf8) + Array(repeating: 0x20, count: 20 << 20)
        let large = try inspect(zip(manifest: huge))
        #expect(large.codes == [.bundleLimit], "\(large.findings)")
        #expect(large.findings.first?.message.hasPrefix("申请清单 manifest.xml 过大（上限") == true, "\(large.findings)")
        for empty in [[UInt8](), Array(" \n\t".utf8)] {
            let i = try inspect(zip(manifest: empty))
            #expect(i.codes == [.manifestMalformed] && i.findings.first?.message.contains("是空文件") == true, "\(i.findings)")
        }
    }

    /// A manifest path written otherwise than the entry's name (`files/./身份证.pdf`): the document is missing as the path says,
    /// and the finding names the entry the producer meant, so that the path is corrected (tester s: "不存在" beside the file).
    @Test func aPathWrittenOtherwiseNamesTheEntry() throws {
        var app = soundApplication()
        app.documents[1].path = "files/./身份证.pdf"
        let i = try inspect(zipped(manifestOf: app, entries: soundApplication().documents.map { ($0.path, $0.bytes) }))
        let missing = try #require(i.findings.first { $0.code == .documentMissing }, "\(i.findings)")
        #expect(missing.message.contains("申请包中有 files/身份证.pdf"), "\(missing.message)")
        #expect(Inspector.canonicalPath("files//a\\b/./c.pdf") == "files/a/b/c.pdf")
    }
}
