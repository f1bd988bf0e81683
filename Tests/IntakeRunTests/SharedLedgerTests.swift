import Foundation
import IntakeAudit
import IntakeCatalog
import IntakeFixtures
import IntakeIO
import IntakeReport
import IntakeSeedData
import Synchronization
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// Several `intake run` processes on one PostgreSQL ledger, over one inbox and one output
/// folder: real child processes, a real server (`INTAKE_TEST_POSTGRES`).
@Suite(
    "runs sharing a PostgreSQL ledger",
    .enabled(if: PostgresTestServer.enabled, "no PostgreSQL: set INTAKE_TEST_POSTGRES (scripts/postgres.sh start)"))
struct SharedLedgerTests {
    /// Three workers; one at a time is killed with kill -9 at a random moment and started
    /// again, four times. In the end every bundle is decided exactly once, with the verdict
    /// the corpus was made for; the report files are exactly the ledger's sets; nothing is
    /// left in the queue, no claim, no pending set, no run still `running`, no temporary file.
    @Test func threeWorkersKilledAtRandomDecideEveryBundleOnce() throws {
        try PostgresTestServer.withDatabase("kill") { location in
            let dir = try temporaryFolder("shared-kill")
            defer { try? FileManager.default.removeItem(at: dir) }
            let inbox = dir.appendingPathComponent("inbox")
            let out = dir.appendingPathComponent("out")
            let (_, expected) = try Corpus.mixed(into: inbox, count: 150, averageMB: 0.05, catalog: catalog, seed: 11)
            let executable = try intakeExecutable()
            let url = "\(location)"
            func worker() throws -> Process {
                try start(executable, inbox: inbox, out: out, ledger: url, lease: 2)
            }
            let watcher = try SQLLedger(postgres: location)
            /// Waits until the worker's run is in the ledger (it is deciding).
            func begun(_ p: Process) throws -> Bool {
                for _ in 0..<400 where p.isRunning {
                    let rows = try watcher.rows("SELECT 1 FROM runs WHERE pid = ?", [.integer(Int64(p.processIdentifier))])
                    if !rows.isEmpty { return true }
                    usleep(50_000)
                }
                return false
            }
            var workers = try (0..<3).map { _ in try worker() }
            var rng = SystemRandomNumberGenerator()
            var killed: [Int] = []
            var finishedEarly: [Process] = []
            for _ in 0..<4 {
                let i = Int.random(in: 0..<workers.count, using: &rng)
                guard try begun(workers[i]) else { continue }
                usleep(UInt32.random(in: 0...400_000, using: &rng))
                guard workers[i].isRunning else { continue }
                kill(workers[i].processIdentifier, SIGKILL)
                workers[i].waitUntilExit()
                if workers[i].terminationReason == .uncaughtSignal {
                    killed.append(Int(workers[i].processIdentifier))
                    _ = said(workers[i])
                } else {
                    finishedEarly.append(workers[i])
                }
                workers[i] = try worker()
            }
            for w in workers { w.waitUntilExit() }
            for w in workers + finishedEarly {
                let words = said(w)
                #expect(w.terminationReason == .exit && w.terminationStatus == 0, "a worker ended: \(words)")
            }

            let ledger = try SQLLedger(postgres: location)
            let rows = try ledger.rows(
                "SELECT sha256, report_dir, report_base, verdict, file, decisions FROM bundles WHERE state = 'decided'")
            #expect(rows.count == expected.count)
            #expect(rows.allSatisfy { $0[5].int == 1 }, "a bundle decided twice")
            let verdicts = Dictionary(uniqueKeysWithValues: rows.map { ($0[4].string, $0[3].string) })
            for e in expected { #expect(verdicts[e.file] == e.verdict, "\(e.file)") }
            let wanted = Set(rows.flatMap { ReportLayout.files(dir: $0[1].string, base: $0[2].string) })
            #expect(Set(files(under: out.appendingPathComponent("reports")).map { "reports/" + $0 }) == wanted)
            #expect(!files(under: out).contains { AtomicWriter.isTemporary(($0 as NSString).lastPathComponent) })
            #expect(
                try ledger.rows("SELECT COUNT(*) FROM bundles WHERE pending_dir IS NOT NULL OR state <> 'decided'")[0][0].int == 0
            )
            #expect(try ledger.rows("SELECT COUNT(*) FROM work")[0][0].int == 0)
            #expect(try ledger.rows("SELECT COUNT(*) FROM bundle_claims")[0][0].int == 0)
            #expect(try ledger.rows("SELECT COUNT(*) FROM runs WHERE status = 'running'")[0][0].int == 0)
            // Each killed worker's run was closed as interrupted by another worker, unless the kill came after the
            // run had recorded its end (the process was exiting): never left running, and no other run interrupted.
            let interrupted = Set(
                try ledger.rows("SELECT pid FROM runs WHERE status = 'interrupted'").map { $0[0].int })
            #expect(interrupted.isSubset(of: Set(killed)), "interrupted \(interrupted), killed \(killed)")
            for pid in killed {
                let statuses = try ledger.rows("SELECT status FROM runs WHERE pid = ?", [.integer(Int64(pid))]).map {
                    $0[0].string
                }
                #expect(!statuses.isEmpty && !statuses.contains("running"), "killed worker \(pid): \(statuses)")
            }
            #expect(try ledger.rows("SELECT COUNT(*) FROM names")[0][0].int == expected.count)
            // Every run recorded the host and process that decided; the index shows them.
            #expect(try ledger.rows("SELECT COUNT(*) FROM runs WHERE host IS NULL OR pid IS NULL")[0][0].int == 0)
            let indexRuns = try indexJSON(out)["runs"] as? [[String: Any]] ?? []
            #expect(indexRuns.count == (try ledger.rows("SELECT COUNT(*) FROM runs")[0][0].int))
            #expect(indexRuns.allSatisfy { ($0["host"] as? String)?.isEmpty == false && ($0["pid"] as? Double ?? 0) > 0 })
        }
    }

