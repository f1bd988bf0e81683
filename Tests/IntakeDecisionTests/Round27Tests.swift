import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Black-box rounds 27 and 28 (session 36): 不动产, 退休, 车管 of guide 003, guides 000, 001, 002 and 004. Each expectation is the
/// guide's sentence at the line given, not the catalog's reading of it.
@Suite struct Round27Tests {
    /// The outcome of the forbidden case `id` in a decision.
    func outcome(_ d: Decision, _ id: String) -> RuleOutcome? {
        d.rules.first { $0.kind == .forbidden && $0.subject == id }?.outcome
    }

    /// "可否代办：不允许/否" (不动产 事项1 line 5715, 事项3 line 5788, 事项12 line 6057; 殡葬 事项6 line 11854): a person
    /// may not send a proxy; a unit, which can only act through a person, comes through its 经办人 (named as the
    /// manifest's agent), as 不动产 事项6 (line 5869) shows the registry expecting a unit's 受委托人.
    @Test(arguments: [("BS-BDC-001", 5715), ("BS-BDC-003", 5788), ("BS-BDC-012", 6057), ("BS-BZ-006", 11854)])
    func aUnitComesThroughItsStaffWhereAPersonMayNotSendAProxy(code: String, line: Int) throws {
        let facts = try settledFacts(code)
        var unit = complete(code, facts: facts).byUnit()
        unit.agent = commissionedAgent
        let byUnit = try decide(unit)
        #expect(outcome(byUnit, "F-agent") == .doesNotApply, "\(code): \(byUnit.errors.map(\.message))")
        #expect(!byUnit.findings.contains { $0.code == .forbiddenCase && $0.source?.line == line }, "\(code)")
        // An adult sending someone in his place is still refused, by that line.
        var person = complete(code, facts: facts).byPerson("210202199001011232")
        person.agent = commissionedAgent
        let byProxy = try decide(person)
        #expect(byProxy.verdict == .refused, "\(code): \(byProxy.errors.map(\.message))")
        #expect(byProxy.findings.contains { $0.code == .forbiddenCase && $0.source?.line == line }, "\(code)")
    }

    /// 不动产 事项22 (line 6295): "国家有权机关送达人的工作证和执行公务的证明文件。委托其他法院送达的，应当提交委托送达函". A court's own
    /// officer needs no 委托送达函; one delivering for another court does; which it is shows on the officer's 工作证,
    /// so when the clerk has not said, the clerk is asked to check and the bundle is not returned.
    @Test func aCourtsOwnOfficerNeedsNoLetterOfDelegation() throws {
        var facts = try settledFacts("BS-BDC-022")
        facts["bdcSeizingAuthority"] = "人民法院"
        facts["bdcServiceByOtherCourt"] = nil
        var app = complete("BS-BDC-022", facts: facts, omit: ["2", "4", "5"]).byUnit(aCourt)
        app.agent = ("王法警", "210202198001010016")
        let unsaid = try decide(app)
        #expect(unsaid.verdict == .accepted, "\(unsaid.errors.map(\.message))")
        #expect(unsaid.findings.contains { $0.code == .manualCheck && $0.message.contains("委托送达函") })

        facts["bdcServiceByOtherCourt"] = "false"
        var own = complete("BS-BDC-022", facts: facts, omit: ["2", "4", "5"]).byUnit(aCourt)
        own.agent = app.agent
        let byOwn = try decide(own)
        #expect(byOwn.verdict == .accepted, "\(byOwn.errors.map(\.message))")
        #expect(!byOwn.findings.contains { $0.message.contains("委托送达函") })

        facts["bdcServiceByOtherCourt"] = "true"
        var delegated = complete("BS-BDC-022", facts: facts, omit: ["2", "4", "5"]).byUnit(aCourt)
        delegated.agent = app.agent
        let byOther = try decide(delegated)
        #expect(byOther.verdict == .returned)
        #expect(byOther.findings.contains { $0.code == .materialMissing && $0.material == "2" })
    }

