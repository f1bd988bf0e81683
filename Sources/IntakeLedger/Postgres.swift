import Foundation
import IntakeBundle
import IntakeIO
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// Where a PostgreSQL ledger is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
/// (`postgresql://` too), or a Unix socket folder with `?host=/run/postgresql`. The
/// password may also come from `PGPASSWORD`; it is never shown (``description``).
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// The folder holding the server's socket (`.s.PGSQL.PORT`), when connecting by socket.
    public var socketFolder: String?
    /// How long to keep trying to reach the server when a connection is needed (seconds):
    /// a database restarting is waited for, one that stays away fails the call.
    public var connectSeconds: Double = 30
    /// The server ends a session left idle inside a transaction this long (seconds): a
    /// process cut from the network mid-transaction would otherwise hold its row locks, and
    /// every other process waiting on them, until TCP gave up (hours). The ledger sets it
    /// to half its lease (at least 2 s), so that a process waiting on such locks keeps its
    /// own lease; the ledger's transactions last milliseconds (a seal: the time to write it).
    public var idleTransactionSeconds: Double = 30
    /// How long a statement's whole answer is waited for (seconds) before the connection
    /// is closed and the call fails as if it were lost (the server is told to give the
    /// statement up a little sooner, `statement_timeout`). Nil: a minute, or longer with a
    /// long lease: statements last milliseconds, and the longest legitimate wait is for
    /// locks, which the server frees within ``idleTransactionSeconds`` of their holder
    /// going silent.
    public var answerSeconds: Double?

    /// The bound in force (see ``answerSeconds``).
    var answerBound: Double { answerSeconds ?? max(60, 2 * idleTransactionSeconds + 10) }

    /// A timeout given in the URL: finite, between 0.1 s and a day.
    static func seconds(_ text: String?) -> Double? {
        guard let text, let value = Double(text), value.isFinite, value >= 0 else { return nil }
        return min(max(value, 0.1), 86_400)
    }

    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(LedgerError)
    {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw LedgerError(.unavailable, "not a PostgreSQL URL (postgres://USER@HOST:PORT/DATABASE): \(text)")
        }
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? query["port"].flatMap(Int.init) ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        if let seconds = Self.seconds(query["connect_timeout"]) { connectSeconds = seconds }
        if let seconds = Self.seconds(query["answer_timeout"]) { answerSeconds = seconds }
    }

    public var description: String {
        if let folder = socketFolder { return "postgres://\(user)@/\(database)?host=\(folder)&port=\(port)" }
        return "postgres://\(user)@\(host):\(port)/\(database)"
    }
}

/// A connection to PostgreSQL through postgres-nio, used synchronously by the ledger (its
/// callers are worker threads, never an event loop: the connection runs on an event loop
/// of its own). The only file that imports PostgresNIO.
///
/// A lost connection is opened again at the start of the next call, waiting up to
/// ``PostgresLocation/connectSeconds`` for the server (a restart); a call that fails in
/// the middle throws, as its transaction is gone.
final class PostgresLedgerConnection: SQLConnection {
    var dialect: SQLDialect { .postgres }
    private let location: PostgresLocation
    private var connection: PostgresConnection?
    private var inTransaction = false
    /// Statements with `?` parameters turned into `$n`, by their text.
    private var converted: [String: String] = [:]
    private static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private static let logger = Logger(label: "intake.ledger.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    /// An arbitrary key for the advisory lock that makes a transaction exclusive.
    private static let exclusiveLock: Int64 = 0x696E_7461_6B65

    init(_ location: PostgresLocation) throws(LedgerError) {
        self.location = location
        _ = try connected()
    }

    deinit { try? connection?.close().wait() }

    /// The open connection, opened (again) when there is none or it was lost.
    private func connected() throws(LedgerError) -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        if inTransaction {
            throw LedgerError(.unavailable, "the connection to the ledger \(location) was lost in a transaction")
        }
        connection = nil
        let configuration: PostgresConnection.Configuration =
            if let folder = location.socketFolder {
                .init(
                    unixSocketPath: "\(folder)/.s.PGSQL.\(location.port)", username: location.user,
                    password: location.password, database: location.database)
            } else {
                .init(
                    host: location.host, port: location.port, username: location.user, password: location.password,
                    database: location.database, tls: .disable)
            }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(location.connectSeconds * 1e9)
        var delay = 0.05
        while true {
            do {
                // Each attempt is bounded: a server in the middle of a restart was seen to
                // accept the connection and never finish its start-up, and an unbounded wait
                // then hung the caller (and the run waiting for it) for good.
                let remaining = Double(deadline) / 1e9 - Double(DispatchTime.now().uptimeNanoseconds) / 1e9
                let c = try Self.connect(configuration, within: max(1, min(10, remaining)))
                // A session of a process that vanished (cut off, frozen) must not keep its
                // locks: ended when idle in a transaction, and probed by TCP keepalives.
                // A statement the client gives up on is given up by the server too (a
                // second sooner, or half the bound when it is shorter: the server's error
                // must reach a loaded client before its own deadline), so that it neither
                // keeps its locks nor commits later.
                let answer = location.answerBound
                let settings = [
                    "SET idle_in_transaction_session_timeout = \(Int(location.idleTransactionSeconds * 1000))",
                    "SET statement_timeout = \(Int((answer - min(1, answer / 2)) * 1000))",
                    "SET tcp_keepalives_idle = 10", "SET tcp_keepalives_interval = 5", "SET tcp_keepalives_count = 3",
                    // The ledger's reasoning is READ COMMITTED's (intake_claim's look-up sees what
                    // was committed before its claim): not a server's or role's other default.
                    "SET default_transaction_isolation = 'read committed'",
                ]
                for setting in settings {
                    _ = try Self.answer(PostgresQuery(unsafeSQL: setting), on: c, within: max(1, min(answer, remaining)))
                }
                connection = c
                return c
            } catch {
                guard DispatchTime.now().uptimeNanoseconds + UInt64(delay * 1e9) < deadline else {
                    throw LedgerError(.unavailable, "cannot reach the ledger \(location): \(Self.describe(error))")
                }
                Thread.sleep(forTimeInterval: delay)
                delay = min(delay * 2, 1)
            }
        }
    }

