import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeFixtures
import IntakeIO
import IntakeManifest
import IntakePipeline
import IntakeReport
import IntakeSeedData
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// The real catalog (Pipelines/default.pipeline.xml), loaded once.
let catalog: Catalog = try! CatalogLoader(home: repositoryRoot)
    .load(pipeline: repositoryRoot.appendingPathComponent(CatalogLoader.defaultPipeline))

func checker(_ catalog: Catalog = catalog) -> Checker {
    Checker(
        // As the tools make it: the catalog's limits, and its photos decoded for their colours (a checker without
        // them decided ZC-001's 彩色证件照 otherwise than `audit recheck`).
        inspector: Inspector(parser: try! ManifestParser(home: repositoryRoot), catalog: catalog),
        decider: Decider(catalog: catalog))
}

/// The same catalog under another version: a copy of Pipelines/ whose pipeline file
/// carries one more comment.
func otherCatalogVersion(in dir: URL) throws -> Catalog {
    let copy = dir.appendingPathComponent("Pipelines")
    try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Pipelines"), to: copy)
    let pipeline = copy.appendingPathComponent("default.pipeline.xml")
    var text = try String(contentsOf: pipeline, encoding: .utf8)
    text += "<!-- revised -->\n"
    try text.write(to: pipeline, atomically: true, encoding: .utf8)
    return try CatalogLoader(home: repositoryRoot).load(pipeline: pipeline)
}

