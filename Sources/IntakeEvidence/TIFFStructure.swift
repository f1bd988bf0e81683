/// Checks a TIFF's structure the way a decoder does when it opens the file (TIFF 结构):
/// classic TIFF (magic 42, 4-byte offsets) and BigTIFF (magic 43, 8-byte offsets). Every
/// image file directory (IFD) in the chain is walked, with a loop guard and a cap on their
/// number; in each, every entry's type and count, the data of the tags an image needs
/// within the file, ImageWidth and ImageLength nonzero, strips or tiles present with as
/// many byte counts as offsets, each strip or tile within the file and enough of them for
/// the image, plausible BitsPerSample and SamplesPerPixel. The pixel data is not decoded.
package enum TIFFStructure {
    /// IFDs (pages) walked at most; a longer chain is refused as abuse.
    static let maxIFDs = 4_096

    /// The check, over the whole file's bytes (in memory or mapped from a spool file).
    package static func check(_ bytes: UnsafeRawBufferPointer, maxPixels: Int64) -> ImageStructure {
        var reader = Reader(bytes: bytes)
        guard bytes.count >= 8 else { return ImageStructure(defect: "TIFF 文件头不完整 (truncated header)") }
        switch (bytes[0], bytes[1]) {
        case (0x49, 0x49): reader.little = true
        case (0x4D, 0x4D): reader.little = false
        default: return ImageStructure(defect: "TIFF 文件头损坏 (byte order)")
        }
        let magic = reader.uint(2, 2)
        var next: UInt64
        if magic == 42 {
            next = reader.uint(4, 4)!
        } else if magic == 43 {
            guard bytes.count >= 16, reader.uint(4, 2) == 8, reader.uint(6, 2) == 0 else {
                return ImageStructure(defect: "BigTIFF 文件头损坏 (offset size)")
            }
            reader.big = true
            next = reader.uint(8, 8)!
        } else {
            return ImageStructure(defect: "TIFF 文件头损坏 (magic \(magic.map(String.init) ?? "?"))")
        }
        guard next != 0 else { return ImageStructure(defect: "TIFF 没有图像目录 (no IFD)") }
        var seen: Set<UInt64> = []
        var first: PixelSize?
        var greyscale: Bool?
        var pages = 0
        while next != 0 {
            guard seen.insert(next).inserted else {
                return ImageStructure(defect: "TIFF 图像目录循环 (IFD chain loops at \(next))", pixels: first)
            }
            pages += 1
            guard pages <= maxIFDs else {
                return ImageStructure(defect: "TIFF 图像目录过多 (more than \(maxIFDs) IFDs)", pixels: first)
            }
            switch reader.directory(at: next) {
            case .failure(let why):
                return ImageStructure(defect: "TIFF 结构损坏 (IFD \(pages) at \(next): \(why.text))", pixels: first)
            case .success(let ifd):
                if first == nil {
                    // The palette is read for the first image only, the one whose colour is judged
                    // (up to 2^16 entries; not again for each of thousands of directories).
                    first = ifd.pixels
                    greyscale = ifd.greyscale ?? ifd.colourMap.flatMap { reader.greyMap($0) ? true : nil }
                }
                if Int64(ifd.pixels.width) * Int64(ifd.pixels.height) > maxPixels {
                    return ImageStructure(overPixelLimit: true, pixels: ifd.pixels)
                }
                next = ifd.next
            }
        }
        return ImageStructure(pixels: first, greyscale: greyscale, pages: pages)
    }

    struct Why: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    struct Directory {
        var pixels: PixelSize
        var greyscale: Bool?
        /// A palette image's ColorMap (where, how many SHORTs), for its greyness.
        var colourMap: (at: UInt64, count: UInt64)?
        var next: UInt64
    }

    /// Bytes per value of TIFF field types 1–13 and BigTIFF's 16–18; 0 for unknown types
    /// (decoders skip such entries).
    static func typeSize(_ type: UInt64) -> UInt64 {
        switch type {
        case 1, 2, 6, 7: 1
        case 3, 8: 2
        case 4, 9, 11, 13: 4
        case 5, 10, 12, 16, 17, 18: 8
        default: 0
        }
    }

    /// ⌈a / b⌉ for b > 0, without overflow.
    static func ceil(_ a: UInt64, _ b: UInt64) -> UInt64 { a / b + (a % b == 0 ? 0 : 1) }

    /// a × b, saturating at UInt64.max.
    static func times(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (p, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : p
    }

    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var little = true
        var big = false

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        /// An unsigned integer of `size` bytes at `at`, nil when outside the file.
        func uint(_ at: UInt64, _ size: Int) -> UInt64? {
            guard at <= UInt64(bytes.count), UInt64(bytes.count) - at >= UInt64(size) else { return nil }
            var v: UInt64 = 0
            for k in 0..<size {
                let b = UInt64(bytes[Int(at) + (little ? size - 1 - k : k)])
                v = v << 8 | b
            }
            return v
        }

        /// Whether a ColorMap of `count` SHORTs at `at` (in the file) gives grey entries only:
        /// red = green = blue for each of its count / 3 entries (at most 2^16 of them, as 16
        /// bits a sample allow).
        func greyMap(_ map: (at: UInt64, count: UInt64)) -> Bool {
            let n = map.count / 3
            guard n >= 1, n <= 1 << 16, map.count % 3 == 0 else { return false }
            for i in 0..<n {
                guard let red = uint(map.at + 2 * i, 2), red == uint(map.at + 2 * (n + i), 2),
                    red == uint(map.at + 2 * (2 * n + i), 2)
                else { return false }
            }
            return true
        }

        /// One IFD's entries, checked.
        func directory(at offset: UInt64) -> Result<Directory, Why> {
            let countSize = big ? 8 : 2
            let entrySize: UInt64 = big ? 20 : 12
            let inline: UInt64 = big ? 8 : 4
            guard let count = uint(offset, countSize) else { return .failure(Why("offset outside the file")) }
            guard count > 0, count <= 65_535 else { return .failure(Why("\(count) entries")) }
            let start = offset + UInt64(countSize)
            guard let next = uint(start + count * entrySize, big ? 8 : 4) else {
                return .failure(Why("entries run past the end of the file"))
            }
            var values: [UInt64: [UInt64]] = [:]
            /// Tags whose values the image needs: read them all.
            let wanted: Set<UInt64> = [256, 257, 258, 259, 273, 277, 278, 279, 284, 322, 323, 324, 325]
            var tags: Set<UInt64> = []
            // PhotometricInterpretation, read for what it says of colour only: a decoder's
            // check of it is not ours to add (a file it would not open is not made corrupt here).
            var photometric: UInt64?
            // ColorMap (SHORT values: every red, then every green, then every blue), read as
            // leniently, for a palette's greyness.
            var colourMap: (at: UInt64, count: UInt64)?
            for n in 0..<count {
                let at = start + n * entrySize
                let tag = uint(at, 2)!
                let type = uint(at + 2, 2)!
                let number = uint(at + 4, big ? 8 : 4)!
                // Two values for one tag (say BitsPerSample 1 and 2) leave a decoder to pick
                // one: the shape of several of Pillow's crash files.
                // (Other tags given twice, Software say, are harmless: decoders keep one.)
                guard tags.insert(tag).inserted || !wanted.contains(tag) else {
                    return .failure(Why("tag \(tag) appears twice"))
                }
                let size = TIFFStructure.typeSize(type)
                if size == 0 {
                    if wanted.contains(tag) { return .failure(Why("tag \(tag) has unknown type \(type)")) }
                    continue
                }
                let (total, overflow) = size.multipliedReportingOverflow(by: number)
                guard !overflow else { return .failure(Why("tag \(tag) count \(number) overflows")) }
                let dataAt = total <= inline ? at + 4 + UInt64(big ? 8 : 4) : uint(at + 4 + UInt64(big ? 8 : 4), big ? 8 : 4)!
                let inFile = dataAt <= UInt64(bytes.count) && UInt64(bytes.count) - dataAt >= total
                if tag == 262, type == 3, number >= 1, inFile, photometric == nil { photometric = uint(dataAt, 2) }
                if tag == 320, type == 3, inFile, colourMap == nil { colourMap = (dataAt, number) }
                guard wanted.contains(tag) else { continue }
                guard inFile else { return .failure(Why("tag \(tag) data outside the file")) }
                guard number >= 1 else { return .failure(Why("tag \(tag) has no value")) }
                guard [3, 4, 16].contains(type) || (tag == 258 && type == 1) else {
                    return .failure(Why("tag \(tag) has type \(type)"))
                }
                guard number <= 1 << 20 else { return .failure(Why("tag \(tag) has \(number) values")) }
                var list: [UInt64] = []
                list.reserveCapacity(Int(number))
                for k in 0..<number { list.append(uint(dataAt + k * size, Int(size))!) }
                values[tag] = list
            }
            guard let width = values[256]?.first, let height = values[257]?.first else {
                return .failure(Why("no ImageWidth or ImageLength"))
            }
            guard width > 0, height > 0, width <= UInt64(Int32.max), height <= UInt64(Int32.max) else {
                return .failure(Why("image size \(width)*\(height)"))
            }
            let samples = values[277]?.first ?? 1
            guard (1...16).contains(samples) else { return .failure(Why("SamplesPerPixel \(samples)")) }
            let bits = values[258] ?? [1]
            guard bits.count == 1 || UInt64(bits.count) >= samples, bits.allSatisfy({ (1...64).contains($0) }) else {
                return .failure(Why("BitsPerSample \(bits.prefix(8))"))
            }
            if let compression = values[259]?.first, (2...4).contains(compression),
                samples != 1 || bits.contains(where: { $0 != 1 })
            {
                return .failure(Why("CCITT compression \(compression) needs 1 bit and 1 sample per pixel"))
            }
            let planes = values[284]?.first == 2 ? samples : 1
            let pieces: UInt64
            let offsets: [UInt64]
            let counts: [UInt64]
            if let o = values[324], values[273] == nil {
                guard let c = values[325], let tw = values[322]?.first, let tl = values[323]?.first,
                    tw > 0, tl > 0
                else { return .failure(Why("tiles without TileByteCounts, TileWidth or TileLength")) }
                (offsets, counts) = (o, c)
                pieces = TIFFStructure.times(
                    TIFFStructure.times(TIFFStructure.ceil(width, tw), TIFFStructure.ceil(height, tl)), planes)
            } else {
                guard let o = values[273] else { return .failure(Why("no StripOffsets or TileOffsets")) }
                guard let c = values[279] else { return .failure(Why("no StripByteCounts")) }
                (offsets, counts) = (o, c)
                let rows = min(values[278]?.first ?? height, height)
                guard rows > 0 else { return .failure(Why("RowsPerStrip 0")) }
                pieces = TIFFStructure.times(TIFFStructure.ceil(height, rows), planes)
            }
            guard offsets.count == counts.count else {
                return .failure(Why("\(offsets.count) offsets but \(counts.count) byte counts"))
            }
            guard UInt64(offsets.count) >= pieces else {
                return .failure(Why("\(offsets.count) strips or tiles, the image needs \(pieces)"))
            }
            for (o, c) in zip(offsets, counts) {
                guard o <= UInt64(bytes.count), UInt64(bytes.count) - o >= c else {
                    return .failure(Why("strip or tile at \(o) (+\(c)) outside the file"))
                }
            }
            // 0 WhiteIsZero and 1 BlackIsZero are grey (or bilevel); 2 RGB, 5 CMYK, 6 YCbCr and
            // 8–10 (CIE L*a*b*) colour; 3 (a palette) is grey when every entry of its ColorMap
            // is (every pixel is one of them: `greyMap`), else it and others may be either.
            let greyscale: Bool? =
                switch photometric {
                case 0?, 1?: samples <= 2 ? true : nil  // with an alpha channel: 2
                case 2?, 5?, 6?, 8?, 9?, 10?: false
                default: nil
                }
            return .success(
                Directory(
                    pixels: PixelSize(width: Int(width), height: Int(height)), greyscale: greyscale,
                    colourMap: photometric == 3 && samples == 1 ? colourMap : nil, next: next))
        }
    }
}
