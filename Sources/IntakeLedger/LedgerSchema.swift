/// The ledger's schema as an ordered list of migrations. A ledger records the version it
/// is at in `meta` (key `schema`, as versions 1 and 2 always did); opening applies, in one
/// transaction, every migration after it. A new ledger is built by the same list from
/// version 0, so a fresh ledger and a migrated one cannot drift apart. A ledger at a
/// version above the last migration's was written by a newer program and is refused
/// untouched (binaries before this list refused it too: they read the same key).
///
/// Two lists: SQLite's (``sqlite``, from version 1) and PostgreSQL's (``postgres``, which
/// starts at version 6 with the whole schema as SQLite has it at 6). The version numbers
/// are shared: a schema change appends a migration to both lists with the same version,
/// so the two engines hold the same tables and columns at every version.
///
/// To change the schema, append a migration; never edit one that has shipped.
struct LedgerMigration: Sendable {
    /// The version the ledger is at after this migration.
    var version: Int
    var summary: String
    var sql: String

    static let sqlite: [LedgerMigration] = [
        LedgerMigration(
            version: 1, summary: "runs, bundles, findings, names (as text), obsolete reports",
            sql: """
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
                CREATE TABLE IF NOT EXISTS names(
                    path TEXT PRIMARY KEY, relative TEXT NOT NULL,
                    sha256 TEXT NOT NULL REFERENCES bundles(sha256),
                    dev INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
                    first_run INTEGER, last_run INTEGER, move_state TEXT, moved_to TEXT);
                CREATE INDEX IF NOT EXISTS names_sha256 ON names(sha256);
                CREATE TABLE IF NOT EXISTS obsolete_reports(path TEXT PRIMARY KEY);
                """),
        LedgerMigration(
            version: 2,
            summary:
                "file names as bytes (names.path_bytes, relative_bytes, moved_to_bytes), the text columns kept as their display form",
            // Version 1 kept names as text (always UTF-8 then: the walk could not see others).
            sql: """
                ALTER TABLE names RENAME TO names_v1;
                DROP INDEX IF EXISTS names_sha256;
                CREATE TABLE names(
                    path_bytes BLOB PRIMARY KEY, path TEXT NOT NULL,
                    relative_bytes BLOB NOT NULL, relative TEXT NOT NULL,
                    sha256 TEXT NOT NULL REFERENCES bundles(sha256),
                    dev INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
                    first_run INTEGER, last_run INTEGER, move_state TEXT, moved_to_bytes BLOB, moved_to TEXT);
                INSERT INTO names(path_bytes, path, relative_bytes, relative, sha256, dev, ino, size, mtime_ns, ctime_ns,
                    first_run, last_run, move_state, moved_to_bytes, moved_to)
                SELECT CAST(path AS BLOB), path, CAST(relative AS BLOB), relative, sha256, dev, ino, size, mtime_ns, ctime_ns,
                    first_run, last_run, move_state, CAST(moved_to AS BLOB), moved_to FROM names_v1;
                DROP TABLE names_v1;
                CREATE INDEX IF NOT EXISTS names_sha256 ON names(sha256);
                """),
        LedgerMigration(
            version: 3,
            summary:
                "channels: runs.channel (batch or online), bundles.channel (that decided it) and pending_channel (that announced the pending set)",
            sql: """
                ALTER TABLE runs ADD COLUMN channel TEXT NOT NULL DEFAULT 'batch';
                ALTER TABLE bundles ADD COLUMN channel TEXT;
                ALTER TABLE bundles ADD COLUMN pending_channel TEXT;
                UPDATE bundles SET channel = 'batch' WHERE state = 'decided';
                UPDATE bundles SET pending_channel = 'batch' WHERE pending_dir IS NOT NULL;
                """),
        LedgerMigration(
            version: 4,
            summary:
                "per-run items (run_items: every inbox entry a run met and what became of it), runs.summary (its dated summary), bundles.superseded_by (a later file under the same name)",
            sql: """
                CREATE TABLE run_items(
                    run_id INTEGER NOT NULL REFERENCES runs(id), seq INTEGER NOT NULL,
                    file TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, note TEXT, sha256 TEXT,
                    moved_to TEXT, seconds REAL NOT NULL DEFAULT 0,
                    PRIMARY KEY(run_id, seq));
                CREATE INDEX run_items_sha256 ON run_items(sha256);
                ALTER TABLE runs ADD COLUMN summary TEXT;
                ALTER TABLE bundles ADD COLUMN superseded_by TEXT;
                """),
        LedgerMigration(
            version: 5,
            summary:
                "sealed output: the SHA-256 of each report file (bundles.json_sha256, xml_sha256, html_sha256), the seal that covers a decision (bundles.seal), and the hash chain of seals (seals)",
            sql: """
                ALTER TABLE bundles ADD COLUMN json_sha256 TEXT;
                ALTER TABLE bundles ADD COLUMN xml_sha256 TEXT;
                ALTER TABLE bundles ADD COLUMN html_sha256 TEXT;
                ALTER TABLE bundles ADD COLUMN seal INTEGER;
                CREATE TABLE seals(
                    seq INTEGER PRIMARY KEY, digest TEXT NOT NULL, previous TEXT NOT NULL, file TEXT NOT NULL,
                    created TEXT NOT NULL, channel TEXT NOT NULL, run_id INTEGER, entries INTEGER NOT NULL,
                    signed INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX bundles_unsealed ON bundles(state, seal);
                """),
        LedgerMigration(
            version: 6,
            summary:
                "shared ledgers: runs.host, pid and lease_until (a lease the live run renews), bundles.pending_run (the run that announced the pending set), the shared queue of inbox files (work) and the claims on bundles being decided (bundle_claims)",
            sql: """
                ALTER TABLE runs ADD COLUMN host TEXT;
                ALTER TABLE runs ADD COLUMN pid INTEGER;
                ALTER TABLE runs ADD COLUMN lease_until INTEGER;
                ALTER TABLE bundles ADD COLUMN pending_run INTEGER;
                CREATE TABLE work(
                    path_bytes BLOB PRIMARY KEY, inbox TEXT NOT NULL, relative_bytes BLOB NOT NULL, size INTEGER NOT NULL,
                    run_id INTEGER, lease_until INTEGER);
                CREATE INDEX work_inbox ON work(inbox);
                CREATE TABLE bundle_claims(sha256 TEXT PRIMARY KEY, run_id INTEGER NOT NULL, lease_until INTEGER NOT NULL);
                """),
        queueIndex,
        earlierNames(blob: "BLOB", integer: "INTEGER", text: "TEXT"),
        summaryHashes,
        claimFunction(postgres: false),
    ]
}

