import IntakeCatalog
import IntakeFixtures
import IntakeModel
import Testing

@testable import IntakeDecision

/// Session 53, black-box round 62.
@Suite struct Round62Tests {
    /// 人力社保 事项37 (guide 003 line 4234) "治疗后一年内" and 事项46 (line 4664) "违反劳动保障法律的行为发生在2年内的": a time to apply
    /// whose last day is a day off ends on the next working day (民法典 第二百零三条), as the report's own dates are counted.
    /// 国庆节 2025 is 10-01 to 10-08 (国办发明电〔2024〕12号); 2025-03-16 is a Sunday; 2025-07-01 a Tuesday (tester e: a claim on
    /// the first working day after 国庆 was refused).
    @Test(arguments: [
        ("BS-RS-037", "rsTreatmentEndDate", "2024-10-01", "2025-10-09", "2025-10-10"),
        ("BS-RS-037", "rsTreatmentEndDate", "2024-03-16", "2025-03-17", "2025-03-18"),
        ("BS-RS-037", "rsTreatmentEndDate", "2024-07-01", "2025-07-01", "2025-07-02"),
        ("BS-RS-046", "rsViolationDate", "2023-10-03", "2025-10-09", "2025-10-10"),
        ("BS-RS-046", "rsViolationDate", "2023-06-29", "2025-06-30", "2025-07-01"),
        ("BS-RS-046", "rsViolationDate", "2023-07-01", "2025-07-01", "2025-07-02"),
    ])
    func aTimeToApplyEndingOnADayOffEndsOnTheNextWorkingDay(
        code: String, fact: String, event: String, lastDay: String, dayAfter: String
    ) throws {
        var facts = try settledFacts(code)
        facts[fact] = event
        let inTime = try decide(complete(code, facts: facts, submitted: "\(lastDay)T09:30:00+08:00"))
        #expect(inTime.verdict != .refused, "\(lastDay): \(inTime.findings.map(\.message))")
        let late = try decide(complete(code, facts: facts, submitted: "\(dayAfter)T09:30:00+08:00"))
        #expect(late.verdict == .refused, "\(dayAfter): \(late.findings.map(\.message))")
        #expect(late.errors.contains { $0.code == .forbiddenCase && [4234, 4664].contains($0.source?.line) })
    }

    /// 公积金 事项2 补充说明（1） (line 6509) "应与其购房行为发生日间隔一年以上": a year from 29 February 2024 ends on 28 February 2025
    /// (民法典 第二百零二条), 以上 including that day (tester d: refused on 2025-02-28).
    @Test func aYearFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() throws {
        var facts = try settledFacts("BS-GJJ-002")
        facts["gjjHouseTradedTwiceLastYear"] = "true"
        facts["gjjPurchaseDate"] = "2024-02-29"
        let onTheDay = try decide(complete("BS-GJJ-002", facts: facts, submitted: "2025-02-28T09:30:00+08:00"))
        #expect(!onTheDay.findings.contains { $0.code == .forbiddenCase }, "\(onTheDay.findings.map(\.message))")
        let before = try decide(complete("BS-GJJ-002", facts: facts, submitted: "2025-02-27T09:30:00+08:00"))
        #expect(before.verdict == .refused && before.errors.contains { $0.source?.line == 6509 })
    }

