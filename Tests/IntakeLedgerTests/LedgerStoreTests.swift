import Foundation
import IntakeBundle
import IntakeIO
import IntakeSeedData
import Testing

@testable import IntakeLedger

/// Scenarios every ledger engine must pass (run on SQLite below, on PostgreSQL in
/// ``PostgresLedgerStoreTests``).
enum LedgerScenarios {
    static let fingerprint = FileFingerprint(device: 1, inode: 2, size: 3, modified: 4, changed: 5)

    static func decision(
        _ sha: String, verdict: String, matter: String, ms: Double, run: Int64, findings: [FindingTally] = [],
        version: String = "cat-1"
    ) -> DecisionRecord {
        DecisionRecord(
            sha256: sha, size: 100, catalogVersion: version, verdict: verdict, application: "APP-\(sha)", matter: matter,
            matterName: "事项 \(matter)", scenario: "", submitted: "2025-07-01T09:00:00+08:00", file: "\(sha).zip",
            documentBytes: 1000, reports: ReportSet(dir: "reports/2025-07-01/\(verdict)/\(matter)", base: "APP-\(sha)"),
            hashMs: ms, checkMs: 1, writeMs: 1, runID: run, findings: findings)
    }

    /// Records a decision as the run and the server do: claimed first (a shared ledger
    /// records only what its run holds), released after.
    static func record(_ ledger: SQLLedger, _ d: DecisionRecord, name: NameRecord?) throws -> [String] {
        #expect(try ledger.claim(d.sha256, catalogVersion: d.catalogVersion, run: d.runID, complete: { _ in false }) == .claimed)
        defer { ledger.release(d.sha256) }
        return try ledger.recordDecision(d, name: name)
    }

    static func name(_ path: String, _ sha: String, run: Int64) -> NameRecord {
        NameRecord(
            path: BytePath("/in/" + path), relative: BytePath(path), sha256: sha, fingerprint: fingerprint, runID: run)
    }

