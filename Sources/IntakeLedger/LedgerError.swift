/// A failure of the ledger store (not of a bundle): it could not be opened, read or
/// written, or its schema is newer than this program's.
public struct LedgerError: Error, CustomStringConvertible, Sendable {
    /// What failed; a struct around a private enum so that codes can be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: Hashable, Sendable { case unavailable, sqlite, postgres, newerSchema, unknownSchema, leaseLost }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// The ledger could not be opened or created.
        public static let unavailable = Code(.unavailable)
        /// A statement failed (SQLite's message and the statement are in the message).
        public static let sqlite = Code(.sqlite)
        /// A PostgreSQL statement failed, or the connection was lost mid-statement.
        public static let postgres = Code(.postgres)
        /// This process' run no longer holds what it was deciding: its lease ran out (it was
        /// cut from the database or frozen longer than a lease) and another process took over.
        public static let leaseLost = Code(.leaseLost)
        /// The ledger was written by a newer program (a schema version this one does not
        /// know): it is left untouched.
        public static let newerSchema = Code(.newerSchema)
        /// The ledger's schema version cannot be read as a number.
        public static let unknownSchema = Code(.unknownSchema)

        public var description: String {
            switch value {
            case .unavailable: "unavailable"
            case .sqlite: "sqlite"
            case .postgres: "postgres"
            case .leaseLost: "lease-lost"
            case .newerSchema: "newer-schema"
            case .unknownSchema: "unknown-schema"
            }
        }
    }

    public var code: Code
    public var message: String
    /// The underlying error, if any.
    public var cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        cause.map { "\(message): \($0)" } ?? message
    }
}