    /// Opens a connection, or fails after `seconds` (a connection made later is closed).
    private static func connect(_ configuration: PostgresConnection.Configuration, within seconds: Double) throws
        -> PostgresConnection
    {
        let connecting = PostgresConnection.connect(on: group.next(), configuration: configuration, id: 1, logger: logger)
        return try waited(for: connecting, atMost: seconds, " to the connection") {
            connecting.whenSuccess { closeDropped($0) }
        }
    }

    func execute(_ sql: String) throws(LedgerError) {
        for statement in Self.statements(sql) { try run(statement, []) { _ in } }
    }

    func run(_ sql: String, _ values: [SQLValue], row: (any SQLRow) throws(LedgerError) -> Void) throws(LedgerError) {
        let connection = try connected()
        let text = try convert(sql)
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let v): bindings.append(v)
            case .real(let v): bindings.append(v)
            case .text(let v): bindings.append(v)
            case .blob(let v): bindings.append(ByteBuffer(bytes: v))
            }
        }
        let result: PostgresQueryResult
        do {
            result = try Self.answer(
                PostgresQuery(unsafeSQL: text, binds: bindings), on: connection, within: location.answerBound)
        } catch {
            let lost = connection.isClosed || error is NoAnswer || Self.isLost(error)
            if lost {
                self.connection = nil
                Self.closeDropped(connection)
            }
            throw LedgerError(
                lost ? .unavailable : .postgres,
                "PostgreSQL: \(Self.describe(error))\(lost ? " (connection lost)" : "") in \(Self.shown(sql))")
        }
        for r in result.rows {
            try row(try PostgresRowValues(r, sql: sql))
        }
    }

    func begin(exclusive: Bool) throws(LedgerError) {
        try run("BEGIN", []) { _ in }
        inTransaction = true
        if exclusive {
            do {
                try run("SELECT pg_advisory_xact_lock(\(Self.exclusiveLock))", []) { _ in }
            } catch {
                rollback()
                throw error
            }
        }
    }

    func commit() throws(LedgerError) {
        defer { inTransaction = false }
        try run("COMMIT", []) { _ in }
    }

    func rollback() {
        defer { inTransaction = false }
        guard let connection, !connection.isClosed else { return }
        do {
            _ = try Self.answer(PostgresQuery(unsafeSQL: "ROLLBACK"), on: connection, within: location.answerBound)
        } catch {
            // Unanswered or failed: this session is not to be used again.
            self.connection = nil
            Self.closeDropped(connection)
        }
    }

    /// A statement's answer, waited for at most `seconds`; then the connection is closed
    /// and the wait fails. A server that never answers (seen once in a test restarting it:
    /// the session idle, no answer ever sent) would otherwise hang the caller for good,
    /// and with it a run whose lease keeper goes on renewing the claims of bundles no one
    /// decides.
    private static func answer(_ query: PostgresQuery, on connection: PostgresConnection, within seconds: Double) throws
        -> PostgresQueryResult
    {
        try waited(for: connection.query(query, logger: logger), atMost: seconds, "") {
            closeDropped(connection)
        }
    }

    /// Closes a connection no one will use again, keeping it alive until it is closed:
    /// PostgresNIO asserts that a connection is closed when it is released, and a close
    /// still in flight when the last reference goes (a session dropped after a failed
    /// ROLLBACK, a link cut mid-run) would trap in a debug build.
    private static func closeDropped(_ connection: PostgresConnection) {
        if connection.isClosed { return }
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// `future`'s value, waited for at most `seconds`: then the wait fails (``NoAnswer``)
    /// and `expired` runs on the future's event loop (to close what a late answer holds).
    private static func waited<T: Sendable>(
        for future: EventLoopFuture<T>, atMost seconds: Double, _ what: String,
        expired: @escaping @Sendable () -> Void
    ) throws -> T {
        let loop = future.eventLoop
        let answer = loop.makePromise(of: T.self)
        let timeout = loop.scheduleTask(in: .milliseconds(Int64(seconds * 1000))) {
            answer.fail(NoAnswer(what: what, seconds: seconds))
            expired()
        }
        future.whenComplete { result in
            timeout.cancel()
            answer.completeWith(result)
        }
        return try answer.futureResult.wait()
    }

    /// No answer in time: "no answer within 1.0 s", "no answer to the connection within 10.0 s".
    struct NoAnswer: Error, CustomStringConvertible {
        let what: String
        let seconds: Double
        var description: String { "no answer\(what) within \(seconds) s" }
    }

    func probe() throws(LedgerError) {
        try run("SELECT 1", []) { _ in }
    }

    /// `?N` → `$N`, `?` → the next `$n`, outside string literals.
    private func convert(_ sql: String) throws(LedgerError) -> String {
        if let done = converted[sql] { return done }
        var out = ""
        var next = 1
        var inString = false
        var chars = Array(sql)[...]
        while let c = chars.popFirst() {
            if c == "'" { inString.toggle() }
            guard c == "?", !inString else {
                out.append(c)
                continue
            }
            var digits = ""
            while let d = chars.first, d.isASCII, d.isNumber { digits.append(chars.removeFirst()) }
            if digits.isEmpty {
                out += "$\(next)"
                next += 1
            } else {
                out += "$\(digits)"
            }
        }
        converted[sql] = out
        return out
    }

    /// The statements of a script: split at `;` ending a line, except inside a function's
    /// body quoted by `$$` (no literal in the ledger's scripts holds one).
    static func statements(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        for piece in sql.components(separatedBy: ";\n") {
            current += current.isEmpty ? piece : ";\n" + piece
            // Inside a body while an odd number of `$$` has been seen.
            if current.components(separatedBy: "$$").count % 2 == 0 { continue }
            statements.append(current)
            current = ""
        }
        statements.append(current)
        return statements.map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] {
                return "\(message) (SQLSTATE \(e.serverInfo?[.sqlState] ?? "?"))"
            }
            // The library's own words for these are boilerplate (round 33, tester m: "PSQLError –
            // Generic description to prevent accidental leakage…"): the connection was lost.
            if isLost(e) { return "the connection to the database was lost (\(e.code))" }
            return "\(e.code)\(e.underlying.map { ": \($0)" } ?? "")"
        }
        return "\(error)"
    }

    /// An error that says the database went away rather than refused the statement: the
    /// connection closed, or the server shutting down (SQLSTATE class 08, 57P01-57P03).
    static func isLost(_ error: any Error) -> Bool {
        guard let e = error as? PSQLError else { return false }
        if let state = e.serverInfo?[.sqlState] {
            return state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
        }
        return [.clientClosedConnection, .serverClosedConnection, .uncleanShutdown].contains(e.code)
    }

    /// A statement as a message names it: its first line's start, on one line.
    static func shown(_ sql: String) -> String {
        String(sql.split(whereSeparator: \.isNewline).first ?? "").trimmingCharacters(in: .whitespaces).prefix(80)
            .description
    }
}

