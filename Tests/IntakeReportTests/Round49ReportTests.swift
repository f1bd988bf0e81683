import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

@testable import IntakeReport

/// Session 48, black-box round 49: what the reports show.
@Suite struct Round49ReportTests {
    /// 003 line 12516 "3.疾病诊断证明或事故报告": for an illness, the 诊断证明. The HTML notice's 补交 line named both alternatives
    /// while the finding said 本情形应提交：疾病诊断证明 (tester a: BS-QT-024, and BS-HJ-016's 人才集体户 told all four 落户地址手续
    /// for its 承诺书).
    @Test func theNoticeSaysWhichAlternativeToBring() throws {
        var app = try completeApplication("BS-QT-024", facts: [("qtHardshipCause", "疾病"), ("qtMinimumLiving", "false")])
        #expect(try checkBundle(BundleBuilder.bytes(app), name: "T-QT-024.zip").verdict.isAcceptance)
        app.documents.removeAll { $0.material.hasPrefix("3") }
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-QT-024.zip")
        #expect(report.verdict == .returned, "\(report.findings.map(\.message))")
        let html = HTMLReport.render(report)
        let line = try #require(html.firstMatch(of: /<p class="bring">[^\n]*补交 <a href="#material-\d+">（3）[^\n]*/), "\(html)")
        #expect(line.output.contains("本情形应提交：疾病诊断证明"), "\(line.output)")
    }
}

extension Round49ReportTests {
    /// 004 容缺办理事项清单 6: SB-035's 病历材料 may be deferred with the letter. Returned for its missing 申请书, the application
    /// defers nothing yet: the checklist says the deferral applies once the corrected application is accepted, not "容缺" as
    /// if granted beside a 容缺材料 section reading "无" (tester b).
    @Test func aReturnedApplicationsDeferrableMaterialIsNotShownDeferred() throws {
        let app = try completeApplication("SB-035", facts: [("workInjuryRecognized", "true")], omit: ["1", "2"], letter: true)
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-SB-035.zip")
        #expect(report.verdict == .returned, "\(report.findings.map(\.message))")
        #expect(report.deferred.isEmpty)
        let html = HTMLReport.render(report)
        let row = try #require(
            html.firstMatch(of: /<tr id="material-\d+"[^>]*>(?:(?!<\/tr>).)*病历材料(?:(?!<\/tr>).)*<\/tr>/.dotMatchesNewlines()))
        #expect(row.output.contains("补正后受理时") && !row.output.contains(">容缺 <span"), "\(row.output)")
    }
}

extension Round49ReportTests {
    /// 003 line 12263: the 居住证 is asked of 外地城镇户籍人员 only. For another applicant its row said "必须提交 always" beside "无需
    /// 提交" (round 51, tester a): the requirement is the group's case.
    @Test func aPartOfAGroupNotNeededIsAsRequiredAsItsGroup() throws {
        let app = try completeApplication("BS-QT-015", facts: [("rsInsuredGroup", "其他")], omit: ["4", "4.1", "4.2"])
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-QT-015.zip")
        let html = HTMLReport.render(report)
        let row = try #require(
            html.firstMatch(of: /<tr id="material-\d+"[^>]*><td><code>4\.1<\/code>(?:(?!<\/tr>).)*<\/tr>/.dotMatchesNewlines()),
            "\(report.findings.map(\.message))")
        #expect(row.output.contains("随（4）：外地城镇户籍人员") && !row.output.contains("always"), "\(row.output)")
    }
}

/// Session 50, black-box round 55: what the HTML notice asks.
@Suite struct Round55ReportTests {
    /// 000 line 1131 (RS-004): one file's bytes filed for two materials is the clerk's to settle; the notice said "将文件…按其
    /// 所属分项的编号重新标注" of materials without parts (tester o).
    @Test func theSameFileForTwoMaterialsIsTheClerksToSettle() throws {
        var app = try completeApplication("RS-004")
        let first = try #require(app.documents.firstIndex { $0.material == "1" })
        let second = try #require(app.documents.firstIndex { $0.material == "2" })
        app.documents[second].bytes = app.documents[first].bytes
        app.documents[second].mediaType = app.documents[first].mediaType
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-RS-004.zip")
        #expect(report.findings.contains { $0.detail?.hasPrefix("identical files") == true }, "\(report.findings.map(\.message))")
        let html = HTMLReport.render(report)
        #expect(html.contains("窗口人员核对同一文件能否满足这几项材料"), "\(html)")
        #expect(!html.contains("按其所属分项的编号重新标注"))
    }

