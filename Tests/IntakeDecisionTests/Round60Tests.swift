import IntakeCatalog
import IntakeFixtures
import IntakeModel
import Testing

@testable import IntakeDecision

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
}
