import CSQLite
import Foundation

/// The system's SQLite, for the ledger. The only file that imports `CSQLite`: every status
/// code goes through ``SQLiteDatabase/check(_:_:)``; no C type leaves this file.
///
/// Not Sendable: a connection and its statements are used by one thread at a time
/// (``SQLiteLedger`` holds them inside its mutex).
final class SQLiteDatabase {
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

    /// Runs `body` in one transaction (BEGIN IMMEDIATE … COMMIT), rolled back if it throws.
    func transaction<T>(_ body: () throws(LedgerError) -> T) throws(LedgerError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
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

/// A value bound to a statement parameter or read from a column.
enum SQLiteValue: Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// Raw bytes (file names, which need not be UTF-8).
    case blob([UInt8])
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

    /// Runs the statement with `values` bound to ?1, ?2, …, calling `row` for each result
    /// row; resets it afterwards so it can run again.
    func run(_ values: [SQLiteValue] = [], row: (SQLiteRow) throws(LedgerError) -> Void = { _ in }) throws(LedgerError) {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        let sql = String(cString: sqlite3_sql(handle))
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            switch value {
            case .null: try database.check(sqlite3_bind_null(handle, index), sql)
            case .integer(let v): try database.check(sqlite3_bind_int64(handle, index, v), sql)
            case .real(let v): try database.check(sqlite3_bind_double(handle, index, v), sql)
            case .text(let v):
                // SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
                try database.check(
                    sqlite3_bind_text(handle, index, v, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self)), sql)
            case .blob(let v):
                // SQLITE_TRANSIENT as above; a zero-length blob is bound as an empty one, not NULL.
                let rc = v.withUnsafeBytes { raw in
                    sqlite3_bind_blob(
                        handle, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count),
                        unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                }
                try database.check(rc, sql)
            }
        }
        while try database.check(sqlite3_step(handle), sql) == SQLITE_ROW {
            try row(SQLiteRow(statement: handle))
        }
    }

    /// The rows as arrays of values (for small results).
    func rows(_ values: [SQLiteValue] = []) throws(LedgerError) -> [[SQLiteValue]] {
        var out: [[SQLiteValue]] = []
        try run(values) { row in out.append((0..<row.count).map { row[$0] }) }
        return out
    }
}

/// The current row of a running statement; valid only inside the `row` callback (it
/// reads the statement's current step).
struct SQLiteRow {
    fileprivate let statement: OpaquePointer

    fileprivate init(statement: OpaquePointer) { self.statement = statement }

    var count: Int { Int(sqlite3_column_count(statement)) }

    subscript(_ column: Int) -> SQLiteValue {
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

    func text(_ column: Int) -> String {
        if case .text(let s) = self[column] { return s }
        if case .integer(let i) = self[column] { return String(i) }
        return ""
    }

    /// A column's bytes: a blob as it is, text as its UTF-8 (names recorded before blobs).
    func bytes(_ column: Int) -> [UInt8] {
        switch self[column] {
        case .blob(let b): b
        case .text(let s): Array(s.utf8)
        default: []
        }
    }

    func int(_ column: Int) -> Int64 {
        switch self[column] {
        case .integer(let i): i
        case .real(let d): Int64(d)
        case .text(let s): Int64(s) ?? 0
        case .null, .blob: 0
        }
    }

    func double(_ column: Int) -> Double {
        switch self[column] {
        case .integer(let i): Double(i)
        case .real(let d): d
        case .text(let s): Double(s) ?? 0
        case .null, .blob: 0
        }
    }
}
