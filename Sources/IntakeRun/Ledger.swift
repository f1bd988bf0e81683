public import Foundation
public import IntakeBundle

/// The run's ledger (台账): one SQLite file under the output folder that records each
/// bundle by SHA-256 (verdict, report paths, catalog version, timings), every file name
/// it was found under, and moves. It is what makes a run resumable: a bundle decided with
/// the current catalog version whose reports exist is not decided again.
///
/// Writes that must happen together are transactions; a report set is announced
/// (`pending_*`) before it is written, so a run killed mid-write can remove the part on
/// restart (``recover()``).
///
/// `@unchecked Sendable`: the connection and its statements are only touched while
/// holding `lock`, so one thread at a time uses them.
public final class Ledger: @unchecked Sendable {
    public static let fileName = "ledger.sqlite"
    /// 2: file names as bytes (`names.path_bytes`, `relative_bytes`, `moved_to_bytes`),
    /// the text columns kept as their display form. A version 1 ledger is migrated.
    static let schemaVersion = 2

    public let url: URL
    private let lock = NSLock()
    private let database: SQLiteDatabase
    private var statements: [String: SQLiteStatement] = [:]
    /// Bundles (SHA-256) being decided right now by a worker of this process.
    private var inFlight: Set<String> = []

    /// Opens or creates the ledger at `url`.
    public init(url: URL) throws(RunError) {
        self.url = url
        database = try SQLiteDatabase(path: url.path)
        try database.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        let version = try rows("SELECT value FROM meta WHERE key = 'schema'").first?.first
        switch version {
        case nil:
            try database.transaction { () throws(RunError) in
                try database.execute(Self.schema)
                try database.execute("INSERT INTO meta(key, value) VALUES('schema', '\(Self.schemaVersion)')")
            }
        case .text("1"):
            try database.transaction { () throws(RunError) in try database.execute(Self.migration1to2) }
        case .text(String(Self.schemaVersion)):
            break
        default:
            throw RunError(
                .ledger,
                "\(url.path) has ledger schema \(String(describing: version!)); this program writes \(Self.schemaVersion)")
        }
    }

    /// The tables of a new ledger (schema version 2).
    static let schema = """
        CREATE TABLE IF NOT EXISTS runs(
            id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL,
            inbox TEXT NOT NULL, catalog_version TEXT NOT NULL, jobs INTEGER NOT NULL,
            decided INTEGER NOT NULL DEFAULT 0, seconds REAL);
        CREATE TABLE IF NOT EXISTS bundles(
            sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, state TEXT NOT NULL,
            catalog_version TEXT, verdict TEXT, application TEXT, matter TEXT, matter_name TEXT,
            scenario TEXT, submitted TEXT, file TEXT, document_bytes INTEGER,
            report_dir TEXT, report_base TEXT, pending_dir TEXT, pending_base TEXT,
            hash_ms REAL, check_ms REAL, write_ms REAL, decided_at TEXT,
            run_id INTEGER REFERENCES runs(id), decisions INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS findings(
            sha256 TEXT NOT NULL REFERENCES bundles(sha256) ON DELETE CASCADE,
            code TEXT NOT NULL, severity TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY(sha256, code, severity));
        \(namesTable)
        CREATE INDEX IF NOT EXISTS names_sha256 ON names(sha256);
        CREATE TABLE IF NOT EXISTS obsolete_reports(path TEXT PRIMARY KEY);
        """

    /// Every file name a bundle was found under: the bytes (the key; names need not be
    /// UTF-8) and their display form (``BytePath/display``) for people and the summary.
    static let namesTable = """
        CREATE TABLE IF NOT EXISTS names(
            path_bytes BLOB PRIMARY KEY, path TEXT NOT NULL,
            relative_bytes BLOB NOT NULL, relative TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES bundles(sha256),
            dev INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
            first_run INTEGER, last_run INTEGER, move_state TEXT, moved_to_bytes BLOB, moved_to TEXT);
        """

