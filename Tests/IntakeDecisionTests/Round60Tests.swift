import IntakeCatalog
import IntakeFixtures
import IntakeModel
import Testing

@testable import IntakeDecision

/// A unit registered by the 中央军委改革和编制办公室 (统一社会信用代码 A…, GB 32100-2015's 登记管理部门码), as a 军事法院.
let militaryCourt = "A1210200MB0000000K"

/// Session 52, black-box round 60.
@Suite struct Round60Tests {
    /// 人力社保 事项46 5.办理时限 (guide 003 line 4696): "劳动保障行政部门应当在接到投诉之日起5个工作日内依法受理,并于受理之日立案查处。"
    /// The five working days are the time to accept the complaint; the guide gives none for concluding it. An accepted
    /// complaint is given no 办结期限 date (it was dated five working days on), the guide's words quoted instead.
    @Test func aComplaintsFiveDaysAreNoTimeToConcludeIt() throws {
        let code = "BS-RS-046"
        let d = try decide(complete(code, facts: try settledFacts(code)))
        #expect(d.verdict.isAcceptance, "\(d.findings.map(\.message))")
        let rule = try #require(d.rules.first { $0.kind == .timeLimit })
        #expect(d.decisionDue == nil && rule.outcome == .noDate && rule.source.line == 4696, "\(rule)")
        #expect(rule.text.contains("5个工作日内依法受理") && rule.text.contains("指南未给出办结期限"))
    }

    /// 合规办事业务指南 24 (guide 004 line 436): "从事井下、高空、高温…工作的，退休年龄为男年满55周岁、女年满45周岁". A unit filing its
    /// worker's early retirement (special job) is asked the worker's sex and age as facts: its credit code gives neither, and
    /// the questions asked for "申请人的公民身份号码" (round 58, tester h). Declared, they decide: a man of 50 is refused.
    @Test func aUnitIsAskedItsWorkersSexAndAgeNotItsOwnResidentId() throws {
        let code = "SB-024"
        var facts = try settledFacts(code)
        facts["earlyRetirementType"] = "special-job"
        for derived in ["applicantSex", "applicantAge", "applicantBirthDate"] { facts[derived] = nil }
        let asked = try decide(complete(code, facts: facts).byUnit())
        let questions = asked.findings.filter { $0.code == .factMissing }
        let sex = try #require(questions.first { $0.fact == "applicantSex" })
        let age = try #require(questions.first { $0.fact == "applicantAge" })
        for q in [sex, age] {
            #expect(q.message.contains("单位为其申请的个人") && !q.message.contains("公民身份号码"), "\(q.message)")
        }
        facts["applicantSex"] = "male"
        facts["applicantAge"] = "50"
        let refused = try decide(complete(code, facts: facts).byUnit())
        #expect(refused.verdict == .refused, "\(refused.findings.map(\.message))")
        facts["applicantAge"] = "55"
        let accepted = try decide(complete(code, facts: facts).byUnit())
        #expect(accepted.verdict != .refused, "\(accepted.findings.map(\.message))")
    }

    /// Guide 004 lines 757 (40 工伤康复申请确认 "条件：工伤职工经临床急性期治疗后…"), 778 (41 "条件：工伤职工康复期满前…"), 897 (47 "工伤职工、
    /// 用人单位或者社会保险经办机构认为伤残情况发生变化的") and 958 (50 "条件：职工因工作遭受事故伤害或者患职业病需要暂停工作接受工伤医疗的"):
    /// a worker declared not recognised, or a treatment declared no work injury, is refused (tester f: the fact was dropped as
    /// 不是本事项使用的信息项 and the application accepted); declared the other way, it is not.
    @Test(arguments: [
        ("SB-040", "workInjuryRecognized", 757), ("SB-041", "workInjuryRecognized", 778),
        ("SB-047", "workInjuryRecognized", 897), ("SB-050", "workInjuryTreatment", 958),
    ])
    func aWorkInjuryMatterRefusesWhatIsNoWorkInjury(code: String, fact: String, line: Int) throws {
        var facts = try settledFacts(code)
        facts[fact] = "true"
        let injured = try decide(complete(code, facts: facts))
        #expect(injured.verdict.isAcceptance, "\(injured.findings.map(\.message))")
        facts[fact] = "false"
        let not = try decide(complete(code, facts: facts))
        #expect(not.verdict == .refused, "\(not.findings.map(\.message))")
        let refusal = try #require(not.errors.first { $0.code == .forbiddenCase })
        #expect(refusal.source?.line == line, "\(refusal)")
        #expect(!not.findings.contains { $0.message.contains("已忽略") })
        facts[fact] = nil
        let asked = try decide(complete(code, facts: facts))
        #expect(asked.errors.contains { $0.code == .factMissing && $0.fact == fact }, "\(asked.findings.map(\.message))")
    }