/// A PostgreSQL result row as the ledger's values (the columns the ledger reads: integers,
/// floating point, numeric sums, booleans, text, bytea).
private struct PostgresRowValues: SQLRow {
    let values: [SQLValue]

    init(_ row: PostgresRow, sql: String) throws(LedgerError) {
        var values: [SQLValue] = []
        for cell in row {
            guard cell.bytes != nil else {
                values.append(.null)
                continue
            }
            do {
                switch cell.dataType {
                case .int2: values.append(.integer(Int64(try cell.decode(Int16.self))))
                case .int4: values.append(.integer(Int64(try cell.decode(Int32.self))))
                case .int8: values.append(.integer(try cell.decode(Int64.self)))
                case .float4: values.append(.real(Double(try cell.decode(Float.self))))
                case .float8: values.append(.real(try cell.decode(Double.self)))
                case .numeric:
                    let d = try cell.decode(Decimal.self)
                    let i = NSDecimalNumber(decimal: d).int64Value
                    values.append(Decimal(i) == d ? .integer(i) : .real(NSDecimalNumber(decimal: d).doubleValue))
                case .bool: values.append(.integer(try cell.decode(Bool.self) ? 1 : 0))
                case .bytea:
                    var buffer = try cell.decode(ByteBuffer.self)
                    values.append(.blob(buffer.readBytes(length: buffer.readableBytes) ?? []))
                default: values.append(.text(try cell.decode(String.self)))
                }
            } catch {
                throw LedgerError(
                    .postgres,
                    "PostgreSQL: cannot read column \(cell.columnName) (\(cell.dataType)): \(error) in \(sql.prefix(80))")
            }
        }
        self.values = values
    }

