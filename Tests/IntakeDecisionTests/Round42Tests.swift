import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Session 45: what session 44's testers left judged and this session's black-box round 42 found.
/// Each expectation is the guide's sentence at the line given, not the catalog's reading of it.
@Suite struct Round42Tests {
    func errors(_ d: Decision) -> [String] { d.errors.map { "\($0.code) \($0.material ?? "") \($0.message)" } }

    /// 000 line 1351 "残疾人需提供残疾证（可联网协查的除外）": a disabled applicant who says nothing of 联网协查 must bring the
    /// certificate, and is told that no exemption was declared; one who declares it cannot be checked online is outside the
    /// exemption (round 41, tester y: "申请人不属于可免交的情形" was said of an applicant who had declared nothing).
    @Test func anExemptionNotDeclaredIsNotSaidToBeMissed() throws {
        var facts = try settledFacts("RS-034")
        facts["disabled"] = "true"
        facts["disabilityCertificateOnline"] = nil
        let silent = try decide(complete("RS-034", facts: facts, omit: ["4"]))
        let told = try #require(silent.errors.first { $0.code == .materialMissing && $0.material == "4" }, "\(errors(silent))")
        #expect(told.message.contains("未申报属于可免交的情形，须提交；依据：") && !told.message.contains("不属于"), "\(told.message)")
        #expect(told.message.contains("可联网协查的除外"), "\(told.message)")
        facts["disabilityCertificateOnline"] = "false"
        let declared = try decide(complete("RS-034", facts: facts, omit: ["4"]))
        let outside = try #require(declared.errors.first { $0.code == .materialMissing && $0.material == "4" })
        #expect(outside.message.contains("申请人不属于可免交的情形，须提交"), "\(outside.message)")
        facts["disabilityCertificateOnline"] = "true"
        let exempt = try decide(complete("RS-034", facts: facts, omit: ["4"]))
        #expect(!exempt.errors.contains { $0.material == "4" }, "\(errors(exempt))")
    }

