import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Black-box round 35 (session 41): guide 003's 户籍, 婚姻, 入学, 个税 and 公积金, guides 001 and 002. Each expectation is the
/// guide's sentence at the line given, not the catalog's reading of it. Submitted on Tuesday 2025-07-01.
@Suite struct Round35Tests {
    func state(_ d: Decision, _ id: String) -> MaterialStatus.State? { d.materials.first { $0.id == id }?.state }

    /// 婚姻 事项5 (line 8878) "1.当事人持有本人有效的居民身份证、户口簿": one file under 1 stands for neither document. The findings
    /// said so (1.1 and 1.2 missing), while the materials list showed 1 "met" (tester b, "sure", on 个税 事项4's 4.1).
    @Test func aFileUnderAGroupsNumberDoesNotMeetTheGroupInTheList() throws {
        let facts = try settledFacts("BS-HY-005")
        var app = complete("BS-HY-005", facts: facts)
        let whole = try decide(app)
        #expect(whole.verdict == .accepted, "\(whole.errors.map(\.message))")
        #expect(state(whole, "1") == .met)
        let file = try #require(app.documents.first { $0.material == "1.1" })
        app.documents.removeAll { $0.material == "1.1" || $0.material == "1.2" }
        app.documents.append(file.filed(as: "1"))
        let d = try decide(app)
        #expect(d.verdict == .returned)
        #expect(state(d, "1") != .met)
        #expect(state(d, "1.1") == .missing && state(d, "1.2") == .missing)
        #expect(d.findings.contains { $0.code == .manualCheck && $0.material == "1" && $0.path != nil })
    }

