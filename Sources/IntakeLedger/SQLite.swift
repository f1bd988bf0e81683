import CSQLite
import Foundation

/// The system's SQLite, for the ledger. The only file that imports `CSQLite`: every status
/// code goes through ``SQLiteDatabase/check(_:_:)``; no C type leaves this file.
///
/// Not Sendable: a connection and its statements are used by one thread at a time
/// (``SQLLedger`` holds them inside its mutex).
final class SQLiteDatabase: SQLConnection {
    var dialect: SQLDialect { .sqlite }
    private let handle: OpaquePointer

    /// Opens (creating if needed) the database at `path`, in WAL mode with full sync and
    /// foreign keys on.
    init(path: String) throws(LedgerError) {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw LedgerError(.unavailable, "cannot open the ledger \(path): \(message)")
        }
        handle = db
        try check(sqlite3_busy_timeout(handle, 10_000), "busy_timeout")
        try execute("PRAGMA journal_mode=WAL")
        try execute("PRAGMA synchronous=FULL")
        try execute("PRAGMA foreign_keys=ON")
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs SQL without parameters or results (one or several statements).
    func execute(_ sql: String) throws(LedgerError) {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        if rc != SQLITE_OK {
            throw LedgerError(.sqlite, "SQLite: \(message.map { String(cString: $0) } ?? "code \(rc)") in \(sql.prefix(80))")
        }
    }

    /// A prepared statement; keep it and reuse it.
    func prepare(_ sql: String) throws(LedgerError) -> SQLiteStatement {
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v2(handle, sql, -1, &statement, nil), sql)
        guard let statement else { throw LedgerError(.sqlite, "SQLite: empty statement \(sql)") }
        return SQLiteStatement(statement, database: self)
    }

    /// Prepared statements, kept by their SQL and reused.
    private var statements: [String: SQLiteStatement] = [:]

    private func statement(_ sql: String) throws(LedgerError) -> SQLiteStatement {
        if let s = statements[sql] { return s }
        let s = try prepare(sql)
        statements[sql] = s
        return s
    }

    func run(_ sql: String, _ values: [SQLValue], row: (any SQLRow) throws(LedgerError) -> Void) throws(LedgerError) {
        try statement(sql).run(values) { (r) throws(LedgerError) in try row(r) }
    }

    /// BEGIN IMMEDIATE: SQLite has one writer at a time anyway; taking the write lock at
    /// the start (not at the first write) keeps two writers from deadlocking.
    func begin(exclusive: Bool) throws(LedgerError) { try execute("BEGIN IMMEDIATE") }
    func commit() throws(LedgerError) { try execute("COMMIT") }
    func rollback() { try? execute("ROLLBACK") }

    func probe() throws(LedgerError) {
        try execute("BEGIN IMMEDIATE")
        try execute("ROLLBACK")
    }

    /// Every SQLite status code goes through here: OK, ROW and DONE pass, others throw.
    @discardableResult
    func check(_ rc: Int32, _ what: @autoclosure () -> String) throws(LedgerError) -> Int32 {
        switch rc {
        case SQLITE_OK, SQLITE_ROW, SQLITE_DONE:
            return rc
        default:
            throw LedgerError(.sqlite, "SQLite: \(String(cString: sqlite3_errmsg(handle))) (code \(rc)) in \(what().prefix(80))")
        }
    }
}

/// A prepared statement, finalized when released.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: SQLiteDatabase

    fileprivate init(_ handle: OpaquePointer, database: SQLiteDatabase) {
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Its SQL, for a message (made only when one is).
    private var sql: String { String(cString: sqlite3_sql(handle)) }

    /// Runs the statement with `values` bound to ?1, ?2, …, calling `row` for each result
    /// row; resets it afterwards so it can run again.
    func run(_ values: [SQLValue] = [], row: (SQLiteRow) throws(LedgerError) -> Void = { _ in }) throws(LedgerError) {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            switch value {
            case .null: try database.check(sqlite3_bind_null(handle, index), self.sql)
            case .integer(let v): try database.check(sqlite3_bind_int64(handle, index, v), self.sql)
            case .real(let v): try database.check(sqlite3_bind_double(handle, index, v), self.sql)
            case .text(let v):
                // SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
                try database.check(
                    sqlite3_bind_text(handle, index, v, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self)), self.sql)
            case .blob(let v):
                // SQLITE_TRANSIENT as above; a zero-length blob is bound as an empty one, not NULL.
                let rc = v.withUnsafeBytes { raw in
                    sqlite3_bind_blob(
                        handle, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count),
                        unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                }
                try database.check(rc, self.sql)
            }
        }
        while try database.check(sqlite3_step(handle), self.sql) == SQLITE_ROW {
            try row(SQLiteRow(statement: handle))
        }
    }

    /// The rows as arrays of values (for small results).
    func rows(_ values: [SQLValue] = []) throws(LedgerError) -> [[SQLValue]] {
        var out: [[SQLValue]] = []
        try run(values) { row in out.append((0..<row.count).map { row[$0] }) }
        return out
    }
}

/// The current row of a running statement; valid only inside the `row` callback (it
/// reads the statement's current step).
struct SQLiteRow: SQLRow {
    fileprivate let statement: OpaquePointer

    fileprivate init(statement: OpaquePointer) { self.statement = statement }

    var count: Int { Int(sqlite3_column_count(statement)) }

    subscript(_ column: Int) -> SQLValue {
        let c = Int32(column)
        switch sqlite3_column_type(statement, c) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, c))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, c))
        case SQLITE_NULL: return .null
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, c))
            guard count > 0, let bytes = sqlite3_column_blob(statement, c) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            guard let text = sqlite3_column_text(statement, c) else { return .null }
            return .text(String(cString: text))
        }
    }
}
