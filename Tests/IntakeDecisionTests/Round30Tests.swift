import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Black-box round 30 (session 38): guide 003's 人力社保, 车管, 退休 and 殡葬, guide 000's 档案查阅. Each expectation is the guide's sentence at
/// the line given, not the catalog's reading of it. Submitted on Tuesday 2025-07-01 unless said: 15 working days end on
/// Tuesday 07-22, one on Wednesday 07-02.
@Suite struct Round30Tests {
    /// 人力社保 事项32 5.办理时限 (lines 4029-4035): "（5）城乡居民养老保险转出至城镇职工养老保险：各区办事处城乡养老保险部门收到《联系函》后15个
    /// 工作日办结转出业务" (the 联系函 is in the bundle), "（2）转出至外地事业单位：即时办结". It was due the same day in every case, and
    /// cited line 3982, a line of its materials.
    @Test(arguments: [
        ("城乡转出至城镇职工", "2025-07-22", 4034), ("转出至外地事业单位", "2025-07-01", 4031),
        ("跨省、省辖市转出", "2025-07-01", 4030),
    ])
    func aPensionTransferOutIsDueByItsCase(_ value: String, _ date: String, _ line: Int) throws {
        var facts = try settledFacts("BS-RS-032")
        facts["rsTransferOut"] = value
        let d = try decide(complete("BS-RS-032", facts: facts))
        #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
        #expect(dueAndLine(d).date == CalendarDate(date) && dueAndLine(d).line == line, "\(dueAndLine(d))")
    }

