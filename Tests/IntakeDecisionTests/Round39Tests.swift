import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Session 44: black-box round 39 (random draws of 003, 000 and 004). Each expectation is the guide's sentence at the
/// line given, not the catalog's reading of it.
@Suite struct Round39Tests {
    func errors(_ d: Decision) -> [String] { d.errors.map { "\($0.code) \($0.material ?? "") \($0.message)" } }

    /// A valid 公民身份号码 of 中山区 born on `born` (YYYYMMDD): a woman (the sequence's last digit even).
    func womansID(born: String) -> String {
        let body = "210202" + born + "124"
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    /// 000 line 1564 "登记失业人员中距法定退休年龄 5 年以内的人员". A woman's statutory age is 50 (女职工) or 55 (女干部), raised from
    /// 2025 by 《国务院关于渐进式延迟法定退休年龄的办法》 (born 1975-01: 50 years 1 month; 55 years 4 months on the 55 table, 1970 on,
    /// one month each four months). Born 1975-01-15, on 2025-07-01 she is 50 years 5 months: past the one, more than 5
    /// years from the other, within 5 years of neither: refused whatever her post, the post undeclared too (tester q:
    /// accepted). Born 1973-06-10 she is past 50 but within 5 years of 55 years 11 months: the post decides, and the
    /// clerk is asked (not refused).
    @Test(arguments: [
        ("19750115", nil, true), ("19750115", "50", true), ("19750115", "55", true), ("19730610", nil, false),
        ("19730610", "55", false), ("19730610", "50", true),
    ])
    func aWomanOutsideTheWindowOnEitherTableIsRefused(born: String, base: String?, refused: Bool) throws {
        var facts = try settledFacts("RS-039")
        #expect(facts["hardshipCategory"] == "near-retirement")
        facts[SampleApplication.residentIdKey] = womansID(born: born)
        facts["femaleRetirementBase"] = base
        let d = try decide(complete("RS-039", facts: facts))
        #expect(d.codes.contains(.forbiddenCase) == refused, "\(born) \(base ?? "-"): \(errors(d))")
        if base == nil && !refused {
            #expect(d.verdict.isAcceptance && d.ruleChecks.contains { $0.message.contains("禁办") }, "\(errors(d))")
        }
    }

    /// 000 line 1586 "（8）单亲抚养未成年人者提供未成年子女户口簿，其中离婚人员提供离婚证、离婚协议或《离婚民事判决书》": the 离婚证 and the
    /// 离婚协议 go together, the 判决书 alone serves. A divorced parent filing neither is told so at once (tester q: "离婚证、离婚协议
    /// 或《离婚民事判决书》，任选其一" read as three choices; the 离婚证 alone was returned again for the 离婚协议).
    @Test func aChoiceOfTwoDocumentsNamesBoth() throws {
        var facts = try settledFacts("RS-039")
        facts["hardshipCategory"] = "single-parent"
        facts["singleParentReason"] = "divorced"
        // At the window: 网上办 takes only the near-retirement category (line 1628, 39.4 温馨提示; F-online).
        var app = complete("RS-039", facts: facts)
        app.channel = "window"
        let full = try decide(app)
        #expect(full.verdict.isAcceptance, "\(errors(full))")
        var without = complete("RS-039", facts: facts, omit: ["8.2.1.1", "8.2.1.2", "8.2.2"])
        without.channel = "window"
        let d = try decide(without)
        let f = try #require(d.findings.first { $0.code == .materialMissing && $0.material == "8.2" }, "\(errors(d))")
        #expect(f.message.contains("以下任选其一：离婚证和离婚协议（均须提交）或《离婚民事判决书》"), "\(f.message)")
        // A choice holding a choice of its own names it as one (003 生育 9 （三） 3: "结婚证（离婚证和协议书或法院判决书或调解书）"):
        // not "…和协议书或法院判决书或调解书（均须提交）", read as all three, nor "任选其一" over the group's name (the reviews).
        let sy = try settledFacts("BS-SY-009", scenario: "case-3")
        let nested = try decide(
            complete("BS-SY-009", scenario: "case-3", facts: sy, omit: ["3.1", "3.2.1", "3.2.2.1", "3.2.2.2", "3.2.2.3"]))
        let g = try #require(nested.findings.first { $0.code == .materialMissing && $0.material == "3" }, "\(errors(nested))")
        #expect(
            g.message.contains("以下任选其一：结婚证或离婚证和协议书、法院判决书、调解书其中之一（均须提交）"), "\(g.message)")
    }