    /// 不动产 事项16 所需材料 4) (line 6162): "抵押权人单方申请注销登记的，提交不动产登记证明". Filed under the joint case's number,
    /// the mortgagee is not told that the document is both not needed and missing: the two numbers say their cases.
    @Test func theTwoNumbersOfOneCertificateSayTheirCases() throws {
        var facts = try settledFacts("BS-BDC-016")
        facts["bdcDeregistrationApplicant"] = "抵押权人单方申请"
        let right = try decide(complete("BS-BDC-016", facts: facts))
        #expect(right.verdict == .accepted, "\(right.errors.map(\.message))")
        var app = complete("BS-BDC-016", facts: facts)
        let i = try #require(app.documents.firstIndex { $0.material == "4.3" })
        app.documents[i].material = "4.2"
        let d = try decide(app)
        let unneeded = try #require(d.findings.first { $0.material == "4.2" })
        let missing = try #require(d.findings.first { $0.code == .materialMissing && $0.material == "4.3" })
        #expect(unneeded.message.contains("共同申请"), "\(unneeded.message)")
        #expect(missing.message.contains("单方申请"), "\(missing.message)")
    }

    /// 退休 事项4 1.事项说明 (line 9076): "用人单位（劳动保障代理机构）持相关资料到退休审批窗口申请办理", the words of 事项3
    /// (line 9045) and 事项5 (line 9108): a worker applying himself is refused, as there.
    @Test(arguments: [("BS-TX-003", 9045), ("BS-TX-004", 9076), ("BS-TX-005", 9108)])
    func theEmployerFilesForItsWorker(code: String, line: Int) throws {
        let facts = try settledFacts(code)
        let person = try decide(complete(code, facts: facts).byPerson("210202199001011232"))
        #expect(person.verdict == .refused, "\(code): \(person.errors.map(\.message))")
        #expect(person.findings.contains { $0.code == .forbiddenCase && $0.source?.line == line }, "\(code)")
        let unit = try decide(complete(code, facts: facts).byUnit())
        #expect(!unit.findings.contains { $0.code == .forbiddenCase && $0.source?.line == line }, "\(code)")
    }

