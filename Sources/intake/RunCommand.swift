import ArgumentParser
import Foundation
import IntakeCommandSupport
import IntakeRun
import Logging

/// `intake run --inbox DIR --out DIR`: the nightly batch over an inbox.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Decide every bundle of an inbox, in parallel, resumably; reports, ledger and summary under --out.",
        discussion: """
            Every *.zip under --inbox (recursively; symbolic links to folders are not followed,
            the --out, --move-done and --quarantine folders are skipped) is decided once:
            reports in OUT/reports/<submitted date>/<verdict>/<matter>/, the ledger in
            OUT/ledger.sqlite, the summary in OUT/summary.{json,csv,html}. A run killed at any
            moment and started again finishes the rest and decides nothing twice.
            Exit status: 0 when the run completed (whatever the verdicts), 2 when it failed
            (unreadable catalog, unwritable output folder, ledger error).
            """)

    @Option(help: "The folder of bundles.") var inbox: String
    @Option(help: "The output folder (reports, ledger, summary).") var out: String
    @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml).") var pipeline: String?
    @Option(help: "Bundles decided at the same time (default: one per core).") var jobs: Int?
    @Option(help: "Move decided bundles here, keeping their path under the inbox.") var moveDone: String?
    @Option(help: "Move bundles that cannot be read at all here, with their report (default with --move-done: OUT/quarantine).")
    var quarantine: String?
    @Flag(help: "Only the final line (and errors).") var quiet = false
    @Flag(help: "One JSON object per bundle on standard output, then a summary object.") var json = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let checker = Tooling.checker(pipeline: pipeline)
        let outURL = URL(fileURLWithPath: out)
        let options = RunOptions(
            inbox: URL(fileURLWithPath: inbox), out: outURL,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            moveDone: moveDone.map { URL(fileURLWithPath: $0) },
            quarantine: quarantine.map { URL(fileURLWithPath: $0) }
                ?? (moveDone == nil ? nil : outURL.appendingPathComponent("quarantine")))
        let observer = RunDisplay.automatic(quiet: quiet, json: json, logger: Logger(label: "intake.run"))
        let batch = BatchRun(checker: checker, options: options, observer: observer)
        do {
            _ = try await batch.run()
        } catch {
            Self.fail("the run failed (\(error.code)): \(error)")
        }
    }
}
