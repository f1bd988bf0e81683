import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// Session 48: what black-box round 49 found. Each expectation is the guide's sentence at the line given, not the
/// catalog's reading of it.
@Suite struct Round49Tests {
    func said(_ d: Decision) -> [String] { d.findings.map { "\($0.code) \($0.material ?? "") \($0.message)" } }
    static func flat(_ ms: [Material]) -> [Material] { ms.flatMap { [$0] + flat($0.parts) } }

    /// 004 line 378 "（3）遗属和经办人身份证": two people's cards. One scan filed twice under （3） was counted as both with an info
    /// note only, while the same bytes filed as 3.1 and 3.2 were told (tester b). Two different scans under （3） are not.
    @Test func oneScanFiledTwiceUnderAGroupIsTold() throws {
        var app = complete("SB-021", facts: try settledFacts("SB-021")).byPerson()
        app.agent = commissionedAgent
        var rng = SeededRandom(seed: 49)
        let card = SampleDocuments.pdf(size: 20_000, rng: &rng)
        let other = SampleDocuments.pdf(size: 21_000, rng: &rng)
        app.documents.removeAll { $0.material.hasPrefix("3") }
        func filed(_ a: [UInt8], _ b: [UInt8]) throws -> Decision {
            var two = app
            two.documents += [
                SampleDocument(path: "files/3a.pdf", material: "3", bytes: a, mediaType: "application/pdf"),
                SampleDocument(path: "files/3b.pdf", material: "3", bytes: b, mediaType: "application/pdf"),
            ]
            return try decide(two)
        }
        let distinct = try filed(card, other)
        #expect(distinct.verdict.isAcceptance, "\(said(distinct))")
        #expect(!distinct.findings.contains { $0.message.contains("内容完全相同") }, "\(said(distinct))")
        let same = try filed(card, card)
        let told = try #require(same.findings.first { $0.message.contains("内容完全相同") }, "\(said(same))")
        #expect(told.severity == .warning && told.code == .manualCheck)
        #expect(told.message.contains("files/3a.pdf") && told.message.contains("files/3b.pdf"), "\(told.message)")
        #expect(told.message.contains("（3.1）") && told.message.contains("（3.2）"), "\(told.message)")
    }
}

/// Round 49's catalog findings, each from the guide's line.
extension Round49Tests {
    /// 003 line 2326 "2. 成就积分人员的在职证明及社会保险缴费明细": two documents (tester a: one file passed for both).
    @Test func theProofOfEmploymentAndTheContributionRecordAreBothAsked() throws {
        var facts = try settledFacts("BS-HJ-016")
        facts["hjTalentCollective"] = "false"
        let whole = try decide(complete("BS-HJ-016", facts: facts))
        #expect(whole.verdict.isAcceptance, "\(said(whole))")
        let without = try decide(complete("BS-HJ-016", facts: facts, omit: ["1.2.2"]))
        #expect(without.verdict == .returned, "\(said(without))")
        let missing = try #require(without.findings.first { $0.code == .materialMissing && $0.material == "1.2.2" })
        #expect(missing.message.contains("社会保险缴费明细"), "\(missing.message)")
    }

    /// 003 line 11817 "9、如有未尽事宜或特殊情况，可到大连市公证处与承办公证员咨询": advice, not a document (tester e, sure): no
    /// material of the matter says it; the matter's notes do.
    @Test func adviceIsNotAMaterial() throws {
        let m = matter("BS-BZ-006")
        let names = m.scenarios.flatMap { s in Self.flat(s.materials).map(\.name) }
        #expect(!names.contains { $0.contains("未尽事宜") }, "\(names)")
        #expect(m.notes.contains { $0.contains("未尽事宜") }, "\(m.notes)")
    }