extension LedgerMigration {
    /// Version 8: names a path had before other bytes arrived under it.
    static func earlierNames(blob: String, integer: String, text: String) -> LedgerMigration {
        LedgerMigration(
            version: 8,
            summary:
                "earlier names (earlier_names: a path's earlier bundle, and where it was moved, kept when other bytes arrive under the path); bundles indexed by report folder (the index's month pages)",
            sql: """
                CREATE TABLE earlier_names(
                    sha256 \(text) NOT NULL, path_bytes \(blob) NOT NULL, path TEXT NOT NULL,
                    relative_bytes \(blob) NOT NULL, relative \(text) NOT NULL,
                    first_run \(integer), last_run \(integer), moved_to_bytes \(blob), moved_to TEXT, replaced_run \(integer),
                    PRIMARY KEY(sha256, path_bytes));
                CREATE INDEX bundles_report_dir ON bundles(report_dir);
                """)
    }

    /// Version 9, the same SQL on both engines.
    static let summaryHashes = LedgerMigration(
        version: 9,
        summary:
            "the SHA-256 of each run summary file as written (runs.summary_sha256: JSON, CSV and HTML, space-separated), which `audit verify` checks",
        sql: """
            ALTER TABLE runs ADD COLUMN summary_sha256 TEXT;
            """)

