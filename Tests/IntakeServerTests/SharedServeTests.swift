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

    /// How long the frozen replica holds a claim before deciding (a debug build's test pause).
    static let holdMs = 5000

    /// Whether an answer came (set once, read by the polling loop).
    final class Answered: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        func set() { lock.withLock { done = true } }
        var value: Bool { lock.withLock { done } }
    }

    /// Posts `bytes` to `server` and freezes the server (SIGSTOP) once it holds the claim on
    /// them (it is deciding); the answer comes once the server is resumed.
    static func freezeWhileDeciding(
        _ server: ServerProcess, _ bytes: [UInt8], url: String
    ) async throws -> Task<ServerProcess.Answer, any Error> {
        let sha = ServeTests.sha256Hex(bytes)
        let answered = Answered()
        let answer = Task {
            defer { answered.set() }
            return try await server.post(bytes)
        }
        // By time, not by a count of polls, and generously: on a loaded machine (the whole
        // suite in parallel) a 60 MB upload outlasted 3,000 quick polls once, and 180 s on
        // a slower CI machine once. The bound only ends a test that would fail anyway.
        let bound: TimeInterval = 900
        let started = Date()
        while Date().timeIntervalSince(started) < bound {
            if try pgRows(url, "SELECT COUNT(*) FROM bundle_claims WHERE sha256 = '\(sha)'") == ["1"] {
                server.signal(SIGSTOP)
                return answer
            }
            if answered.value {
                Issue.record("the server answered before its claim was seen (it holds it \(Self.holdMs) ms)")
                return answer
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("the server never held the claim in \(Int(bound)) s")
        return answer
    }

    /// A replica frozen while deciding (SIGSTOP, or cut from the database) loses its claim
    /// when its lease runs out and the other replica decides the bundle; resumed, the first
    /// answered 500 "the error is in its log" (its recording refused), and the other had
    /// held its upload for the whole lease (round 20). Now the first answers with the
    /// decision made instead (Intake-Replayed: true), and an upload waits at most 10 s for a
    /// claim held elsewhere: 503 with Retry-After, the retry answered from the ledger.
    @Test func aReplicaThatLostItsClaimAnswersWithTheDecisionMadeInstead() async throws {
        try await PostgresTestServer.withDatabase("servelease") { location in
            let url = "\(location)"
            let data = try makeTemporaryDirectory()
            defer { try? FileManager.default.removeItem(at: data) }
            /// Two replicas whose leases last `lease` seconds (stopped as they go: `ServerProcess.deinit`);
            /// the first holds each claim `holdMs` before deciding (a debug build's test pause), so that it is
            /// frozen while deciding however loaded the machine (it had decided before the signal landed).
            func replicas(lease: String) throws -> (ServerProcess, ServerProcess) {
                let arguments = ["--ledger", url, "--lease", lease]
                return (
                    try ServerProcess(
                        data: data, arguments: arguments, environment: ["INTAKE_TEST_HOLD_CLAIM_MS": "\(Self.holdMs)"]),
                    try ServerProcess(data: data, arguments: arguments)
                )
            }
            do {
                let (a, b) = try replicas(lease: "2")
                let bytes = ServeTests.application(id: "WEB-2026-REPLICA-LEASE", megabytes: 1)
                let frozen = try await Self.freezeWhileDeciding(a, bytes, url: url)
                let other = try await b.post(bytes)
                a.signal(SIGCONT)
                #expect(other.status == 200 && other.header("Intake-Replayed") == "false")
                let resumed = try await frozen.value
                if resumed.status != 200 {
                    a.stop()
                    Issue.record(
                        "resumed: \(resumed.status) \(resumed.text.prefix(300)); its log: \(a.waitForExit().error.suffix(3000))")
                }
                #expect(resumed.header("Intake-Replayed") == "true")
                let sameReport = resumed.body == other.body
                #expect(sameReport)
                let sha = ServeTests.sha256Hex(bytes)
                #expect(try pgRows(url, "SELECT decisions FROM bundles WHERE sha256 = '\(sha)'") == ["1"])
            }
            do {
                // A lease longer than the wait: the other replica does not hold the upload.
                let (a, b) = try replicas(lease: "60")
                let bytes = ServeTests.application(id: "WEB-2026-REPLICA-WAIT", megabytes: 1)
                let frozen = try await Self.freezeWhileDeciding(a, bytes, url: url)
                let started = Date()
                let waited = try await b.post(bytes)
                let seconds = Date().timeIntervalSince(started)
                a.signal(SIGCONT)
                #expect(waited.status == 503 && waited.header("Retry-After") != nil, "\(waited.text.prefix(300))")
                // Well short of the 60 s lease (the bound that matters); the 10 s wait plus
                // the upload and the ledger's round trips took 22 s on a loaded CI machine.
                #expect(seconds > 9 && seconds < 45, "\(seconds)")
                let decided = try await frozen.value
                #expect(decided.status == 200 && decided.header("Intake-Replayed") == "false")
                let retried = try await b.post(bytes)
                #expect(retried.status == 200 && retried.header("Intake-Replayed") == "true")
            }
        }
    }
}

/// Rows of a query on a PostgreSQL database through `psql` (fields joined by `|`).
func pgRows(_ url: String, _ sql: String) throws -> [String] {
    try outputLines(["psql", url, "-X", "-q", "-t", "-A", "-F", "|", "-c", sql])
}