/// A fresh temporary folder, removed by the caller's `defer`.
func temporaryFolder(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-run-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// A temporary folder `name` holding an inbox like a real day's (``writeInbox(_:)``), and
/// where its run's output goes: `dir/inbox`, `dir/out` (the caller removes `dir`).
func folderWithInbox(_ name: String) throws -> (dir: URL, inbox: URL, out: URL) {
    let dir = try temporaryFolder(name)
    let inbox = dir.appendingPathComponent("inbox")
    try writeInbox(inbox)
    return (dir, inbox, dir.appendingPathComponent("out"))
}

/// An inbox like a real day's: the example set (every verdict, a dozen matters), some in
/// nested folders, one bundle twice under two names, a file that only pretends to be a
/// zip, a text file, and a symbolic link looping back to the inbox.
/// Returns the verdict each `*.zip` must get, by path relative to the inbox.
@discardableResult
func writeInbox(_ inbox: URL) throws -> [String: String] {
    var expected: [String: String] = [:]
    let fm = FileManager.default
    for (n, example) in ExampleSet.bundles(catalog: catalog).enumerated() {
        let folder = n % 3 == 0 ? "2025/07/" : n % 3 == 1 ? "window/" : ""
        let relative = folder + example.file
        try fm.createDirectory(
            at: inbox.appendingPathComponent(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(example.bytes)
            .write(to: inbox.appendingPathComponent(relative))
        expected[relative] = example.expected
    }
    let original = expected.keys.sorted().first { expected[$0] == "accepted" }!
    try fm.copyItem(at: inbox.appendingPathComponent(original), to: inbox.appendingPathComponent("copy of accepted.zip"))
    expected["copy of accepted.zip"] = "accepted"
    try Data("PK not really a zip".utf8).write(to: inbox.appendingPathComponent("window/broken.zip"))
    expected["window/broken.zip"] = "invalid"
    try Data("notes".utf8).write(to: inbox.appendingPathComponent("notes.txt"))
    try fm.createSymbolicLink(atPath: inbox.appendingPathComponent("2025/loop").path, withDestinationPath: inbox.path)
    return expected
}

/// Collects what a run reports, silently.
final class Recorder: RunObserver, @unchecked Sendable {
    // @unchecked Sendable: every stored property is used under `lock`.
    private let lock = NSLock()
    private var _outcomes: [BundleOutcome] = []
    private var _recovery = Recovery()
    private var _warnings: [String] = []
    var outcomes: [BundleOutcome] { lock.withLock { _outcomes } }
    var recovery: Recovery { lock.withLock { _recovery } }
    var warnings: [String] { lock.withLock { _warnings } }

    func started(bundles: Int, bytes: Int64, options: RunOptions, catalogVersion: String, recovered: Recovery) {
        lock.withLock { _recovery = recovered }
    }
    func finished(_ outcome: BundleOutcome, totals: RunTotals) { lock.withLock { _outcomes.append(outcome) } }
    func warning(_ message: String) { lock.withLock { _warnings.append(message) } }
    func completed(_ totals: RunTotals) {}
}

@discardableResult
func run(
    inbox: URL, out: URL, jobs: Int = 2, moveDone: URL? = nil, quarantine: URL? = nil, catalog c: Catalog = catalog,
    recorder: Recorder = Recorder()
) async throws -> RunTotals {
    try await BatchRun(
        checker: checker(c),
        options: RunOptions(inbox: inbox, out: out, jobs: jobs, moveDone: moveDone, quarantine: quarantine),
        observer: recorder
    ).run()
}

/// Every regular file under `dir`, relative to it (symbolic links not followed).
func files(under dir: URL) -> [String] {
    var out: [String] = []
    var folders = [""]
    while let folder = folders.popLast() {
        let path = folder.isEmpty ? dir.path : dir.path + "/" + folder
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            let relative = folder.isEmpty ? name : folder + "/" + name
            var s = stat()
            guard lstat(dir.path + "/" + relative, &s) == 0 else { continue }
            switch s.st_mode & S_IFMT {
            case S_IFDIR: folders.append(relative)
            case S_IFREG: out.append(relative)
            default: break
            }
        }
    }
    return out.sorted()
}

/// The ledger's rows for a query (raw SQL: tests only).
func ledgerRows(_ out: URL, _ sql: String) throws -> [[SQLValue]] {
    try openLedger(out).rows(sql)
}

/// The ledger of an output folder.
func openLedger(_ out: URL) throws -> SQLLedger {
    try SQLLedger(url: out.appendingPathComponent(SQLLedger.fileName))
}

/// The newest run's dated summary (`runs/<date>/run-<id>.json`) under `out`, and its HTML.
func latestRunSummary(_ out: URL) throws -> (json: [String: Any], html: String) {
    let files = files(under: out.appendingPathComponent("runs")).filter { $0.hasSuffix(".json") }
    func id(_ file: String) -> Int { Int(file.split(separator: "-").last?.dropLast(5) ?? "") ?? -1 }
    guard let newest = files.max(by: { id($0) < id($1) }) else {
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: out.appendingPathComponent("runs").path])
    }
    let url = out.appendingPathComponent("runs/" + newest)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    let html = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("html"), encoding: .utf8)
    return (json, html)
}

/// The index's month pages (`index/<month>.*`) of an output folder, put together: every
/// report and superseded report they list, their CSV rows (headers left out), their HTML.
func indexMonths(_ out: URL) throws -> (
    reports: [[String: Any]], superseded: [[String: Any]], csvRows: Int, html: String, files: [String]
) {
    let months = try #require(try indexJSON(out)["months"] as? [[String: Any]])
    var (reports, superseded, rows, html, files) = ([[String: Any]](), [[String: Any]](), 0, "", [String]())
    for m in months {
        let names = try ["json", "csv", "html"].map { try #require(m[$0] as? String) }
        files += names
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(names[0]))) as? [String: Any])
        #expect(json["month"] as? String == m["month"] as? String)
        reports += json["reports"] as? [[String: Any]] ?? []
        superseded += json["supersededReports"] as? [[String: Any]] ?? []
        let csv = try String(contentsOf: out.appendingPathComponent(names[1]), encoding: .utf8)
        rows += csv.split(separator: "\r\n").count - 1
        html += try String(contentsOf: out.appendingPathComponent(names[2]), encoding: .utf8)
    }
    return (reports, superseded, rows, html, files)
}

/// The cumulative index (`index.json`) of an output folder.
func indexJSON(_ out: URL) throws -> [String: Any] {
    try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("index.json"))) as? [String: Any])
}
