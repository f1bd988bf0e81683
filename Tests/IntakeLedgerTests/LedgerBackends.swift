import Foundation
import Testing

@testable import IntakeLedger

/// The PostgreSQL server the tests may create databases on: `INTAKE_TEST_POSTGRES`
/// (`scripts/postgres.sh start` prints one; `scripts/test.sh` starts it). Without it the
/// PostgreSQL suites are skipped, saying why; under `CI=true` they run and fail instead.
enum PostgresTest {
    static let server = ProcessInfo.processInfo.environment["INTAKE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let enabled = server != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    /// A new empty database, dropped after `body`.
    static func withDatabase<T>(_ prefix: String, _ body: (PostgresLocation) throws -> T) throws -> T {
        guard let server else {
            throw LedgerError(
                .unavailable, "INTAKE_TEST_POSTGRES is not set: start a server with scripts/postgres.sh start (CI requires one)")
        }
        let location = try PostgresAdmin.createDatabase(on: try PostgresLocation(url: server), prefix: "intake_test_\(prefix)")
        defer { try? PostgresAdmin.dropDatabase(location) }
        return try body(location)
    }
}

/// A ledger of each engine, for scenarios that must hold on both.
enum LedgerBackend {
    static func sqlite(_ name: String, _ body: (SQLLedger) throws -> Void) throws {
        let (dir, url) = try temporaryLedger(name)
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(try SQLLedger(url: url))
    }

    static func postgres(lease: Double = 30, _ name: String, _ body: (SQLLedger) throws -> Void) throws {
        try PostgresTest.withDatabase(name) { location in
            try body(try SQLLedger(postgres: location, lease: lease))
        }
    }
}
