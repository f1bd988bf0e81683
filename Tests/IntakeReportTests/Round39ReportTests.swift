import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

@testable import IntakeReport

/// Session 44, black-box round 39: what the reports show.
@Suite struct Round39ReportTests {
    /// 004 SB-043: the 容缺受理承诺书 is the matter's material 2; filed as material="commitment" (the spec's name for the
    /// letter), the evidence table links it to material 2, as the checklist counts it (tester r: the row showed the bare
    /// code `commitment`).
    @Test func aLetterFiledAsCommitmentIsShownAsTheMattersLetter() throws {
        let m = try #require(sharedCatalog.matter("SB-043", on: CalendarDate("2025-07-01")!))
        let letterID = try #require(m.scenarios[0].materials.first { $0.kind == .commitmentLetter }?.id)
        #expect(letterID != "commitment")
        var app = ApplicationFactory.complete(
            catalog: sharedCatalog, matter: m, scenario: m.scenarios[0], id: "T-SB-043", submitted: "2025-07-01T09:30:00+08:00",
            facts: [("workInjuryTreatment", "true")], omit: ["1"], withCommitmentLetter: true)
        let i = try #require(app.documents.firstIndex { $0.material == letterID })
        app.documents[i].material = "commitment"
        let report = try checkBundle(BundleBuilder.bytes(app), name: "T-SB-043.zip")
        #expect(report.verdict == .acceptedDeferred, "\(report.findings.map(\.message))")
        let html = HTMLReport.render(report)
        let row = try #require(
            html.split(separator: "\n").first { $0.contains("<tr id=\"doc-") && $0.contains(app.documents[i].path) })
        let letterRow = try #require(report.materials.firstIndex { $0.id == letterID }) + 1
        #expect(row.contains("<a href=\"#material-\(letterRow)\">（\(letterID)）容缺受理承诺书</a>"), "\(row)")
        #expect(!row.contains("<code>commitment</code>"))
    }

    /// A time limit without a period quotes the guide's words in quotation marks, our gloss outside them (round 41, tester y:
    /// RS-019's "〔注：自财政资金拨付之日起算，受理时不能确定〕" was quoted as the guide's, 000 line 885 "15 个工作日 (财政资金拨付后 15 个
    /// 工作日发放)").
    @Test func aGlossIsNotQuotedAsTheGuides() {
        #expect(
            TextReport.quotedWithGloss("15 个工作日 (财政资金拨付后 15 个工作日发放)〔注：自财政资金拨付之日起算，受理时不能确定〕")
                == "“15 个工作日 (财政资金拨付后 15 个工作日发放)”（注：自财政资金拨付之日起算，受理时不能确定）")
        #expect(TextReport.quotedWithGloss("及时办结") == "“及时办结”")
        #expect(TextReport.quotedWithGloss("A〔注：x〕〔注：y〕") == "“A”（注：x；y）")
    }
}
