public import Foundation
public import IntakeBundle
public import IntakeIO
import IntakeModel
import Synchronization

/// The ledger in one SQLite file (the embedded default): `ledger.sqlite` under the output
/// folder, WAL mode, full sync. The only place, with `SQLite.swift`, that holds SQL.
///
/// Sendable without `@unchecked`: the connection, its cached statements and the set of
/// bundles in flight live in a `Mutex`, so one thread at a time uses them.
public final class SQLiteLedger: LedgerStore {
    public static let fileName = "ledger.sqlite"
    /// The version this program writes: the last migration's (see ``LedgerMigration``).
    public static let schemaVersion = LedgerMigration.all.last!.version

    public let url: URL
    private let state: Mutex<State>

    private struct State {
        let database: SQLiteDatabase
        var statements: [String: SQLiteStatement] = [:]
        /// Bundles (SHA-256) being decided right now by a worker of this process.
        var inFlight: Set<String> = []

        /// A cached prepared statement.
        mutating func statement(_ sql: String) throws(LedgerError) -> SQLiteStatement {
            if let s = statements[sql] { return s }
            let s = try database.prepare(sql)
            statements[sql] = s
            return s
        }
    }

    /// Opens or creates the ledger at `url`, migrating it to ``schemaVersion``; refuses a
    /// ledger of a newer schema (code `newerSchema`), leaving it untouched.
    public init(url: URL) throws(LedgerError) {
        self.url = url
        let database = try SQLiteDatabase(path: url.path)
        try Self.migrate(database, path: url.path)
        state = Mutex(State(database: database))
    }

    /// The schema version recorded in the ledger (0 for a new one).
    static func version(_ database: SQLiteDatabase, path: String) throws(LedgerError) -> Int {
        guard let value = try database.prepare("SELECT value FROM meta WHERE key = 'schema'").rows().first?.first else {
            return 0
        }
        guard case .text(let text) = value, let version = Int(text), version > 0 else {
            throw LedgerError(.unknownSchema, "\(path) has an unreadable ledger schema version (\(value))")
        }
        return version
    }

    /// Applies the migrations after the ledger's version, in one transaction.
    static func migrate(_ database: SQLiteDatabase, path: String) throws(LedgerError) {
        try database.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        // Read once outside (no write lock for an up-to-date ledger), again inside: two
        // processes may open a new ledger at once.
        func check(_ version: Int) throws(LedgerError) {
            if version > schemaVersion {
                throw LedgerError(
                    .newerSchema,
                    "\(path) has ledger schema version \(version), newer than this program's \(schemaVersion): "
                        + "it was written by a newer intake; run that version (or use another --out)")
            }
        }
        let seen = try version(database, path: path)
        try check(seen)
        guard seen < schemaVersion else { return }
        try database.transaction { () throws(LedgerError) in
            let current = try version(database, path: path)
            try check(current)
            for migration in LedgerMigration.all where migration.version > current {
                try database.execute(migration.sql)
            }
            try database.prepare(
                "INSERT INTO meta(key, value) VALUES('schema', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
            )
            .run([.text(String(schemaVersion))])
        }
    }

