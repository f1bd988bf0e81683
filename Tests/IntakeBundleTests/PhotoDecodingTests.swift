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
        ((120, 160, 90), .other),
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
            case .success(let c):
                // libjpeg pads a truncated scan with grey: decoded, never a crash.
                #expect(i == 0, "case \(i) decoded: \(c.measured)")
            }
        }
    }
}
