public import Foundation
public import IntakeBundle
public import IntakeCatalog
import IntakeDecision
import IntakeEvidence
public import IntakeManifest
import IntakePipeline
import IntakeReport

/// `intake audit recheck REPORT.json BUNDLE.zip`: decides the bundle again with the
/// catalog archived for the report's version (or, with `catalog`, today's rules) and says
/// whether the new report is byte-identical, or how it differs.
public struct Recheck: Sendable {
    public struct Outcome: Sendable {
        /// The catalog version that decided now.
        public var catalogVersion: String
        /// The bundle is the one the report was made for (same SHA-256).
        public var sameBundle: Bool
        /// The new JSON report is byte-for-byte the old one.
        public var identical: Bool
        public var difference: DecisionDifference
        /// The old report was written by another program version (its `generator`).
        public var otherGenerator: String?
        /// The new report's JSON.
        public var json: String
    }

    public let loader: CatalogLoader
    public let parser: ManifestParser

    public init(loader: CatalogLoader, parser: ManifestParser) {
        self.loader = loader
        self.parser = parser
    }

    /// The output folder a report file lies in: the nearest folder above it holding
    /// `catalogs/` or the ledger.
    public static func outputFolder(of report: URL) -> URL? {
        var dir = report.standardizedFileURL.deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent(CatalogArchive.folder).path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    public func run(report: URL, bundle: BytePath, out: URL?, catalog pipeline: URL?) throws(AuditError) -> Outcome {
        guard let data = try? Data(contentsOf: report) else { throw AuditError("cannot read \(report.path)") }
        guard let old = ReportSummary(data) else { throw AuditError("\(report.path) is not an intake JSON report") }
        let catalog: Catalog
        if let pipeline {
            do {
                catalog = try loader.load(pipeline: pipeline)
            } catch {
                throw AuditError("cannot load the catalog \(pipeline.path): \(error)")
            }
        } else {
            guard let folder = out ?? Self.outputFolder(of: report) else {
                throw AuditError("cannot find the output folder of \(report.path) (give --out)")
            }
            guard let archived = CatalogArchive.pipeline(out: folder, version: old.catalogVersion) else {
                throw AuditError(
                    "catalog \(old.catalogVersion) is not archived under \(folder.path)/\(CatalogArchive.folder) (give --catalog to use other rules)"
                )
            }
            do {
                catalog = try loader.load(pipeline: archived)
            } catch {
                throw AuditError("the archived catalog \(archived.path) does not load: \(error)")
            }
            guard catalog.version == old.catalogVersion else {
                throw AuditError(
                    "the archive of catalog \(old.catalogVersion) now gives version \(catalog.version): it was changed (intake audit verify names it)"
                )
            }
        }
        let checker = Checker(inspector: Inspector(parser: parser, catalog: catalog), decider: Decider(catalog: catalog))
        var decided = checker.check(bundle)
        // The report names the file it was found as; the bundle may have been moved since.
        decided.bundle.file = old.bundleFile
        let json = JSONReport.render(decided)
        guard let new = ReportSummary(Data(json.utf8)) else { throw AuditError("the new report cannot be read back") }
        return Outcome(
            catalogVersion: catalog.version, sameBundle: new.bundleSHA256 == old.bundleSHA256,
            identical: Array(json.utf8) == [UInt8](data), difference: DecisionDifference(old: old, new: new),
            otherGenerator: old.generatorVersion == new.generatorVersion ? nil : old.generatorVersion, json: json)
    }
}