    /// A worker frozen (SIGSTOP) past its lease while another takes its bundles over and
    /// closes its run exits with status 3 once resumed, whichever notices first: its lease
    /// keeper (the renewal refused) or its recording (the claim gone). The recording's
    /// refusal ended the run with status 2, "the run failed" (round 33, tester m).
    @Test func aWorkerFrozenPastItsLeaseExitsThree() throws {
        try PostgresTestServer.withDatabase("frozen") { location in
            let dir = try temporaryFolder("shared-frozen")
            defer { try? FileManager.default.removeItem(at: dir) }
            let inbox = dir.appendingPathComponent("inbox")
            let out = dir.appendingPathComponent("out")
            let (_, expected) = try Corpus.mixed(into: inbox, count: 60, averageMB: 0.05, catalog: catalog, seed: 5)
            let executable = try intakeExecutable()
            let watcher = try SQLLedger(postgres: location)
            let frozen = try start(executable, inbox: inbox, out: out, ledger: "\(location)", lease: 1)
            // Frozen once it has decided a few (it is recording, and holds claims).
            var decided = 0
            for _ in 0..<600 where frozen.isRunning && decided < 3 {
                decided = Int(try watcher.rows("SELECT COUNT(*) FROM bundles WHERE state = 'decided'")[0][0].int)
                usleep(20_000)
            }
            guard frozen.isRunning else {
                Issue.record("the worker ended before it was frozen: \(said(frozen))")
                return
            }
            kill(frozen.processIdentifier, SIGSTOP)
            usleep(1_500_000)  // past its 1 s lease
            let other = try start(executable, inbox: inbox, out: out, ledger: "\(location)", lease: 1)
            other.waitUntilExit()
            #expect(other.terminationReason == .exit && other.terminationStatus == 0, "\(said(other))")
            kill(frozen.processIdentifier, SIGCONT)
            frozen.waitUntilExit()
            let words = said(frozen)
            #expect(frozen.terminationReason == .exit && frozen.terminationStatus == 3, "\(words)")
            #expect(words.contains("lost its lease") || words.contains("lost its claim"), "\(words)")
            let rows = try watcher.rows("SELECT decisions FROM bundles WHERE state = 'decided'")
            #expect(rows.count == expected.count && rows.allSatisfy { $0[0].int == 1 })
        }
    }