    /// 003 line 9047 "…社会保障卡…复印件一份（与身份证复印件复印在一张A4纸），如退休人员没有当地社保中心指定银行的社会保障卡，需提供
    /// 指定银行的储蓄存折或借记卡复印件": the A4 sheet is the card's; a passbook's copy on US Letter is the alternative, and serves
    /// (tester c: returned for the card's A4 rule, its message ending "…储蓄存折或借记卡因此视为未提交").
    @Test func thePassbookCopyIsTheCardsAlternative() throws {
        var facts = try settledFacts("BS-TX-003")
        facts["insuredCategory"] = "企业职工"
        var app = complete("BS-TX-003", facts: facts)
        app.documents.removeAll { $0.material.hasPrefix("1.13") }
        var rng = SeededRandom(seed: 9047)
        let letter = SampleDocuments.pdf(size: 20_000, mediaBox: "[0 0 612 792]", rng: &rng)
        app.documents.append(
            SampleDocument(path: "files/存折.pdf", material: "1.13.2", bytes: letter, mediaType: "application/pdf"))
        let passbook = try decide(app)
        #expect(passbook.verdict.isAcceptance, "\(said(passbook))")
        app.documents[app.documents.count - 1].material = "1.13.1"
        let card = try decide(app)
        #expect(card.verdict == .returned, "\(said(card))")
        let spec = try #require(card.findings.first { $0.code == .documentSpec }, "\(said(card))")
        #expect(spec.message.contains("一张A4纸") && !spec.message.contains("借记卡因此"), "\(spec.message)")
        // Filed under the guide's own number, 13）: checked as the card copy, on one A4 sheet (the review: it passed).
        app.documents[app.documents.count - 1].material = "1.13"
        let underItsNumber = try decide(app)
        #expect(underItsNumber.verdict == .returned, "\(said(underItsNumber))")
        #expect(underItsNumber.findings.contains { $0.code == .documentSpec && $0.material == "1.13" }, "\(said(underItsNumber))")
        app.documents.removeLast()
        let none = try decide(app)
        let missing = try #require(none.findings.first { $0.code == .materialMissing && $0.material == "1.13" })
        #expect(missing.message.contains("储蓄存折或借记卡复印件"), "\(missing.message)")
    }

    /// 003 line 671 "儿童常规预防接种的年龄范围为0-6周岁" and line 673 "从其他接种单位转入的0-6岁儿童": a child of 8 is refused for
    /// each by its own line (tester e: the transfer cited line 671, labelled "1.；2.所须材料").
    @Test(arguments: [("vaccination", 671), ("transfer", 673)])
    func eachScenariosAgeLimitCitesItsLine(_ scenario: String, _ line: Int) throws {
        var facts = try settledFacts("BS-SY-006", scenario: scenario)
        facts["residentId"] = "210202201707010012"
        let d = try decide(complete("BS-SY-006", scenario: scenario, facts: facts).byPerson("210202201707010012"))
        #expect(d.verdict == .refused, "\(said(d))")
        let f = try #require(d.findings.first { $0.code == .forbiddenCase }, "\(said(d))")
        #expect(f.source?.line == line && f.source?.item.contains("；") == false, "\(String(describing: f.source))")
    }

    /// 003 line 1132 "（二）手术休假津贴审核支付业务": the case named once in its materials' citations (tester e: "…（二）手术休假津贴审核
    /// 支付业务 所需材料 （二）手术休假津贴审核支付业务").
    @Test func aCaseIsNamedOnceInItsCitation() throws {
        let m = matter("BS-SY-010")
        let items = m.scenarios.flatMap { s in Self.flat(s.materials).compactMap { $0.source?.item } }
        #expect(!items.isEmpty)
        for item in items {
            let name = "手术休假津贴审核支付业务"
            #expect(item.components(separatedBy: name).count <= 2, "\(item)")
        }
    }
}

extension Round49Tests {
    /// 000 lines 656-658 "…非大连户籍人员除上述证件外，" / "还需提供居住证)。": a sentence a page break cut after a comma; the quote
    /// of 2.11 居住证 holds the words that ask it (tester d: it was the item's first 240 characters, with neither).
    @Test func theResidencePermitsQuoteHoldsItsWords() throws {
        let m = matter("RS-015")
        let permit = try #require(m.scenarios.lazy.compactMap { s in Self.flat(s.materials).first { $0.name == "居住证" } }.first)
        let quote = try #require(permit.source?.quote)
        #expect(quote.contains("非大连户籍人员除上述证件外，还需提供居住证"), "\(quote)")
    }
}

