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
}
