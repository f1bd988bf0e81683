import ArgumentParser
import Foundation
import IntakeBundle
import IntakeCatalog
import IntakeCommandSupport
import IntakeDecision
import IntakeEvidence
import IntakeIO
import IntakeManifest
import IntakePipeline
import IntakeReport

/// `intake-bench check`: per-bundle time of `check`, split into its phases.
struct BenchCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Median per-bundle time of check over a folder of bundles, and the share of each phase.",
        discussion: """
            Phases: unzip + SHA-256 (inspect without the manifest), XML (manifest parse and
            XSD validation), rules (the decision, XPath conditions included), report (JSON,
            XML and HTML rendered) and write (the three files written atomically with fsync).
            Every bundle is checked --rounds times in one process (the catalog is loaded
            once, as a batch run or a server does); medians are over all checks.
            """)

    @Option(help: "Folder of bundles (for example Fixtures/bundles).") var corpus: String
    @Option(help: "Checks per bundle.") var rounds: Int = 20
    @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml).") var pipeline: String?

    func run() throws {
        let urls = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".zip") }.sorted()
            .map { URL(fileURLWithPath: corpus).appendingPathComponent($0) }
        guard !urls.isEmpty else { Tooling.fail("no .zip in \(corpus)") }
        let t0 = DispatchTime.now()
        let checker = Tooling.checker(pipeline: pipeline)
        let loadSeconds = seconds(since: t0)
        let parser = checker.inspector.parser
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("intake-bench-check-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }

        var phases: [String: [Double]] = [:]
        func record(_ name: String, _ value: Double) { phases[name, default: []].append(value) }
        for _ in 0..<rounds {
            for url in urls {
                // The manifest's bytes, read untimed, to time the XML phase alone.
                var manifestBytes: [UInt8]?
                if case .opened(let b) = ApplicationBundle.open(url), let e = b.entry(named: ManifestParser.entryName),
                    case .success(let bytes) = b.readAll(e, limit: 1 << 20)
                {
                    manifestBytes = bytes
                }
                var t = DispatchTime.now()
                let (inspection, document) = checker.inspector.inspect(url)
                let inspect = seconds(since: t)
                var xml = 0.0
                if let manifestBytes {
                    t = DispatchTime.now()
                    _ = parser.parse(manifestBytes)
                    xml = seconds(since: t)
                }
                t = DispatchTime.now()
                let decision = checker.decider.decide(inspection, document: document)
                let rules = seconds(since: t)
                t = DispatchTime.now()
                let report = Report(inspection: inspection, decision: decision, catalogVersion: checker.decider.catalog.version)
                var rendered: [[UInt8]] = []
                var render = 0.0
                for format in [ReportFormat.json, .xml, .html] {
                    rendered.append(format.bytes(report))
                    let s = seconds(since: t)
                    record("  " + format.fileExtension, s)
                    render += s
                    t = DispatchTime.now()
                }
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                try AtomicWriter.write(
                    rendered.enumerated().map { ($0.element, scratch.appendingPathComponent("r\($0.offset)")) })
                let write = seconds(since: t)
                record("unzip+hash", max(0, inspect - xml))
                record("xml", xml)
                record("rules", rules)
                record("report", render)
                record("write", write)
                record("total", inspect + rules + render + write)
            }
        }
        let order = ["unzip+hash", "xml", "rules", "report", "write"]
        let medians = phases.mapValues { median($0) }
        let total = order.reduce(0) { $0 + medians[$1]! }
        print(String(format: "catalog load (once per process): %.1f ms", loadSeconds * 1000))
        print(
            String(
                format: "check, median per bundle over %d checks of %d bundles: %.2f ms", rounds * urls.count, urls.count,
                medians["total"]! * 1000))
        for name in order.flatMap({ $0 == "report" ? [$0, "  json", "  xml", "  html"] : [$0] }) {
            let label = name.padding(toLength: 11, withPad: " ", startingAt: 0)
            print("  \(label)" + String(format: " %7.3f ms  %5.1f %%", medians[name]! * 1000, 100 * medians[name]! / total))
        }
    }

    func seconds(since t: DispatchTime) -> Double { Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9 }
    func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
