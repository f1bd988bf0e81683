import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

@testable import IntakeReport

/// Session 45, black-box round 42 (tester e, the clerk reading a report aloud): what the reports show.
@Suite struct Round42ReportTests {
    /// The text report of a refusal reads the reason first, then what else was found, for the record, as the HTML report
    /// does (tester e: a file's `document-type` came first, the refusal's reason second). 000 line 1131: RS-028 refuses a
    /// 失信被执行人.
    @Test func aRefusalsReasonIsReadFirst() throws {
        let m = try #require(sharedCatalog.matter("RS-028", on: CalendarDate("2025-07-01")!))
        var app = ApplicationFactory.complete(
            catalog: sharedCatalog, matter: m, scenario: m.scenarios[0], id: "T-RS-028", submitted: "2025-07-01T09:30:00+08:00",
            facts: [
                ("dishonestDebtor", "true"), ("leftSchoolWithin2Years", "true"), ("graduateEmployedByUnit", "false"),
                ("flexibleEmploymentContributionsPaid", "true"),
            ])
        let i = try #require(app.documents.firstIndex { $0.mediaType == "application/pdf" })
        app.documents[i].mediaType = "image/jpeg"
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-RS-028.zip")
        #expect(report.verdict == .refused, "\(report.findings.map(\.message))")
        let text = TextReport.render(report)
        let reasons = try #require(text.range(of: "不予受理的理由 (why it is refused, 1):"), "\(text)")
        let others = try #require(text.range(of: "其他问题（仅作记录）(other defects found, for the record, 1):"), "\(text)")
        let refusal = try #require(text.range(of: "失信被执行人"))
        let type = try #require(text.range(of: "文件实际类型与声明不符"))
        #expect(reasons.upperBound < refusal.lowerBound && refusal.upperBound < others.lowerBound)
        #expect(others.upperBound < type.lowerBound)
        // The file's type in words, its media type in the detail only (tester e: "声明为 application/pdf").
        #expect(text.contains("声明为 JPEG 图片，实际为 PDF 文件"), "\(text)")
    }
}