    /// 003 line 6310 (不动产 23) "嘱托预查封的主体应当为人民法院、人民检察院或公安机关等国家有权机关", line 6328 (不动产 24) "查封期间，查封机关
    /// 解除查封的": a law firm (3…) or a social group (5…) is no state organ, refused as in 22 (tester a: accepted); a court (11…) is
    /// not refused.
    @Test(arguments: ["BS-BDC-023", "BS-BDC-024"])
    func onlyAStateOrganOrdersAPreSeizureOrItsRelease(code: String) throws {
        let facts = try settledFacts(code)
        // A military court's code (A…, the review of round 60) is a state organ's too.
        for (unit, refused) in [
            ("31210000MD0123456T", true), ("51210200MJ0000001A", true), (aCourt, false), (militaryCourt, false),
        ] {
            let d = try decide(complete(code, facts: facts).byUnit(unit))
            #expect((d.verdict == .refused) == refused, "\(unit): \(d.findings.map(\.message))")
            if refused { #expect(d.errors.contains { $0.code == .forbiddenCase && $0.message.contains("不以 1 或 A 开头") }) }
        }
    }

    /// 003 lines 6295 (不动产 22), 6313 (23), 6331 (24): "人民法院、人民检察院或公安机关等国家有权机关送达人的工作证和执行公务的证明文件" are two
    /// documents, the same words in the three matters: one file under 1 is returned, the parts asked (tester a: accepted in 22 and
    /// 23, returned in 24).
    @Test(arguments: ["BS-BDC-022", "BS-BDC-023", "BS-BDC-024"])
    func aCourtMessengersCardAndHisOrderAreTwoDocuments(code: String) throws {
        var app = complete(code, facts: try settledFacts(code)).byUnit(aCourt)
        #expect(try decide(app).verdict.isAcceptance)
        var one = try #require(app.documents.first { $0.material == "1.1" })
        app.documents.removeAll { $0.material.hasPrefix("1.") }
        one.material = "1"
        app.documents.append(one)
        let d = try decide(app)
        #expect(d.verdict == .returned, "\(d.findings.map(\.message))")
        #expect(Set(d.errors.filter { $0.code == .materialMissing }.compactMap(\.material)) == ["1.1", "1.2"])
    }

    /// 003 line 7596 (车管 5 （一）) "⑤依法订立的主合同和抵押合同；…⑦抵押权单位贷办员身份证明、贷办员证明" and line 7608 (（二）) "⑤…提供人民法院
    /// 出具的已生效的《调解书》、《裁定书》或《判决书》原件及相应的《协助执行通知书》原件": each names two documents (tester b: the 抵押合同
    /// alone, the officer's id alone, a judgment without the 协助执行通知书 were accepted).
    @Test func aVehicleMortgageAsksEachContractAndTheCourtsNotice() throws {
        var facts = try settledFacts("BS-CG-005", scenario: "case-1")
        facts["cgMortgageeIsOrganization"] = "true"
        let mortgage = complete("BS-CG-005", scenario: "case-1", facts: facts)
        #expect(try decide(mortgage).verdict.isAcceptance)
        var partial = mortgage
        partial.documents.removeAll { $0.material == "5.1" || $0.material == "7.2" }
        let d = try decide(partial)
        #expect(d.verdict == .returned)
        #expect(
            Set(d.errors.filter { $0.code == .materialMissing }.compactMap(\.material)) == ["5.1", "7.2"],
            "\(d.findings.map(\.message))")

        var release = try settledFacts("BS-CG-005", scenario: "case-2")
        release["cgCourtRelease"] = "true"
        release["cgMortgageeIsOrganization"] = "false"
        var court = complete("BS-CG-005", scenario: "case-2", facts: release)
        #expect(court.documents.contains { $0.material.hasPrefix("5.1.") } && court.documents.contains { $0.material == "5.2" })
        #expect(try decide(court).verdict.isAcceptance)
        court.documents.removeAll { $0.material == "5.2" }
        let judgmentAlone = try decide(court)
        #expect(judgmentAlone.verdict == .returned)
        #expect(judgmentAlone.errors.filter { $0.code == .materialMissing }.compactMap(\.material) == ["5.2"])
    }

