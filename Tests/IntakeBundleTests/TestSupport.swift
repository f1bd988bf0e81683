import Foundation
import IntakeEvidence
import IntakeFixtures
import IntakeManifest
import IntakeModel
import IntakeSeedData
import IntakeXML

/// One compiled manifest schema for the whole test run.
let sharedParser: ManifestParser = try! ManifestParser(home: repositoryRoot)

/// Writes bytes to a temporary .zip and inspects it.
func inspect(_ bytes: [UInt8], limits: BundleLimits = .default, name: String = "bundle.zip") throws -> Inspection {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return Inspector(parser: sharedParser, limits: limits).inspect(url).0
}

/// A sound two-document application for RS-007 (社会保障卡 + 身份证).
func soundApplication(seed: UInt64 = 7) -> SampleApplication {
    var rng = SeededRandom(seed: seed)
    return SampleApplication(
        id: "TEST-0001", matter: "RS-007",
        documents: [
            SampleDocument(
                path: "files/社会保障卡.jpg", material: "1",
                bytes: SampleDocuments.jpeg(size: 40_000, rng: &rng), mediaType: "image/jpeg"),
            SampleDocument(
                path: "files/身份证.pdf", material: "2",
                bytes: SampleDocuments.pdf(size: 30_000, rng: &rng), mediaType: "application/pdf"),
        ])
}

/// A zip of `app`'s manifest and the entries `files` (name, bytes): the manifest may list what the zip lacks.
func zipped(manifestOf app: SampleApplication, entries files: [(name: String, bytes: [UInt8])]) -> [UInt8] {
    let sink = MemorySink()
    let writer = ZipWriter(sink: sink)
    writer.add(ZipEntrySpec(name: "manifest.xml", data: Array(BundleBuilder.manifest(app).utf8)))
    for f in files { writer.add(ZipEntrySpec(name: f.name, data: f.bytes)) }
    writer.finish()
    return sink.bytes
}

extension Inspection {
    var codes: [FindingCode] { findings.map(\.code) }
}
