import Foundation
import IntakeFixtures
import IntakeModel
import IntakePDF
import Testing

@testable import IntakeEvidence

/// Each document checked against the manifest's claims and its own format.
@Suite struct EvidenceTests {
    /// The byte search the sniffer uses (memchr + memcmp) against the standard library's.
    @Test func byteSearchAgreesWithTheStandardLibrary() {
        var rng = SeededRandom(seed: 11)
        let needles = [Array("%%EOF".utf8), Array("IEND".utf8), [0x25], Array("%PDF-".utf8)]
        for round in 0..<400 {
            let count = round % 37
            var hay = (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next() % 6) + 0x25 }  // "%&'()*"
            let needle = needles[round % needles.count]
            if round % 3 == 0, hay.count >= needle.count {  // plant it, at the start, end or middle
                let at = [0, hay.count - needle.count, (hay.count - needle.count) / 2][round % 3 == 0 ? (round / 3) % 3 : 0]
                hay.replaceSubrange(at..<at + needle.count, with: needle)
            }
            for slice in [hay[...], hay.dropFirst(min(2, hay.count))] {
                #expect(
                    MediaSniffer.occurs(needle, in: slice) == (slice.firstRange(of: needle) != nil), "\(Array(slice)) \(needle)")
            }
        }
        #expect(MediaSniffer.occurs([], in: []) && !MediaSniffer.occurs([1], in: []))
        #expect(MediaSniffer.occurs(Array("%%EOF".utf8), in: Array("xx%%EOF".utf8)[...]))
        #expect(!MediaSniffer.occurs(Array("%%EOF".utf8), in: Array("xx%%EO".utf8)[...]))
    }

    @Test func reportsChecksumMismatch() throws {
        var app = soundApplication()
        app.documents[0].claimedSHA256 = String(repeating: "ab", count: 32)
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(i.codes == [.documentChecksum])
        #expect(i.findings[0].material == "1")
        #expect(i.documents[0].sha256 == app.documents[0].sha256)
    }

    @Test func reportsSizeMismatch() throws {
        var app = soundApplication()
        app.documents[1].claimedSize = 12
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(i.codes == [.documentChecksum])
        #expect(i.findings[0].messageWithDetail.contains("manifest says 12"))
    }

    /// A size past any file's (2^64, the most digits the schema check lets through) is quoted as the manifest
    /// states it, said to be past what can be represented: the finding said "manifest says
    /// 9223372036854775807" (Int64.max) for 18446744073709551616 (round 21, tester 4,
    /// m_size_2_64). The evidence states no claimed size then.
    @Test(arguments: [
        ("18446744073709551616", "manifest says 18446744073709551616, 超出可表示范围"),
        (String(repeating: "9", count: 24), "manifest says \(String(repeating: "9", count: 24)), 超出可表示范围"),
        ("9223372036854775807", "manifest says 9223372036854775807"),
    ])
    func quotesTheSizeTheManifestStates(stated: String, quoted: String) throws {
        var app = soundApplication()
        app.documents[1].statedSize = stated
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(i.codes == [.documentChecksum])
        let detail = try #require(i.findings.first?.detail)
        #expect(detail.hasSuffix("size \(app.documents[1].bytes.count), \(quoted)"), "\(detail)")
        #expect(i.documents[1].claimedSize == Int64(stated))
    }

    @Test func reportsPDFClaimedAsJPEG() throws {
        var app = soundApplication()
        app.documents[1].mediaType = "image/jpeg"
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(i.codes == [.documentType])
        #expect(i.documents[1].detectedType == "application/pdf")
    }

    @Test func acceptsMediaTypeAliases() throws {
        var app = soundApplication()
        app.documents[0].mediaType = "image/jpg"
        #expect(try inspect(BundleBuilder.bytes(app)).findings.isEmpty)
    }

    @Test func reportsPDFWithoutTrailer() throws {
        var app = soundApplication()
        var rng = SeededRandom(seed: 3)
        let pdf = SampleDocuments.pdf(size: 20_000, rng: &rng)
        app.documents[1].bytes = Array(pdf.prefix(pdf.count - 200))  // cut off xref and %%EOF
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(i.codes == [.documentCorrupt])
        #expect(i.findings[0].messageWithDetail.contains("trailer"))
    }

    @Test func reportsTruncatedJPEG() throws {
        var app = soundApplication()
        app.documents[0].bytes.removeLast(100)  // no EOI any more
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(i.codes == [.documentCorrupt])
        #expect(i.findings[0].messageWithDetail.contains("EOI"))
    }

    @Test func reportsPNGWithBrokenHeader() throws {
        var rng = SeededRandom(seed: 4)
        var png = SampleDocuments.png(rng: &rng)
        png[20] ^= 0xFF  // height byte changes; IHDR CRC no longer matches
        var app = soundApplication()
        app.documents[0] = SampleDocument(path: "files/photo.png", material: "1", bytes: png, mediaType: "image/png")
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(i.codes == [.documentCorrupt])
        #expect(i.findings[0].messageWithDetail.contains("CRC"))
    }

    @Test func reportsListedDocumentAbsentFromZip() throws {
        var app = soundApplication()
        app.documents[1].omitFromZip = true
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(i.codes == [.documentMissing])
        #expect(i.findings[0].path == "files/身份证.pdf")
        #expect(i.documents[1].present == false)
    }

    @Test func warnsAboutUnlistedEntry() throws {
        var app = soundApplication()
        app.documents.append(
            SampleDocument(path: "files/extra.txt", material: "9", bytes: Array("hello".utf8), mediaType: "text/plain"))
        app.documents[2].omitFromManifest = true
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(i.codes == [.documentUnlisted])
        #expect(i.findings[0].severity == .warning)
        #expect(i.isIntact)
    }

    @Test func reportsEveryDefectAtOnce() throws {
        var app = soundApplication()
        app.documents[0].claimedSHA256 = String(repeating: "0", count: 64)
        app.documents[1].mediaType = "image/png"
        app.documents.append(SampleDocument(path: "files/gone.pdf", material: "3", bytes: [1], mediaType: "application/pdf"))
        app.documents[2].omitFromZip = true
        let i = try inspect(BundleBuilder.bytes(app))
        #expect(Set(i.codes) == [.documentChecksum, .documentType, .documentMissing])
    }

    @Test(
        arguments: [
            ("OFD", [0x50, 0x4B, 0x03, 0x04] + Array("....OFD.xml".utf8), "application/ofd"),
            (
                "docx", [0x50, 0x4B, 0x03, 0x04] + Array("....[Content_Types].xmlword/document.xml".utf8),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            ),
            (
                "xlsx", [0x50, 0x4B, 0x03, 0x04] + Array("....xl/workbook.xml".utf8),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            ),
            ("doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "application/x-ole-storage"),
            ("tiff", [0x49, 0x49, 0x2A, 0x00, 0x08, 0, 0, 0, 0, 0, 0, 0], "image/tiff"),
            ("text", Array("申请说明：本人自愿申请。\n".utf8), "text/plain"),
            ("binary", [0x00, 0x01, 0x02, 0x03, 0x9F], "application/octet-stream"),
            // A training video (guide 000 18.1 (3) ⑤ 不低于 10 次的培训视频资料): the ISO media ftyp box, QuickTime's brand, AVI.
            ("mp4", [0, 0, 0, 0x20] + Array("ftypisom".utf8) + [0, 0, 2, 0], "video/mp4"),
            ("mov", [0, 0, 0, 0x14] + Array("ftypqt  ".utf8) + [0, 0, 2, 0], "video/quicktime"),
            ("avi", Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("AVI LIST".utf8), "video/x-msvideo"),
            // … but an iPhone photo shares the box: HEIC is no video
            ("heic", [0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0], "image/heic"),
            // JPEG 2000 (round 19: application/octet-stream): the JP2 signature box and its
            // ftyp brand, a bare codestream's SOC and SIZ markers.
            (
                "jp2", [0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A, 0, 0, 0, 0x14] + Array("ftypjp2 ".utf8),
                "image/jp2"
            ),
            (
                "jpx", [0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A, 0, 0, 0, 0x14] + Array("ftypjpx ".utf8),
                "image/jpx"
            ),
            ("j2k", [0xFF, 0x4F, 0xFF, 0x51, 0x00, 0x29, 0x00, 0x00], "image/j2c"),
            // HTML by the WHATWG sniffing standard's tags at the start (round 18: a
            // <!DOCTYPE html> page was text/plain, one mentioning %PDF-1.4 a broken PDF) …
            ("html", Array("<!DOCTYPE html><html><body>id</body></html>".utf8), "text/html"),
            ("html mentioning a PDF header", Array("<html><body>%PDF-1.4 fake</body></html>".utf8), "text/html"),
            ("html after a BOM and whitespace", [0xEF, 0xBB, 0xBF] + Array("\r\n  <HTML lang=\"zh-CN\">".utf8), "text/html"),
            ("a comment", Array("<!-- 模板 -->\n<p>".utf8), "text/html"),
            // … not a word that starts like a tag, and a PDF header after junk is still a PDF
            ("text starting <Abc>", Array("<Abc> 申请说明\n".utf8), "text/plain"),
            ("pdf after junk", Array("X-Scanner: 01\n%PDF-1.4\n1 0 obj".utf8), "application/pdf"),
            // A docx whose first part mentions %PDF- is a docx.
            (
                "docx mentioning a PDF header",
                [0x50, 0x4B, 0x03, 0x04] + Array("....[Content_Types].xmlword/document.xml %PDF-1.4".utf8),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            ),
        ] as [(String, [UInt8], String)])
    func sniffsType(label: String, head: [UInt8], expected: String) {
        #expect(MediaSniffer.sniff(head: head, size: 100).mediaType == expected, "\(label)")
    }

    /// An HTML page declared text/html is HTML (its declaration is right; whether the
    /// material takes HTML is the decision's); declared a PDF, it is the wrong type, not a
    /// broken PDF, even when its text mentions a PDF header.
    @Test func sniffsHTMLAsHTML() throws {
        let page = Array("<!DOCTYPE html><html><body>%PDF-1.4 身份证</body></html>".utf8)
        let html = try inspect(
            BundleBuilder.bytes(
                {
                    var app = soundApplication()
                    app.documents[1] = SampleDocument(path: "files/身份证.html", material: "2", bytes: page, mediaType: "text/html")
                    return app
                }()))
        #expect(html.findings.isEmpty, "\(html.findings)")
        #expect(html.documents[1].detectedType == "text/html")
        var app = soundApplication()
        app.documents[1].bytes = page
        let asPDF = try inspect(BundleBuilder.bytes(app))
        #expect(asPDF.codes == [.documentType])
        #expect(asPDF.findings.first?.message.contains("实际为 网页（HTML）文件") == true, "\(asPDF.findings)")
    }

    @Test func acceptsLegacyOfficeClaims() {
        #expect(MediaSniffer.compatible(claimed: "application/msword", detected: "application/x-ole-storage"))
        #expect(MediaSniffer.compatible(claimed: "application/vnd.ms-excel", detected: "application/x-ole-storage"))
        #expect(!MediaSniffer.compatible(claimed: "application/pdf", detected: "application/x-ole-storage"))
    }
}