    /// 公积金 事项1-6, 8, 9: "③职工配偶参与提取的，提供婚姻关系证明" (line 6462 …) and 6、可否代办 "受托人是委托人配偶的，提供受托人身份证明和委托人
    /// 与受托人婚姻关系证明" (line 6477 …). The spouse who joins and the spouse who files are one person: the certificate under ③
    /// serves (tester d: returned for the agent's marriage proof). A spouse who files without joining still brings it.
    @Test(arguments: [
        ("BS-GJJ-001", "10"), ("BS-GJJ-002", "7"), ("BS-GJJ-003", "7"), ("BS-GJJ-004", "7"), ("BS-GJJ-005", "8"),
        ("BS-GJJ-006", "10"), ("BS-GJJ-008", "8"), ("BS-GJJ-009", "7"),
    ])
    func theSpouseWhoJoinsAndFilesBringsOneMarriageCertificate(code: String, agentsProof: String) throws {
        var facts = try settledFacts(code)
        facts["gjjAgentIsSpouse"] = "true"
        facts["maritalStatus"] = facts["maritalStatus"].map { _ in "已婚" }
        facts["gjjSpouseJoins"] = "true"
        var joins = complete(code, facts: facts)
        joins.agent = commissionedAgent
        joins.documents.removeAll { $0.material == agentsProof }
        #expect(joins.documents.contains { $0.material == "3" })
        let one = try decide(joins)
        #expect(one.verdict.isAcceptance, "\(code): \(one.findings.map(\.message))")
        facts["gjjSpouseJoins"] = "false"
        var files = complete(code, facts: facts)
        files.agent = commissionedAgent
        files.documents.removeAll { $0.material == agentsProof }
        let without = try decide(files)
        #expect(without.verdict == .returned, "\(code): \(without.findings.map(\.message))")
        #expect(without.errors.contains { $0.code == .materialMissing && $0.material == agentsProof })
    }

    /// 公积金 事项7 6、可否代办 (line 6642) "借款人作为申请人需本人到场面签，不可委托任何人办理；…借款人配偶申请签订协议时，借款人无法到场面签的，
    /// 可签订《授权委托书》，委托其配偶代签协议": no agent files for the applicant, the spouse neither (tester d: accepted); the
    /// 《授权委托书》 is asked of a spouse applying for an absent borrower.
    @Test func noAgentSignsTheCommercialLoanAgreement() throws {
        let code = "BS-GJJ-007"
        var facts = try settledFacts(code)
        facts["gjjAgentIsSpouse"] = "true"
        let byTheSpouse = try decide(completeByAgent(code, facts: facts))
        #expect(byTheSpouse.verdict == .refused, "\(byTheSpouse.findings.map(\.message))")
        #expect(byTheSpouse.errors.contains { $0.code == .forbiddenCase && $0.source?.line == 6642 })
        facts["gjjAgentIsSpouse"] = nil
        let itself = try decide(complete(code, facts: facts))
        #expect(itself.verdict.isAcceptance, "\(itself.findings.map(\.message))")
        #expect(!itself.findings.contains { $0.fact == "gjjBorrowerAuthorizesSpouse" })
        facts["gjjBorrowerAuthorizesSpouse"] = "true"
        var absent = complete(code, facts: facts)
        #expect(absent.documents.contains { $0.material == "7" })
        #expect(try decide(absent).verdict.isAcceptance)
        absent.documents.removeAll { $0.material == "7" }
        let noLetter = try decide(absent)
        #expect(noLetter.verdict == .returned && noLetter.errors.contains { $0.material == "7" })
    }

    /// 公积金 事项24-26 申请条件 (lines 6971, 7031, 7087) "（5）借款人、购房人、抵押人（含配偶）应具有完全民事行为能力": a borrower under 16 has
    /// none (民法典 第十七、十八条) (tester d: a 10-year-old was accepted); one of 17 may, the clerk's check.
    @Test(arguments: [("BS-GJJ-024", 6971), ("BS-GJJ-025", 7031), ("BS-GJJ-026", 7087)])
    func aChildIsNoBorrower(code: String, line: Int) throws {
        let facts = try settledFacts(code)
        // Born 2015-01-01: 10 on 2025-07-01. Born 2008-01-01: 17.
        let child = try decide(complete(code, facts: facts).byPerson("210202201501011239"))
        #expect(child.verdict == .refused, "\(child.findings.map(\.message))")
        #expect(child.errors.contains { $0.code == .forbiddenCase && $0.source?.line == line && $0.message.contains("16") })
        let seventeen = try decide(complete(code, facts: facts).byPerson("210202200801011236"))
        #expect(!seventeen.errors.contains { $0.code == .forbiddenCase }, "\(seventeen.findings.map(\.message))")
    }

