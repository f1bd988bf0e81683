import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Session 47: what black-box round 48 found. Each expectation is the guide's sentence at the line given, not the
/// catalog's reading of it.
@Suite struct Round48Tests {
    func said(_ d: Decision) -> [String] { d.findings.map { "\($0.code) \($0.material ?? "") \($0.message)" } }

    /// Documents joined by 和, 及 or 以及, each asked: a complete application without one of them is returned for it (one
    /// file stood for both). 003 lines 1832, 1838, 6331, 6046, 12192.
    @Test(arguments: [
        ("BS-RX-033", "case-2", ["familyAccompanies": "true"], "3.2"),
        ("BS-RX-033", "case-2", ["familyAccompanies": "true"], "6.2"),
        ("BS-BDC-024", "", [:], "1.2"),
        ("BS-BDC-012", "", ["bdcMortgageType": "最高额抵押权", "bdcPriorDebtIncluded": "true"], "6.2"),
        ("BS-QT-014", "", ["qtSpouseRemarried": "true"], "11.1"),
    ])
    func eachDocumentJoinedByHeIsAsked(_ code: String, _ scenario: String, _ set: [String: String], _ part: String) throws {
        var facts = try settledFacts(code, scenario: scenario.isEmpty ? nil : scenario)
        for (k, v) in set { facts[k] = v }
        let s = scenario.isEmpty ? nil : scenario
        let whole = try decide(complete(code, scenario: s, facts: facts))
        #expect(whole.verdict.isAcceptance, "\(code) \(said(whole))")
        let without = try decide(complete(code, scenario: s, facts: facts, omit: [part]))
        #expect(without.verdict == .returned, "\(code) \(said(without))")
        #expect(without.findings.contains { $0.code == .materialMissing && $0.material == part }, "\(code) \(said(without))")
    }

    /// 003 lines 3899-3900 "（1）窗口业务：即时办结（2）用人单位网上申报业务：2个工作日": an employer online, 2 working days; a person
    /// online, no limit the guide gives (tester a: the employer's for a 灵活就业人员).
    @Test func theEmployersOnlineLimitIsTheEmployers() throws {
        var person = complete("BS-RS-030", facts: try settledFacts("BS-RS-030")).byPerson()
        person.channel = "online"
        let p = try decide(person)
        #expect(p.verdict.isAcceptance, "\(said(p))")
        #expect(p.decisionDue == nil, "\(String(describing: p.decisionDue))")
        #expect(p.rules.first { $0.kind == .timeLimit }?.outcome == .noDate)
        var unit = complete("BS-RS-030", facts: try settledFacts("BS-RS-030")).byUnit()
        unit.channel = "online"
        let u = try decide(unit)
        #expect(u.verdict.isAcceptance, "\(said(u))")
        #expect(u.decisionDue?.description == "2025-07-03", "\(String(describing: u.decisionDue))")
    }

    /// 003 line 6574 "单身的，需现场签署单身声明" and "无房产证明自开具之日起30日内有效": the clerk checks both (testers c and e: accepted
    /// with no word of either); declared not, returned.
    @Test func aSingleRentersDeclarationAndTheProofsDateAreTheClerks() throws {
        var facts = try settledFacts("BS-GJJ-005")
        facts["gjjRentalHousing"] = "商品住房"
        facts["gjjCentralDeposit"] = "false"
        facts["maritalStatus"] = "未婚"
        facts["gjjSingleDeclarationSigned"] = nil
        facts["gjjNoPropertyProofFresh"] = nil
        let silent = try decide(complete("BS-GJJ-005", facts: facts))
        #expect(silent.verdict.isAcceptance, "\(said(silent))")
        let checks = silent.findings.filter { $0.code == .manualCheck && $0.source?.line == 6574 }.map(\.message)
        #expect(checks.contains { $0.contains("单身声明") } && checks.contains { $0.contains("30日内有效") }, "\(said(silent))")
        facts["gjjSingleDeclarationSigned"] = "false"
        let unsigned = try decide(complete("BS-GJJ-005", facts: facts))
        #expect(unsigned.verdict == .returned, "\(said(unsigned))")
    }

    /// 003 line 2179 "房屋所有权人应当提供合法稳定住所证明，并到派出所签署《同意落户意见书》": the clerk checks it (tester e).
    @Test func theOwnersConsentIsSignedAtTheStation() throws {
        var facts = try settledFacts("BS-HJ-011")
        facts["hjNewDistrictRoute"] = "true"
        facts["hjNewDistrictLodging"] = "租赁或借住亲友家中"
        facts["hjOwnerConsentSigned"] = "false"
        let d = try decide(complete("BS-HJ-011", facts: facts))
        #expect(d.verdict == .returned && d.findings.contains { $0.source?.line == 2179 }, "\(said(d))")
        let agent = try #require(matter("BS-HJ-011").forbidden.first { $0.id == "F-agent" })
        #expect(!agent.message.contains("未满16周岁"), "\(agent.message)")
    }

    /// A coded value whose label is the value itself (普兰店, 庄河): the message names it once, never "应填写“庄河”（不写“庄河”…）"
    /// (tester e, sure).
    @Test func aValueThatIsItsOwnLabelIsNamedOnce() throws {
        var facts = try settledFacts("BS-GJJ-005")
        facts["gjjRentalHousing"] = "商品住房"
        facts["gjjCentralDeposit"] = "false"
        facts["gjjDepositOffice"] = "庄河（庄河）"
        let d = try decide(complete("BS-GJJ-005", facts: facts))
        let invalid = try #require(d.findings.first { $0.code == .factInvalid && $0.fact == "gjjDepositOffice" }, "\(said(d))")
        #expect(!invalid.message.contains("不写“庄河”") && !invalid.message.contains("庄河（庄河）、"), "\(invalid.message)")
        #expect(invalid.message.contains("其他办事处（其他）"), "\(invalid.message)")
    }
}
