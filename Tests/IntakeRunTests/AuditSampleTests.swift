import Foundation
import IntakeAudit
import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeSeedData
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// `audit find` and `audit sample`: filters over the ledger, a reproducible stratified
/// sample, and a review packet that masks personal information when asked.
@Suite("audit find and sample")
struct AuditSampleTests {
    static func decided(_ name: String) async throws -> (dir: URL, out: URL) {
        let dir = try temporaryFolder(name)
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        try writeInbox(inbox)
        try await run(inbox: inbox, out: out)
        return (dir, out)
    }

    @Test func findFiltersByEveryField() async throws {
        let (dir, out) = try await Self.decided("find")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = try openLedger(out)
        let all = try ledger.findDecisions(DecisionFilter())
        let count = try ledgerRows(out, "SELECT COUNT(*) FROM bundles WHERE state = 'decided'")[0][0].int
        #expect(all.count == count)
        var f = DecisionFilter()
        f.verdict = "returned"
        let returned = try ledger.findDecisions(f)
        #expect(!returned.isEmpty && returned.allSatisfy { $0.verdict == "returned" })
        #expect(returned.count == all.filter { $0.verdict == "returned" }.count)
        f = DecisionFilter()
        f.findingCode = "material-missing"
        let missing = try ledger.findDecisions(f)
        #expect(!missing.isEmpty && missing.allSatisfy { $0.findings.contains { $0.hasPrefix("material-missing") } })
        let one = try #require(all.first { !$0.application.isEmpty })
        f = DecisionFilter()
        f.application = one.application
        f.matter = one.matter
        #expect(try ledger.findDecisions(f).map(\.sha256).contains(one.sha256))
        // Dates are China Standard Time decision dates: the run's days are in (a run across midnight in China, 16:00 UTC,
        // spans two: the test failed once at that minute), a range of long ago is not.
        let days = try ledgerRows(
            out, "SELECT date(MIN(decided_at), '+8 hours'), date(MAX(decided_at), '+8 hours') FROM bundles")[0]
        f = DecisionFilter()
        f.from = days[0].string
        f.to = days[1].string
        #expect(try ledger.findDecisions(f).count == all.count)
        f.from = "2000-01-01"
        f.to = "2000-01-02"
        #expect(try ledger.findDecisions(f).isEmpty)
    }

    /// Proportional shares by largest remainders, a stratum lifted to its one having no remainder left (round 58, tester
    /// t: strata of 62, 156, 60 and 30 of 308 drew 2, 5, 1, 2 of 10; their shares are 2.01, 5.06, 1.95, 0.97).
    @Test func aStratumLiftedToOneTakesNoSecondBeforeALargerOne() async throws {
        let (dir, out) = try await Self.decided("sample-shares")
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = try #require(try Sampler(out: out, n: 10, seed: "x", by: .matter).population().first)
        var population: [DecisionRow] = []
        for (matter, count) in [("A", 62), ("B", 156), ("C", 60), ("D", 30)] {
            for i in 0..<count {
                var row = one
                row.matter = matter
                row.sha256 = "\(matter)\(i)"
                population.append(row)
            }
        }
        for seed in ["a", "b", "2026-Q4"] {
            let drawn = Sampler(out: out, n: 10, seed: seed, by: .matter).draw(from: population)
            let counts = Dictionary(grouping: drawn, by: \.matter).mapValues(\.count)
            #expect(counts == ["A": 2, "B": 5, "C": 2, "D": 1], "\(seed)")
        }
        // Four of 308: one each.
        let four = Sampler(out: out, n: 4, seed: "a", by: .matter).draw(from: population)
        #expect(Dictionary(grouping: four, by: \.matter).mapValues(\.count) == ["A": 1, "B": 1, "C": 1, "D": 1])
    }

