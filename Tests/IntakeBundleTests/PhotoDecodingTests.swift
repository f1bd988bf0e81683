import IntakeEvidence
import IntakeFixtures
import IntakeModel
import Testing

/// The decoder behind the photo checks (PhotoColours, libjpeg): what it measures, and
/// that hostile JPEGs fail cleanly, within bounds.
@Suite struct PhotoDecodingTests {
    func read(_ bytes: [UInt8]) -> Result<PhotoColours, PhotoColoursError> {
        bytes.withUnsafeBytes { PhotoColours.read(jpeg: $0) }
    }

    @Test(arguments: [
        (SamplePhoto.white, PhotoBackground.white), (SamplePhoto.blue, .blue), (SamplePhoto.red, .red),
        ((120, 160, 90), .colour), ((255, 255, 0), .colour), ((60, 60, 60), .grey), ((150, 150, 150), .other),
        ((200, 215, 240), .other), ((115, 118, 122), .other), ((255, 230, 190), .other),
    ])
    func theBackgroundIsTheBorderBandsColour(background: SamplePhoto.RGB, expected: PhotoBackground) throws {
        var rng = SeededRandom(seed: 1)
        let colours = try read(SamplePhoto.jpeg(background: background, rng: &rng)).get()
        #expect(colours.background == expected, "\(colours.measured)")
        #expect(!colours.neutral)
    }

    @Test func greyPixelsAreNeutralWhateverTheFileStores() throws {
        var rng = SeededRandom(seed: 2)
        for greyFile in [false, true] {
            let colours = try read(SamplePhoto.jpeg(greyPixels: true, greyFile: greyFile, rng: &rng)).get()
            #expect(colours.neutral, "\(colours.measured)")
        }
    }

    /// A large photo is decoded at 1/8 of each side: its cost and memory stay small.
    @Test func aLargePhotoIsDecodedSmall() throws {
        var rng = SeededRandom(seed: 3)
        let colours = try read(SamplePhoto.jpeg(width: 2400, height: 3200, background: SamplePhoto.blue, rng: &rng)).get()
        #expect(colours.measured.hasSuffix("decoded at 300x400"), "\(colours.measured)")
        #expect(colours.background == .blue)
    }

    /// A progressive JPEG holds all its coefficients while it decodes: past the memory
    /// allowed, it fails (the clerk looks at it) rather than taking what it asks.
    @Test func aProgressivePhotoIsDecodedWithinItsMemory() throws {
        var rng = SeededRandom(seed: 5)
        let photo = SamplePhoto.jpeg(width: 1200, height: 1600, background: SamplePhoto.blue, progressive: true, rng: &rng)
        let decoded = try photo.withUnsafeBytes { PhotoColours.read(jpeg: $0) }.get()
        #expect(decoded.background == .blue, "\(decoded.measured)")
        // 1200 x 1600 in 4:2:0 keeps about 5.8 MB of coefficients.
        let refused = photo.withUnsafeBytes { PhotoColours.read(jpeg: $0, maxMemory: 2 << 20) }
        guard case .failure(let e) = refused else {
            Issue.record("decoded within 2 MiB")
            return
        }
        #expect(!e.reason.isEmpty)
    }

