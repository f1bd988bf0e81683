import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// Round 55 and the leftovers of round 54: expectations from the guides' lines.
@Suite struct Round55Tests {
    func said(_ d: Decision) -> [String] { d.findings.map { "\($0.code) \($0.material ?? $0.fact ?? "") \($0.message)" } }

    func asked(_ d: Decision, _ fact: String) -> Finding? { d.findings.first { $0.code == .factMissing && $0.fact == fact } }

    /// 001 line 8: "凡参加我市经济系列副高级职称评审人员……评审申报专业须与考试报考专业一致". The 报考专业 question is asked at once with the
    /// series and the level (一次性告知), and says that only an economics-series 副高级 applicant answers it: an engineer was
    /// told to answer a question about an exam he never took (round 54, tester l). Once the
    /// series says it is not that case, it is not asked at all.
    @Test func aQuestionOnlyOneCaseAnswersSaysWhichCase() throws {
        var facts = try settledFacts("ZC-001")
        for name in ["economicsSeries", "titleLevel", "examSpecialtyMatches"] { facts[name] = nil }
        let d = try decide(complete("ZC-001", facts: facts))
        #expect(d.verdict == .returned)
        let exam = try #require(asked(d, "examSpecialtyMatches"), "\(said(d))")
        #expect(exam.message.contains("（仅“申报经济系列职称”为“是”、“申报职称级别”为“副高级”的须回答）"), "\(exam.message)")
        // The series itself is the case: asked of everyone, with no condition.
        let series = try #require(asked(d, "economicsSeries"))
        #expect(!series.message.contains("仅"), "\(series.message)")

        facts["economicsSeries"] = "false"
        facts["titleLevel"] = "副高级"
        let engineer = try decide(complete("ZC-001", facts: facts))
        #expect(asked(engineer, "examSpecialtyMatches") == nil, "\(said(engineer))")
        #expect(engineer.verdict == .accepted, "\(said(engineer))")
    }

    /// 004 违规禁办 8 (lines 1665-1666): "因病提前退休 / 未完全丧失劳动能力或缴费未满15年". The 劳动能力 question is for the 因病
    /// applicant only and says so, by the type's own words (not its manifest code): SB-024 asked it of every type
    /// (round 54, tester l).
    @Test func theWorkCapacityQuestionIsForAnIllnessRetirement() throws {
        var facts = try settledFacts("SB-024")
        facts["earlyRetirementType"] = nil
        facts["workCapacityFullyLost"] = nil
        let d = try decide(complete("SB-024", facts: facts))
        let capacity = try #require(asked(d, "workCapacityFullyLost"), "\(said(d))")
        #expect(capacity.message.contains("（仅“提前退休（退职）类型”为“因病或非因工致残”的须回答）"), "\(capacity.message)")
        #expect(!capacity.message.contains("illness"), "\(capacity.message)")
    }

    /// 003 line 1964 "投靠人无职业的，需提供《就业失业登记证》；在我市有职业的，需提供…（投靠人系农村地区的，无需提供本条手续）": a rural
    /// 投靠人's 职业 decides nothing; written with a value outside its list it is told (a warning), and neither returns the
    /// application nor makes the city worker's documents "may be needed" (round 55, tester s: returned, while the same
    /// bundle without the value was accepted). Where the value does decide (an urban 投靠人), it is an error to correct.
    @Test func aValueToCorrectThatDecidesNothingDoesNotReturnTheApplication() throws {
        var facts = try settledFacts("BS-HJ-004")
        facts["hjMigrantRural"] = "true"
        facts["hjMigrantOccupation"] = "打工"
        let d = try decide(complete("BS-HJ-004", facts: facts))
        #expect(d.verdict == .accepted, "\(said(d))")
        let invalid = try #require(d.findings.first { $0.code == .factInvalid && $0.fact == "hjMigrantOccupation" })
        #expect(invalid.severity == .warning && invalid.message.contains("本申请的审核不取决于该项"), "\(invalid.message)")
        #expect(!d.findings.contains { $0.code == .materialMissing && ["6", "7"].contains($0.material ?? "") }, "\(said(d))")

        facts["hjMigrantRural"] = "false"
        var urbanApp = complete("BS-HJ-004", facts: facts)
        urbanApp.documents.removeAll { $0.material.hasPrefix("6") || $0.material.hasPrefix("7") }
        let urban = try decide(urbanApp)
        #expect(urban.verdict == .returned)
        #expect(urban.errors.contains { $0.code == .factInvalid && $0.fact == "hjMigrantOccupation" }, "\(said(urban))")
        // While the 职业 is to be corrected, the city worker's documents are said, each under its own number.
        let seven = try #require(urban.findings.first { $0.code == .materialMissing && $0.material == "7" }, "\(said(urban))")
        #expect(seven.message.contains("须分别提交（7.1）") && seven.message.contains("（7.2）"), "\(seven.message)")
    }

