extension SampleDocuments {
    /// An uncompressed 8-bit greyscale TIFF (little-endian): classic (magic 42) or, with
    /// `big`, BigTIFF (magic 43, 8-byte offsets, LONG8 strip arrays); `pages` image file
    /// directories chained, each with its strips of `rowsPerStrip` rows (one strip when
    /// nil). Real bytes any TIFF reader opens: width, length, bits, compression,
    /// photometric, strip offsets, samples, rows per strip and strip byte counts. With a
    /// `colourMap` (256 reds, 256 greens, 256 blues), a palette image: photometric 3 and
    /// that ColorMap.
    public static func tiff(
        width: Int = 64, height: Int = 48, big: Bool = false, rowsPerStrip: Int? = nil, pages: Int = 1,
        colourMap: [Int]? = nil, rng: inout SeededRandom
    ) -> [UInt8] {
        let word = big ? 8 : 4
        var out: [UInt8] = big ? [0x49, 0x49, 0x2B, 0x00, 8, 0, 0, 0] : [0x49, 0x49, 0x2A, 0x00]
        var link = out.count  // where the next IFD's offset goes
        out += [UInt8](repeating: 0, count: word)
        let rows = max(1, min(rowsPerStrip ?? height, height))
        let strips = (height + rows - 1) / rows
        func put(_ value: Int, _ size: Int, at: Int) {
            for k in 0..<size { out[at + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
        }
        func le(_ value: Int, _ size: Int) -> [UInt8] {
            (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        }
        for _ in 0..<pages {
            var offsets: [Int] = []
            var counts: [Int] = []
            for s in 0..<strips {
                let n = min(rows, height - s * rows) * width
                offsets.append(out.count)
                counts.append(n)
                out += rng.bytes(n)
            }
            if out.count % 2 == 1 { out.append(0) }
            // Strip arrays that do not fit in an entry go before the IFD.
            let arrayType = big ? 16 : 4  // LONG8 or LONG
            var offsetsValue = offsets[0]
            var countsValue = counts[0]
            if strips * word > word {
                offsetsValue = out.count
                for o in offsets { out += le(o, word) }
                countsValue = out.count
                for c in counts { out += le(c, word) }
            }
            var entries: [(tag: Int, type: Int, count: Int, value: Int)] = [
                (256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1),
                (262, 3, 1, colourMap == nil ? 1 : 3), (273, arrayType, strips, offsetsValue), (277, 3, 1, 1),
                (278, 4, 1, rows), (279, arrayType, strips, countsValue),
            ]
            if let colourMap {
                entries.append((320, 3, colourMap.count, out.count))
                for v in colourMap { out += le(v, 2) }
            }
            let ifd = out.count
            put(ifd, word, at: link)
            out += le(entries.count, big ? 8 : 2)
            for e in entries {
                out += le(e.tag, 2) + le(e.type, 2) + le(e.count, word) + le(e.value, word)
            }
            link = out.count
            out += [UInt8](repeating: 0, count: word)
        }
        return out
    }
}