    /// Lines 1586-1588: "…丧偶人" / "员提供结婚证", a page break in the sentence. 8.3 (结婚证) cites line 1586, where the item
    /// starts, and its quote runs through 1588 (tester q: the quote ended "…丧偶人", never naming the 结婚证). 000 lines 804-806
    /// likewise: "（不参加市级鉴定部门组织的鉴" / "定考试的除外)。".
    @Test func aQuoteRunsThroughTheLinesAPageBreakCut() throws {
        let m = matter("RS-039")
        let cite = try #require(m.scenarios[0].material("8.3")?.source)
        #expect(cite.line == 1586)
        #expect(cite.quote?.hasSuffix("丧偶人员提供结婚证") == true, "\(cite.quote ?? "")")
        let quotes = matter("RS-018").scenarios.flatMap { s in s.materials.flatMap(\.flattened).compactMap(\.source) }.filter {
            $0.line == 804
        }
        #expect(!quotes.isEmpty && quotes.allSatisfy { $0.quote?.hasSuffix("鉴定考试的除外)。") == true }, "\(quotes)")
        // A line no page break cut is quoted alone.
        #expect(matter("RS-039").timeLimit(for: "window")?.source?.quote == "39.3 办理时限：无")
    }

    /// The 15 years of an early retirement where a guide states them: 因病 by 004's refusal list (line 1666 "未完全丧失劳动能力或缴费
    /// 未满15年"), 特殊工种 by 003 line 9139 ("申请按特殊工种办理提前退休人员在符合年龄条件、缴纳基本养老保险费满15年（含视同缴费年限）
    /// 的基础上") and 004 line 436. Tester r asked whether line 436, the general sentence on the monthly pension, holds the
    /// 困难国有企业干部 and 企业军转干部 to them too; the review judged not: no guide states it of their early retirement, and
    /// the list names the 15 years for 因病 alone. 179 months refuses the two, not the cadres; 180 refuses none.
    @Test(arguments: [
        ("special-job", true), ("illness", true), ("difficult-soe-cadre", false), ("military-transfer-cadre", false),
    ])
    func fifteenYearsWhereAGuideStatesThem(type: String, held: Bool) throws {
        var facts = try settledFacts("SB-024")
        facts["earlyRetirementType"] = type
        for (months, refused) in [("179", held), ("180", false)] {
            facts["contributionMonths"] = months
            let d = try decide(complete("SB-024", facts: facts))
            let short = d.findings.contains { $0.code == .forbiddenCase && $0.message.contains("缴费未满15年") }
            #expect(short == refused, "\(type) \(months): \(errors(d))")
        }
    }