extension Round49Tests {
    /// 000 line 1211 "创业带头人为法定劳动年龄范围内的各类劳动者": refused past retirement or under 16, each saying which (tester b: the
    /// one message said neither, and a clerk could not tell a 60-year-old why).
    @Test(arguments: [("210202194001010018", "已到法定退休年龄"), ("210202201001010010", "未满 16 周岁")])
    func aLeaderOutsideWorkingAgeIsToldWhichBound(_ id: String, _ words: String) throws {
        let d = try decide(complete("RS-030", facts: try settledFacts("RS-030")).byPerson(id))
        #expect(d.verdict == .refused, "\(said(d))")
        let refusals = d.findings.filter { $0.code == .forbiddenCase }.map(\.message)
        #expect(refusals.count == 1 && refusals[0].contains(words), "\(refusals)")
    }

    /// 000 line 817 "⑤不低于 10 次的培训视频资料": the count not given, the clerk checks it; the check is not worded as a way of
    /// applying to correct (tester b: "是否属于须更正申请方式的情形").
    @Test func theVideoCountsCheckIsNotAWayOfApplying() throws {
        var facts = try settledFacts("RS-018", scenario: "balance-funding")
        facts["trainingVideoSessions"] = nil
        let d = try decide(complete("RS-018", scenario: "balance-funding", facts: facts))
        let check = try #require(d.findings.first { $0.message.contains("培训视频") && $0.code != .materialMissing }, "\(said(d))")
        #expect(!check.message.contains("申请方式") && check.message.contains("须退回补正的情形"), "\(check.message)")
    }
}

extension Round49Tests {
    /// A resident id whose check digit is wrong: the applicant is told once to correct the number, and what it is used for;
    /// not asked the birth date, the sex and the age it would give as three more questions (tester b, RS-030).
    @Test func anInvalidIdIsOneQuestionNotFour() throws {
        let d = try decide(complete("RS-030", facts: try settledFacts("RS-030")).byPerson("210202199001011233"))
        #expect(d.verdict == .returned, "\(said(d))")
        let invalid = d.findings.filter { $0.code == .factInvalid }
        #expect(invalid.count == 1 && invalid[0].message.contains("校验码") && invalid[0].message.contains("用于："), "\(said(d))")
        #expect(!d.findings.contains { $0.code == .factMissing }, "\(said(d))")
    }
}