    /// The band is read as the photo is shown: stored upside down (EXIF orientation 3) or
    /// turned a quarter (6, 8), its background is where the viewer sees the top.
    @Test(arguments: [(1, false, PhotoBackground.blue), (3, false, .grey), (3, true, .blue)])
    func theBandFollowsTheEXIFOrientation(orientation: Int, storedUpsideDown: Bool, expected: PhotoBackground) {
        // 40 x 60: the upper half blue, the lower half a dark jacket (or the other way up).
        let (w, h) = (40, 60)
        var rgb = [UInt8](repeating: 0, count: w * h * 3)
        for y in 0..<h {
            let upper = storedUpsideDown ? y >= h / 2 : y < h / 2
            let p: [UInt8] = upper ? [67, 142, 219] : [38, 42, 64]
            for x in 0..<w { rgb.replaceSubrange((y * w + x) * 3..<(y * w + x) * 3 + 3, with: p) }
        }
        let c = rgb.withUnsafeBufferPointer { PhotoColours.measure(rgb: $0, width: w, height: h, orientation: orientation) }
        #expect(c.background == expected, "\(c.measured)")
        // Turned a quarter: the shown photo is 60 wide, its top the stored image's right (6) or left (8) side.
        var sideways = [UInt8](repeating: 0, count: h * w * 3)  // stored 60 x 40
        for y in 0..<w {
            for x in 0..<h {
                let p: [UInt8] = x >= h / 2 ? [67, 142, 219] : [38, 42, 64]
                sideways.replaceSubrange((y * h + x) * 3..<(y * h + x) * 3 + 3, with: p)
            }
        }
        let six = sideways.withUnsafeBufferPointer { PhotoColours.measure(rgb: $0, width: h, height: w, orientation: 6) }
        let eight = sideways.withUnsafeBufferPointer { PhotoColours.measure(rgb: $0, width: h, height: w, orientation: 8) }
        // Read the wrong way, the band is the jacket (dark: grey or black).
        #expect(six.background == .grey && eight.background == .blue, "6: \(six.measured); 8: \(eight.measured)")
    }

    /// A decoding past its time is stopped (libjpeg's progress hook, every row of blocks).
    @Test func aDecodingPastItsTimeIsStopped() throws {
        var rng = SeededRandom(seed: 6)
        let photo = SamplePhoto.jpeg(width: 1600, height: 2400, progressive: true, rng: &rng)
        let stopped = photo.withUnsafeBytes { PhotoColours.read(jpeg: $0, maxSeconds: 1e-9) }
        guard case .failure(let e) = stopped else {
            Issue.record("decoded within a nanosecond")
            return
        }
        #expect(e.reason.contains("longer than allowed"), "\(e.reason)")
    }

    @Test func hostileJPEGsFailCleanly() {
        var rng = SeededRandom(seed: 4)
        let good = SamplePhoto.jpeg(rng: &rng)
        // Cut in the middle of its entropy data; no tables; a frame of 65,535 pixels a side
        // over 100 bytes; not a JPEG at all; empty.
        var huge = SampleDocuments.jpeg(size: 400, width: 65_535, height: 65_535, rng: &rng)
        huge.removeLast(huge.count - 300)
        let cases: [[UInt8]] = [
            Array(good.prefix(good.count / 2)), SampleDocuments.jpeg(size: 4_000, width: 360, height: 480, rng: &rng), huge,
            Array("not a jpeg".utf8), [],
        ]
        for (i, bytes) in cases.enumerated() {
            switch read(bytes) {
            case .failure(let e): #expect(!e.reason.isEmpty, "case \(i)")
            case .success(let c): Issue.record("case \(i) decoded: \(c.measured)")
            }
        }
        // libjpeg pads what it could not read with grey and only warns: a photo cut in its
        // entropy data fails, saying so, instead of being measured as half grey.
        switch read(Array(good.prefix(good.count / 2))) {
        case .failure(let e): #expect(e.reason.contains("corrupt or incomplete JPEG data"), "\(e.reason)")
        case .success(let c): Issue.record("a photo cut in half was measured: \(c.measured)")
        }
    }