    /// 001 line 14 "其中专业科目学习不少于总学时的三分之二": exactly two thirds meets it, in decimals too (tester g: 60.8 of 91.2 hours was
    /// refused, 60.8 × 3 being 182.39999999999998 in binary floating point); a tenth of an hour less does not.
    @Test(arguments: [
        ("91.2", "60.8", false), ("100.2", "66.8", false), ("92.7", "61.8", false), ("91.2", "60.7", true), ("90", "59.9", true),
    ])
    func exactlyTwoThirdsOfTheHoursMeetsTheRule(total: String, professional: String, refused: Bool) throws {
        var facts = try settledFacts("ZC-001")
        facts["continuingEducationHours"] = total
        facts["professionalSubjectHours"] = professional
        let d = try decide(complete("ZC-001", facts: facts))
        #expect((d.verdict == .refused) == refused, "\(d.findings.map(\.message))")
        #expect(d.errors.contains { $0.code == .forbiddenCase && $0.message.contains("三分之二") } == refused)
    }

    /// 001 line 25 "1.个人申报。申报人员通过登录…注册申报", line 26 "2.单位推荐"; 002 line 55 "1.个人报名。工勤人员向所在单位提出报名申请": the one
    /// who applies is the professional or the worker; a unit delivers and recommends. A unit filed as the applicant is returned
    /// to name the person (tester g: accepted under the unit's credit code).
    @Test(arguments: ["ZC-001", "GQ-JS", "GQ-GJG", "GQ-ZJG", "GQ-CJG"])
    func aUnitIsNoApplicantForATitleOrAGrade(code: String) throws {
        let facts = try settledFacts(code)
        #expect(try decide(complete(code, facts: facts)).verdict.isAcceptance)
        let d = try decide(complete(code, facts: facts).byUnit())
        #expect(d.verdict == .returned, "\(d.findings.map(\.message))")
        #expect(
            d.errors.contains { $0.message.hasPrefix("请更正申请方式") && $0.message.contains("本人") }, "\(d.findings.map(\.message))")
    }

    /// 002 lines 23-27 "2001/2007/2017 年底前参加工作": a start of work before the year the worker turned 15 (born 1999, started 1995:
    /// tester g, which passed "2007 年底前参加工作") is a value to correct; 001 line 10 "累计工作一年以上": no more months of work than
    /// since the applicant turned 15.
    @Test func aWorkHistoryTheIdMakesImpossibleIsToBeCorrected() throws {
        var facts = try settledFacts("GQ-GJG")
        let gq = complete("GQ-GJG", facts: facts)
        let born = try #require(Int(gq.idNumber.dropFirst(6).prefix(4)))
        facts["workStartYear"] = String(born + 14)
        #expect(try decide(complete("GQ-GJG", facts: facts)).errors.allSatisfy { $0.fact != "workStartYear" })
        facts["workStartYear"] = String(born + 13)
        let early = try decide(complete("GQ-GJG", facts: facts))
        #expect(early.verdict == .returned)
        let told = try #require(early.errors.first { $0.code == .factInvalid && $0.fact == "workStartYear" })
        #expect(told.message.contains("年满十四周岁"), "\(told.message)")

        var zc = try settledFacts("ZC-001")
        let app = complete("ZC-001", facts: zc)
        // 周岁 on the submitted date, from the id's birth date.
        let birth = try #require(Int(app.idNumber.dropFirst(6).prefix(8)))
        let submitted = try #require(Int(app.submitted.prefix(10).filter { $0 != "-" }))
        let age = submitted / 10_000 - birth / 10_000 - (submitted % 10_000 < birth % 10_000 ? 1 : 0)
        zc["dalianWorkMonths"] = String((age - 14) * 12)
        #expect(try decide(complete("ZC-001", facts: zc)).errors.allSatisfy { $0.fact != "dalianWorkMonths" })
        zc["dalianWorkMonths"] = String((age - 14) * 12 + 1)
        let months = try decide(complete("ZC-001", facts: zc))
        #expect(
            months.verdict == .returned && months.errors.contains { $0.code == .factInvalid && $0.fact == "dalianWorkMonths" })
    }

    /// 人力社保 事项37 ⑦ (003 line 4234) "他人代办的另须携带代办人身份证；未成年人家长办理的另须携带家长身份证…；死亡人员亲属办理的另须携带死亡证明、
    /// 个人身份证及全部继承人签字加手印的授权书": the deceased's relative named as agent brings his id under 7.4, not again as an agent's
    /// (tester c: returned for 7.2); a minor who files alone is not asked the papers of a parent who files (7.3).
    @Test func aDeceasedsRelativeBringsHisIdOnceAndAMinorAloneNoParentsPapers() throws {
        let code = "BS-RS-037"
        var facts = try settledFacts(code)
        facts["insuredDeceased"] = "true"
        var relative = complete(code, facts: facts)
        relative.agent = commissionedAgent
        relative.documents.removeAll { $0.material == "7.2" }
        #expect(relative.documents.contains { $0.material == "7.4.2" })
        let d = try decide(relative)
        #expect(d.verdict.isAcceptance, "\(d.findings.map(\.message))")

        facts["insuredDeceased"] = "false"
        var minor = complete(code, facts: facts)
        minor.idNumber = "210202200901010011"  // born 2009-01-01: 16 on 2025-07-01
        minor.documents.removeAll { $0.material == "7.3" }
        let alone = try decide(minor)
        #expect(!alone.errors.contains { $0.material == "7.3" }, "\(alone.findings.map(\.message))")
        var child = minor
        child.idNumber = "21020220220101001X"  // 3 on 2025-07-01: the parent acts for it
        #expect(try decide(child).errors.contains { $0.code == .materialMissing && $0.material == "7.3" })
        minor.agent = (name: "父亲", id: "210202197001010011")
        let byParent = try decide(minor)
        #expect(
            byParent.errors.contains { $0.code == .materialMissing && $0.material == "7.3" },
            "\(byParent.findings.map(\.message))")
    }

    /// 其他 事项10 (003 line 12142) "公民收养子女需具备…4.年满三十周岁"; spouses adopting together are both 收养人 (line 12067 "夫妻双方共同
    /// 收养提交结婚证"): a spouse under thirty is refused, thirty is not (tester d: the wife's birth date was dropped, accepted).
    @Test(arguments: [("1995-07-02", true), ("1995-07-01", false)])
    func aCoAdoptingSpouseMustBeThirty(born: String, refused: Bool) throws {
        let code = "BS-QT-008"
        var facts = try settledFacts(code, scenario: "case-1")
        facts["maritalStatus"] = "已婚"
        facts["qtSpouseBirthDate"] = born
        let d = try decide(complete(code, scenario: "case-1", facts: facts))
        #expect((d.verdict == .refused) == refused, "\(d.findings.map(\.message))")
        #expect(d.errors.contains { $0.code == .forbiddenCase && $0.message.contains("配偶也须年满三十周岁") } == refused)
        facts["qtSpouseBirthDate"] = nil
        let asked = try decide(complete(code, scenario: "case-1", facts: facts))
        #expect(asked.errors.contains { $0.code == .factMissing && $0.fact == "qtSpouseBirthDate" })
    }

    /// 户籍 事项5 (003 line 1976) "律师查询的需要提供律师执业证书、律师事务所调查介绍信、当事人委托证明": the party may name the lawyer as its agent;
    /// 可否代办 "否" (line 1996) is of a private person's own inquiry, which still refuses an agent (tester d: the lawyer as agent was
    /// refused).
    @Test func aLawyerMayInquireForTheParty() throws {
        let code = "BS-HJ-005"
        var facts = try settledFacts(code)
        facts["hjInquirer"] = "律师"
        var lawyer = complete(code, facts: facts)
        lawyer.agent = (name: "王律师", id: "210202198001010016")
        let d = try decide(lawyer)
        #expect(d.verdict.isAcceptance, "\(d.findings.map(\.message))")
        facts["hjInquirer"] = "个人"
        var person = complete(code, facts: facts)
        person.agent = commissionedAgent
        #expect(try decide(person).verdict == .refused)
    }

    /// 容缺办理事项清单 (000 line 2662: RS-007's 身份证): a broken letter beside nothing else missing or broken is told to be submitted
    /// again, without "其余缺项仍须补正" (tester e: there was no other defect); with another material missing too, it is said.
    @Test func aBrokenLetterAloneIsNoOtherDefect() throws {
        var app = complete("RS-007", facts: try settledFacts("RS-007"), omit: ["2"], letter: true)
        let i = try #require(app.documents.firstIndex { $0.material == "commitment" })
        app.documents[i].bytes = Array("%PDF-1.4\nbroken".utf8)
        let d = try decide(app)
        #expect(d.verdict == .returned)
        let told = try #require(d.errors.first { $0.code == .commitmentMissing }, "\(d.findings.map(\.message))")
        #expect(told.message.contains("重新提交有效的容缺受理承诺书") && !told.message.contains("其余缺项"), "\(told.message)")
        app.documents.removeAll { $0.material == "1" }
        let more = try decide(app)
        let moreTold = try #require(more.errors.first { $0.code == .commitmentMissing })
        #expect(moreTold.message.contains("其余缺项仍须补正"), "\(moreTold.message)")
    }

    /// 生育 事项3 (003 line 143) "（1）…由新生儿母亲向该助产机构申领", line 148 "新生儿母亲有效身份证件缺失的，新生儿父亲应当提供…", "（5）委托办理的，
    /// 应当提供新生儿母亲签字的委托书": the father filing alone is returned to file as the mother's agent (tester b: accepted), with her
    /// letter then asked; he files himself where her id is missing.
    @Test func aFatherFilesAsTheMothersAgent() throws {
        let code = "BS-SY-003"
        var facts = try settledFacts(code, scenario: "first-1")
        facts["syParentIdMissing"] = "均不缺失"
        facts["residentId"] = "210202199503011021"  // the mother
        #expect(try decide(complete(code, scenario: "first-1", facts: facts)).verdict.isAcceptance)
        facts["residentId"] = "210202199503011013"  // the father, alone
        let alone = try decide(complete(code, scenario: "first-1", facts: facts))
        #expect(alone.verdict == .returned, "\(alone.findings.map(\.message))")
        #expect(alone.errors.contains { $0.message.hasPrefix("请更正申请方式") && $0.message.contains("母亲签字的委托书") })
        facts["residentId"] = "210202199503011021"
        var byFather = complete(code, scenario: "first-1", facts: facts)
        byFather.agent = (name: "新生儿父亲", id: "210202199503011013")
        byFather.documents.removeAll { $0.material.hasPrefix("5") }
        let asked = try decide(byFather)
        #expect(!asked.errors.contains { $0.message.hasPrefix("请更正申请方式") })
        #expect(
            asked.errors.contains { $0.code == .materialMissing && ($0.material ?? "").hasPrefix("5") },
            "\(asked.findings.map(\.message))")
    }

    /// A clerk's check of a forbidden case says which answer refuses (guide 004 line 1163 "仲裁委员会对符合下列条件的仲裁申请应当予以受理"):
    /// "答“否”的", not "属于的" after a question put the permitting way (tester f: read as "yes: refuse").
    @Test func aClerksCheckSaysWhichAnswerRefuses() throws {
        let code = "SB-060"
        var facts = try settledFacts(code)
        facts["sbArbitrationAdmissible"] = nil  // the clerk's, not yet recorded
        let d = try decide(complete(code, facts: facts))
        let checks = d.findings.filter { $0.code == .manualCheck && $0.message.hasPrefix("请窗口人员核查是否属于") }
        #expect(!checks.isEmpty, "\(d.findings.map(\.message))")
        #expect(checks.count == 1)
        for c in checks { #expect(c.message.contains("（答“否”的：不予受理") && !c.message.contains("属于的："), "\(c.message)") }
    }

    /// 公积金 事项3 (003 line 6521) "③职工配偶参与提取的，提供婚姻关系证明": 婚姻状况 read by 职工配偶参与提取's consistency is used, not told
    /// "已忽略" in the report that returns the bundle for it (tester a).
    @Test func aFactReadByAConsistencyRuleIsNotIgnored() throws {
        var facts = try settledFacts("BS-GJJ-003")
        facts["gjjSpouseJoins"] = "true"
        facts["maritalStatus"] = "未婚"
        let d = try decide(complete("BS-GJJ-003", facts: facts))
        #expect(d.errors.contains { $0.code == .factInvalid && $0.fact == "gjjSpouseJoins" }, "\(d.findings.map(\.message))")
        #expect(!d.findings.contains { $0.fact == "maritalStatus" && $0.message.contains("已忽略") }, "\(d.findings.map(\.message))")
    }

    /// 生育 事项6 (a child's vaccination, refused past the age the guide gives): the guardian the report asks for is for the record
    /// under the refusal, not an error asking to file again (tester b: "请由监护人申请" stayed an error beside 不予受理).
    @Test func aCorrectionUnderARefusalIsForTheRecord() throws {
        let code = "BS-SY-006"
        var app = complete(code, facts: try settledFacts(code))
        app.idNumber = "210202200803010018"  // 17 on 2025-07-01, alone
        let d = try decide(app)
        #expect(d.verdict == .refused, "\(d.findings.map(\.message))")
        #expect(d.findings.contains { $0.code == .applicationCorrection }, "\(d.findings.map(\.message))")
        for f in d.findings where f.code == .applicationCorrection {
            #expect(f.severity == .info && f.message.contains("此项仅作记录"), "\(f.message)")
        }
        #expect(d.errors.allSatisfy { $0.code == .forbiddenCase }, "\(d.errors.map(\.message))")
    }

    /// Guide 000 states no date of issue or effect (its catalog applies from 2022-01-01, the centre's reading): an application
    /// dated before it is not judged, and told that no rule applies to its date, with the period the rules apply to, not that
    /// the matter "was not in force" (tester e).
    @Test func anApplicationBeforeTheGuideIsToldNoRuleAppliesToItsDate() throws {
        var app = complete("RS-005", facts: try settledFacts("RS-005"))
        app.submitted = "2021-12-31T10:00:00+08:00"
        let d = try decide(app)
        #expect(d.verdict == .invalid)
        let told = try #require(d.errors.first { $0.code == .matterUnknown })
        #expect(told.message.contains("没有适用的审核规则") && told.message.contains("2022-01-01 起"), "\(told.message)")
        #expect(!told.message.contains("不在施行期内"))
    }

    /// Guide 004 line 1429 (74 机关事业单位社会保险登记) "机关事业单位应当自批准成立之日起30日内…申请办理单位参保登记", line 1518 (78 职工参保登记
    /// （机关事业养老保险部分）) "参保单位在编制范围内因新招录、调入人员新参保的": the 参保单位 is an organ or a public institution; an enterprise
    /// (91…) or a 个体工商户 (92…) is refused (round 61, tester l: accepted); a public institution (12…) is not.
    @Test(arguments: ["SB-074", "SB-078"])
    func anEnterpriseIsNoPublicInstitution(code: String) throws {
        let facts = try settledFacts(code)
        for (unit, refused) in [("91210200MA0QC4XY37", true), ("92210200MA0QC1XK33", true), (aCourt, false)] {
            let d = try decide(complete(code, facts: facts).byUnit(unit))
            #expect((d.verdict == .refused) == refused, "\(unit): \(d.findings.map(\.message))")
            if refused { #expect(d.errors.contains { $0.code == .forbiddenCase && $0.message.contains("机关事业") }) }
        }
    }

    /// 退休 事项3 (003 line 9047) "…复印件一份（与身份证复印件复印在一张A4纸）": an OFD, a format the centre takes where the guide names
    /// none, whose pages the pipeline does not count, is the clerk's to look at, not returned "无法核验页数" (round 61, tester o).
    @Test func anOFDsPagesAreTheClerksToCount() throws {
        let code = "BS-TX-003"
        var app = complete(code, facts: try settledFacts(code))
        let i = try #require(app.documents.firstIndex { $0.material == "1.13.1" }, "\(app.documents.map(\.material))")
        var rng = SeededRandom(seed: 6105)
        app.documents[i].bytes = SampleDocuments.officeOpenXML(part: "OFD.xml", rng: &rng)
        app.documents[i].mediaType = "application/ofd"
        app.documents[i].path = "files/card.ofd"
        let d = try decide(app)
        #expect(!d.findings.contains { $0.code == .documentSpec }, "\(d.findings.map(\.message))")
        #expect(d.findings.contains { $0.code == .manualCheck && $0.message.contains("页数") && $0.material == "1.13.1" })
    }
}
