import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// Every forbidden case of the seed lists refuses a bundle that triggers it, and every
/// matter of the two 容缺 lists accepts with its deferrable material missing.
@Suite struct RuleCoverageTests {
    @Test(arguments: allForbiddenExamples)
    func forbiddenCaseRefusesTriggeringBundle(example: ForbiddenExample) throws {
        let m = matter(example.matter, on: String(example.submitted.prefix(10)))
        let rule = try #require(m.forbidden.first { $0.id == example.forbidden })
        let scenario = example.scenario ?? m.scenarios[0].id
        let triggered = try decide(
            complete(
                example.matter, scenario: scenario, facts: example.triggering, submitted: example.submitted))
        #expect(triggered.verdict == .refused, "\(example)")
        let f = try #require(triggered.findings.first { $0.code == .forbiddenCase && $0.message == rule.message })
        #expect(f.source == rule.source)
        #expect(f.severity == .error)

        let quiet = try decide(
            complete(
                example.matter, scenario: scenario, facts: example.notTriggering, submitted: example.submitted))
        #expect(!quiet.findings.contains { $0.code == .forbiddenCase && $0.message == rule.message }, "\(example)")
    }

    static let deferrals: [(String, String, String)] = catalog.matters
        .filter { $0.document.hasPrefix("000_") || $0.document.hasPrefix("004_") }
        .flatMap { m in m.deferrals.map { (m.code, $0.material, $0.scenario ?? "") } }

    @Test(arguments: deferrals.map { "\($0.0) \($0.1) \($0.2)" })
    func deferralAcceptsWithCommitmentLetter(_ key: String) throws {
        let parts = key.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let (code, material, scenarioID) = (parts[0], parts[1], parts[2])
        let m = matter(code)
        let scenario = scenarioID.isEmpty ? m.scenarios.first { $0.material(material) != nil }! : m.scenario(scenarioID)!
        // Take away the deferrable material (and its group's other alternatives).
        let omit = Self.omission(of: material, in: scenario)
        let facts = try settledFacts(code, scenario: scenario.id, omit: omit, letter: true)
        let submitted = "2025-09-26T10:00:00+08:00"  // a Friday before National Day
        let d = try decide(complete(code, scenario: scenario.id, facts: facts, omit: omit, letter: true, submitted: submitted))
        #expect(d.verdict == .acceptedDeferred, "\(key): \(d.errors.map(\.message))")
        let deferred = try #require(d.deferred.first { $0.material == material })
        let days = m.deferrals.first { $0.material == material }?.workingDays ?? catalog.deferralWorkingDays
        #expect(deferred.due == catalog.calendar.addingWorkingDays(days, to: CalendarDate("2025-09-26")!))
        #expect(d.findings.contains { $0.code == .materialDeferred && $0.material == material && $0.severity == .info })

        // Without the letter: returned, with commitment-missing and the hint.
        let noLetter = try decide(complete(code, scenario: scenario.id, facts: facts, omit: omit, submitted: submitted))
        #expect(noLetter.verdict == .returned)
        #expect(noLetter.codes.contains(.commitmentMissing))
        // The missing material is reported as itself, or as the group it is one alternative of.
        #expect(
            noLetter.findings.contains {
                $0.code == .materialMissing && omit.contains($0.material ?? "") && $0.message.contains("容缺")
            })
    }

    /// The ids to leave out so that `material` has no document: itself, or all the
    /// alternatives when it is one of a one-of group.
    static func omission(of material: String, in scenario: Scenario) -> Set<String> {
        for top in scenario.materials {
            for m in top.flattened where m.need == .oneOf && m.parts.contains(where: { $0.id == material }) {
                return Set(m.flattened.map(\.id))
            }
        }
        return [material]
    }

    @Test func deferralSpansNationalDay() throws {
        // 5 working days from Friday 2025-09-26: 09-28 (Sunday) is a 调休 workday, 10-01…10-08
        // are holidays, 10-11 (Saturday) is a workday: 09-28, 09-29, 09-30, 10-09, 10-10.
        let due = catalog.calendar.addingWorkingDays(5, to: CalendarDate("2025-09-26")!)
        #expect(due == CalendarDate("2025-10-10")!)
        let d = try decide(
            complete(
                "RS-007", facts: try settledFacts("RS-007", omit: ["2"], letter: true),
                omit: ["2"], letter: true, submitted: "2025-09-26T10:00:00+08:00"))
        #expect(d.verdict == .acceptedDeferred)
        #expect(d.deferred.map(\.due) == [CalendarDate("2025-10-10")!])
    }

    @Test func letterIsNotRequiredWhenNothingIsDeferred() throws {
        let d = try decide(complete("RS-007", facts: try settledFacts("RS-007")))
        #expect(d.verdict == .accepted)
        #expect(!d.codes.contains(.commitmentMissing))
    }
}
