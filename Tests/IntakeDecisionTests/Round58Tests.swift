import IntakeCatalog
import IntakeFixtures
import IntakeModel
import Testing

@testable import IntakeDecision

/// Session 51, black-box round 58.
@Suite struct Round58Tests {
    /// 不动产 事项14 所需材料 (guide 003 line 6100): "3）不动产权证书和不动产登记证明；" is one item of the guide naming two documents,
    /// 3.1 and 3.2. One file under 3, of one page or of two, is no proof of both (a 不动产权证书 alone is a booklet of pages):
    /// returned, the file named and the parts asked under their own numbers (tester e asked it to be taken for both; the
    /// review of round 58: a two-page scan of one document was then accepted as both).
    @Test(arguments: [1, 2])
    func oneFileUnderAnItemNamingTwoDocumentsIsNotBoth(pages: Int) throws {
        let code = "BS-BDC-014"
        var app = complete(code, facts: try settledFacts(code))
        let parts = app.documents.filter { $0.material == "3.1" || $0.material == "3.2" }
        #expect(parts.count == 2)
        app.documents.removeAll { $0.material == "3.1" || $0.material == "3.2" }
        var one = parts[0]
        one.material = "3"
        var rng = SeededRandom(seed: 5802)
        one.bytes = SampleDocuments.pdf(size: 8_000, pages: pages, rng: &rng)
        one.mediaType = "application/pdf"
        app.documents.append(one)
        let d = try decide(app)
        #expect(d.verdict == .returned, "\(d.findings.map(\.message))")
        let told = try #require(d.findings.first { $0.code == .manualCheck && $0.material == "3" })
        #expect(told.message.contains("须分别提交并按各自的编号标注"), "\(told.message)")
        #expect(Set(d.errors.filter { $0.code == .materialMissing }.compactMap(\.material)) == ["3.1", "3.2"])
    }

