import IntakeCompression

extension SampleDocuments {
    /// A hostile PDF: `pages` pages whose objects and /Kids array sit in one compressed
    /// object stream, found through a compressed cross-reference stream. Valid PDF 1.5
    /// (qpdf opens it without a warning), a few bytes a page on disk, and roughly 2.5 KB a
    /// page of qpdf's memory once it builds the page tree: a million pages are 9.5 MB
    /// of file and 2.6 GB of memory over 20 s. No count of `obj` keywords sees them.
    public static func pdfWithPagesInObjectStream(_ pages: Int) -> [UInt8] {
        precondition(pages > 0)
        let first = 10  // object numbers 10 ..< 10 + pages are the pages; 6 is the /Kids array
        var header: [UInt8] = []
        var body: [UInt8] = []
        func member(_ number: Int, _ text: [UInt8]) {
            header += Array("\(number) \(body.count) ".utf8)
            body += text
            body.append(0x20)
        }
        var kids: [UInt8] = [0x5B]
        kids.reserveCapacity(pages * 10)
        for i in 0..<pages { kids += Array("\(first + i) 0 R ".utf8) }
        kids.append(0x5D)
        member(6, kids)
        let page = Array("<</Type/Page/Parent 2 0 R/MediaBox[0 0 9 9]>>".utf8)
        for i in 0..<pages { member(first + i, page) }
        let stream = Zlib.deflate(header + body, level: 9, zlibHeader: true)

        var out = Array("%PDF-1.5\n".utf8)
        var offsets: [Int: Int] = [:]
        func object(_ number: Int, _ dictionary: String, stream: [UInt8]? = nil) {
            offsets[number] = out.count
            out += Array("\(number) 0 obj\n\(dictionary)\n".utf8)
            if let stream { out += Array("stream\n".utf8) + stream + Array("\nendstream\n".utf8) }
            out += Array("endobj\n".utf8)
        }
        object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        object(2, "<< /Type /Pages /Kids 6 0 R /Count \(pages) >>")
        object(
            4, "<< /Type /ObjStm /N \(pages + 1) /First \(header.count) /Length \(stream.count) /Filter /FlateDecode >>",
            stream: stream)
        let xref = out.count
        // Cross-reference stream rows: type (1 byte), field 2 and field 3 (4 bytes each).
        var rows: [UInt8] = []
        func row(_ type: UInt8, _ a: Int, _ b: Int) {
            rows.append(type)
            for v in [a, b] { for s in stride(from: 24, through: 0, by: -8) { rows.append(UInt8(truncatingIfNeeded: v >> s)) } }
        }
        for n in 0..<(first + pages) {
            switch n {
            case 0: row(0, 0, 65_535)
            case 5: row(1, xref, 0)
            case 6: row(2, 4, 0)
            case first...: row(2, 4, n - first + 1)
            default: if let at = offsets[n] { row(1, at, 0) } else { row(0, 0, 0) }
            }
        }
        let table = Zlib.deflate(rows, level: 9, zlibHeader: true)
        out += Array(
            "5 0 obj\n<< /Type /XRef /Size \(first + pages) /W [1 4 4] /Root 1 0 R /Length \(table.count) /Filter /FlateDecode >>\nstream\n"
                .utf8)
        out += table + Array("\nendstream\nendobj\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}
