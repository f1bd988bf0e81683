import Foundation
import IntakeSeedData
import NIOHTTP1
import Testing

/// Two `intake serve` replicas behind one balancer: one data folder (shared storage), one
/// PostgreSQL ledger.
@Suite(.enabled(if: PostgresTestServer.enabled, "no PostgreSQL: set INTAKE_TEST_POSTGRES (scripts/postgres.sh start)"))
struct SharedServeTests {
    /// An upload decided by one replica and repeated to the other is answered from the
    /// ledger (`Intake-Replayed: true`, the same report), and the other serves its report;
    /// the same new bundle posted to both at once is decided once.
    @Test func replicasShareDecisions() async throws {
        try await PostgresTestServer.withDatabase("serve") { location in
            let url = "\(location)"
            let data = try makeTemporaryDirectory()
            defer { try? FileManager.default.removeItem(at: data) }
            let a = try ServerProcess(data: data, arguments: ["--ledger", url, "--lease", "5"])
            defer { a.stop() }
            let b = try ServerProcess(data: data, arguments: ["--ledger", url, "--lease", "5"])
            defer { b.stop() }

            let bytes = ServeTests.application(id: "WEB-2026-REPLICA-1")
            let sha = ServeTests.sha256Hex(bytes)
            let first = try await a.post(bytes, name: "one.zip")
            let again = try await b.post(bytes, name: "one-again.zip")
            #expect(first.status == 200 || first.status == 201)
            #expect(first.header("Intake-Replayed") == "false")
            #expect(again.header("Intake-Replayed") == "true")
            #expect(again.body == first.body)
            let stored = try await b.request(.GET, "/v1/reports/\(sha)")
            #expect(stored.status == 200 && stored.body == first.body)

            // The same new bundle to both replicas at the same time: decided once.
            let other = ServeTests.application(id: "WEB-2026-REPLICA-2")
            let otherSHA = ServeTests.sha256Hex(other)
            async let x = a.post(other, name: "two.zip")
            async let y = b.post(other, name: "two.zip")
            let (ax, by) = try await (x, y)
            #expect(ax.body == by.body)
            #expect(
                [ax.header("Intake-Replayed"), by.header("Intake-Replayed")].sorted { ($0 ?? "") < ($1 ?? "") } == [
                    "false", "true",
                ])

            a.stop()
            b.stop()
            #expect(try pgRows(url, "SELECT decisions FROM bundles WHERE sha256 IN ('\(sha)', '\(otherSHA)')") == ["1", "1"])
            // Which replica decided what: two online runs, each with its host and process.
            let runs = try pgRows(url, "SELECT channel, status, host <> '' AND pid > 0 FROM runs ORDER BY id")
            #expect(runs == ["online|completed|t", "online|completed|t"])
            #expect(try pgRows(url, "SELECT COUNT(*) FROM bundle_claims") == ["0"])
        }
    }
}

/// Rows of a query on a PostgreSQL database through `psql` (fields joined by `|`).
func pgRows(_ url: String, _ sql: String) throws -> [String] {
    try outputLines(["psql", url, "-X", "-q", "-t", "-A", "-F", "|", "-c", sql])
}
