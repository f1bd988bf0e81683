import CIntakeJPEG
import CIntakePNG
package import IntakeModel

/// What a photo's pixels show of what the guides ask of it (白底, 蓝底, 彩照), read from a
/// JPEG decoded small (libjpeg's DCT scaling, at most 1/8 of each side, so a 3,000-pixel
/// photo costs a 375-pixel image) or a PNG decoded whole (libpng). The background is the colour of the band along the
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
    /// One decoding's time (a 48-megapixel progressive file of 500 scans takes about 6 s;
    /// an ID photo, milliseconds): past it the photo is left to the clerk.
    static let maximumSeconds = 2.0
    /// The photos of one bundle decoded at most (the rest are left to the clerk): with the
    /// time of each, a bundle's decoding stays within about half a minute.
    package static let maximumPerBundle = 16
    /// The share of the band's pixels one colour needs to be the background.
    static let backgroundShare = 0.6
    /// The share a band needs to be dark grey or another colour: a wrong 底色 that returns the
    /// application, so a clearer majority than for the colour asked.
    static let otherBackgroundShare = 0.8
    /// A pixel whose channels differ by at most this much is neutral (JPEG's chroma noise
    /// on a grey picture stays well under it; skin and clothes are far over it).
    static let neutralSpread = 16

    /// The colours of a JPEG file's pixels, or why they cannot be read.
    /// `orientation`: the file's EXIF orientation (1–8): the band is read as the photo is shown.
    package static func read(
        jpeg bytes: UnsafeRawBufferPointer, orientation: Int = 1, maxMemory: Int = maximumMemory,
        maxSeconds: Double = maximumSeconds
    ) -> Result<PhotoColours, PhotoColoursError> {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else {
            return .failure(PhotoColoursError(reason: "empty"))
        }
        var image = intake_jpeg_image()
        let status = intake_jpeg_decode_small(
            base, bytes.count, minimumLongSide, maximumPixels, maxMemory, maxSeconds, &image)
        guard status == 0 else {
            let reason = withUnsafeBytes(of: &image.error) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            return .failure(PhotoColoursError(reason: reason, damaged: status == -2))
        }
        defer { intake_jpeg_free(&image) }
        let count = Int(image.width) * Int(image.height) * 3
        return .success(
            measure(
                rgb: UnsafeBufferPointer(start: image.rgb, count: count), width: Int(image.width), height: Int(image.height),
                orientation: orientation))
    }

    /// The types whose pixels are decoded for their colours.
    package static let decodedTypes: Set<String> = ["image/jpeg", "image/png"]

    /// A PNG decoded whole has at most this many pixels (16 MP of RGBA: 64 MB while it is
    /// measured); a larger one is left to the clerk. PNG has no scaled decoding.
    static let maximumPNGPixels = 16_000_000

    /// The colours of a PNG file's pixels, or why they cannot be read. A photo with
    /// transparent pixels is not judged: its 底色 is whatever it is shown on (a viewer's
    /// white, a form's grey), so the clerk looks.
    package static func read(png bytes: UnsafeRawBufferPointer, maxPixels: Int = maximumPNGPixels) -> Result<
        PhotoColours, PhotoColoursError
    > {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else {
            return .failure(PhotoColoursError(reason: "empty"))
        }
        var image = intake_png_image()
        guard intake_png_decode(base, bytes.count, maxPixels, &image) == 0 else {
            let reason = withUnsafeBytes(of: &image.error) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            return .failure(PhotoColoursError(reason: "libpng: \(reason)"))
        }
        defer { intake_png_free(&image) }
        guard image.opaque != 0 else {
            return .failure(PhotoColoursError(reason: "transparent pixels: its background is what it is shown on"))
        }
        let count = Int(image.width) * Int(image.height) * 4
        return .success(
            measure(
                rgb: UnsafeBufferPointer(start: image.rgba, count: count), width: Int(image.width),
                height: Int(image.height), channels: 4))
    }

    /// The colours of `width` × `height` pixels (`channels` bytes each, red, green and blue
    /// first: 3 for RGB, 4 for RGBA; rows top first).
    /// `orientation`: the EXIF orientation (1–8) of the stored pixels; the band is taken
    /// as the photo is shown (a photo stored upside down has its background at the bottom).
    package static func measure(
        rgb: UnsafeBufferPointer<UInt8>, width: Int, height: Int, orientation: Int = 1, channels: Int = 3
    ) -> PhotoColours {
        precondition(channels >= 3 && rgb.count >= width * height * channels)
        let turned = (5...8).contains(orientation)
        // The shown size, and the stored pixel at a shown place (EXIF 2.32, tag 0x0112).
        let (shownWidth, shownHeight) = turned ? (height, width) : (width, height)
        func stored(_ x: Int, _ y: Int) -> Int {
            let (sx, sy): (Int, Int)
            switch orientation {
            case 2: (sx, sy) = (width - 1 - x, y)
            case 3: (sx, sy) = (width - 1 - x, height - 1 - y)
            case 4: (sx, sy) = (x, height - 1 - y)
            case 5: (sx, sy) = (y, x)
            case 6: (sx, sy) = (y, height - 1 - x)
            case 7: (sx, sy) = (width - 1 - y, height - 1 - x)
            case 8: (sx, sy) = (width - 1 - y, x)
            default: (sx, sy) = (x, y)
            }
            return (sy * width + sx) * channels
        }
        let top = max(1, shownHeight / 10)
        let side = max(1, shownWidth / 10)
        var band = [PhotoBackground: Int]()
        var bandCount = 0
        var sum = (0, 0, 0)
        var neutral = 0
        for y in 0..<shownHeight {
            for x in 0..<shownWidth {
                let i = stored(x, y)
                let (r, g, b) = (Int(rgb[i]), Int(rgb[i + 1]), Int(rgb[i + 2]))
                if max(r, g, b) - min(r, g, b) <= neutralSpread { neutral += 1 }
                guard y < top || (y < shownHeight / 2 && (x < side || x >= shownWidth - side)) else { continue }
                band[classify(r, g, b), default: 0] += 1
                bandCount += 1
                sum = (sum.0 + r, sum.1 + g, sum.2 + b)
            }
        }
        // The commonest class, ties broken in a fixed order (a report is the same every run).
        let colour = PhotoBackground.allCases.max { band[$0, default: 0] < band[$1, default: 0] } ?? .other
        let share = bandCount == 0 ? 0 : Double(band[colour, default: 0]) / Double(bandCount)
        // The two a guide never asks for need more of the band (hair or a dark collar reaching
        // into it is not a grey background).
        let needed = colour == .grey || colour == .colour ? otherBackgroundShare : backgroundShare
        let background = colour != .other && share >= needed ? colour : .other
        let n = max(bandCount, 1)
        let percent = Int((share * 100).rounded())
        let measured =
            "border band \(percent) % \(colour.rawValue), mean RGB (\(sum.0 / n), \(sum.1 / n), \(sum.2 / n)); "
            + "\(Int((Double(neutral) * 100 / Double(max(width * height, 1))).rounded())) % neutral pixels; decoded at \(width)x\(height)"
            + (orientation == 1 ? "" : ", EXIF orientation \(orientation)")
        return PhotoColours(
            background: background, neutral: Double(neutral) >= 0.99 * Double(width * height), measured: measured)
    }

    /// One pixel's colour class: bright and neutral is white; blue or red when that
    /// channel clearly leads (an ID photo's 蓝底 is about (67, 142, 219), its 红底 (255, 0, 0));
    /// dark and neutral is grey (a dark grey wall, a black cloth); any other clearly saturated
    /// pixel (yellow, green) is another colour. What lies between (a mid grey or a dim white
    /// wall, a warm or pale tint under tungsten light) is no class: a band of it is not judged
    /// (round 28: dark grey, yellow and green 底色 went to the clerk as "no one colour", a pale
    /// blue of (200, 215, 240) passed as white).
    static func classify(_ r: Int, _ g: Int, _ b: Int) -> PhotoBackground {
        let low = min(r, g, b)
        let high = max(r, g, b)
        let spread = high - low
        if low >= 170 && spread <= 35 { return .white }
        if b >= 110 && b - r >= 50 && b >= g { return .blue }
        if r >= 140 && r - g >= 60 && r - b >= 60 { return .red }
        if high < 90 && spread <= 30 { return .grey }
        if spread >= 60 && (low < 150 || spread >= 100) { return .colour }
        return .other
    }
}

package struct PhotoColoursError: Error, Sendable, Equatable {
    package var reason: String
    /// The file's image data is damaged (a JPEG's rows or blocks missing or garbled): the
    /// file is corrupt, not merely unjudged.
    package var damaged = false
}