    /// 003 出入境 事项3 签注（四） lines 8740-8742: "以下情形按下列要求提交材料：大陆居民与台湾居民所生子女申请赴台湾定居且在大陆未办理户籍
    /// 登记的，提交…定居类入台许可证、本人《出生医学证明》、父母双方中作为大陆居民一方的居民身份证。/ 大陆居民赴台湾后取得在台湾定居资格，返回
    /// 大陆办理定居手续的，提交台湾地区居民身份证件及台湾地区居民户籍誊本。" Their lists stand in place of the general one: no 往来台湾通行证 is
    /// asked (tester p: a child never registered on the mainland was returned for it). The general situation still asks it.
    @Test(arguments: [
        ("大陆居民与台湾居民所生子女且在大陆未办理户籍登记", false), ("已取得在台湾定居资格返回大陆办理定居手续", false), ("一般情形", true),
    ])
    func theSettlementSituationsListsStandAlone(situation: String, permitAsked: Bool) throws {
        var facts = try settledFacts("BS-CRJ-003")
        facts["crjTwEndorsement"] = "定居"
        facts["crjTwPermitApplied"] = "false"
        facts["crjTwSettleSituation"] = situation
        let d = try decide(complete("BS-CRJ-003", facts: facts, omit: ["6.4.2"]))
        let asked = d.findings.contains { $0.code == .materialMissing && $0.material == "6.4.2" }
        #expect(asked == permitAsked, "\(situation): \(errors(d))")
        if !permitAsked { #expect(!d.codes.contains(.materialMissing), "\(situation): \(errors(d))") }
    }

    /// 003 lines 8708 and 8837 "一般情况，往来港澳（台湾）通行证的申请6个工作日签发（核查时间不计入办理时限），符合自助签注机申请条件的立等可
    /// 取。": the 6 working days are the 通行证's. An endorsement alone, on a permit held, is given no due date the guide does
    /// not state; the guide's words are quoted (tester p: a 签注-only application was due 2025-07-09).
    @Test(arguments: [
        ("BS-CRJ-003", "crjTwPermitApplied", "crjTwEndorsement", "探亲", 8837),
        ("BS-CRJ-002", "crjHkMoPermitApplied", "crjHkMoEndorsement", "团队旅游", 8708),
    ])
    func anEndorsementAloneHasNoPeriodOfThePermit(code: String, permit: String, endorsement: String, kind: String, line: Int)
        throws
    {
        var facts = try settledFacts(code)
        facts[permit] = "true"
        let withPermit = try decide(complete(code, facts: facts))
        #expect(withPermit.verdict.isAcceptance, "\(errors(withPermit))")
        #expect(dueAndLine(withPermit).date == CalendarDate("2025-07-09") && dueAndLine(withPermit).line == line)
        facts[permit] = "false"
        facts[endorsement] = kind
        let d = try decide(complete(code, facts: facts))
        #expect(d.verdict.isAcceptance, "\(errors(d))")
        let rule = try #require(d.rules.first { $0.kind == .timeLimit })
        #expect(d.decisionDue == nil && rule.outcome == .noDate && rule.source.line == line, "\(rule)")
        #expect(rule.text.contains("立等可取"))
    }

    /// A seal and a signature are told apart in the clerk's paper checks: 户籍 13's 《变更更正申请登记表》"(申请人或监护人签字)"
    /// is checked for its signature, not for "印章或签字" (tester q: RS-018's "加盖印章" was to be checked for a signature too).
    @Test func aSignatureIsCheckedAsASignature() throws {
        let d = try decide(complete("BS-HJ-013", facts: try settledFacts("BS-HJ-013")))
        #expect(d.verdict.isAcceptance, "\(errors(d))")
        let checks = try #require(d.findings.first { $0.detail?.hasPrefix("paper requirements") == true })
        #expect(checks.message.contains("签字)：核验签字") && !checks.message.contains("印章"), "\(checks.message)")
    }

    /// 000 line 819 "不低于 10 次的培训视频资料" is asked of 申领剩余职业培训补贴 (balance-funding) only: the clerk is asked to count
    /// the sessions there, and nowhere else (tester q: a single PDF passed with no word of the ten sessions).
    @Test(arguments: ["apprenticeship", "advance-funding", "balance-funding"])
    func theTenSessionsAreCountedWhereTheGuideAsksThem(scenario: String) throws {
        var facts = try settledFacts("RS-018", scenario: scenario)
        facts["trainingVideoSessions"] = nil
        let d = try decide(complete("RS-018", scenario: scenario, facts: facts))
        #expect(d.verdict.isAcceptance, "\(scenario): \(errors(d))")
        let asked = d.findings.contains { $0.message.contains("培训视频") || $0.fact == "trainingVideoSessions" }
        #expect(asked == (scenario == "balance-funding"), "\(scenario): \(d.findings.map(\.message))")
    }
}