    /// Version 10: a bundle's claim and the look-up of its decision in one call to the server
    /// (PostgreSQL's `intake_claim`; nothing on SQLite, whose claims are taken otherwise).
    /// Two statements a bundle, each its own round trip, parse, plan and synced commit, were
    /// most of the PostgreSQL server's time on small bundles (issue 15). The function runs
    /// them in one transaction, with plans kept by the session, and in this order: the look-up,
    /// a query of its own, sees every decision committed before the claim was won (a
    /// decision ends its claim in the same transaction), which one statement's single
    /// snapshot would not. The claim's commit is not waited for on disk: a claim a crash
    /// loses is refused at the recording (``SQLLedger`` re-checks it in the decision's
    /// transaction), so it cannot let two workers decide one bundle.
    static func claimFunction(postgres: Bool) -> LedgerMigration {
        let summary =
            "a bundle's claim and the look-up of its decision in one call (PostgreSQL's intake_claim function; nothing on SQLite)"
        guard postgres else { return LedgerMigration(version: 10, summary: summary, sql: "SELECT 1;") }
        let now = SQLDialect.postgres.nowMilliseconds
        return LedgerMigration(
            version: 10, summary: summary,
            sql: """
                CREATE FUNCTION intake_claim(claimed TEXT, claimant BIGINT, lease BIGINT)
                RETURNS TABLE(won BOOLEAN, sha256 TEXT, catalog_version TEXT, verdict TEXT, application TEXT,
                    matter TEXT, file TEXT, report_dir TEXT, report_base TEXT, decisions BIGINT, unreadable BOOLEAN,
                    json_sha256 TEXT, xml_sha256 TEXT, html_sha256 TEXT)
                LANGUAGE plpgsql VOLATILE AS $$
                #variable_conflict use_column
                DECLARE taken BOOLEAN;
                BEGIN
                    PERFORM set_config('synchronous_commit', 'off', true);
                    INSERT INTO bundle_claims AS c(sha256, run_id, lease_until)
                    SELECT claimed, claimant, \(now) + lease FROM runs r WHERE r.id = claimant AND r.status = 'running'
                    ON CONFLICT ON CONSTRAINT bundle_claims_pkey DO UPDATE
                        SET run_id = excluded.run_id, lease_until = excluded.lease_until
                        WHERE c.lease_until < \(now) OR c.run_id = excluded.run_id;
                    taken := FOUND;
                    RETURN QUERY
                    SELECT taken, b.sha256, b.catalog_version, b.verdict, b.application, b.matter, b.file,
                        b.report_dir, b.report_base, b.decisions,
                        EXISTS(SELECT 1 FROM findings f WHERE f.sha256 = b.sha256 AND f.code = 'bundle-unreadable'),
                        b.json_sha256, b.xml_sha256, b.html_sha256
                    FROM (SELECT 1) AS one LEFT JOIN bundles b ON b.sha256 = claimed AND b.state = 'decided';
                END
                $$;
                """)
    }

    /// Version 7, the same SQL on both engines.
    static let queueIndex = LedgerMigration(
        version: 7,
        summary:
            "the shared queue indexed by inbox and path, in the order it is taken (a run's take no longer reads the whole queue)",
        sql: """
            DROP INDEX work_inbox;
            CREATE INDEX work_queue ON work(inbox, path_bytes);
            """)

