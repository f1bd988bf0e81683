import Foundation
import IntakeBundle
import IntakeIO
import Testing

@testable import IntakeLedger

/// A fresh ledger path in a temporary folder, removed by the caller's `defer`.
func temporaryLedger(_ name: String) throws -> (dir: URL, url: URL) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-ledger-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return (dir, dir.appendingPathComponent(SQLLedger.fileName))
}

/// Raw SQL on a ledger file, as an older or newer program would have written it (tests only).
func execute(_ url: URL, _ sql: String) throws {
    try SQLiteDatabase(path: url.path).execute(sql)
}

/// Tables shared by versions 1 and 2 (everything but `names`), as both wrote them.
let commonTables = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE runs(
        id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL,
        inbox TEXT NOT NULL, catalog_version TEXT NOT NULL, jobs INTEGER NOT NULL,
        decided INTEGER NOT NULL DEFAULT 0, seconds REAL);
    CREATE TABLE bundles(
        sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, state TEXT NOT NULL,
        catalog_version TEXT, verdict TEXT, application TEXT, matter TEXT, matter_name TEXT,
        scenario TEXT, submitted TEXT, file TEXT, document_bytes INTEGER,
        report_dir TEXT, report_base TEXT, pending_dir TEXT, pending_base TEXT,
        hash_ms REAL, check_ms REAL, write_ms REAL, decided_at TEXT,
        run_id INTEGER REFERENCES runs(id), decisions INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE findings(
        sha256 TEXT NOT NULL REFERENCES bundles(sha256) ON DELETE CASCADE,
        code TEXT NOT NULL, severity TEXT NOT NULL, count INTEGER NOT NULL,
        PRIMARY KEY(sha256, code, severity));
    CREATE TABLE obsolete_reports(path TEXT PRIMARY KEY);
    INSERT INTO bundles(sha256, size, state, catalog_version, verdict, application, matter, matter_name, file,
        document_bytes, report_dir, report_base, hash_ms, check_ms, write_ms, decisions)
    VALUES('abc', 1, 'decided', 'v1', 'returned', 'WEB-1', 'M-1', '事项一', 'a.zip', 10,
        'reports/2025-07-01/returned/M-1', 'WEB-1-abc', 1, 2, 3, 1);
    INSERT INTO findings VALUES('abc', 'material-missing', 'error', 2);
    """

@Suite struct LedgerMigrationTests {
    @Test func newLedgerIsAtTheCurrentVersion() throws {
        let (dir, url) = try temporaryLedger("new")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = try SQLLedger(url: url)
        #expect(SQLLedger.schemaVersion == 10)
        #expect(try ledger.rows("SELECT value FROM meta WHERE key = 'schema'") == [[.text("10")]])
        // The shared queue is taken in (inbox, path) order through its index, not by reading it whole.
        let plan = try ledger.rows(
            "EXPLAIN QUERY PLAN SELECT path_bytes FROM work WHERE inbox = 'in' AND run_id IS NULL ORDER BY path_bytes LIMIT 4")
        #expect(plan.contains { $0.last?.string.contains("USING INDEX work_queue") == true })
        #expect(try ledger.rows("SELECT COUNT(*) FROM work") == [[.integer(0)]])
        #expect(try ledger.rows("SELECT COUNT(*) FROM bundle_claims") == [[.integer(0)]])
        let runColumns = try ledger.rows("SELECT name FROM pragma_table_info('runs')").map(\.[0].string)
        #expect(Set(runColumns).isSuperset(of: ["host", "pid", "lease_until", "summary_sha256"]))
        #expect(try ledger.rows("SELECT COUNT(*) FROM run_items") == [[.integer(0)]])
        #expect(try ledger.rows("SELECT COUNT(*) FROM seals") == [[.integer(0)]])
        let bundleColumns = try ledger.rows("SELECT name FROM pragma_table_info('bundles')").map(\.[0].string)
        #expect(Set(bundleColumns).isSuperset(of: ["json_sha256", "xml_sha256", "html_sha256", "seal", "pending_run"]))
        let columns = try ledger.rows("SELECT name FROM pragma_table_info('names') ORDER BY cid").map(\.[0].string)
        #expect(columns.prefix(4) == ["path_bytes", "path", "relative_bytes", "relative"])
        // Opening again changes nothing.
        _ = try SQLLedger(url: url)
        #expect(try ledger.rows("SELECT value FROM meta WHERE key = 'schema'") == [[.text("10")]])
    }

    @Test func migratesVersion1Ledger() throws {
        let (dir, url) = try temporaryLedger("v1")
        defer { try? FileManager.default.removeItem(at: dir) }
        try execute(
            url,
            commonTables + """
                INSERT INTO meta VALUES('schema', '1');
                CREATE TABLE names(
                    path TEXT PRIMARY KEY, relative TEXT NOT NULL, sha256 TEXT NOT NULL REFERENCES bundles(sha256),
                    dev INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
                    first_run INTEGER, last_run INTEGER, move_state TEXT, moved_to TEXT);
                CREATE INDEX names_sha256 ON names(sha256);
                INSERT INTO names(path, relative, sha256, move_state, moved_to)
                    VALUES('/in/大连/a.zip', '大连/a.zip', 'abc', 'moved', '/done/大连/a.zip');
                """)
        let ledger = try SQLLedger(url: url)
        let rows = try ledger.rows("SELECT path_bytes, relative, moved_to_bytes FROM names")
        #expect(rows == [[.blob(Array("/in/大连/a.zip".utf8)), .text("大连/a.zip"), .blob(Array("/done/大连/a.zip".utf8))]])
        #expect(try ledger.rows("SELECT value FROM meta WHERE key = 'schema'") == [[.text(String(SQLLedger.schemaVersion))]])
        // Decisions made before channels existed were the nightly run's.
        #expect(try ledger.rows("SELECT channel FROM bundles WHERE sha256 = 'abc'") == [[.text("batch")]])
        // The store reads what version 1 wrote.
        #expect(try ledger.hasName(path: BytePath("/in/大连/a.zip"), sha256: "abc"))
        #expect(try ledger.decided(sha256: "abc", catalogVersion: "v1")?.reports.base == "WEB-1-abc")
        #expect(try ledger.summaryCounts(slowest: 5).names == 1)
    }

    @Test func migratesVersion2LedgerToChannels() throws {
        let (dir, url) = try temporaryLedger("v2")
        defer { try? FileManager.default.removeItem(at: dir) }
        let gbk: [UInt8] = Array("/in/".utf8) + [0xCD, 0xF5] + Array(".zip".utf8)
        try execute(
            url,
            commonTables + """
                INSERT INTO meta VALUES('schema', '2');
                CREATE TABLE names(
                    path_bytes BLOB PRIMARY KEY, path TEXT NOT NULL,
                    relative_bytes BLOB NOT NULL, relative TEXT NOT NULL,
                    sha256 TEXT NOT NULL REFERENCES bundles(sha256),
                    dev INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
                    first_run INTEGER, last_run INTEGER, move_state TEXT, moved_to_bytes BLOB, moved_to TEXT);
                CREATE INDEX names_sha256 ON names(sha256);
                INSERT INTO names(path_bytes, path, relative_bytes, relative, sha256, move_state, moved_to_bytes, moved_to)
                    VALUES(X'2F696E2FCDF52E7A6970', '/in/王.zip [GB18030]', X'CDF52E7A6970', '王.zip [GB18030]', 'abc',
                        'moving', X'2F646F6E652F78', '/done/x');
                """)
        let ledger = try SQLLedger(url: url)
        #expect(try ledger.rows("SELECT value FROM meta WHERE key = 'schema'") == [[.text(String(SQLLedger.schemaVersion))]])
        #expect(try ledger.rows("SELECT channel FROM bundles") == [[.text("batch")]])
        #expect(try ledger.rows("SELECT COUNT(*) FROM runs WHERE channel <> 'batch'") == [[.integer(0)]])
        #expect(try ledger.hasName(path: BytePath(bytes: gbk), sha256: "abc"))
        #expect(
            try ledger.unfinishedMoves()
                == [UnfinishedMove(path: BytePath(bytes: gbk), destination: BytePath("/done/x"), sha256: "abc")])
    }

    @Test func refusesALedgerOfANewerSchema() throws {
        let (dir, url) = try temporaryLedger("newer")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try SQLLedger(url: url)
        let newer = SQLLedger.schemaVersion + 1
        try execute(url, "UPDATE meta SET value = '\(newer)' WHERE key = 'schema'")
        let error = #expect(throws: LedgerError.self) { _ = try SQLLedger(url: url) }
        #expect(error?.code == .newerSchema)
        #expect(
            error?.message
                == "\(url.path) has ledger schema version \(newer), newer than this program's \(SQLLedger.schemaVersion): "
                + "it was written by a newer intake; run that version (or use another ledger)")
        // Left untouched.
        let db = try SQLiteDatabase(path: url.path)
        #expect(try db.prepare("SELECT value FROM meta WHERE key = 'schema'").rows() == [[.text(String(newer))]])
    }

    @Test func refusesAnUnreadableVersion() throws {
        let (dir, url) = try temporaryLedger("garbled")
        defer { try? FileManager.default.removeItem(at: dir) }
        try execute(
            url, "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES('schema', 'two');")
        let error = #expect(throws: LedgerError.self) { _ = try SQLLedger(url: url) }
        #expect(error?.code == .unknownSchema)
    }

    @Test func migrationsAreOrderedAndEndAtTheCurrentVersion() {
        let versions = LedgerMigration.sqlite.map(\.version)
        #expect(versions == Array(1...versions.count))
        #expect(versions.last == SQLLedger.schemaVersion)
    }
}
