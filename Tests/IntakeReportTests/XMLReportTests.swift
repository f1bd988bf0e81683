import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakeXML
import Testing

@testable import IntakeReport

@Suite struct XMLReportTests {
    @Test(arguments: SampleCase.allCases)
    func reportOfEachVerdictIsValidAgainstTheSchema(_ sample: SampleCase) throws {
        let report = try sample.report()
        #expect(report.verdict == sample.expectedVerdict, "\(report.findings.map(\.message))")
        let xml = XMLReport.render(report)
        #expect(schemaProblems(xml) == [])
    }

    /// Findings on the agent's id (代办人公民身份号码) and on a fact the matter does not
    /// read carry their fact, and the report stays valid against its schema.
    @Test func findingsOnTheAgentAndOnUnreadFactsAreValid() throws {
        let matter = try #require(sharedCatalog.matter("RS-007", on: CalendarDate(year: 2025, month: 7, day: 1)))
        var app = ApplicationFactory.complete(
            catalog: sharedCatalog, matter: matter, scenario: matter.scenarios[0], id: "T-AGENT",
            submitted: "2025-07-01T09:30:00+08:00", facts: [("shoeSize", "42")])
        app.agent = ("李四", "210203198805052345")
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-AGENT.zip")
        #expect(report.findings.contains { $0.fact == "agent/id" }, "\(report.findings.map(\.message))")
        #expect(report.findings.contains { $0.fact == "shoeSize" }, "\(report.findings.map(\.message))")
        #expect(schemaProblems(XMLReport.render(report)) == [])
    }

    @Test func reportNamesVerdictCatalogAndBundle() throws {
        let report = try SampleCase.deferred.report()
        let root = try XMLDocument(bytes: Array(XMLReport.render(report).utf8)).root()
        #expect(root.name == "report")
        #expect(root.namespace == Report.namespace)
        #expect(root.children.map(\.name).prefix(4) == ["verdict", "application", "matter", "bundle"])
        #expect(root.child(named: "verdict")?.trimmedText == "accepted-deferred")
        #expect(root.child(named: "catalogVersion")?.trimmedText == sharedCatalog.version)
        #expect(root.child(named: "bundle")?["sha256"] == report.bundle.sha256)
        let deferred = try #require(root.child(named: "deferred")?.children(named: "material").first)
        #expect(deferred["material"] == "2")
        #expect(deferred["due"] == report.deferred.first?.due.description)
    }

    @Test func invalidBundleLeavesOutWhatTheBundleDidNotGive() throws {
        let root = try XMLDocument(bytes: Array(XMLReport.render(try SampleCase.invalid.report()).utf8)).root()
        let names = root.children.map(\.name)
        #expect(!names.contains("application"))
        #expect(!names.contains("matter"))
        #expect(!names.contains("submitted"))
        #expect(root.child(named: "findings")?.children.first?["code"] == "bundle-unreadable")
    }

    /// The schema is strict: a wrong verdict, a bad hash or a non-date due is refused.
    @Test(arguments: [
        ("accepted-deferred</verdict>", "maybe</verdict>"),
        ("sha256=\"", "sha256=\"XYZ"),
        ("due=\"20", "due=\"later-20"),
        ("<catalogVersion>", "<catalogVersion>v"),
        ("state=\"met\"", "state=\"fine\""),
        ("severity=\"info\"", "severity=\"notice\""),
    ])
    func schemaRejectsTamperedReports(_ change: (String, String)) throws {
        let good = XMLReport.render(try SampleCase.deferred.report())
        #expect(schemaProblems(good) == [])
        let tampered = good.replacingOccurrences(of: change.0, with: change.1)
        #expect(tampered != good)
        #expect(schemaProblems(tampered) != [])
    }

    @Test func hostileStringsStayWellFormed() throws {
        var report = try SampleCase.accepted.report()
        report.application = "<script>alert('x')</script>"
        report.unlisted = ["a\u{1}b\"c'&<d>", "tab\there\nnewline"]
        report.findings.append(Finding(.documentUnlisted, .warning, "]]> <!-- & </report>", path: "a\u{1}b\"c'&<d>"))
        let xml = XMLReport.render(report)
        #expect(!xml.contains("<script"))
        let root = try XMLDocument(bytes: Array(xml.utf8)).root()
        #expect(root.child(named: "application")?.text == "<script>alert('x')</script>")
        #expect(root.child(named: "unlisted")?.children.map(\.text) == ["a\u{FFFD}b\"c'&<d>", "tab\there\nnewline"])
    }
}

extension XMLReportTests {
    /// 人力社保 RS-019 19.3 办理时限 gives no period to count (财政资金拨付后…发放): an accepted application has no
    /// 办结期限 date, and the limit vanished from every report (round 36, tester d). The trail carries it as a
    /// `time-limit` rule with outcome `no-date`, and the text and HTML reports quote the guide's words.
    @Test func aTimeLimitWithoutAPeriodIsQuotedNotDropped() throws {
        let matter = try #require(sharedCatalog.matter("RS-019", on: CalendarDate(year: 2025, month: 7, day: 1)))
        let limit = try #require(matter.timeLimit(for: "window"))
        #expect(limit.unit == .unspecified)
        let app = ApplicationFactory.complete(
            catalog: sharedCatalog, matter: matter, scenario: matter.scenarios[0], id: "T-NODATE",
            submitted: "2025-07-01T09:30:00+08:00")
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-NODATE.zip")
        #expect(report.verdict.isAcceptance, "\(report.findings.map(\.message))")
        #expect(report.decisionDue == nil)
        let rule = try #require(report.rules.first { $0.kind == .timeLimit })
        #expect(rule.outcome == .noDate && rule.text == limit.text)
        // The guide's words quoted, the catalog's gloss 〔注：…〕 after them, outside the quotation marks (round 41).
        let quoted = TextReport.quotedWithGloss(limit.text)
        #expect(quoted.hasPrefix("“15 个工作日") && quoted.contains("”（注："), "\(quoted)")
        #expect(TextReport.render(report).contains("办结期限: 无可按日计算的期限，以指南所述为准：\(quoted)"))
        #expect(HTMLReport.render(report).contains("无可按日计算的期限，以指南所述为准：\(escaped(quoted))"))
        #expect(schemaProblems(XMLReport.render(report)) == [])
    }
}