    /// 000 lines 1632-1634 "经认定的就业困难人员和参照就业困难人员享受相关政策人员，进行了灵活就业登记后，在大连市足额缴纳社会保险费的人员，可申请就业
    /// 困难人员社会保险补贴": each of the three conditions unmet refuses; none is shown by a file, so the clerk checks each when it is
    /// not declared (tester b: no condition was asked, nobody but a unit refused).
    @Test(arguments: ["rsHardshipRecognized", "rsFlexibleEmploymentRegistered", "rsDalianContributionsInFull"])
    func aHardshipSubsidyRestsOnItsThreeConditions(fact: String) throws {
        var facts = try settledFacts("RS-040")
        #expect(facts[fact] == "true")
        let met = try decide(complete("RS-040", facts: facts))
        #expect(met.verdict == .accepted, "\(errors(met))")
        facts[fact] = "false"
        let unmet = try decide(complete("RS-040", facts: facts))
        #expect(unmet.verdict == .refused, "\(errors(unmet))")
        #expect(unmet.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 1632 }, "\(errors(unmet))")
        facts[fact] = nil
        let silent = try decide(complete("RS-040", facts: facts))
        #expect(silent.verdict == .accepted, "\(errors(silent))")
        #expect(
            silent.findings.contains { $0.code == .manualCheck && $0.detail?.contains(fact) == true },
            "\(silent.findings.map(\.message))")
    }

    /// 004 line 518 "因病或者非因工死亡的且未在服刑期间离退休人员": the deceased is a retiree (tester b: never asked; F-sentence's condition
    /// was read to the applicant as the fragment "且未在服刑期间离退休人员").
    @Test func aFuneralGrantIsARetireesAndSaysSoWhole() throws {
        var facts = try settledFacts("SB-028")
        facts["sbDeceasedRetired"] = "false"
        let d = try decide(complete("SB-028", facts: facts))
        #expect(d.verdict == .refused && d.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 518 })
        let sentence = try #require(matter("SB-028").forbidden.first { $0.id == "F-sentence" })
        #expect(sentence.condition.text == "因病或者非因工死亡的且未在服刑期间离退休人员")
    }

    /// 003 公积金 事项24 line 6976 "①预告登记申请书2份（组合贷款的4份）②预告登记约定1份（组合贷款2份）③商品房买卖合同2份④开发企业营业执照副本复印件" and
    /// line 7001 "《授权委托书》(纯公积金贷款5份，组合贷款6份)": the clerk's paper checks give the numbers, in the guide's words where
    /// the loan decides them (tester a: only 核验原件 was said).
    @Test func theMortgageFormsAreCountedAsTheGuideCountsThem() throws {
        var app = complete("BS-GJJ-024", facts: try settledFacts("BS-GJJ-024"))
        app.agent = commissionedAgent
        app.filePDF(for: "12")
        let d = try decide(app)
        #expect(d.verdict.isAcceptance, "\(errors(d))")
        let checks = try #require(d.findings.first { $0.detail?.hasPrefix("paper requirements") == true })
        for said in [
            "（10.1）预告登记申请书：2 份（组合贷款的 4 份）", "（10.2）预告登记约定：1 份（组合贷款 2 份）", "（10.3）商品房买卖合同（抵押登记用）：2 份",
            "《授权委托书》：纯公积金贷款 5 份，组合贷款 6 份",
        ] {
            #expect(checks.message.contains(said), "\(said) in \(checks.message)")
        }
        let m = matter("BS-GJJ-024").scenarios[0]
        #expect(m.material("10.4")?.original == .copy && m.material("10.5")?.original == .copy)
    }

    /// 003 公积金 事项24-26 5.办理时限 (lines 6997, 7053, 7106) "当事人本人到场，材料（含组合贷款相关材料）齐全的，当日办结贷款申请审批": the same
    /// day when the parties come; an agent's application has no period in the guide (tester a: given the same day).
    @Test(arguments: [("BS-GJJ-024", "12", 6997), ("BS-GJJ-025", "12", 7053), ("BS-GJJ-026", "11", 7106)])
    func theSameDayIsForThePartiesInPerson(code: String, authorization: String, line: Int) throws {
        let facts = try settledFacts(code)
        let inPerson = try decide(complete(code, facts: facts))
        #expect(inPerson.verdict.isAcceptance, "\(errors(inPerson))")
        #expect(dueAndLine(inPerson).date == CalendarDate("2025-07-01") && dueAndLine(inPerson).line == line)
        var app = complete(code, facts: facts)
        app.agent = commissionedAgent
        app.filePDF(for: authorization)
        let byAgent = try decide(app)
        #expect(byAgent.verdict.isAcceptance, "\(errors(byAgent))")
        let rule = try #require(byAgent.rules.first { $0.kind == .timeLimit })
        #expect(byAgent.decisionDue == nil && rule.outcome == .noDate && rule.source.line == line, "\(rule)")
    }

    /// 003 人力社保 事项17 line 2762 "就业培训管理部门于每月15日前集中受理，并在15个工作日内…出具拨付意见": the days run from the month's
    /// collective acceptance and end in an opinion on the payment: no date at acceptance (tester a: due 15 working days after
    /// the application).
    @Test func aTrainingSubsidyHasNoDateAtAcceptance() throws {
        let d = try decide(complete("BS-RS-017", facts: try settledFacts("BS-RS-017")))
        #expect(d.verdict.isAcceptance, "\(errors(d))")
        let rule = try #require(d.rules.first { $0.kind == .timeLimit })
        #expect(d.decisionDue == nil && rule.outcome == .noDate && rule.source.line == 2762, "\(rule)")
    }

    /// 003 户籍 事项13 line 2240 "《居民身份证》（十六周岁以上，收缴）": the clerk's paper checks say the card is collected (tester a: the
    /// card was in no line).
    @Test func aCollectedCardIsSaidToBeCollected() throws {
        let d = try decide(complete("BS-HJ-013", facts: try settledFacts("BS-HJ-013")))
        #expect(d.verdict.isAcceptance, "\(errors(d))")
        let checks = try #require(d.findings.first { $0.detail?.hasPrefix("paper requirements") == true })
        #expect(checks.message.contains("《居民身份证》（收缴）：收缴原件"), "\(checks.message)")
    }

    /// A number filed under a scenario that lacks it names every scenario that has it, with what it is there (tester b: RS-018's
    /// 5, the balance-funding's video, was said to be the apprenticeship's).
    @Test func aNumberOfOtherScenariosNamesThemAll() throws {
        let m = matter("RS-018")
        let holders = m.scenarios.filter { $0.material("5") != nil }
        try #require(holders.count >= 2)
        let filedUnder = try #require(m.scenarios.first { $0.material("5") == nil })
        var app = complete("RS-018", scenario: filedUnder.id, facts: try settledFacts("RS-018", scenario: filedUnder.id))
        app.filePDF(for: "5")
        let d = try decide(app)
        let f = try #require(d.findings.first { $0.code == .materialUnknown && $0.material == "5" }, "\(errors(d))")
        for s in holders {
            #expect(f.message.contains("申请情形“\(s.name)”的“\(s.material("5")?.name ?? "")”"), "\(f.message)")
        }
    }

    /// 001 line 23: those whose window is another notice's (送省评审的，按省规定时间报送) are told the current notice decides, not the old
    /// guide's period, and without a line number inside the sentence (tester c).
    @Test func aLateApplicationIsToldOfTheCurrentNotice() throws {
        let d = try decide(complete("ZC-001", facts: try settledFacts("ZC-001"), submitted: "2025-06-12T09:30:00+08:00"))
        let f = try #require(d.findings.first { $0.code == .applicationWindow }, "\(errors(d))")
        #expect(f.message.contains("按省规定时间报送：亦以当期的指南或通知为准）"), "\(f.message)")
        #expect(!f.message.contains("第 23 行") && !f.message.contains("亦须在指南适用期内"), "\(f.message)")
    }

    /// Due dates before 2024 count the State Council's notices of their years (tester b: 004 line 411 "1个工作日" from Friday
    /// 2022-09-30 was due Monday 2022-10-03, a day of the National Day holiday; 2022's notice: 10月1日至7日放假调休, 10月8日
    /// (星期六) 上班). Counted over a year the calendar holds, nothing is provisional.
    @Test(arguments: [
        ("2022-09-30T09:30:00+08:00", "2022-10-08"), ("2019-09-30T09:30:00+08:00", "2019-10-08"),
        ("2023-09-28T09:30:00+08:00", "2023-10-07"), ("2020-01-23T09:30:00+08:00", "2020-02-03"),
        ("2018-09-28T09:30:00+08:00", "2018-09-29"),
    ])
    func aDueDateBefore2024CountsThatYearsHolidays(submitted: String, due: String) throws {
        let d = try decide(complete("SB-022", facts: try settledFacts("SB-022"), submitted: submitted))
        #expect(d.verdict.isAcceptance, "\(errors(d))")
        #expect(d.decisionDue == CalendarDate(due), "\(submitted)")
        #expect(!d.findings.contains { $0.code == .calendarProvisional }, "\(d.findings.map(\.message))")
    }

    /// 000 line 539 "证书、证件等特殊情况下需用复印件存档的，应由材料制作单位注明复印时间并加盖公章": the seal is a copy's; the originals of
    /// RS-012 are not checked for one (tester b). Line 466 "持查阅人有效证件和所在单位介绍信原件": RS-010's readers show their
    /// certificates (tester b: only the letter's original was named).
    @Test func paperChecksSayWhatTheGuideAsksOfEachPaper() throws {
        let archive = try decide(complete("RS-012", facts: try settledFacts("RS-012")))
        let a = try #require(archive.findings.first { $0.detail?.hasPrefix("paper requirements") == true }, "\(errors(archive))")
        #expect(a.message.contains("（2）档案材料原件：核验原件") && !a.message.contains("印章"), "\(a.message)")
        let reading = try decide(complete("RS-010", facts: try settledFacts("RS-010")))
        let r = try #require(reading.findings.first { $0.detail?.hasPrefix("paper requirements") == true }, "\(errors(reading))")
        #expect(r.message.contains("（1）查阅人有效证件（两名查阅人各一份）：核验原件"), "\(r.message)")
        // 殡葬 事项7 line 11859 "《居民身份证》（十六周岁以上，收缴）", a note of its group: said in its own words (the second review).
        let funeral = try decide(complete("BS-BZ-007", facts: try settledFacts("BS-BZ-007")))
        let b = try #require(funeral.findings.first { $0.detail?.hasPrefix("paper requirements") == true }, "\(errors(funeral))")
        #expect(b.message.contains("收缴：《居民身份证》十六周岁以上，收缴"), "\(b.message)")
        // 车管 事项4 （六）'s 被依法收缴的法律文书 tells of a seizure: the office does not keep it (the review).
        #expect(!matter("BS-CG-004").scenarios.flatMap(\.materials).flatMap(\.flattened).contains { $0.name.contains("收缴）") })
    }

    /// Years that cannot be together are a mistake to correct (fact-invalid, returned), not a case the rules decide (tester
    /// c): 002 line 39 "通过公开招聘方式进入…工作年限满 20 年，从事本工种工作满 10 年" declared as 20 years of work since 2006 in
    /// 2025 (19 whole years at most), or 21 years in the trade within 20 of work; 001 line 14 "其中专业科目学习不少于总学时的三分之二"
    /// with more 专业科目 hours than hours in all.
    @Test func yearsThatCannotBeTogetherAreToBeCorrected() throws {
        /// A 公开招聘 applicant's settled facts with these years.
        func hired(_ code: String, work: String, trade: String, start: String) throws -> [String: String] {
            var facts = try settledFacts(code)
            facts.merge(["entryRoute": "公开招聘", "workYears": work, "tradeYears": trade, "workStartYear": start]) { $1 }
            return facts
        }
        var facts = try hired("GQ-GJG", work: "20", trade: "10", start: "2005")
        let possible = try decide(complete("GQ-GJG", facts: facts))
        #expect(possible.verdict.isAcceptance, "\(errors(possible))")
        facts["workStartYear"] = "2006"
        let early = try decide(complete("GQ-GJG", facts: facts))
        #expect(early.verdict == .returned, "\(errors(early))")
        let f = try #require(early.findings.first { $0.code == .factInvalid && $0.fact == "workYears" }, "\(errors(early))")
        #expect(f.message.contains("不能多于自参加工作年份至申报年份的年数"), "\(f.message)")
        facts["workStartYear"] = "2005"
        facts["tradeYears"] = "21"
        let trade = try decide(complete("GQ-GJG", facts: facts))
        #expect(trade.findings.contains { $0.code == .factInvalid && $0.fact == "tradeYears" }, "\(errors(trade))")
        // The start year's own rule is not decided on years that disagree with it: returned to correct, not refused
        // (the second review: GQ-ZJG 公开招聘 15 years since 2019 was refused by the start-year clause of F7).
        let zjg = try hired("GQ-ZJG", work: "15", trade: "5", start: "2019")
        let contradicted = try decide(complete("GQ-ZJG", facts: zjg))
        #expect(contradicted.verdict == .returned, "\(errors(contradicted))")
        #expect(!contradicted.codes.contains(.forbiddenCase), "\(errors(contradicted))")
        var hours = try settledFacts("ZC-001")
        hours["continuingEducationHours"] = "90"
        hours["professionalSubjectHours"] = "120"
        let zc = try decide(complete("ZC-001", facts: hours))
        #expect(zc.findings.contains { $0.code == .factInvalid && $0.fact == "professionalSubjectHours" }, "\(errors(zc))")
        hours["professionalSubjectHours"] = "90"
        #expect(try decide(complete("ZC-001", facts: hours)).verdict.isAcceptance)
    }
}
