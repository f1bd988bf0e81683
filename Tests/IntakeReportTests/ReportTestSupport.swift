import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeFixtures
import IntakeManifest
import IntakeModel
import IntakeReport
import IntakeSeedData
import IntakeXML
import Testing

/// The default pipeline's catalog, loaded once for the whole run.
let sharedCatalog: Catalog = try! CatalogLoader(home: repositoryRoot)
    .load(pipeline: repositoryRoot.appendingPathComponent("Pipelines/default.pipeline.xml"))

let sharedParser: ManifestParser = try! ManifestParser(home: repositoryRoot)

/// Schemas/report.xsd, compiled once.
let reportSchema: XMLSchema = try! XMLSchema(contentsOf: repositoryRoot.appendingPathComponent("Schemas/report.xsd"))

/// Writes the bundle as `name` in a fresh folder, inspects it, decides it and builds the
/// report: the whole pipeline, as `intake check` runs it.
func checkBundle(_ bytes: [UInt8], name: String, catalogVersion: String? = nil) throws -> Report {
    let dir = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    let (inspection, document) = Inspector(parser: sharedParser, limits: sharedCatalog.limits).inspect(url)
    let decision = Decider(catalog: sharedCatalog).decide(inspection, document: document)
    return Report(inspection: inspection, decision: decision, catalog: sharedCatalog, catalogVersion: catalogVersion)
}

/// A complete application of `code`'s first scenario, in force and submitted on 2025-07-01, identified as `T-<code>`.
func completeApplication(
    _ code: String, facts: [(String, String)] = [], omit: Set<String> = [], letter: Bool = false
) throws -> SampleApplication {
    let m = try #require(sharedCatalog.matter(code, on: CalendarDate("2025-07-01")!))
    return ApplicationFactory.complete(
        catalog: sharedCatalog, matter: m, scenario: m.scenarios[0], id: "T-\(code)", submitted: "2025-07-01T09:30:00+08:00",
        facts: facts, omit: omit, withCommitmentLetter: letter)
}

/// Diagnostics of the XML report against Schemas/report.xsd (empty: valid).
func schemaProblems(_ xml: String) -> [String] {
    do {
        let doc = try XMLDocument(bytes: Array(xml.utf8), url: "report.xml")
        return doc.validate(against: reportSchema).map(\.description)
    } catch {
        return ["not well-formed: \(error)"]
    }
}

/// One bundle per verdict, all deterministic (fixed ids, dates and seeds).
enum SampleCase: String, CaseIterable, Sendable, CustomStringConvertible {
    /// RS-007 with both materials.
    case accepted
    /// RS-007 without the 身份证, with the commitment letter (容缺办理事项清单 5).
    case deferred
    /// RS-007: 身份证 missing without a letter, a PDF claimed as JPEG, an unlisted file.
    case returned
    /// RS-009 with 11 months of contributions (违规禁办事项清单 3).
    case refused
    /// Not a zip at all.
    case invalid

    var description: String { rawValue }

    var expectedVerdict: Verdict {
        switch self {
        case .accepted: .accepted
        case .deferred: .acceptedDeferred
        case .returned: .returned
        case .refused: .refused
        case .invalid: .invalid
        }
    }

    var fileName: String { "GOLD-\(rawValue.uppercased()).zip" }

    var bytes: [UInt8] {
        switch self {
        case .invalid: return Array("这不是压缩包 (this is not a zip file)\n".utf8)
        default: return BundleBuilder.bytes(application)
        }
    }

    var application: SampleApplication {
        var rng = SeededRandom(seed: 20_250_701)
        let card = SampleDocument(
            path: "files/社会保障卡.jpg", material: "1", bytes: SampleDocuments.jpeg(size: 3_000, rng: &rng),
            mediaType: "image/jpeg")
        let idCard = SampleDocument(
            path: "files/身份证.pdf", material: "2", bytes: SampleDocuments.pdf(size: 2_000, rng: &rng),
            mediaType: "application/pdf")
        let letter = SampleDocument(
            path: "files/容缺受理承诺书.pdf", material: "commitment",
            bytes: SampleDocuments.pdf(size: 1_500, title: "commitment", rng: &rng), mediaType: "application/pdf")
        switch self {
        case .accepted:
            return SampleApplication(id: "GOLD-ACCEPTED", matter: "RS-007", documents: [card, idCard])
        case .deferred:
            return SampleApplication(id: "GOLD-DEFERRED", matter: "RS-007", documents: [card, letter])
        case .returned:
            let pdfAsJPEG = SampleDocument(
                path: "files/社会保障卡-背面.jpg", material: "1", bytes: SampleDocuments.pdf(size: 1_200, rng: &rng),
                mediaType: "image/jpeg")
            var unlisted = SampleDocument(
                path: "files/备注.txt", material: "1", bytes: SampleDocuments.text("请尽快办理\n"), mediaType: "text/plain")
            unlisted.omitFromManifest = true
            return SampleApplication(
                id: "GOLD-RETURNED", matter: "RS-007", channel: "window", applicantName: "李四",
                documents: [card, pdfAsJPEG, unlisted])
        case .refused:
            let socialCard = SampleDocument(
                path: "files/社会保障卡.jpg", material: "2.1", bytes: card.bytes, mediaType: "image/jpeg")
            let id = SampleDocument(path: "files/身份证.pdf", material: "1", bytes: idCard.bytes, mediaType: "application/pdf")
            return SampleApplication(
                id: "GOLD-REFUSED", matter: "RS-009", submitted: "2025-09-28T15:05:00+08:00",
                facts: [
                    ("contributionMonths", "11"), ("contributionStopReasonUnclear", "false"), ("involuntaryUnemployment", "true"),
                ],
                documents: [id, socialCard])
        case .invalid:
            return SampleApplication(id: "GOLD-INVALID", matter: "RS-007")
        }
    }

    /// The report, through the whole pipeline.
    func report(catalogVersion: String? = nil) throws -> Report {
        try checkBundle(bytes, name: fileName, catalogVersion: catalogVersion)
    }
}

/// HTML/XML text escaping as a test expects to see it in the output.
func escaped(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
}