    /// A run closed as interrupted by a process that died before it wrote the run's summary is
    /// summarized by a later run, which says so (round 33, tester m: such a run stayed without a
    /// summary for good, and nothing said so); within ten minutes of its close (its closer still
    /// writing it) it is not taken, nor is a run that stopped itself (a signal) and is writing
    /// its own.
    @Test func aRunWhoseCloserDiedIsSummarizedLater() async throws {
        try await PostgresTestServer.withDatabase("orphan") { location in
            let dir = try temporaryFolder("shared-orphan")
            defer { try? FileManager.default.removeItem(at: dir) }
            let inbox = dir.appendingPathComponent("inbox")
            let out = dir.appendingPathComponent("out")
            _ = try writeInbox(inbox)
            var options = RunOptions(inbox: inbox, out: out, jobs: 1)
            options.ledger = .postgres(location, lease: 1)
            _ = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
            let ledger = try SQLLedger(postgres: location, lease: 1)
            // A run whose process died: begun, never finished; its lease runs out.
            let id = try ledger.beginRun(inbox: inbox.path, catalogVersion: "v", jobs: 1)
            // And one that stopped itself (SIGTERM) and is writing its summary now.
            let stopping = try ledger.beginRun(inbox: inbox.path, catalogVersion: "v", jobs: 1)
            try ledger.finishRun(stopping, decided: 0, seconds: 1, status: .interrupted)
            try await Task.sleep(nanoseconds: 1_500_000_000)
            // Another process closes the first and dies before writing its summary.
            #expect(try SQLLedger(postgres: location, lease: 1).closeInterruptedRuns().map(\.id) == [id])
            #expect(try ledger.takeUnsummarizedRuns(channel: .batch).isEmpty)  // just closed
            // Ten minutes later.
            try ledger.execute("UPDATE runs SET finished = '2000-01-01T00:00:00.000Z' WHERE id IN (\(id), \(stopping))")
            let recorder = Recorder()
            _ = try await BatchRun(checker: checker(), options: options, observer: recorder).run()
            let summary = try ledger.rows("SELECT summary FROM runs WHERE id = ?", [.integer(id)])
            guard case .text(let path)? = summary.first?.first else {
                Issue.record("no summary: \(summary)")
                return
            }
            #expect(path.hasPrefix("runs/"), "\(path)")
            #expect(recorder.warnings.contains { $0.contains("run \(id) was closed as interrupted by a process that died") })
            #expect(try ledger.rows("SELECT summary FROM runs WHERE id = ?", [.integer(stopping)]) == [[.null]])
            #expect(try ledger.takeUnsummarizedRuns(channel: .batch).isEmpty)
        }
    }

