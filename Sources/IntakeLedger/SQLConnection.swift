/// What the ledger's SQL runs on: a connection to SQLite (``SQLiteDatabase``) or to
/// PostgreSQL (``PostgresDatabase``). The ledger (``SQLLedger``) writes its statements
/// once, in the SQL both engines read (`?` or `?N` parameters, `ON CONFLICT`, `RETURNING`);
/// what differs is asked of the ``SQLDialect``.
///
/// Not Sendable: a connection is used by one thread at a time (the ledger holds it in a mutex).
protocol SQLConnection: AnyObject {
    var dialect: SQLDialect { get }
    /// Runs SQL without parameters or results (one or several statements).
    func execute(_ sql: String) throws(LedgerError)
    /// Runs one statement with `values` bound to its parameters, calling `row` for each
    /// result row (a row is valid only inside the call).
    func run(_ sql: String, _ values: [SQLValue], row: (any SQLRow) throws(LedgerError) -> Void) throws(LedgerError)
    /// Starts a transaction; `exclusive`: one writer at a time across every process (the
    /// seal's chain, migrations).
    func begin(exclusive: Bool) throws(LedgerError)
    func commit() throws(LedgerError)
    func rollback()
    /// Whether the ledger can be written now; throws the reason when it cannot.
    func probe() throws(LedgerError)
}

extension SQLConnection {
    func run(_ sql: String, _ values: [SQLValue] = []) throws(LedgerError) {
        try run(sql, values) { _ in }
    }

    func run(_ sql: String, row: (any SQLRow) throws(LedgerError) -> Void) throws(LedgerError) {
        try run(sql, [], row: row)
    }

    /// The rows as arrays of values (for small results).
    func rows(_ sql: String, _ values: [SQLValue] = []) throws(LedgerError) -> [[SQLValue]] {
        var out: [[SQLValue]] = []
        try run(sql, values) { row in out.append((0..<row.count).map { row[$0] }) }
        return out
    }

    /// Runs `body` in one transaction, rolled back if it throws.
    func transaction<T>(exclusive: Bool = false, _ body: () throws(LedgerError) -> T) throws(LedgerError) -> T {
        try begin(exclusive: exclusive)
        do {
            let value = try body()
            try commit()
            return value
        } catch {
            rollback()
            throw error
        }
    }
}

/// The few places where SQLite's and PostgreSQL's SQL differ.
enum SQLDialect: Sendable {
    case sqlite, postgres

    /// The database's clock, in milliseconds since 1970 (leases are timed by the database,
    /// so hosts whose clocks disagree still agree on who holds what).
    var nowMilliseconds: String {
        switch self {
        case .sqlite: "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
        case .postgres: "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"
        }
    }

    /// Rows locked by another transaction at this instant are skipped, not waited for
    /// (PostgreSQL); SQLite has one writer at a time and no row locks.
    var skipLocked: String {
        switch self {
        case .sqlite: ""
        case .postgres: "FOR UPDATE SKIP LOCKED"
        }
    }

    /// Concatenation of a group's `expression` values separated by `separator`.
    func groupConcat(_ expression: String, separator: String) -> String {
        switch self {
        case .sqlite: "GROUP_CONCAT(\(expression), '\(separator)')"
        case .postgres: "STRING_AGG(\(expression), '\(separator)')"
        }
    }
}

/// A value bound to a statement parameter or read from a column.
enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// Raw bytes (file names, which need not be UTF-8).
    case blob([UInt8])
}

/// A result row.
protocol SQLRow {
    var count: Int { get }
    subscript(_ column: Int) -> SQLValue { get }
}

extension SQLRow {
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

    func int(_ column: Int) -> Int64 { self[column].int64 }

    func double(_ column: Int) -> Double { self[column].double }

    func isNull(_ column: Int) -> Bool { self[column] == .null }
}
