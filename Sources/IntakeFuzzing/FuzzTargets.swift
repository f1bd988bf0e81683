public import Foundation
import IntakeBundle
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// The entry points the fuzz harnesses drive (模糊测试入口), shared by `intake-fuzz`
/// (libFuzzer, `scripts/fuzz.sh`) and the replay test, so an input that once crashed is
/// replayed through exactly the code that crashed.
public enum Harness: String, CaseIterable, Sendable {
    /// Zip bytes → a bundle file → the whole inspection: container checks, every entry
    /// listed and read, manifest, documents.
    case bundle
    /// manifest.xml bytes → the manifest parser (libxml2, XSD) → a Manifest.
    case manifest
    /// One document's bytes → the sniffer and the structure checks (PDF via qpdf, PNG,
    /// JPEG, TIFF and BigTIFF), a JPEG decoded for its colours too (libjpeg).
    case documents
}

/// Runs inputs through one harness. Not Sendable: the bundle harness reuses one temporary
/// file; use one per thread.
public final class FuzzTargets {
    let parser: ManifestParser
    let inspector: Inspector
    let bundleFile: URL

    /// `home`: a folder holding `Schemas/` (the manifest schema).
    public init(home: URL) throws {
        parser = try ManifestParser(home: home)
        inspector = Inspector(parser: parser)
        bundleFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "intake-fuzz-\(getpid())-\(UUID().uuidString).zip")
    }

    deinit { try? FileManager.default.removeItem(at: bundleFile) }

    /// Runs one input; the returned text summarises what was found (for replays).
    @discardableResult
    public func run(_ harness: Harness, _ bytes: [UInt8]) -> String {
        switch harness {
        case .bundle:
            guard (try? Data(bytes).write(to: bundleFile)) != nil else { return "cannot write \(bundleFile.path)" }
            let inspection = inspector.inspect(bundleFile, bundleHash: (sha256: nil, size: Int64(bytes.count))).0
            return codes(inspection.findings)
        case .manifest:
            switch parser.parse(bytes) {
            case .success(let parsed): return "manifest: \(parsed.0.documents.count) documents"
            case .failure(let failure): return codes(failure.findings)
            }
        case .documents:
            let r = DocumentScan.examine(bytes, colours: true)
            return "\(r.mediaType) \(codes(r.findings))" + (r.pages.map { " pages=\($0)" } ?? "")
                + (r.pixels.map { " pixels=\($0)" } ?? "") + (r.findings.first.map { "\t\($0.message)" } ?? "")
        }
    }

    private func codes(_ findings: [Finding]) -> String {
        findings.isEmpty ? "no finding" : findings.map { "\($0.code)/\($0.severity)" }.joined(separator: " ")
    }

    /// The repository (a folder with `Schemas/manifest.xsd`): `INTAKE_HOME`, else the
    /// nearest such folder above the current directory.
    public static func findHome() -> URL? {
        if let home = ProcessInfo.processInfo.environment["INTAKE_HOME"] { return URL(fileURLWithPath: home) }
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while true {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Schemas/manifest.xsd").path) { return dir }
            let up = dir.deletingLastPathComponent()
            if up.path == dir.path { return nil }
            dir = up
        }
    }
}
