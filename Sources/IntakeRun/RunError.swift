import IntakeIO
import IntakeLedger

/// A failure of the batch run itself (not a finding about a bundle): the ledger, the
/// output folder or the inbox could not be used. A run that throws one exits non-zero.
public struct RunError: Error, CustomStringConvertible, Sendable {
    /// What failed; a struct around a private enum so that codes can be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: Hashable, Sendable { case ledger, output, inbox, busy, move }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// The SQLite ledger could not be opened, read or written.
        public static let ledger = Code(.ledger)
        /// The output folder (reports, summary) could not be written.
        public static let output = Code(.output)
        /// The inbox could not be listed.
        public static let inbox = Code(.inbox)
        /// Another run holds the output folder's lock.
        public static let busy = Code(.busy)
        /// A decided bundle could not be moved (--move-done, quarantine).
        public static let move = Code(.move)

        public var description: String {
            switch value {
            case .ledger: "ledger"
            case .output: "output"
            case .inbox: "inbox"
            case .busy: "busy"
            case .move: "move"
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

extension RunError {
    /// Runs a ledger operation; its failure becomes a run error (code `ledger`) with the
    /// ledger's error as the cause.
    static func ledger<T>(_ body: () throws(LedgerError) -> T) throws(RunError) -> T {
        do { return try body() } catch { throw RunError(.ledger, "the ledger", cause: error) }
    }

    /// Runs a file-system operation; its failure becomes a run error with `code`, the
    /// message, and the file-system error (call, path, errno) as the cause.
    static func io<T>(_ code: Code, _ message: String, _ body: () throws(FileSystemError) -> T) throws(RunError) -> T {
        do { return try body() } catch { throw RunError(code, message, cause: error) }
    }
}