    /// Version 1 kept names as text (always UTF-8 then: the walk could not see others).
    static let migration1to2 = """
        ALTER TABLE names RENAME TO names_v1;
        DROP INDEX IF EXISTS names_sha256;
        \(namesTable)
        INSERT INTO names(path_bytes, path, relative_bytes, relative, sha256, dev, ino, size, mtime_ns, ctime_ns,
            first_run, last_run, move_state, moved_to_bytes, moved_to)
        SELECT CAST(path AS BLOB), path, CAST(relative AS BLOB), relative, sha256, dev, ino, size, mtime_ns, ctime_ns,
            first_run, last_run, move_state, CAST(moved_to AS BLOB), moved_to FROM names_v1;
        DROP TABLE names_v1;
        CREATE INDEX IF NOT EXISTS names_sha256 ON names(sha256);
        UPDATE meta SET value = '2' WHERE key = 'schema';
        """

    // MARK: Runs

    /// Records the start of a run and returns its id.
    func beginRun(inbox: String, catalogVersion: String, jobs: Int) throws(RunError) -> Int64 {
        try locked { () throws(RunError) in
            try statement("INSERT INTO runs(started, status, inbox, catalog_version, jobs) VALUES(?, 'running', ?, ?, ?)")
                .run([.text(Self.now()), .text(inbox), .text(catalogVersion), .integer(Int64(jobs))])
            return try statement("SELECT last_insert_rowid()").rows().first.map { row -> Int64 in
                if case .integer(let id) = row[0] { return id }
                return 0
            } ?? 0
        }
    }

    /// Closes the runs left `running` by a process that died (killed, power cut) as
    /// `interrupted`, with the count of bundles they decided, and returns them. Call only
    /// while holding the output folder's lock: then no other run is alive.
    func closeInterruptedRuns() throws(RunError) -> [InterruptedRun] {
        try locked { () throws(RunError) in
            try database.transaction { () throws(RunError) -> [InterruptedRun] in
                var found: [InterruptedRun] = []
                try statement(
                    "SELECT r.id, r.started, (SELECT COUNT(*) FROM bundles b WHERE b.run_id = r.id AND b.state = 'decided') FROM runs r WHERE r.status = 'running' ORDER BY r.id"
                ).run { found.append(InterruptedRun(id: $0.int(0), started: $0.text(1), decided: Int($0.int(2)))) }
                for run in found {
                    try statement("UPDATE runs SET status = 'interrupted', decided = ? WHERE id = ?")
                        .run([.integer(Int64(run.decided)), .integer(run.id)])
                }
                return found
            }
        }
    }

    func finishRun(_ id: Int64, decided: Int, seconds: Double) throws(RunError) {
        try locked { () throws(RunError) in
            try statement("UPDATE runs SET finished = ?, status = 'completed', decided = ?, seconds = ? WHERE id = ?")
                .run([.text(Self.now()), .integer(Int64(decided)), .real(seconds), .integer(id)])
        }
    }

    // MARK: Bundles

    /// What the ledger holds about a decided bundle.
    public struct Decided: Sendable, Hashable {
        public var sha256: String
        public var catalogVersion: String
        public var verdict: String
        public var application: String
        public var matter: String
        public var file: String
        /// Folder of the report set, relative to the output folder, and its base name.
        public var reportDir: String
        public var reportBase: String
        public var decisions: Int
        /// It could not be read at all (a `bundle-unreadable` finding): quarantine.
        public var unreadable: Bool
    }

    /// The outcome of claiming a bundle for decision.
    enum Claim {
        /// Decided with this catalog version and its reports are complete.
        case decided(Decided)
        /// This worker decides it now (call ``release(_:)`` afterwards).
        case claimed
        /// Another worker of this run is deciding it right now (the same bytes under
        /// another name): try again when the current bundles are done.
        case busy
    }

    /// Claims `sha256` for deciding unless it is decided with `catalogVersion` and
    /// `complete` says its report files exist.
    func claim(_ sha256: String, catalogVersion: String, complete: (Decided) -> Bool) throws(RunError) -> Claim {
        try locked { () throws(RunError) in
            if inFlight.contains(sha256) { return .busy }
            if let d = try decidedLocked(sha256), d.catalogVersion == catalogVersion, complete(d) {
                return .decided(d)
            }
            inFlight.insert(sha256)
            return .claimed
        }
    }

    func release(_ sha256: String) {
        lock.lock()
        defer { lock.unlock() }
        inFlight.remove(sha256)
    }

    /// The decision recorded for a bundle, if any.
    public func decided(_ sha256: String) throws(RunError) -> Decided? {
        try locked { () throws(RunError) in try decidedLocked(sha256) }
    }

