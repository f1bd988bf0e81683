import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Session 46: what black-box rounds 44 and 45 found. Each expectation is the guide's sentence at the line given, not the
/// catalog's reading of it.
@Suite struct Round44Tests {
    func said(_ d: Decision) -> [String] { d.findings.map { "\($0.code) \($0.material ?? "") \($0.message)" } }

    /// The material-unknown finding of a complete application of `scenario` with a file more, under `number`.
    func unknownNumber(_ code: String, scenario: String, filing number: String) throws -> Finding {
        var app = complete(code, scenario: scenario, facts: try settledFacts(code, scenario: scenario))
        app.filePDF(for: number)
        let d = try decide(app)
        return try #require(d.findings.first { $0.code == .materialUnknown }, "\(said(d))")
    }

    /// 000 line 571 "申请档案转递的条件：(1) 档案在大连市就业和人才服务中心存放；(2) 存档人申请办理档案转出": the holder applies for a
    /// 个人存档 transfer; a unit is refused (tester b: accepted). The 单位委托集体存档 case is not refused by it.
    @Test func aPersonalArchiveIsTransferredAtItsHoldersRequest() throws {
        let facts = try settledFacts("RS-013", scenario: "transfer-individual")
        let person = try decide(complete("RS-013", scenario: "transfer-individual", facts: facts).byPerson())
        #expect(person.verdict.isAcceptance, "\(said(person))")
        let unit = try decide(complete("RS-013", scenario: "transfer-individual", facts: facts).byUnit())
        #expect(unit.verdict == .refused, "\(said(unit))")
        #expect(unit.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 571 }, "\(said(unit))")
        let collective = try decide(
            complete(
                "RS-013", scenario: "transfer-collective", facts: try settledFacts("RS-013", scenario: "transfer-collective")
            )
            .byUnit())
        #expect(!collective.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 571 }, "\(said(collective))")
    }

