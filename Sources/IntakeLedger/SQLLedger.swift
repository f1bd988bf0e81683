public import Foundation
public import IntakeBundle
public import IntakeIO
import IntakeModel
import Synchronization

/// The ledger, in SQL: one SQLite file (`ledger.sqlite` under the output folder, WAL mode,
/// full sync: the embedded default for one machine) or a PostgreSQL database shared by
/// several `intake run` workers and `intake serve` replicas on any number of hosts
/// (``shared``). The only place, with `SQLite.swift` and `Postgres.swift`, that holds SQL;
/// the statements are written once, in the SQL both engines read (``SQLConnection``).
///
/// Sendable without `@unchecked`: each connection (with its cached statements) lives in a
/// `Mutex` of its own, so one thread at a time uses it, and so does the set of bundles in
/// flight.
public final class SQLLedger: LedgerStore {
    public static let fileName = "ledger.sqlite"
    /// The version this program writes: the last migration's (see ``LedgerMigration``).
    public static let schemaVersion = LedgerMigration.sqlite.last!.version

    /// Where the ledger is, for messages: a file path, or a PostgreSQL URL without its password.
    public let location: String
    /// Several processes (hosts) may use this ledger at once (PostgreSQL): runs hold leases
    /// that they renew, the nightly batch takes its bundles from a shared queue, and a run
    /// found `running` is dead only once its lease ran out. A SQLite ledger is used by one
    /// run at a time (the output folder's lock).
    public let shared: Bool
    /// How long a run's lease lasts without renewal (seconds).
    public let leaseSeconds: Double
    /// The connections: one for SQLite (one writer at a time anyway); for PostgreSQL a few,
    /// opened as needed, so that the workers' look-ups and claims, the lease keeper's
    /// renewals and the group commit's transaction do not wait for each other.
    private let slots: [SlotBox]
    /// Opens one more connection (PostgreSQL).
    private let connect: (@Sendable () throws(LedgerError) -> sending any SQLConnection)?
    /// Where the next caller that finds every connection busy waits.
    private let nextSlot = Atomic<Int>(0)
    /// Bundles (SHA-256) being decided right now by a worker of this process.
    private let flights = Mutex<[String: Claim]>([:])

    /// Connections at most (PostgreSQL): the group commit, two workers' claims, the lease
    /// keeper's renewal. More workers share them.
    static let postgresConnections = 4

    private struct State {
        let db: any SQLConnection
    }

    /// A connection's place: nil until it is opened (PostgreSQL opens them as needed).
    private final class SlotBox: Sendable {
        let slot: Mutex<State?>
        init(_ state: sending State?) { slot = Mutex(state) }
    }

    /// A bundle this process decides: its run, and whether its claim is still in the
    /// database (shared; the recording transaction ends it).
    private struct Claim {
        var run: Int64
        var held: Bool
    }

    /// Opens or creates the SQLite ledger at `url`, migrating it to ``schemaVersion``;
    /// refuses a ledger of a newer schema (code `newerSchema`), leaving it untouched.
    public convenience init(url: URL) throws(LedgerError) {
        let database = try SQLiteDatabase(path: url.path)
        try self.init(connection: database, location: url.path, migrations: LedgerMigration.sqlite, shared: false, lease: 0)
    }

    /// Opens the PostgreSQL ledger at `location` (see ``PostgresLocation``), creating or
    /// migrating its tables; `lease`: seconds a run's lease lasts without renewal.
    public convenience init(postgres location: PostgresLocation, lease: Double = 30) throws(LedgerError) {
        var location = location
        location.idleTransactionSeconds = max(2, lease / 2)
        let database = try PostgresLedgerConnection(location)
        let opened = location
        try self.init(
            connection: database, location: location.description, migrations: LedgerMigration.postgres, shared: true,
            lease: lease, connections: Self.postgresConnections,
            connect: { () throws(LedgerError) -> sending any SQLConnection in try PostgresLedgerConnection(opened) })
    }

    init(
        connection: sending any SQLConnection, location: String, migrations: [LedgerMigration], shared: Bool, lease: Double,
        connections: Int = 1, connect: (@Sendable () throws(LedgerError) -> sending any SQLConnection)? = nil
    ) throws(LedgerError) {
        self.location = location
        self.shared = shared
        self.leaseSeconds = lease
        try Self.migrate(connection, location: location, migrations: migrations)
        self.connect = connect
        slots =
            [SlotBox(State(db: connection))]
            + (connect == nil ? [] : (1..<max(1, connections)).map { _ in SlotBox(nil) })
    }

    /// The SQLite ledger's URL (nil for PostgreSQL).
    public var url: URL? { shared ? nil : URL(fileURLWithPath: location) }

    /// The schema version recorded in the ledger (0 for a new one).
    static func version(_ db: any SQLConnection, location: String) throws(LedgerError) -> Int {
        guard let value = try db.rows("SELECT value FROM meta WHERE key = 'schema'").first?.first else {
            return 0
        }
        guard case .text(let text) = value, let version = Int(text), version > 0 else {
            throw LedgerError(.unknownSchema, "\(location) has an unreadable ledger schema version (\(value))")
        }
        return version
    }

    /// Applies the migrations after the ledger's version, in one transaction.
    static func migrate(_ db: any SQLConnection, location: String, migrations: [LedgerMigration]) throws(LedgerError) {
        let latest = migrations.last!.version
        let meta = "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        if db.dialect == .postgres {
            // PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a second process
            // doing the same at the same instant: one at a time.
            try db.transaction(exclusive: true) { () throws(LedgerError) in try db.execute(meta) }
        } else {
            try db.execute(meta)
        }
        // Read once outside (no write lock for an up-to-date ledger), again inside: two
        // processes may open a new ledger at once.
        func check(_ version: Int) throws(LedgerError) {
            if version > latest {
                throw LedgerError(
                    .newerSchema,
                    "\(location) has ledger schema version \(version), newer than this program's \(latest): "
                        + "it was written by a newer intake; run that version (or use another ledger)")
            }
        }
        let seen = try version(db, location: location)
        try check(seen)
        guard seen < latest else { return }
        try db.transaction(exclusive: true) { () throws(LedgerError) in
            let current = try version(db, location: location)
            try check(current)
            for migration in migrations where migration.version > current {
                try db.execute(migration.sql)
            }
            try db.run(
                "INSERT INTO meta(key, value) VALUES('schema', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [.text(String(latest))])
        }
    }

    public func probe() throws(LedgerError) {
        try locked { (s) throws(LedgerError) in try s.db.probe() }
    }

    // MARK: Runs

