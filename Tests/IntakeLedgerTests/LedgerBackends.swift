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

/// A server that accepts the connection and never answers: opening the ledger fails within
/// its own `connect_timeout` (2 s here), bounded by the ledger itself and not by the
/// driver's 10 s (a connection to a PostgreSQL in the middle of a restart was once seen to
/// never complete at all, and the run waiting for it hung).
@Suite struct PostgresConnectTimeoutTests {
    @Test func aServerThatNeverAnswersIsGivenUpOnWithinTheTimeout() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(bound == 0)
        #expect(listen(listener, 8) == 0)  // the kernel completes the handshake; nobody reads
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let location = try PostgresLocation(url: "postgres://postgres@127.0.0.1:\(port)/intake?connect_timeout=2")
        let started = Date()
        let error = #expect(throws: LedgerError.self) { _ = try SQLLedger(postgres: location) }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("cannot reach the ledger") == true)
        #expect(Date().timeIntervalSince(started) < 6)
    }
}
