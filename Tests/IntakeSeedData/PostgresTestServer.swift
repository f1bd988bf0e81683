import Foundation
public import IntakeLedger

/// The PostgreSQL server the tests may create databases on: `INTAKE_TEST_POSTGRES`
/// (`scripts/postgres.sh start` prints one; `scripts/test.sh` starts it). Without it the
/// PostgreSQL suites are skipped, saying why; under `CI=true` they run and fail instead.
public enum PostgresTestServer {
    public static let url = ProcessInfo.processInfo.environment["INTAKE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    public static let enabled = url != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    /// The server, or why there is none.
    public static func server() throws -> PostgresLocation {
        guard let url else {
            throw LedgerError(
                .unavailable, "INTAKE_TEST_POSTGRES is not set: start a server with scripts/postgres.sh start (CI requires one)")
        }
        return try PostgresLocation(url: url)
    }

    /// A new empty database, dropped after `body`.
    public static func withDatabase<T>(_ prefix: String, _ body: (PostgresLocation) throws -> T) throws -> T {
        let location = try PostgresAdmin.createDatabase(on: try server(), prefix: "intake_test_\(prefix)")
        defer { try? PostgresAdmin.dropDatabase(location) }
        return try body(location)
    }

    /// The same, for async bodies.
    public static func withDatabase<T>(_ prefix: String, _ body: (PostgresLocation) async throws -> T) async throws -> T {
        let location = try PostgresAdmin.createDatabase(on: try server(), prefix: "intake_test_\(prefix)")
        defer { try? PostgresAdmin.dropDatabase(location) }
        return try await body(location)
    }
}