    /// 人力社保 事项4 (line 2412 "携带报到证（派遣证）"), 事项12 (line 2569 "1.身份证。2.代理手册。3.组织关系介绍信。"), 事项15 (line 2614
    /// "领证通知发布后持身份证至窗口领取"): a person's matters, as their twins 2 and 14 (tester e: a unit was accepted).
    @Test(arguments: [("BS-RS-004", 2412), ("BS-RS-012", 2569), ("BS-RS-015", 2614)])
    func aPersonsMatterRefusesAUnit(code: String, line: Int) throws {
        try expectAUnitRefused(code, line: line)
        let person = try decide(complete(code, facts: try settledFacts(code)))
        #expect(person.verdict.isAcceptance, "\(person.findings.map(\.message))")
    }

    /// 39. 就业困难人员认定 (guide 000 line 1564) "…难以实现就业的登记失业人员", who are registered by 33. 失业登记 (line 1312) "劳动年龄内…的城乡
    /// 劳动者": one under 16 or past the retirement age is refused in every category (tester b: a 70-year-old 残疾人 and a
    /// 14-year-old were accepted); 32. 就业登记 (line 1284) "劳动者" is 16 or older (劳动法 第十五条).
    @Test func aRegisteredUnemployedPersonIsOfWorkingAge() throws {
        var facts = try settledFacts("RS-039")
        facts["hardshipCategory"] = "disabled"
        for (id, refused) in [
            ("210202195501011230", true),  // a man of 70
            ("21020220110101123X", true),  // a boy of 14
            ("210202198501011234", false),  // a man of 40
        ] {
            facts["residentId"] = id
            // At a window: 网上办 serves the near-retirement category only (39.4).
            var app = complete("RS-039", facts: facts).byPerson(id)
            app.channel = "window"
            let d = try decide(app)
            #expect((d.verdict == .refused) == refused, "\(id): \(d.findings.map(\.message))")
            if refused { #expect(d.errors.contains { $0.code == .forbiddenCase && $0.source?.line == 1564 }) }
        }
        let facts32 = try settledFacts("RS-032")
        let child = try decide(complete("RS-032", facts: facts32).byPerson("210202201501011239"))
        #expect(child.verdict == .refused && child.errors.contains { $0.source?.line == 1284 })
        let sixteen = try decide(complete("RS-032", facts: facts32).byPerson("210202200901011233"))
        #expect(sixteen.verdict.isAcceptance, "\(sixteen.findings.map(\.message))")
        #expect(try decide(complete("RS-032", facts: facts32).byUnit()).verdict.isAcceptance)
    }

    /// 合规办事业务指南 70 (guide 004 line 1348) "参保人员登记信息发生变化时,参保单位应当…": the 机关事业养老保险's unit, as SB-066-069,
    /// 072, 074, 076, 078 (tester g: an enterprise was accepted).
    @Test func anEnterpriseIsNoInstitutionFilingItsPensionChange() throws {
        let facts = try settledFacts("SB-070")
        for unit in ["91210200MA0QC4XY37", "92210200MA0QC4XY34"] {
            let d = try decide(complete("SB-070", facts: facts).byUnit(unit))
            #expect(
                d.verdict == .refused && d.errors.contains { $0.source?.line == 1348 }, "\(unit): \(d.findings.map(\.message))")
        }
        #expect(try decide(complete("SB-070", facts: facts).byUnit(aCourt)).verdict.isAcceptance)
    }