    /// 公积金 事项1 (line 6462) "可提供商品房买卖合同" only "购买国有土地上建造商品住房的": for another house the 房屋权属证书 alone serves.
    /// A file under 4 (not 4.1 or 4.2) was accepted in silence where the same contract under 4.2 was returned (tester c): it
    /// is counted, and the clerk is told to check which document it is; for a commodity house, where either serves, nothing.
    @Test(arguments: [("false", true), ("true", false)])
    func aFileUnderAnAlternativesNumberIsCheckedWhereTheCaseTakesOnlySome(commodity: String, told: Bool) throws {
        var facts = try settledFacts("BS-GJJ-001")
        facts["gjjCommodityHousing"] = commodity
        var app = complete("BS-GJJ-001", facts: facts)
        let file = try #require(app.documents.first { $0.material.hasPrefix("4.") })
        app.documents.removeAll { $0.material.hasPrefix("4") }
        app.documents.append(file.filed(as: "4"))
        let d = try decide(app)
        #expect(d.verdict == .accepted, "\(d.errors.map(\.message))")
        let check = d.findings.filter { $0.code == .manualCheck && $0.material == "4" && $0.path != nil }
        #expect(check.isEmpty == !told, "\(d.findings.map(\.message))")
        if told { #expect(check.allSatisfy { $0.severity == .warning && $0.message.contains("4.1") }) }
    }

    /// The same matter with nothing under 4: the alternatives that serve are missing with the group (任选其一), not "not
    /// required" (tester c: both rows read 无需提交 under a missing 4); the contract, outside its case, is not required.
    @Test(arguments: [("true", MaterialStatus.State.missing), ("false", .notRequired)])
    func theAlternativesOfAMissingGroupAreMissingWithIt(commodity: String, contract: MaterialStatus.State) throws {
        var facts = try settledFacts("BS-GJJ-001")
        facts["gjjCommodityHousing"] = commodity
        var app = complete("BS-GJJ-001", facts: facts)
        app.documents.removeAll { $0.material.hasPrefix("4") }
        let d = try decide(app)
        #expect(d.verdict == .returned)
        #expect(state(d, "4") == .missing)
        #expect(state(d, "4.1") == .missing)
        #expect(state(d, "4.2") == contract)
        #expect(d.findings.filter { $0.code == .materialMissing && ($0.material ?? "").hasPrefix("4") }.map(\.material) == ["4"])
    }

    /// 户籍 事项7 5、办理时限 (lines 2049, 2050): 普通证 19 working days, 异地证 40 days. The fact that tells a 大连 applicant
    /// applying nearby set the due date and was, in the same report, "not used by this matter, ignored" (tester a, "sure");
    /// absent, the 40 days are counted and the clerk is told the 普通证's case.
    @Test func aFactThatSetsTheDueDateIsNotCalledUnused() throws {
        var facts = try settledFacts("BS-HJ-007", scenario: "nearby")
        facts["hjApplicantHukouInDalian"] = "true"
        let declared = try decide(complete("BS-HJ-007", scenario: "nearby", facts: facts))
        #expect(declared.verdict == .accepted, "\(declared.errors.map(\.message))")
        #expect(!declared.findings.contains { $0.code == .factInvalid }, "\(declared.findings.map(\.message))")
        #expect(declared.decisionDue == CalendarDate("2025-07-28"))
        #expect(!declared.findings.contains { $0.code == .manualCheck && $0.message.contains("办结期限") })
        facts["hjApplicantHukouInDalian"] = nil
        let unsaid = try decide(complete("BS-HJ-007", scenario: "nearby", facts: facts))
        #expect(unsaid.verdict == .accepted, "\(unsaid.errors.map(\.message))")
        #expect(dueAndLine(unsaid).line == 2050)
        let note = try #require(unsaid.findings.first { $0.code == .manualCheck && $0.message.contains("办结期限") })
        #expect(note.severity == .info && note.message.contains("19个工作日") && note.source?.line == 2049, "\(note.message)")
    }

    /// 公积金 事项5 所需材料⑤ (line 6574) "缴存地在普兰店的，需同时提供普湾新区和普兰店区房屋交易管理部门出具的家庭无房产证明；缴存地在庄河的，
    /// 需同时提供庄河和花园口…": one certificate was accepted for a fund deposited in 普兰店 (tester c, "sure").
    @Test(arguments: [("普兰店", true), ("庄河", true), ("其他", false)])
    func aFundInPulandianOrZhuangheBringsTwoCertificates(office: String, second: Bool) throws {
        var facts = try settledFacts("BS-GJJ-005")
        facts["gjjRentalHousing"] = "商品住房"
        facts["gjjCentralDeposit"] = "false"
        facts["maritalStatus"] = "未婚"
        facts["gjjSpouseJoins"] = "false"
        facts["gjjDepositOffice"] = office
        let all = try decide(complete("BS-GJJ-005", facts: facts))
        #expect(all.verdict == .accepted, "\(all.errors.map(\.message))")
        let one = try decide(complete("BS-GJJ-005", facts: facts, omit: ["5.3"]))
        #expect(one.verdict == (second ? .returned : .accepted), "\(one.errors.map(\.message))")
        #expect(one.findings.contains { $0.code == .materialMissing && $0.material == "5.3" } == second)
        facts["gjjDepositOffice"] = nil
        let unsaid = try decide(complete("BS-GJJ-005", facts: facts, omit: ["5.3"]))
        #expect(unsaid.findings.contains { $0.code == .factMissing && $0.fact == "gjjDepositOffice" })
    }

    /// 退休 事项3 所需材料 13 (line 9047) "复印件一份（与身份证复印件复印在一张A4纸）": several files for one material are the pages of
    /// one scan (the contract), so two one-page files are two sheets (tester f: accepted; one two-page file was returned).
    @Test func twoFilesForOneSheetAreTwoSheets() throws {
        var facts = try settledFacts("BS-TX-003")
        facts["insuredCategory"] = "企业职工"
        var app = complete("BS-TX-003", facts: facts)
        let k = try #require(app.documents.firstIndex { $0.material == "1.13.1" })
        var rng = SeededRandom(seed: 9047)
        app.documents[k] = SampleDocument(
            path: "files/社保卡-1.pdf", material: "1.13.1", bytes: SampleDocuments.pdf(size: 20_000, rng: &rng),
            mediaType: "application/pdf")
        let one = try decide(app)
        #expect(one.verdict == .accepted, "\(one.errors.map(\.message))")
        app.documents.append(
            SampleDocument(
                path: "files/社保卡-2.pdf", material: "1.13.1", bytes: SampleDocuments.pdf(size: 20_000, rng: &rng),
                mediaType: "application/pdf"))
        let two = try decide(app)
        #expect(two.verdict == .returned, "\(two.errors.map(\.message))")
        let f = try #require(two.findings.first { $0.code == .documentSpec && $0.material == "1.13.1" })
        #expect(f.message.contains("合计 2 页") && f.source?.line == 9047, "\(f.message)")
    }

    /// 人力社保 事项22 2.所需材料 (lines 2985-2988): （1） and （3） are the 参保单位's routes, （2） and （4） the person's own. A unit filing by
    /// a person's route, or a person by a unit's, was accepted (tester e): returned to choose the route of who applies.
    @Test(arguments: [
        ("本人到街道乡镇申请", false, true), ("即时业务办理网点", false, true), ("参保单位申请", false, false),
        ("参保单位申请", true, true), ("参保单位领取", true, true), ("本人到街道乡镇申请", true, false),
    ])
    func theCardsRouteIsThatOfWhoApplies(route: String, person: Bool, corrected: Bool) throws {
        var facts = try settledFacts("BS-RS-022")
        facts["rsCardRoute"] = route
        let app = complete("BS-RS-022", facts: facts)
        let d = try decide(person ? app.byPerson() : app.byUnit())
        let f = d.findings.filter { $0.code == .applicationCorrection }
        #expect(f.isEmpty == !corrected, "\(route) \(person): \(d.findings.map(\.message))")
        if corrected {
            #expect(d.verdict == .returned)
            #expect(f.allSatisfy { $0.severity == .error && [2985, 2986].contains($0.source?.line ?? 0) })
        }
    }

    /// 生育 事项9 （三） 所需材料 3 (line 1051) "结婚证（离婚证和协议书或法院判决书或调解书）": the 结婚证, or the 离婚证 with one of the
    /// three. An alternative naming two documents was met by either (tester e: one file under 3; then, split, by the 离婚证 alone).
    @Test func aDivorcedParentBringsTheCertificateAndTheAgreementOrJudgement() throws {
        let facts = try settledFacts("BS-SY-009", scenario: "case-3")
        func decided(_ filed: [String]) throws -> Decision {
            var app = complete("BS-SY-009", scenario: "case-3", facts: facts)
            let file = try #require(app.documents.first { $0.material.hasPrefix("3") })
            app.documents.removeAll { $0.material.hasPrefix("3") }
            for (i, id) in filed.enumerated() { app.documents.append(file.filed(as: id, path: "files/3-\(i).pdf")) }
            return try decide(app)
        }
        #expect(try decided(["3.1"]).verdict == .accepted)
        #expect(try decided(["3.2.1", "3.2.2.2"]).verdict == .accepted)
        let alone = try decided(["3.2.1"])
        #expect(alone.verdict == .returned, "\(alone.findings.map(\.message))")
        #expect(alone.findings.contains { $0.code == .materialMissing && $0.material == "3" })
        // A divorce by a court gives its 判决书 or 调解书 and no 离婚证 (round 52, tester c): the 判决书 alone serves; the 协议书
        // of a divorce by agreement goes with its 离婚证.
        #expect(try decided(["3.2.2.2"]).verdict == .accepted)
        #expect(try decided(["3.2.2.1"]).verdict == .returned)
    }

    /// RS-011's 容缺 names the alternative 1.1 (身份证件) of its group 1: with the letter and neither document, the group is
    /// deferred, and its alternatives are not listed 缺少 beside it (session 41 review: the new missing state contradicted it).
    @Test func theAlternativesOfADeferredGroupAreNotListedMissing() throws {
        let facts = try settledFacts("RS-011", omit: ["1", "1.1", "1.2"], letter: true)
        let d = try decide(complete("RS-011", facts: facts, omit: ["1", "1.1", "1.2"], letter: true))
        #expect(d.verdict == .acceptedDeferred, "\(d.errors.map(\.message))")
        #expect(state(d, "1") == .deferred)
        #expect(state(d, "1.1") != .missing && state(d, "1.2") != .missing, "\(d.materials.map { ($0.id, $0.state) })")
    }
}