/// Round 50's catalog findings, each from the guide's line.
extension Round49Tests {
    /// 003 lines 4543-4546 "本人持有二代激活的社保卡及下列材料之一：①本人异地户口簿或居/暂住证或房产证。②随配偶或子女居住的，可提供…
    /// ③…可由部队开具" and line 4541 "（本人或其直系/投靠亲属持有异地户口簿或房产证也可）": any one of them, in every case of living
    /// away; the posted employee's ④ alone proves the posting (round 50, tester a: ① of one living with a child was returned).
    @Test(arguments: [
        ("随配偶或子女居住", ["2"], true), ("随军", ["2"], true), ("本人异地居住", ["3.1.1", "3.2"], true),
        ("本人异地居住", ["2"], true), ("随配偶或子女居住", ["3.1.1", "3.2"], true), ("随军", ["4"], true),
        ("随配偶或子女居住", [], false), ("随军", [], false), ("派驻异地工作", ["2"], false),
        // ① whole beside ② in part: ① serves (the review).
        ("随配偶或子女居住", ["2", "3.1.1"], true), ("随军", ["2", "4"], true),
    ])
    func anyOneOfTheListServes(_ relocation: String, _ filed: [String], _ accepted: Bool) throws {
        var facts = try settledFacts("BS-RS-041")
        facts["rsRelocation"] = relocation
        var app = complete("BS-RS-041", facts: facts)
        var rng = SeededRandom(seed: 4541)
        app.documents.removeAll { $0.material != "1" }
        for id in filed {
            app.documents.append(
                SampleDocument(
                    path: "files/\(id).pdf", material: id, bytes: SampleDocuments.pdf(size: 20_000, rng: &rng),
                    mediaType: "application/pdf"))
        }
        let d = try decide(app)
        #expect(d.verdict.isAcceptance == accepted, "\(relocation) \(filed): \(said(d))")
        if accepted && filed.count == 1 { #expect(!d.codes.contains(.materialUnneeded), "\(said(d))") }
        if !accepted && filed.isEmpty {
            // Asked the case's own document (its parts), not ① beside it as a second missing one.
            let missing = d.findings.filter { $0.code == .materialMissing }.compactMap(\.material)
            #expect(!missing.isEmpty && !missing.contains("2"), "\(said(d))")
        }
    }

    /// 002 line 43 "…需经技能人才评价证书全国联网查询系统核查确认有效…退役士兵在部队所取得证书由于涉密在全国联网查询系统无法查询的，经本人
    /// 承诺真实后，可免考申报" / line 45 "可作为依据。": a certificate the system confirmed needs no pledge, nor the question whether it
    /// is an army certificate the system cannot find (tester c: returned); the quote ends the sentence on line 45.
    @Test func aCertificateConfirmedOnlineNeedsNoPledge() throws {
        var facts = try settledFacts("GQ-JS", scenario: "review")
        facts["gqCertificateVerifiedOnline"] = "true"
        facts["gqVeteranArmyCertificate"] = nil
        let d = try decide(complete("GQ-JS", scenario: "review", facts: facts))
        #expect(d.verdict.isAcceptance, "\(said(d))")
        #expect(!d.findings.contains { $0.fact == "gqVeteranArmyCertificate" }, "\(said(d))")
        let pledge = try #require(matter("GQ-JS").scenario("review")?.material("5"))
        #expect(pledge.source?.quote?.hasSuffix("可作为依据。") == true, "\(String(describing: pledge.source?.quote))")
    }

    /// 001 line 8 "凡参加我市经济系列副高级职称评审人员，报卷材料中需提供…经济专业技术资格考试成绩合格证明": the clerk checks the bound volume
    /// holds it (tester c: nothing said); not said of another series.
    @Test func theEconomicsExamProofIsTheClerksCheck() throws {
        var facts = try settledFacts("ZC-001")
        facts["economicsSeries"] = "true"
        facts["titleLevel"] = "副高级"
        facts["examSpecialtyMatches"] = "true"
        facts["zcEconomicsExamProofIncluded"] = nil
        let submitted = "2024-06-20T10:00:00+08:00"
        let unsaid = try decide(complete("ZC-001", facts: facts, submitted: submitted))
        #expect(unsaid.verdict.isAcceptance, "\(said(unsaid))")
        #expect(unsaid.findings.contains { $0.code == .manualCheck && $0.message.contains("经济专业技术资格考试成绩合格证明") })
        facts["zcEconomicsExamProofIncluded"] = "false"
        let missing = try decide(complete("ZC-001", facts: facts, submitted: submitted))
        #expect(missing.verdict == .returned && missing.codes.contains(.applicationCorrection), "\(said(missing))")
        facts["economicsSeries"] = "false"
        facts["zcEconomicsExamProofIncluded"] = nil
        let other = try decide(complete("ZC-001", facts: facts, submitted: submitted))
        #expect(!other.findings.contains { $0.message.contains("经济专业技术资格考试成绩合格证明") }, "\(said(other))")
    }
}

extension Round49Tests {
    /// 003 line 12511 "城镇“三无”人员供养申办包含于特困人员供养申办": the matter to file is named by its code with the catalog loaded for
    /// this one matter only, as `intake check` and the hook load it (tester a: the code was named in a batch run only).
    @Test func theMatterToFileIsNamedWhateverWasLoaded() throws {
        let one = try CatalogLoader(home: repositoryRoot)
            .load(pipeline: repositoryRoot.appendingPathComponent(CatalogLoader.defaultPipeline), only: ["BS-QT-023"])
        #expect(!one.matters.contains { $0.code == "BS-QT-027" })
        let d = try decide(
            bytes: BundleBuilder.bytes(SampleApplication(id: "T-QT-023", matter: "BS-QT-023")), by: Decider(catalog: one))
        let told = try #require(d.findings.first { $0.code == .matterUnknown })
        #expect(told.message.contains("请按事项 BS-QT-027 特困人员供养申办 申请"), "\(told.message)")
    }

