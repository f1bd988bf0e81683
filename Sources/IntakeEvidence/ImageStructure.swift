import Foundation
import IntakeCompression

/// What an image's structure check found (图像结构): a defect, a size over the pixel
/// limit, or nothing; and the size in pixels when the structure gives it.
package struct ImageStructure: Sendable, Hashable {
    /// Why the structure is broken (`document-corrupt`), nil when sound.
    package var defect: String?
    /// The image is larger than the pixel limit (`bundle-limit`: a decompression bomb).
    package var overPixelLimit: Bool = false
    /// A PNG whose image data would inflate to more than its walker's `maxInflated` bytes
    /// (a 16-bit 13,000×13,000 image in 1.3 MB: 1.35 GB to inflate): not inflated.
    package var inflatedBytesOverLimit: Int64?
    package var pixels: PixelSize?
    /// Whether the header stores one grey channel, or a palette of grey levels only (true),
    /// or colour (false); nil when it cannot say (a palette with colours, no header read).
    /// The pixels are not decoded: colour data that happens to be grey is colour here.
    package var greyscale: Bool? = nil
    /// Pages (sheets) the image holds when its structure is sound: one for a PNG or JPEG,
    /// one for each image directory of a TIFF.
    package var pages: Int? = nil

    package init(
        defect: String? = nil, overPixelLimit: Bool = false, pixels: PixelSize? = nil, greyscale: Bool? = nil,
        pages: Int? = nil
    ) {
        self.defect = defect
        self.overPixelLimit = overPixelLimit
        self.pixels = pixels
        self.greyscale = greyscale
        self.pages = pages
    }
}

