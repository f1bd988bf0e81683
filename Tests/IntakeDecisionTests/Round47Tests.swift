import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Session 47: what black-box round 47 (and what rounds 44-45 left) found. Each expectation is the guide's sentence at the
/// line given, not the catalog's reading of it.
@Suite struct Round47Tests {
    func said(_ d: Decision) -> [String] { d.findings.map { "\($0.code) \($0.material ?? "") \($0.message)" } }

    /// The paper checks' clause for material `id` (up to its "；"), if any.
    func paperClause(_ d: Decision, _ id: String) -> String? {
        guard let paper = d.findings.first(where: { $0.message.hasPrefix("请核验文件无法显示的纸质要求") }) else { return nil }
        return paper.message.split(separator: "；").map(String.init).first { $0.contains("（\(id)）") }
    }

    /// 000 line 571 "存档人申请办理档案转出": a unit refused for filing a 个人存档 transfer is refused for what it is, as a unit
    /// filing a citizen's matter is: it is asked nothing of the archive's case (session 46's review: 档案是否在中心托管 was
    /// asked beside the refusal). The unit filing the 集体存档 transfer, not refused, is still asked.
    @Test func aUnitRefusedForTheIndividualTransferIsAskedNothingOfTheArchive() throws {
        var facts = try settledFacts("RS-013", scenario: "transfer-individual")
        facts["archiveHeldByCenter"] = nil
        let unit = try decide(complete("RS-013", scenario: "transfer-individual", facts: facts).byUnit())
        #expect(unit.verdict == .refused, "\(said(unit))")
        #expect(!unit.findings.contains { $0.code == .factMissing }, "\(said(unit))")
        #expect(!unit.findings.contains { $0.message.contains("托管") }, "\(said(unit))")
        let person = try decide(complete("RS-013", scenario: "transfer-individual", facts: facts).byPerson())
        #expect(person.findings.contains { $0.code == .factMissing && $0.message.contains("托管") }, "\(said(person))")
        var collectiveFacts = try settledFacts("RS-013", scenario: "transfer-collective")
        collectiveFacts["archiveHeldByCenter"] = nil
        let collective = try decide(complete("RS-013", scenario: "transfer-collective", facts: collectiveFacts).byUnit())
        #expect(collective.findings.contains { $0.code == .factMissing && $0.message.contains("托管") }, "\(said(collective))")
    }

    /// The refusal read from a condition: its kind alone, or its kind in one scenario; nothing that reads more.
    @Test func aRefusalForWhatTheApplicantIsIsReadFromItsCondition() {
        func refusal(_ xpath: String) -> ForbiddenCase {
            ForbiddenCase(
                id: "F", condition: Condition(xpath: xpath, reads: [], text: "t"), message: "m",
                source: Citation(document: "000_b4123a1601a34da6.txt", item: "i", line: 1))
        }
        #expect(refusal("m:applicant/@kind = 'person'").refusesForWhatItIs(kind: "person", scenario: "standard"))
        #expect(!refusal("m:applicant/@kind = 'person'").refusesForWhatItIs(kind: "organization", scenario: "standard"))
        let scoped = refusal("m:matter/@scenario = 'standard' and m:applicant/@kind = 'organization'")
        #expect(scoped.refusesForWhatItIs(kind: "organization", scenario: "standard"))
        #expect(!scoped.refusesForWhatItIs(kind: "organization", scenario: "other"))
        #expect(scoped.refusedApplicantKind == nil)
        #expect(refusal("m:applicant/@kind='organization' and m:matter/@scenario='a'").refusedApplicant?.scenario == "a")
        #expect(refusal("m:applicant/@kind = 'person' and boolean(m:agent)").refusedApplicant == nil)
        #expect(refusal("m:applicant/@kind = 'person' and m:applicant/@kind = 'organization'").refusedApplicant == nil)
        #expect(refusal("m:applicant/@kind = 'robot'").refusedApplicant == nil)
        #expect(refusal("m:applicant/@kind = '").refusedApplicant == nil)
    }

    /// 《国务院关于渐进式延迟法定退休年龄的办法》 附件1 gives the 改革后退休时间 as a month (出生 1965年1月: 60岁1个月, 退休时间
    /// 2025年2月): a man born 1965-06-15 retires at 60 years 2 months, in 2025-08, and has reached it on 2025-08-05, before
    /// his birthday's day (round 45, tester f: SB-081 refused him). Before 2025 the age is 年满60周岁, reached on the
    /// birthday: a man born 1964-12-20 has not reached it on 2024-12-05.
    @Test func theDelayedRetirementAgeIsReachedInTheTablesMonth() throws {
        let facts = try settledFacts("SB-081")
        func refused(_ id: String, on day: String) throws -> Bool {
            let d = try decide(complete("SB-081", facts: facts, submitted: day + "T09:30:00+08:00").byPerson(id))
            return d.findings.contains { $0.code == .forbiddenCase && $0.source?.line == 1569 }
        }
        #expect(try refused("210202196506150111", on: "2025-07-31"))
        #expect(try !refused("210202196506150111", on: "2025-08-05"))
        #expect(try !refused("210202196506150111", on: "2025-08-01"))
        #expect(try refused("210202196412200114", on: "2024-12-05"))
        #expect(try !refused("210202196412200114", on: "2024-12-20"))
    }

    /// 003 line 2987 "（3）参保单位领取社保卡，需提供经办人身份证原件及加盖公章的社保卡发放单（封面）": the 公章 is the 发放单's; the
    /// clerk was told to check a seal on the 经办人's id card (tester e).
    @Test func aSealNamedOfOneDocumentIsCheckedOnThatDocumentOnly() throws {
        var facts = try settledFacts("BS-RS-022")
        facts["rsCardRoute"] = "参保单位领取"
        let d = try decide(complete("BS-RS-022", facts: facts).byUnit())
        #expect(d.verdict.isAcceptance, "\(said(d))")
        // The group's line asks the originals of both; the seal only of the 发放单.
        let group = paperClause(d, "3") ?? ""
        #expect(group.hasSuffix("核验原件"), "\(said(d))")
        let card = paperClause(d, "3.1") ?? ""
        #expect(!card.contains("印章"), "\(said(d))")
        let form = paperClause(d, "3.2") ?? ""
        #expect(form.hasSuffix("核验印章"), "\(said(d))")
    }
}