    static func typedSummaryRows(_ ledger: SQLLedger) throws {
        let run = try ledger.beginRun(inbox: "/in", catalogVersion: "cat-1", jobs: 2)
        let missing = FindingTally(code: "material-missing", severity: "error", count: 2)
        let note = FindingTally(code: "unlisted-entry", severity: "info", count: 1)
        for (sha, verdict, matter, ms, findings) in [
            ("aaa", "accepted", "M-1", 5.0, [note]), ("bbb", "returned", "M-1", 50.0, [missing, note]),
            ("ccc", "returned", "M-2", 20.0, [missing]),
        ] {
            try ledger.announceReports(
                ReportAnnouncement(sha256: sha, size: 100, reports: ReportSet(dir: "d", base: sha)))
            _ = try Self.record(
                ledger, Self.decision(sha, verdict: verdict, matter: matter, ms: ms, run: run, findings: findings),
                name: Self.name("\(sha).zip", sha, run: run))
        }
        try ledger.recordName(Self.name("copy/bbb.zip", "bbb", run: run))
        try ledger.finishRun(run, decided: 3, seconds: 1.5)

        let counts = try ledger.summaryCounts(slowest: 2)
        #expect(counts.bundles == 3)
        #expect(counts.names == 4)
        #expect(counts.documentBytes == 3000)
        #expect(
            counts.verdicts == [VerdictCount(verdict: "accepted", bundles: 1), VerdictCount(verdict: "returned", bundles: 2)])
        #expect(
            counts.matters == [
                MatterVerdictCount(matter: "M-1", matterName: "事项 M-1", verdict: "accepted", bundles: 1),
                MatterVerdictCount(matter: "M-1", matterName: "事项 M-1", verdict: "returned", bundles: 1),
                MatterVerdictCount(matter: "M-2", matterName: "事项 M-2", verdict: "returned", bundles: 1),
            ])
        #expect(
            counts.findings == [
                FindingCount(code: "material-missing", severity: "error", bundles: 2, count: 4),
                FindingCount(code: "unlisted-entry", severity: "info", bundles: 2, count: 2),
            ])
        #expect(counts.slowest.map(\.sha256) == ["bbb", "ccc"])
        #expect(counts.slowest.first?.milliseconds == 52)
        #expect(counts.slowest.first?.reports.files.last == "reports/2025-07-01/returned/M-1/APP-bbb.html")
        #expect(counts.catalogVersions == ["cat-1"])

        var rows: [DecidedBundleRow] = []
        try ledger.forEachDecidedBundle { rows.append($0) }
        #expect(rows.map(\.sha256) == ["aaa", "bbb", "ccc"])
        let bbb = try #require(rows.first { $0.sha256 == "bbb" })
        #expect(bbb.names == ["bbb.zip", "copy/bbb.zip"])
        #expect(bbb.errors == 2)
        #expect(bbb.matterName == "事项 M-1")
        #expect(bbb.hashMs + bbb.checkMs + bbb.writeMs == 52)
        #expect(try ledger.unfinishedReports().isEmpty)
    }

    static func forEachStopsAtTheBodysError(_ ledger: SQLLedger) throws {
        struct Stop: Error {}
        let run = try ledger.beginRun(inbox: "/in", catalogVersion: "cat-1", jobs: 1)
        for sha in ["a", "b"] {
            _ = try Self.record(
                ledger, Self.decision(sha, verdict: "accepted", matter: "M", ms: 1, run: run), name: Self.name(sha, sha, run: run)
            )
        }
        var seen = 0
        #expect(throws: Stop.self) {
            try ledger.forEachDecidedBundle { _ in
                seen += 1
                throw Stop()
            }
        }
        #expect(seen == 1)
    }

    static func claimsAndLooksUpByHashAndCatalogVersion(_ ledger: SQLLedger) throws {
        let run = try ledger.beginRun(inbox: "/in", catalogVersion: "cat-1", jobs: 1)
        #expect(try ledger.claim("abc", catalogVersion: "cat-1", run: run, complete: { _ in true }) == .claimed)
        #expect(try ledger.claim("abc", catalogVersion: "cat-1", run: run, complete: { _ in true }) == .busy)
        try ledger.announceReports(ReportAnnouncement(sha256: "abc", size: 100, reports: ReportSet(dir: "d", base: "b")))
        #expect(try ledger.unfinishedReports().map(\.pending) == [ReportSet(dir: "d", base: "b")])
        _ = try ledger.recordDecision(
            Self.decision("abc", verdict: "accepted", matter: "M", ms: 1, run: run), name: Self.name("a.zip", "abc", run: run))
        ledger.release("abc")
        #expect(try ledger.unfinishedReports().isEmpty)
        guard case .decided(let d) = try ledger.claim("abc", catalogVersion: "cat-1", run: run, complete: { _ in true }) else {
            Issue.record("not decided")
            return
        }
        #expect(d.verdict == "accepted")
        #expect(try ledger.claim("abc", catalogVersion: "cat-1", run: run, complete: { _ in false }) == .claimed)
        ledger.release("abc")
        #expect(try ledger.decided(sha256: "abc", catalogVersion: "cat-2") == nil)
        #expect(try ledger.decided(path: BytePath("/in/a.zip"), fingerprint: Self.fingerprint)?.sha256 == "abc")
        #expect(
            try ledger.decided(
                path: BytePath("/in/a.zip"), fingerprint: .init(device: 9, inode: 2, size: 3, modified: 4, changed: 5)) == nil)
        // A batch of the walk looked up at once: what each path was recorded as (its fingerprint then), or nothing.
        let looked = try ledger.lookUpNames(
            ["a.zip", "none.zip"].map { InboxBundle(path: BytePath("/in/" + $0), relative: BytePath($0), size: 3) })
        #expect(looked.map(\.recorded) == [.recorded(sha256: "abc", fingerprint: Self.fingerprint), .absent])
        #expect(try ledger.lookUpNames([]).isEmpty)

        // Decided again under another catalog version at another path: the old set is obsolete.
        let obsolete = try Self.record(
            ledger, Self.decision("abc", verdict: "returned", matter: "M", ms: 1, run: run, version: "cat-2"),
            name: Self.name("a.zip", "abc", run: run))
        #expect(obsolete == ReportSet(dir: "reports/2025-07-01/accepted/M", base: "APP-abc").files)
        #expect(try ledger.obsoleteReports() == obsolete.sorted())
        try ledger.forgetObsolete(obsolete)
        #expect(try ledger.obsoleteReports().isEmpty)
        #expect(try ledger.decided(sha256: "abc")?.decisions == 2)
    }

    /// A group commit records several decisions in a few multi-row statements: each comes
    /// out as it would alone (a re-decided bundle's findings replaced and its old set made
    /// obsolete, a new one's findings added, names and run items kept); on a shared ledger a
    /// group holding one bundle whose claim is gone is refused whole.
    static func aGroupRecordsEachDecisionAsAloneWould(_ ledger: SQLLedger) throws {
        let run = try ledger.beginRun(inbox: "/in", catalogVersion: "cat-1", jobs: 2)
        let missing = FindingTally(code: "material-missing", severity: "error", count: 2)
        let note = FindingTally(code: "unlisted-entry", severity: "info", count: 1)
        _ = try Self.record(
            ledger, Self.decision("old", verdict: "returned", matter: "M", ms: 1, run: run, findings: [missing]),
            name: Self.name("old.zip", "old", run: run))
        let group = [
            Self.decision("old", verdict: "accepted", matter: "M", ms: 1, run: run, findings: [note], version: "cat-2"),
            Self.decision(
                "new1", verdict: "returned", matter: "M", ms: 1, run: run, findings: [missing, note], version: "cat-2"),
            Self.decision("new2", verdict: "accepted", matter: "N", ms: 1, run: run, version: "cat-2"),
        ]
        for d in group {
            #expect(try ledger.claim(d.sha256, catalogVersion: "cat-2", run: run, complete: { _ in false }) == .claimed)
        }
        let items = (0..<2).map {
            RunItem(
                runID: run, seq: $0, file: "f\($0).zip", status: "decided", reason: nil, note: nil, sha256: group[$0].sha256,
                movedTo: nil, seconds: 0.5)
        }
        let obsolete = try ledger.recordDecisions(
            group.map { ($0, Self.name("\($0.sha256).zip", $0.sha256, run: run)) }, runItems: items)
        for d in group { ledger.release(d.sha256) }
        #expect(obsolete == ReportSet(dir: "reports/2025-07-01/returned/M", base: "APP-old").files)
        func findings(_ sha: String) throws -> [String] {
            try ledger.rows("SELECT code FROM findings WHERE sha256 = ? ORDER BY code", [.text(sha)]).map(\.[0].string)
        }
        #expect(try findings("old") == ["unlisted-entry"])
        #expect(try findings("new1") == ["material-missing", "unlisted-entry"])
        #expect(try findings("new2").isEmpty)
        #expect(try ledger.decided(sha256: "old")?.decisions == 2)
        #expect(try ledger.decided(sha256: "old")?.verdict == "accepted")
        #expect(try ledger.decided(sha256: "new1")?.decisions == 1)
        #expect(try ledger.decided(path: BytePath("/in/new2.zip"), fingerprint: Self.fingerprint)?.sha256 == "new2")
        var recorded: [String] = []
        try ledger.forEachRunItem(run: run) { recorded.append($0.item.file) }
        #expect(recorded == ["f0.zip", "f1.zip"])
        #expect(try ledger.rows("SELECT COUNT(*) FROM bundle_claims") == [[.integer(0)]])

        guard ledger.shared else { return }
        // One claim of the group gone (taken over elsewhere): nothing of the group recorded.
        let late = [
            Self.decision("late1", verdict: "accepted", matter: "M", ms: 1, run: run, version: "cat-2"),
            Self.decision("late2", verdict: "accepted", matter: "M", ms: 1, run: run, version: "cat-2"),
        ]
        for d in late {
            #expect(try ledger.claim(d.sha256, catalogVersion: "cat-2", run: run, complete: { _ in false }) == .claimed)
        }
        try ledger.execute("DELETE FROM bundle_claims WHERE sha256 = 'late2'")
        let error = #expect(throws: LedgerError.self) {
            _ = try ledger.recordDecisions(late.map { ($0, nil) }, runItems: [])
        }
        #expect(error?.code == .leaseLost)
        for d in late { ledger.release(d.sha256) }
        #expect(try ledger.decided(sha256: "late1") == nil)
        // The refused transaction ended no claim; releasing gives this run's back.
        #expect(try ledger.rows("SELECT COUNT(*) FROM bundle_claims") == [[.integer(0)]])
    }

    static func closesRunsLeftRunning(_ ledger: SQLLedger) throws {
        let dead = try ledger.beginRun(inbox: "/in", catalogVersion: "c", jobs: 1)
        let closed = try ledger.closeInterruptedRuns()
        #expect(closed.map(\.id) == [dead])
        #expect(try ledger.closeInterruptedRuns().isEmpty)
    }

    /// The nightly run and the server share a ledger: each sweeps and closes only its own.
    static func channelsKeepToTheirOwnRunsAndPendingSets(_ ledger: SQLLedger) throws {
        let batch = try ledger.beginRun(inbox: "/in", catalogVersion: "c", jobs: 1)
        let online = try ledger.beginRun(inbox: "http://127.0.0.1:8080", catalogVersion: "c", jobs: 2, channel: .online)
        try ledger.announceReports(
            ReportAnnouncement(sha256: "b1", size: 1, reports: ReportSet(dir: "d", base: "batch"), channel: .batch))
        try ledger.announceReports(
            ReportAnnouncement(sha256: "o1", size: 1, reports: ReportSet(dir: "d", base: "online"), channel: .online))
        #expect(try ledger.unfinishedReports(channel: .batch).map(\.sha256) == ["b1"])
        #expect(try ledger.unfinishedReports(channel: .online).map(\.sha256) == ["o1"])
        // An upload's decision has no inbox name, and records its channel.
        var decision = Self.decision("o1", verdict: "accepted", matter: "M", ms: 1, run: online)
        decision.channel = .online
        _ = try Self.record(ledger, decision, name: nil)
        #expect(try ledger.unfinishedReports(channel: .online).isEmpty)
        #expect(try ledger.rows("SELECT channel FROM bundles WHERE sha256 = 'o1'") == [[.text("online")]])
        #expect(try ledger.rows("SELECT COUNT(*) FROM names") == [[.integer(0)]])
        #expect(try ledger.closeInterruptedRuns(channel: .batch).map(\.id) == [batch])
        #expect(try ledger.closeInterruptedRuns(channel: .online).map(\.id) == [online])
        try ledger.probe()
    }

    /// A path reused by other bytes (a new upload under yesterday's name): the earlier
    /// bundle keeps its name and where it was moved, in the index and for the auditor
    /// who wants its file; the path's row now tells the new bundle's story only.
    static func aReusedPathKeepsTheEarlierBundlesName(_ ledger: SQLLedger) throws {
        let first = try ledger.beginRun(inbox: "/in", catalogVersion: "cat-1", jobs: 1)
        _ = try Self.record(
            ledger, Self.decision("aaa", verdict: "returned", matter: "M", ms: 1, run: first),
            name: Self.name("申请.zip", "aaa", run: first))
        try ledger.announceMove(path: BytePath("/in/申请.zip"), to: BytePath("/done/申请.zip"))
        try ledger.recordMove(path: BytePath("/in/申请.zip"), to: BytePath("/done/申请.zip"))
        let second = try ledger.beginRun(inbox: "/in", catalogVersion: "cat-1", jobs: 1)
        _ = try Self.record(
            ledger, Self.decision("bbb", verdict: "accepted", matter: "N", ms: 1, run: second),
            name: Self.name("申请.zip", "bbb", run: second))
        let earlier = try ledger.names(of: "aaa")
        #expect(earlier.map(\.relative.display) == ["申请.zip"])
        #expect(earlier.first?.movedTo?.display == "/done/申请.zip")
        // The new bundle under the path was not moved: it does not inherit the earlier move.
        let now = try ledger.names(of: "bbb")
        #expect(now.map(\.relative.display) == ["申请.zip"] && now.first?.movedTo == nil)
        var listed: [String: [String]] = [:]
        try ledger.forEachDecidedBundle(superseded: false) { listed[$0.sha256] = $0.names }
        #expect(listed == ["aaa": ["申请.zip"], "bbb": ["申请.zip"]])
        // The first bytes come back under the path: listed once, as its name now.
        let third = try ledger.beginRun(inbox: "/in", catalogVersion: "cat-1", jobs: 1)
        try ledger.recordName(Self.name("申请.zip", "aaa", run: third))
        #expect(try ledger.names(of: "aaa").count == 1)
        #expect(try ledger.names(of: "bbb").map(\.relative.display) == ["申请.zip"])
        listed = [:]
        try ledger.forEachDecidedBundle(superseded: false) { listed[$0.sha256] = $0.names }
        #expect(listed == ["aaa": ["申请.zip"], "bbb": ["申请.zip"]])
    }
}

