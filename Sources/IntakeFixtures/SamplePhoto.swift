import CIntakeJPEG
import CIntakePNG

/// A real JPEG (libjpeg) or PNG (libpng) of an ID photo (证件照): a head and shoulders on a
/// background of one colour, with a little noise as a camera gives. For the checks that
/// decode a photo's pixels (白底, 蓝底, 彩照).
public enum SamplePhoto {
    public typealias RGB = (r: UInt8, g: UInt8, b: UInt8)
    public static let white: RGB = (246, 246, 244)
    /// The 蓝底 of Chinese ID photos.
    public static let blue: RGB = (67, 142, 219)
    public static let red: RGB = (230, 20, 30)

    /// `width` × `height` RGB pixels (rows top first) of a head and shoulders on
    /// `background`; `greyPixels`: every pixel turned to its grey level.
    public static func pixels(
        width: Int = 360, height: Int = 480, background: RGB = white, greyPixels: Bool = false, rng: inout SeededRandom
    ) -> [UInt8] {
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        let (cx, cy) = (Double(width) / 2, Double(height) * 0.42)
        let (rx, ry) = (Double(width) * 0.22, Double(height) * 0.2)
        for y in 0..<height {
            for x in 0..<width {
                var p: (Int, Int, Int) = (Int(background.r), Int(background.g), Int(background.b))
                let dx = (Double(x) - cx) / rx
                let dy = (Double(y) - cy) / ry
                if dx * dx + dy * dy <= 1 {
                    p = (224, 172, 140)  // the face
                } else if Double(y) > Double(height) * 0.68 && abs(Double(x) - cx) < Double(width) * 0.4 {
                    p = (38, 42, 64)  // the jacket
                }
                let noise = Int(rng.next() % 9) - 4
                p = (p.0 + noise, p.1 + noise, p.2 + noise)
                if greyPixels {
                    let l = (299 * p.0 + 587 * p.1 + 114 * p.2) / 1000
                    p = (l, l, l)
                }
                let i = (y * width + x) * 3
                rgb[i] = UInt8(clamping: p.0)
                rgb[i + 1] = UInt8(clamping: p.1)
                rgb[i + 2] = UInt8(clamping: p.2)
            }
        }
        return rgb
    }

    /// `width` × `height` pixels on `background` (``pixels(width:height:background:greyPixels:rng:)``). `greyPixels`: every pixel turned to its
    /// grey level, still stored as three components (a black-and-white photo saved as
    /// colour); `greyFile`: stored as one grey channel; `progressive`: a progressive JPEG (all
    /// its coefficients held while decoding). `padTo`: JPEG comment segments
    /// (COM) added after SOI until the file has at least that many bytes.
    public static func jpeg(
        width: Int = 360, height: Int = 480, background: RGB = white, greyPixels: Bool = false, greyFile: Bool = false,
        quality: Int = 90, progressive: Bool = false, padTo: Int? = nil, rng: inout SeededRandom
    ) -> [UInt8] {
        let rgb = pixels(width: width, height: height, background: background, greyPixels: greyPixels, rng: &rng)
        var out: UnsafeMutablePointer<UInt8>?
        var size = 0
        var error = [CChar](repeating: 0, count: 200)
        let status = intake_jpeg_encode(
            rgb, Int32(width), Int32(height), Int32(quality), greyFile ? 1 : 0, progressive ? 1 : 0, &out, &size, &error)
        precondition(status == 0, "libjpeg: \(String(cString: error))")
        defer { intake_jpeg_free_bytes(out) }
        var bytes = Array(UnsafeBufferPointer(start: out, count: size))
        if let padTo, bytes.count < padTo {
            var comments: [UInt8] = []
            var missing = padTo - bytes.count
            while missing > 0 {
                let body = min(max(missing - 4, 1), 65_533)
                comments += [0xFF, 0xFE, UInt8((body + 2) >> 8), UInt8((body + 2) & 0xFF)]
                comments += [UInt8](repeating: 0x20, count: body)
                missing -= body + 4
            }
            bytes.insert(contentsOf: comments, at: 2)
        }
        return bytes
    }

    /// The same photo as a PNG encoded by libpng: RGB; one grey channel with `greyFile`;
    /// RGBA with `transparentBackground` (the background's pixels fully transparent, as a
    /// cut-out photo is saved).
    public static func png(
        width: Int = 360, height: Int = 480, background: RGB = white, greyPixels: Bool = false, greyFile: Bool = false,
        transparentBackground: Bool = false, rng: inout SeededRandom
    ) -> [UInt8] {
        let rgb = pixels(width: width, height: height, background: background, greyPixels: greyPixels, rng: &rng)
        var data: [UInt8]
        let channels: Int
        if greyFile {
            channels = 1
            data = stride(from: 0, to: rgb.count, by: 3).map { (i: Int) -> UInt8 in
                let (r, g, b) = (Int(rgb[i]), Int(rgb[i + 1]), Int(rgb[i + 2]))
                return UInt8((299 * r + 587 * g + 114 * b) / 1000)
            }
        } else if transparentBackground {
            channels = 4
            data = []
            data.reserveCapacity(width * height * 4)
            for i in stride(from: 0, to: rgb.count, by: 3) {
                let dr = abs(Int(rgb[i]) - Int(background.r))
                let dg = abs(Int(rgb[i + 1]) - Int(background.g))
                let db = abs(Int(rgb[i + 2]) - Int(background.b))
                let onBackground = max(dr, dg, db) <= 4
                data += [rgb[i], rgb[i + 1], rgb[i + 2], onBackground ? 0 : 255]
            }
        } else {
            channels = 3
            data = rgb
        }
        var out: UnsafeMutablePointer<UInt8>?
        var size = 0
        var error = [CChar](repeating: 0, count: 200)
        let status = intake_png_encode(data, Int32(width), Int32(height), Int32(channels), &out, &size, &error)
        precondition(status == 0, "libpng: \(String(cString: error))")
        defer { intake_png_free_bytes(out) }
        return Array(UnsafeBufferPointer(start: out, count: size))
    }
}
