public import Foundation

/// A benchmark corpus of scan-like bundles: a deterministic mix of matters, document
/// counts and sizes like real submissions (phone photos and scanner PDFs of 0.3–2.5 MB).
public enum Corpus {
    public struct Summary: Sendable {
        public var bundles: Int
        public var documents: Int
        public var documentBytes: Int64
        public var fileBytes: Int64
    }

    /// Writes `count` bundles of about `averageMB` MB each into `dir`.
    public static func generate(into dir: URL, count: Int, averageMB: Double, seed: UInt64 = 42) throws -> Summary {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var rng = SeededRandom(seed: seed)
        var summary = Summary(bundles: 0, documents: 0, documentBytes: 0, fileBytes: 0)
        for n in 0..<count {
            let target = Int(averageMB * 1_048_576 * (0.5 + Double(rng.next() % 1000) / 1000.0))
            let app = application(number: n, targetBytes: target, rng: &rng)
            let url = dir.appendingPathComponent(String(format: "bundle-%05d.zip", n))
            let sink = try FileSink(url: url)
            BundleBuilder.write(app, to: sink)
            try sink.close()
            summary.bundles += 1
            summary.documents += app.documents.count
            summary.documentBytes += app.documents.reduce(0) { $0 + Int64($1.bytes.count) }
            summary.fileBytes += Int64(sink.offset)
        }
        return summary
    }

    /// One bundle of about `totalMB` MB made of many scans (for the peak-memory figure).
    public static func single(at url: URL, totalMB: Int, seed: UInt64 = 7) throws -> Int64 {
        var rng = SeededRandom(seed: seed)
        let app = application(number: 0, targetBytes: totalMB << 20, rng: &rng, documentMB: 8)
        let sink = try FileSink(url: url)
        BundleBuilder.write(app, style: .init(zip64: true), to: sink)
        try sink.close()
        return Int64(sink.offset)
    }

    static func application(number: Int, targetBytes: Int, rng: inout SeededRandom, documentMB: Double = 1.2) -> SampleApplication
    {
        var documents: [SampleDocument] = []
        var used = 0
        var i = 1
        while used < targetBytes {
            let size = min(
                max(Int(Double(1 << 20) * documentMB * (0.3 + Double(rng.next() % 1000) / 600.0)), 64 << 10),
                max(targetBytes - used, 64 << 10))
            let isPDF = rng.next() % 2 == 0
            let bytes = isPDF ? SampleDocuments.pdf(size: size, rng: &rng) : SampleDocuments.jpeg(size: size, rng: &rng)
            documents.append(
                SampleDocument(
                    path: "files/材料\(i)" + (isPDF ? ".pdf" : ".jpg"), material: String(i),
                    bytes: bytes, mediaType: isPDF ? "application/pdf" : "image/jpeg"))
            used += bytes.count
            i += 1
        }
        return SampleApplication(id: String(format: "BENCH-%06d", number), matter: "RS-007", documents: documents)
    }
}