    public func probe() throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.database.execute("BEGIN IMMEDIATE")
            try s.database.execute("ROLLBACK")
        }
    }

    // MARK: Runs

    public func beginRun(inbox: String, catalogVersion: String, jobs: Int, channel: LedgerChannel) throws(LedgerError)
        -> Int64
    {
        try locked { (s) throws(LedgerError) in
            try s.statement(
                "INSERT INTO runs(started, status, inbox, catalog_version, jobs, channel) VALUES(?, 'running', ?, ?, ?, ?)"
            )
            .run([.text(Self.now()), .text(inbox), .text(catalogVersion), .integer(Int64(jobs)), .text(channel.rawValue)])
            return try s.statement("SELECT last_insert_rowid()").rows().first?.first?.int64 ?? 0
        }
    }

    public func closeInterruptedRuns(channel: LedgerChannel) throws(LedgerError) -> [InterruptedRun] {
        try locked { (s) throws(LedgerError) in
            try s.database.transaction { () throws(LedgerError) -> [InterruptedRun] in
                var found: [InterruptedRun] = []
                try s.statement(
                    "SELECT r.id, r.started, (SELECT COUNT(*) FROM bundles b WHERE b.run_id = r.id AND b.state = 'decided') FROM runs r WHERE r.status = 'running' AND r.channel = ? ORDER BY r.id"
                ).run([.text(channel.rawValue)]) {
                    found.append(InterruptedRun(id: $0.int(0), started: $0.text(1), decided: Int($0.int(2))))
                }
                for run in found {
                    try s.statement("UPDATE runs SET status = 'interrupted', decided = ? WHERE id = ?")
                        .run([.integer(Int64(run.decided)), .integer(run.id)])
                }
                return found
            }
        }
    }

    public func finishRun(_ id: Int64, decided: Int, seconds: Double, status: RunEnd) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.statement("UPDATE runs SET finished = ?, status = ?, decided = ?, seconds = ? WHERE id = ?")
                .run([.text(Self.now()), .text(status.rawValue), .integer(Int64(decided)), .real(seconds), .integer(id)])
        }
    }

    public func recordRunItems(_ items: [RunItem]) throws(LedgerError) {
        guard !items.isEmpty else { return }
        try locked { (s) throws(LedgerError) in
            try s.database.transaction { () throws(LedgerError) in
                for i in items { try Self.recordRunItem(&s, i) }
            }
        }
    }

    private static func recordRunItem(_ s: inout State, _ i: RunItem) throws(LedgerError) {
        try s.statement(
            """
            INSERT INTO run_items(run_id, seq, file, status, reason, note, sha256, moved_to, seconds)
            VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).run([
            .integer(i.runID), .integer(Int64(i.seq)), .text(i.file), .text(i.status), optional(i.reason),
            optional(i.note), i.sha256.isEmpty ? .null : .text(i.sha256), optional(i.movedTo), .real(i.seconds),
        ])
    }

    public func forEachRunItem(run: Int64, _ body: (RunItemRow) throws -> Void) throws {
        var failure: (any Error)?
        try locked { (s) throws(LedgerError) in
            try s.statement(
                """
                SELECT i.seq, i.file, i.status, i.reason, i.note, COALESCE(i.sha256, ''), i.moved_to, i.seconds,
                    b.verdict, b.matter, b.matter_name, b.application, b.submitted,
                    (SELECT COALESCE(SUM(count), 0) FROM findings f WHERE f.sha256 = b.sha256 AND f.severity = 'error'),
                    b.report_dir, b.report_base, b.superseded_by
                FROM run_items i LEFT JOIN bundles b ON b.sha256 = i.sha256 AND b.state = 'decided'
                WHERE i.run_id = ? ORDER BY i.seq
                """
            ).run([.integer(run)]) { r throws(LedgerError) in
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

    public func setRunSummary(_ id: Int64, path: String) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.statement("UPDATE runs SET summary = ? WHERE id = ?").run([.text(path), .integer(id)])
        }
    }

    public func runs(channel: LedgerChannel) throws(LedgerError) -> [RunRecord] {
        try locked { (s) throws(LedgerError) in
            var runs: [RunRecord] = []
            try s.statement(
                """
                SELECT id, started, COALESCE(finished, ''), status, inbox, catalog_version, decided, summary
                FROM runs WHERE channel = ? ORDER BY id DESC
                """
            ).run([.text(channel.rawValue)]) { r in
                runs.append(
                    RunRecord(
                        id: r.int(0), started: r.text(1), finished: r.text(2), status: r.text(3), inbox: r.text(4),
                        catalogVersion: r.text(5), decided: Int(r.int(6)), summary: Self.optional(r, 7)))
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
        try s.statement(
            """
            SELECT sha256, catalog_version, verdict, application, matter, file, report_dir, report_base, decisions,
                EXISTS(SELECT 1 FROM findings f WHERE f.sha256 = b.sha256 AND f.code = 'bundle-unreadable')
            FROM bundles b WHERE sha256 = ? AND state = 'decided'
            """
        ).run([.text(sha256)]) { r in
            found = DecidedBundle(
                sha256: r.text(0), catalogVersion: r.text(1), verdict: r.text(2), application: r.text(3),
                matter: r.text(4), file: r.text(5), reports: ReportSet(dir: r.text(6), base: r.text(7)),
                decisions: Int(r.int(8)), unreadable: r.int(9) != 0)
        }
        return found
    }

    public func decided(path: BytePath, fingerprint: FileFingerprint) throws(LedgerError) -> DecidedBundle? {
        try locked { (s) throws(LedgerError) in
            var sha: String?
            try s.statement(
                "SELECT sha256 FROM names WHERE path_bytes = ? AND dev = ? AND ino = ? AND size = ? AND mtime_ns = ? AND ctime_ns = ?"
            ).run([.blob(path.bytes)] + Self.values(fingerprint)) { sha = $0.text(0) }
            guard let sha else { return nil }
            return try Self.decided(&s, sha)
        }
    }

    public func claim(_ sha256: String, catalogVersion: String, complete: (DecidedBundle) -> Bool) throws(LedgerError)
        -> LedgerClaim
    {
        try locked { (s) throws(LedgerError) in
            if s.inFlight.contains(sha256) { return .busy }
            if let d = try Self.decided(&s, sha256), d.catalogVersion == catalogVersion, complete(d) {
                return .decided(d)
            }
            s.inFlight.insert(sha256)
            return .claimed
        }
    }

    public func release(_ sha256: String) {
        state.withLock { _ = $0.inFlight.remove(sha256) }
    }

    public func hasName(path: BytePath, sha256: String) throws(LedgerError) -> Bool {
        try locked { (s) throws(LedgerError) in
            try !s.statement("SELECT 1 FROM names WHERE path_bytes = ? AND sha256 = ?")
                .rows([.blob(path.bytes), .text(sha256)]).isEmpty
        }
    }

    public func names(of sha256: String) throws(LedgerError) -> [BundleName] {
        try locked { (s) throws(LedgerError) in
            var out: [BundleName] = []
            try s.statement(
                "SELECT path_bytes, relative_bytes, move_state, moved_to_bytes FROM names WHERE sha256 = ? ORDER BY path_bytes"
            ).run([.text(sha256)]) { r in
                out.append(
                    BundleName(
                        path: BytePath(bytes: r.bytes(0)), relative: BytePath(bytes: r.bytes(1)),
                        movedTo: r.text(2) == "moved" ? BytePath(bytes: r.bytes(3)) : nil))
            }
            return out
        }
    }

    public func recordName(_ name: NameRecord) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in try Self.recordName(&s, name) }
    }

    /// Records a name. When the name pointed to other bytes before and those were a file
    /// cut short (a `bundle-unreadable` decision) or the same application (its id), while
    /// the new bytes are a readable bundle, the earlier decision is superseded by this one
    /// (unless another name still points to it): a completed upload replaces its broken
    /// first half. An unrelated application that reuses a name, or a broken file replacing
    /// a sound one, supersedes nothing.
    private static func recordName(_ s: inout State, _ n: NameRecord) throws(LedgerError) {
        let previous = try s.statement("SELECT sha256 FROM names WHERE path_bytes = ?").rows([.blob(n.path.bytes)]).first?
            .first
        try s.statement(
            """
            INSERT INTO names(path_bytes, path, relative_bytes, relative, sha256, dev, ino, size, mtime_ns, ctime_ns,
                first_run, last_run)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)
            ON CONFLICT(path_bytes) DO UPDATE SET path = ?2, relative_bytes = ?3, relative = ?4, sha256 = ?5, dev = ?6,
                ino = ?7, size = ?8, mtime_ns = ?9, ctime_ns = ?10, last_run = ?11
            """
        ).run(
            [.blob(n.path.bytes), .text(n.path.display), .blob(n.relative.bytes), .text(n.relative.display), .text(n.sha256)]
                + values(n.fingerprint) + [.integer(n.runID)])
        try s.statement("UPDATE bundles SET superseded_by = NULL WHERE sha256 = ? AND superseded_by IS NOT NULL")
            .run([.text(n.sha256)])
        if case .text(let earlier) = previous, earlier != n.sha256 {
            try s.statement(
                """
                UPDATE bundles SET superseded_by = ?1
                WHERE sha256 = ?2 AND state = 'decided' AND NOT EXISTS (SELECT 1 FROM names WHERE sha256 = ?2)
                  AND EXISTS (SELECT 1 FROM bundles n WHERE n.sha256 = ?1 AND n.state = 'decided'
                      AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.sha256 = ?1 AND f.code = 'bundle-unreadable'))
                  AND (EXISTS (SELECT 1 FROM findings f WHERE f.sha256 = ?2 AND f.code = 'bundle-unreadable')
                      OR (COALESCE(application, '') <> ''
                          AND application = (SELECT application FROM bundles WHERE sha256 = ?1)))
                """
            ).run([.text(n.sha256), .text(earlier)])
        }
    }

    // MARK: Report sets

    public func announceReports(_ announcements: [ReportAnnouncement]) throws(LedgerError) {
        guard !announcements.isEmpty else { return }
        try locked { (s) throws(LedgerError) in
            try s.database.transaction { () throws(LedgerError) in
                for a in announcements {
                    try s.statement(
                        """
                        INSERT INTO bundles(sha256, size, state, pending_dir, pending_base, pending_channel)
                        VALUES(?, ?, 'pending', ?, ?, ?)
                        ON CONFLICT(sha256) DO UPDATE SET pending_dir = excluded.pending_dir,
                            pending_base = excluded.pending_base, pending_channel = excluded.pending_channel
                        """
                    ).run([
                        .text(a.sha256), .integer(a.size), .text(a.reports.dir), .text(a.reports.base),
                        .text(a.channel.rawValue),
                    ])
                }
            }
        }
    }

    public func recordDecisions(_ decisions: [(decision: DecisionRecord, name: NameRecord?)], runItems: [RunItem])
        throws(LedgerError) -> [String]
    {
        guard !decisions.isEmpty || !runItems.isEmpty else { return [] }
        return try locked { (s) throws(LedgerError) in
            try s.database.transaction { () throws(LedgerError) -> [String] in
                var obsolete: [String] = []
                for (d, name) in decisions { obsolete += try Self.recordDecision(&s, d, name: name) }
                for i in runItems { try Self.recordRunItem(&s, i) }
                return obsolete
            }
        }
    }

    private static func recordDecision(_ s: inout State, _ d: DecisionRecord, name: NameRecord?) throws(LedgerError)
        -> [String]
    {
        var obsolete: [String] = []
        try s.statement("SELECT report_dir, report_base FROM bundles WHERE sha256 = ? AND state = 'decided'")
            .run([.text(d.sha256)]) { r in
                if r.text(0) != d.reports.dir || r.text(1) != d.reports.base {
                    obsolete = ReportSet(dir: r.text(0), base: r.text(1)).files
                }
            }
        for path in obsolete {
            try s.statement("INSERT OR IGNORE INTO obsolete_reports(path) VALUES(?)").run([.text(path)])
        }
        try s.statement(
            """
            INSERT INTO bundles(sha256, size, state, catalog_version, verdict, application, matter, matter_name,
                scenario, submitted, file, document_bytes, report_dir, report_base, hash_ms, check_ms, write_ms,
                decided_at, run_id, decisions, channel, json_sha256, xml_sha256, html_sha256, seal)
            VALUES(?1, ?2, 'decided', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, 1, ?19,
                ?20, ?21, ?22, NULL)
            ON CONFLICT(sha256) DO UPDATE SET state = 'decided', catalog_version = ?3, verdict = ?4,
                application = ?5, matter = ?6, matter_name = ?7, scenario = ?8, submitted = ?9, file = ?10,
                document_bytes = ?11, report_dir = ?12, report_base = ?13, pending_dir = NULL,
                pending_base = NULL, pending_channel = NULL, hash_ms = ?14, check_ms = ?15, write_ms = ?16,
                decided_at = ?17, run_id = ?18, decisions = decisions + 1, channel = ?19, json_sha256 = ?20,
                xml_sha256 = ?21, html_sha256 = ?22, seal = NULL
            """
        ).run(
            [
                .text(d.sha256), .integer(d.size), .text(d.catalogVersion), .text(d.verdict), .text(d.application),
                .text(d.matter), .text(d.matterName), .text(d.scenario), .text(d.submitted), .text(d.file),
                .integer(d.documentBytes), .text(d.reports.dir), .text(d.reports.base), .real(d.hashMs),
                .real(d.checkMs), .real(d.writeMs), .text(now()), .integer(d.runID), .text(d.channel.rawValue),
            ] + (0..<3).map { d.reportHashes.count == 3 ? .text(d.reportHashes[$0]) : .null })
        try s.statement("DELETE FROM findings WHERE sha256 = ?").run([.text(d.sha256)])
        for f in d.findings {
            try s.statement("INSERT INTO findings(sha256, code, severity, count) VALUES(?, ?, ?, ?)")
                .run([.text(d.sha256), .text(f.code), .text(f.severity), .integer(Int64(f.count))])
        }
        if let name { try recordName(&s, name) }
        return obsolete
    }

    public func obsoleteReports() throws(LedgerError) -> [String] {
        try locked { (s) throws(LedgerError) in
            try s.statement("SELECT path FROM obsolete_reports ORDER BY path").rows().map { $0[0].string }
        }
    }

    public func forgetObsolete(_ paths: [String]) throws(LedgerError) {
        guard !paths.isEmpty else { return }
        try locked { (s) throws(LedgerError) in
            try s.database.transaction { () throws(LedgerError) in
                for p in paths { try s.statement("DELETE FROM obsolete_reports WHERE path = ?").run([.text(p)]) }
            }
        }
    }

    public func unfinishedReports(channel: LedgerChannel) throws(LedgerError) -> [UnfinishedReportSet] {
        try locked { (s) throws(LedgerError) in
            var out: [UnfinishedReportSet] = []
            try s.statement(
                """
                SELECT sha256, pending_dir, pending_base, report_dir, report_base FROM bundles
                WHERE pending_dir IS NOT NULL AND COALESCE(pending_channel, 'batch') = ?
                """
            ).run([.text(channel.rawValue)]) { r in
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
            try s.statement("DELETE FROM bundles WHERE sha256 = ? AND state = 'pending'").run([.text(sha256)])
            try s.statement("UPDATE bundles SET pending_dir = NULL, pending_base = NULL, pending_channel = NULL WHERE sha256 = ?")
                .run([.text(sha256)])
        }
    }

    // MARK: Moves

    public func announceMove(path: BytePath, to destination: BytePath) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.statement("UPDATE names SET move_state = 'moving', moved_to_bytes = ?, moved_to = ? WHERE path_bytes = ?")
                .run([.blob(destination.bytes), .text(destination.display), .blob(path.bytes)])
        }
    }

    public func recordMove(path: BytePath, to destination: BytePath) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in
            try s.statement("UPDATE names SET move_state = 'moved', moved_to_bytes = ?, moved_to = ? WHERE path_bytes = ?")
                .run([.blob(destination.bytes), .text(destination.display), .blob(path.bytes)])
        }
    }

    public func unfinishedMoves() throws(LedgerError) -> [UnfinishedMove] {
        try locked { (s) throws(LedgerError) in
            var out: [UnfinishedMove] = []
            try s.statement("SELECT path_bytes, moved_to_bytes, sha256 FROM names WHERE move_state = 'moving'").run {
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
            try s.statement(
                "SELECT COUNT(*), COALESCE(SUM(document_bytes), 0) FROM bundles WHERE state = 'decided' AND superseded_by IS NULL"
            ).run {
                c.bundles = Int($0.int(0))
                c.documentBytes = $0.int(1)
            }
            try s.statement(
                "SELECT COUNT(*) FROM names n JOIN bundles b USING(sha256) WHERE b.state = 'decided' AND b.superseded_by IS NULL"
            ).run {
                c.names = Int($0.int(0))
            }
            try s.statement(
                "SELECT verdict, COUNT(*) FROM bundles WHERE state = 'decided' AND superseded_by IS NULL GROUP BY verdict ORDER BY 1"
            ).run {
                c.verdicts.append(VerdictCount(verdict: $0.text(0), bundles: Int($0.int(1))))
            }
            try s.statement(
                """
                SELECT COALESCE(matter, ''), COALESCE(MAX(matter_name), ''), verdict, COUNT(*) FROM bundles
                WHERE state = 'decided' AND superseded_by IS NULL GROUP BY matter, verdict ORDER BY 1, 3
                """
            ).run {
                c.matters.append(
                    MatterVerdictCount(matter: $0.text(0), matterName: $0.text(1), verdict: $0.text(2), bundles: Int($0.int(3))))
            }
            try s.statement(
                """
                SELECT f.code, f.severity, COUNT(DISTINCT f.sha256), SUM(f.count) FROM findings f
                JOIN bundles b USING(sha256) WHERE b.state = 'decided' AND b.superseded_by IS NULL
                GROUP BY f.code, f.severity ORDER BY 3 DESC, 1, 2
                """
            ).run {
                c.findings.append(
                    FindingCount(code: $0.text(0), severity: $0.text(1), bundles: Int($0.int(2)), count: Int($0.int(3))))
            }
            try s.statement(
                """
                SELECT file, sha256, verdict, matter, hash_ms + check_ms + write_ms AS ms, report_dir, report_base FROM bundles
                WHERE state = 'decided' AND superseded_by IS NULL ORDER BY ms DESC, sha256 LIMIT ?
                """
            ).run([.integer(Int64(slowest))]) {
                c.slowest.append(
                    SlowBundle(
                        file: $0.text(0), sha256: $0.text(1), verdict: $0.text(2), matter: $0.text(3),
                        milliseconds: $0.double(4), reports: ReportSet(dir: $0.text(5), base: $0.text(6))))
            }
            try s.statement(
                "SELECT DISTINCT catalog_version FROM bundles WHERE state = 'decided' AND superseded_by IS NULL ORDER BY 1"
            ).run {
                c.catalogVersions.append($0.text(0))
            }
            try s.statement("SELECT COUNT(*) FROM bundles WHERE state = 'decided' AND superseded_by IS NOT NULL").run {
                c.superseded = Int($0.int(0))
            }
            return c
        }
    }

    public func findingCounts(run: Int64) throws(LedgerError) -> [FindingCount] {
        try locked { (s) throws(LedgerError) in
            var counts: [FindingCount] = []
            try s.statement(
                """
                SELECT f.code, f.severity, COUNT(DISTINCT f.sha256), SUM(f.count) FROM findings f
                JOIN bundles b USING(sha256) WHERE b.state = 'decided' AND b.run_id = ?
                GROUP BY f.code, f.severity ORDER BY 3 DESC, 1, 2
                """
            ).run([.integer(run)]) {
                counts.append(
                    FindingCount(code: $0.text(0), severity: $0.text(1), bundles: Int($0.int(2)), count: Int($0.int(3))))
            }
            return counts
        }
    }

    public func forEachDecidedBundle(superseded: Bool, _ body: (DecidedBundleRow) throws -> Void) throws {
        var failure: (any Error)?
        try locked { (s) throws(LedgerError) in
            let names = try s.statement("SELECT relative FROM names WHERE sha256 = ? ORDER BY relative")
            try s.statement(
                """
                SELECT b.sha256, b.file, b.verdict, b.matter, b.matter_name, b.application, b.submitted,
                    (SELECT COALESCE(SUM(count), 0) FROM findings f WHERE f.sha256 = b.sha256 AND f.severity = 'error'),
                    b.catalog_version, b.hash_ms, b.check_ms, b.write_ms, b.report_dir, b.report_base, b.superseded_by
                FROM bundles b WHERE b.state = 'decided' AND (b.superseded_by IS NOT NULL) = ?
                ORDER BY b.report_dir, b.report_base
                """
            ).run([.integer(superseded ? 1 : 0)]) { r throws(LedgerError) in
                guard failure == nil else { return }
                var row = DecidedBundleRow(
                    sha256: r.text(0), file: r.text(1), names: [], verdict: r.text(2), matter: r.text(3),
                    matterName: r.text(4), application: r.text(5), submitted: r.text(6), errors: Int(r.int(7)),
                    catalogVersion: r.text(8), hashMs: r.double(9), checkMs: r.double(10), writeMs: r.double(11),
                    reports: ReportSet(dir: r.text(12), base: r.text(13)), supersededBy: Self.optional(r, 14))
                try names.run([.text(row.sha256)]) { row.names.append($0.text(0)) }
                do { try body(row) } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    // MARK: Seals

    public func seal(channel: LedgerChannel, runID: Int64?, _ write: (SealDraft) throws -> SealWritten) throws
        -> SealRecord?
    {
        var failure: (any Error)?
        let record = try locked { (s) throws(LedgerError) -> SealRecord? in
            try s.database.execute("BEGIN IMMEDIATE")
            do {
                let entries = try Self.reportSets(&s, where: "b.seal IS NULL")
                guard !entries.isEmpty else {
                    try s.database.execute("ROLLBACK")
                    return nil
                }
                let last = try s.statement("SELECT seq, digest FROM seals ORDER BY seq DESC LIMIT 1").rows().first
                let draft = SealDraft(
                    seq: (last?[0].int64 ?? 0) + 1, previous: last?[1].string ?? String(repeating: "0", count: 64),
                    channel: channel, runID: runID, created: Timestamp.now(), entries: entries)
                let written: SealWritten
                do {
                    written = try write(draft)
                } catch {
                    failure = error
                    try s.database.execute("ROLLBACK")
                    return nil
                }
                try s.statement(
                    """
                    INSERT INTO seals(seq, digest, previous, file, created, channel, run_id, entries, signed)
                    VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
                ).run([
                    .integer(draft.seq), .text(written.digest), .text(draft.previous), .text(written.file),
                    .text(draft.created), .text(channel.rawValue), runID.map { .integer($0) } ?? .null,
                    .integer(Int64(written.entries.count)), .integer(written.signed ? 1 : 0),
                ])
                for e in written.entries {
                    try s.statement(
                        "UPDATE bundles SET seal = ?, json_sha256 = ?, xml_sha256 = ?, html_sha256 = ? WHERE sha256 = ?"
                    ).run([.integer(draft.seq)] + e.hashes.map { .text($0) } + [.text(e.sha256)])
                }
                try s.database.execute("COMMIT")
                return SealRecord(
                    seq: draft.seq, digest: written.digest, previous: draft.previous, file: written.file,
                    created: draft.created, channel: channel.rawValue, runID: runID, entries: written.entries.count,
                    signed: written.signed)
            } catch {
                try? s.database.execute("ROLLBACK")
                throw error as? LedgerError ?? LedgerError(.sqlite, "cannot seal: \(error)")
            }
        }
        if let failure { throw failure }
        return record
    }

    public func seals() throws(LedgerError) -> [SealRecord] {
        try locked { (s) throws(LedgerError) in
            try s.statement(
                "SELECT seq, digest, previous, file, created, channel, run_id, entries, signed FROM seals ORDER BY seq"
            ).rows().map {
                SealRecord(
                    seq: $0[0].int64, digest: $0[1].string, previous: $0[2].string, file: $0[3].string,
                    created: $0[4].string, channel: $0[5].string, runID: $0[6] == .null ? nil : $0[6].int64,
                    entries: $0[7].int,
                    signed: $0[8].int64 == 1)
            }
        }
    }

    public func reportSets() throws(LedgerError) -> [LedgerReportSet] {
        try locked { (s) throws(LedgerError) in try Self.reportSets(&s, where: "1") }
    }

    private static func reportSets(_ s: inout State, where condition: String) throws(LedgerError) -> [LedgerReportSet] {
        var out: [LedgerReportSet] = []
        try s.statement(
            """
            SELECT b.sha256, b.catalog_version, b.report_dir, b.report_base, b.json_sha256, b.xml_sha256, b.html_sha256,
                b.seal
            FROM bundles b WHERE b.state = 'decided' AND \(condition) ORDER BY b.sha256
            """
        ).run { r in
            out.append(
                LedgerReportSet(
                    sha256: r.text(0), catalogVersion: r.text(1), reports: ReportSet(dir: r.text(2), base: r.text(3)),
                    hashes: [4, 5, 6].map { r[$0] == .null ? "" : r.text($0) }, seal: r[7] == .null ? nil : r.int(7)))
        }
        return out
    }

    // MARK: Finding decisions

    public func findDecisions(_ f: DecisionFilter) throws(LedgerError) -> [DecisionRow] {
        var conditions = ["b.state = 'decided'"]
        var values: [SQLiteValue] = []
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
        // decided_at is UTC; the dates asked are China Standard Time (UTC+8).
        require("date(b.decided_at, '+8 hours') >= ?", f.from)
        require("date(b.decided_at, '+8 hours') <= ?", f.to)
        let sql = """
            SELECT b.sha256, b.decided_at, b.verdict, b.matter, b.matter_name, b.application, b.submitted, b.file,
                b.catalog_version, COALESCE(b.channel, 'batch'), b.report_dir, b.report_base, b.superseded_by,
                (SELECT GROUP_CONCAT(code || CASE WHEN count > 1 THEN '×' || count ELSE '' END, ' ')
                 FROM (SELECT code, SUM(count) AS count FROM findings x WHERE x.sha256 = b.sha256 GROUP BY code ORDER BY code))
            FROM bundles b WHERE \(conditions.joined(separator: " AND "))
            ORDER BY b.decided_at, b.sha256
            """
        return try locked { (s) throws(LedgerError) in
            var out: [DecisionRow] = []
            try s.database.prepare(sql).run(values) { r in
                out.append(
                    DecisionRow(
                        sha256: r.text(0), decidedAt: r.text(1), verdict: r.text(2), matter: r.text(3), matterName: r.text(4),
                        application: r.text(5), submitted: r.text(6), file: r.text(7), catalogVersion: r.text(8),
                        channel: r.text(9), reports: ReportSet(dir: r.text(10), base: r.text(11)),
                        findings: r.text(13).split(separator: " ").map(String.init), supersededBy: Self.optional(r, 12)))
            }
            return out
        }
    }

    // MARK: Plumbing

    private func locked<T: Sendable>(_ body: (inout State) throws(LedgerError) -> T) throws(LedgerError) -> T {
        try state.withLock { (s) throws(LedgerError) -> T in try body(&s) }
    }

    private static func optional(_ text: String?) -> SQLiteValue { text.map { .text($0) } ?? .null }

    private static func optional(_ row: SQLiteRow, _ column: Int) -> String? {
        row[column] == .null ? nil : row.text(column)
    }

    private static func values(_ f: FileFingerprint) -> [SQLiteValue] {
        [.integer(f.device), .integer(f.inode), .integer(f.size), .integer(f.modified), .integer(f.changed)]
    }

    static func now() -> String { Timestamp.now(milliseconds: true) }

    // MARK: For tests (raw SQL stays in this module and its tests)

    /// Runs one statement (tests that alter the ledger as a tamperer would). Internal.
    func execute(_ sql: String) throws(LedgerError) {
        try locked { (s) throws(LedgerError) in try s.database.execute(sql) }
    }

    /// Runs a query and returns every row. Internal: tests reach it with `@testable`.
    func rows(_ sql: String, _ values: [SQLiteValue] = []) throws(LedgerError) -> [[SQLiteValue]] {
        try locked { (s) throws(LedgerError) in try s.statement(sql).rows(values) }
    }
}

extension SQLiteValue {
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
