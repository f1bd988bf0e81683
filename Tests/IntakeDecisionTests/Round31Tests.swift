import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Black-box round 31 (session 38): guide 003's 车管 and 不动产 (its per-情形 time limits are in Round30Tests). Each expectation is the guide's sentence at the line given,
/// not the catalog's reading of it. Submitted on Tuesday 2025-07-01.
@Suite struct Round31Tests {
    /// 车管 事项9 (line 7857) "受理完毕一小时内领取证件": due the day it is accepted (there was no due date).
    @Test func aLicenceHandedOverWithinTheHourIsDueThatDay() throws {
        let d = try decide(complete("BS-CG-009", facts: try settledFacts("BS-CG-009")))
        #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
        #expect(dueAndLine(d).date == CalendarDate("2025-07-01") && dueAndLine(d).line == 7857, "\(dueAndLine(d))")
    }

    /// 不动产 事项22 1.事项说明 (line 6292) "嘱托查封的主体应当为人民法院、人民检察院或公安机关等国家有权机关": a unit whose 统一社会信用代码
    /// begins with 9 (GB 32100-2015: registered by 工商, an enterprise's) is refused (a company was accepted without a word; round
    /// 35, tester f: it was left to the clerk, whose answer the code already gives); a court's code (11…) is not questioned.
    @Test func aCompanyOrderingASeizureIsRefused() throws {
        var facts = try settledFacts("BS-BDC-022")
        facts["bdcApplicantIsStateOrgan"] = nil
        func unit(_ id: String) -> SampleApplication { complete("BS-BDC-022", facts: facts).byUnit(id) }
        let company = try decide(unit("91210200MA0QC8H4XM"))
        #expect(company.verdict == .refused, "\(company.errors.map(\.message))")
        #expect(
            company.findings.contains {
                $0.code == .forbiddenCase && $0.source?.line == 6292 && $0.message.contains("不以 1 或 A 开头的单位")
            })
        let court = try decide(unit("11210200001234567F"))
        #expect(court.verdict == .accepted, "\(court.errors.map(\.message))")
        #expect(!court.findings.contains { $0.code == .forbiddenCase })
    }

    /// 不动产 事项24 所需材料 (line 6331) "…委托其他法院送达的，应当提交委托送达函", (line 6332) "人民法院解除查封的，…": the releasing court's
    /// letter, whoever seized (it read the seizing authority: a police seizure released by a court through another court was
    /// accepted without it).
    @Test func aReleaseDeliveredByAnotherCourtBringsTheLetterWhoeverSeized() throws {
        var facts = try settledFacts("BS-BDC-024")
        facts["bdcSeizingAuthority"] = "公安等国家有权机关"
        facts["bdcReleasingAuthority"] = "人民法院"
        facts["bdcServiceByOtherCourt"] = "true"
        func court(_ facts: [String: String]) -> SampleApplication {
            complete("BS-BDC-024", facts: facts, omit: ["2"]).byUnit("11210200001234567F")
        }
        let d = try decide(court(facts))
        #expect(d.verdict == .returned, "\(d.findings.map(\.message))")
        #expect(d.findings.contains { $0.code == .materialMissing && $0.material == "2" && $0.source?.line == 6331 })
        facts["bdcSeizingAuthority"] = nil
        let unsaid = try decide(court(facts))
        #expect(!unsaid.findings.contains { $0.code == .factMissing && $0.fact == "bdcSeizingAuthority" })
    }

    /// 不动产 事项13 8.备注 (line 6084) "自然人抵押不动产的审查隐形共有权": the clerk reviews it for a natural person (told to, where the
    /// review is not recorded); a hidden co-owner who does not agree is refused; whoever files, the mortgagor being the
    /// natural person (round 58, testers b and e: a bank filing was not reviewed; Round58Tests).
    @Test func aNaturalPersonsMortgageIsReviewedForHiddenCoOwners() throws {
        var facts = try settledFacts("BS-BDC-013")
        facts["bdcHiddenCoOwnersAgree"] = nil
        let app = complete("BS-BDC-013", facts: facts)
        #expect(app.applicantKind == "person")
        let unreviewed = try decide(app)
        #expect(unreviewed.verdict == .accepted, "\(unreviewed.errors.map(\.message))")
        #expect(unreviewed.findings.contains { $0.code == .manualCheck && $0.message.contains("隐形共有权") })
        facts["bdcHiddenCoOwnersAgree"] = "false"
        let refused = try decide(complete("BS-BDC-013", facts: facts))
        #expect(refused.verdict == .refused)
        #expect(refused.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 6084 })
        let byUnit = try decide(complete("BS-BDC-013", facts: facts).byUnit("91210200MA0QC8H4XM"))
        #expect(byUnit.verdict == .refused && byUnit.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 6084 })
    }
}