    private func decidedLocked(_ sha256: String) throws(RunError) -> Decided? {
        var found: Decided?
        try statement(
            """
            SELECT sha256, catalog_version, verdict, application, matter, file, report_dir, report_base, decisions,
                EXISTS(SELECT 1 FROM findings f WHERE f.sha256 = b.sha256 AND f.code = 'bundle-unreadable')
            FROM bundles b WHERE sha256 = ? AND state = 'decided'
            """
        ).run([.text(sha256)]) { r in
            found = Decided(
                sha256: r.text(0), catalogVersion: r.text(1), verdict: r.text(2), application: r.text(3),
                matter: r.text(4), file: r.text(5), reportDir: r.text(6), reportBase: r.text(7), decisions: Int(r.int(8)),
                unreadable: r.int(9) != 0)
        }
        return found
    }

    /// The decision recorded for the file at `path` when the file has not changed since
    /// (same device, inode, size, modification and change times): lets a resumed run skip
    /// re-hashing bundles it has seen, the way git's index skips unchanged files.
    func decided(path: BytePath, fingerprint: FileFingerprint) throws(RunError) -> Decided? {
        try locked { () throws(RunError) in
            var sha: String?
            try statement(
                "SELECT sha256 FROM names WHERE path_bytes = ? AND dev = ? AND ino = ? AND size = ? AND mtime_ns = ? AND ctime_ns = ?"
            ).run([.blob(path.bytes)] + fingerprint.values) { sha = $0.text(0) }
            return try sha.flatMap { s throws(RunError) in try decidedLocked(s) }
        }
    }

    /// Announces the report set about to be written for `sha256` (before writing it).
    func announce(_ sha256: String, size: Int64, dir: String, base: String) throws(RunError) {
        try locked { () throws(RunError) in
            try statement(
                """
                INSERT INTO bundles(sha256, size, state, pending_dir, pending_base) VALUES(?, ?, 'pending', ?, ?)
                ON CONFLICT(sha256) DO UPDATE SET pending_dir = excluded.pending_dir, pending_base = excluded.pending_base
                """
            ).run([.text(sha256), .integer(size), .text(dir), .text(base)])
        }
    }

    /// A decision to record, with the name it was decided under.
    struct DecisionRecord {
        var sha256: String
        var size: Int64
        var catalogVersion: String
        var verdict: String
        var application: String
        var matter: String
        var matterName: String
        var scenario: String
        var submitted: String
        var file: String
        var documentBytes: Int64
        var reportDir: String
        var reportBase: String
        /// Wall time spent hashing before the check; 0 when the check hashed the file on a
        /// second thread (fewer workers than cores), `checkMs` then includes it.
        var hashMs: Double
        var checkMs: Double
        var writeMs: Double
        var runID: Int64
        var findings: [(code: String, severity: String, count: Int)]
    }

    /// A file name a bundle was found under.
    struct NameRecord {
        var path: BytePath
        var relative: BytePath
        var sha256: String
        var fingerprint: FileFingerprint
        var runID: Int64
    }