    /// A photo whose declared type is not its real one is told, with its type, what else it shows to be wrong (tester d:
    /// RS-025's blue 600*400 PNG declared as a JPEG was told the mismatch only; declared as a PNG, also its pixels and
    /// background). 000 line 1055: "电子版白底免冠照片，大小 20kb 以下，像素 360*480，jpg 格式".
    @Test func aPhotoDeclaredAsAnotherTypeIsToldItsOtherDefectsAtOnce() throws {
        var rng = SeededRandom(seed: 5801)
        var app = complete("RS-025", facts: try settledFacts("RS-025"))
        let i = try #require(app.documents.firstIndex { $0.material == "2" })
        app.documents[i].bytes = SamplePhoto.png(width: 600, height: 400, background: SamplePhoto.blue, rng: &rng)
        app.documents[i].mediaType = "image/jpeg"
        let d = try decide(app)
        #expect(d.verdict == .returned)
        #expect(d.findings.contains { $0.code == .documentType && $0.material == "2" })
        let spec = try #require(
            d.findings.first { $0.code == .documentSpec && $0.material == "2" }, "\(d.findings.map(\.message))")
        #expect(spec.message.contains("像素 600*400") && spec.source?.line == 1055, "\(spec.message)")
        // A JPEG of the right pixels declared as a PNG: its type is the one asked, so it is told in full (its blue 底色).
        var jpeg = app
        jpeg.documents[i].bytes = SamplePhoto.jpeg(background: SamplePhoto.blue, quality: 60, rng: &rng)
        jpeg.documents[i].mediaType = "image/png"
        let j = try decide(jpeg)
        #expect(j.findings.contains { $0.code == .documentType && $0.material == "2" })
        let blue = try #require(
            j.findings.first { $0.code == .documentSpec && $0.material == "2" }, "\(j.findings.map(\.message))")
        #expect(blue.message.contains("底色为蓝色"), "\(blue.message)")
        // The same JPEG declared as what it is, white: nothing of the kind.
        jpeg.documents[i].bytes = SamplePhoto.jpeg(background: SamplePhoto.white, quality: 60, rng: &rng)
        jpeg.documents[i].mediaType = "image/jpeg"
        #expect(try decide(jpeg).findings.allSatisfy { $0.material != "2" })
    }

    /// 不动产 事项13 8.备注 (guide 003 line 6084) "自然人抵押不动产的审查隐形共有权": the natural person is the mortgagor, and the
    /// 抵押权人 applies with him (line 6060): a bank filing, the clerk having found a hidden co-owner who does not agree, is
    /// refused as a person filing is; the fact left out, the clerk is asked to review (testers b and e: accepted, nothing
    /// asked).
    @Test(arguments: [("BS-BDC-013", 6084), ("BS-BDC-014", 6118), ("BS-BDC-015", 6148)])
    func theHiddenCoOwnersReviewHoldsWhoeverFiles(code: String, line: Int) throws {
        var facts = try settledFacts(code)
        facts["bdcHiddenCoOwnersAgree"] = "false"
        let bank = try decide(complete(code, facts: facts).byUnit())
        #expect(bank.verdict == .refused, "\(bank.errors.map(\.message))")
        #expect(bank.findings.contains { $0.code == .forbiddenCase && $0.source?.line == line })
        facts["bdcHiddenCoOwnersAgree"] = nil
        let open = try decide(complete(code, facts: facts).byUnit())
        #expect(open.verdict != .refused, "\(open.errors.map(\.message))")
        #expect(
            open.findings.contains { $0.code == .manualCheck && $0.message.contains("隐形共有人") }, "\(open.findings.map(\.message))")
    }

    /// 个税 事项4 【报送资料】: each 情形 refusing a unit cites its own heading, 1. (line 5104), 8. (5139), 10. (5145) (tester a:
    /// 8 and 10 cited 1's).
    @Test(arguments: [("case-1", 5104), ("case-8", 5139), ("case-10", 5145)])
    func aUnitIsRefusedEachCaseUnderItsOwnLine(scenario: String, line: Int) throws {
        let code = "BS-GS-004"
        let unit = try decide(complete(code, scenario: scenario, facts: try settledFacts(code, scenario: scenario)).byUnit())
        #expect(unit.verdict == .refused)
        let refusal = unit.findings.filter { $0.code == .forbiddenCase }
        #expect(refusal.map { $0.source?.line } == [line], "\(refusal.map(\.message))")
    }

    /// 户籍 事项10 7、可否代办 (line 2144) "十六周岁以下由监护人代办；十六周岁以上本人到场采集照片及指纹": who files, not a prohibition: a
    /// 17-year-old whose parent filed comes in person, returned (补正) as a child under 16 filing alone is (tester d: refused).
    @Test func anApplicantOf16FiledByAnAgentIsReturnedToComeInPerson() throws {
        let code = "BS-HJ-010"
        var app = complete(code, facts: try settledFacts(code))
        app.idNumber = "210202200803040014"  // born 2008-03-04: 17 on 2025-07-01
        app.agent = (name: "父亲", id: "210202197001010011")
        let d = try decide(app)
        #expect(d.verdict == .returned, "\(d.errors.map(\.message))")
        let f = try #require(d.findings.first { $0.code == .applicationCorrection })
        #expect(f.source?.line == 2144 && f.message.contains("本人到场采集照片及指纹"), "\(f.message)")
        #expect(!d.codes.contains(.forbiddenCase))
    }

    /// 户籍 事项8 7、可否代办 (line 2087) "需申请人本人申请和领取，不允许代办。": still a refusal, and the note on a child under 16 says
    /// it is 事项7's (line 2057), not this line's (tester b).
    @Test func theTemporaryCardsRefusalSaysWhoseNoteItQuotes() throws {
        let code = "BS-HJ-008"
        var app = complete(code, facts: try settledFacts(code))
        app.idNumber = "210202199001010037"
        app.agent = (name: "代办人", id: "210202197001010011")
        let d = try decide(app)
        #expect(d.verdict == .refused)
        let f = try #require(d.findings.first { $0.code == .forbiddenCase })
        #expect(f.source?.line == 2087 && f.message.contains("户籍 事项7"), "\(f.message)")
    }

    /// 公积金 事项5 所需材料 ⑥ (guide 003 line 6574) "租住公共租赁住房的，需提供房屋租赁合同和租金缴纳证明": with the kind of housing to
    /// correct ("商品房") and a file under (6.1), whether (6) is needed waits on the answer, as (4) and (5) do; (6.2) is not
    /// demanded (tester d: an error, and the corrected answer made (6) unneeded). Answered 公共租赁住房, it is demanded; the
    /// answer missing and (6) filed whole, nothing is asked of it.
    @Test func aFileOfAConditionalGroupSettlesNothingWhileItsAnswerIsOpen() throws {
        let code = "BS-GJJ-005"
        var facts = try settledFacts(code)
        facts["gjjRentalHousing"] = "公共租赁住房"
        let full = complete(code, facts: facts)
        #expect(try decide(full).verdict == .accepted)
        var partial = full
        partial.documents.removeAll { $0.material == "6.2" }
        let asked = try decide(partial)
        #expect(asked.errors.contains { $0.code == .materialMissing && $0.material == "6.2" }, "\(asked.errors.map(\.message))")
        partial.facts = partial.facts.map { $0.name == "gjjRentalHousing" ? ($0.name, "商品房") : $0 }
        let open = try decide(partial)
        #expect(open.verdict == .returned)
        #expect(!open.errors.contains { $0.material == "6" || $0.material == "6.2" }, "\(open.errors.map(\.message))")
        let six = try #require(open.findings.first { $0.code == .materialMissing && $0.material == "6" })
        #expect(
            six.severity == .warning && six.message.contains("已交（6.1）房屋租赁合同") && six.message.contains("尚缺（6.2）"), "\(six.message)"
        )
        // Left out, with (6) filed whole: (6) is met whatever the answer, and not what the answer is asked for.
        var whole = full
        whole.facts.removeAll { $0.name == "gjjRentalHousing" }
        let met = try decide(whole)
        #expect(
            !met.findings.contains { $0.material?.hasPrefix("6") == true && $0.severity != .info },
            "\(met.findings.map(\.message))")
    }

    /// 公积金 事项5 ③ (line 6574) "职工配偶参与提取的，提供婚姻关系证明…单身的，需现场签署单身声明": a spouse joining a worker declared 未婚
    /// is a contradiction to correct (tester d: accepted, the 婚姻关系证明 silently not asked); 已婚 is not.
    @Test func aSpouseJoiningAnUnmarriedWorkerIsToCorrect() throws {
        let code = "BS-GJJ-005"
        var facts = try settledFacts(code)
        facts["gjjSpouseJoins"] = "true"
        facts["maritalStatus"] = "未婚"
        let d = try decide(complete(code, facts: facts))
        #expect(d.verdict == .returned)
        let f = try #require(
            d.findings.first { $0.code == .factInvalid && $0.fact == "gjjSpouseJoins" }, "\(d.errors.map(\.message))")
        #expect(f.severity == .error && f.message.contains("婚姻状况"), "\(f.message)")
        facts["maritalStatus"] = "已婚"
        #expect(!(try decide(complete(code, facts: facts)).findings.contains { $0.fact == "gjjSpouseJoins" }))
    }

    /// 退休 事项6 1.事项说明 (line 9139) "…缴纳基本养老保险费满15年": the worker's years, asked of the unit filing as the worker's
    /// (tester d: "申请人缴纳…" asked the company of its own).
    @Test func theContributionYearsAreAskedOfTheWorker() throws {
        let code = "BS-TX-006"
        var facts = try settledFacts(code)
        facts["txContribution15Years"] = nil
        let d = try decide(complete(code, facts: facts).byUnit())
        let f = try #require(
            d.findings.first { $0.code == .factMissing && $0.message.contains("15年") }, "\(d.errors.map(\.message))")
        #expect(f.message.contains("申请提前退休的职工缴纳基本养老保险费") && !f.message.contains("申请人缴纳"), "\(f.message)")
    }

    /// 公积金 事项5 ⑥ (line 6574): a broken (6.1) while the answer deciding (6) is open is not "已交": its own finding says it is
    /// broken, and (6.1) is still to file (the review of round 58).
    @Test func aBrokenPartIsNotToldFiled() throws {
        let code = "BS-GJJ-005"
        var facts = try settledFacts(code)
        facts["gjjRentalHousing"] = "商品房"
        var app = complete(code, facts: facts)
        app.documents.removeAll { $0.material.hasPrefix("6") }
        var rng = SeededRandom(seed: 5803)
        app.documents.append(
            SampleDocument(
                path: "files/6.1.pdf", material: "6.1", bytes: Array(SampleDocuments.pdf(size: 4_000, rng: &rng).prefix(900)),
                mediaType: "application/pdf"))
        let d = try decide(app)
        #expect(d.findings.contains { $0.code == .documentCorrupt && $0.material == "6.1" }, "\(d.findings.map(\.message))")
        let six = try #require(d.findings.first { $0.code == .materialMissing && $0.material == "6" })
        #expect(!six.message.contains("已交"), "\(six.message)")
    }

    /// 人力社保 事项46 7.可否代办 (line 4700) "对因同一事由引起的集体投诉，投诉人可授权委托代表投诉": a representative of a collective
    /// complaint brings the 授权委托书 (5); an agent of a complaint that is not collective is returned to complain in person,
    /// and asked no 委托书 beside (the review of round 58: told both).
    @Test func aComplaintsRepresentativeIsACollectiveComplaints() throws {
        let code = "BS-RS-046"
        var facts = try settledFacts(code)
        facts["rsCollectiveComplaint"] = "false"
        var app = complete(code, facts: facts, omit: ["5"])
        app.agent = commissionedAgent
        let single = try decide(app)
        #expect(single.verdict == .returned)
        #expect(single.findings.contains { $0.code == .applicationCorrection && $0.source?.line == 4700 })
        #expect(!single.findings.contains { $0.material == "5" && $0.severity == .error }, "\(single.errors.map(\.message))")
        facts["rsCollectiveComplaint"] = "true"
        var collective = complete(code, facts: facts, omit: ["5"])
        collective.agent = commissionedAgent
        let without = try decide(collective)
        #expect(without.errors.contains { $0.code == .materialMissing && $0.material == "5" }, "\(without.errors.map(\.message))")
    }

    /// 不动产 事项20 所需材料 4) (line 6247) "提交不动产登记证明以及不动产抵押合同、主债权合同": three documents, each asked (tester g: one
    /// PDF under 4 was accepted for the three).
    @Test func aForwardMortgageAsksItsThreeDocuments() throws {
        let code = "BS-BDC-020"
        let m = matter(code)
        let four = try #require(m.scenarios[0].material("4"))
        #expect(four.parts.map(\.name) == ["不动产登记证明", "不动产抵押合同", "主债权合同"])
        let d = try decide(complete(code, facts: try settledFacts(code), omit: ["4.3"]))
        #expect(d.verdict == .returned && d.errors.contains { $0.material == "4.3" }, "\(d.errors.map(\.message))")
    }

    /// 人力社保 事项41 (line 4541) "本人或其直系/投靠亲属持有异地户口簿或房产证也可", (line 4543) "下列材料之一": a 随军 spouse's
    /// serviceman's 户口簿 with the kinship proof (3) serves instead of the army's letter (4) (tester g: returned, (4) asked).
    @Test func aServicemansHouseholdBookServesAnArmySpouse() throws {
        let code = "BS-RS-041"
        var facts = try settledFacts(code)
        facts["rsRelocation"] = "随军"
        var app = complete(code, facts: facts)
        app.documents.removeAll { $0.material == "2" || $0.material == "4" || $0.material.hasPrefix("3") }
        let nothing = try decide(app)
        #expect(nothing.verdict == .returned)
        var rng = SeededRandom(seed: 5804)
        for id in ["3.1.1", "3.2"] {
            app.documents.append(
                SampleDocument(
                    path: "files/\(id).pdf", material: id, bytes: SampleDocuments.pdf(size: 6_000, rng: &rng),
                    mediaType: "application/pdf"))
        }
        let d = try decide(app)
        #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
    }

    /// 工勤 晋级考核 (guide 002) (七) (line 39) "通过公开招聘方式进入…工作年限满 10 年，从事本工种工作满 5 年，可申报中级工" is a further way
    /// in, not a bar on one who meets (二) 3 (line 27) "2017 年底前参加工作，已取得初级工职业等级资格证书满 5 年…可申报中级工" (tester q:
    /// refused). One who meets neither is still refused under (七).
    @Test(arguments: [(6, "2015", true), (2, "2015", false), (6, "2019", false)])
    func aRouteOfEntryDoesNotBarTheOrdinaryCondition(certificateYears: Int, started: String, accepted: Bool) throws {
        let code = "GQ-ZJG"
        var facts = try settledFacts(code)
        facts.merge([
            "entryRoute": "公开招聘", "currentGrade": "初级工", "lowerCertificateYears": String(certificateYears),
            "workStartYear": started, "workYears": "6", "tradeYears": "3", "changesTrade": "false",
        ]) { $1 }
        let d = try decide(complete(code, facts: facts))
        if accepted {
            #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
        } else {
            #expect(d.verdict == .refused, "\(d.errors.map(\.message))")
            #expect(d.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 39 }, "\(d.errors.map(\.message))")
        }
    }

    /// (六) (line 37) "从专业技术岗位转聘…具有助理工程师及相应职务的，可申报高级工", (二) 2 (line 25) "2007 年底前参加工作，已取得中级工职业等级
    /// 资格证书满 5 年，可申报高级工": a 技术员 transferred from a technical post who holds the 中级工 certificate six years and started in
    /// 2005 applies under (二) (tester q: refused "须具有助理工程师").
    @Test func aTechnicalPostTransferMeetingTheOrdinaryConditionIsAccepted() throws {
        let code = "GQ-GJG"
        var facts = try settledFacts(code)
        facts.merge([
            "entryRoute": "专业技术岗位转聘", "technicalPostTitle": "技术员及相应职务", "currentGrade": "中级工",
            "lowerCertificateYears": "6", "workStartYear": "2005", "workYears": "20", "changesTrade": "false",
        ]) { $1 }
        let d = try decide(complete(code, facts: facts))
        #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
        facts["workStartYear"] = "2010"
        facts["workYears"] = "15"
        let late = try decide(complete(code, facts: facts))
        #expect(late.verdict == .refused && late.findings.contains { $0.source?.line == 37 }, "\(late.errors.map(\.message))")
    }

    /// 合规办事业务指南 38 (guide 000 line 1517) "具有独立法人资格": a 个体工商户 (credit code 92…) is no legal person (tester h:
    /// accepted); an enterprise (91…) is not refused for it.
    @Test func anIncubationPlatformIsALegalPerson() throws {
        let code = "RS-038"
        let facts = try settledFacts(code)
        let sole = try decide(complete(code, facts: facts).byUnit("92210200MA0QC4XY34"))
        #expect(sole.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 1517 }, "\(sole.errors.map(\.message))")
        let enterprise = try decide(complete(code, facts: facts).byUnit())
        #expect(!enterprise.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 1517 })
    }

    /// 其他 事项14 (guide 003 line 12192) "如配偶属再婚还需提供配偶的离婚证和协议书或法院判决书或调解书": asked of the spouse's remarriage
    /// (tester i: "夫妻是否属于离婚再婚？" asked the couple's, and one who remarried a spouse never married was asked the spouse's papers).
    @Test func theSpousesRemarriageIsAskedAsSuch() throws {
        let code = "BS-QT-014"
        var facts = try settledFacts(code)
        facts["qtSpouseRemarried"] = nil
        facts["remarried"] = nil
        let d = try decide(complete(code, facts: facts, omit: ["11", "11.1", "11.2", "11.2.1", "11.2.2", "11.2.3"]))
        let asked = try #require(
            d.findings.first { $0.code == .factMissing && $0.message.contains("再婚") }, "\(d.findings.map(\.message))")
        #expect(asked.message.contains("配偶是否属于再婚"), "\(asked.message)")
        facts["qtSpouseRemarried"] = "false"
        #expect(
            try decide(complete(code, facts: facts, omit: ["11", "11.1", "11.2", "11.2.1", "11.2.2", "11.2.3"])).verdict
                == .accepted)
    }

    /// Items naming two documents ask each (round 59, tester i: one one-page file stood for both): 其他 事项16 所需材料 4 (guide
    /// 003 line 12315) "中华人民共和国残疾人证申请表、评定表"; 户籍 事项12 (line 2189) "《儿童（社会）福利机构入院登记表》；《捡拾弃婴（儿）
    /// 登记表》"; 出入境 事项2 (line 8620) "企业机构为本人交纳社会保险的凭证、企业机构出具的赴港澳商务活动的说明".
    @Test(arguments: [
        ("BS-QT-016", "4.2", ["": ""]), ("BS-HJ-012", "1.2.2", ["hjAdoptionRoute": "社会福利院收养"]),
        (
            "BS-CRJ-002", "6.4.4.2",
            ["crjHkMoEndorsement": "商务", "crjHkMoBusinessRole": "企业机构人员", "crjHkMoPermitApplied": "false"]
        ),
    ])
    func eachDocumentOfAnItemNamingTwoIsAsked(code: String, part: String, set: [String: String]) throws {
        var facts = try settledFacts(code)
        facts.merge(set.filter { !$0.key.isEmpty }) { $1 }
        #expect(try decide(complete(code, facts: facts)).verdict.isAcceptance, "\(code)")
        let d = try decide(complete(code, facts: facts, omit: [part]))
        #expect(
            d.verdict == .returned && d.errors.contains { $0.code == .materialMissing && $0.material == part },
            "\(d.errors.map(\.message))")
    }
}
