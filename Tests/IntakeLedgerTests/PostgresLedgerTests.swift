import Foundation
import IntakeBundle
import IntakeIO
import IntakeSeedData
import Synchronization
import Testing

@testable import IntakeLedger

/// What only a shared ledger does: leases, claims held in the database, the queue. Two
/// `SQLLedger` values on one database stand for two processes (each has its own
/// connection, and its own in-process claims).
@Suite(.enabled(if: PostgresTest.enabled, "no PostgreSQL: set INTAKE_TEST_POSTGRES (scripts/postgres.sh start)"))
struct PostgresLedgerTests {
    /// A ledger as one process has it (its own connection, a 1 s lease) with a run begun.
    static func process(_ location: PostgresLocation) throws -> (SQLLedger, Int64) {
        let ledger = try SQLLedger(postgres: location, lease: 1)
        return (ledger, try ledger.beginRun(inbox: "/in", catalogVersion: "c", jobs: 1))
    }

    /// The same tables and columns as a SQLite ledger at the same version.
    @Test func schemaMatchesSQLite() throws {
        try PostgresTest.withDatabase("schema") { location in
            let pg = try SQLLedger(postgres: location)
            let (dir, url) = try temporaryLedger("parity")
            defer { try? FileManager.default.removeItem(at: dir) }
            let lite = try SQLLedger(url: url)
            #expect(try pg.rows("SELECT value FROM meta WHERE key = 'schema'") == [[.text(String(SQLLedger.schemaVersion))]])
            let tables = try lite.rows(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).map(\.[0].string)
            #expect(tables.contains("bundle_claims") && tables.contains("work"))
            for table in tables {
                let liteColumns = Set(try lite.rows("SELECT name FROM pragma_table_info('\(table)')").map(\.[0].string))
                let pgColumns = Set(
                    try pg.rows(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?",
                        [.text(table)]
                    ).map(\.[0].string))
                #expect(pgColumns == liteColumns, "table \(table)")
            }
            // Opening again migrates nothing; a second "process" opening at once is fine.
            _ = try SQLLedger(postgres: location)
            // The queue's index, as in SQLite; a ledger of version 6 (its older index) is
            // migrated to it on open.
            let indexes = "SELECT indexname FROM pg_indexes WHERE tablename = 'work' ORDER BY indexname"
            #expect(try pg.rows(indexes) == [[.text("work_pkey")], [.text("work_queue")]])
            try pg.execute("DROP INDEX work_queue")
            try pg.execute("CREATE INDEX work_inbox ON work(inbox)")
            try pg.execute("DROP TABLE earlier_names")
            try pg.execute("DROP INDEX bundles_report_dir")
            try pg.execute("ALTER TABLE runs DROP COLUMN summary_sha256")
            try pg.execute("DROP FUNCTION intake_claim")
            try pg.execute("UPDATE meta SET value = '6' WHERE key = 'schema'")
            let migrated = try SQLLedger(postgres: location)
            #expect(try migrated.rows(indexes) == [[.text("work_pkey")], [.text("work_queue")]])
            #expect(try migrated.rows("SELECT COUNT(*) FROM earlier_names") == [[.integer(0)]])
            #expect(try migrated.rows("SELECT COUNT(summary_sha256) FROM runs") == [[.integer(0)]])
            // Version 10's function, whose body (quoted by $$) holds statements of its own.
            #expect(try migrated.rows("SELECT COUNT(*) FROM pg_proc WHERE proname = 'intake_claim'") == [[.integer(1)]])
            #expect(
                try migrated.rows("SELECT value FROM meta WHERE key = 'schema'") == [[.text(String(SQLLedger.schemaVersion))]])
        }
    }

    @Test func refusesANewerSchema() throws {
        try PostgresTest.withDatabase("newer") { location in
            let ledger = try SQLLedger(postgres: location)
            try ledger.execute("UPDATE meta SET value = '\(SQLLedger.schemaVersion + 1)' WHERE key = 'schema'")
            let error = #expect(throws: LedgerError.self) { _ = try SQLLedger(postgres: location) }
            #expect(error?.code == .newerSchema)
            #expect(error?.message.hasPrefix("\(location) has ledger schema version \(SQLLedger.schemaVersion + 1)") == true)
            #expect(!(error?.message.contains("password") ?? true))
        }
    }

    /// A live run (its lease renewed) is not closed by another process; once its lease ran
    /// out it is, exactly once, and it learns so at its next renewal.
    @Test func leasesDecideWhichRunsAreDead() throws {
        try PostgresTest.withDatabase("lease") { location in
            let a = try SQLLedger(postgres: location, lease: 1)
            let b = try SQLLedger(postgres: location, lease: 1)
            let runA = try a.beginRun(inbox: "/in", catalogVersion: "c", jobs: 1)
            #expect(try b.closeInterruptedRuns().isEmpty)
            #expect(try a.renewLease(run: runA))
            #expect(try a.rows("SELECT host, pid FROM runs WHERE id = ?", [.integer(runA)]).first?[1].int == Int(getpid()))
            Thread.sleep(forTimeInterval: 1.2)
            #expect(try b.closeInterruptedRuns().map(\.id) == [runA])
            #expect(try a.closeInterruptedRuns().isEmpty)
            #expect(try a.renewLease(run: runA) == false)
        }
    }

    /// A bundle claimed by one process is busy for another until released, or until the
    /// holder's lease runs out; a run that lost its claim cannot record the decision.
    @Test func claimsAreHeldInTheDatabase() throws {
        try PostgresTest.withDatabase("claims") { location in
            let ((a, runA), (b, runB)) = try (Self.process(location), Self.process(location))
            #expect(try a.claim("s1", catalogVersion: "c", run: runA, complete: { _ in true }) == .claimed)
            #expect(try b.claim("s1", catalogVersion: "c", run: runB, complete: { _ in true }) == .busy)
            a.release("s1")
            #expect(try b.claim("s1", catalogVersion: "c", run: runB, complete: { _ in true }) == .claimed)
            b.release("s1")

            #expect(try a.claim("s2", catalogVersion: "c", run: runA, complete: { _ in true }) == .claimed)
            Thread.sleep(forTimeInterval: 1.2)  // A stops renewing: frozen, or cut from the database
            #expect(try b.claim("s2", catalogVersion: "c", run: runB, complete: { _ in true }) == .claimed)
            let decision = LedgerScenarios.decision("s2", verdict: "accepted", matter: "M", ms: 1, run: runA, version: "c")
            // Nor announce its report set (the files would be written next, over B's).
            let announced = #expect(throws: LedgerError.self) {
                try a.announceReports(
                    ReportAnnouncement(sha256: "s2", size: 100, reports: decision.reports, channel: .online, runID: runA))
            }
            #expect(announced?.code == .leaseLost)
            #expect(try a.rows("SELECT pending_run FROM bundles WHERE sha256 = 's2'").isEmpty)
            let lost = #expect(throws: LedgerError.self) { _ = try a.recordDecision(decision, name: nil) }
            #expect(lost?.code == .leaseLost)
            var byB = decision
            byB.runID = runB
            _ = try b.recordDecision(byB, name: nil)
            #expect(try a.rows("SELECT decisions, run_id FROM bundles WHERE sha256 = 's2'") == [[.integer(1), .integer(runB)]])
        }
    }

    /// The claim and the look-up are one call (`intake_claim`): a bundle another process
    /// decided comes back decided, and the claim the call took for it is given back; under
    /// another catalog version it is claimed, to be decided again.
    @Test func aClaimFindsTheDecisionAnotherProcessRecorded() throws {
        try PostgresTest.withDatabase("found") { location in
            let ((a, runA), (b, runB)) = try (Self.process(location), Self.process(location))
            #expect(try a.claim("s1", catalogVersion: "c", run: runA, complete: { _ in true }) == .claimed)
            _ = try a.recordDecision(
                LedgerScenarios.decision("s1", verdict: "accepted", matter: "M", ms: 1, run: runA, version: "c"), name: nil)
            a.release("s1")
            guard case .decided(let found) = try b.claim("s1", catalogVersion: "c", run: runB, complete: { _ in true }) else {
                Issue.record("not found decided")
                return
            }
            #expect(found.verdict == "accepted" && found.decisions == 1 && found.catalogVersion == "c")
            #expect(try b.rows("SELECT COUNT(*) FROM bundle_claims") == [[.integer(0)]])
            #expect(try b.claim("s1", catalogVersion: "c2", run: runB, complete: { _ in true }) == .claimed)
            #expect(try a.rows("SELECT run_id FROM bundle_claims WHERE sha256 = 's1'") == [[.integer(runB)]])
            #expect(try a.claim("s1", catalogVersion: "c2", run: runA, complete: { _ in true }) == .busy)
        }
    }

    /// A batch taken from the queue comes with what the ledger recorded under each path,
    /// looked up with the batch: the bytes and fingerprint of a path decided before, and
    /// "absent" for a new one (the worker asks no more for those).
    @Test func takenBundlesCarryTheNamesRecordedForThem() throws {
        try PostgresTest.withDatabase("recorded") { location in
            let (a, run) = try Self.process(location)
            let files = (0..<3).map { InboxBundle(path: BytePath("/in/\($0).zip"), relative: BytePath("\($0).zip"), size: 1) }
            #expect(files.allSatisfy { $0.recorded == .notLookedUp })
            let fingerprint = FileFingerprint(device: 7, inode: 11, size: 1, modified: 1_000, changed: 2_000)
            #expect(try a.claim("s1", catalogVersion: "c", run: run, complete: { _ in true }) == .claimed)
            let decision = LedgerScenarios.decision("s1", verdict: "accepted", matter: "M", ms: 1, run: run, version: "c")
            _ = try a.recordDecision(
                decision,
                name: NameRecord(
                    path: files[1].path, relative: files[1].relative, sha256: "s1", fingerprint: fingerprint, runID: run))
            a.release("s1")
            try a.enqueue(inbox: "/in", bundles: files)
            let taken = try a.take(inbox: "/in", run: run, limit: 10)
            #expect(taken.map(\.path) == files.map(\.path))
            #expect(taken.map(\.recorded) == [.absent, .recorded(sha256: "s1", fingerprint: fingerprint), .absent])
        }
    }

    /// A statement waiting longer than `answer_timeout` (here: for a lock another session
    /// holds) is given up by the server itself (its `statement_timeout` is set below it: half
    /// of this 1 s, so that its error arrives first on a loaded machine; with 100 ms to
    /// spare the client's own deadline won in a full test run), in about that time, instead
    /// of waiting for good; the session stays usable.
    @Test func aStatementWaitingTooLongIsGivenUpByTheServer() throws {
        try PostgresTest.withDatabase("answer") { location in
            var quick = location
            quick.answerSeconds = 1
            let waiter = try SQLLedger(postgres: quick)
            try waiter.execute("CREATE TABLE held(id INTEGER PRIMARY KEY)")
            try waiter.execute("INSERT INTO held VALUES (1)")
            // Another session holds the row (until the server ends it, idle in its
            // transaction for 5 s: a wait that is not bounded fails the test, never hangs it).
            var holding = location
            holding.idleTransactionSeconds = 5
            let holder = try PostgresLedgerConnection(holding)
            try holder.begin(exclusive: false)
            try holder.run("SELECT id FROM held WHERE id = 1 FOR UPDATE", []) { _ in }
            let started = Date()
            let error = #expect(throws: LedgerError.self) {
                try waiter.execute("SELECT id FROM held WHERE id = 1 FOR UPDATE")
            }
            let waited = Date().timeIntervalSince(started)
            holder.rollback()
            #expect(error?.code == .postgres)
            #expect(error?.message.contains("statement timeout (SQLSTATE 57014)") == true)
            #expect(waited >= 0.4 && waited < 4)
            #expect(try waiter.rows("SELECT COUNT(*) FROM held") == [[.integer(1)]])
        }
    }

    /// A server that stops answering mid-session (its backend process stopped, as a host
    /// frozen or cut off would leave it) is given up by the client after `answer_timeout`,
    /// as a lost connection; the next call opens a new one.
    @Test(.enabled(if: getuid() == 0, "needs root to stop the server's backend process"))
    func aServerThatStopsAnsweringIsGivenUpByTheClient() throws {
        try PostgresTest.withDatabase("silent") { location in
            var quick = location
            quick.answerSeconds = 1
            let connection = try PostgresLedgerConnection(quick)
            var backend: Int64 = 0
            try connection.run("SELECT pg_backend_pid()", []) { backend = $0.int(0) }
            #expect(backend > 0)
            let stopped = pid_t(backend)
            #expect(kill(stopped, SIGSTOP) == 0)
            // Woken after 5 s whatever happens: a wait that is not bounded fails the test,
            // never hangs it.
            DispatchQueue.global().asyncAfter(deadline: .now() + 5) { _ = kill(stopped, SIGCONT) }
            let started = Date()
            let error = #expect(throws: LedgerError.self) { try connection.run("SELECT 1", []) { _ in } }
            let waited = Date().timeIntervalSince(started)
            _ = kill(stopped, SIGCONT)
            #expect(error?.code == .unavailable)
            #expect(error?.message.contains("no answer within 1.0 s") == true)
            #expect(waited >= 0.9 && waited < 5)
            var one: Int64 = 0
            try connection.run("SELECT 1", []) { one = $0.int(0) }
            #expect(one == 1)
        }
    }

    /// The queue: two takers split the files without overlap; a taker's rows come back when
    /// its lease runs out; finished rows leave the queue; a stopped run returns what it took.
    @Test func queueSplitsWorkAndTakesOverExpiredLeases() throws {
        try PostgresTest.withDatabase("queue") { location in
            let ((a, runA), (b, runB)) = try (Self.process(location), Self.process(location))
            let files = (0..<10).map { InboxBundle(path: BytePath("/in/\($0).zip"), relative: BytePath("\($0).zip"), size: 1) }
            try a.enqueue(inbox: "/in", bundles: files)
            try b.enqueue(inbox: "/in", bundles: files)  // the second walker adds nothing
            #expect(try a.workLeft(inbox: "/in") == 10)
            #expect(try a.workLeft(inbox: "/other") == 0)

            // Taken at the same time from two threads: every file once.
            let taken = Mutex<[[InboxBundle]]>([[], []])
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let (ledger, run) = i == 0 ? (a, runA) : (b, runB)
                while let got = try? ledger.take(inbox: "/in", run: run, limit: 2), !got.isEmpty {
                    taken.withLock { $0[i] += got }
                }
            }
            let all = taken.withLock { $0[0] + $0[1] }
            #expect(all.count == 10)
            #expect(Set(all.map(\.path)) == Set(files.map(\.path)))
            #expect(try a.take(inbox: "/in", run: runA, limit: 10).isEmpty)

            // Given back, then taken in known shares.
            try a.returnWork(run: runA)
            try b.returnWork(run: runB)
            let mineA = try a.take(inbox: "/in", run: runA, limit: 4)
            #expect(mineA.count == 4)
            #expect(try b.take(inbox: "/in", run: runB, limit: 10).count == 6)
            try a.finishWork(Array(mineA.map(\.path).prefix(1)), run: runA)
            try b.finishWork(Array(mineA.map(\.path).suffix(1)), run: runB)  // not B's: stays
            #expect(try a.workLeft(inbox: "/in") == 9)
            // A's lease runs out (B keeps renewing its own): B takes A's files over.
            Thread.sleep(forTimeInterval: 0.6)
            #expect(try b.renewLease(run: runB))
            Thread.sleep(forTimeInterval: 0.6)
            let overtaken = try b.take(inbox: "/in", run: runB, limit: 10)
            #expect(Set(overtaken.map(\.path)) == Set(mineA.dropFirst().map(\.path)))
            try b.returnWork(run: runB)
            #expect(try a.take(inbox: "/in", run: runA, limit: 100).count == 9)
        }
    }
}