extension LedgerScenarios {
    /// The index's files as recorded: none before a run wrote them, then each path with its digest, the last record
    /// replacing the one before.
    static func recordsTheIndexAsWritten(_ ledger: SQLLedger) throws {
        #expect(try ledger.indexFiles() == nil)
        let first = [IndexFile(path: "index.json", sha256: "aa"), IndexFile(path: "index/2026-12.csv", sha256: "bb")]
        try ledger.setIndexFiles(first)
        #expect(try ledger.indexFiles() == first)
        try ledger.setIndexFiles([IndexFile(path: "index.html", sha256: "cc")])
        #expect(try ledger.indexFiles() == [IndexFile(path: "index.html", sha256: "cc")])
        try ledger.setIndexFiles([])
        #expect(try ledger.indexFiles() == [])
    }
}

@Suite struct LedgerStoreTests {
    @Test func recordsTheIndexAsWritten() throws {
        try LedgerBackend.sqlite("recordsTheIndexAsWritten", LedgerScenarios.recordsTheIndexAsWritten)
    }
    @Test func aReusedPathKeepsTheEarlierBundlesName() throws {
        try LedgerBackend.sqlite("aReusedPathKeepsTheEarlierBundlesName", LedgerScenarios.aReusedPathKeepsTheEarlierBundlesName)
    }
    @Test func typedSummaryRows() throws { try LedgerBackend.sqlite("typedSummaryRows", LedgerScenarios.typedSummaryRows) }
    @Test func forEachStopsAtTheBodysError() throws {
        try LedgerBackend.sqlite("forEachStopsAtTheBodysError", LedgerScenarios.forEachStopsAtTheBodysError)
    }
    @Test func claimsAndLooksUpByHashAndCatalogVersion() throws {
        try LedgerBackend.sqlite(
            "claimsAndLooksUpByHashAndCatalogVersion", LedgerScenarios.claimsAndLooksUpByHashAndCatalogVersion)
    }
    @Test func closesRunsLeftRunning() throws {
        try LedgerBackend.sqlite("closesRunsLeftRunning", LedgerScenarios.closesRunsLeftRunning)
    }
    @Test func aGroupRecordsEachDecisionAsAloneWould() throws {
        try LedgerBackend.sqlite("aGroupRecordsEachDecisionAsAloneWould", LedgerScenarios.aGroupRecordsEachDecisionAsAloneWould)
    }
    @Test func channelsKeepToTheirOwnRunsAndPendingSets() throws {
        try LedgerBackend.sqlite(
            "channelsKeepToTheirOwnRunsAndPendingSets", LedgerScenarios.channelsKeepToTheirOwnRunsAndPendingSets)
    }
    /// The nightly run and the server beside it are two processes on one SQLite ledger: a
    /// bundle one claims is busy for the other until released, and a claim of a run no
    /// longer running is taken over (round 20, tester 5: both decided the same bundles,
    /// the claim being this process' only).
    @Test func aClaimHoldsForAnotherProcessOnOneSQLiteLedger() throws {
        let (dir, url) = try temporaryLedger("aClaimHoldsForAnotherProcessOnOneSQLiteLedger")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (batch, server) = (try SQLLedger(url: url), try SQLLedger(url: url))
        let night = try batch.beginRun(inbox: "/in", catalogVersion: "cat-1", jobs: 2)
        let online = try server.beginRun(inbox: "http://", catalogVersion: "cat-1", jobs: 2, channel: .online)
        #expect(try batch.claim("s1", catalogVersion: nil, run: night, complete: { _ in true }) == .claimed)
        #expect(try server.claim("s1", catalogVersion: "cat-1", run: online, complete: { _ in true }) == .busy)
        // Decided by the run: the server gets that decision.
        _ = try batch.recordDecision(
            LedgerScenarios.decision("s1", verdict: "accepted", matter: "RS-1", ms: 1, run: night), name: nil)
        batch.release("s1")
        guard case .decided(let d) = try server.claim("s1", catalogVersion: "cat-1", run: online, complete: { _ in true })
        else {
            Issue.record("the server decides s1 again")
            return
        }
        #expect(d.sha256 == "s1")
        // Held by the server now; once its run is over, the claim it left is taken over.
        #expect(try server.claim("s2", catalogVersion: "cat-1", run: online, complete: { _ in true }) == .claimed)
        #expect(try batch.claim("s2", catalogVersion: nil, run: night, complete: { _ in true }) == .busy)
        try server.finishRun(online, decided: 0, seconds: 1)
        #expect(try batch.claim("s2", catalogVersion: nil, run: night, complete: { _ in true }) == .claimed)
    }
}