    /// 000 line 2644 "档案关键材料缺失且无法补充，不符合档案接收标准的": only the centre, examining the sealed archive, can tell; a
    /// complete application is not returned for the applicant's want of an answer (tester b: fact-missing, returned).
    @Test func anArchivesKeyMaterialsAreTheCentresToJudge() throws {
        var facts = try settledFacts("RS-013", scenario: "receive")
        facts["archiveKeyMaterialsIrreparable"] = nil
        let silent = try decide(complete("RS-013", scenario: "receive", facts: facts))
        #expect(silent.verdict.isAcceptance, "\(said(silent))")
        #expect(!silent.findings.contains { $0.code == .factMissing }, "\(said(silent))")
        #expect(
            silent.findings.contains { $0.code == .manualCheck && $0.detail?.contains("archiveKeyMaterialsIrreparable") == true },
            "\(said(silent))")
        facts["archiveKeyMaterialsIrreparable"] = "true"
        let irreparable = try decide(complete("RS-013", scenario: "receive", facts: facts))
        #expect(irreparable.verdict == .refused && irreparable.findings.contains { $0.source?.line == 2644 })
    }

    /// 003 line 8396 "审验时，应当提交县级或者部队团级以上医疗机构出具的有关身体条件的证明", a certificate the 所需材料 (line 8400) do not
    /// list and no 联网核查 waives (tester a: accepted without a word of it): the clerk checks it; shown not, returned.
    @Test func aSchoolBusDriversReviewWantsTheDoctorsCertificateSeen() throws {
        var facts = try settledFacts("BS-CG-022")
        facts["cgSchoolBusMedicalProofShown"] = nil
        let silent = try decide(complete("BS-CG-022", facts: facts))
        #expect(silent.verdict.isAcceptance, "\(said(silent))")
        #expect(
            silent.findings.contains { $0.code == .manualCheck && $0.source?.line == 8396 && $0.message.contains("身体条件的证明") },
            "\(said(silent))")
        facts["cgSchoolBusMedicalProofShown"] = "false"
        let without = try decide(complete("BS-CG-022", facts: facts))
        #expect(without.verdict == .returned, "\(said(without))")
        #expect(without.findings.contains { $0.severity == .error && $0.source?.line == 8396 })
    }

    /// 003 line 1853 "达到法定结婚年龄人员：未婚的须在办理部门使用的《个人未婚声明》上签字承诺": signed at the window; a 35-year-old
    /// unmarried man had no word of it (tester c). Said to the clerk; declared unsigned, returned; not of a married man.
    @Test func anUnmarriedApplicantSignsTheDeclarationAtTheWindow() throws {
        var facts = try settledFacts("BS-HJ-001")
        facts["maritalStatus"] = "未婚"
        facts["hjUnmarriedDeclarationSigned"] = nil
        let single = try decide(complete("BS-HJ-001", facts: facts).byPerson("210202199001011232"))
        #expect(single.verdict.isAcceptance, "\(said(single))")
        #expect(
            single.findings.contains { $0.code == .manualCheck && $0.source?.line == 1853 && $0.message.contains("个人未婚声明") },
            "\(said(single))")
        facts["hjUnmarriedDeclarationSigned"] = "false"
        let unsigned = try decide(complete("BS-HJ-001", facts: facts).byPerson("210202199001011232"))
        #expect(unsigned.verdict == .returned, "\(said(unsigned))")
        facts["hjUnmarriedDeclarationSigned"] = nil
        facts["maritalStatus"] = "已婚"
        var married = complete("BS-HJ-001", facts: facts).byPerson("210202199001011232")
        married.filePDF(for: "1.1.3")
        let m = try decide(married)
        #expect(!m.findings.contains { $0.source?.line == 1853 && $0.message.contains("个人未婚声明") }, "\(said(m))")
    }

    /// 003 line 4486 "（1）本人身份证原件及复印件（他人代办须同时提供代办人身份证原件）": the group (1) is named 本人身份证 as its part 1.1; a
    /// file filed under (1) is that card, and only the agent's is missing (tester a: 缺少材料：（1.1）本人身份证 beside it).
    @Test func aFileUnderAGroupNamedAsOneOfItsPartsIsThatPart() throws {
        var app = complete("BS-RS-040", facts: try settledFacts("BS-RS-040"))
        app.agent = commissionedAgent
        let i = try #require(app.documents.firstIndex { $0.material == "1.1" }, "\(app.documents.map(\.material))")
        app.documents[i].material = "1"
        app.documents.removeAll { $0.material == "1.2" }
        let d = try decide(app)
        #expect(d.verdict == .returned, "\(said(d))")
        let missing = d.findings.filter { $0.code == .materialMissing }.compactMap(\.material)
        #expect(missing == ["1.2"], "\(said(d))")
        #expect(d.findings.contains { $0.code == .manualCheck && $0.message.contains("已按同名的（1.1）本人身份证计") }, "\(said(d))")
    }

    /// 003 line 9045 "用人单位（或劳动保障代理机构）持相关资料…" and 9047 "（1）企业职工：…退休职工本人身份证": the category is the retiree's, and
    /// the unit files: the question asks of the insured, not of the applicant (tester c: "申请人以何种身份参加社会保险？").
    @Test func theInsuredCategoryIsAskedOfTheInsured() throws {
        var facts = try settledFacts("BS-TX-003")
        facts["insuredCategory"] = nil
        let d = try decide(complete("BS-TX-003", facts: facts))
        let question = try #require(d.findings.first { $0.code == .factMissing && $0.fact == "insuredCategory" }, "\(said(d))")
        #expect(question.message.contains("参保人员（申请人本人，或为之申请的退休、死亡人员）以何种身份参加社会保险"), "\(question.message)")
        #expect(!question.message.contains("申请人以何种身份"))
    }

    /// 004 line 321's 告知承诺制承诺书 filed as the deferral letter where nothing is deferrable: told which number it belongs under
    /// (tester c: "无需提交" beside （2）'s 缺少材料 read as no pledge needed).
    @Test func aPledgeFiledAsTheDeferralLetterIsToldItsNumber() throws {
        var app = complete("SB-018", facts: try settledFacts("SB-018"))
        let i = try #require(app.documents.firstIndex { $0.material == "2" }, "\(app.documents.map(\.material))")
        app.documents[i].material = "commitment"
        let d = try decide(app)
        let unneeded = try #require(
            d.findings.first { $0.code == .materialUnneeded && $0.material == "commitment" }, "\(said(d))")
        #expect(unneeded.message.contains("请按其材料编号（2）标注"), "\(unneeded.message)")
    }

    /// A number of another scenario of the matter is not "不是本事项所需材料" (tester b: RS-013's 6 is the matter's, in the
    /// 单位委托集体存档 case).
    @Test func aNumberOfAnotherScenarioIsSaidToBeNotThisScenarios() throws {
        let unknown = try unknownNumber("RS-013", scenario: "receive", filing: "6")
        #expect(unknown.message.contains("申请情形“档案的接收”所需材料；该编号为申请情形“档案的转递：单位委托集体存档”"), "\(unknown.message)")
    }

    /// 003 line 6356 "委托查询的，应当提交授权委托书和代理人的身份证明材料" and "本单位出具的协助查询材料和工作人员的工作证和执行公务的证明
    /// 文件原件": documents joined by 和, each to be brought (tester a: one file stood for all of them). A 国家机关's staff
    /// member brings its own papers (4), no 授权委托书 (round 63, tester a); an agent of a 权利人 brings 5.
    @Test(arguments: [("国家机关", ["4.1", "4.2", "4.3"]), ("权利人", ["5.1", "5.2"])])
    func eachDocumentJoinedByHeIsAskedFor(inquirer: String, parts: [String]) throws {
        var facts = try settledFacts("BS-BDC-026")
        facts["bdcInquirer"] = inquirer
        // A 国家机关 is a unit (a court), its staff member its agent.
        var app = completeByAgent("BS-BDC-026", facts: facts)
        if inquirer == "国家机关" { app = app.byUnit(aCourt) }
        let d = try decide(app)
        #expect(d.verdict.isAcceptance, "\(said(d))")
        for part in parts {
            var without = app
            without.documents.removeAll { $0.material == part }
            let missing = try decide(without)
            #expect(missing.verdict == .returned, "\(part): \(said(missing))")
            #expect(missing.findings.contains { $0.code == .materialMissing && $0.material == part }, "\(part): \(said(missing))")
        }
    }

    /// 000 line 656, 15.1 (1) ②人员类别材料: ten categories of trainee, each with its own proof (2.1-2.10), two of them 毕业证 (2.2,
    /// 2.6): the question of the category names each use by its number and counts ten (tester b: "材料“毕业证”…等 9 项").
    @Test func aQuestionCountsEachMaterialItDecides() throws {
        var facts = try settledFacts("RS-015", scenario: "individual")
        facts["trainingCategory"] = nil
        let proofs = Set((1...10).map { "2.\($0)" })
        let d = try decide(complete("RS-015", scenario: "individual", facts: facts, omit: proofs))
        let asked = try #require(d.findings.first { $0.code == .factMissing && $0.fact == "trainingCategory" }, "\(said(d))")
        #expect(asked.message.contains("材料（2.2）毕业证的提交条件") && asked.message.hasSuffix("等 10 项"), "\(asked.message)")
    }

    /// The clerk's paper checks of an accepted application, as one message.
    func paperChecks(_ d: Decision) -> String {
        d.findings.first { $0.detail?.hasPrefix("paper requirements") == true }?.message ?? ""
    }

    /// Round 45, tester e: 003 line 12408 "…孤独症鉴定报告、银行卡等要件原件及复印件" (其他 事项20 (5)); line 9149 "⑧补充原始资料的原件
    /// （如工资单）、复印件（加盖…公章…）" (退休 事项6 1.8); line 640 "（6）…相关的社会调查情况2份以上" (生育 事项5): the paper checks
    /// said no original of the first two and "2 份" of the third.
    @Test func thePaperChecksSayTheOriginalsAndTheLeastNumber() throws {
        var autism = try settledFacts("BS-QT-020")
        autism["qtAutism"] = "true"
        let qt = try decide(complete("BS-QT-020", facts: autism))
        #expect(paperChecks(qt).contains("（5）鉴定报告或医院证明：核验原件，收取复印件"), "\(paperChecks(qt))")
        let tx = try decide(complete("BS-TX-006", facts: try settledFacts("BS-TX-006")))
        #expect(
            paperChecks(tx).contains("1.8）补充原始资料的原件（如工资单）、复印件（加盖原从事特殊工种单位公章、负责人、经办人签字）：核验原件，收取复印件"),
            "\(paperChecks(tx))")
        var clinical = try settledFacts("BS-SY-005")
        clinical["syClinicalDiagnosis"] = "true"
        let sy = try decide(complete("BS-SY-005", facts: clinical))
        #expect(paperChecks(sy).contains("（6）相关的社会调查情况2份以上：至少 2 份"), "\(paperChecks(sy))")
    }

    /// Round 45, tester e: 003 line 5956 "提交法人或其他组织合并、分立的材料以及不动产权属转移的材料": both documents.
    @Test func aMergersTransferWantsBothDocuments() throws {
        var facts = try settledFacts("BS-BDC-009")
        facts["bdcTransferCause"] = "合并分立"
        let app = complete("BS-BDC-009", facts: facts)
        #expect(try decide(app).verdict.isAcceptance)
        var without = app
        without.documents.removeAll { $0.material == "4.4.2" }
        let d = try decide(without)
        #expect(
            d.verdict == .returned && d.findings.contains { $0.code == .materialMissing && $0.material == "4.4.2" }, "\(said(d))")
    }

    /// Round 45, tester e: a material named by the guide's own quotation (003 line 673 “新生儿首针乙肝疫苗和卡介苗接种登记单”) is quoted
    /// once where a file under its number in another scenario names it.
    @Test func aNameInTheGuidesQuotationMarksIsQuotedOnce() throws {
        let unknown = try unknownNumber("BS-SY-006", scenario: "vaccination", filing: "2")
        #expect(unknown.message.contains("的“新生儿首针乙肝疫苗和卡介苗接种登记单”、"), "\(unknown.message)")
        #expect(!unknown.message.contains("““") && !unknown.message.contains("””"), "\(unknown.message)")
    }

    /// Round 45, tester f: a unit refused for being one (RS-040's F-unit) is asked nothing of its case: the clerk is not told
    /// to check whether a company is a 就业困难人员 (the README: an applicant refused for what it is is asked nothing).
    @Test func aUnitRefusedForWhatItIsIsNotCheckedForAPersonsCase() throws {
        var facts = try settledFacts("RS-040")
        for f in ["rsHardshipRecognized", "rsFlexibleEmploymentRegistered", "rsDalianContributionsInFull"] { facts[f] = nil }
        let d = try decide(complete("RS-040", facts: facts).byUnit())
        #expect(d.verdict == .refused, "\(said(d))")
        #expect(
            !d.findings.contains { $0.code == .manualCheck && $0.detail?.hasPrefix("decided by the clerk") == true }, "\(said(d))"
        )
        let person = try decide(complete("RS-040", facts: facts))
        #expect(person.findings.contains { $0.code == .manualCheck && $0.detail?.hasPrefix("decided by the clerk") == true })
    }
}
