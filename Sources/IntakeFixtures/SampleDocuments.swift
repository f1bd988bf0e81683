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
    /// bytes. Entropy bytes are random with 0xFF stuffed, as a real scan's are.
    public static func jpeg(size: Int, width: Int = 2480, height: Int = 3508, rng: inout SeededRandom) -> [UInt8] {
        var b: [UInt8] = [0xFF, 0xD8]
        b += [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x01, 0x01, 0x2C, 0x01, 0x2C, 0x00, 0x00]
        b += [0xFF, 0xDB, 0x00, 0x43, 0x00] + (0..<64).map { UInt8(1 + $0 % 50) }
        b += [
            0xFF, 0xC0, 0x00, 0x11, 0x08, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 0x03,
            0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        ]
        b += [0xFF, 0xC4, 0x00, 0x1F, 0x00] + [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0] + (0..<12).map { UInt8($0) }
        b += [0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3F, 0x00]
        let payload = max(0, size - b.count - 2)
        var data = rng.bytes(payload)
        for i in data.indices where data[i] == 0xFF { data[i] = 0xFE }
        b += data
        b += [0xFF, 0xD9]
        return b
    }

    /// A PDF 1.4 with one page whose image stream holds `size` bytes of scan-like data;
    /// header, xref table and trailer are real.
    public static func pdf(size: Int, title: String = "scan", rng: inout SeededRandom) -> [UInt8] {
        var out: [UInt8] = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        func object(_ body: [UInt8]) {
            offsets.append(out.count)
            out += Array("\(offsets.count) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let payload = rng.bytes(max(0, size - 600))
        object(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        object(Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8))
        object(
            Array(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>"
                    .utf8))
        object(
            Array(
                "<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length \(payload.count) >>\nstream\n"
                    .utf8) + payload + Array("\nendstream".utf8))
        let content = Array("q 595 0 0 842 0 0 cm /Im1 Do Q % \(title)".utf8)
        object(Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8))
        let xref = out.count
        out += Array("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets {
            let s = String(o)
            out += Array((String(repeating: "0", count: 10 - s.count) + s + " 00000 n \n").utf8)
        }
        out += Array("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// A PNG (signature, IHDR with its CRC, one IDAT, IEND), 8-bit RGB: its image data a
    /// real zlib stream of every row (filter type 0), the first `payload` bytes of pixels
    /// random and the rest black, so the file is about `payload` bytes whatever its size
    /// in pixels. Past 64 MiB of rows (a decompression bomb's header), the stream holds
    /// only `payload` random bytes: such images are refused for their size unread.
    public static func png(width: Int = 800, height: Int = 600, rng: inout SeededRandom, payload: Int = 4096) -> [UInt8] {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let td = Array(type.utf8) + data
            return be32(UInt32(data.count)) + td + be32(Zlib.crc32(td))
        }
        let ihdr = be32(UInt32(width)) + be32(UInt32(height)) + [8, 2, 0, 0, 0]
        let rowLength = 1 + width * 3
        let raw: [UInt8]
        if Int64(rowLength) * Int64(height) <= 64 << 20 {
            var rows = [UInt8](repeating: 0, count: rowLength * height)
            let noise = rng.bytes(min(payload, width * 3 * height))
            var n = 0
            for r in 0..<height where n < noise.count {
                let take = min(width * 3, noise.count - n)
                rows.replaceSubrange((r * rowLength + 1)..<(r * rowLength + 1 + take), with: noise[n..<(n + take)])
                n += take
            }
            raw = rows
        } else {
            raw = rng.bytes(payload)
        }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr)
            + chunk("IDAT", Zlib.deflate(raw, zlibHeader: true)) + chunk("IEND", [])
    }

    /// A plain UTF-8 text file.
    public static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    static func be32(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }
}