    /// 退休 事项6 1.事项说明 (line 9139): "男年满55周岁、女年满45周岁" — the worker's age. A unit filing for its worker
    /// declares the worker's sex and age and is never asked for its own 公民身份号码; a worker filing himself is
    /// judged by his resident id.
    @Test(arguments: [("male", "54", true), ("male", "55", false), ("female", "44", true), ("female", "45", false)])
    func anEarlyRetirementIsJudgedByTheWorkersAge(sex: String, age: String, refused: Bool) throws {
        var facts = try settledFacts("BS-TX-006")
        for name in ["applicantAge", "applicantSex", "applicantBirthDate", SampleApplication.residentIdKey] {
            facts[name] = nil
        }
        facts["txWorkerSex"] = sex
        facts["txWorkerAge"] = age
        let d = try decide(complete("BS-TX-006", facts: facts).byUnit())
        #expect(!d.findings.contains { $0.code == .factMissing }, "\(d.errors.map(\.message))")
        #expect(
            d.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 9139 } == refused,
            "\(sex) \(age): \(d.errors.map(\.message))")
        // Unsaid: the unit is asked the worker's, not its own.
        facts["txWorkerSex"] = nil
        facts["txWorkerAge"] = nil
        let asked = try decide(complete("BS-TX-006", facts: facts).byUnit())
        #expect(Set(asked.findings.filter { $0.code == .factMissing }.compactMap(\.fact)) == ["txWorkerSex", "txWorkerAge"])
    }

    /// 车管 事项21 1、事项说明 (line 8311): "取得校车使用许可应当符合下列条件：①…⑤…". The clerk verifies them: found unmet, the
    /// application is refused; not yet verified, the clerk is asked to and the bundle is not returned.
    @Test func aSchoolBusPlateNeedsThePermitsConditions() throws {
        try expectTheClerksCheck("BS-CG-021", fact: "cgSchoolBusConditionsMet", line: 8311, facts: try settledFacts("BS-CG-021"))
    }

    /// A unit's application whose forbidden case at `line` rests on the clerk's `fact`: unsaid,
    /// accepted with a note for the clerk citing that line; false, refused by it; true, accepted.
    func expectTheClerksCheck(_ code: String, fact: String, line: Int, facts settled: [String: String]) throws {
        var facts = settled
        facts[fact] = nil
        let unsaid = try decide(complete(code, facts: facts).byUnit())
        #expect(unsaid.verdict == .accepted, "\(unsaid.errors.map(\.message))")
        #expect(unsaid.findings.contains { $0.code == .manualCheck && $0.source?.line == line })
        facts[fact] = "false"
        let unmet = try decide(complete(code, facts: facts).byUnit())
        #expect(unmet.verdict == .refused && unmet.findings.contains { $0.code == .forbiddenCase && $0.source?.line == line })
        facts[fact] = "true"
        #expect(try decide(complete(code, facts: facts).byUnit()).verdict == .accepted)
    }

    /// Guide 000 30 (line 1211): "创业带头人为法定劳动年龄范围内的各类劳动者". A 经营实体 applying (round 28: not judged at all)
    /// has its leader's age read by the clerk from material 2, the 法定代表人's 居民身份证: not yet read, a note for the clerk;
    /// outside the working age, refused.
    @Test func aUnitsLeaderIsOfWorkingAge() throws {
        var facts = try settledFacts("RS-030")
        for name in ["applicantAge", "applicantSex", "applicantBirthDate", SampleApplication.residentIdKey] {
            facts[name] = nil
        }
        try expectTheClerksCheck("RS-030", fact: "rsLeaderOfWorkingAge", line: 1211, facts: facts)
    }

    /// Guide 002 二、(二) 3 (line 27): "已取得初级工职业等级资格证书满 5 年或工作年限满 15 年的，可申报中级工". One without 初级工 and
    /// under 15 years fails that one condition: one refusal, not two.
    @Test func oneUnmetConditionIsOneRefusal() throws {
        var facts = try settledFacts("GQ-ZJG")
        facts["entryRoute"] = "常规晋升"
        facts["currentGrade"] = "无"
        facts["lowerCertificateYears"] = "0"
        facts["workYears"] = "14"
        facts["workStartYear"] = "2011"
        let d = try decide(complete("GQ-ZJG", facts: facts, submitted: "2025-07-03T09:30:00+08:00"))
        #expect(d.verdict == .refused, "\(d.errors.map(\.message))")
        #expect(d.findings.filter { $0.code == .forbiddenCase }.count == 1, "\(d.errors.map(\.message))")
    }

    /// Guide 001 (2024年大连市职称评审指南, in force from 2024-01-01) line 20: "网上申报：2024年6月3日—6月28日（卫生系列、
    /// 中小学教师、中专教师等系列申报时间另行通知）". Applied for in 2023, before the guide, the applicant is told that, not
    /// a window the separately noticed series is not bound by.
    @Test func anApplicationBeforeTheGuideIsToldSo() throws {
        var facts = try settledFacts("ZC-001")
        facts["separatelyNoticedSeries"] = "true"
        let d = try decide(complete("ZC-001", facts: facts).submittedOn("2023-03-01T09:30:00+08:00"))
        #expect(d.verdict == .refused)
        let f = try #require(d.findings.first { $0.code == .applicationWindow })
        #expect(
            f.message.contains("早于本事项依据的指南的适用期") && f.message.contains("2024-01-01 至 2024-12-31")
                && !f.message.contains("起施行"), "\(f.message)")
        // Inside the guide's time, the window's words as before.
        facts["separatelyNoticedSeries"] = "false"
        facts["zcProvincialReview"] = "false"
        let late = try decide(complete("ZC-001", facts: facts).submittedOn("2024-07-15T09:30:00+08:00"))
        let g = try #require(late.findings.first { $0.code == .applicationWindow })
        #expect(g.message.contains("不在申报期内") && !g.message.contains("施行"), "\(g.message)")
    }

    /// A fact no rule of the matter reads is ignored with a warning cited by the contract's facts, not by the
    /// matter's opening sentence, which says nothing of it (round 27: GQ-ZJG's "trade", GQ-JS's fact).
    @Test func anUnusedFactIsCitedByTheContract() throws {
        var app = complete("GQ-ZJG", facts: try settledFacts("GQ-ZJG"), submitted: "2025-07-03T09:30:00+08:00")
        app.facts.append(("trade", "汽车驾驶员"))
        let d = try decide(app)
        let f = try #require(d.findings.first { $0.code == .factInvalid && $0.fact == "trade" })
        #expect(f.severity == .warning)
        #expect(
            f.source?.document == SpecCitations.document && f.source?.item == "manifest.xml: fact",
            "\(String(describing: f.source))")
    }
}