    /// Records a decision (its report set written) and the name, in one transaction.
    /// Returns the files of the report set it replaces (another catalog version's, at
    /// another path), which the caller deletes, then ``forgetObsolete(_:)``.
    func commit(_ d: DecisionRecord, name: NameRecord) throws(RunError) -> [String] {
        try locked { () throws(RunError) in
            try database.transaction { () throws(RunError) -> [String] in
                var obsolete: [String] = []
                try statement("SELECT report_dir, report_base FROM bundles WHERE sha256 = ? AND state = 'decided'")
                    .run([.text(d.sha256)]) { r in
                        if r.text(0) != d.reportDir || r.text(1) != d.reportBase {
                            obsolete = ReportLayout.files(dir: r.text(0), base: r.text(1))
                        }
                    }
                for path in obsolete {
                    try statement("INSERT OR IGNORE INTO obsolete_reports(path) VALUES(?)").run([.text(path)])
                }
                try statement(
                    """
                    INSERT INTO bundles(sha256, size, state, catalog_version, verdict, application, matter, matter_name,
                        scenario, submitted, file, document_bytes, report_dir, report_base, hash_ms, check_ms, write_ms,
                        decided_at, run_id, decisions)
                    VALUES(?1, ?2, 'decided', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, 1)
                    ON CONFLICT(sha256) DO UPDATE SET state = 'decided', catalog_version = ?3, verdict = ?4,
                        application = ?5, matter = ?6, matter_name = ?7, scenario = ?8, submitted = ?9, file = ?10,
                        document_bytes = ?11, report_dir = ?12, report_base = ?13, pending_dir = NULL,
                        pending_base = NULL, hash_ms = ?14, check_ms = ?15, write_ms = ?16, decided_at = ?17,
                        run_id = ?18, decisions = decisions + 1
                    """
                ).run([
                    .text(d.sha256), .integer(d.size), .text(d.catalogVersion), .text(d.verdict), .text(d.application),
                    .text(d.matter), .text(d.matterName), .text(d.scenario), .text(d.submitted), .text(d.file),
                    .integer(d.documentBytes), .text(d.reportDir), .text(d.reportBase), .real(d.hashMs),
                    .real(d.checkMs), .real(d.writeMs), .text(Self.now()), .integer(d.runID),
                ])
                try statement("DELETE FROM findings WHERE sha256 = ?").run([.text(d.sha256)])
                for f in d.findings {
                    try statement("INSERT INTO findings(sha256, code, severity, count) VALUES(?, ?, ?, ?)")
                        .run([.text(d.sha256), .text(f.code), .text(f.severity), .integer(Int64(f.count))])
                }
                try recordNameLocked(name)
                return obsolete
            }
        }
    }

    /// Records (or refreshes) a name of an already decided bundle.
    func recordName(_ name: NameRecord) throws(RunError) {
        try locked { () throws(RunError) in try recordNameLocked(name) }
    }

    private func recordNameLocked(_ n: NameRecord) throws(RunError) {
        try statement(
            """
            INSERT INTO names(path_bytes, path, relative_bytes, relative, sha256, dev, ino, size, mtime_ns, ctime_ns,
                first_run, last_run)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)
            ON CONFLICT(path_bytes) DO UPDATE SET path = ?2, relative_bytes = ?3, relative = ?4, sha256 = ?5, dev = ?6,
                ino = ?7, size = ?8, mtime_ns = ?9, ctime_ns = ?10, last_run = ?11
            """
        ).run(
            [.blob(n.path.bytes), .text(n.path.display), .blob(n.relative.bytes), .text(n.relative.display), .text(n.sha256)]
                + n.fingerprint.values + [.integer(n.runID)])
    }

    /// Report files (relative to the output folder) that a newer decision replaced.
    func obsoleteReports() throws(RunError) -> [String] {
        try locked { () throws(RunError) in
            try statement("SELECT path FROM obsolete_reports ORDER BY path").rows().map {
                if case .text(let s) = $0[0] { return s }
                return ""
            }
        }
    }

    func forgetObsolete(_ paths: [String]) throws(RunError) {
        try locked { () throws(RunError) in
            for p in paths { try statement("DELETE FROM obsolete_reports WHERE path = ?").run([.text(p)]) }
        }
    }

    /// Report sets announced but not committed (a run was killed while writing them).
    func unfinishedReports() throws(RunError) -> [(sha256: String, pending: [String], current: [String])] {
        try locked { () throws(RunError) in
            var out: [(String, [String], [String])] = []
            try statement(
                "SELECT sha256, pending_dir, pending_base, report_dir, report_base FROM bundles WHERE pending_dir IS NOT NULL"
            )
            .run { r in
                let current = r.text(3).isEmpty ? [] : ReportLayout.files(dir: r.text(3), base: r.text(4))
                out.append((r.text(0), ReportLayout.files(dir: r.text(1), base: r.text(2)), current))
            }
            return out
        }
    }

    /// Forgets an announced report set (its files removed): the bundle stays as it was.
    func clearAnnouncement(_ sha256: String) throws(RunError) {
        try locked { () throws(RunError) in
            try statement("DELETE FROM bundles WHERE sha256 = ? AND state = 'pending'").run([.text(sha256)])
            try statement("UPDATE bundles SET pending_dir = NULL, pending_base = NULL WHERE sha256 = ?").run([.text(sha256)])
        }
    }

    // MARK: Moves