    public func checkpoint() throws(LedgerError) {
        guard !shared else { return }
        // A reader of another process (the server beside a run) may hold part of the log:
        // SQLite then copies what it can and says so in a row, not as an error.
        try locked { (s) throws(LedgerError) in try s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    public func beginRun(inbox: String, catalogVersion: String, jobs: Int, channel: LedgerChannel, started: String)
        throws(LedgerError) -> Int64
    {
        try locked { (s) throws(LedgerError) in
            try s.db.rows(
                """
                INSERT INTO runs(started, status, inbox, catalog_version, jobs, channel, host, pid, lease_until)
                VALUES(?, 'running', ?, ?, ?, ?, ?, ?, \(s.db.dialect.nowMilliseconds) + ?) RETURNING id
                """,
                [
                    .text(started), .text(inbox), .text(catalogVersion), .integer(Int64(jobs)), .text(channel.rawValue),
                    .text(ThisHost.name), .integer(Int64(getpid())), .integer(leaseMilliseconds),
                ]
            ).first?.first?.int64 ?? 0
        }
    }

    public func closeInterruptedRuns(channel: LedgerChannel) throws(LedgerError) -> [InterruptedRun] {
        try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) -> [InterruptedRun] in
                // Shared: only a run whose lease ran out is dead (the others are alive on
                // some host). Alone: the caller holds the output folder's lock, so every run
                // still `running` died.
                // A run of this host whose process is gone is dead at once, lease or not.
                var found: [InterruptedRun] = []
                try s.db.run(
                    """
                    SELECT r.id, r.started, (SELECT COUNT(*) FROM bundles b WHERE b.run_id = r.id AND b.state = 'decided'),
                        CASE WHEN r.lease_until < \(s.db.dialect.nowMilliseconds) THEN 1 ELSE 0 END, r.host, r.pid
                    FROM runs r WHERE r.status = 'running' AND r.channel = ? ORDER BY r.id
                    """, [.text(channel.rawValue)]
                ) { r in
                    let expired = r.int(3) == 1
                    let pid = pid_t(truncatingIfNeeded: r.int(5))
                    let gone = r.text(4) == ThisHost.name && pid > 0 && !ThisHost.isRunning(pid)
                    guard !shared || expired || gone else { return }
                    found.append(InterruptedRun(id: r.int(0), started: r.text(1), decided: Int(r.int(2))))
                }
                var closed: [InterruptedRun] = []
                for run in found {
                    // Two processes may find the same dead run: the one whose update wins closes it.
                    // Its close time is `finished` (its `seconds` stay NULL: it did not stop
                    // itself), which ``takeUnsummarizedRuns(channel:)`` reads.
                    let won = try s.db.rows(
                        """
                        UPDATE runs SET status = 'interrupted', decided = ?, finished = ?
                        WHERE id = ? AND status = 'running' RETURNING id
                        """,
                        [.integer(Int64(run.decided)), .text(Self.now()), .integer(run.id)])
                    guard !won.isEmpty else { continue }
                    // Its bundles in the queue and its claims are free again.
                    try s.db.run("UPDATE work SET run_id = NULL, lease_until = NULL WHERE run_id = ?", [.integer(run.id)])
                    try s.db.run("DELETE FROM bundle_claims WHERE run_id = ?", [.integer(run.id)])
                    closed.append(run)
                }
                return closed
            }
        }
    }

    /// Ends a run; whatever it still holds (a claim whose answer the database gave but the
    /// connection lost, round 33, tester m: one outlived a replica's clean stop) goes with it.
    /// How long after it was closed a run's summary is taken to be orphaned: its closer
    /// writes it at once (seconds), so one still missing then was left by a closer that died.
    static let orphanAfterSeconds = 600

    public func takeUnsummarizedRuns(channel: LedgerChannel) throws(LedgerError) -> [Int64] {
        guard shared else { return [] }
        let before = Timestamp.format(
            seconds: Int(Date().timeIntervalSince1970) - Self.orphanAfterSeconds, milliseconds: true)
        return try locked { (s) throws(LedgerError) -> [Int64] in
            let candidates = try s.db.rows(
                """
                SELECT id, finished FROM runs WHERE status = 'interrupted' AND summary IS NULL AND seconds IS NULL
                    AND finished IS NOT NULL AND finished < ? AND channel = ? ORDER BY id
                """, [.text(before), .text(channel.rawValue)])
            var taken: [Int64] = []
            for row in candidates {
                guard case .integer(let id)? = row.first, case .text(let closed) = row[1] else { continue }
                // Taken by moving its close time to now: one other process taking it too loses.
                let won = try s.db.rows(
                    "UPDATE runs SET finished = ? WHERE id = ? AND finished = ? AND summary IS NULL RETURNING id",
                    [.text(Self.now()), .integer(id), .text(closed)])
                if !won.isEmpty { taken.append(id) }
            }
            return taken
        }
    }

    /// Ends a run; whatever it still holds (a claim whose answer the database gave but the
    /// connection lost, round 33, tester m: one outlived a replica's clean stop) goes with it.
    public func finishRun(_ id: Int64, decided: Int, seconds: Double, status: RunEnd, finished: String)
        throws(LedgerError)
    {
        try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) in
                try s.db.run(
                    "UPDATE runs SET finished = ?, status = ?, decided = ?, seconds = ? WHERE id = ?",
                    [.text(finished), .text(status.rawValue), .integer(Int64(decided)), .real(seconds), .integer(id)])
                try s.db.run("DELETE FROM bundle_claims WHERE run_id = ?", [.integer(id)])
                try s.db.run("UPDATE work SET run_id = NULL, lease_until = NULL WHERE run_id = ?", [.integer(id)])
            }
        }
        flights.withLock { f in
            for (sha, claim) in f where claim.run == id { f[sha] = nil }
        }
    }

    public func recordRunItems(_ items: [RunItem]) throws(LedgerError) {
        guard !items.isEmpty else { return }
        try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) in
                for chunk in Self.chunks(items, of: 500) { try Self.recordRunItems(&s, chunk) }
            }
        }
    }

    private static func recordRunItems(_ s: inout State, _ items: ArraySlice<RunItem>) throws(LedgerError) {
        guard !items.isEmpty else { return }
        try s.db.run(
            """
            INSERT INTO run_items(run_id, seq, file, status, reason, note, sha256, moved_to, seconds)
            VALUES \(rows(items.count, "(?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            """,
            items.flatMap { i -> [SQLValue] in
                [
                    .integer(i.runID), .integer(Int64(i.seq)), .text(i.file), .text(i.status), optional(i.reason),
                    optional(i.note), i.sha256.isEmpty ? .null : .text(i.sha256), optional(i.movedTo), .real(i.seconds),
                ]
            })
    }

    public func recordUnlistedDecisions(run: Int64, note: String) throws(LedgerError) -> Int {
        try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) -> Int in
                let next = try s.db.rows("SELECT COALESCE(MAX(seq), -1) FROM run_items WHERE run_id = ?", [.integer(run)])
                let first = (next.first?.first?.int ?? -1) + 1
                let unlisted = try s.db.rows(
                    """
                    SELECT b.sha256, COALESCE((SELECT MIN(n.relative) FROM names n WHERE n.sha256 = b.sha256), ''),
                        (SELECT MIN(n.moved_to) FROM names n WHERE n.sha256 = b.sha256 AND n.move_state = 'moved')
                    FROM bundles b WHERE b.run_id = ?1 AND b.state = 'decided'
                        AND NOT EXISTS (SELECT 1 FROM run_items i WHERE i.run_id = ?1 AND i.sha256 = b.sha256)
                    ORDER BY 2, 1
                    """, [.integer(run)])
                let items = unlisted.enumerated().map { n, r in
                    RunItem(
                        runID: run, seq: first + n, file: r[1].string, status: "decided", reason: nil, note: note,
                        sha256: r[0].string, movedTo: r[2] == .null ? nil : r[2].string, seconds: 0)
                }
                for chunk in Self.chunks(items, of: 500) { try Self.recordRunItems(&s, chunk) }
                return items.count
            }
        }
    }

    public func forEachRunItem(run: Int64, _ body: (RunItemRow) throws -> Void) throws {
        var failure: (any Error)?
        try locked { (s) throws(LedgerError) in
            try s.db.run(
                """
                SELECT i.seq, i.file, i.status, i.reason, i.note, COALESCE(i.sha256, ''), i.moved_to, i.seconds,
                    b.verdict, b.matter, b.matter_name, b.application, b.submitted,
                    (SELECT COALESCE(SUM(count), 0) FROM findings f WHERE f.sha256 = b.sha256 AND f.severity = 'error'),
                    b.report_dir, b.report_base, b.superseded_by
                FROM run_items i LEFT JOIN bundles b ON b.sha256 = i.sha256 AND b.state = 'decided'
                WHERE i.run_id = ? ORDER BY i.seq
                """, [.integer(run)]
            ) { r throws(LedgerError) in
                guard failure == nil else { return }
                let item = RunItem(
                    runID: run, seq: Int(r.int(0)), file: r.text(1), status: r.text(2), reason: Self.optional(r, 3),
                    note: Self.optional(r, 4), sha256: r.text(5), movedTo: Self.optional(r, 6), seconds: r.double(7))
                let row = RunItemRow(
                    item: item, verdict: r.text(8), matter: r.text(9), matterName: r.text(10), application: r.text(11),
                    submitted: r.text(12), errors: Int(r.int(13)),
                    reports: r[14] == .null ? nil : ReportSet(dir: r.text(14), base: r.text(15)),
                    supersededBy: Self.optional(r, 16))
                do { try body(row) } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    public func setRunSummary(_ id: Int64, path: String, hashes: [String]) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.db.run(
                "UPDATE runs SET summary = ?, summary_sha256 = ? WHERE id = ?",
                [.text(path), .text(hashes.joined(separator: " ")), .integer(id)])
        }
    }

    public func setIndexFiles(_ files: [IndexFile]) throws(LedgerError) {
        // One line per file, "SHA-256 path": the index's paths (index.json, index/2025-07.csv) hold no line break.
        let value = files.map { "\($0.sha256) \($0.path)" }.joined(separator: "\n")
        try locked { (s) throws(LedgerError) in
            try s.db.run(
                "INSERT INTO meta(key, value) VALUES('index_files', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [.text(value)])
        }
    }

    public func indexFiles() throws(LedgerError) -> [IndexFile]? {
        try locked { (s) throws(LedgerError) in
            guard case .text(let value) = try s.db.rows("SELECT value FROM meta WHERE key = 'index_files'").first?.first
            else { return nil }
            return value.split(separator: "\n").map { line in
                let parts = line.split(separator: " ", maxSplits: 1)
                return IndexFile(path: parts.count == 2 ? String(parts[1]) : "", sha256: String(parts[0]))
            }
        }
    }

    public func setRunInbox(_ id: Int64, inbox: String) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.db.run("UPDATE runs SET inbox = ? WHERE id = ?", [.text(inbox), .integer(id)])
        }
    }

    public func runs(channel: LedgerChannel) throws(LedgerError) -> [RunRecord] {
        try locked { (s) throws(LedgerError) in
            var runs: [RunRecord] = []
            try s.db.run(
                """
                SELECT id, started, COALESCE(finished, ''), status, inbox, catalog_version, decided, summary,
                    COALESCE(host, ''), COALESCE(pid, 0), COALESCE(summary_sha256, '')
                FROM runs WHERE channel = ? ORDER BY id DESC
                """, [.text(channel.rawValue)]
            ) { r in
                runs.append(
                    RunRecord(
                        id: r.int(0), started: r.text(1), finished: r.text(2), status: r.text(3), inbox: r.text(4),
                        catalogVersion: r.text(5), decided: Int(r.int(6)), summary: Self.optional(r, 7), host: r.text(8),
                        pid: r.int(9), summaryHashes: r.text(10).split(separator: " ").map(String.init)))
            }
            return runs
        }
    }

    // MARK: Bundles

    public func decided(sha256: String) throws(LedgerError) -> DecidedBundle? {
        try locked { (s) throws(LedgerError) in try Self.decided(&s, sha256) }
    }

    public func decided(sha256: String, catalogVersion: String) throws(LedgerError) -> DecidedBundle? {
        try decided(sha256: sha256).flatMap { $0.catalogVersion == catalogVersion ? $0 : nil }
    }

    private static func decided(_ s: inout State, _ sha256: String) throws(LedgerError) -> DecidedBundle? {
        var found: DecidedBundle?
        try s.db.run(
            """
            SELECT sha256, catalog_version, verdict, application, matter, file, report_dir, report_base, decisions,
                EXISTS(SELECT 1 FROM findings f WHERE f.sha256 = b.sha256 AND f.code = 'bundle-unreadable'),
                json_sha256, xml_sha256, html_sha256
            FROM bundles b WHERE sha256 = ? AND state = 'decided'
            """, [.text(sha256)]
        ) { r in found = decidedBundle(r, from: 0) }
        return found
    }

    /// A decided bundle from its columns as ``decided(_:_:)`` selects them, the first at `first`.
    private static func decidedBundle(_ r: any SQLRow, from first: Int) -> DecidedBundle {
        let c = { (column: Int) in first + column }
        return DecidedBundle(
            sha256: r.text(c(0)), catalogVersion: r.text(c(1)), verdict: r.text(c(2)), application: r.text(c(3)),
            matter: r.text(c(4)), file: r.text(c(5)), reports: ReportSet(dir: r.text(c(6)), base: r.text(c(7))),
            decisions: Int(r.int(c(8))), unreadable: r.int(c(9)) != 0, reportHashes: [10, 11, 12].map { r.text(c($0)) })
    }

    public func decided(path: BytePath, fingerprint: FileFingerprint) throws(LedgerError) -> DecidedBundle? {
        try locked { (s) throws(LedgerError) in
            var sha: String?
            try s.db.run(
                "SELECT sha256 FROM names WHERE path_bytes = ? AND dev = ? AND ino = ? AND size = ? AND mtime_ns = ? AND ctime_ns = ?",
                [.blob(path.bytes)] + Self.values(fingerprint)
            ) { sha = $0.text(0) }
            guard let sha else { return nil }
            return try Self.decided(&s, sha)
        }
    }

    public func claim(_ sha256: String, catalogVersion: String?, run: Int64, complete: (DecidedBundle) -> Bool)
        throws(LedgerError) -> LedgerClaim
    {
        // Reserved in this process first (another worker of ours meeting the same bytes
        // waits), then claimed in the database; the reservation goes unless claimed.
        let reserved = flights.withLock { f in
            guard f[sha256] == nil else { return false }
            f[sha256] = Claim(run: run, held: false)
            return true
        }
        guard reserved else { return .busy }
        var claimed = false
        defer { if !claimed { _ = flights.withLock { $0.removeValue(forKey: sha256) } } }
        let answer = try locked { (s) throws(LedgerError) -> LedgerClaim in
            if shared {
                // Another process' claim holds unless its lease ran out (it died, or lost
                // the database longer than a lease); only while this run is alive: one
                // closed meanwhile (its lease ran out while it was cut off) claims nothing.
                // The claim, then the look-up of a decision (see LedgerMigration.claimFunction):
                // looked up once the claim is won, a decision committed before it (by another
                // process, which ends its claim in the same transaction) shows.
                var won = false
                var found: DecidedBundle?
                try s.db.run("SELECT * FROM intake_claim(?, ?, ?)", [.text(sha256), .integer(run), .integer(leaseMilliseconds)]) {
                    r in
                    won = r.int(0) != 0
                    found = r.isNull(1) ? nil : Self.decidedBundle(r, from: 1)
                }
                let done = found.flatMap { d in (catalogVersion ?? d.catalogVersion) == d.catalogVersion && complete(d) ? d : nil
                }
                if !won {
                    // Busy elsewhere, unless what held it recorded it meanwhile.
                    if let done { return .decided(done) }
                    try Self.requireRunning(&s, run)
                    return .busy
                }
                if let done {
                    try s.db.run("DELETE FROM bundle_claims WHERE sha256 = ? AND run_id = ?", [.text(sha256), .integer(run)])
                    return .decided(done)
                }
                return .claimed
            }
            // Looked up before any write: a resumed run meets mostly bundles decided already.
            if let d = try Self.decided(&s, sha256), (catalogVersion ?? d.catalogVersion) == d.catalogVersion, complete(d) {
                return .decided(d)
            }
            // One SQLite ledger may serve two processes at once: the nightly run and `intake
            // serve --data OUT` beside it (each holds its own lock). So the claim is held in
            // the ledger too, taken in one write transaction with a second look-up, and
            // another process' claim holds while its run is running and, on this host, its
            // process lives (pid): one that died leaves a claim the next taker replaces.
            let db = s.db
            return try Self.unsynced(db) { () throws(LedgerError) in
                try db.transaction { () throws(LedgerError) -> LedgerClaim in
                    var s = State(db: db)
                    if let d = try Self.decided(&s, sha256), (catalogVersion ?? d.catalogVersion) == d.catalogVersion,
                        complete(d)
                    {
                        return .decided(d)
                    }
                    var held = false
                    try db.run(
                        """
                        SELECT c.run_id, r.status, r.host, r.pid FROM bundle_claims c JOIN runs r ON r.id = c.run_id
                        WHERE c.sha256 = ?
                        """, [.text(sha256)]
                    ) { r in
                        let pid = pid_t(truncatingIfNeeded: r.int(3))
                        let gone = r.text(2) == ThisHost.name && pid > 0 && !ThisHost.isRunning(pid)
                        held = r.int(0) != run && r.text(1) == "running" && !gone
                    }
                    if held { return .busy }
                    try db.run(
                        """
                        INSERT INTO bundle_claims(sha256, run_id, lease_until) VALUES(?, ?, 0)
                        ON CONFLICT(sha256) DO UPDATE SET run_id = excluded.run_id, lease_until = 0
                        """, [.text(sha256), .integer(run)])
                    return .claimed
                }
            }
        }
        if case .claimed = answer {
            claimed = true
            flights.withLock { $0[sha256] = Claim(run: run, held: true) }
        }
        return answer
    }

    /// Runs `body` with an SQLite connection's commits not synced to disk: the claims, taken
    /// and released per bundle, would otherwise cost two syncs a bundle. Safe: the write-ahead
    /// log keeps the order of commits, so the next synced commit makes these durable too, and
    /// a claim that a power cut loses went with the process holding it.
    private static func unsynced<T>(_ db: any SQLConnection, _ body: () throws(LedgerError) -> T) throws(LedgerError)
        -> T
    {
        try db.execute("PRAGMA synchronous=OFF")
        defer { try? db.execute("PRAGMA synchronous=FULL") }
        return try body()
    }

    public func release(_ sha256: String) {
        guard let claim = flights.withLock({ $0.removeValue(forKey: sha256) }), claim.held else { return }
        let run = claim.run
        // Best effort: a claim left behind runs out with its lease (shared), or goes with its
        // run (SQLite). Not synced on SQLite (see ``unsynced(_:_:)``).
        try? locked { (s) throws(LedgerError) in
            let db = s.db
            func delete() throws(LedgerError) {
                try db.run("DELETE FROM bundle_claims WHERE sha256 = ? AND run_id = ?", [.text(sha256), .integer(run)])
            }
            if shared { try delete() } else { try Self.unsynced(db, delete) }
        }
    }

    public func hasName(path: BytePath, sha256: String) throws(LedgerError) -> Bool {
        try locked { (s) throws(LedgerError) in
            try !s.db.rows("SELECT 1 FROM names WHERE path_bytes = ? AND sha256 = ?", [.blob(path.bytes), .text(sha256)]).isEmpty
        }
    }

    public func names(of sha256: String) throws(LedgerError) -> [BundleName] {
        try locked { (s) throws(LedgerError) in
            var out: [BundleName] = []
            // The names it has now, then those it had before other bytes took the path.
            try s.db.run(
                """
                SELECT path_bytes, relative_bytes, move_state, moved_to_bytes, 0 FROM names WHERE sha256 = ?1
                UNION ALL
                SELECT e.path_bytes, e.relative_bytes, CASE WHEN e.moved_to_bytes IS NOT NULL THEN 'moved' END,
                    e.moved_to_bytes, 1
                FROM earlier_names e
                WHERE e.sha256 = ?1 AND NOT EXISTS (SELECT 1 FROM names n WHERE n.sha256 = ?1 AND n.path_bytes = e.path_bytes)
                ORDER BY 5, 1
                """,
                [.text(sha256)]
            ) { r in
                out.append(
                    BundleName(
                        path: BytePath(bytes: r.bytes(0)), relative: BytePath(bytes: r.bytes(1)),
                        movedTo: r.text(2) == "moved" ? BytePath(bytes: r.bytes(3)) : nil))
            }
            return out
        }
    }

    public func recordName(_ name: NameRecord) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in try Self.recordNames(&s, [name]) }
    }

    /// Records names (distinct paths). When a name pointed to other bytes before and those
    /// were a file cut short (a `bundle-unreadable` decision) or the same application (its
    /// id), while the new bytes are a readable bundle, the earlier decision is superseded by
    /// this one (unless another name still points to it): a completed upload replaces its
    /// broken first half. An unrelated application that reuses a name, or a broken file
    /// replacing a sound one, supersedes nothing; nor does a manifest that is not valid,
    /// whatever id it claims (its report names it, the ledger does not trust it to replace).
    /// A name's own bytes are superseded by nothing.
    private static func recordNames(_ s: inout State, _ names: [NameRecord]) throws(LedgerError) {
        for chunk in chunks(names, of: 100) {
            var previous: [[UInt8]: String] = [:]
            try s.db.run(
                "SELECT path_bytes, sha256 FROM names WHERE path_bytes IN \(list(chunk.count))",
                chunk.map { .blob($0.path.bytes) }
            ) { r in previous[r.bytes(0)] = r.text(1) }
            // A path that now holds other bytes: its earlier bundle keeps the name (and
            // where it was moved) in earlier_names; the path's row starts afresh.
            for n in chunk {
                guard let earlier = previous[n.path.bytes], earlier != n.sha256 else { continue }
                try s.db.run(
                    """
                    INSERT INTO earlier_names(sha256, path_bytes, path, relative_bytes, relative, first_run, last_run,
                        moved_to_bytes, moved_to, replaced_run)
                    SELECT sha256, path_bytes, path, relative_bytes, relative, first_run, last_run,
                        CASE WHEN move_state = 'moved' THEN moved_to_bytes END, CASE WHEN move_state = 'moved' THEN moved_to END, ?
                    FROM names WHERE path_bytes = ?
                    ON CONFLICT(sha256, path_bytes) DO UPDATE SET last_run = excluded.last_run,
                        moved_to_bytes = excluded.moved_to_bytes, moved_to = excluded.moved_to, replaced_run = excluded.replaced_run
                    """, [.integer(n.runID), .blob(n.path.bytes)])
            }
            try s.db.run(
                """
                INSERT INTO names(path_bytes, path, relative_bytes, relative, sha256, dev, ino, size, mtime_ns, ctime_ns,
                    first_run, last_run)
                VALUES \(rows(chunk.count, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                ON CONFLICT(path_bytes) DO UPDATE SET path = excluded.path, relative_bytes = excluded.relative_bytes,
                    relative = excluded.relative, dev = excluded.dev, ino = excluded.ino,
                    size = excluded.size, mtime_ns = excluded.mtime_ns, ctime_ns = excluded.ctime_ns,
                    last_run = excluded.last_run,
                    first_run = CASE WHEN names.sha256 = excluded.sha256 THEN names.first_run ELSE excluded.first_run END,
                    move_state = CASE WHEN names.sha256 = excluded.sha256 THEN names.move_state END,
                    moved_to_bytes = CASE WHEN names.sha256 = excluded.sha256 THEN names.moved_to_bytes END,
                    moved_to = CASE WHEN names.sha256 = excluded.sha256 THEN names.moved_to END,
                    sha256 = excluded.sha256
                """,
                chunk.flatMap { n -> [SQLValue] in
                    [
                        .blob(n.path.bytes), .text(n.path.display), .blob(n.relative.bytes), .text(n.relative.display),
                        .text(n.sha256),
                    ]
                        + values(n.fingerprint) + [.integer(n.runID), .integer(n.runID)]
                })
            try s.db.run(
                "UPDATE bundles SET superseded_by = NULL WHERE superseded_by IS NOT NULL AND sha256 IN \(list(chunk.count))",
                chunk.map { .text($0.sha256) })
            for n in chunk {
                guard let earlier = previous[n.path.bytes], earlier != n.sha256 else { continue }
                try s.db.run(
                    """
                    UPDATE bundles SET superseded_by = ?1
                    WHERE sha256 = ?2 AND state = 'decided' AND NOT EXISTS (SELECT 1 FROM names WHERE sha256 = ?2)
                      AND EXISTS (SELECT 1 FROM bundles n WHERE n.sha256 = ?1 AND n.state = 'decided'
                          AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.sha256 = ?1 AND f.code = 'bundle-unreadable'))
                      AND (EXISTS (SELECT 1 FROM findings f WHERE f.sha256 = ?2 AND f.code = 'bundle-unreadable')
                          OR (COALESCE(application, '') <> ''
                              AND application = (SELECT application FROM bundles WHERE sha256 = ?1)
                              AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.sha256 = ?1 AND f.code = 'manifest-invalid')))
                    """, [.text(n.sha256), .text(earlier)])
            }
        }
    }

    // MARK: Report sets

    public func announceReports(_ announcements: [ReportAnnouncement]) throws(LedgerError) {
        guard !announcements.isEmpty else { return }
        // One statement per 100 sets (a statement is atomic by itself; one round trip to a
        // PostgreSQL server instead of one per set).
        try locked { (s) throws(LedgerError) in
            if shared { try Self.requireClaims(&s, announcements) }
            let chunks = Self.chunks(announcements, of: 100)
            func announce() throws(LedgerError) {
                for chunk in chunks {
                    try s.db.run(
                        """
                        INSERT INTO bundles(sha256, size, state, pending_dir, pending_base, pending_channel, pending_run)
                        VALUES \(Self.rows(chunk.count, "(?, ?, 'pending', ?, ?, ?, ?)"))
                        ON CONFLICT(sha256) DO UPDATE SET pending_dir = excluded.pending_dir,
                            pending_base = excluded.pending_base, pending_channel = excluded.pending_channel,
                            pending_run = excluded.pending_run
                        """,
                        chunk.flatMap { a -> [SQLValue] in
                            [
                                .text(a.sha256), .integer(a.size), .text(a.reports.dir), .text(a.reports.base),
                                .text(a.channel.rawValue), a.runID.map { .integer($0) } ?? .null,
                            ]
                        })
                }
            }
            if chunks.count == 1 { try announce() } else { try s.db.transaction { () throws(LedgerError) in try announce() } }
        }
    }

    public func pendingReportSets(sha256s: [String]) throws(LedgerError) -> [String: ReportSet] {
        guard !sha256s.isEmpty else { return [:] }
        return try locked { (s) throws(LedgerError) in
            var sets: [String: ReportSet] = [:]
            for chunk in Self.chunks(sha256s, of: 100) {
                try s.db.run(
                    """
                    SELECT sha256, pending_dir, pending_base FROM bundles
                    WHERE pending_dir IS NOT NULL AND sha256 IN \(Self.list(chunk.count))
                    """,
                    chunk.map { .text($0) }
                ) { r in sets[r.text(0)] = ReportSet(dir: r.text(1), base: r.text(2)) }
            }
            return sets
        }
    }

    public func recordDecisions(_ decisions: [(decision: DecisionRecord, name: NameRecord?)], runItems: [RunItem])
        throws(LedgerError) -> [String]
    {
        guard !decisions.isEmpty || !runItems.isEmpty else { return [] }
        // A group in a few statements whatever its size (a round trip each to a PostgreSQL
        // server), in one transaction.
        let obsolete = try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) -> [String] in
                if shared { try Self.endClaims(&s, decisions.map(\.decision)) }
                var obsolete: [String] = []
                for chunk in Self.chunks(decisions, of: 100) {
                    obsolete += try Self.recordDecisions(&s, chunk.map(\.decision)[...])
                }
                try Self.recordNames(&s, decisions.compactMap(\.name))
                for chunk in Self.chunks(runItems, of: 500) { try Self.recordRunItems(&s, chunk) }
                return obsolete
            }
        }
        // The claims recorded here are gone from the database already (shared).
        if shared {
            flights.withLock { f in
                for (d, _) in decisions where f[d.sha256]?.run == d.runID { f[d.sha256]?.held = false }
            }
        }
        return obsolete
    }

    /// Recorded only by the run that still holds each bundle's claim and is still running: one
    /// whose lease ran out (cut from the database, frozen) may have been replaced by another
    /// that decides the bundle, and must not record it a second time. The claims end with the
    /// recording transaction (``release(_:)`` then has nothing left to do).
    private static func endClaims(_ s: inout State, _ decisions: [DecisionRecord]) throws(LedgerError) {
        for (run, group) in Dictionary(grouping: decisions, by: \.runID) {
            for chunk in chunks(group, of: 100) {
                let ended = Set(
                    try s.db.rows(
                        """
                        DELETE FROM bundle_claims WHERE run_id = ?
                            AND sha256 IN \(list(chunk.count))
                            AND EXISTS (SELECT 1 FROM runs WHERE id = ? AND status = 'running')
                        RETURNING sha256
                        """,
                        [.integer(run)] + chunk.map { .text($0.sha256) } + [.integer(run)]
                    ).map(\.[0].string))
                guard let lost = chunk.first(where: { !ended.contains($0.sha256) }) else { continue }
                try lostClaim(&s, run: run, sha256: lost.sha256)
            }
        }
    }

    /// A run announces, and then writes, the report set of a bundle only while it holds the
    /// bundle's claim: one whose lease ran out (frozen, cut from the database) may have been
    /// replaced by another that decided the bundle and wrote its report set under the same
    /// names, recorded with its hashes; writing over it would leave files the ledger does not
    /// record (another catalog, another report), or rewrite a sealed one. Throws `leaseLost`
    /// before anything is written (round 22: a replica resumed after losing its claim wrote
    /// the other's report set again before its recording was refused).
    private static func requireClaims(_ s: inout State, _ announcements: [ReportAnnouncement]) throws(LedgerError) {
        let byRun = Dictionary(grouping: announcements.compactMap { a in a.runID.map { ($0, a.sha256) } }, by: \.0)
        for (run, group) in byRun {
            for chunk in chunks(group.map(\.1), of: 100) {
                let held = Set(
                    try s.db.rows(
                        "SELECT sha256 FROM bundle_claims WHERE run_id = ? AND sha256 IN \(list(chunk.count))",
                        [.integer(run)] + chunk.map { .text($0) }
                    ).compactMap(\.[0].string))
                guard let lost = chunk.first(where: { !held.contains($0) }) else { continue }
                try lostClaim(&s, run: run, sha256: lost)
            }
        }
    }

    /// `run` no longer holds the claim on `sha256`: `leaseLost`, naming the run closed by
    /// another process if it was, else the bundle taken over.
    private static func lostClaim(_ s: inout State, run: Int64, sha256: String) throws(LedgerError) -> Never {
        try requireRunning(&s, run)
        throw LedgerError(
            .leaseLost,
            "run \(run) no longer holds bundle \(sha256.prefix(12)): its lease ran out and another worker took it over")
    }

    /// Records decisions of distinct bundles (at most 100: a statement's parameters); returns
    /// the report files they make obsolete (a set of an older catalog version, elsewhere).
    private static func recordDecisions(_ s: inout State, _ group: ArraySlice<DecisionRecord>) throws(LedgerError)
        -> [String]
    {
        let shas = group.map { SQLValue.text($0.sha256) }
        var before: [String: ReportSet] = [:]
        try s.db.run(
            "SELECT sha256, report_dir, report_base FROM bundles WHERE state = 'decided' AND sha256 IN \(list(group.count))",
            shas
        ) { r in before[r.text(0)] = ReportSet(dir: r.text(1), base: r.text(2)) }
        var obsolete: [String] = []
        for d in group {
            if let old = before[d.sha256], old.dir != d.reports.dir || old.base != d.reports.base { obsolete += old.files }
        }
        if !obsolete.isEmpty {
            try s.db.run(
                "INSERT INTO obsolete_reports(path) VALUES \(rows(obsolete.count, "(?)")) ON CONFLICT DO NOTHING",
                obsolete.map { .text($0) })
        }
        let decidedAt = now()
        try s.db.run(
            """
            INSERT INTO bundles(sha256, size, state, catalog_version, verdict, application, matter, matter_name,
                scenario, submitted, file, document_bytes, report_dir, report_base, hash_ms, check_ms, write_ms,
                decided_at, run_id, decisions, channel, json_sha256, xml_sha256, html_sha256, seal)
            VALUES \(rows(group.count, "(?, ?, 'decided', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, NULL)"))
            ON CONFLICT(sha256) DO UPDATE SET state = 'decided', catalog_version = excluded.catalog_version,
                verdict = excluded.verdict, application = excluded.application, matter = excluded.matter,
                matter_name = excluded.matter_name, scenario = excluded.scenario, submitted = excluded.submitted,
                file = excluded.file, document_bytes = excluded.document_bytes, report_dir = excluded.report_dir,
                report_base = excluded.report_base, pending_dir = NULL, pending_base = NULL, pending_channel = NULL,
                pending_run = NULL, hash_ms = excluded.hash_ms, check_ms = excluded.check_ms,
                write_ms = excluded.write_ms, decided_at = excluded.decided_at, run_id = excluded.run_id,
                decisions = bundles.decisions + 1, channel = excluded.channel, json_sha256 = excluded.json_sha256,
                xml_sha256 = excluded.xml_sha256, html_sha256 = excluded.html_sha256, seal = NULL
            """,
            group.flatMap { d -> [SQLValue] in
                [
                    .text(d.sha256), .integer(d.size), .text(d.catalogVersion), .text(d.verdict), .text(d.application),
                    .text(d.matter), .text(d.matterName), .text(d.scenario), .text(d.submitted), .text(d.file),
                    .integer(d.documentBytes), .text(d.reports.dir), .text(d.reports.base), .real(d.hashMs),
                    .real(d.checkMs), .real(d.writeMs), .text(decidedAt), .integer(d.runID), .text(d.channel.rawValue),
                ] + (0..<3).map { d.reportHashes.count == 3 ? .text(d.reportHashes[$0]) : .null }
            })
        // Findings exist only for a bundle decided before (a new catalog version).
        let redecided = group.filter { before[$0.sha256] != nil }
        if !redecided.isEmpty {
            try s.db.run(
                "DELETE FROM findings WHERE sha256 IN \(list(redecided.count))", redecided.map { .text($0.sha256) })
        }
        let findings = group.flatMap { d in d.findings.map { (d.sha256, $0) } }
        for chunk in chunks(findings, of: 500) {
            try s.db.run(
                "INSERT INTO findings(sha256, code, severity, count) VALUES \(rows(chunk.count, "(?, ?, ?, ?)"))",
                chunk.flatMap { sha, f -> [SQLValue] in [.text(sha), .text(f.code), .text(f.severity), .integer(Int64(f.count))] }
            )
        }
        return obsolete
    }

    public func obsoleteReports() throws(LedgerError) -> [String] {
        try locked { (s) throws(LedgerError) in
            try s.db.rows("SELECT path FROM obsolete_reports ORDER BY path").map { $0[0].string }
        }
    }

    public func forgetObsolete(_ paths: [String]) throws(LedgerError) {
        guard !paths.isEmpty else { return }
        try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) in
                for chunk in Self.chunks(paths, of: 500) {
                    try s.db.run("DELETE FROM obsolete_reports WHERE path IN \(Self.list(chunk.count))", chunk.map { .text($0) })
                }
            }
        }
    }

    public func unfinishedReports(channel: LedgerChannel) throws(LedgerError) -> [UnfinishedReportSet] {
        try locked { (s) throws(LedgerError) in
            var out: [UnfinishedReportSet] = []
            try s.db.run(
                """
                SELECT sha256, pending_dir, pending_base, report_dir, report_base FROM bundles
                WHERE pending_dir IS NOT NULL AND COALESCE(pending_channel, 'batch') = ?
                  AND (pending_run IS NULL OR pending_run NOT IN (SELECT id FROM runs WHERE status = 'running'))
                """, [.text(channel.rawValue)]
            ) { r in
                out.append(
                    UnfinishedReportSet(
                        sha256: r.text(0), pending: ReportSet(dir: r.text(1), base: r.text(2)),
                        current: r.text(3).isEmpty ? nil : ReportSet(dir: r.text(3), base: r.text(4))))
            }
            return out
        }
    }

    public func clearAnnouncement(sha256: String) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.db.run("DELETE FROM bundles WHERE sha256 = ? AND state = 'pending'", [.text(sha256)])
            try s.db.run(
                "UPDATE bundles SET pending_dir = NULL, pending_base = NULL, pending_channel = NULL, pending_run = NULL WHERE sha256 = ?",
                [.text(sha256)])
        }
    }

    // MARK: Moves

    public func announceMove(path: BytePath, to destination: BytePath) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.db.run(
                "UPDATE names SET move_state = 'moving', moved_to_bytes = ?, moved_to = ? WHERE path_bytes = ?",
                [.blob(destination.bytes), .text(destination.display), .blob(path.bytes)])
        }
    }

    public func recordMove(path: BytePath, to destination: BytePath) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.db.run(
                "UPDATE names SET move_state = 'moved', moved_to_bytes = ?, moved_to = ? WHERE path_bytes = ?",
                [.blob(destination.bytes), .text(destination.display), .blob(path.bytes)])
        }
    }

    public func unfinishedMoves() throws(LedgerError) -> [UnfinishedMove] {
        try locked { (s) throws(LedgerError) in
            var out: [UnfinishedMove] = []
            try s.db.run("SELECT path_bytes, moved_to_bytes, sha256 FROM names WHERE move_state = 'moving'") {
                out.append(
                    UnfinishedMove(
                        path: BytePath(bytes: $0.bytes(0)), destination: BytePath(bytes: $0.bytes(1)), sha256: $0.text(2)))
            }
            return out
        }
    }

    // MARK: The batch summary

    public func summaryCounts(slowest: Int) throws(LedgerError) -> LedgerCounts {
        try locked { (s) throws(LedgerError) in
            var c = LedgerCounts()
            try s.db.run(
                "SELECT COUNT(*), COALESCE(SUM(document_bytes), 0) FROM bundles WHERE state = 'decided' AND superseded_by IS NULL"
            ) {
                c.bundles = Int($0.int(0))
                c.documentBytes = $0.int(1)
            }
            try s.db.run(
                "SELECT COUNT(*) FROM names n JOIN bundles b USING(sha256) WHERE b.state = 'decided' AND b.superseded_by IS NULL"
            ) {
                c.names = Int($0.int(0))
            }
            try s.db.run(
                "SELECT verdict, COUNT(*) FROM bundles WHERE state = 'decided' AND superseded_by IS NULL GROUP BY verdict ORDER BY 1"
            ) {
                c.verdicts.append(VerdictCount(verdict: $0.text(0), bundles: Int($0.int(1))))
            }
            try s.db.run(
                """
                SELECT COALESCE(matter, ''), COALESCE(MAX(matter_name), ''), verdict, COUNT(*) FROM bundles
                WHERE state = 'decided' AND superseded_by IS NULL GROUP BY matter, verdict ORDER BY 1, 3
                """
            ) {
                c.matters.append(
                    MatterVerdictCount(matter: $0.text(0), matterName: $0.text(1), verdict: $0.text(2), bundles: Int($0.int(3))))
            }
            try s.db.run(
                """
                SELECT f.code, f.severity, COUNT(DISTINCT f.sha256), SUM(f.count) FROM findings f
                JOIN bundles b USING(sha256) WHERE b.state = 'decided' AND b.superseded_by IS NULL
                GROUP BY f.code, f.severity ORDER BY 3 DESC, 1, 2
                """
            ) {
                c.findings.append(
                    FindingCount(code: $0.text(0), severity: $0.text(1), bundles: Int($0.int(2)), count: Int($0.int(3))))
            }
            try s.db.run(
                """
                SELECT file, sha256, verdict, matter, hash_ms + check_ms + write_ms AS ms, report_dir, report_base FROM bundles
                WHERE state = 'decided' AND superseded_by IS NULL ORDER BY ms DESC, sha256 LIMIT ?
                """, [.integer(Int64(slowest))]
            ) {
                c.slowest.append(
                    SlowBundle(
                        file: $0.text(0), sha256: $0.text(1), verdict: $0.text(2), matter: $0.text(3),
                        milliseconds: $0.double(4), reports: ReportSet(dir: $0.text(5), base: $0.text(6))))
            }
            try s.db.run(
                "SELECT DISTINCT catalog_version FROM bundles WHERE state = 'decided' AND superseded_by IS NULL ORDER BY 1"
            ) {
                c.catalogVersions.append($0.text(0))
            }
            try s.db.run("SELECT COUNT(*) FROM bundles WHERE state = 'decided' AND superseded_by IS NOT NULL") {
                c.superseded = Int($0.int(0))
            }
            return c
        }
    }

    public func findingCounts(run: Int64) throws(LedgerError) -> [FindingCount] {
        try locked { (s) throws(LedgerError) in
            var counts: [FindingCount] = []
            try s.db.run(
                """
                SELECT f.code, f.severity, COUNT(DISTINCT f.sha256), SUM(f.count) FROM findings f
                JOIN bundles b USING(sha256) WHERE b.state = 'decided' AND b.run_id = ?
                GROUP BY f.code, f.severity ORDER BY 3 DESC, 1, 2
                """, [.integer(run)]
            ) {
                counts.append(
                    FindingCount(code: $0.text(0), severity: $0.text(1), bundles: Int($0.int(2)), count: Int($0.int(3))))
            }
            return counts
        }
    }

    public func monthCounts() throws(LedgerError) -> [MonthCount] {
        try locked { (s) throws(LedgerError) in
            var out: [MonthCount] = []
            try s.db.run(
                """
                SELECT substr(b.report_dir, 9, 7), b.verdict, CASE WHEN b.superseded_by IS NULL THEN 0 ELSE 1 END, COUNT(*),
                    COALESCE(MAX(b.decided_at), ''), CAST(COALESCE(SUM(b.decisions), 0) AS BIGINT),
                    CAST(COALESCE(SUM((SELECT COUNT(*) FROM names n WHERE n.sha256 = b.sha256)
                        + (SELECT COUNT(*) FROM earlier_names e WHERE e.sha256 = b.sha256)), 0) AS BIGINT)
                FROM bundles b WHERE b.state = 'decided'
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """
            ) { r in
                let month = r.text(0)
                if out.last?.month != month {
                    out.append(MonthCount(month: month, verdicts: [:], superseded: 0, signature: ""))
                }
                let count = Int(r.int(3))
                if r.int(2) == 0 {
                    out[out.count - 1].verdicts[r.text(1), default: 0] += count
                } else {
                    out[out.count - 1].superseded += count
                }
                out[out.count - 1].signature +=
                    "\(r.text(1)):\(r.int(2)):\(count):\(r.text(4)):\(r.int(5)):\(r.int(6));"
            }
            return out
        }
    }

    public func forEachDecidedBundle(superseded: Bool, month: String?, _ body: (DecidedBundleRow) throws -> Void) throws {
        var failure: (any Error)?
        try locked { (s) throws(LedgerError) in
            // One statement: a bundle's names come on adjacent rows (one row, name NULL, for a
            // bundle without any), gathered before it is handed over.
            var pending: DecidedBundleRow?
            // A month's reports are filed under reports/<YYYY-MM>-DD/ (or reports/unknown/):
            // a range of the report folder's index, and only those bundles' names.
            let range: [SQLValue] = month.map { [.text("reports/\($0)"), .text("reports/\($0)~")] } ?? []
            let inMonth =
                month == nil
                ? "" : "WHERE sha256 IN (SELECT sha256 FROM bundles WHERE report_dir >= ?1 AND report_dir < ?2)"
            func hand(_ row: DecidedBundleRow?) {
                guard let row, failure == nil else { return }
                do { try body(row) } catch { failure = error }
            }
            try s.db.run(
                """
                SELECT b.sha256, b.file, b.verdict, b.matter, b.matter_name, b.application, b.submitted,
                    (SELECT COALESCE(SUM(count), 0) FROM findings f WHERE f.sha256 = b.sha256 AND f.severity = 'error'),
                    b.catalog_version, b.hash_ms, b.check_ms, b.write_ms, b.report_dir, b.report_base, b.superseded_by,
                    b.json_sha256, n.relative
                FROM bundles b
                LEFT JOIN (SELECT sha256, relative FROM names \(inMonth)
                    UNION SELECT sha256, relative FROM earlier_names \(inMonth)) n
                    ON n.sha256 = b.sha256
                WHERE b.state = 'decided' AND b.superseded_by IS \(superseded ? "NOT NULL" : "NULL")
                    \(month == nil ? "" : "AND b.report_dir >= ?1 AND b.report_dir < ?2")
                ORDER BY b.report_dir, b.report_base, b.sha256, n.relative
                """, range
            ) { r throws(LedgerError) in
                guard failure == nil else { return }
                if pending?.sha256 != r.text(0) {
                    hand(pending)
                    pending = DecidedBundleRow(
                        sha256: r.text(0), file: r.text(1), names: [], verdict: r.text(2), matter: r.text(3),
                        matterName: r.text(4), application: r.text(5), submitted: r.text(6), errors: Int(r.int(7)),
                        catalogVersion: r.text(8), hashMs: r.double(9), checkMs: r.double(10), writeMs: r.double(11),
                        reports: ReportSet(dir: r.text(12), base: r.text(13)), supersededBy: Self.optional(r, 14),
                        jsonSHA256: Self.optional(r, 15))
                }
                if !r.isNull(16) { pending?.names.append(r.text(16)) }
            }
            hand(pending)
        }
        if let failure { throw failure }
    }

    // MARK: Seals

    public func seal(channel: LedgerChannel, runID: Int64?, _ write: (SealDraft) throws -> SealWritten) throws
        -> SealRecord?
    {
        var failure: (any Error)?
        let record = try locked { (s) throws(LedgerError) -> SealRecord? in
            try s.db.begin(exclusive: true)
            do {
                let entries = try Self.reportSets(&s, where: "b.seal IS NULL")
                guard !entries.isEmpty else {
                    s.db.rollback()
                    return nil
                }
                let last = try s.db.rows("SELECT seq, digest FROM seals ORDER BY seq DESC LIMIT 1").first
                let draft = SealDraft(
                    seq: (last?[0].int64 ?? 0) + 1, previous: last?[1].string ?? String(repeating: "0", count: 64),
                    channel: channel, runID: runID, created: Timestamp.now(), entries: entries)
                let written: SealWritten
                do {
                    written = try write(draft)
                } catch {
                    failure = error
                    s.db.rollback()
                    return nil
                }
                try s.db.run(
                    """
                    INSERT INTO seals(seq, digest, previous, file, created, channel, run_id, entries, signed)
                    VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        .integer(draft.seq), .text(written.digest), .text(draft.previous), .text(written.file),
                        .text(draft.created), .text(channel.rawValue), runID.map { .integer($0) } ?? .null,
                        .integer(Int64(written.entries.count)), .integer(written.signed ? 1 : 0),
                    ])
                // The hashes are those of the files as sealed (decisions made before schema 5
                // had none); a statement per 200 bundles.
                for chunk in Self.chunks(written.entries, of: 200) {
                    try s.db.run(
                        """
                        UPDATE bundles SET seal = ?, json_sha256 = v.column2, xml_sha256 = v.column3, html_sha256 = v.column4
                        FROM (VALUES \(Self.rows(chunk.count, "(?, ?, ?, ?)"))) AS v
                        WHERE bundles.sha256 = v.column1
                        """,
                        [.integer(draft.seq)] + chunk.flatMap { e in [.text(e.sha256)] + e.hashes.map { .text($0) } })
                }
                try s.db.commit()
                return SealRecord(
                    seq: draft.seq, digest: written.digest, previous: draft.previous, file: written.file,
                    created: draft.created, channel: channel.rawValue, runID: runID, entries: written.entries.count,
                    signed: written.signed)
            } catch {
                s.db.rollback()
                throw error as? LedgerError ?? LedgerError(.sqlite, "cannot seal: \(error)")
            }
        }
        if let failure { throw failure }
        return record
    }

    public func seals() throws(LedgerError) -> [SealRecord] {
        try locked { (s) throws(LedgerError) in
            try s.db.rows("SELECT seq, digest, previous, file, created, channel, run_id, entries, signed FROM seals ORDER BY seq")
                .map {
                    SealRecord(
                        seq: $0[0].int64, digest: $0[1].string, previous: $0[2].string, file: $0[3].string,
                        created: $0[4].string, channel: $0[5].string, runID: $0[6] == .null ? nil : $0[6].int64,
                        entries: $0[7].int,
                        signed: $0[8].int64 == 1)
                }
        }
    }

    public func reportSets() throws(LedgerError) -> [LedgerReportSet] {
        try locked { (s) throws(LedgerError) in try Self.reportSets(&s, where: "1 = 1", withFindings: true) }
    }

    /// `withFindings`: also the findings recorded (for `audit verify`); a seal, which runs
    /// under the ledger's lock, needs only the report sets.
    private static func reportSets(_ s: inout State, where condition: String, withFindings: Bool = false) throws(LedgerError)
        -> [LedgerReportSet]
    {
        var out: [LedgerReportSet] = []
        // The findings recorded, counted by code and severity, for every decided bundle.
        var findings: [String: [String: Int]] = [:]
        if withFindings {
            try s.db.run(
                """
                SELECT f.sha256, f.code, f.severity, f.count FROM findings f JOIN bundles b ON b.sha256 = f.sha256
                WHERE b.state = 'decided' AND \(condition)
                """
            ) { r in findings[r.text(0), default: [:]]["\(r.text(1)) \(r.text(2))", default: 0] += Int(r.int(3)) }
        }
        try s.db.run(
            """
            SELECT b.sha256, b.catalog_version, b.report_dir, b.report_base, b.json_sha256, b.xml_sha256, b.html_sha256,
                b.seal, b.verdict, b.application, b.matter, b.scenario, b.submitted, b.file, b.superseded_by, b.matter_name,
                b.size, b.decided_at, COALESCE(b.channel, 'batch'), r.id, r.started, r.finished, r.channel
            FROM bundles b LEFT JOIN runs r ON r.id = b.run_id
            WHERE b.state = 'decided' AND \(condition) ORDER BY b.sha256
            """
        ) { r in
            var set = LedgerReportSet(
                sha256: r.text(0), catalogVersion: r.text(1), reports: ReportSet(dir: r.text(2), base: r.text(3)),
                hashes: [4, 5, 6].map { r[$0] == .null ? "" : r.text($0) }, seal: r[7] == .null ? nil : r.int(7))
            set.decision = LedgerReportSet.Decision(
                verdict: r.text(8), application: r.text(9), matter: r.text(10), scenario: r.text(11))
            set.decision.submitted = r[12] == .null ? nil : r.text(12)
            set.decision.file = r[13] == .null ? nil : r.text(13)
            set.decision.findings = withFindings ? findings[r.text(0)] ?? [:] : nil
            set.decision.supersededBy = r[14] == .null ? nil : r.text(14)
            // Every version writes the name as text ("" for an invalid bundle): a NULL is an edit, compared as "".
            set.decision.matterName = r[15] == .null ? "" : r.text(15)
            set.decision.size = r[16] == .null ? nil : r.int(16)
            set.decision.decidedAt = r[17] == .null ? nil : r.text(17)
            set.decision.channel = r.text(18)
            if r[19] != .null {
                set.decision.run = RunTimes(
                    id: r.int(19), started: r.text(20), finished: r[21] == .null ? nil : r.text(21), channel: r.text(22))
            }
            out.append(set)
        }
        return out
    }

    // MARK: Finding decisions

    public func findDecisions(_ f: DecisionFilter) throws(LedgerError) -> [DecisionRow] {
        var conditions = ["b.state = 'decided'"]
        var values: [SQLValue] = []
        func require(_ condition: String, _ value: String?) {
            guard let value else { return }
            conditions.append(condition)
            values.append(.text(value))
        }
        if !f.includeSuperseded { conditions.append("b.superseded_by IS NULL") }
        require("b.application = ?", f.application)
        require("b.matter = ?", f.matter)
        require("b.verdict = ?", f.verdict)
        require("EXISTS (SELECT 1 FROM findings x WHERE x.sha256 = b.sha256 AND x.code = ?)", f.findingCode)
        // decided_at is UTC; the dates asked are China Standard Time (UTC+8): a day there
        // starts at 16:00 UTC the day before.
        require("b.decided_at >= ?", f.from.map { Self.chinaDayStart($0, addingDays: 0) })
        require("b.decided_at < ?", f.to.map { Self.chinaDayStart($0, addingDays: 1) })
        return try locked { (s) throws(LedgerError) in
            let findings = s.db.dialect.groupConcat(
                "t.code || CASE WHEN t.count > 1 THEN '×' || t.count ELSE '' END", separator: " ")
            let sql = """
                SELECT b.sha256, b.decided_at, b.verdict, b.matter, b.matter_name, b.application, b.submitted, b.file,
                    b.catalog_version, COALESCE(b.channel, 'batch'), b.report_dir, b.report_base, b.superseded_by,
                    (SELECT \(findings)
                     FROM (SELECT code, SUM(count) AS count FROM findings x WHERE x.sha256 = b.sha256 GROUP BY code) t),
                    COALESCE((SELECT r.host FROM runs r WHERE r.id = b.run_id), ''), b.json_sha256
                FROM bundles b WHERE \(conditions.joined(separator: " AND "))
                ORDER BY b.decided_at, b.sha256
                """
            var out: [DecisionRow] = []
            try s.db.run(sql, values) { r in
                out.append(
                    DecisionRow(
                        sha256: r.text(0), decidedAt: r.text(1), verdict: r.text(2), matter: r.text(3), matterName: r.text(4),
                        application: r.text(5), submitted: r.text(6), file: r.text(7), catalogVersion: r.text(8),
                        channel: r.text(9), reports: ReportSet(dir: r.text(10), base: r.text(11)),
                        findings: r.text(13).split(separator: " ").map(String.init).sorted(),
                        supersededBy: Self.optional(r, 12), host: r.text(14), jsonSHA256: Self.optional(r, 15)))
            }
            return out
        }
    }

    // MARK: Sharing (leases and the queue)

    public func renewLease(run: Int64) throws(LedgerError) -> Bool {
        try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) -> Bool in
                let until: SQLValue = .integer(leaseMilliseconds)
                let now = s.db.dialect.nowMilliseconds
                let alive = try s.db.rows(
                    "UPDATE runs SET lease_until = \(now) + ? WHERE id = ? AND status = 'running' RETURNING id",
                    [until, .integer(run)])
                guard !alive.isEmpty else { return false }
                // Rows this process is ending at this instant on another connection (a
                // recording transaction ends its claims, finished bundles leave the queue)
                // are skipped, not waited for: waiting, the two transactions could each hold
                // a row the other wants (a deadlock the server would break by failing one).
                let skipLocked = s.db.dialect.skipLocked
                // Only the claims this process holds or is taking: a claim row of this run that
                // no worker of it holds (the database took the claim, the connection was lost
                // before the answer, the request failed) is not kept alive for as long as the run
                // lives (round 33, tester m: a replica renewed one for good); its lease runs out,
                // and the run's end ends it. (Not deleted here: a claim a worker is taking this
                // instant, on another connection, may not be in the list read just before.)
                let ours = flights.withLock { f in f.filter { $0.value.run == run }.map(\.key).sorted() }
                if !ours.isEmpty {
                    try s.db.run(
                        """
                        UPDATE bundle_claims SET lease_until = \(now) + ?
                        WHERE sha256 IN (
                            SELECT sha256 FROM bundle_claims WHERE run_id = ? AND sha256 IN (\(Self.rows(ours.count, "?")))
                            \(skipLocked))
                        """, [until, .integer(run)] + ours.map { .text($0) })
                }
                try s.db.run(
                    """
                    UPDATE work SET lease_until = \(now) + ?
                    WHERE path_bytes IN (SELECT path_bytes FROM work WHERE run_id = ? \(skipLocked))
                    """, [until, .integer(run)])
                return true
            }
        }
    }

    /// Throws `leaseLost` unless `run` is still `running`.
    private static func requireRunning(_ s: inout State, _ run: Int64) throws(LedgerError) {
        let alive = try s.db.rows("SELECT 1 FROM runs WHERE id = ? AND status = 'running'", [.integer(run)])
        if alive.isEmpty {
            throw LedgerError(
                .leaseLost, "run \(run) was closed by another process (its lease ran out): its work was taken over")
        }
    }

    public func releaseAll(run: Int64) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) in
                try s.db.run("DELETE FROM bundle_claims WHERE run_id = ?", [.integer(run)])
                try s.db.run("UPDATE work SET run_id = NULL, lease_until = NULL WHERE run_id = ?", [.integer(run)])
            }
        }
        flights.withLock { f in
            for (sha, claim) in f where claim.run == run { f[sha] = nil }
        }
    }

    public func enqueue(inbox: String, bundles: [InboxBundle]) throws(LedgerError) {
        guard !bundles.isEmpty else { return }
        try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) in
                for chunk in Self.chunks(bundles, of: 500) {
                    try s.db.run(
                        """
                        INSERT INTO work(path_bytes, inbox, relative_bytes, size) VALUES \(Self.rows(chunk.count, "(?, ?, ?, ?)"))
                        ON CONFLICT(path_bytes) DO NOTHING
                        """,
                        chunk.flatMap { b -> [SQLValue] in
                            [.blob(b.path.bytes), .text(inbox), .blob(b.relative.bytes), .integer(b.size)]
                        })
                }
            }
        }
    }

    public func take(inbox: String, run: Int64, limit: Int) throws(LedgerError) -> [InboxBundle] {
        try locked { (s) throws(LedgerError) in
            let now = s.db.dialect.nowMilliseconds
            // Rows another process is taking at this instant are skipped, not waited for.
            let skipLocked = s.db.dialect.skipLocked
            var out: [InboxBundle] = []
            try s.db.run(
                """
                UPDATE work SET run_id = ?1, lease_until = \(now) + ?2
                WHERE path_bytes IN (
                    SELECT path_bytes FROM work WHERE inbox = ?3 AND (run_id IS NULL OR lease_until < \(now))
                    ORDER BY path_bytes LIMIT ?4 \(skipLocked))
                RETURNING path_bytes, relative_bytes, size
                """, [.integer(run), .integer(leaseMilliseconds), .text(inbox), .integer(Int64(limit))]
            ) { r in
                out.append(
                    InboxBundle(
                        path: BytePath(bytes: r.bytes(0)), relative: BytePath(bytes: r.bytes(1)), size: r.int(2),
                        recorded: .absent))
            }
            // The names recorded for these paths, in one round trip: the worker then asks
            // the ledger again only for a file recorded before (a resumed run).
            try Self.lookUpNames(&out, in: &s)
            return out.sorted { $0.path.bytes.lexicographicallyPrecedes($1.path.bytes) }
        }
    }

    public func lookUpNames(_ bundles: [InboxBundle]) throws(LedgerError) -> [InboxBundle] {
        var out = bundles
        try locked { (s) throws(LedgerError) in try Self.lookUpNames(&out, in: &s) }
        return out
    }

    /// Sets each bundle's ``RecordedName``: `.recorded` where `names` holds its path, else `.absent`.
    private static func lookUpNames(_ out: inout [InboxBundle], in s: inout State) throws(LedgerError) {
        var at: [[UInt8]: Int] = [:]
        for (i, b) in out.enumerated() {
            at[b.path.bytes] = i
            out[i].recorded = .absent
        }
        for chunk in chunks(out.map(\.path), of: 200) {
            try s.db.run(
                "SELECT path_bytes, sha256, dev, ino, size, mtime_ns, ctime_ns FROM names WHERE path_bytes IN \(list(chunk.count))",
                chunk.map { .blob($0.bytes) }
            ) { r in
                guard let i = at[r.bytes(0)] else { return }
                out[i].recorded = .recorded(
                    sha256: r.text(1),
                    fingerprint: FileFingerprint(
                        device: r.int(2), inode: r.int(3), size: r.int(4), modified: r.int(5), changed: r.int(6)))
            }
        }
    }

    public func finishWork(_ paths: [BytePath], run: Int64) throws(LedgerError) {
        guard !paths.isEmpty else { return }
        try locked { (s) throws(LedgerError) in
            try s.db.transaction { () throws(LedgerError) in
                for chunk in Self.chunks(paths, of: 200) {
                    try s.db.run(
                        "DELETE FROM work WHERE run_id = ? AND path_bytes IN \(Self.list(chunk.count))",
                        [.integer(run)] + chunk.map { .blob($0.bytes) })
                }
            }
        }
    }

    public func returnWork(run: Int64) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.db.run("UPDATE work SET run_id = NULL, lease_until = NULL WHERE run_id = ?", [.integer(run)])
        }
    }

    public func workLeft(inbox: String) throws(LedgerError) -> Int {
        try locked { (s) throws(LedgerError) in
            try s.db.rows("SELECT COUNT(*) FROM work WHERE inbox = ?", [.text(inbox)]).first?.first?.int ?? 0
        }
    }

    // MARK: Plumbing

    /// `count` copies of a row's placeholders, comma-separated (`(?, ?), (?, ?)`).
    private static func rows(_ count: Int, _ row: String) -> String {
        Array(repeating: row, count: count).joined(separator: ", ")
    }

    /// `(?, ?, …)` with `count` placeholders.
    private static func list(_ count: Int) -> String {
        "(" + Array(repeating: "?", count: count).joined(separator: ", ") + ")"
    }

    private static func chunks<T>(_ items: [T], of size: Int) -> [ArraySlice<T>] {
        stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
    }

    private var leaseMilliseconds: Int64 { Int64((leaseSeconds * 1000).rounded()) }

    /// The instant (ISO 8601, UTC, milliseconds, as `decided_at` is written) a day of China
    /// Standard Time starts, `days` after `date` (YYYY-MM-DD); `date` itself when it is not one.
    static func chinaDayStart(_ date: String, addingDays days: Int) -> String {
        let parts = date.split(separator: "-")
        guard date.utf8.count == 10, parts.count == 3, let y = Int32(parts[0]), let m = Int32(parts[1]),
            let d = Int32(parts[2])
        else { return date }
        var t = tm()
        t.tm_year = y - 1900
        t.tm_mon = m - 1
        t.tm_mday = d + Int32(days)
        var seconds = timegm(&t) - 8 * 3600
        var utc = tm()
        gmtime_r(&seconds, &utc)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.000Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
            utc.tm_min, utc.tm_sec)
    }

    /// Runs `body` on a connection no other thread uses meanwhile: a free one, else (every
    /// one busy) the next in turn, once it is free.
    private func locked<T: Sendable>(_ body: (inout State) throws(LedgerError) -> T) throws(LedgerError) -> T {
        if slots.count > 1 {
            for box in slots {
                if let done = try box.slot.withLockIfAvailable({ (s) throws(LedgerError) -> T in
                    try Self.opened(&s, connect, location)
                    return try body(&s!)
                }) {
                    return done
                }
            }
        }
        let turn = nextSlot.wrappingAdd(1, ordering: .relaxed).oldValue % slots.count
        return try slots[turn].slot.withLock { (s) throws(LedgerError) -> T in
            try Self.opened(&s, connect, location)
            return try body(&s!)
        }
    }

    /// Opens the slot's connection if it has none yet.
    private static func opened(
        _ slot: inout State?, _ connect: (@Sendable () throws(LedgerError) -> sending any SQLConnection)?, _ location: String
    ) throws(LedgerError) {
        guard slot == nil else { return }
        guard let connect else { throw LedgerError(.unavailable, "no connection to the ledger \(location)") }
        slot = State(db: try connect())
    }

    private static func optional(_ text: String?) -> SQLValue { text.map { .text($0) } ?? .null }

    private static func optional(_ row: any SQLRow, _ column: Int) -> String? {
        row[column] == .null ? nil : row.text(column)
    }

    private static func values(_ f: FileFingerprint) -> [SQLValue] {
        [.integer(f.device), .integer(f.inode), .integer(f.size), .integer(f.modified), .integer(f.changed)]
    }

    static func now() -> String { Timestamp.now(milliseconds: true) }

    // MARK: For tests (raw SQL stays in this module and its tests)

    /// Runs one statement (tests that alter the ledger as a tamperer would). Internal.
    func execute(_ sql: String) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in try s.db.execute(sql) }
    }

    /// Runs a query and returns every row. Internal: tests reach it with `@testable`.
    func rows(_ sql: String, _ values: [SQLValue] = []) throws(LedgerError) -> [[SQLValue]] {
        try locked { (s) throws(LedgerError) in try s.db.rows(sql, values) }
    }
}

extension SQLValue {
    /// Text as it is, a number as its digits, a blob as a displayed file name, NULL as "".
    var string: String {
        switch self {
        case .null: ""
        case .integer(let i): String(i)
        case .real(let d): String(d)
        case .text(let s): s
        case .blob(let b): FileNameRendering.render(b)
        }
    }

    var int64: Int64 {
        switch self {
        case .integer(let i): i
        case .real(let d): Int64(d)
        case .text(let s): Int64(s) ?? 0
        case .null, .blob: 0
        }
    }

    var int: Int { Int(int64) }

    var double: Double {
        switch self {
        case .integer(let i): Double(i)
        case .real(let d): d
        case .text(let s): Double(s) ?? 0
        case .null, .blob: 0
        }
    }
}