@Suite(.enabled(if: PostgresTest.enabled, "no PostgreSQL: set INTAKE_TEST_POSTGRES (scripts/postgres.sh start)"))
struct PostgresLedgerStoreTests {
    @Test func recordsTheIndexAsWritten() throws {
        try LedgerBackend.postgres(lease: 0, "recordstheindexaswri", LedgerScenarios.recordsTheIndexAsWritten)
    }
    @Test func aReusedPathKeepsTheEarlierBundlesName() throws {
        try LedgerBackend.postgres(lease: 0, "areusedpathkeepsthee", LedgerScenarios.aReusedPathKeepsTheEarlierBundlesName)
    }
    @Test func typedSummaryRows() throws {
        try LedgerBackend.postgres(lease: 0, "typedsummaryrows", LedgerScenarios.typedSummaryRows)
    }
    @Test func forEachStopsAtTheBodysError() throws {
        try LedgerBackend.postgres(lease: 0, "foreachstopsatthebod", LedgerScenarios.forEachStopsAtTheBodysError)
    }
    @Test func claimsAndLooksUpByHashAndCatalogVersion() throws {
        try LedgerBackend.postgres(lease: 0, "claimsandlooksupbyha", LedgerScenarios.claimsAndLooksUpByHashAndCatalogVersion)
    }
    @Test func closesRunsLeftRunning() throws {
        try LedgerBackend.postgres(lease: 0, "closesrunsleftrunnin", LedgerScenarios.closesRunsLeftRunning)
    }
    @Test func aGroupRecordsEachDecisionAsAloneWould() throws {
        try LedgerBackend.postgres(lease: 30, "agrouprecordseachdec", LedgerScenarios.aGroupRecordsEachDecisionAsAloneWould)
    }
    @Test func channelsKeepToTheirOwnRunsAndPendingSets() throws {
        try LedgerBackend.postgres(lease: 0, "channelskeeptotheiro", LedgerScenarios.channelsKeepToTheirOwnRunsAndPendingSets)
    }
}
