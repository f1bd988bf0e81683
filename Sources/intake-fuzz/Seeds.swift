import Foundation
import IntakeFixtures
import IntakeFuzzing

/// The seed corpora under `Fuzz/corpus/<harness>/`: small real inputs of every shape the
/// harness reads, built from the fixture generators (deterministic seeds) and the PDFs in
/// `Fixtures/documents`. Regenerate with `intake-fuzz seed Fuzz/corpus`.
enum Seeds {
    static func write(to dir: URL) throws {
        var rng = SeededRandom(seed: 42)
        func save(_ harness: Harness, _ name: String, _ bytes: [UInt8]) throws {
            let folder = dir.appendingPathComponent(harness.rawValue)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        // Documents: one small sound file of each checked format, plus the PDF fixtures.
        let documents: [(String, [UInt8], String)] = [
            ("scan.jpg", SampleDocuments.jpeg(size: 600, width: 64, height: 48, rng: &rng), "image/jpeg"),
            ("scan.png", SampleDocuments.png(width: 16, height: 16, rng: &rng, payload: 64), "image/png"),
            ("scan.tif", SampleDocuments.tiff(width: 8, height: 8, rowsPerStrip: 4, rng: &rng), "image/tiff"),
            (
                "scan-big.tif", SampleDocuments.tiff(width: 8, height: 8, big: true, rowsPerStrip: 4, pages: 2, rng: &rng),
                "image/tiff"
            ),
            ("scan.pdf", SampleDocuments.pdf(size: 700, rng: &rng), "application/pdf"),
        ]
        for (name, bytes, _) in documents { try save(.documents, name, bytes) }
        let fixtures = FuzzTargets.findHome()?.appendingPathComponent("Fixtures/documents")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: fixtures?.path ?? "")) ?? []
        where name.hasSuffix(".pdf") {
            if let data = FileManager.default.contents(atPath: fixtures!.appendingPathComponent(name).path) {
                try save(.documents, name, Array(data))
            }
        }
        // Manifests and bundles: a two-document application, zipped in several styles.
        let app = SampleApplication(
            id: "FUZZ-0001", matter: "RS-007",
            documents: [
                SampleDocument(path: "files/社会保障卡.jpg", material: "1", bytes: documents[0].1, mediaType: "image/jpeg"),
                SampleDocument(path: "files/身份证.pdf", material: "2", bytes: documents[4].1, mediaType: "application/pdf"),
            ])
        try save(.manifest, "manifest.xml", Array(BundleBuilder.manifest(app).utf8))
        var withAgent = app
        withAgent.agent = (name: "李四", id: "210202198501011234")
        withAgent.facts = [(name: "applicantAge", value: "35")]
        try save(.manifest, "manifest-agent.xml", Array(BundleBuilder.manifest(withAgent).utf8))
        try save(.bundle, "deflated.zip", BundleBuilder.bytes(app))
        try save(.bundle, "stored-zip64.zip", BundleBuilder.bytes(app, style: .init(zip64: true, method: .stored)))
        try save(
            .bundle, "gbk-descriptors.zip",
            BundleBuilder.bytes(app, style: .init(gbkNames: true, dataDescriptors: true, directoryEntries: true)))
        var images = app
        images.documents = documents.prefix(4).enumerated().map { i, d in
            SampleDocument(path: "files/\(d.0)", material: "1", bytes: d.1, mediaType: d.2)
        }
        try save(.bundle, "images.zip", BundleBuilder.bytes(images))
    }
}
