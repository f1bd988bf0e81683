import ArgumentParser
import Dispatch
import Foundation
import IntakeAudit
import IntakeCommandSupport
import IntakeLedger
import IntakeRun
import Logging

/// `intake run --inbox DIR --out DIR`: the nightly batch over an inbox.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Decide every bundle of an inbox, in parallel, resumably; reports, ledger and summary under --out.",
        discussion: """
            Every *.zip under --inbox written more than --settle seconds ago (recursively; symbolic \
            links to folders are not followed, the --out, --move-done and --quarantine folders are \
            skipped) is decided once: reports in OUT/reports/<submitted date>/<verdict>/<matter>/, the \
            ledger in OUT/ledger.sqlite, this run's summary in OUT/runs/<date>/run-<id>.{json,csv,html} \
            and the cumulative index in OUT/index.{json,csv,html}; the catalog that decided in \
            OUT/catalogs/<version>/, and a seal of every report set written in OUT/seals/NNNNNN.json \
            (signed with --sign-key; `intake audit verify OUT` checks them). A run killed at any moment \
            and started again finishes the rest and decides nothing twice. A bundle decided once stays \
            decided, whatever catalog (--pipeline) a later run uses: its sealed reports are never \
            rewritten, nor written again when removed (the run warns; `intake audit verify OUT` names \
            them); `intake audit rejudge OUT --catalog PIPELINE` shows what new rules would change.

            Ctrl-C (SIGINT) or SIGTERM: no bundle is started after it, those in flight finish, the \
            summary is written, the run is recorded as interrupted, and the same command started again \
            resumes (a second Ctrl-C stops at once, the next run repairs; a second SIGTERM changes \
            nothing: send SIGKILL to stop at once).

            --ledger postgres://USER@HOST:PORT/DATABASE shares one ledger between runs on any number of \
            hosts over the same inbox and output folder (shared storage): each run adds the inbox to a \
            shared queue and takes bundles from it under a lease it renews (--lease); a run that dies \
            loses its lease and another finishes its bundles.

            Exit status: 0 when the run completed (whatever the verdicts), 2 when it failed (unreadable \
            catalog, unwritable output folder, ledger error, an output folder with seals or reports whose \
            ledger is missing or records no run, or with seals or run summaries numbered past those its ledger records: \
            a ledger restored from an older backup), 3 when a shared run lost its lease (others \
            carry on), 130 after Ctrl-C, 143 after SIGTERM.
            """)

    @Option(help: "The folder of bundles.") var inbox: String
    @Option(help: "The output folder (reports, ledger, summary).") var out: String
    @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml).") var pipeline: String?
    @Option(help: "Bundles decided at the same time (default: one per core).") var jobs: Int?
    @Option(help: "Move decided bundles here, keeping their path under the inbox.") var moveDone: String?
    @Option(help: "Move bundles that cannot be read at all here, with their report (default with --move-done: OUT/quarantine).")
    var quarantine: String?
    @Option(help: "Leave files written less than this many seconds ago for the next run (uploads still arriving).")
    var settle: Double = 60
    @Option(help: "Log lines as logfmt (key=\"value\") or json (one object per line).") var logFormat: LineLogHandler.Format =
        .logfmt
    @Option(help: "Sign each seal of the output's hash chain with this Ed25519 key (made by `intake audit keygen`).")
    var signKey: String?
    @OptionGroup var shared: LedgerOptions
    @Flag(help: "Only the final line (and errors).") var quiet = false
    @Flag(help: "One JSON object per bundle on standard output, then a summary object.") var json = false

    func validate() throws {
        for (value, option) in [(inbox, "--inbox"), (out, "--out"), (moveDone, "--move-done"), (quarantine, "--quarantine")] {
            try BundleArgument.requireUTF8(value, option: option)
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        // A worker is a thread with its PDF helper: 100,000 of them outlived the run, holding the output folder's lock
        // (round 40, tester w).
        if let jobs, jobs > 256 { throw ValidationError("--jobs must be at most 256") }
        if !(settle >= 0) { throw ValidationError("--settle must be 0 or more seconds") }
    }

    func run() async throws {
        let format = logFormat
        LoggingSystem.bootstrap { LineLogHandler(label: $0, format: format) }
        // Watched from the start: a signal while the catalog loads stops the run as one
        // later does (recorded as interrupted, with its summary), not by the default action.
        let stop = RunStop()
        let watchers = [SIGINT, SIGTERM].map { Self.watch($0, stop: stop) }
        let checker = Tooling.checker(pipeline: pipeline)
        let outURL = URL(fileURLWithPath: out)
        var options = RunOptions(
            inbox: URL(fileURLWithPath: inbox), out: outURL,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            moveDone: moveDone.map { URL(fileURLWithPath: $0) },
            quarantine: quarantine.map { URL(fileURLWithPath: $0) }
                ?? (moveDone == nil ? nil : outURL.appendingPathComponent("quarantine")))
        options.settle = settle
        do {
            options.ledger = try shared.location()
        } catch {
            Self.fail("\(error)")
        }
        if let signKey {
            do {
                options.signingKey = try SigningKey(file: URL(fileURLWithPath: signKey))
            } catch {
                Self.fail("\(error)")
            }
        }
        let observer = RunDisplay.automatic(quiet: quiet, json: json, logger: Logger(label: "intake.run"))
        let batch = BatchRun(checker: checker, options: options, observer: observer, stop: stop)
        let totals: RunTotals
        do {
            totals = try await batch.run()
        } catch {
            // The ledger refused a recording because the run no longer holds the bundle
            // (its lease ran out while it was frozen or cut off, and another run took the
            // bundle over or closed this run; or a server crash lost a claim whose commit was
            // not waited for): the same case as the lease keeper's, which it sometimes meets
            // first after a resume (round 33, tester m: exit 2).
            if let lost = error.cause as? LedgerError, lost.code == .leaseLost {
                Self.say(
                    "intake run: lost its claim on the shared ledger (\(lost.message)); the other runs finish its bundles.",
                    level: .error)
                Foundation.exit(3)
            }
            // In the log's own format too (an alert on level=error, a JSON log parser, missed the plain line), and with
            // its kind as the --json error's code (busy, output, inbox, ledger …: all were "failed"; round 40, tester w).
            if isatty(STDERR_FILENO) != 1 {
                Logger(label: "intake.run").error(
                    "run failed", metadata: ["kind": "\(error.code)", "error": "\(error)"])
            }
            Tooling.fail("运行失败 the run failed (\(error.code)): \(error)", code: "\(error.code)")
        }
        withExtendedLifetime(watchers) {}
        if stop.requested == RunStop.leaseLost {
            Self.say(
                """
                intake run: lost its lease on the shared ledger after deciding \(totals.decided) bundle(s) \
                (it could not renew it in time; the other runs took its bundles over).
                """, level: .error)
            Foundation.exit(3)
        }
        // A signal that came once every bundle was decided stopped nothing: the run is
        // recorded completed, and exits as one.
        if let signal = stop.requested, totals.stoppedBy != nil {
            Self.say(
                """
                intake run: 已中断 stopped by \(RunStop.name(signal)) after deciding \(totals.decided) bundle(s) \
                (the bundles in flight were finished; the summary covers what was decided). \
                To resume, run the same command again: nothing is decided twice.
                """, level: .warning)
            Foundation.exit(128 + signal)
        }
    }

    /// A message of the run itself on standard error: on a terminal as it reads (over the
    /// progress bar's line when `clearingTheLine`); else one log line in --log-format, like
    /// every other line there (a log file in json format holds only JSON objects, and no
    /// terminal control sequences).
    static func say(_ message: String, level: Logger.Level, clearingTheLine: Bool = false) {
        if isatty(STDERR_FILENO) == 1 {
            FileHandle.standardError.write(Data(((clearingTheLine ? "\r\u{1B}[K" : "") + message + "\n").utf8))
        } else {
            Logger(label: "intake.run").log(level: level, "\(message)")
        }
    }

    /// Turns `signal` into a request to stop the run; a second Ctrl-C (SIGINT) stops the
    /// process at once (what is half written is repaired by the next run). A second SIGTERM
    /// changes nothing: one stop is often delivered twice (GNU `timeout` signals the process
    /// and then its process group; round 20: such runs ended by `_exit` with the run left
    /// `running`, no summary, no seal), and a manager that means to stop at once sends SIGKILL.
    static func watch(_ signal: Int32, stop: RunStop) -> any DispatchSourceSignal {
        Foundation.signal(signal, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
        source.setEventHandler {
            if stop.request(signal: signal) {
                say(
                    "intake run: stopping (\(RunStop.name(signal))): finishing the bundles in flight; Ctrl-C again stops at once",
                    level: .warning, clearingTheLine: true)
            } else if signal == SIGINT {
                _exit(128 + signal)
            }
        }
        source.resume()
        return source
    }
}

extension LineLogHandler.Format: ExpressibleByArgument {}
