import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Session 43: black-box round 38 (职称 and 工勤 guides, the two lists of 000 and 004, the auditor, random draws of 003, 000
/// and 004). Each expectation is the guide's sentence at the line given, not the catalog's reading of it.
@Suite struct Round38Tests {
    func errors(_ d: Decision) -> [String] { d.errors.map { "\($0.code) \($0.material ?? "") \($0.message)" } }

    /// A valid 公民身份号码 (GB 11643-1999) of a man (sequence odd) of 中山区 born on `born` (YYYYMMDD).
    func residentID(born: String, sequence: String = "123") -> String {
        let body = "210202" + born + sequence
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    /// 001 line 1 "2024年大连市职称评审指南", line 20 "网上申报：2024年6月3日—6月28日（卫生系列、中小学教师、中专教师等系列申报时间
    /// 另行通知）", line 22 "…各系列（行业）年度评审例会于11月底前完成": the guide of the 2024 round. A separately noticed series
    /// applying in December 2024 is not bound by the June window; in 2025, or 2029, it applies under that year's guide, not
    /// this one (tester h: accepted in 2029), and is told so, without a date the guide never gives (tester h: "自
    /// 2024-01-01 起施行").
    @Test(arguments: [
        ("2024-12-10T09:30:00+08:00", Verdict.accepted), ("2025-03-01T09:30:00+08:00", .refused),
        ("2029-06-10T09:30:00+08:00", .refused),
    ])
    func theTwentyTwentyFourGuideServesItsOwnRound(submitted: String, verdict: Verdict) throws {
        var facts = try settledFacts("ZC-001")
        facts["separatelyNoticedSeries"] = "true"
        let d = try decide(complete("ZC-001", facts: facts, submitted: submitted))
        #expect(d.verdict == verdict, "\(submitted): \(errors(d))")
        if verdict == .refused {
            let f = try #require(d.findings.first { $0.code == .applicationWindow })
            #expect(f.message.contains("晚于本事项依据的指南的适用期") && !f.message.contains("施行"), "\(f.message)")
        }
    }

    /// 002 附件1 line 125 "三类：…医疗临床辅助服务员（病案员、配膳员、口腔修复工、医用气体工、心电图工）…" and the fact's own prompt "按附件1
    /// 写法": the trade written as the list writes it is on the list (tester h: refused by F1); one not on it still is. Its
    /// brackets typed half-width are the same trade (round 57, tester q: refused).
    @Test(arguments: [
        ("医疗临床辅助服务员（病案员、配膳员、口腔修复工、医用气体工、心电图工）", true), ("医疗临床辅助服务员", true), ("心电图工", true),
        ("医疗临床辅助服务员(病案员、配膳员、口腔修复工、医用气体工、心电图工)", true), ("电工", false),
    ])
    func aTradeWrittenAsTheListWritesItIsOnTheList(trade: String, listed: Bool) throws {
        var facts = try settledFacts("GQ-JS")
        facts["trade"] = trade
        let d = try decide(complete("GQ-JS", facts: facts))
        let refusedForTrade = d.findings.contains { $0.code == .forbiddenCase && $0.message.contains("附件1") }
        #expect(refusedForTrade == !listed, "\(trade): \(errors(d))")
    }

    /// 002 line 61 "原等级《职业资格证书》…等原件（pdf 格式）": the applicant missing it is told the format at once (tester h: learnt
    /// only from a second return, after a JPEG).
    @Test func aMissingMaterialNamesTheFormatTheGuideAsks() throws {
        var facts = try settledFacts("GQ-JS")
        facts["currentGrade"] = "高级工"
        let d = try decide(complete("GQ-JS", facts: facts, omit: ["2"]))
        let missing = try #require(d.findings.first { $0.code == .materialMissing && $0.material == "2" }, "\(errors(d))")
        #expect(missing.message.contains("须为 PDF 文件"), "\(missing.message)")
        // A material the guide gives no format for says none.
        let other = try decide(complete("RS-009", facts: try settledFacts("RS-009"), omit: ["1"]))
        #expect(!other.findings.contains { $0.code == .materialMissing && $0.message.contains("须为") }, "\(errors(other))")
    }

    /// 001 line 70 "提交任现职以来的经历（能力）和业绩成果…证书复印件（原件备验）及证明材料原件": the 报评材料 bound as one book under (3)
    /// still holds 3.2, whose originals are to be seen; the accepted report's paper checks said only "（3）…核验印章或签字"
    /// (tester h).
    @Test func aGroupFiledWholeKeepsItsPartsPaperChecks() throws {
        let none = ["paperRequired", "exceptionalPromotion", "ruralWork", "introducedTalent", "hasHonours"]
        let facts = Dictionary(uniqueKeysWithValues: none.map { ($0, "false") })
        let c = GuideNumberingTests.Case(code: "ZC-001", scenario: "", facts: facts, ids: ["1", "2", "3", "6"])
        let whole = try GuideNumberingTests.decideFiled(c, c.ids)
        #expect(whole.verdict == .accepted, "\(errors(whole))")
        let paper = try #require(whole.findings.first { $0.message.hasPrefix("请核验文件无法显示的纸质要求") })
        #expect(paper.message.contains("（3.2）业绩成果（含于（3））：核验原件，收取复印件"), "\(paper.message)")
        // Filed by its parts, 3.2 is named once, as itself.
        let byParts = try GuideNumberingTests.decideFiled(c, ["1", "2", "3.1", "3.2", "6"])
        let parts = try #require(byParts.findings.first { $0.message.hasPrefix("请核验文件无法显示的纸质要求") })
        #expect(parts.message.contains("（3.2）业绩成果：核验原件") && !parts.message.contains("含于"), "\(parts.message)")
    }

    /// 000 line 1564 "登记失业人员中距法定退休年龄 5 年以内的人员", and 《国务院关于渐进式延迟法定退休年龄的办法》 in force from 2025-01-01:
    /// before it, a man's statutory age was 60 whatever his birth month. Born 1967-07-10, he was 5 years from it on
    /// 2022-07-10 (refused the day before); the delay (8 months for July 1967) refused him until 2023-03-10 (tester l). From
    /// 2025 the delay counts: on 2025-07-01 he is 57, within 5 years of 60 years 8 months.
    @Test(arguments: [
        ("2022-07-09T09:30:00+08:00", Verdict.refused), ("2022-07-10T09:30:00+08:00", .accepted),
        ("2025-07-01T09:30:00+08:00", .accepted),
    ])
    func retirementAgesBeforeTheRaiseAreTheOldOnes(submitted: String, verdict: Verdict) throws {
        var facts = try settledFacts("RS-039")
        #expect(facts["hardshipCategory"] == "near-retirement")
        facts[SampleApplication.residentIdKey] = residentID(born: "19670710")
        let d = try decide(complete("RS-039", facts: facts, submitted: submitted))
        #expect(d.verdict == verdict, "\(submitted): \(errors(d))")
    }

    /// 000 line 1626 "39.3 办理时限：无": the time limit cites its own line (tester l: line 1566, the list of 人员类别, printed as
    /// its 原文); 39.1 (8) starts on line 1586, where 8.3 (丧偶人员 结婚证) is cited, not the fragment "员提供结婚证" of line 1588.
    @Test func rs039CitesItsTimeLimitAndItsItemEightWhereTheyAre() throws {
        let m = matter("RS-039")
        #expect(m.timeLimit(for: "window")?.source?.line == 1626)
        #expect(m.scenarios[0].material("8.3")?.source?.line == 1586)
    }

    /// RS-X01 (000 容缺办理事项清单 2, line 2659) is in no numbered section of the guide: the guide gives it no time limit.
    /// The report said "以指南所述为准：“本文件未给出”", the catalog's remark quoted as the guide's words (tester l).
    @Test func aMatterWithoutATimeLimitInTheGuideIsNotQuotedAsIfItHadOne() throws {
        let d = try decide(complete("RS-X01", facts: try settledFacts("RS-X01")))
        #expect(d.verdict.isAcceptance, "\(errors(d))")
        let rule = try #require(d.rules.first { $0.kind == .timeLimit })
        #expect(rule.outcome == .noDate && rule.text == AppliedRule.timeLimitNotGiven)
        // The item, none of its lines or words: its heading is not a time limit (session 47, tester b).
        #expect(rule.source.item == "容缺办理事项清单 2" && rule.source.line == nil && rule.source.quote == nil, "\(rule.source)")
        // A limit the guide words without a period (RS-028 "及时办结", line 1159) is still quoted.
        let quoted = try decide(complete("RS-028", facts: try settledFacts("RS-028")))
        #expect(quoted.rules.first { $0.kind == .timeLimit }?.text == "及时办结")
    }

    /// 003 退休 事项3 (BS-TX-003) lines 9047-9048: the 灵活就业人员 list's "7.《大连市劳动能力鉴定结论书》、《因病、非因工致残提前退休（职）
    /// 申请表》" names two documents, as the 企业职工 list's "8）" does: one file under 2.7 served both, and the documents filed by
    /// their own numbers were "not materials of this matter" (tester k).
    @Test func theFlexibleWorkersPairsAreTwoDocumentsEach() throws {
        var facts = try settledFacts("BS-TX-003")
        facts["insuredCategory"] = "灵活就业人员"
        facts["txRetirementRoute"] = "因病提前退休"
        let d = try decide(complete("BS-TX-003", facts: facts))
        #expect(d.verdict == .accepted, "\(errors(d))")
        #expect(Set(d.materials.filter { $0.state == .met }.map(\.id)).isSuperset(of: ["2.7.1", "2.7.2", "2.2.1", "2.2.2"]))
        let one = try decide(complete("BS-TX-003", facts: facts, omit: ["2.7.2"]))
        #expect(one.verdict == .returned)
        #expect(one.findings.contains { $0.code == .materialMissing && $0.material == "2.7.2" }, "\(errors(one))")
        #expect(!one.codes.contains(.materialUnknown))
    }

    /// 003 其他 事项21 (BS-QT-021) line 12432 "提交书面申请，填写《重度残疾人护理补贴申请审批表》，并提供居民户口本、身份证、残疾人证…":
    /// the form is a material; an application without it was accepted and one with it told "无需提交" (tester k).
    @Test func theCareAllowanceFormIsAsked() throws {
        let d = try decide(complete("BS-QT-021", facts: try settledFacts("BS-QT-021"), omit: ["5"]))
        let missing = try #require(d.findings.first { $0.code == .materialMissing && $0.material == "5" }, "\(errors(d))")
        #expect(missing.message.contains("重度残疾人护理补贴申请审批表") && missing.source?.line == 12432)
    }

    /// 003 退休 事项5 (BS-TX-005) lines 9110-9112 repeat 事项3's lists word for word: "7.《大连市劳动能力鉴定结论书》、《因病、非因工致残
    /// 提前退休（职）申请表》" (line 9111) and "退休职工本人身份证、户口簿原件及复印件" are two documents each there too (the review).
    @Test func theTwinRetirementMatterSplitsItsPairsAlike() throws {
        var facts = try settledFacts("BS-TX-005")
        facts["insuredCategory"] = "灵活就业人员"
        let d = try decide(complete("BS-TX-005", facts: facts))
        #expect(d.verdict == .accepted, "\(errors(d))")
        let one = try decide(complete("BS-TX-005", facts: facts, omit: ["2.7.2"]))
        #expect(one.findings.contains { $0.code == .materialMissing && $0.material == "2.7.2" }, "\(errors(one))")
        let id = try decide(complete("BS-TX-005", facts: facts, omit: ["2.2.2"]))
        #expect(id.findings.contains { $0.code == .materialMissing && $0.material == "2.2.2" }, "\(errors(id))")
    }

    /// 退休 5's 1.9 (军转干部 两表, line 9110) is optional in that matter ("因病或非因工致残提前退休的不适用"): a part of it filed was
    /// told "本情形无需提交…未作为审核依据", as if its case did not apply, while the whole pair under 1.9 was not.
    @Test func aPartOfAnOptionalPairIsNotCalledUnneeded() throws {
        var facts = try settledFacts("BS-TX-005")
        facts["insuredCategory"] = "企业职工"
        var app = complete("BS-TX-005", facts: facts)
        #expect(matter("BS-TX-005").scenarios[0].material("1.9")?.requirement == .optional)
        app.filePDF(for: "1.9.1")
        let d = try decide(app)
        #expect(d.verdict == .accepted, "\(errors(d))")
        #expect(d.materials.first { $0.id == "1.9.1" }?.state == .met)
        #expect(
            !d.findings.contains { $0.code == .materialUnneeded && ($0.material ?? "").hasPrefix("1.9") },
            "\(d.findings.map(\.message))")
    }

    /// 003 入学 事项15 (BS-RX-015) line 1511 "学校审核材料合格后，受理转学申请，并于三个工作日内答复是否同意接收该生转入": a 转入
    /// is answered within 3 working days (tester o: the report gave no date, quoting the 受理 window of line 1517); line 1508
    /// "材料③④⑤⑥⑦留一套复印件存档": ③'s copy is taken too. A 转出 keeps the window's words, no date.
    @Test func aHighSchoolTransferInIsAnsweredInThreeWorkingDays() throws {
        var facts = try settledFacts("BS-RX-015")
        facts["rxTransferDirection"] = "转入"
        let d = try decide(complete("BS-RX-015", facts: facts, submitted: "2025-09-10T09:30:00+08:00"))
        #expect(d.decisionDue == CalendarDate("2025-09-15"), "\(errors(d))")
        #expect(d.timeLimit?.source?.line == 1511)
        #expect(matter("BS-RX-015").scenarios[0].material("3")?.original == .originalAndCopy)
    }

    /// 003 户籍 事项11 line 2155 "被投靠人（父母或法定监护人）《居民户口簿》、《居民身份证》、婚姻状况证明、.投靠人（子女）…": 2 and 3 are the
    /// parent's, and say so (tester n: "（2）《居民身份证》" read by the child). 公积金 事项28 line 7191 "…《授权委托书》3份" and 户籍 11's
    /// "（需加盖出生落户地派出所户口专用章）" reach the clerk's paper checks; 退休 6's 2.6 (its list is 事项3's, line 9150) is two forms.
    @Test func namesCountsAndSealsTheGuideGives() throws {
        let hj = matter("BS-HJ-011").scenarios[0]
        #expect(hj.material("2")?.name.hasPrefix("被投靠人") == true && hj.material("3")?.name.hasPrefix("被投靠人") == true)
        #expect(matter("BS-GJJ-028").scenarios[0].material("4")?.copies == 3)
        let tx = try #require(matter("BS-TX-006").scenarios[0].material("2.6"))
        #expect(tx.parts.map(\.id) == ["2.6.1", "2.6.2"] && tx.need == .all)
        var facts = try settledFacts("BS-GJJ-028")
        facts["gjjContractEarlyRepaymentTerms"] = facts["gjjContractEarlyRepaymentTerms"] ?? "false"
        var app = complete("BS-GJJ-028", facts: facts)
        app.agent = commissionedAgent
        if !app.documents.contains(where: { $0.material == "4" }) { app.filePDF(for: "4") }
        let d = try decide(app)
        let paper = try #require(d.findings.first { $0.message.hasPrefix("请核验文件无法显示的纸质要求") }, "\(errors(d))")
        #expect(paper.message.contains("《授权委托书》：3 份"), "\(paper.message)")
        // The 户口专用章 of 户籍 11's 12 (line 2180): a seal the clerk checks, although neither 盖章 nor 印章 is said.
        var abroadFacts = try settledFacts("BS-HJ-011")
        abroadFacts["hjDependentChildBornAbroad"] = "true"
        let abroad = try decide(complete("BS-HJ-011", facts: abroadFacts))
        #expect(abroad.verdict == .accepted, "\(errors(abroad))")
        let checks = try #require(abroad.findings.first { $0.message.hasPrefix("请核验文件无法显示的纸质要求") })
        #expect(checks.message.contains("户口专用章）：核验印章"), "\(checks.message)")
    }

    /// 000 RS-005: the ID deferrable, missing, no letter, and the applicant's resident id with a wrong check digit
    /// (`fact-invalid`, found before the rules): the letter is not promised to suffice (round 38's second review).
    @Test func anEarlierErrorKeepsTheLetterFromBeingPromisedToSuffice() throws {
        var facts = try settledFacts("RS-005")
        let good = facts[SampleApplication.residentIdKey] ?? "210202199001011232"
        let last = good.last == "0" ? "1" : "0"
        facts[SampleApplication.residentIdKey] = String(good.dropLast()) + last
        let d = try decide(complete("RS-005", facts: facts, omit: ["3"]))
        #expect(d.verdict == .returned, "\(errors(d))")
        let told = try #require(d.findings.first { $0.code == .commitmentMissing }, "\(errors(d))")
        #expect(!told.message.contains("可先行受理"), "\(told.message)")
    }

    /// 003 其他 事项19 line 12383 "提交书面申请，填写《困难残疾人生活补贴申请审批表》" and 事项20 line 12408 "提出书面申请，并填写助学申请表"
    /// (the applicant then carries it to the school, line 12410): each form is material 6 (the review: 事项21's twins).
    @Test(arguments: [("BS-QT-019", "困难残疾人生活补贴申请审批表", 12383), ("BS-QT-020", "助学申请表", 12408)])
    func theTwinAllowancesAskTheirForms(code: String, form: String, line: Int) throws {
        let d = try decide(complete(code, facts: try settledFacts(code), omit: ["6"]))
        let missing = try #require(d.findings.first { $0.code == .materialMissing && $0.material == "6" }, "\(errors(d))")
        #expect(missing.message.contains(form) && missing.source?.line == line, "\(missing.message)")
        #expect(try decide(complete(code, facts: try settledFacts(code))).verdict == .accepted)
    }

    /// 003 出入境 事项3 line 8723 "4、未满十六周岁的申请人如未办理居民身份证，需提交本人户口簿": 4.1 cites that line, not the 定居
    /// paragraph of line 8741 whose words it quoted (tester k). 004 SB-066 (2) starts on line 1274 "（2）提供有关部门批准撤销、解散、
    /// 合并、改制的法律" (tester m: cited at 1275, the second half).
    @Test func itemsAreCitedWhereTheyStart() throws {
        let crj = matter("BS-CRJ-003")
        let cited = crj.scenarios.compactMap { $0.material("4.1")?.source?.line }
        #expect(!cited.isEmpty && cited.allSatisfy { $0 == 8723 }, "\(cited)")
        #expect(matter("SB-066").scenarios[0].material("2")?.source?.line == 1274)
    }

    /// 004 SB-017 line 302 "且未领取国家规定的基本养老保障待遇的，可按月领取": the question names the wider rule, not only the
    /// refusal list's 城镇职工基本养老保险待遇 (line 1662), which let a 机关事业单位 pensioner through (tester m).
    @Test func theOldAgeAllowanceAsksOfEveryStatutoryPension() throws {
        let fact = try #require(catalog.fact("receivingEmployeePension", of: matter("SB-017")))
        #expect(fact.prompt.contains("国家规定的基本养老保障待遇"), "\(fact.prompt)")
        var facts = try settledFacts("SB-017")
        facts["receivingEmployeePension"] = "true"
        #expect(try decide(complete("SB-017", facts: facts)).verdict == .refused)
    }

    /// 000 容缺办理事项清单 3 (RS-005's 身份证): the letter defers the ID; with the application form missing as well, the
    /// letter alone does not make the application acceptable, and the finding no longer says it would ("可先行受理": tester i).
    @Test func theLetterIsNotPromisedToSufficeWhenMoreIsMissing() throws {
        let facts = try settledFacts("RS-005")
        let deferrable = try decide(complete("RS-005", facts: facts, omit: ["3"]))
        let alone = try #require(deferrable.findings.first { $0.code == .commitmentMissing }, "\(errors(deferrable))")
        #expect(alone.message.hasSuffix("可先行受理并在期限内补交"), "\(alone.message)")
        let more = try decide(complete("RS-005", facts: facts, omit: ["1", "3"]))
        let told = try #require(more.findings.first { $0.code == .commitmentMissing }, "\(errors(more))")
        #expect(told.message.contains("其余缺项仍须补正") && !told.message.contains("可先行受理"), "\(told.message)")
        // Nor does the deferrable material's own finding.
        let id = try #require(more.findings.first { $0.code == .materialMissing && $0.material == "3" })
        #expect(id.message.contains("可在期限内补交") && !id.message.contains("可先行受理"), "\(id.message)")
    }
}