    /// The same inbox decided with a SQLite ledger and with a PostgreSQL one gives the same
    /// report bytes, the same counts and the same decisions.
    @Test func aPostgresLedgerDecidesAsSQLiteDoes() async throws {
        try await PostgresTestServer.withDatabase("same") { location in
            let dir = try temporaryFolder("shared-same")
            defer { try? FileManager.default.removeItem(at: dir) }
            let inbox = dir.appendingPathComponent("inbox")
            try writeInbox(inbox)
            let lite = dir.appendingPathComponent("lite")
            let pg = dir.appendingPathComponent("pg")
            let liteTotals = try await run(inbox: inbox, out: lite)
            var options = RunOptions(inbox: inbox, out: pg, jobs: 2)
            options.ledger = .postgres(location, lease: 5)
            let pgTotals = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
            #expect(pgTotals.decided == liteTotals.decided && pgTotals.verdicts == liteTotals.verdicts)
            #expect(pgTotals.skipped == liteTotals.skipped)

            let reports = files(under: lite.appendingPathComponent("reports"))
            #expect(!reports.isEmpty)
            #expect(files(under: pg.appendingPathComponent("reports")) == reports)
            for file in reports {
                let a = try Data(contentsOf: lite.appendingPathComponent("reports/" + file))
                let b = try Data(contentsOf: pg.appendingPathComponent("reports/" + file))
                #expect(a == b, "\(file)")
            }
            let l = try openLedger(lite)
            let p = try SQLLedger(postgres: location)
            var lc = try l.summaryCounts(slowest: 0)
            var pc = try p.summaryCounts(slowest: 0)
            lc.slowest = []
            pc.slowest = []
            #expect(lc == pc)
            func decisions(_ ledger: SQLLedger) throws -> [DecisionRow] {
                try ledger.findDecisions(DecisionFilter()).map {
                    var row = $0
                    row.decidedAt = ""
                    return row
                }.sorted { $0.sha256 < $1.sha256 }
            }
            #expect(try decisions(l) == decisions(p))
            var lRows: [DecidedBundleRow] = []
            var pRows: [DecidedBundleRow] = []
            try l.forEachDecidedBundle { lRows.append($0) }
            try p.forEachDecidedBundle { pRows.append($0) }
            func untimed(_ rows: [DecidedBundleRow]) -> [String] {
                rows.map { "\($0.sha256) \($0.names) \($0.verdict) \($0.errors) \($0.reports.files)" }
            }
            #expect(untimed(lRows) == untimed(pRows))
            // A date filter means the same on both engines (China Standard Time days).
            var filter = DecisionFilter()
            filter.from = "2000-01-01"
            filter.to = "2999-12-31"
            #expect(try l.findDecisions(filter).count == lRows.count)
            #expect(try p.findDecisions(filter).count == pRows.count)
            filter.to = "2000-01-02"
            #expect(try p.findDecisions(filter).isEmpty)

            // The auditors' tools read the shared ledger (--ledger) as they read OUT's file.
            let shared = LedgerLocation.postgres(location, lease: 5)
            let loader = try CatalogLoader(home: repositoryRoot)
            let liteCheck = try AuditVerifier(out: lite, publicKey: nil, loader: loader).verify()
            let pgCheck = try AuditVerifier(out: pg, publicKey: nil, loader: loader, ledger: shared).verify()
            #expect(liteCheck.problems.isEmpty && pgCheck.problems.isEmpty)
            #expect(pgCheck.seals == 1 && pgCheck.reportSets == liteCheck.reportSets && pgCheck.files == liteCheck.files)
            #expect(pgCheck.reportSets == lRows.count)
            // Without --ledger, a shared run's output folder holds no ledger file: said, not guessed.
            let missing = #expect(throws: AuditError.self) {
                try AuditVerifier(out: pg, publicKey: nil, loader: nil).verify()
            }
            #expect(missing?.description.contains("holds no ledger") == true)
            let liteSample = Sampler(out: lite, n: 7, seed: "q4", by: .verdict)
            let pgSample = Sampler(out: pg, n: 7, seed: "q4", by: .verdict, ledger: shared)
            #expect(
                liteSample.draw(from: try liteSample.population()).map(\.sha256)
                    == pgSample.draw(from: try pgSample.population()).map(\.sha256))
            let same = try Rejudge(out: pg, checker: checker(), bundles: nil, jobs: 2, ledger: shared).run()
            #expect(same.bundles == lRows.count && same.changes.isEmpty && same.skipped.isEmpty)
            // One report byte changed after sealing is named, by its path, from the shared ledger.
            let changed = "reports/" + reports[0]
            var bytes = [UInt8](try Data(contentsOf: pg.appendingPathComponent(changed)))
            bytes[bytes.count / 2] ^= 0x01
            try Data(bytes).write(to: pg.appendingPathComponent(changed))
            let tampered = try AuditVerifier(out: pg, publicKey: nil, loader: nil, ledger: shared).verify()
            #expect(tampered.problems.map { "\($0.code) \($0.path)" } == ["report-changed \(changed)"])
            // Run again: every bundle is found decided under its name (looked up with the
            // batch taken from the queue), except one rewritten since, which is read and
            // decided as the new bytes it holds; nothing is decided twice.
            let rewritten = try FileManager.default.contentsOfDirectory(atPath: inbox.path).filter { $0.hasSuffix(".zip") }
                .sorted()[0]
            try Data("PK rewritten, not a zip".utf8).write(to: inbox.appendingPathComponent(rewritten))
            let again = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
            #expect(again.decided == 1 && again.duplicates == 0)
            #expect(again.alreadyDecided == pgTotals.decided + pgTotals.duplicates - 1)
            // Found by the names looked up with the batch, not by a claim (which records
            // the name again): only the rewritten file's name is this run's.
            let ledgerAfter = try SQLLedger(postgres: location)
            let lastRun = try ledgerAfter.rows("SELECT MAX(id) FROM runs")[0][0]
            #expect(try ledgerAfter.rows("SELECT COUNT(*) FROM names WHERE last_run = ?", [lastRun]) == [[.integer(1)]])
            #expect(
                try SQLLedger(postgres: location).rows("SELECT COUNT(*) FROM bundles WHERE decisions <> 1") == [[.integer(0)]])
        }
    }

    /// The database restarted in the middle of a run of two workers (a cluster of the
    /// test's own, `scripts/postgres.sh`): a worker whose call was cut stops cleanly (exit 2,
    /// nothing half recorded), the others wait for the server and carry on; the stopped
    /// one started again resumes. Every bundle decided once.
    @Test func theDatabaseRestartedMidRun() throws {
        _ = try PostgresTestServer.server()  // CI: fail when there is no PostgreSQL at all
        let dir = try temporaryFolder("shared-restart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cluster = dir.appendingPathComponent("pg")
        let port = Int.random(in: 55_000...59_000)
        let answer = dir.appendingPathComponent("postgres.out")
        func postgres(_ command: String) throws -> String {
            let script = repositoryRoot.appendingPathComponent("scripts/postgres.sh").path
            guard let status = Self.shell("'\(script)' \(command) '\(cluster.path)' \(port) > '\(answer.path)' 2>/dev/null")
            else { throw LedgerError(.unavailable, "cannot start scripts/postgres.sh") }
            guard status == 0 else { throw LedgerError(.unavailable, "scripts/postgres.sh \(command) failed (\(status))") }
            return try String(contentsOf: answer, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let url = try postgres("start")
        defer { _ = try? postgres("stop") }

        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        let (_, expected) = try Corpus.mixed(into: inbox, count: 150, averageMB: 0.05, catalog: catalog, seed: 13)
        let executable = try intakeExecutable()
        var workers = try (0..<2).map { _ in try start(executable, inbox: inbox, out: out, ledger: url, lease: 3) }
        let ledger = try SQLLedger(postgres: try PostgresLocation(url: url))
        // Restart once a fifth of the bundles are decided.
        for _ in 0..<600 {
            let decided = try ledger.rows("SELECT COUNT(*) FROM bundles WHERE state = 'decided'")[0][0].int
            if decided >= expected.count / 5 { break }
            usleep(20_000)
        }
        #expect(try postgres("restart") == url)
        for w in workers { w.waitUntilExit() }
        for (i, w) in workers.enumerated() {
            let words = said(w)
            guard w.terminationStatus != 0 else { continue }
            #expect(w.terminationReason == .exit && w.terminationStatus == 2, "a worker stopped: \(words)")
            workers[i] = try start(executable, inbox: inbox, out: out, ledger: url, lease: 3)
            workers[i].waitUntilExit()
            let again = said(workers[i])
            #expect(workers[i].terminationStatus == 0, "\(again)")
        }
        let rows = try ledger.rows("SELECT report_dir, report_base, decisions FROM bundles WHERE state = 'decided'")
        #expect(rows.count == expected.count)
        #expect(rows.allSatisfy { $0[2].int == 1 })
        let wanted = Set(rows.flatMap { ReportLayout.files(dir: $0[0].string, base: $0[1].string) })
        #expect(Set(files(under: out.appendingPathComponent("reports")).map { "reports/" + $0 }) == wanted)
        #expect(try ledger.rows("SELECT COUNT(*) FROM work")[0][0].int == 0)
        #expect(try ledger.rows("SELECT COUNT(*) FROM runs WHERE status = 'running'")[0][0].int == 0)
    }

    /// Across a real network link (scripts/netns-ledger.sh: PostgreSQL and two workers in
    /// network namespaces, one worker's link cut mid-run). Needs root for `ip netns`.
    @Test(.enabled(if: getuid() == 0, "needs root for ip netns (run: sudo scripts/netns-ledger.sh)"))
    func aWorkerCutFromTheNetworkIsTakenOver() throws {
        _ = try PostgresTestServer.server()
        let dir = try temporaryFolder("netns")
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("netns.log")
        let script = repositoryRoot.appendingPathComponent("scripts/netns-ledger.sh").path
        let bin = try intakeExecutable().deletingLastPathComponent().path
        let spawned = Self.shell("cd '\(repositoryRoot.path)' && INTAKE_BIN='\(bin)' '\(script)' 300 > '\(log.path)' 2>&1")
        #expect(spawned != nil)
        let status = spawned ?? -1
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(status == 0, "\(output)")
        #expect(output.contains("ok   bundles decided more than once: 0"))
        #expect(output.contains("ok   worker 1's run closed as interrupted"))
    }

    /// Runs a shell line and returns its wait status (nil: it could not be started). With
    /// posix_spawn and waitpid: the scripts leave a server behind them, and Foundation's
    /// Process was seen to miss a script's exit then.
    private static func shell(_ line: String) -> Int32? {
        let words: [String] = ["/bin/sh", "-c", line]
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    private func start(_ executable: URL, inbox: URL, out: URL, ledger: String, lease: Double) throws -> Process {
        let p = Process()
        p.executableURL = executable
        p.arguments = [
            "run", "--inbox", inbox.path, "--out", out.path, "--jobs", "1", "--quiet", "--settle", "0", "--ledger", ledger,
            "--lease", String(lease),
        ]
        p.environment = ProcessInfo.processInfo.environment.merging(["INTAKE_HOME": repositoryRoot.path]) { $1 }
        p.standardOutput = FileHandle.nullDevice
        // What a worker says on stderr (its error, or a crash's backtrace) is kept for the
        // failure message: /tmp/intake-worker-<pid>.err, removed by `said(_:)`.
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("intake-worker-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        Self.errors.withLock { $0[p.processIdentifier] = err }
        return p
    }

    private static let errors = Mutex<[Int32: URL]>([:])

    /// How a worker ended, and the end of what it wrote on stderr.
    private func said(_ p: Process) -> String {
        guard let url = Self.errors.withLock({ $0.removeValue(forKey: p.processIdentifier) }) else { return "" }
        defer { try? FileManager.default.removeItem(at: url) }
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        // A crash's message and first frames are at the head, the last lines at the tail.
        let kept = text.count <= 8000 ? text : "\(text.prefix(4000))\n…\n\(text.suffix(4000))"
        return "\(p.terminationReason == .exit ? "exit" : "signal") \(p.terminationStatus): \(kept)"
    }
}
