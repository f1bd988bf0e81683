import IntakeCompression

/// A small deterministic generator (SplitMix64), so corpora are reproducible.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` bytes that look like compressed scan data (incompressible).
    public mutating func bytes(_ count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var i = 0
        while i < count {
            var v = next()
            for _ in 0..<8 where i < count {
                out[i] = UInt8(truncatingIfNeeded: v)
                v >>= 8
                i += 1
            }
        }
        return out
    }
}

/// Real file bytes of the formats citizens submit: valid enough for any viewer's
/// header checks, with scan-like (incompressible) payloads of a chosen size.
public enum SampleDocuments {
    /// A baseline JPEG (SOI, JFIF, DQT, SOF0, DHT, SOS, entropy data, EOI) of about `size`
    /// bytes, YCbCr (three components) or, with `grey`, one component. Entropy bytes are
    /// random with 0xFF stuffed, as a real scan's are.
    public static func jpeg(
        size: Int, width: Int = 2480, height: Int = 3508, grey: Bool = false, rng: inout SeededRandom
    ) -> [UInt8] {
        var b: [UInt8] = [0xFF, 0xD8]
        b += [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x01, 0x01, 0x2C, 0x01, 0x2C, 0x00, 0x00]
        b += [0xFF, 0xDB, 0x00, 0x43, 0x00] + (0..<64).map { UInt8(1 + $0 % 50) }
        let components: [[UInt8]] =
            grey ? [[0x01, 0x11, 0x00]] : [[0x01, 0x22, 0x00], [0x02, 0x11, 0x01], [0x03, 0x11, 0x01]]
        b += [0xFF, 0xC0, 0x00, UInt8(8 + 3 * components.count), 0x08]
        b += [UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), UInt8(components.count)]
        b += components.flatMap { $0 }
        b += [0xFF, 0xC4, 0x00, 0x1F, 0x00] + [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0] + (0..<12).map { UInt8($0) }
        b += [0xFF, 0xDA, 0x00, UInt8(6 + 2 * components.count), UInt8(components.count)]
        b += components.flatMap { [$0[0], $0[0] == 1 ? 0x00 : 0x11] } + [0x00, 0x3F, 0x00]
        let payload = max(0, size - b.count - 2)
        var data = rng.bytes(payload)
        for i in data.indices where data[i] == 0xFF { data[i] = 0xFE }
        b += data
        b += [0xFF, 0xD9]
        return b
    }

    /// A PDF 1.4 with one page whose image stream holds `size` bytes of scan-like data;
    /// header, xref table and trailer are real. Its paper is `mediaBox` (A4 by default), on
    /// the page or, `inherited`, on the page tree's root, as the page's inherited attribute;
    /// a `cropBox` goes with it. A `userUnit` is the page's own (the attribute is not inherited).
    public static func pdf(
        size: Int, title: String = "scan", mediaBox: String = "[0 0 595 842]", cropBox: String? = nil,
        inherited: Bool = false, userUnit: String? = nil, pages: Int = 1, rng: inout SeededRandom
    ) -> [UInt8] {
        var out: [UInt8] = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        func object(_ body: [UInt8]) {
            offsets.append(out.count)
            out += Array("\(offsets.count) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let payload = rng.bytes(max(0, size - 600))
        object(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        let box = "/MediaBox \(mediaBox)" + (cropBox.map { " /CropBox \($0)" } ?? "")
        // Pages after the first are objects 6, 7, …, each showing the same image.
        let kids = ([3] + (0..<max(0, pages - 1)).map { 6 + $0 }).map { "\($0) 0 R" }.joined(separator: " ")
        object(Array("<< /Type /Pages /Kids [\(kids)] /Count \(max(1, pages))\(inherited ? " " + box : "") >>".utf8))
        let page = Array(
            "<< /Type /Page /Parent 2 0 R\(inherited ? "" : " " + box)\(userUnit.map { " /UserUnit \($0)" } ?? "") /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>"
                .utf8)
        object(page)
        object(
            Array(
                "<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length \(payload.count) >>\nstream\n"
                    .utf8) + payload + Array("\nendstream".utf8))
        let content = Array("q 595 0 0 842 0 0 cm /Im1 Do Q % \(title)".utf8)
        object(Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8))
        for _ in 1..<max(1, pages) { object(page) }
        let xref = out.count
        out += Array("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets {
            let s = String(o)
            out += Array((String(repeating: "0", count: 10 - s.count) + s + " 00000 n \n").utf8)
        }
        out += Array("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// A PNG (signature, IHDR with its CRC, one IDAT, IEND), 8-bit RGB (or, with `grey`,
    /// 8-bit grey, colour type 0; with `palette`, 8-bit indices into a PLTE of 256 grey
    /// levels, with `grey`, or colours, colour type 3): its image data a
    /// real zlib stream of every row (filter type 0), the first `payload` bytes of pixels
    /// random and the rest black, so the file is about `payload` bytes whatever its size
    /// in pixels. Past 64 MiB of rows (a decompression bomb's header), the stream holds
    /// only `payload` random bytes: such images are refused for their size unread.
    public static func png(
        width: Int = 800, height: Int = 600, grey: Bool = false, palette: Bool = false, rng: inout SeededRandom,
        payload: Int = 4096
    ) -> [UInt8] {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let td = Array(type.utf8) + data
            return be32(UInt32(data.count)) + td + be32(Zlib.crc32(td))
        }
        let channels = grey || palette ? 1 : 3
        let ihdr = be32(UInt32(width)) + be32(UInt32(height)) + [8, palette ? 3 : grey ? 0 : 2, 0, 0, 0]
        let plte: [UInt8] = (0..<256).flatMap { (i: Int) -> [UInt8] in
            let v = UInt8(i)
            return grey ? [v, v, v] : [v, 255 - v, v / 2]
        }
        let rowLength = 1 + width * channels
        let raw: [UInt8]
        if Int64(rowLength) * Int64(height) <= 64 << 20 {
            var rows = [UInt8](repeating: 0, count: rowLength * height)
            let noise = rng.bytes(min(payload, width * channels * height))
            var n = 0
            for r in 0..<height where n < noise.count {
                let take = min(width * channels, noise.count - n)
                rows.replaceSubrange((r * rowLength + 1)..<(r * rowLength + 1 + take), with: noise[n..<(n + take)])
                n += take
            }
            raw = rows
        } else {
            raw = rng.bytes(payload)
        }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr)
            + (palette ? chunk("PLTE", plte) : []) + chunk("IDAT", Zlib.deflate(raw, zlibHeader: true)) + chunk("IEND", [])
    }

    /// A plain UTF-8 text file.
    public static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// A compound file (OLE2, as Word 97–2003 and Excel 97–2003 write: MS-CFB version 3,
    /// 512-byte sectors) holding one stream `name` of `payload` random bytes (at least the
    /// 4,096-byte mini-stream cutoff, so it lives in regular sectors): the header, one FAT
    /// sector, one directory sector, then the stream's sectors.
    public static func compoundFile(name: String = "Workbook", payload: Int = 8_192, rng: inout SeededRandom) -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func le32(_ v: UInt32) -> [UInt8] { le16(Int(v & 0xFFFF)) + le16(Int(v >> 16)) }
        let free: UInt32 = 0xFFFF_FFFF
        let endOfChain: UInt32 = 0xFFFF_FFFE
        let size = max(4_096, payload)
        let streamSectors = (size + 511) / 512
        var header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16)
        header += le16(0x3E) + le16(3) + le16(0xFFFE) + le16(9) + le16(6) + [UInt8](repeating: 0, count: 6)
        header += le32(0) + le32(1) + le32(1) + le32(0) + le32(4_096)  // directory, FAT sectors; directory at 1
        header += le32(endOfChain) + le32(0) + le32(endOfChain) + le32(0)  // no mini FAT, no DIFAT sectors
        header += le32(0) + (1..<109).flatMap { _ in le32(free) }  // the FAT is sector 0
        // FAT: sector 0 is the FAT, 1 the directory, then the stream's chain.
        var fat = le32(0xFFFF_FFFD) + le32(endOfChain)
        for k in 0..<streamSectors { fat += le32(k == streamSectors - 1 ? endOfChain : UInt32(3 + k)) }
        fat += [UInt8](repeating: 0xFF, count: 512 - fat.count)
        func entry(_ name: String, type: UInt8, child: UInt32, start: UInt32, size: Int) -> [UInt8] {
            let utf16 = name.isEmpty ? [] : Array(name.utf16) + [0]
            var e = utf16.flatMap { le16(Int($0)) }
            e += [UInt8](repeating: 0, count: 64 - e.count)
            e += le16(utf16.count * 2) + [type, 1] + le32(free) + le32(free) + le32(child)
            e += [UInt8](repeating: 0, count: 16 + 4 + 16)  // CLSID, state bits, times
            e += le32(start) + le32(UInt32(size)) + le32(0)
            return e
        }
        var directory = entry("Root Entry", type: 5, child: 1, start: endOfChain, size: 0)
        directory += entry(name, type: 2, child: free, start: 2, size: size)
        directory += entry("", type: 0, child: free, start: 0, size: 0) + entry("", type: 0, child: free, start: 0, size: 0)
        var stream = rng.bytes(size)
        stream += [UInt8](repeating: 0, count: streamSectors * 512 - size)
        return header + fat + directory + stream
    }

    static func be32(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }
}