    /// 人力社保 事项31 5.办理时限 (lines 3965-3971): "（1）跨省、省辖市转入：①…在15（跨省）/5（跨省辖市）个工作日内…发出联系函"; "（2）外地事业
    /// 单位转入：本地业务环节即时办结"; "（3）本地事业单位转入：在接收到转移单后30个工作日内" (the 转移单 is not the applicant's to bring: no date).
    /// It had no due date at all.
    @Test(arguments: [
        ("跨省、省辖市转入", "2025-07-22", 3966), ("外地事业单位转入", "2025-07-01", 3967), ("本地事业单位转入", nil, 3968),
    ])
    func aPensionTransferInIsDueByItsCase(_ value: String, _ date: String?, _ line: Int) throws {
        var facts = try settledFacts("BS-RS-031")
        facts["rsTransferIn"] = value
        let d = try decide(complete("BS-RS-031", facts: facts))
        #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
        #expect(dueAndLine(d).date == date.flatMap { CalendarDate($0) }, "\(dueAndLine(d))")
        if date != nil { #expect(dueAndLine(d).line == line, "\(dueAndLine(d))") }
    }

    /// 人力社保 事项1 (line 2374) "到市人才服务中心窗口即时办理"; 事项33 (line 4082) "（1）窗口即时办结" (it cited the heading, line 4081).
    @Test(arguments: [("BS-RS-001", 2374), ("BS-RS-003", 2402), ("BS-RS-033", 4082), ("BS-RS-034", 4136)])
    func anImmediateMatterIsDueTheSameDayAndCitesItsWords(_ code: String, _ line: Int) throws {
        let d = try decide(complete(code, facts: try settledFacts(code)))
        #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
        #expect(dueAndLine(d).date == CalendarDate("2025-07-01") && dueAndLine(d).line == line, "\(dueAndLine(d))")
    }

    /// 车管 事项2: each 情形 has its own "4、办理时限：承诺时限，1个工作日" ((七) line 7452, (九) line 7476); all cited (一)'s, line 7374.
    /// 车管 事项1 (line 7355) "法定时限，2个工作日；承诺时限，1个工作日": due on the 承诺时限, as every other 车管 matter.
    /// Round 31 (tester 2): so do 车管 事项5, 15, 19 ((二) line 7612; (六) 8117; (三) 8237).
    @Test(arguments: [
        ("BS-CG-002", "case-7", 7452), ("BS-CG-002", "case-9", 7476), ("BS-CG-004", "case-5", 7570),
        ("BS-CG-005", "case-2", 7612), ("BS-CG-015", "case-6", 8117), ("BS-CG-019", "case-3", 8237),
    ])
    func aVehicleCaseCitesItsOwnTimeLimit(_ code: String, _ scenario: String, _ line: Int) throws {
        let d = try decide(complete(code, scenario: scenario, facts: try settledFacts(code, scenario: scenario)))
        #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
        #expect(dueAndLine(d).date == CalendarDate("2025-07-02") && dueAndLine(d).line == line, "\(dueAndLine(d))")
    }

    @Test func aVehicleRegistrationIsDueOnTheCentresPromise() throws {
        let d = try decide(complete("BS-CG-001", facts: try settledFacts("BS-CG-001")))
        #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
        #expect(dueAndLine(d).date == CalendarDate("2025-07-02") && dueAndLine(d).line == 7355, "\(dueAndLine(d))")
    }

    /// 退休 事项6 (line 9150) "退休审批材料：同“新增退休人员养老保险待遇核准支付”", whose 社会保障卡 copy is "与身份证复印件复印在一张A4纸"
    /// (line 9047): an A3 page was accepted here and returned in 事项3.
    @Test func theSpecialTradeRetirementsCardCopyIsOnAnA4Sheet() throws {
        var app = complete("BS-TX-006", facts: try settledFacts("BS-TX-006"))
        let k = try #require(app.documents.firstIndex { $0.material == "2.8" })
        var rng = SeededRandom(seed: 9150)
        app.documents[k].bytes = SampleDocuments.pdf(size: 20_000, mediaBox: "[0 0 842 1191]", rng: &rng)
        let a3 = try decide(app)
        #expect(a3.verdict == .returned)
        let f = try #require(a3.findings.first { $0.code == .documentSpec && $0.material == "2.8" })
        #expect(f.message.contains("不是 A4") && f.source?.line == 9047, "\(f.message)")
        app.documents[k].bytes = SampleDocuments.pdf(size: 20_000, mediaBox: "[0 0 595 842]", rng: &rng)
        #expect(try decide(app).verdict == .accepted)
    }

    /// 退休 事项12 (line 11575) "健康体检材料（或近期住院治疗后的出院病历）": the 出院病历 serves alone, and one missing both is told both.
    @Test func aDischargeRecordServesForTheHealthCheck() throws {
        var app = complete("BS-TX-012", facts: try settledFacts("BS-TX-012"))
        let k = try #require(app.documents.firstIndex { $0.material.hasPrefix("2") })
        app.documents[k].material = "2.2"
        let record = try decide(app)
        #expect(record.verdict == .accepted, "\(record.errors.map(\.message))")
        app.documents.remove(at: k)
        let none = try decide(app)
        let f = try #require(none.findings.first { $0.code == .materialMissing && $0.material == "2" })
        #expect(f.message.contains("出院病历") && f.source?.line == 11575, "\(f.message)")
    }

    /// 人力社保 事项20 注1 (line 2883) "外地城镇户籍人员须本人亲自办理…只允许夫妻之间代办，代办时需另外提供结婚证": a non-spouse agent is refused,
    /// and not asked a marriage certificate that cannot exist; a spouse is asked it.
    @Test func aNonSpouseAgentIsRefusedWithoutBeingAskedAMarriageCertificate() throws {
        var facts = try settledFacts("BS-RS-020")
        facts["rsInsuredGroup"] = "外地城镇户籍"
        facts["gjjAgentIsSpouse"] = "false"
        var app = complete("BS-RS-020", facts: facts, omit: ["4.2"])
        app.agent = commissionedAgent
        let stranger = try decide(app)
        #expect(stranger.verdict == .refused)
        #expect(!stranger.findings.contains { $0.material == "4.2" }, "\(stranger.errors.map(\.message))")
        facts["gjjAgentIsSpouse"] = "true"
        var spouse = complete("BS-RS-020", facts: facts, omit: ["4.2"])
        spouse.agent = commissionedAgent
        let asked = try decide(spouse)
        #expect(asked.findings.contains { $0.code == .materialMissing && $0.material == "4.2" })
    }

    /// 殡葬 事项6 二、6 (line 11813) "所有继承人本人必须亲自到公证处办理公证。若不能到场需提供经公证的《委托书》…": an heir who cannot come is
    /// represented under the notarised 委托书; "不能代办" (line 11854) refuses any other agent.
    @Test func anAbsentHeirIsRepresentedUnderANotarisedPowerOfAttorney() throws {
        var facts = try settledFacts("BS-BZ-006")
        facts["bzHeirAbsent"] = "true"
        let absent = try decide(completeByAgent("BS-BZ-006", facts: facts))
        #expect(absent.verdict != .refused, "\(absent.errors.map(\.message))")
        #expect(!absent.findings.contains { $0.code == .forbiddenCase })
        facts["bzHeirAbsent"] = "false"
        let refused = try decide(completeByAgent("BS-BZ-006", facts: facts))
        #expect(refused.verdict == .refused)
        #expect(refused.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 11854 })
    }

    /// 车管 事项21 所需材料 ① (line 8313): "所有人为单位的提交…代理人的身份证…；代理人需提交机动车所有人的书面委托书（所有人为单位的加盖公章）";
    /// 可否代办 否 (line 8387). An individual with an agent is refused and not asked the 委托书; a unit's 代理人 brings it.
    @Test func aSchoolBusOwnersPowerOfAttorneyIsAUnits() throws {
        let facts = try settledFacts("BS-CG-021")
        var person = complete("BS-CG-021", facts: facts, omit: ["1.4"])
        #expect(person.applicantKind == "person")
        person.agent = commissionedAgent
        let refused = try decide(person)
        #expect(refused.verdict == .refused)
        #expect(!refused.findings.contains { $0.material == "1.4" }, "\(refused.errors.map(\.message))")
        let returned = try decide(complete("BS-CG-021", facts: facts, omit: ["1.4"]).byUnit("91210200MA0QC8H4XM"))
        #expect(returned.findings.contains { $0.code == .materialMissing && $0.material == "1.4" })
    }

    /// 000 合规办事业务指南 10.1 (line 466): "查档单位应派两名中共党员前往，持查阅人有效证件…": each of the two 查阅人 shows an ID (one
    /// was accepted). Two files under 1 serve both; one lacks the other's.
    @Test func bothArchiveReadersShowTheirIdentityDocuments() throws {
        var app = complete("RS-010", facts: try settledFacts("RS-010"))
        #expect(try decide(app).verdict == .accepted)
        let first = try #require(app.documents.first { $0.material == "1.1" })
        app.documents.removeAll { $0.material.hasPrefix("1.") }
        var underOne = first
        underOne.material = "1"
        app.documents.append(underOne)
        let one = try decide(app)
        #expect(one.verdict == .returned)
        #expect(
            one.findings.contains {
                $0.code == .materialMissing && $0.material?.hasPrefix("1.") == true && $0.source?.line == 466
            })
        var second = underOne
        second.path = "files/第二名查阅人证件.pdf"
        var rng = SeededRandom(seed: 466)
        second.bytes = SampleDocuments.pdf(size: 21_000, rng: &rng)
        app.documents.append(second)
        let two = try decide(app)
        #expect(two.verdict == .accepted, "\(two.errors.map(\.message))")
    }
}