    /// PostgreSQL's schema. Text columns sort by bytes (`COLLATE "C"`), as SQLite's do, so
    /// that every listing comes out in the same order from either engine.
    static let postgres: [LedgerMigration] = [
        LedgerMigration(
            version: 6, summary: "the whole schema as SQLite has it at version 6",
            sql: """
                CREATE TABLE runs(
                    id BIGSERIAL PRIMARY KEY, started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL,
                    inbox TEXT NOT NULL, catalog_version TEXT NOT NULL, jobs BIGINT NOT NULL,
                    decided BIGINT NOT NULL DEFAULT 0, seconds DOUBLE PRECISION, channel TEXT NOT NULL DEFAULT 'batch',
                    summary TEXT, host TEXT, pid BIGINT, lease_until BIGINT);
                CREATE TABLE bundles(
                    sha256 TEXT COLLATE "C" PRIMARY KEY, size BIGINT NOT NULL, state TEXT NOT NULL,
                    catalog_version TEXT COLLATE "C", verdict TEXT COLLATE "C", application TEXT COLLATE "C",
                    matter TEXT COLLATE "C", matter_name TEXT COLLATE "C", scenario TEXT, submitted TEXT,
                    file TEXT COLLATE "C", document_bytes BIGINT,
                    report_dir TEXT COLLATE "C", report_base TEXT COLLATE "C", pending_dir TEXT, pending_base TEXT,
                    hash_ms DOUBLE PRECISION, check_ms DOUBLE PRECISION, write_ms DOUBLE PRECISION,
                    decided_at TEXT COLLATE "C", run_id BIGINT REFERENCES runs(id), decisions BIGINT NOT NULL DEFAULT 0,
                    channel TEXT, pending_channel TEXT, superseded_by TEXT,
                    json_sha256 TEXT, xml_sha256 TEXT, html_sha256 TEXT, seal BIGINT, pending_run BIGINT);
                CREATE TABLE findings(
                    sha256 TEXT COLLATE "C" NOT NULL REFERENCES bundles(sha256) ON DELETE CASCADE,
                    code TEXT COLLATE "C" NOT NULL, severity TEXT COLLATE "C" NOT NULL, count BIGINT NOT NULL,
                    PRIMARY KEY(sha256, code, severity));
                CREATE TABLE names(
                    path_bytes BYTEA PRIMARY KEY, path TEXT NOT NULL,
                    relative_bytes BYTEA NOT NULL, relative TEXT COLLATE "C" NOT NULL,
                    sha256 TEXT COLLATE "C" NOT NULL REFERENCES bundles(sha256),
                    dev BIGINT, ino BIGINT, size BIGINT, mtime_ns BIGINT, ctime_ns BIGINT,
                    first_run BIGINT, last_run BIGINT, move_state TEXT, moved_to_bytes BYTEA, moved_to TEXT);
                CREATE INDEX names_sha256 ON names(sha256);
                CREATE TABLE obsolete_reports(path TEXT COLLATE "C" PRIMARY KEY);
                CREATE TABLE run_items(
                    run_id BIGINT NOT NULL REFERENCES runs(id), seq BIGINT NOT NULL,
                    file TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, note TEXT, sha256 TEXT COLLATE "C",
                    moved_to TEXT, seconds DOUBLE PRECISION NOT NULL DEFAULT 0,
                    PRIMARY KEY(run_id, seq));
                CREATE INDEX run_items_sha256 ON run_items(sha256);
                CREATE TABLE seals(
                    seq BIGINT PRIMARY KEY, digest TEXT NOT NULL, previous TEXT NOT NULL, file TEXT NOT NULL,
                    created TEXT NOT NULL, channel TEXT NOT NULL, run_id BIGINT, entries BIGINT NOT NULL,
                    signed BIGINT NOT NULL DEFAULT 0);
                CREATE INDEX bundles_unsealed ON bundles(state, seal);
                CREATE TABLE work(
                    path_bytes BYTEA PRIMARY KEY, inbox TEXT NOT NULL, relative_bytes BYTEA NOT NULL, size BIGINT NOT NULL,
                    run_id BIGINT, lease_until BIGINT);
                CREATE INDEX work_inbox ON work(inbox);
                CREATE TABLE bundle_claims(sha256 TEXT PRIMARY KEY, run_id BIGINT NOT NULL, lease_until BIGINT NOT NULL);
                """),
        queueIndex,
        earlierNames(blob: "BYTEA", integer: "BIGINT", text: "TEXT COLLATE \"C\""),
        summaryHashes,
        claimFunction(postgres: true),
    ]
}