    /// 004 违规禁办事项清单 6 (line 1658) "外省户籍，男超50周岁": 高新园区 is 大连's (the guides write "市内（含高新园区）"), no other
    /// province: a man of 55 whose hukou is written so is not refused (round 55, tester r). "开发区", a name every city has,
    /// tells no province: a value to correct, not a refusal.
    @Test(arguments: [("高新园区", Verdict.accepted), ("开发区", .returned), ("吉林省", .refused)])
    func aHukouIsForeignOnlyWhenItNamesAnotherProvince(_ hukou: String, _ verdict: Verdict) throws {
        var facts = try settledFacts("SB-080")
        facts["hukouProvince"] = hukou
        facts["residentId"] = "210202197001011233"
        let d = try decide(complete("SB-080", facts: facts, submitted: "2025-07-01T09:30:00+08:00"))
        #expect(d.verdict == verdict, "\(said(d))")
        if verdict == .returned {
            let f = try #require(d.errors.first { $0.code == .factInvalid && $0.fact == "hukouProvince" }, "\(said(d))")
            #expect(f.message.contains("须写省名"), "\(f.message)")
        }
    }

    /// 003 line 6356 "委托查询的，应当提交授权委托书和代理人的身份证明材料，境外委托人的授权委托书还需经公证或者认证": an applicant abroad who
    /// files through an agent has the clerk check the letter's notarisation (no file shows it); declared not notarised, the
    /// application is returned for it (round 55, tester m: never applied). An applicant who declares nothing is not abroad.
    @Test func anOverseasPrincipalsLetterIsNotarised() throws {
        var facts = try settledFacts("BS-BDC-026")
        facts["bdcInquirer"] = facts["bdcInquirer"] ?? "权利人"
        let home = try decide(completeByAgent("BS-BDC-026", facts: facts))
        #expect(home.verdict == .accepted, "\(said(home))")
        facts["bdcPrincipalOverseas"] = "true"
        let abroad = try decide(completeByAgent("BS-BDC-026", facts: facts))
        #expect(abroad.verdict == .accepted, "\(said(abroad))")
        let check = try #require(
            abroad.findings.first { $0.code == .manualCheck && $0.message.contains("公证或者认证") }, "\(said(abroad))")
        #expect(check.source?.line == 6356)
        facts["bdcPoANotarised"] = "false"
        let unnotarised = try decide(completeByAgent("BS-BDC-026", facts: facts))
        #expect(unnotarised.verdict == .returned, "\(said(unnotarised))")
        #expect(unnotarised.errors.contains { $0.code == .applicationCorrection && $0.message.contains("须经公证或者认证") })
    }

    /// 003 line 6510 (公积金 事项2 补充说明 (2)) "职工多次购买同一所有权自住住房的，只能提取一次住房公积金": the refusal says 事项2's words,
    /// not 事项1's "同一拥有所有权" under 事项2's citation (round 55, tester n).
    @Test func theRefusalSaysItsOwnLinesWords() throws {
        var facts = try settledFacts("BS-GJJ-002")
        facts["gjjSameHouseExtracted"] = "true"
        let d = try decide(complete("BS-GJJ-002", facts: facts))
        let f = try #require(d.errors.first { $0.code == .forbiddenCase && $0.source?.line == 6510 }, "\(said(d))")
        #expect(f.message.contains("同一所有权自住住房") && !f.message.contains("拥有"), "\(f.message)")
    }

    /// 001 line 42 "“照片”一律用近期一寸正面免冠彩色证件照": ZC-001's (6) 证件照 in grey, or square, is returned (round 55, tester r:
    /// both accepted).
    @Test(arguments: ["grey", "square"])
    func theCertificatePhotoIsAColourOneInchPhoto(_ flaw: String) throws {
        var rng = SeededRandom(seed: 55)
        var app = complete("ZC-001", facts: try settledFacts("ZC-001"))
        let i = try #require(app.documents.firstIndex { $0.material == "6" })
        #expect(try decide(app).verdict == .accepted)
        app.documents[i].bytes =
            flaw == "grey"
            ? SamplePhoto.jpeg(width: 350, height: 490, background: SamplePhoto.white, greyFile: true, rng: &rng)
            : SamplePhoto.jpeg(width: 400, height: 400, background: SamplePhoto.white, rng: &rng)
        app.documents[i].mediaType = "image/jpeg"
        let d = try decide(app)
        #expect(d.verdict == .returned, "\(said(d))")
        let spec = try #require(d.errors.first { $0.code == .documentSpec && $0.material == "6" }, "\(said(d))")
        #expect(spec.message.contains(flaw == "grey" ? "要求彩色" : "宽高比"), "\(spec.message)")
    }
}
