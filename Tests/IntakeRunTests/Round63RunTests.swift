import Foundation
import IntakeAudit
import IntakeManifest
import IntakeSeedData
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// Session 53, black-box round 63's auditor (tester g).
@Suite struct Round63RunTests {
    /// When a decision was made and through which channel are the ledger's alone, and `audit find --from/--to` answers from
    /// them: a decision dated outside the run that made it, or of another channel than its run's, is named (tester g:
    /// decided_at rewritten to 2020 and batch to online passed).
    @Test func aDecisionsTimeAndChannelAreItsRuns() async throws {
        let (dir, options) = try await Round49RunTests.decidedOnce("decided-at")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        #expect(try AuditVerifyTests.verify(out).holds)
        let first = "(SELECT MIN(sha256) FROM bundles WHERE state = 'decided')"
        try openLedger(out).execute("UPDATE bundles SET decided_at = '2020-01-01T00:00:00Z' WHERE sha256 = \(first)")
        var verified = try AuditVerifyTests.verify(out)
        #expect(verified.problems.map(\.code) == ["ledger-changed"], "\(verified.problems)")
        #expect(verified.problems.first?.message.contains("outside run") == true)
        let ledger = try openLedger(out)
        try ledger.execute("UPDATE bundles SET decided_at = (SELECT started FROM runs WHERE id = 1) WHERE sha256 = \(first)")
        #expect(try AuditVerifyTests.verify(out).holds)
        try ledger.execute("UPDATE bundles SET channel = 'online' WHERE sha256 = \(first)")
        verified = try AuditVerifyTests.verify(out)
        #expect(verified.problems.map(\.code) == ["ledger-changed"], "\(verified.problems)")
        #expect(verified.problems.first?.message.contains("through online") == true)
        // A decision without its run is said too (a warning: an early ledger may lack it).
        try ledger.execute("UPDATE bundles SET channel = 'batch', run_id = NULL WHERE sha256 = \(first)")
        verified = try AuditVerifyTests.verify(out)
        #expect(
            verified.problems.map { "\($0.severity.rawValue) \($0.code)" } == ["warning ledger-changed"], "\(verified.problems)")
    }

    /// A report file changed since it was written is not shown in the review packet as the decision's (tester g: a forged
    /// message was listed under the ledger's verdict, to be ticked as checked); one whose HTML is gone is said to be.
    @Test func theReviewPacketShowsNoChangedReportAsTheDecisions() async throws {
        let (dir, options) = try await Round49RunTests.decidedOnce("packet-edited")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        let sampler = Sampler(out: out, n: 1000, seed: "x", by: .verdict)
        let population = try sampler.population()
        let row = try #require(population.first { $0.verdict == "returned" })
        let json = out.appendingPathComponent("\(row.reports.dir)/\(row.reports.base).json")
        let forged = "经核验，材料齐全（审核员已确认）"
        var text = try String(contentsOf: json, encoding: .utf8)
        let message = try #require(
            ((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["findings"] as? [[String: Any]])?
                .first?["message"] as? String)
        text = text.replacingOccurrences(of: message, with: forged)
        try text.write(to: json, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: out.appendingPathComponent("\(row.reports.dir)/\(row.reports.base).html"))
        let html = ReviewPacket(out: out, sampler: sampler, redact: false, inspector: nil)
            .render(sample: population, population: population.count)
        #expect(!html.contains(forged))
        #expect(html.contains("报告已改动") && html.contains("is not the file written"))
        #expect(html.contains("报告缺失") && html.contains("<code>.html</code>"))
        // The others are shown whole: one tick box per finding and per decision, less the changed one's findings.
        #expect(html.components(separatedBy: "报告已改动").count - 1 == 1)
    }

    /// A bundle whose name begins with U+FEFF is the same name in the ledger and in its sealed report (tester f: `audit verify`
    /// read the report's name without it, JSONSerialization dropping a leading U+FEFF, and called them different).
    @Test func aNameBeginningWithAByteOrderMarkIsTheSameName() async throws {
        let dir = try temporaryFolder("bom-name")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Fixtures/bundles/RS-009-returned.zip"),
            to: inbox.appendingPathComponent("\u{FEFF}a.zip"))
        let options = RunOptions(inbox: inbox, out: dir.appendingPathComponent("out"), jobs: 1)
        _ = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
        let verified = try AuditVerifyTests.verify(options.out)
        #expect(verified.holds, "\(verified.problems)")
    }
}
