import Foundation
import IntakeSeedData
import Testing

@testable import IntakeLedger

typealias PostgresTest = PostgresTestServer

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
