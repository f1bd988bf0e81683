public import Foundation
public import IntakeCatalog

extension Corpus {
    /// Shares of the verdicts in a mixed corpus, per thousand, like a day's inbox: most
    /// applications go through, a fifth come back for 补正, a few are refused or broken.
    public static let verdictMix: [(verdict: String, perMille: Int)] = [
        ("accepted", 520), ("accepted-deferred", 110), ("returned", 220), ("refused", 80), ("invalid", 70),
    ]

    /// Writes `count` bundles of about `averageMB` MB each into `dir`, with a realistic mix
    /// of verdicts against `catalog`: each starts from an example of ``ExampleSet`` (a
    /// matter, its facts and materials) chosen by ``verdictMix``, with a fresh id and
    /// scan-sized documents (PDF and JPEG scans of 0.3–2.5 MB; PNGs grow too, office
    /// files keep their size); with `averageMB` 0 every document keeps the example's own
    /// bytes (bundles like the examples, about 180 KB). A quarter of the invalid ones are
    /// truncated zips (`bundle-unreadable`), the rest carry an unsafe path. Deterministic
    /// for a seed.
    /// Returns the summary and the verdict each bundle must get, by file name.
    public static func mixed(
        into dir: URL, count: Int, averageMB: Double, catalog: Catalog, seed: UInt64 = 42
    ) throws -> (summary: Summary, expected: [(file: String, verdict: String)]) {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let examples = Dictionary(grouping: ExampleSet.bundles(catalog: catalog), by: \.expected)
        var rng = SeededRandom(seed: seed)
        var summary = Summary(bundles: 0, documents: 0, documentBytes: 0, fileBytes: 0)
        var expected: [(String, String)] = []
        for n in 0..<count {
            var pick = Int(rng.next() % 1000)
            var verdict = verdictMix[0].verdict
            for share in verdictMix {
                if pick < share.perMille {
                    verdict = share.verdict
                    break
                }
                pick -= share.perMille
            }
            guard let pool = examples[verdict], !pool.isEmpty else { continue }
            let example = pool[Int(rng.next() % UInt64(pool.count))]
            var app = example.application
            app.id = String(format: "%@-%06d", app.id, n)
            let target = Int(averageMB * 1_048_576 * (0.5 + Double(rng.next() % 1000) / 1000.0))
            // With no average size, nothing is scaled: the example's documents as they are.
            let scalable =
                averageMB > 0
                ? app.documents.indices.filter {
                    ["application/pdf", "image/jpeg", "image/png"].contains(app.documents[$0].mediaType)
                        && !app.documents[$0].omitFromManifest
                } : []
            for i in scalable {
                let share = max(64 << 10, target / max(1, scalable.count))
                let size = Int(Double(share) * (0.6 + Double(rng.next() % 800) / 1000.0))
                switch app.documents[i].mediaType {
                case "application/pdf": app.documents[i].bytes = SampleDocuments.pdf(size: size, rng: &rng)
                case "image/jpeg": app.documents[i].bytes = SampleDocuments.jpeg(size: size, rng: &rng)
                default:
                    // Tall enough that `size` bytes of pixel noise fit: the file is about `size`.
                    app.documents[i].bytes = SampleDocuments.png(
                        width: 1200, height: max(600, size / 3600 + 1), rng: &rng, payload: size)
                }
            }
            let file = String(format: "%@-%06d.zip", example.application.matter, n)
            let url = dir.appendingPathComponent(file)
            if verdict == "invalid" && n % 4 == 0 {
                // Truncated in transfer: the central directory is gone.
                let bytes = BundleBuilder.bytes(app, style: example.style)
                try Data(bytes.prefix(bytes.count * 3 / 5)).write(to: url)
                summary.fileBytes += Int64(bytes.count * 3 / 5)
            } else {
                let sink = try FileSink(url: url)
                BundleBuilder.write(app, style: example.style, to: sink)
                try sink.close()
                summary.fileBytes += Int64(sink.offset)
            }
            summary.bundles += 1
            summary.documents += app.documents.count
            summary.documentBytes += app.documents.reduce(0) { $0 + Int64($1.bytes.count) }
            expected.append((file, verdict))
        }
        return (summary, expected)
    }
}