    /// Announces a move of the file at `path` to `destination` (before moving it).
    func announceMove(path: BytePath, to destination: BytePath) throws(RunError) {
        try locked { () throws(RunError) in
            try statement("UPDATE names SET move_state = 'moving', moved_to_bytes = ?, moved_to = ? WHERE path_bytes = ?")
                .run([.blob(destination.bytes), .text(destination.display), .blob(path.bytes)])
        }
    }

    /// Records a completed move (`destination` is where the file now is).
    func recordMove(path: BytePath, to destination: BytePath) throws(RunError) {
        try locked { () throws(RunError) in
            try statement("UPDATE names SET move_state = 'moved', moved_to_bytes = ?, moved_to = ? WHERE path_bytes = ?")
                .run([.blob(destination.bytes), .text(destination.display), .blob(path.bytes)])
        }
    }

    /// Moves announced but not recorded: (source path, announced destination).
    func unfinishedMoves() throws(RunError) -> [(path: BytePath, destination: BytePath, sha256: String)] {
        try locked { () throws(RunError) in
            var out: [(BytePath, BytePath, String)] = []
            try statement("SELECT path_bytes, moved_to_bytes, sha256 FROM names WHERE move_state = 'moving'").run {
                out.append((BytePath(bytes: $0.bytes(0)), BytePath(bytes: $0.bytes(1)), $0.text(2)))
            }
            return out
        }
    }

    // MARK: Queries for the summary and for tests

    /// Runs a read-only query and returns every row (small results: counts, top lists).
    public func rows(_ sql: String, _ values: [LedgerValue] = []) throws(RunError) -> [[LedgerValue]] {
        try locked { () throws(RunError) in
            try statement(sql).rows(values.map(\.sqlite)).map { $0.map(LedgerValue.init) }
        }
    }

    /// Runs a read-only query, calling `body` with each row, without collecting them (the
    /// per-bundle lists of the summary: memory stays bounded by one row).
    public func forEachRow(_ sql: String, _ values: [LedgerValue] = [], _ body: ([LedgerValue]) throws -> Void) throws {
        lock.lock()
        defer { lock.unlock() }
        let s = try statement(sql)
        var failure: (any Error)?
        try s.run(values.map(\.sqlite)) { row in
            guard failure == nil else { return }
            do { try body((0..<row.count).map { LedgerValue(row[$0]) }) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    // MARK: Plumbing

    private func locked<T>(_ body: () throws(RunError) -> T) throws(RunError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// A cached prepared statement (call with the lock held).
    private func statement(_ sql: String) throws(RunError) -> SQLiteStatement {
        if let s = statements[sql] { return s }
        let s = try database.prepare(sql)
        statements[sql] = s
        return s
    }

    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }
}

/// A value read from the ledger by ``Ledger/rows(_:_:)``.
public enum LedgerValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// Raw bytes (the `*_bytes` columns of `names`).
    case blob([UInt8])

    init(_ v: SQLiteValue) {
        switch v {
        case .null: self = .null
        case .integer(let i): self = .integer(i)
        case .real(let d): self = .real(d)
        case .text(let s): self = .text(s)
        case .blob(let b): self = .blob(b)
        }
    }

    var sqlite: SQLiteValue {
        switch self {
        case .null: .null
        case .integer(let i): .integer(i)
        case .real(let d): .real(d)
        case .text(let s): .text(s)
        case .blob(let b): .blob(b)
        }
    }

    public var string: String {
        switch self {
        case .null: ""
        case .integer(let i): String(i)
        case .real(let d): String(d)
        case .text(let s): s
        case .blob(let b): FileNameRendering.render(b)
        }
    }

    public var int: Int {
        switch self {
        case .integer(let i): Int(i)
        case .real(let d): Int(d)
        case .text(let s): Int(s) ?? 0
        case .null, .blob: 0
        }
    }

    public var double: Double {
        switch self {
        case .integer(let i): Double(i)
        case .real(let d): d
        case .text(let s): Double(s) ?? 0
        case .null, .blob: 0
        }
    }

    public var description: String { string }
}

/// A run found still `running` at the start of another: its process died.
public struct InterruptedRun: Sendable, Hashable, Codable {
    public var id: Int64
    public var started: String
    /// Bundles it decided before it died (their reports are complete: a report set is
    /// committed only once written).
    public var decided: Int
}