    /// 003 line 2295 "本地区内的当场办结；本地区外的，按审批时限办结": the same day only within the area (tester a: every move was
    /// due the day it was filed).
    @Test(arguments: [("true", "2025-07-01"), ("false", nil), (nil, nil)] as [(String?, String?)])
    func aMoveOutOfTheAreaHasNoSameDayLimit(_ within: String?, _ due: String?) throws {
        var facts = try settledFacts("BS-HJ-014")
        facts["hjWithinArea"] = within
        let d = try decide(complete("BS-HJ-014", facts: facts))
        #expect(d.verdict.isAcceptance, "\(said(d))")
        #expect(d.decisionDue?.description == due, "\(String(describing: d.decisionDue))")
    }

    /// 003 line 4547 "④…可提供具备法律效力的文书（劳动合同…）及《大连市参保人员异地安置定点医院申请表》（…加盖职工单位公章）": the 公章 is
    /// the 申请表's; the clerk is not told to check a seal on the 劳动合同 (tester a).
    @Test func thePostingFormsSealIsNotTheContracts() throws {
        var facts = try settledFacts("BS-RS-041")
        facts["rsRelocation"] = "派驻异地工作"
        facts["rsPostedOneYearOrMore"] = "true"
        let d = try decide(complete("BS-RS-041", facts: facts))
        #expect(d.verdict.isAcceptance, "\(said(d))")
        let paper = try #require(d.findings.first { $0.code == .manualCheck && $0.message.contains("（5.2）") }, "\(said(d))")
        let lines = paper.message.split(separator: "；")
        #expect(lines.contains { $0.contains("（5.2）") && $0.contains("印章") }, "\(paper.message)")
        #expect(!lines.contains { $0.contains("（5.1）") && $0.contains("印章") }, "\(paper.message)")
    }
}

extension Round49Tests {
    /// 003 line 12263 note 4: who gave up Chinese nationality brings the 原户口注销手续 and 中国护照, material (7); the 身份证 and
    /// 户口簿's condition pointed at (6), the 复员干部审批表 (round 51, tester a).
    @Test(arguments: ["BS-QT-015", "BS-RS-020"])
    func theCancelledNationalityNoteNamesThePassportsNumber(_ code: String) throws {
        let s = matter(code).scenarios[0]
        let passport = try #require(s.material("7"))
        #expect(passport.name.contains("中国护照"), "\(passport.name)")
        for id in ["1", "2"] {
            let text = try #require(s.material(id)?.condition?.text)
            #expect(text.contains("见（7）") && !text.contains("见 6"), "\(id): \(text)")
        }
    }
}

extension Round49Tests {
    /// 004 lines 1475-1480: a unit reports a 中断缴费 with the 停薪决定 or a 恢复缴费 with the 起薪决定, "申请由相关部门提供后，可不
    /// 提供该文件". Nothing declared, the unit is asked at once whether the department supplies it and which change it reports
    /// (tester b: the second question came only with a second return, the document with a third).
    @Test func aGroupsCaseIsAskedBesideItsExemption() throws {
        var facts = try settledFacts("SB-076")
        for name in ["salaryDecisionSuppliedByDepartment", "transferDocumentsSuppliedByDepartment", "contributionChangeType"] {
            facts[name] = nil
        }
        let d = try decide(complete("SB-076", facts: facts, omit: ["2", "3"]).byUnit(aCourt))
        #expect(d.verdict == .returned, "\(said(d))")
        let asked = Set(d.findings.filter { $0.code == .factMissing }.compactMap(\.fact))
        #expect(
            asked == ["salaryDecisionSuppliedByDepartment", "transferDocumentsSuppliedByDepartment", "contributionChangeType"],
            "\(said(d))")
    }
}

extension Round49Tests {
    /// 003 lines 1470-1478: 入学 事项9's answer lists (1)-(6) the cases that get no 毕业证, then what those students get; the
    /// report's answer stopped after (4) (round 51, tester a).
    @Test func anInformationOnlyAnswerReadsItsListWhole() throws {
        let d = try decide(SampleApplication(id: "T-RX-009", matter: "BS-RX-009"))
        let told = try #require(d.findings.first { $0.code == .matterUnknown })
        #expect(told.message.contains("（6）综合素质评定公民素养为D等者"), "\(told.message)")
    }
}
