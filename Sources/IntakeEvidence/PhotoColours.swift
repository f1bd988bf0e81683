import CIntakeJPEG
package import IntakeModel

/// What a photo's pixels show of what the guides ask of it (白底, 蓝底, 彩照), read from a
/// JPEG decoded small (libjpeg's DCT scaling, at most 1/8 of each side, so a 3,000-pixel
/// photo costs a 375-pixel image). The background is the colour of the band along the
/// top and of the sides' upper half, where an ID photo has nothing but its background;
/// a colour photo stored as grey is one whose pixels are all neutral.
package struct PhotoColours: Sendable, Equatable {
    package var background: PhotoBackground
    /// Every pixel (but 1 %) neutral: a grey photo, whatever its file stores.
    package var neutral: Bool
    /// What was measured, for the report's detail.
    package var measured: String

    /// The long side the image is decoded to at least (when the file has it).
    static let minimumLongSide: Int32 = 96
    /// A decoded image of more pixels is not looked at (a JPEG of 65,535 pixels a side
    /// is 8,192 a side at 1/8).
    static let maximumPixels = 4_000_000
    /// libjpeg's memory for one decoding (a progressive JPEG keeps every coefficient: 48
    /// megapixels in 4:2:0 need about 144 MB; larger ones are left to the clerk).
    static let maximumMemory = 160 << 20
    /// The share of the band's pixels one colour needs to be the background.
    static let backgroundShare = 0.6
    /// A pixel whose channels differ by at most this much is neutral (JPEG's chroma noise
    /// on a grey picture stays well under it; skin and clothes are far over it).
    static let neutralSpread = 16

    /// The colours of a JPEG file's pixels, or why they cannot be read.
    package static func read(
        jpeg bytes: UnsafeRawBufferPointer, maxMemory: Int = maximumMemory
    ) -> Result<PhotoColours, PhotoColoursError> {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else {
            return .failure(PhotoColoursError(reason: "empty"))
        }
        var image = intake_jpeg_image()
        guard intake_jpeg_decode_small(base, bytes.count, minimumLongSide, maximumPixels, maxMemory, &image) == 0 else {
            let reason = withUnsafeBytes(of: &image.error) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            return .failure(PhotoColoursError(reason: reason))
        }
        defer { intake_jpeg_free(&image) }
        let count = Int(image.width) * Int(image.height) * 3
        return .success(
            measure(rgb: UnsafeBufferPointer(start: image.rgb, count: count), width: Int(image.width), height: Int(image.height)))
    }

    /// The colours of `width` × `height` RGB pixels (3 bytes each, rows top first).
    package static func measure(rgb: UnsafeBufferPointer<UInt8>, width: Int, height: Int) -> PhotoColours {
        precondition(rgb.count >= width * height * 3)
        let top = max(1, height / 10)
        let side = max(1, width / 10)
        var band = [PhotoBackground: Int]()
        var bandCount = 0
        var sum = (0, 0, 0)
        var neutral = 0
        for y in 0..<height {
            for x in 0..<width {
                let i = (y * width + x) * 3
                let (r, g, b) = (Int(rgb[i]), Int(rgb[i + 1]), Int(rgb[i + 2]))
                if max(r, g, b) - min(r, g, b) <= neutralSpread { neutral += 1 }
                guard y < top || (y < height / 2 && (x < side || x >= width - side)) else { continue }
                band[classify(r, g, b), default: 0] += 1
                bandCount += 1
                sum = (sum.0 + r, sum.1 + g, sum.2 + b)
            }
        }
        let (colour, share) =
            band.max { $0.value < $1.value }.map { ($0.key, Double($0.value) / Double(bandCount)) } ?? (.other, 0)
        let background = colour != .other && share >= backgroundShare ? colour : .other
        let n = max(bandCount, 1)
        let percent = Int((share * 100).rounded())
        let measured =
            "border band \(percent) % \(colour.rawValue), mean RGB (\(sum.0 / n), \(sum.1 / n), \(sum.2 / n)); "
            + "\(Int((Double(neutral) * 100 / Double(max(width * height, 1))).rounded())) % neutral pixels; decoded at \(width)x\(height)"
        return PhotoColours(
            background: background, neutral: Double(neutral) >= 0.99 * Double(width * height), measured: measured)
    }

    /// One pixel's colour class: bright and neutral is white; blue or red when that
    /// channel clearly leads (an ID photo's 蓝底 is about (67, 142, 219), its 红底 (255, 0, 0)).
    static func classify(_ r: Int, _ g: Int, _ b: Int) -> PhotoBackground {
        if min(r, g, b) >= 170 && max(r, g, b) - min(r, g, b) <= 45 { return .white }
        if b >= 110 && b - r >= 50 && b >= g { return .blue }
        if r >= 140 && r - g >= 60 && r - b >= 60 { return .red }
        return .other
    }
}

package struct PhotoColoursError: Error, Sendable, Equatable {
    package var reason: String
}