    /// A frame declared far taller than its data (round 27, tester 3: 13000×13000 over the
    /// data of a 413×579 portrait, ended by a proper EOI): the rows libjpeg did not find are
    /// grey, which measured as the photo called a colour portrait grey. It fails as corrupt.
    @Test func aFrameTallerThanItsDataIsNotMeasured() throws {
        var rng = SeededRandom(seed: 27)
        let photo = SamplePhoto.jpeg(width: 360, height: 480, background: SamplePhoto.blue, rng: &rng)
        #expect(throws: Never.self) { try read(photo).get() }
        var tall = photo
        // SOF0 (FF C0): length (2), precision (1), height (2), width (2).
        let sof = try #require((0..<(tall.count - 1)).first { tall[$0] == 0xFF && tall[$0 + 1] == 0xC0 })
        tall[sof + 5] = 0x0F  // height 0x0Fxx: about 3,900 rows over 480 rows of data
        switch read(tall) {
        case .failure(let e): #expect(e.reason.contains("corrupt or incomplete JPEG data"), "\(e.reason)")
        case .success(let c): Issue.record("measured: \(c.measured)")
        }
    }

    // MARK: PNG (libpng), decoded whole

    func readPNG(_ bytes: [UInt8], maxPixels: Int = 16_000_000) -> Result<PhotoColours, PhotoColoursError> {
        bytes.withUnsafeBytes { PhotoColours.read(png: $0, maxPixels: maxPixels) }
    }

    /// A PNG photo's background is measured as a JPEG's is (it went to the clerk unread).
    @Test(arguments: [
        (SamplePhoto.white, PhotoBackground.white), (SamplePhoto.blue, .blue), (SamplePhoto.red, .red),
        ((60, 60, 60), .grey), ((150, 150, 150), .other),
    ])
    func aPNGsBackgroundIsMeasured(background: SamplePhoto.RGB, expected: PhotoBackground) throws {
        var rng = SeededRandom(seed: 11)
        let colours = try readPNG(SamplePhoto.png(background: background, rng: &rng)).get()
        #expect(colours.background == expected, "\(colours.measured)")
        #expect(!colours.neutral)
        #expect(colours.measured.hasSuffix("decoded at 360x480"), "\(colours.measured)")
    }

    /// Grey pixels in an RGB file, and a file of one grey channel, are neutral.
    @Test(arguments: [false, true])
    func aGreyPNGIsNeutral(greyFile: Bool) throws {
        var rng = SeededRandom(seed: 12)
        let colours = try readPNG(SamplePhoto.png(greyPixels: true, greyFile: greyFile, rng: &rng)).get()
        #expect(colours.neutral, "\(colours.measured)")
    }

    /// A cut-out photo (its background transparent) shows whatever it is put on: not judged.
    /// The same photo opaque is.
    @Test func aTransparentBackgroundIsNotJudged() throws {
        var rng = SeededRandom(seed: 13)
        switch readPNG(SamplePhoto.png(background: SamplePhoto.blue, transparentBackground: true, rng: &rng)) {
        case .failure(let e): #expect(e.reason.contains("transparent"), "\(e.reason)")
        case .success(let c): Issue.record("a transparent background was measured: \(c.measured)")
        }
        #expect(try readPNG(SamplePhoto.png(background: SamplePhoto.blue, rng: &rng)).get().background == .blue)
    }

    /// Past its pixel limit a PNG is refused before its pixels are allocated; broken ones
    /// fail with libpng's reason; nothing crashes.
    @Test func hostilePNGsFailCleanly() throws {
        var rng = SeededRandom(seed: 14)
        let good = SamplePhoto.png(width: 400, height: 500, rng: &rng)
        switch readPNG(good, maxPixels: 199_999) {
        case .failure(let e): #expect(e.reason.contains("400x500"), "\(e.reason)")
        case .success: Issue.record("decoded past its pixel limit")
        }
        var flipped = good
        flipped[flipped.count / 2] ^= 0xFF  // inside IDAT: its CRC no longer holds
        let cases: [[UInt8]] = [
            Array(good.prefix(good.count / 2)), flipped, SampleDocuments.png(width: 65_535, height: 65_535, rng: &rng),
            Array("not a png".utf8), [],
        ]
        for (i, bytes) in cases.enumerated() {
            switch readPNG(bytes) {
            case .failure(let e): #expect(!e.reason.isEmpty, "case \(i)")
            case .success(let c): Issue.record("case \(i) decoded: \(c.measured)")
            }
        }
    }
}
