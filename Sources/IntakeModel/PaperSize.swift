/// The size of a PDF's pages as shown (CropBox cut to MediaBox), upright, in points (1/72 inch): the smallest and
/// the largest short side and long side over every page (one size: min == max).
public struct PaperSize: Sendable, Hashable, Codable, CustomStringConvertible {
    public var shortMin: Double
    public var shortMax: Double
    public var longMin: Double
    public var longMax: Double

    public init(shortMin: Double, shortMax: Double, longMin: Double, longMax: Double) {
        self.shortMin = shortMin
        self.shortMax = shortMax
        self.longMin = longMin
        self.longMax = longMax
    }

    /// One page of `width` × `height` points.
    public init(width: Double, height: Double) {
        let (short, long) = (min(width, height), max(width, height))
        self.init(shortMin: short, shortMax: short, longMin: long, longMax: long)
    }

    /// These sizes and another page's.
    public func adding(_ other: PaperSize) -> PaperSize {
        PaperSize(
            shortMin: min(shortMin, other.shortMin), shortMax: max(shortMax, other.shortMax),
            longMin: min(longMin, other.longMin), longMax: max(longMax, other.longMax))
    }

    /// Millimetres, whole: "210×297 mm", or a range when the pages differ.
    public var description: String {
        func mm(_ points: Double) -> Int { Int((points * 25.4 / 72).rounded()) }
        func side(_ a: Double, _ b: Double) -> String { mm(a) == mm(b) ? "\(mm(a))" : "\(mm(a))–\(mm(b))" }
        return "\(side(shortMin, shortMax))×\(side(longMin, longMax)) mm"
    }
}