/// Walks a PNG's chunks as its bytes stream past (constant memory): the signature, then
/// for every chunk its length, type and CRC; IHDR first with a valid bit depth and colour
/// type, PLTE before IDAT for palette images, at least one IDAT, IEND last (bytes after
/// IEND are ignored, as decoders do). The image data (the IDAT chunks' zlib stream) is
/// inflated as it passes, into a small scratch buffer that is thrown away, as a decoder
/// would before unfiltering: the stream must be valid zlib (Adler-32 included), end
/// before IEND, and give exactly the bytes the header's size, colour type, bit depth and
/// interlacing call for, every row starting with a filter type 0–4. Inflating stops as
/// soon as the stream gives more than that (a bomb costs nothing more). Images over the
/// pixel limit are not inflated (they are refused for their size).
package struct PNGWalker {
    private enum State {
        case signature(Int)
        case header  // collecting 8 bytes: length and type
        case data(remaining: Int)
        case crc  // collecting 4 bytes
        case ended
        case failed
    }

    private var state: State = .signature(0)
    private var collected: [UInt8] = []
    private var type: [UInt8] = []
    private var length = 0
    private var crc: UInt32 = 0
    private var ihdr: [UInt8] = []
    /// The last PLTE's entries (at most 768 bytes: its length is checked first).
    private var plte: [UInt8] = []
    private var chunks = 0
    private var sawPLTE = false
    private var sawIDAT = false
    private var defect: String?
    private let maxPixels: Int64
    /// Bytes the image data may inflate to (nil: any): past them it is not inflated.
    private let maxInflated: Int64?
    /// What the header calls for when it is past `maxInflated`.
    private var inflatedOverLimit: Int64?
    /// The image data's inflater and where its output stands (nil: not checked).
    private var image: ImageData?

    package init(maxPixels: Int64, maxInflated: Int64? = nil) {
        self.maxPixels = maxPixels
        self.maxInflated = maxInflated
    }

    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    package mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        while i < bytes.count {
            switch state {
            case .ended, .failed:
                return
            case .signature(let n):
                guard bytes[i] == Self.signature[n] else { return fail("PNG 文件签名损坏 (bad signature)") }
                i += 1
                state = n + 1 == 8 ? .header : .signature(n + 1)
            case .header:
                let take = min(8 - collected.count, bytes.count - i)
                collected += bytes[i..<(i + take)]
                i += take
                if collected.count == 8 { startChunk() }
            case .data(let remaining):
                let take = min(remaining, bytes.count - i)
                let piece = UnsafeRawBufferPointer(rebasing: bytes[i..<(i + take)])
                crc = Zlib.crc32(piece, crc: crc)
                if type == Array("IHDR".utf8) { ihdr += piece }
                if type == Array("PLTE".utf8) { plte += piece }
                if type == Array("IDAT".utf8), image != nil, let why = image!.feed(piece) { return fail(why) }
                i += take
                state = remaining - take == 0 ? .crc : .data(remaining: remaining - take)
            case .crc:
                let take = min(4 - collected.count, bytes.count - i)
                collected += bytes[i..<(i + take)]
                i += take
                if collected.count == 4 { endChunk() }
            }
        }
    }

    /// The verdict once every byte has been fed.
    package func finish() -> ImageStructure {
        var out = ImageStructure(pixels: ihdrPixels, greyscale: ihdrGreyscale)
        out.inflatedBytesOverLimit = inflatedOverLimit
        if let defect {
            out.defect = defect
        } else if case .ended = state {
            if let pixels = out.pixels, Int64(pixels.width) * Int64(pixels.height) > maxPixels { out.overPixelLimit = true }
            out.pages = 1
        } else {
            out.defect = "PNG 文件不完整：缺少 IEND (truncated before IEND)"
        }
        return out
    }

    /// Colour types 0 (grey) and 4 (grey with alpha); 2 and 6 are colour; 3 (a palette) is
    /// grey when every entry of its palette is (red = green = blue: every pixel is one of
    /// them; an optimiser stores a grey photo so), else it may be either.
    private var ihdrGreyscale: Bool? {
        guard ihdr.count == 13 else { return nil }
        switch ihdr[9] {
        case 0, 4: return true
        case 2, 6: return false
        case 3:
            guard plte.count >= 3 else { return nil }
            for i in stride(from: 0, to: plte.count - 2, by: 3) where plte[i] != plte[i + 1] || plte[i] != plte[i + 2] {
                return nil
            }
            return true
        default: return nil
        }
    }

    private var ihdrPixels: PixelSize? {
        guard ihdr.count == 13 else { return nil }
        let width = ihdr[0..<4].reduce(0) { $0 << 8 | Int($1) }
        let height = ihdr[4..<8].reduce(0) { $0 << 8 | Int($1) }
        return width > 0 && height > 0 ? PixelSize(width: width, height: height) : nil
    }

    private mutating func fail(_ why: String) {
        if defect == nil { defect = why }
        state = .failed
    }

    private mutating func startChunk() {
        length = collected[0..<4].reduce(0) { $0 << 8 | Int($1) }
        type = Array(collected[4..<8])
        collected = []
        guard length <= Int(Int32.max) else { return fail("PNG 数据块长度无效 (chunk length \(length))") }
        guard type.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
            return fail("PNG 数据块类型无效 (chunk type bytes \(type))")
        }
        let name = String(decoding: type, as: UTF8.self)
        if chunks == 0 && (name != "IHDR" || length != 13) { return fail("PNG 缺少 IHDR 块 (first chunk is \(name))") }
        if chunks > 0 && name == "IHDR" { return fail("PNG 有多个 IHDR 块 (second IHDR)") }
        if name == "IDAT" {
            if ihdr.count == 13 && ihdr[9] == 3 && !sawPLTE { return fail("PNG 调色板图像缺少 PLTE 块 (no PLTE before IDAT)") }
            sawIDAT = true
        }
        if name == "PLTE" {
            guard length % 3 == 0, length > 0, length <= 768 else { return fail("PNG 调色板长度无效 (PLTE length \(length))") }
            sawPLTE = true
            plte = []
        }
        crc = type.withUnsafeBytes { Zlib.crc32($0, crc: 0) }
        chunks += 1
        state = length == 0 ? .crc : .data(remaining: length)
    }

    private mutating func endChunk() {
        let stored = collected.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        collected = []
        let name = String(decoding: type, as: UTF8.self)
        guard stored == crc else { return fail("PNG 数据块校验错误 (\(name) CRC mismatch)") }
        if name == "IHDR" {
            if let why = Self.ihdrDefect(ihdr) { return fail(why) }
            // The image data is inflated and measured whatever the pixel count, within `maxInflated` (round 63, tester e:
            // past the pixel limit, a 13,500×13,500 PNG of random image data, or of half its rows, was sound).
            if let pixels = ihdrPixels {
                // Rows of width × channels × depth bits, each with its filter byte.
                let channels: Int64 = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][Int(ihdr[9])] ?? 4
                let row = (Int64(pixels.width) * channels * Int64(ihdr[8]) + 7) / 8 + 1
                let raw = row.multipliedReportingOverflow(by: Int64(pixels.height))
                if let maxInflated, raw.overflow || raw.partialValue > maxInflated {
                    inflatedOverLimit = raw.overflow ? Int64.max : raw.partialValue
                } else {
                    image = ImageData(ihdr: ihdr)
                }
            }
        }
        if name == "IEND" {
            guard sawIDAT else { return fail("PNG 没有图像数据 (no IDAT chunk)") }
            if let why = image?.finish() { return fail(why) }
            state = .ended
            return
        }
        state = .header
    }

    /// The image data's zlib stream, inflated and measured against the rows the header
    /// calls for.
    private final class ImageData {
        private let inflater = RawInflater(outputChunk: 64 << 10, zlibHeader: true)
        /// Each pass's rows (one pass unless interlaced): row count and bytes per row
        /// (the filter byte included).
        private var passes: [(rows: Int, length: Int)]
        private let expected: Int
        private var produced = 0
        private var pass = 0
        private var row = 0
        private var offset = 0  // within the current row
        private var defect: String?

        init(ihdr: [UInt8]) {
            let width = ihdr[0..<4].reduce(0) { $0 << 8 | Int($1) }
            let height = ihdr[4..<8].reduce(0) { $0 << 8 | Int($1) }
            let channels = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][Int(ihdr[9])] ?? 1
            let bits = channels * Int(ihdr[8])
            func rowLength(_ w: Int) -> Int { 1 + (w * bits + 7) / 8 }
            if ihdr[12] == 1 {
                // Adam7: (x start, y start, x step, y step) of the seven passes.
                let adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
                passes = adam7.compactMap { (x0, y0, dx, dy) in
                    let w = width > x0 ? (width - x0 + dx - 1) / dx : 0
                    let h = height > y0 ? (height - y0 + dy - 1) / dy : 0
                    return w > 0 && h > 0 ? (h, rowLength(w)) : nil
                }
            } else {
                passes = [(height, rowLength(width))]
            }
            expected = passes.reduce(0) { $0 + $1.rows * $1.length }
        }

        /// Inflates a piece of IDAT data; the defect, if the stream is broken or too long.
        func feed(_ piece: UnsafeRawBufferPointer) -> String? {
            guard defect == nil, !inflater.finished else { return defect }
            let ok = inflater.inflate(piece) { out in
                guard defect == nil else { return }
                produced += out.count
                if produced > expected {
                    defect = "PNG 图像数据多于图像尺寸 (IDAT inflates past the \(expected) bytes its header calls for)"
                    return
                }
                var i = 0
                while i < out.count, pass < passes.count {
                    if offset == 0, out[i] > 4 {
                        defect =
                            "PNG 行过滤类型无效 (filter type \(out[i]) at row \(row + 1)\(passes.count > 1 ? " of pass \(pass + 1)" : ""))"
                        return
                    }
                    let take = min(passes[pass].length - offset, out.count - i)
                    i += take
                    offset += take
                    if offset == passes[pass].length {
                        offset = 0
                        row += 1
                        if row == passes[pass].rows {
                            row = 0
                            pass += 1
                        }
                    }
                }
            }
            if defect == nil, !ok { defect = "PNG 图像数据损坏 (IDAT zlib stream: data error)" }
            return defect
        }

        /// At IEND: the stream must have ended and given every row.
        func finish() -> String? {
            if let defect { return defect }
            guard inflater.finished else {
                return "PNG 图像数据不完整 (IDAT zlib stream does not end: \(produced) of \(expected) bytes)"
            }
            guard produced == expected else {
                return "PNG 图像数据不完整 (IDAT gives \(produced) of the \(expected) bytes its header calls for)"
            }
            return nil
        }
    }

    /// Width and height nonzero and below 2^31, a bit depth the colour type allows,
    /// compression and filter method 0, interlace 0 or 1 (PNG spec, 11.2.2).
    static func ihdrDefect(_ h: [UInt8]) -> String? {
        let width = h[0..<4].reduce(0) { $0 << 8 | Int($1) }
        let height = h[4..<8].reduce(0) { $0 << 8 | Int($1) }
        if width == 0 || height == 0 { return "PNG 图像尺寸为零 (zero size)" }
        if width > Int(Int32.max) || height > Int(Int32.max) { return "PNG 图像尺寸无效 (\(width)*\(height))" }
        let depth = h[8]
        let allowed: [UInt8: [UInt8]] = [0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]]
        guard let depths = allowed[h[9]], depths.contains(depth) else {
            return "PNG 位深与颜色类型不符 (bit depth \(depth), colour type \(h[9]))"
        }
        if h[10] != 0 || h[11] != 0 || h[12] > 1 { return "PNG 文件头参数无效 (compression, filter or interlace method)" }
        return nil
    }
}

