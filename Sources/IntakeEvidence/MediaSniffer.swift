import Foundation
import IntakeModel

/// What the bytes of a document really are, and whether their format holds together
/// where that is cheap to tell (a PDF has a header and a trailer, an image's header
/// parses). Works from the first and last bytes only, so memory stays bounded.
public struct SniffedType: Sendable, Hashable {
    /// The detected media type (`application/octet-stream` when unknown).
    public var mediaType: String
    /// Why the format is broken, nil when it looks sound.
    public var defect: String?
}

/// An image's width and height in pixels (像素).
public struct PixelSize: Sendable, Hashable, Codable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
    public var description: String { "\(width)*\(height)" }
}

public enum MediaSniffer {
    /// How many leading bytes the sniffer wants.
    public static let headSize = 8192

    /// A file is what its first bytes say: a format's signature at the start, then an HTML
    /// tag at the start, and only then a PDF header further in (readers look for `%PDF-`
    /// in the first 1,024 bytes, after junk a scanner or mail gateway put before it), so
    /// that an HTML page that mentions "%PDF-1.4", or a zip holding a PDF, is not a PDF.
    public static func sniff(head: [UInt8], size: Int64) -> SniffedType {
        // A PDF's end (%%EOF) is looked for by the structure check, over the whole file: bytes a producer or gateway
        // appended after it (a kilobyte of padding, a web page) hid it from the last 1,024 bytes, and a sound file was
        // told it was cut short (round 60, tester h).
        let pdf = SniffedType(mediaType: "application/pdf", defect: nil)
        if head.starts(with: pdfMagic) { return pdf }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) {
            return SniffedType(mediaType: "image/jpeg", defect: jpegDefect(head: head))
        }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return SniffedType(mediaType: "image/png", defect: pngDefect(head: head))
        }
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            return SniffedType(mediaType: "image/tiff", defect: tiffDefect(head: head, size: size))
        }
        if head.starts(with: [0x49, 0x49, 0x2B, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2B]) {
            return SniffedType(mediaType: "image/tiff", defect: nil)  // BigTIFF: see TIFFStructure
        }
        if head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) {
            return SniffedType(mediaType: "image/gif", defect: nil)
        }
        if head.count >= 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) {
            return SniffedType(mediaType: "image/webp", defect: nil)
        }
        if head.count >= 12, Array(head[4..<8]) == Array("ftyp".utf8) {
            // ISO base media (MP4, 3GP) and QuickTime: the ftyp box and its major brand (a training video, RS-018 ⑤).
            // Only the video brands: an HEIC or AVIF photo (mif1, heic, avif …) or M4A audio shares the box.
            let brand = String(decoding: head[8..<12], as: UTF8.self)
            switch brand {
            case "qt  ": return SniffedType(mediaType: "video/quicktime", defect: nil)
            case "3gp4", "3gp5", "3gp6", "3gp7", "3ge6", "3ge7", "3gg6": return SniffedType(mediaType: "video/3gpp", defect: nil)
            case "isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "dash", "f4v ", "mmp4":
                return SniffedType(mediaType: "video/mp4", defect: nil)
            case "heic", "heix", "heim", "heis", "mif1", "msf1", "hevc", "hevx":
                return SniffedType(mediaType: "image/heic", defect: nil)
            case "avif", "avis": return SniffedType(mediaType: "image/avif", defect: nil)
            default: return SniffedType(mediaType: "application/octet-stream", defect: nil)
            }
        }
        // JPEG 2000 (ISO/IEC 15444, RFC 3745): the JP2 signature box, its brand in the ftyp
        // box that follows (jpx: Part 2, jpm: compound); a bare codestream (.j2k, .j2c) by SOC
        // and SIZ, as scanners' archival settings and some camera tools write them.
        if head.starts(with: [0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A]) {
            let brand = head.count >= 24 ? String(decoding: head[20..<24], as: UTF8.self) : "jp2 "
            switch brand {
            case "jpx ": return SniffedType(mediaType: "image/jpx", defect: nil)
            case "jpm ": return SniffedType(mediaType: "image/jpm", defect: nil)
            default: return SniffedType(mediaType: "image/jp2", defect: nil)
            }
        }
        if head.starts(with: [0xFF, 0x4F, 0xFF, 0x51]) {
            return SniffedType(mediaType: "image/j2c", defect: nil)
        }
        if head.count >= 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("AVI ".utf8) {
            return SniffedType(mediaType: "video/x-msvideo", defect: nil)
        }
        if head.starts(with: Array("BM".utf8)), head.count >= 14 {
            return SniffedType(mediaType: "image/bmp", defect: nil)
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return SniffedType(mediaType: zipFamily(head), defect: nil)
        }
        if head.starts(with: oleMagic) {
            return SniffedType(mediaType: "application/x-ole-storage", defect: oleDefect(head: head, size: size))
        }
        if isHTML(head) { return SniffedType(mediaType: "text/html", defect: nil) }
        if occurs(pdfMagic, in: head.prefix(1024)) { return pdf }
        if isText(head) {
            let trimmed = head.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }
            if trimmed.starts(with: Array("<?xml".utf8)) { return SniffedType(mediaType: "application/xml", defect: nil) }
            return SniffedType(mediaType: "text/plain", defect: nil)
        }
        return SniffedType(mediaType: "application/octet-stream", defect: nil)
    }

    /// Whether a media type is an Office Open XML document's (.docx, .xlsx, .pptx).
    public static func isOOXML(_ mediaType: String) -> Bool {
        canonical(mediaType).hasPrefix("application/vnd.openxmlformats-officedocument.")
    }

    /// Whether bytes sniffed as `detected` may be claimed as `claimed`.
    public static func compatible(claimed: String, detected: String) -> Bool {
        let c = canonical(claimed)
        if c == detected { return true }
        switch detected {
        // A compound file whose directory names its program: only that program's types.
        case "application/msword": return ["application/wps-office.doc", "application/vnd.ms-works"].contains(c)
        case "application/vnd.ms-excel": return c == "application/wps-office.xls"
        case "application/x-ole-storage":
            return [
                "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
                "application/vnd.ms-works", "application/wps-office.doc", "application/wps-office.xls",
            ].contains(c)
        case "application/xml": return c == "text/xml" || c == "text/plain"
        case "text/plain": return c == "text/csv"
        case "video/mp4": return c == "video/x-m4v"
        case "video/x-msvideo": return c == "video/avi"
        case "application/zip": return c == "application/x-zip-compressed"
        default: return false
        }
    }

    /// Aliases producers write for the same type.
    public static func canonical(_ mediaType: String) -> String {
        let t = mediaType.lowercased()
        switch t {
        case "image/jpg", "image/pjpeg": return "image/jpeg"
        case "application/x-pdf", "application/acrobat": return "application/pdf"
        case "image/tif": return "image/tiff"
        case "image/x-png": return "image/png"
        case "image/x-ms-bmp": return "image/bmp"
        default: return t
        }
    }

    /// A media type as a citizen names it (PDF 文件, JPEG 图片, Word 文档): what a message read
    /// to the applicant says; the media type itself goes in the finding's detail (round 42,
    /// tester e: "声明为 application/pdf，实际为 text/plain" read at the window). A type it
    /// does not know is said as written (what the producer declared).
    public static func plainName(_ mediaType: String) -> String {
        let t = canonical(mediaType)
        switch t {
        case "application/pdf": return "PDF 文件"
        case "image/jpeg": return "JPEG 图片"
        case "image/png": return "PNG 图片"
        case "image/tiff": return "TIFF 图片"
        case "image/gif": return "GIF 图片"
        case "image/bmp": return "BMP 图片"
        case "image/webp": return "WebP 图片"
        case "image/heic": return "HEIC 图片"
        case "image/avif": return "AVIF 图片"
        case "image/jp2", "image/j2c", "image/jpx", "image/jpm": return "JPEG 2000 图片"
        case "application/ofd": return "OFD 文件"
        case "application/msword", "application/wps-office.doc", "application/vnd.ms-works",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
            return "Word 文档"
        case "application/vnd.oasis.opendocument.text": return "OpenDocument 文档"
        case "application/vnd.ms-excel", "application/wps-office.xls",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
            return "Excel 表格"
        case "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation":
            return "PowerPoint 演示文稿"
        // With its parameter, the container whose program the streams do not tell (round 63, tester e: the raw type was
        // in an applicant's message).
        case "application/x-ole-storage", "application/x-ole-storage; program=unknown": return "旧版 Office 文档"
        case "text/plain": return "纯文本文件"
        case "text/csv": return "CSV 文件"
        case "text/html": return "网页（HTML）文件"
        case "text/xml", "application/xml": return "XML 文件"
        case "application/zip", "application/x-zip-compressed": return "ZIP 压缩包"
        case "application/octet-stream": return "无法识别类型的文件"
        default: return t.hasPrefix("video/") ? "视频文件" : mediaType
        }
    }

    /// ``plainName(_:)`` of two types, told apart by their file formats where the names are one
    /// (an .xls declared, an .xlsx found: "Excel 表格（.xls）", "Excel 表格（.xlsx）"; the review of round 42).
    public static func plainNames(claimed: String, detected: String) -> (claimed: String, detected: String) {
        let (a, b) = (plainName(claimed), plainName(detected))
        guard a == b else { return (a, b) }
        func format(_ t: String) -> String {
            switch canonical(t) {
            case "application/msword": return "（.doc）"
            case "application/wps-office.doc": return "（WPS .wps）"
            case "application/vnd.ms-works": return "（Works .wps）"
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document": return "（.docx）"
            case "application/vnd.ms-excel": return "（.xls）"
            case "application/wps-office.xls": return "（WPS .et）"
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": return "（.xlsx）"
            case "application/vnd.ms-powerpoint": return "（.ppt）"
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation": return "（.pptx）"
            default: return "（\(t)）"
            }
        }
        return (a + format(claimed), b + format(detected))
    }

    // MARK: - formats

    static func jpegDefect(head: [UInt8]) -> String? {
        // Walk the marker segments after SOI until a frame header (SOFn) or the head ends.
        var i = 2
        var sawFrame = false
        while i + 4 <= head.count {
            guard head[i] == 0xFF else { return "JPEG 文件头损坏 (no marker at byte \(i))" }
            let marker = head[i + 1]
            if marker == 0xFF {
                i += 1
                continue
            }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {
                i += 2
                continue
            }
            let length = Int(head[i + 2]) << 8 | Int(head[i + 3])
            guard length >= 2 else { return "JPEG 文件头损坏 (segment length \(length))" }
            if (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC {
                guard i + 9 <= head.count else {
                    sawFrame = true
                    break
                }
                let height = Int(head[i + 5]) << 8 | Int(head[i + 6])
                let width = Int(head[i + 7]) << 8 | Int(head[i + 8])
                if width == 0 { return "JPEG 图像尺寸为零 (zero width)" }
                _ = height  // 0 is allowed by the standard (defined by DNL)
                sawFrame = true
                break
            }
            if marker == 0xDA { break }  // scan without a frame header: caught below
            i += 2 + length
        }
        if !sawFrame && i + 4 <= head.count { return "JPEG 缺少图像帧头 (no frame header before the scan)" }
        // The end of the image (EOI) is found by the structure walk (JPEGWalker), which
        // follows the scans to it: a phone's motion photo carries a video after it, so the
        // file's last bytes say nothing.
        return nil
    }

    static func pngDefect(head: [UInt8]) -> String? {
        guard head.count >= 33 else { return "PNG 文件头不完整 (truncated header)" }
        let length = head[8..<12].reduce(0) { $0 << 8 | Int($1) }
        guard length == 13, Array(head[12..<16]) == Array("IHDR".utf8) else {
            return "PNG 缺少 IHDR 块 (no IHDR chunk)"
        }
        let width = head[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = head[20..<24].reduce(0) { $0 << 8 | Int($1) }
        if width == 0 || height == 0 { return "PNG 图像尺寸为零 (zero size)" }
        let stored = head[29..<33].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if CRC32.checksum(head[12..<29]) != stored { return "PNG 文件头校验错误 (IHDR CRC mismatch)" }
        // IEND is found by the chunk walk (PNGWalker), which ignores what follows it as decoders do: a kilobyte after it
        // hid it from the last 1,024 bytes (round 60, tester h).
        return nil
    }

    static func tiffDefect(head: [UInt8], size: Int64) -> String? {
        guard head.count >= 8 else { return "TIFF 文件头不完整 (truncated header)" }
        let little = head[0] == 0x49
        let b = Array(head[4..<8])
        let offset =
            little
            ? Int64(b[0]) | Int64(b[1]) << 8 | Int64(b[2]) << 16 | Int64(b[3]) << 24
            : Int64(b[3]) | Int64(b[2]) << 8 | Int64(b[1]) << 16 | Int64(b[0]) << 24
        if offset < 8 || offset >= size { return "TIFF 文件头损坏 (IFD offset \(offset) outside the file)" }
        return nil
    }

    /// A compound file (OLE2: Word 97–2003 .doc, Excel .xls) has a 512-byte header that
    /// locates everything else (MS-CFB 2.2): what it says must fit the file. Header only,
    /// so a random tail after a real signature, a stub of zeros or a file cut short is
    /// caught without walking its sector chains.
    static func oleDefect(head: [UInt8], size: Int64) -> String? {
        guard head.count >= 512, size >= 512 else { return "Office 文档（OLE 复合文件）文件头不完整 (header shorter than 512 bytes)" }
        func u16(_ i: Int) -> Int { Int(head[i]) | Int(head[i + 1]) << 8 }
        func u32(_ i: Int) -> Int64 { Int64(u16(i)) | Int64(u16(i + 2)) << 16 }
        let broken = "Office 文档（OLE 复合文件）文件头损坏"
        let order = u16(28)
        guard order == 0xFFFE else {
            return "\(broken) (byte order mark 0x\(String(order, radix: 16, uppercase: true)), not 0xFFFE)"
        }
        let shift = u16(30)
        guard shift == 9 || shift == 12 else { return "\(broken) (sector shift \(shift), not 9 or 12)" }
        let sectorSize = Int64(1) << shift
        // Sectors after the header sector (a last sector cut short is still counted).
        let sectors = (size - sectorSize + sectorSize - 1) / sectorSize
        let truncated = "Office 文档（OLE 复合文件）不完整：文件头记载的内容超出文件末尾"
        guard sectors > 0 else { return "\(truncated) (no sector after the header; \(size) bytes)" }
        let fatSectors = u32(44)
        let directorySectors = u32(40)
        guard fatSectors >= 1, fatSectors + directorySectors <= sectors else {
            return "\(truncated) (\(fatSectors) FAT and \(directorySectors) directory sectors; the file has \(sectors))"
        }
        let directory = u32(48)
        guard directory < sectors else {
            return "\(truncated) (first directory sector \(directory); the file has \(sectors) sectors)"
        }
        // The first 109 FAT sectors are listed in the header (DIFAT), the rest in DIFAT sectors.
        for k in 0..<Int(min(fatSectors, 109)) {
            let at = u32(76 + 4 * k)
            guard at < sectors else { return "\(truncated) (FAT sector \(k) at \(at); the file has \(sectors) sectors)" }
        }
        if fatSectors > 109 {
            let difat = u32(68)
            guard u32(72) >= 1, difat < sectors else {
                return "\(truncated) (first DIFAT sector \(difat); the file has \(sectors) sectors)"
            }
        }
        return nil
    }

    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let pdfMagic = Array("%PDF-".utf8)

    /// Whether `needle` occurs in `haystack` (``ByteSearch``).
    static func occurs(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Bool {
        haystack.withUnsafeBytes { h in needle.withUnsafeBytes { n in ByteSearch.occurs(n, in: h) } }
    }

    /// The types ``zipFamily(_:)`` gives: a zip container, checked by ``DocumentContainer``.
    static let zipTypes: Set<String> = [
        "application/zip", "application/ofd", "application/vnd.oasis.opendocument.text",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ]

    /// The parts a container of `zipType` cannot be opened without: an OFD's entry file
    /// OFD.xml (GB/T 33190 7.4), an OOXML package's `[Content_Types].xml` (ECMA-376 Part 2,
    /// 10.1.2) and its main part, an OpenDocument's `mimetype` (how it was recognised); none
    /// for a plain zip.
    static func requiredParts(ofZipType zipType: String) -> [String] {
        // An Office document's package lists its content types and its main part, where
        // every producer puts it (a "workbook" of [Content_Types].xml alone was sound;
        // round 19, tester 5).
        switch zipType {
        case "application/ofd": return ["OFD.xml"]
        case "application/vnd.oasis.opendocument.text": return ["mimetype"]
        case "application/zip": return []
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
            return ["[Content_Types].xml", "word/document.xml"]
        case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
            return ["[Content_Types].xml", "xl/workbook.xml"]
        case "application/vnd.openxmlformats-officedocument.presentationml.presentation":
            return ["[Content_Types].xml", "ppt/presentation.xml"]
        default: return ["[Content_Types].xml"]
        }
    }

    /// Office Open XML, OFD or plain zip, from the local header names in the first bytes.
    static func zipFamily(_ head: [UInt8]) -> String {
        func has(_ name: String) -> Bool { occurs(Array(name.utf8), in: head[...]) }
        if has("OFD.xml") || has("Doc_0/") { return "application/ofd" }
        if has("word/") { return "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }
        if has("xl/") { return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }
        if has("ppt/") { return "application/vnd.openxmlformats-officedocument.presentationml.presentation" }
        if has("mimetypeapplication/vnd.oasis.opendocument.text") { return "application/vnd.oasis.opendocument.text" }
        return "application/zip"
    }

    /// The tags the WHATWG MIME Sniffing Standard (7.1, "identifying a resource with an
    /// unknown MIME type") takes as HTML, each followed by a space or `>`.
    static let htmlTags = [
        "<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A", "<STYLE",
        "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--",
    ].map { Array($0.utf8) }

    /// HTML when, after a UTF-8 byte order mark and whitespace, the head starts with one of
    /// ``htmlTags`` (ASCII case ignored) and a space or `>`: a `<!DOCTYPE html>` page
    /// declared text/html is HTML, not text/plain.
    static func isHTML(_ head: [UInt8]) -> Bool {
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(head[start]) { start += 1 }
        return htmlTags.contains { tag in
            guard head.count - start > tag.count else { return false }
            for (k, b) in tag.enumerated() {
                let a = head[start + k]
                if ((0x61...0x7A).contains(a) ? a - 0x20 : a) != b { return false }  // ASCII upper case
            }
            let next = head[start + tag.count]
            return next == 0x20 || next == 0x3E
        }
    }

    /// Text when the head has no NUL or stray control bytes and decodes as UTF-8 (a
    /// character cut at the end of the head is allowed) or as GB18030-compatible bytes.
    static func isText(_ head: [UInt8]) -> Bool {
        guard !head.isEmpty else { return true }
        for b in head where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { return false }
        if head.contains(0x7F) { return false }
        var cut = head
        for _ in 0..<3 where String(validating: cut, as: UTF8.self) == nil && !cut.isEmpty { cut.removeLast() }
        if String(validating: cut, as: UTF8.self) != nil { return true }
        // GB18030 lead bytes 0x81–0xFE; a rough check is enough to tell text from binary.
        return head.allSatisfy { $0 >= 0x09 }
    }
}

/// CRC-32 (IEEE), for PNG chunk checks.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