    var count: Int { values.count }
    subscript(_ column: Int) -> SQLValue { column < values.count ? values[column] : .null }
}

/// Databases on a PostgreSQL server, for tests, benchmarks and first setup: a ledger
/// database is created empty (the ledger creates its tables on first use).
public enum PostgresAdmin {
    /// Creates a database named `prefix` plus a random suffix on the server of `server`
    /// and returns its location.
    public static func createDatabase(on server: PostgresLocation, prefix: String) throws(LedgerError) -> PostgresLocation {
        let name = "\(prefix)_\(UInt64.random(in: 0...UInt64.max) & 0xFFFF_FFFF_FFFF)"
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw LedgerError(.unavailable, "not a database name: \(name)")
        }
        try PostgresLedgerConnection(server).execute("CREATE DATABASE \(name)")
        var created = server
        created.database = name
        return created
    }

    /// Drops the database of `location` (connecting to the server's `postgres` database).
    public static func dropDatabase(_ location: PostgresLocation) throws(LedgerError) {
        var admin = location
        admin.database = "postgres"
        try PostgresLedgerConnection(admin).execute("DROP DATABASE IF EXISTS \(location.database) WITH (FORCE)")
    }
}

/// Which ledger a command uses (`--ledger`): a SQLite file (`sqlite:PATH`; the default is
/// `ledger.sqlite` under the output or data folder) or a PostgreSQL database
/// (`postgres://USER@HOST:PORT/DATABASE`) that several processes and hosts share.
public enum LedgerLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(URL)
    /// `lease`: seconds a run's lease lasts without renewal.
    case postgres(PostgresLocation, lease: Double)

    public init(argument: String, lease: Double = 30) throws(LedgerError) {
        if argument.hasPrefix("postgres://") || argument.hasPrefix("postgresql://") {
            self = .postgres(try PostgresLocation(url: argument), lease: lease)
        } else {
            // sqlite:PATH, or a bare file path (as `serve --ledger FILE` always took).
            let path = argument.hasPrefix("sqlite:") ? String(argument.dropFirst("sqlite:".count)) : argument
            guard !path.isEmpty, !path.contains("://") else {
                throw LedgerError(
                    .unavailable, "--ledger takes sqlite:PATH or postgres://USER@HOST:PORT/DATABASE, not \(argument)")
            }
            self = .sqlite(URL(fileURLWithPath: path).standardizedFileURL)
        }
    }

    /// Whether several processes may share it (PostgreSQL): no folder lock, leases instead.
    public var isShared: Bool {
        if case .postgres = self { true } else { false }
    }

    /// The SQLite file's path, or the PostgreSQL location without its password.
    public var path: String {
        if case .sqlite(let url) = self { url.path } else { description }
    }

    /// The lock that keeps one program of a kind (`intake-run`, `intake-serve`) per SQLite
    /// ledger: a lock file beside it (`.NAME.KIND.lock`, taken without waiting; a symbolic
    /// link to the ledger takes the same lock). Two servers, or two runs with output folders
    /// of their own, on one ledger each took the other's live run for a dead one and closed
    /// it, decided the same bundles twice and sealed each other's decisions. A run and a
    /// server may share a ledger (their channels and runs are apart). PostgreSQL ledgers
    /// are shared by design (leases): nil.
    public func lock(kind: String) throws(FileSystemError) -> FolderLock? {
        guard case .sqlite(let url) = self else { return nil }
        let file = url.resolvingSymlinksInPath()
        let folder = BytePath(file.deletingLastPathComponent())
        try FileSystem.makeFolders(folder)
        return try FolderLock(folder: folder, name: ".\(file.lastPathComponent).\(kind).lock")
    }

    public func open() throws(LedgerError) -> SQLLedger {
        switch self {
        case .sqlite(let url): try SQLLedger(url: url)
        case .postgres(let location, let lease): try SQLLedger(postgres: location, lease: lease)
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let url): "sqlite:\(url.path)"
        case .postgres(let location, _): location.description
        }
    }
}
