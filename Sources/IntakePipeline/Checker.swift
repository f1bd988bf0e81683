public import Foundation
public import IntakeBundle
import IntakeCatalog
public import IntakeDecision
public import IntakeEvidence
import IntakeIO
import IntakeManifest
public import IntakeReport

/// One bundle from zip to report: inspect, decide, build the report. Sendable: made once
/// per process (schema compiled, catalog loaded) and shared by every bundle and thread.
public struct Checker: Sendable {
    public let inspector: Inspector
    public let decider: Decider

    public init(inspector: Inspector, decider: Decider) {
        self.inspector = inspector
        self.decider = decider
    }

    /// The pipeline of a home (its `Schemas/` and `Pipelines/`): the manifest schema
    /// compiled and the catalog the pipeline definition names loaded, once.
    /// `pipeline`: another pipeline definition than `Pipelines/default.pipeline.xml`.
    public static func load(home: URL, pipeline: URL? = nil) throws -> Checker {
        let loader = try CatalogLoader(home: home)
        let catalog = try loader.load(pipeline: pipeline ?? home.appendingPathComponent(CatalogLoader.defaultPipeline))
        let parser = try ManifestParser(home: home)
        return Checker(inspector: Inspector(parser: parser, catalog: catalog), decider: Decider(catalog: catalog))
    }

    /// The catalog version every report of this checker names.
    public var catalogVersion: String { decider.catalog.version }

    /// The report on one bundle; never throws: a broken bundle is a report too.
    /// `bundleHash`: the file's SHA-256 and size when already computed (see
    /// `Inspector.inspect(_:bundleHash:)`).
    public func check(_ url: URL, bundleHash: (sha256: String?, size: Int64)? = nil) -> Report {
        check(BytePath(url), bundleHash: bundleHash)
    }

    /// The same for a path given as bytes (file names need not be UTF-8).
    public func check(_ path: BytePath, bundleHash: (sha256: String?, size: Int64)? = nil) -> Report {
        let (inspection, document) = inspector.inspect(path, bundleHash: bundleHash)
        let decision = decider.decide(inspection, document: document)
        return Report(inspection: inspection, decision: decision, catalog: decider.catalog)
    }

    /// A bundle read once into memory (``BundleFile``): hashed and read from the same bytes.
    public func check(_ file: BundleFile) -> Report {
        let (inspection, document) = inspector.inspect(file)
        let decision = decider.decide(inspection, document: document)
        return Report(inspection: inspection, decision: decision, catalog: decider.catalog)
    }

    /// Writes the report in every file format into `dir`, each atomically, and returns the
    /// paths. Files are named after the application id and the bundle's SHA-256.
    @discardableResult
    public static func write(_ report: Report, to dir: URL, formats: [ReportFormat] = [.json, .xml, .html]) throws -> [URL] {
        try FileSystem.makeFolders(BytePath(dir))
        let base = baseName(report)
        let files = formats.map { format in
            (bytes: Array(format.render(report).utf8), url: dir.appendingPathComponent("\(base).\(format.fileExtension)"))
        }
        try AtomicWriter.write(files)
        return files.map(\.url)
    }

    /// `s` as a file name: its first 64 scalars, each kept if it is one of [A-Za-z0-9._-]
    /// and `_` otherwise, and a leading dot made `_`.
    public static func safeName(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(s.utf8.count, 64))
        for u in s.unicodeScalars.prefix(64) {
            switch u.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x5F, 0x2D: bytes.append(UInt8(u.value))
            default: bytes.append(UInt8(ascii: "_"))
            }
        }
        if bytes.first == UInt8(ascii: ".") { bytes[0] = UInt8(ascii: "_") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `<application id>-<first 12 hex of the bundle's SHA-256>`, `bundle-<…>` when the
    /// manifest could not be read. Only [A-Za-z0-9._-].
    public static func baseName(_ report: Report) -> String {
        // Never from the bundle's file name, which the uploader chose (`-rf.zip`): a bundle
        // without an application id (unreadable, no manifest) is `bundle-<sha256 prefix>`.
        let trimmed = safeName(report.application)
        return "\(trimmed.isEmpty ? "bundle" : trimmed)-\(report.bundle.sha256.prefix(12))"
    }
}