/// The PDF object counter (memchr on "j") counts what a plain left-to-right scan does.
@Suite struct PDFKeywordCountTests {
    @Test func countsLikeAPlainScan() {
        var rng = SeededRandom(seed: 5)
        let alphabet: [UInt8] = Array("objend ".utf8)
        for round in 0..<600 {
            let bytes = (0..<(round % 60)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            var plain = 0
            var i = 0
            while i + 3 <= bytes.count {
                if bytes[i] == 0x6F, bytes[i + 1] == 0x62, bytes[i + 2] == 0x6A {
                    if i < 3 || Array(bytes[(i - 3)..<i]) != Array("end".utf8) { plain += 1 }
                    i += 3
                } else {
                    i += 1
                }
            }
            #expect(bytes.withUnsafeBytes { PDFCheck.objectCount($0) } == plain, "\(bytes)")
        }
    }

    /// The limit counts objects as a reader does, `N G obj` … `endobj` once: a file of
    /// exactly the limit's objects passes, one more is refused unopened and the finding
    /// names the objects (it said "more than 400000 obj keywords" of 200,001 objects:
    /// round 21, tester 4, pages_210000); a file as large of `endobj` alone passes.
    @Test func theObjectLimitAtItsBoundary() throws {
        let limit = PDFCheck.maxObjects
        func pdf(objects: Int) -> [UInt8] {
            var bytes = Array("%PDF-1.4\n".utf8)
            bytes.reserveCapacity(10 + 20 * objects)
            for _ in 0..<objects { bytes += Array("1 0 obj null endobj\n".utf8) }
            return bytes + Array("trailer\n<< >>\nstartxref\n0\n%%EOF\n".utf8)
        }
        let atLimit = pdf(objects: limit)
        #expect(atLimit.withUnsafeBytes { PDFCheck.objectCount($0) } == limit)
        #expect(atLimit.withUnsafeBytes { PDFCheck.overObjectLimit($0) } == false)
        let over = pdf(objects: limit + 1)
        #expect(over.withUnsafeBytes { PDFCheck.objectCount($0) } == limit + 1)
        #expect(over.withUnsafeBytes { PDFCheck.overObjectLimit($0) })
        let refused = DocumentScan.examine(over)
        #expect(refused.findings.map(\.code) == [.bundleLimit], "\(refused.findings)")
        #expect(refused.findings.first?.detail == "more than \(limit) objects", "\(refused.findings)")
        // Twice the limit of keywords, none an object.
        let closings = Array(String(repeating: "endobj\n", count: limit + 1).utf8)
        #expect(closings.withUnsafeBytes { PDFCheck.objectCount($0) } == 0)
        #expect(closings.withUnsafeBytes { PDFCheck.overObjectLimit($0) } == false)
    }
}