/// Walks a JPEG as its bytes stream past, as decoders do: every marker segment's length
/// within the file, a frame header (SOFn) with a nonzero width, a sane precision and 1–4
/// components whose table matches the segment length, a scan header naming 1–4 components;
/// then through the entropy-coded data (0xFF is stuffed as FF 00 there, restart markers
/// aside) to the next marker: more tables and scans (progressive JPEGs), and the end of the
/// image (EOI). Whatever follows EOI is not the image: phones append a video (motion
/// photos), cameras further pictures (MPF); it is not a defect (it was: the end marker was
/// looked for in the file's last bytes; round 19, tester 5). The orientation an EXIF APP1
/// segment gives (tag 0x0112, 5–8: turned a quarter) makes the displayed size, which is what
/// a pixel specification is about (a portrait photo stored 480×360 and shown 360×480).
/// Stray bytes between segments are skipped, as decoders skip them. The entropy-coded data
/// is not decoded.
package struct JPEGWalker {
    private enum State {
        case soi(Int)
        case marker  // expecting 0xFF
        case code  // the byte after 0xFF
        case length  // collecting 2 bytes
        case segment(remaining: Int)
        case entropy  // inside a scan's entropy-coded data
        case entropyFF  // the byte after 0xFF in entropy-coded data
        case done  // after EOI
        case failed
    }

    private var state: State = .soi(0)
    private var marker: UInt8 = 0
    private var collected: [UInt8] = []
    private var segment: [UInt8] = []
    private var frame: PixelSize?
    /// The frame's component count is 1 (grey), or 3–4 (colour: YCbCr, RGB, CMYK).
    private var greyscale: Bool?
    private var sawFrame = false
    private var sawScan = false
    /// The EXIF orientation (1–8; 1 when the file gives none).
    package private(set) var orientation = 1
    private var defect: String?
    private let maxPixels: Int64

    package init(maxPixels: Int64) { self.maxPixels = maxPixels }

    /// Bytes of a segment kept (frame and scan headers are short; an EXIF segment's
    /// orientation is in its first IFD; the rest of other segments is skipped).
    private static let keep = 1_024

    package mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch state {
            case .done, .failed:
                return
            case .entropy:
                // To the next 0xFF (memchr: most of a JPEG is entropy-coded data).
                guard let base = bytes.baseAddress, let found = memchr(base + i, 0xFF, bytes.count - i) else {
                    return
                }
                i = base.distance(to: UnsafeRawPointer(found)) + 1
                state = .entropyFF
            case .entropyFF:
                i += 1
                if b == 0x00 || (0xD0...0xD7).contains(b) {
                    state = .entropy  // a stuffed 0xFF, or a restart marker
                } else if b == 0xFF {
                    continue  // fill bytes
                } else if b == 0xD9 {
                    state = .done
                    return
                } else {
                    // A marker after a scan: tables, the next scan's header (progressive).
                    marker = b
                    state = b == 0x01 || b == 0xD8 ? .marker : .length
                }
            case .soi(let n):
                guard b == (n == 0 ? 0xFF : 0xD8) else { return fail("JPEG 文件头损坏 (no SOI)") }
                state = n == 0 ? .soi(1) : .marker
                i += 1
            case .marker:
                // Bytes other than 0xFF between segments are skipped, as libjpeg ("extraneous
                // bytes before marker") and Pillow do; what matters is that a frame and a scan
                // header follow within the file.
                if b == 0xFF { state = .code }
                i += 1
            case .code:
                i += 1
                if b == 0xFF { continue }  // fill bytes
                marker = b
                if b == 0x00 {  // an escaped 0xFF between segments: skipped, as libjpeg and Pillow do
                    state = .marker
                    continue
                }
                if b == 0x01 || (0xD0...0xD7).contains(b) || b == 0xD8 {
                    state = .marker
                } else if b == 0xD9 {
                    guard sawScan else { return fail("JPEG 没有图像数据 (EOI before any scan)") }
                    state = .done
                    return
                } else {
                    state = .length
                }
            case .length:
                collected.append(b)
                i += 1
                if collected.count == 2 {
                    let length = Int(collected[0]) << 8 | Int(collected[1])
                    collected = []
                    guard length >= 2 else { return fail("JPEG 文件头损坏 (segment length \(length))") }
                    segment = []
                    if length == 2 { endSegment() } else { state = .segment(remaining: length - 2) }
                }
            case .segment(let remaining):
                let take = min(remaining, bytes.count - i)
                if segment.count < Self.keep {
                    segment += bytes[i..<(i + min(take, Self.keep - segment.count))]
                }
                i += take
                if remaining - take == 0 { endSegment() } else { state = .segment(remaining: remaining - take) }
            }
        }
    }

    package func finish() -> ImageStructure {
        // The size shown: turned a quarter by its EXIF orientation (5–8), width and height swap.
        let shown = frame.map { orientation >= 5 && orientation <= 8 ? PixelSize(width: $0.height, height: $0.width) : $0 }
        var out = ImageStructure(pixels: shown, greyscale: greyscale)
        if let defect {
            out.defect = defect
        } else if !sawScan {
            out.defect = "JPEG 文件不完整：图像数据之前即结束 (ends before the first scan)"
        } else if case .done = state {
            if let frame, Int64(frame.width) * Int64(frame.height) > maxPixels { out.overPixelLimit = true }
            out.pages = 1
        } else {
            out.defect = "JPEG 文件不完整：缺少结束标记 (no EOI marker)"
        }
        return out
    }

    private mutating func fail(_ why: String) {
        if defect == nil { defect = why }
        state = .failed
    }

    private mutating func endSegment() {
        let m = marker
        let s = segment
        let length = s.count + 2  // exact for the short frame and scan headers
        if (0xC0...0xCF).contains(m) && m != 0xC4 && m != 0xC8 && m != 0xCC {
            guard s.count >= 6 else { return fail("JPEG 帧头不完整 (SOF length \(length))") }
            let precision = s[0]
            let height = Int(s[1]) << 8 | Int(s[2])
            let width = Int(s[3]) << 8 | Int(s[4])
            let components = Int(s[5])
            guard sawFrame == false else { return fail("JPEG 有多个帧头 (second SOF)") }
            guard width > 0 else { return fail("JPEG 图像尺寸为零 (zero width)") }
            guard (2...16).contains(precision) else { return fail("JPEG 帧头精度无效 (precision \(precision))") }
            guard (1...4).contains(components) else { return fail("JPEG 颜色分量数无效 (\(components) components)") }
            guard s.count == 6 + 3 * components else { return fail("JPEG 帧头长度不符 (SOF length \(length))") }
            sawFrame = true
            greyscale = components == 1
            if height > 0 { frame = PixelSize(width: width, height: height) }
        } else if m == 0xDA {
            guard sawFrame else { return fail("JPEG 缺少图像帧头 (no frame header before the scan)") }
            guard let n = s.first.map(Int.init), (1...4).contains(n), s.count == 4 + 2 * n else {
                return fail("JPEG 扫描头无效 (SOS header)")
            }
            sawScan = true
            state = .entropy
            return
        } else if m == 0xE1, !sawFrame, let o = Self.exifOrientation(s) {
            orientation = o
        }
        state = .marker
    }

    /// The orientation (tag 0x0112) of an APP1 EXIF segment's first IFD, or nil.
    static func exifOrientation(_ s: [UInt8]) -> Int? {
        guard s.count >= 14, s[0..<6].elementsEqual([0x45, 0x78, 0x69, 0x66, 0, 0]) else { return nil }
        let t = 6  // the TIFF header
        let little: Bool
        switch (s[t], s[t + 1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= s.count else { return nil }
            return little ? Int(s[at]) | Int(s[at + 1]) << 8 : Int(s[at]) << 8 | Int(s[at + 1])
        }
        func u32(_ at: Int) -> Int? {
            guard let a = u16(at), let b = u16(at + 2) else { return nil }
            return little ? a | b << 16 : a << 16 | b
        }
        guard let ifd = u32(t + 4).map({ t + $0 }), let count = u16(ifd) else { return nil }
        for k in 0..<min(count, 64) {
            let entry = ifd + 2 + 12 * k
            guard let tag = u16(entry) else { return nil }
            if tag == 0x0112, let type = u16(entry + 2), type == 3, let value = u16(entry + 8) {
                return (1...8).contains(value) ? value : nil
            }
        }
        return nil
    }
}