    /// 违规禁办事项清单 1 (guide 004 lines 1636-1638) "违规对城镇个体工商户和灵活就业人员以事后追补缴的方式增加缴费年限": a company's 补缴 is its
    /// own workers' arrears, not asked the case (tester g: returned with two questions); a 个体工商户 (92…) is asked.
    @Test func aCompanysArrearsAreNotAskedTheSelfEmployedCase() throws {
        let company = try decide(complete("SB-X01").byUnit())
        #expect(company.verdict.isAcceptance, "\(company.findings.map(\.message))")
        let shop = try decide(complete("SB-X01").byUnit("92210200MA0QC4XY34"))
        #expect(shop.verdict == .returned && shop.errors.contains { $0.code == .factMissing })
        let declared = try decide(
            complete("SB-X01", facts: ["insuredCategory": "flexible-employment", "retroactiveContributionToAddYears": "true"])
                .byUnit())
        #expect(declared.verdict == .refused)
    }

    /// 户籍 事项7 (line 2034) "其他情况，需持户口簿到申请人户籍所在地派出所办理": one whose 户籍 is not in 大连 is refused the 其他情况 (tester
    /// h: accepted), as 事项8; the 有效期满换领、丢失补领、损坏换领 are done anywhere.
    @Test func anIdCardsOtherCasesAreDoneWhereTheHukouIs() throws {
        for (scenario, refused) in [("other", true), ("nearby", false)] {
            var facts = try settledFacts("BS-HJ-007", scenario: scenario)
            facts["hjApplicantHukouInDalian"] = "false"
            let d = try decide(complete("BS-HJ-007", scenario: scenario, facts: facts))
            #expect((d.verdict == .refused) == refused, "\(scenario): \(d.findings.map(\.message))")
            if refused { #expect(d.errors.contains { $0.source?.line == 2034 }) }
        }
    }

    /// 户籍 事项16 (lines 2320-2355) has no 可否代办: an agent is not refused on 事项2's "落户需本人办理" (tester h); a unit is, on
    /// 事项16's own "申请落户人员" (line 2324).
    @Test func aPointsSettlementIsNotRefusedAnAgentOnAnotherMattersLine() throws {
        let facts = try settledFacts("BS-HJ-016")
        let agent = try decide(completeByAgent("BS-HJ-016", facts: facts))
        #expect(!agent.errors.contains { $0.code == .forbiddenCase }, "\(agent.findings.map(\.message))")
        #expect(!agent.findings.contains { $0.source?.line == 1910 })
        try expectAUnitRefused("BS-HJ-016", line: 2324)
    }

    /// 户籍 事项2 and 16 "《大连市户籍管理办法实施细则》申请落户人员的基本材料" (lines 1885, 2324): what 事项1 lists under the same words (lines
    /// 1851-1855); a married applicant brings the 结婚证 (tester h: one file was accepted). 事项2's "在职证明及社会保险缴费明细" (line
    /// 1886) is two documents, as 事项16's.
    @Test(arguments: ["BS-HJ-002", "BS-HJ-016"])
    func aSettlementsBasicMaterialsAreThoseOfTheFirstMatter(code: String) throws {
        var facts = try settledFacts(code)
        facts["maritalStatus"] = "已婚"
        let app = complete(code, facts: facts)
        #expect(app.documents.contains { $0.material == "1.1.3" } && app.documents.contains { $0.material == "1.2.2" })
        #expect(try decide(app).verdict.isAcceptance)
        var without = app
        without.documents.removeAll { $0.material == "1.1.3" || $0.material == "1.2.2" }
        let d = try decide(without)
        #expect(Set(d.errors.filter { $0.code == .materialMissing }.compactMap(\.material)) == ["1.1.3", "1.2.2"])
        #expect(d.errors.first { $0.material == "1.1.3" }?.source?.line == 1853)
    }

    /// 其他 事项27 2.所需材料 (line 12572) "申请人应当履行授权核查家庭经济状况的相关手续": the signed authorisation is filed (tester h).
    @Test func aDestitutePersonAuthorisesTheCheckOfTheFamilysMeans() throws {
        let app = complete("BS-QT-027", facts: try settledFacts("BS-QT-027"))
        #expect(try decide(app).verdict.isAcceptance)
        var without = app
        without.documents.removeAll { $0.material == "5" }
        let d = try decide(without)
        #expect(d.verdict == .returned && d.errors.contains { $0.material == "5" && $0.source?.line == 12572 })
    }

    /// 38. 市级创业孵化平台认定 (guide 000 line 1517): a person or a 个体工商户 (92…) is refused for what it is, and is asked nothing
    /// of the premises (tester b: "如重新申请，须一并填写").
    @Test func anApplicantRefusedForItsIdentifierIsAskedNothing() throws {
        for app in [complete("RS-038").byPerson(), complete("RS-038").byUnit("92210200MA0QC4XY34")] {
            let d = try decide(app)
            #expect(d.verdict == .refused, "\(d.findings.map(\.message))")
            #expect(!d.findings.contains { $0.code == .factMissing }, "\(d.findings.map(\.message))")
        }
    }

    /// An agent with the applicant's own resident id under another name is a record to correct (本人办理的，清单中不填代办人):
    /// whether there is an agent is the correction, so 不可代办 (人力社保 事项17, line 2766) does not refuse meanwhile (tester e).
    /// With the applicant's name too, it is his own application.
    @Test func anAgentRecordToCorrectRefusesNothing() throws {
        let code = "BS-RS-017"
        let facts = try settledFacts(code)
        var app = complete(code, facts: facts).byPerson()
        app.agent = (name: "王五", id: app.idNumber)
        let d = try decide(app)
        #expect(d.verdict == .returned, "\(d.findings.map(\.message))")
        #expect(d.errors.contains { $0.code == .factInvalid && $0.fact == "agent/id" })
        #expect(!d.errors.contains { $0.code == .forbiddenCase })
        app.agent = (name: app.applicantName, id: app.idNumber)
        #expect(try decide(app).verdict.isAcceptance)
        app.agent = commissionedAgent
        #expect(try decide(app).verdict == .refused)
    }

    /// A whole number past 64 bits is told as out of range, not as no whole number (testers a and c).
    @Test func anIntegerTooLargeIsToldSo() throws {
        var facts = try settledFacts("RS-009")
        facts["contributionMonths"] = "99999999999999999999"
        let d = try decide(complete("RS-009", facts: facts))
        let invalid = try #require(d.errors.first { $0.code == .factInvalid && $0.fact == "contributionMonths" })
        #expect(invalid.message.contains("超出可处理的范围"), "\(invalid.message)")
        facts["contributionMonths"] = "twelve"
        let words = try decide(complete("RS-009", facts: facts))
        #expect(words.errors.contains { $0.fact == "contributionMonths" && !$0.message.contains("超出") })
    }

    /// An application dated before the catalog applies its guide is told that the dates are the catalog's, not the guide's
    /// words (testers a and f: 000 and 004 state none).
    @Test func theDatesAGuideIsAppliedFromAreTheCatalogs() throws {
        let d = try decide(complete("SB-005").submittedOn("2008-12-31T09:30:00+08:00"))
        let unknown = try #require(d.errors.first { $0.code == .matterUnknown })
        #expect(unknown.message.contains("本目录用其所依据的办事指南审核2009-01-01 起的申请"), "\(unknown.message)")
    }

    /// 公积金 事项4 ⑤ (line 6549) "套印国家财政部和中国人民解放军票据监制章的军队统一收费票据": the printed seal is among what the clerk checks
    /// on paper (tester d).
    @Test func aReceiptsPrintedSealIsTheClerksToCheck() throws {
        let d = try decide(complete("BS-GJJ-004", facts: try settledFacts("BS-GJJ-004")))
        #expect(d.verdict.isAcceptance)
        let paper = try #require(d.findings.first { $0.detail?.hasPrefix("paper requirements") == true })
        #expect(paper.message.contains("（5）") && paper.message.contains("核验印章"), "\(paper.message)")
    }
}