    @Test func theSameSeedDrawsTheSameStratifiedSample() async throws {
        let (dir, out) = try await Self.decided("sample")
        defer { try? FileManager.default.removeItem(at: dir) }
        let population = try Sampler(out: out, n: 10, seed: "x", by: .verdict).population()
        let verdicts = Set(population.map(\.verdict))
        #expect(verdicts.count == 5)
        let a = Sampler(out: out, n: 10, seed: "2026-Q4", by: .verdict).draw(from: population)
        let b = Sampler(out: out, n: 10, seed: "2026-Q4", by: .verdict).draw(from: population.reversed())
        #expect(a.map(\.sha256) == b.map(\.sha256))
        #expect(a.count == 10)
        #expect(Set(a.map(\.sha256)).count == 10)
        // Every verdict is represented, each about in proportion.
        #expect(Set(a.map(\.verdict)) == verdicts)
        for v in verdicts {
            let share = Double(population.filter { $0.verdict == v }.count) / Double(population.count) * 10
            let got = a.filter { $0.verdict == v }.count
            #expect(Double(got) >= share.rounded(.down) && Double(got) <= max(1, share.rounded(.up)), "\(v)")
        }
        // Another seed draws another sample; more than there is draws everything.
        let c = Sampler(out: out, n: 10, seed: "2027-Q1", by: .verdict).draw(from: population)
        #expect(c.map(\.sha256) != a.map(\.sha256))
        #expect(Sampler(out: out, n: 1000, seed: "s", by: .matter).draw(from: population).count == population.count)
    }

    @Test func thePacketHasTheEvidenceTheRulesAndATickBoxPerFinding() async throws {
        let (dir, out) = try await Self.decided("packet")
        defer { try? FileManager.default.removeItem(at: dir) }
        let sampler = Sampler(out: out, n: 12, seed: "review", by: .verdict)
        let population = try sampler.population()
        let sample = sampler.draw(from: population)
        let inspector = Inspector(parser: try ManifestParser(home: repositoryRoot), limits: catalog.limits)
        let html = ReviewPacket(out: out, sampler: sampler, redact: true, inspector: inspector)
            .render(sample: sample, population: population.count)
        var findings = 0
        for row in sample {
            #expect(html.contains(row.sha256))
            let report = try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("\(row.reports.dir)/\(row.reports.base).json")))
            findings += ((report as? [String: Any])?["findings"] as? [Any])?.count ?? 0
        }
        // One tick box per finding and one per decision.
        #expect(html.components(separatedBy: "type=\"checkbox\"").count - 1 == findings + sample.count)
        // Seed text around a cited rule, from the archived catalog (numbered lines).
        #expect(html.contains("<pre class=\"quote\">"))
        // Redacted: no resident id number and no applicant name from the manifests is left.
        let applicants = try population.compactMap { row -> String? in
            guard let name = try openLedger(out).names(of: row.sha256).first else { return nil }
            return inspector.inspect(name.path).0.manifest?.applicant.name
        }.filter { $0.count >= 2 }
        #expect(!applicants.isEmpty)
        for name in applicants where sample.contains(where: { html.contains($0.sha256) }) {
            #expect(!html.contains(">\(name)<"))
        }
        #expect(html.range(of: #"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"#, options: .regularExpression) == nil)
    }

    @Test func redactionMasksIDNumbersAndNamesButNotHashes() {
        let r = Redactor(names: ["张三丰", "李"], enabled: true)
        let text =
            "申请人张三丰，身份证210202197204180029与21020219720418002X，旧证210202720418002；电话13800138000；"
            + "sha256 d3170fb5db54e767de35e0f4bb39bc9d7814d5420a2854507317102364661e32"
        #expect(
            r.apply(text)
                == "申请人张**，身份证210202********0029与210202********002X，旧证210202*****8002；电话13800138000；"
                + "sha256 d3170fb5db54e767de35e0f4bb39bc9d7814d5420a2854507317102364661e32")
        #expect(Redactor(names: ["张三丰"], enabled: false).apply(text) == text)
    }

    /// A name the manifest writes with a space is masked as written and without it (a file name 欧阳娜娜.jpg stayed readable:
    /// round 56, tester t).
    @Test func aNameWithASpaceIsMaskedWithoutItToo() {
        let r = Redactor(names: ["欧阳 娜娜"], enabled: true)
        let out = r.apply("申请人欧阳 娜娜；申请包中有清单未列出的文件：files/欧阳娜娜.jpg")
        #expect(!out.contains("欧阳 娜娜") && !out.contains("欧阳娜娜"), "\(out)")
    }
}
