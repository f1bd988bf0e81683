import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Black-box round 29 (session 37): 公积金, 个税, 婚姻, 生育, 入学, 户籍 of guide 003. Each expectation is the guide's sentence
/// at the line given, not the catalog's reading of it.
@Suite struct Round29Tests {
    func outcome(_ d: Decision, _ id: String) -> RuleOutcome? {
        d.rules.first { $0.kind == .forbidden && $0.subject == id }?.outcome
    }

    /// 婚姻 事项8 (line 8914): "本人有效的居民身份证（因故不能提交身份证的可以出具有效的临时身份证）".
    @Test func aTemporaryIdentityCardServesForTheMarriageWithAForeigner() throws {
        let facts = try settledFacts("BS-HY-008")
        var app = complete("BS-HY-008", facts: facts)
        let i = try #require(app.documents.firstIndex { $0.material.hasPrefix("1.1") })
        app.documents[i].material = "1.1.2"
        let temporary = try decide(app)
        #expect(temporary.verdict == .accepted, "\(temporary.errors.map(\.message))")
        app.documents.remove(at: i)
        let none = try decide(app)
        #expect(none.verdict == .returned)
        #expect(none.findings.contains { $0.code == .materialMissing && $0.material == "1.1" })
    }

    /// 婚姻 事项6 受理撤销婚姻申请的条件 (一) (line 8888) "婚姻登记处具有管辖权", line 8886 "可以向原办理该结婚登记的机关请求撤销婚姻".
    @Test func aMarriageIsRevokedOnlyWhereItWasRegistered() throws {
        var facts = try settledFacts("BS-HY-006")
        facts["hyOriginalRegistry"] = nil
        let unsaid = try decide(complete("BS-HY-006", facts: facts))
        #expect(unsaid.verdict == .accepted, "\(unsaid.errors.map(\.message))")
        #expect(
            unsaid.findings.contains {
                $0.code == .manualCheck && ($0.message.contains("原办理该结婚登记") || $0.fact == "hyOriginalRegistry")
            })
        facts["hyOriginalRegistry"] = "false"
        let elsewhere = try decide(complete("BS-HY-006", facts: facts))
        #expect(elsewhere.verdict == .refused)
        #expect(elsewhere.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 8888 })
        facts["hyOriginalRegistry"] = "true"
        let here = try decide(complete("BS-HY-006", facts: facts))
        #expect(here.verdict == .accepted, "\(here.errors.map(\.message))")
    }

    /// 公积金 事项6 所需材料 ⑥ (line 6601): "该笔贷款在中国人民银行征信系统的查询结果（个人住房公积金贷款和组合贷款的首次提取除外）".
    @Test func theCreditReportIsWaivedOnlyForAFundLoansFirstExtraction() throws {
        var facts = try settledFacts("BS-GJJ-006")
        facts["gjjFirstFundLoanExtraction"] = "true"
        facts["gjjOverdueFundLoan"] = "false"
        facts["gjjRepaysFundLoan"] = "false"
        let commercial = try decide(complete("BS-GJJ-006", facts: facts, omit: ["6"]))
        #expect(commercial.verdict == .returned)
        #expect(commercial.findings.contains { $0.code == .materialMissing && $0.material == "6" && $0.source?.line == 6601 })
        facts["gjjRepaysFundLoan"] = "true"
        let fund = try decide(complete("BS-GJJ-006", facts: facts, omit: ["6"]))
        #expect(!fund.findings.contains { $0.code == .materialMissing && $0.material == "6" }, "\(fund.errors.map(\.message))")
    }

    /// 公积金 事项29 所需材料 3 (line 7201) "配偶有效身份证件、结婚证" is the spouse-agent's: an agent who is not the spouse is
    /// refused (line 7211 "配偶可代办") and not asked the spouse's papers.
    @Test func anAgentWhoIsNotTheSpouseIsNotAskedTheSpousesPapers() throws {
        var facts = try settledFacts("BS-GJJ-029")
        facts["gjjAgentIsSpouse"] = "false"
        // ③ (line 7201) 配偶有效身份证件、结婚证: two documents, 3.1 and 3.2 (round 35, tester c).
        let papers: Set<String> = ["3", "3.1", "3.2"]
        var app = complete("BS-GJJ-029", facts: facts, omit: papers)
        app.agent = commissionedAgent
        let d = try decide(app)
        #expect(d.verdict == .refused)
        #expect(!d.findings.contains { $0.code == .materialMissing && papers.contains($0.material ?? "") })
        facts["gjjAgentIsSpouse"] = "true"
        var spouse = complete("BS-GJJ-029", facts: facts, omit: papers)
        spouse.agent = commissionedAgent
        let s = try decide(spouse)
        #expect(Set(s.findings.filter { $0.code == .materialMissing }.compactMap(\.material)).isSuperset(of: ["3.1", "3.2"]))
    }

    /// 个税 事项4 注意事项 4 (line 5171): "《纳税人减免税备案登记表》税务机关提供免填单服务，纳税人须签章": the office fills it in.
    @Test(arguments: ["case-1", "case-9"])
    func theTaxOfficeFillsTheReliefForm(scenario: String) throws {
        let facts = try settledFacts("BS-GS-004", scenario: scenario)
        let d = try decide(complete("BS-GS-004", scenario: scenario, facts: facts, omit: ["1"]))
        #expect(d.verdict == .accepted, "\(scenario): \(d.errors.map(\.message))")
        #expect(!d.findings.contains { $0.material == "1" && $0.severity == .error })
    }

    /// 户籍 事项12 (line 2187) 社会福利院收养: the institution files through its staff; line 2221's "十六周岁以上本人到场" is a
    /// person's. It is not asked a person's age.
    @Test func aWelfareInstitutionFilesAnAdoptionThroughItsStaff() throws {
        var facts = try settledFacts("BS-HJ-012")
        facts["hjAdoptionRoute"] = "社会福利院收养"
        facts["applicantAge"] = nil
        facts["applicantBirthDate"] = nil
        var app = complete("BS-HJ-012", facts: facts).byUnit()
        app.agent = commissionedAgent
        let d = try decide(app)
        #expect(!d.findings.contains { $0.code == .factMissing && $0.fact == "applicantAge" }, "\(d.errors.map(\.message))")
        // A correction since round 58 (who files, not a prohibition): the rule of kind correction.
        #expect(d.rules.first { $0.kind == .correction && $0.subject == "F-agent" }?.outcome == .doesNotApply)
    }

    /// 户籍 事项8 (line 2087) "需申请人本人申请和领取，不允许代办", 事项3 (line 1936) "因需采集照片及指纹…本人应到场", 入学 事项22
    /// (line 1657) "落户时因需采集照片及指纹，因此，不能代办": from 16 (户籍 事项7 line 2057, 事项12 line 2221) no one files for the
    /// applicant, guardian or not; under 16 the guardian comes with the child.
    @Test(arguments: [
        ("BS-HJ-008", 2087), ("BS-HJ-003", 1936), ("BS-HJ-004", 1962), ("BS-HJ-009", 2116), ("BS-HJ-011", 2176),
        ("BS-RX-022", 1657), ("BS-RX-023", 1685),
    ])
    func fromSixteenNoOneFilesWhereFingerprintsAreTaken(code: String, line: Int) throws {
        func filed(bornID: String) throws -> Decision {
            var facts = try settledFacts(code)
            facts[SampleApplication.residentIdKey] = bornID
            facts["applicantAge"] = nil
            facts["applicantBirthDate"] = nil
            var app = complete(code, facts: facts)
            app.agent = guardian
            return try decide(app)
        }
        let seventeen = try filed(bornID: "210202200801010014")  // 17 on 2025-07-01
        #expect(seventeen.verdict == .refused, "\(code): \(seventeen.errors.map(\.message))")
        #expect(seventeen.findings.contains { $0.code == .forbiddenCase && $0.source?.line == line }, "\(code)")
        let fifteen = try filed(bornID: "210202201001010010")  // 15 on 2025-07-01
        #expect(outcome(fifteen, "F-agent") == .doesNotApply, "\(code): \(fifteen.errors.map(\.message))")
    }

    /// 入学 事项2 所需材料 (line 1329): the 居住证 of a child without the city's 户籍 is asked with its case in plain words.
    @Test func theResidencePermitIsAskedInWholeWords() throws {
        var facts = try settledFacts("BS-RX-002")
        facts["localHukou"] = "false"
        let d = try decide(complete("BS-RX-002", facts: facts, omit: ["5"]))
        let missing = try #require(d.findings.first { $0.code == .materialMissing && $0.material == "5" })
        #expect(missing.message.contains("非本市户籍适龄儿童入学时"))
        #expect(!missing.message.contains("还要依据"), "\(missing.message)")
    }
}