    /// 004 容缺办理事项清单 5 (SB-048's 病历资料): its only file broken beside the letter is deferred; the notice asks for a sound
    /// file by the due date, not "本情形无需提交" (round 55).
    @Test func aBrokenDeferredFileIsAskedByItsDueDate() throws {
        var app = try completeApplication("SB-048", facts: [("workInjuryRecognized", "true")], letter: true)
        let record = try #require(app.documents.firstIndex { $0.material == "2" })
        app.documents[record].bytes = Array(app.documents[record].bytes.dropLast(8))
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-SB-048.zip")
        #expect(report.verdict == .acceptedDeferred, "\(report.findings.map(\.message))")
        let html = HTMLReport.render(report)
        #expect(html.contains("容缺受理：于补交期限内提交完好的文件"), "\(html)")
        #expect(!html.contains("本情形无需提交"))
    }

    /// A control character of an entry's name (ESC, a terminal's colour) is shown in a finding's message as the text report
    /// and the page show it (\u{1B}), in every format: the JSON message carried it raw (round 56, tester t).
    @Test func aControlCharacterOfANameIsShownNotCarried() throws {
        var app = try completeApplication("RS-004")
        var extra = app.documents[0]
        extra.path = "files/a\u{1B}[31mRED.jpg"
        extra.omitFromManifest = true
        app.documents.append(extra)
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-RS-004.zip")
        let f = try #require(report.findings.first { $0.path == "files/a\u{1B}[31mRED.jpg" }, "\(report.findings.map(\.message))")
        #expect(f.message.contains("files/a\\u{1B}[31mRED.jpg") && !f.message.contains("\u{1B}"), "\(f.message)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONReport.render(report).utf8)) as? [String: Any])
        let messages = (json["findings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(messages.contains { $0.contains("files/a\\u{1B}[31mRED.jpg") }, "\(messages)")
        #expect(!messages.contains { $0.unicodeScalars.contains { $0.value < 0x20 } }, "\(messages)")
        // A bidirectional override too (the review of round 56: a live U+202E in the JSON and XML messages).
        var bidi = app
        bidi.documents[bidi.documents.count - 1].path = "files/a\u{202E}fdp.exe"
        let turned = try checkBundle(BundleBuilder.bytes(bidi), name: "T-RS-004.zip")
        #expect(!turned.findings.contains { $0.message.unicodeScalars.contains { $0.value == 0x202E } })
        #expect(turned.findings.contains { $0.message.contains("\\u{202E}") }, "\(turned.findings.map(\.message))")
    }
}

/// Session 51, black-box round 59 (tester h).
@Suite struct Round59ReportTests {
    /// SB-024's age (F5) and contribution (F7) refusals both cite 合规办事业务指南 24 (004 line 436): each finding names its rule,
    /// in the JSON and the XML, and the HTML links each to its own rule, not to both (the HTML showed "规则 R5、R7" for each).
    @Test func eachRefusalNamesItsOwnRule() throws {
        var app = try completeApplication(
            "SB-024",
            facts: [
                ("earlyRetirementType", "special-job"), ("contributionMonths", "170"),
                (SampleApplication.residentIdKey, "210202197101010019"),
            ])
        app.idNumber = "210202197101010019"
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-SB-024.zip")
        #expect(report.verdict == .refused, "\(report.findings.map(\.message))")
        let refusals = report.findings.filter { $0.code == .forbiddenCase }
        #expect(Set(refusals.compactMap(\.rule)).isSuperset(of: ["F5", "F7"]), "\(refusals.map(\.rule))")
        #expect(refusals.allSatisfy { $0.rule != nil })
        let json = JSONReport.render(report)
        #expect(json.contains(#""rule": "F5""#) && json.contains(#""rule": "F7""#))
        let xml = XMLReport.render(report)
        #expect(xml.contains(#"rule="F5""#) && schemaProblems(xml).isEmpty, "\(schemaProblems(xml))")
        // Each refusal's list item links one rule, the one it names (its row in the rules table).
        let html = HTMLReport.render(report)
        for f in refusals where f.rule == "F5" || f.rule == "F7" {
            let start = try #require(html.range(of: "<p class=\"msg\">\(f.message)</p>"), "\(f.message)")
            let end = try #require(html.range(of: "</li>", range: start.upperBound..<html.endIndex))
            let item = String(html[start.upperBound..<end.lowerBound])
            let links = item.components(separatedBy: "href=\"#rule-").dropFirst().map { $0.prefix { $0.isNumber } }
            #expect(links.count == 1, "\(f.rule!): \(item)")
            let row = try #require(links.first)
            let rowStart = try #require(html.range(of: "<tr id=\"rule-\(row)\">"))
            let rowEnd = try #require(html.range(of: "</tr>", range: rowStart.upperBound..<html.endIndex))
            #expect(html[rowStart.upperBound..<rowEnd.lowerBound].contains(f.rule!), "\(f.rule!) linked to row \(row)")
        }
    }
}
