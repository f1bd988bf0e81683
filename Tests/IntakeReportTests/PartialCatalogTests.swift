import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeManifest
import IntakeModel
import IntakeReport
import IntakeSeedData
import Testing

/// `intake check` loads only the matter a bundle names; its reports must be the whole
/// catalog's, byte for byte, version included.
@Suite struct PartialCatalogTests {
    @Test func aPartialLoadDecidesExactlyAsTheWholeCatalog() throws {
        let pipeline = repositoryRoot.appendingPathComponent("Pipelines/default.pipeline.xml")
        var loader = try CatalogLoader(home: repositoryRoot)
        // The version cache in a folder of the test's (the first load fills it, the others
        // state the version from it): the versions must still be the whole catalog's.
        let cache = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        loader.environment = ["INTAKE_CATALOG_CACHE": cache.path]
        let folder = repositoryRoot.appendingPathComponent("Fixtures/bundles")
        let bundles = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".zip") }.sorted()
        #expect(bundles.count >= 50)
        let inspector = Inspector(parser: sharedParser, limits: sharedCatalog.limits)
        var byCode: [String: [(String, Inspection)]] = [:]
        for name in bundles {
            let (inspection, _) = inspector.inspect(folder.appendingPathComponent(name))
            byCode[inspection.manifest?.matterCode ?? "", default: []].append((name, inspection))
        }
        for (code, items) in byCode.sorted(by: { $0.key < $1.key }) {
            let partial = try loader.load(pipeline: pipeline, only: code.isEmpty ? [] : [code])
            #expect(partial.version == sharedCatalog.version)
            #expect(partial.matters.count <= 1 && partial.matters.allSatisfy { $0.code == code })
            for (name, _) in items {
                let url = folder.appendingPathComponent(name)
                func render(_ catalog: Catalog) -> String {
                    let (inspection, document) = inspector.inspect(url)
                    let decision = Decider(catalog: catalog).decide(inspection, document: document)
                    return JSONReport.render(Report(inspection: inspection, decision: decision, catalog: catalog))
                        + XMLReport.render(Report(inspection: inspection, decision: decision, catalog: catalog))
                }
                #expect(render(partial) == render(sharedCatalog), "\(name)")
            }
        }
    }
}
