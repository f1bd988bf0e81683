import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakeReport
import IntakeXML
import Testing

/// The JSON the backend hook parses: the spec's keys with the spec's types, plus only the
/// keys JSONReport documents as added.
@Suite struct JSONReportTests {
    static let specKeys = [
        "report", "verdict", "application", "matter", "bundle", "catalogVersion", "submitted", "findings", "deferred",
    ]
    static let addedKeys: Set<String> = [
        "generator", "verdictChinese", "submittedDate", "decisionDue", "documents", "materials", "rules", "sources",
    ]
    /// Findings that apply a catalog rule carry its citation.
    static let ruleCodes: Set<FindingCode> = [
        .materialMissing, .materialDeferred, .commitmentMissing, .forbiddenCase, .materialUnknown, .materialUnneeded,
        .factMissing,
        .factInvalid,
    ]

    @Test(arguments: SampleCase.allCases)
    func jsonHasTheSpecKeysWithTheSpecTypes(_ sample: SampleCase) throws {
        let report = try sample.report()
        let text = JSONReport.render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])

        #expect(Set(object.keys).subtracting(Self.specKeys).isSubset(of: Self.addedKeys))
        // The spec's addition: the program and its version, beside the catalog version.
        #expect(object["generator"] as? [String: String] == ["name": IntakeVersion.name, "version": IntakeVersion.number])
        for key in Self.specKeys { #expect(object[key] != nil, "missing \(key)") }
        #expect(object["report"] as? String == "urn:dalian:intake:report:1")
        #expect(object["verdict"] as? String == sample.expectedVerdict.rawValue)
        #expect(object["application"] is String)
        #expect(object["catalogVersion"] as? String == sharedCatalog.version)
        #expect(object["submitted"] is String)

        let matter = try #require(object["matter"] as? [String: Any])
        #expect(Set(matter.keys) == ["code", "name", "scenario"])
        for key in ["code", "name", "scenario"] { #expect(matter[key] is String) }

        let bundle = try #require(object["bundle"] as? [String: Any])
        #expect(Set(bundle.keys) == ["file", "size", "sha256"])
        #expect(bundle["file"] as? String == sample.fileName)
        #expect((bundle["size"] as? NSNumber)?.int64Value == Int64(sample.bytes.count))
        #expect((bundle["sha256"] as? String)?.count == 64)

        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == report.findings.count)
        #expect(!findings.isEmpty || sample == .accepted)
        for f in findings {
            // The spec's keys, and the added ones (fact, detail, rule), which keep their meaning.
            #expect(
                Set(f.keys).isSubset(of: ["code", "severity", "material", "path", "fact", "rule", "message", "detail", "source"]))
            // A refusal names its rule (the contract: "the material or rule it concerns").
            if f["code"] as? String == "forbidden-case" { #expect(f["rule"] is String) }
            // The message is for the applicant: no library or protocol text in it.
            let message = f["message"] as? String ?? ""
            for technical in ["SHA-256", "manifest says", "libzip", "Not a zip", "(", "qpdf", "CRC-32"] {
                #expect(!message.contains(technical), "\(message)")
            }
            let code = try #require(f["code"] as? String)
            #expect(["error", "warning", "info"].contains(f["severity"] as? String ?? ""))
            #expect(f["material"] == nil || f["material"] is String)
            #expect((f["message"] as? String)?.isEmpty == false)
            if let source = f["source"] {
                let s = try #require(source as? [String: Any])
                // The spec's two keys, then what an auditor needs to follow it.
                #expect(s.keys.contains("document") && s.keys.contains("item"))
                #expect(Set(s.keys).isSubset(of: ["document", "item", "line", "quote", "title", "issuer", "number", "issued"]))
                #expect(s["document"] is String && s["item"] is String)
            } else {
                #expect(!Self.ruleCodes.contains(FindingCode(rawValue: code)), "\(code) without a source")
            }
        }

        let deferred = try #require(object["deferred"] as? [[String: Any]])
        #expect(deferred.count == (sample == .deferred ? 1 : 0))
        for d in deferred {
            #expect(Set(d.keys) == ["material", "name", "due", "supplier", "workingDays", "dueBasis"])
            #expect(d["material"] is String && d["name"] is String)
            // No guide gives the period: the centre's default, and the report says so.
            #expect(d["dueBasis"] as? String == "centre-policy")
            #expect(d["workingDays"] as? Int == sharedCatalog.deferralWorkingDays)
            let due = try #require(d["due"] as? String)
            #expect(due.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil)
        }
    }

    /// The spec's keys come first, in the spec's order.
    @Test func specKeysComeInTheSpecOrder() throws {
        let text = JSONReport.render(try SampleCase.deferred.report())
        let positions = Self.specKeys.map { text.range(of: "\n  \"\($0)\": ")?.lowerBound }
        #expect(!positions.contains(nil))
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
    }

    /// The report shows the date the decision counted from: `submitted` in China time (round 22, tester 1: a bundle
    /// submitted 2025-06-30T16:30:00Z, decided as of 07-01, showed only the time as written).
    @Test func theReportGivesTheChinaDateItCountedFrom() throws {
        var app = SampleCase.deferred.application
        app.submitted = "2025-06-30T16:30:00Z"
        let report = try checkBundle(BundleBuilder.bytes(app), name: "utc.zip")
        #expect(report.submitted == "2025-06-30T16:30:00Z")
        #expect(report.submittedDate == CalendarDate("2025-07-01"))
        #expect(JSONReport.render(report).contains("\"submittedDate\": \"2025-07-01\""))
        let xml = XMLReport.render(report)
        #expect(xml.contains("<submittedDate>2025-07-01</submittedDate>") && schemaProblems(xml) == [])
        #expect(TextReport.render(report).contains("提交 2025-06-30T16:30:00Z（北京时间 2025-07-01）"))
        #expect(HTMLReport.render(report).contains("按北京时间为 <strong>2025-07-01</strong>"))
    }

    @Test func deferredMaterialMatchesTheSpecExample() throws {
        let text = JSONReport.render(try SampleCase.deferred.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let deferred = try #require((object["deferred"] as? [[String: Any]])?.first)
        #expect(deferred["material"] as? String == "2")
        #expect(deferred["name"] as? String == "身份证")
        let findings = try #require(object["findings"] as? [[String: Any]])
        let info = try #require(findings.first { $0["code"] as? String == "material-deferred" })
        #expect(info["severity"] as? String == "info")
        #expect((info["message"] as? String)?.contains(deferred["due"] as? String ?? "?") == true)
        #expect((info["source"] as? [String: Any])?["item"] as? String == "容缺办理事项清单 5")
    }
}
