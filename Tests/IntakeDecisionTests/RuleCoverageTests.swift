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
        // The example says, from the guide, whether the case refuses or returns the application.
        #expect(rule.outcome == (example.returns ? .returns : .refuses), "\(example)")
        let (verdict, code) = Self.expected(example)
        let triggered = try decide(
            complete(
                example.matter, scenario: scenario, facts: example.triggering, submitted: example.submitted))
        #expect(triggered.verdict == verdict, "\(example)")
        let f = try #require(triggered.findings.first { $0.code == code && $0.message == rule.message })
        #expect(f.source == rule.source)
        #expect(f.severity == .error)
        #expect(triggered.rules.contains { $0.subject == rule.id && $0.outcome == .applies }, "\(example)")

        let quiet = try decide(
            complete(
                example.matter, scenario: scenario, facts: example.notTriggering, submitted: example.submitted))
        #expect(!quiet.findings.contains { $0.code == code && $0.message == rule.message }, "\(example)")
    }

    /// A forbidden case refuses (forbidden-case); one the applicant corrects by filing
    /// otherwise returns the application (application-correction).
    static func expected(_ example: ForbiddenExample) -> (Verdict, FindingCode) {
        example.returns ? (.returned, .applicationCorrection) : (.refused, .forbiddenCase)
    }

    static let deferrals: [(String, String, String)] = catalog.matters
        .filter { $0.document.hasPrefix("000_") || $0.document.hasPrefix("004_") }
        .flatMap { m in m.deferrals.map { (m.code, $0.material, $0.scenario ?? "") } }

    @Test(arguments: deferrals.map { "\($0.0) \($0.1) \($0.2)" })
    func deferralAcceptsWithCommitmentLetter(_ key: String) throws {
        // Take away the deferrable material (and its group's other alternatives).
        let (code, material, m, scenario, omit) = Self.deferralCase(key)
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

    /// 容缺受理 is an acceptance. The same deferrable material missing, with the letter,
    /// in an application that must be returned for another missing material: nothing is
    /// deferred and no due date runs (it runs from acceptance); the material is said to be
    /// deferrable once the corrected application is accepted.
    @Test(arguments: deferrals.map { "\($0.0) \($0.1) \($0.2)" })
    func aReturnedApplicationDefersNothing(_ key: String) throws {
        let (code, _, m, scenario, omit) = Self.deferralCase(key)
        let deferrable = Set(m.deferrals.map(\.material))
        // Another material needed in every case and not deferrable: its absence returns the application.
        guard
            let other = scenario.materials.first(where: {
                $0.requirement == .always && $0.parts.isEmpty && !$0.isCommitmentLetter && !omit.contains($0.id)
                    && !deferrable.contains($0.id)
            })
        else { return }  // the deferrable material is the scenario's only one needed in every case
        let facts = try settledFacts(code, scenario: scenario.id, omit: omit, letter: true)
        let both = omit.union([other.id])
        let d = try decide(
            complete(code, scenario: scenario.id, facts: facts, omit: both, letter: true, submitted: "2025-09-26T10:00:00+08:00"))
        #expect(d.verdict == .returned, "\(key)")
        #expect(d.deferred.isEmpty, "\(key)")
        #expect(d.findings.contains { $0.code == .materialMissing && $0.material == other.id }, "\(key)")
        let note = try #require(d.findings.first { $0.code == .materialDeferred }, "\(key)")
        #expect(note.severity == .info)
        #expect(note.message.contains("补正后受理"), "\(note.message)")
        #expect(note.message.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "\(note.message)")
        #expect(!d.rules.contains { $0.outcome.rawValue.hasPrefix("deferred until") }, "\(key)")
        #expect(d.rules.contains { $0.kind == .deferral && $0.outcome == .deferrable }, "\(key)")
    }

    /// A refused application is told why it is refused and asked for nothing: with its
    /// deferrable material missing and the letter given, nothing is deferred, no due date.
    /// The material is not an error either (an error alone rejects a bundle, and the letter
    /// covers it): material-deferred, info, saying 容缺受理 does not apply (round 18, tester 3).
    @Test(
        arguments: allForbiddenExamples.filter { e in !e.returns && matter(e.matter).deferrals.contains { $0.scenario == nil } })
    func aRefusedApplicationDefersNothing(example: ForbiddenExample) throws {
        let m = matter(example.matter, on: String(example.submitted.prefix(10)))
        let scenario = example.scenario.flatMap { m.scenario($0) } ?? m.scenarios[0]
        let deferral = try #require(m.deferrals.first { $0.scenario == nil && scenario.material($0.material) != nil })
        let omit = Self.omission(of: deferral.material, in: scenario)
        let d = try decide(
            complete(
                example.matter, scenario: scenario.id, facts: example.triggering, omit: omit, letter: true,
                submitted: example.submitted))
        #expect(d.verdict == .refused, "\(example)")
        #expect(d.deferred.isEmpty, "\(example)")
        // Missing for the record, as whatever else a refused application lacks: no `material-deferred` (round 36).
        #expect(!d.findings.contains { $0.code == .materialDeferred }, "\(example)")
        let covered = d.findings.filter { $0.code == .materialMissing && $0.message.contains("承诺书已涵盖") }
        #expect(
            covered.count == 1
                && covered.allSatisfy { $0.severity == .info && $0.message.contains("不适用容缺受理") && $0.message.contains("无需补交") },
            "\(example)")
        #expect(!d.findings.contains { $0.severity == .error && $0.material == deferral.material }, "\(d.errors.map(\.message))")
        #expect(!d.rules.contains { $0.kind == .deferral }, "\(example)")
        #expect(
            !d.findings.contains {
                $0.message.replacingOccurrences(of: "无需补交", with: "").replacingOccurrences(of: "如重新申请，须一并补交", with: "")
                    .contains("补交") || $0.message.contains("先行受理")
            },
            "\(example)")
    }

    /// A fact's value is read as its type reads it, whitespace around it aside (a
    /// pretty-printed manifest indents it): the forbidden case applies all the same, and the
    /// values that do not trigger it still do not.
    @Test(arguments: allForbiddenExamples)
    func forbiddenCaseIgnoresWhitespaceAroundFactValues(example: ForbiddenExample) throws {
        let m = matter(example.matter, on: String(example.submitted.prefix(10)))
        let rule = try #require(m.forbidden.first { $0.id == example.forbidden })
        let scenario = example.scenario ?? m.scenarios[0].id
        func padded(_ facts: [String: String]) -> [String: String] { facts.mapValues { "\n      \($0) " } }
        let (verdict, code) = Self.expected(example)
        let triggered = try decide(
            complete(example.matter, scenario: scenario, facts: padded(example.triggering), submitted: example.submitted))
        #expect(triggered.verdict == verdict, "\(example)")
        #expect(triggered.findings.contains { $0.code == code && $0.message == rule.message }, "\(example)")
        #expect(!triggered.errors.contains { $0.code == .factInvalid }, "\(example)")
        let quiet = try decide(
            complete(example.matter, scenario: scenario, facts: padded(example.notTriggering), submitted: example.submitted))
        #expect(!quiet.findings.contains { $0.code == code && $0.message == rule.message }, "\(example)")
    }

    @Test func aDefectiveLetterIsNotReportedAsNotSubmitted() throws {
        // RS-007's 存档人员有效身份证件 is deferrable; the letter is there, but its file
        // does not match the manifest: it does not count, and the finding says so.
        let facts = try settledFacts("RS-007", omit: ["2"], letter: true)
        var app = complete("RS-007", facts: facts, omit: ["2"], letter: true)
        let letter = try #require(
            app.documents.firstIndex { matter("RS-007").scenarios[0].material($0.material)?.isCommitmentLetter == true })
        app.documents[letter].claimedSHA256 = String(repeating: "0", count: 64)
        let d = try decide(app)
        #expect(d.verdict == .returned)
        #expect(d.codes.contains(.documentChecksum))
        let f = try #require(d.findings.first { $0.code == .commitmentMissing })
        #expect(f.message.contains("承诺书文件有误"), "\(f.message)")
        #expect(!f.message.contains("未提交"), "\(f.message)")
    }

    /// A deferral argument ("code material scenario"): the matter, the scenario that has
    /// the material, and the ids to leave out so that it has no document.
    static func deferralCase(_ key: String) -> (
        code: String, material: String, matter: Matter, scenario: Scenario, omit: Set<String>
    ) {
        let parts = key.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let (code, material, scenarioID) = (parts[0], parts[1], parts[2])
        let m = matter(code)
        let scenario = scenarioID.isEmpty ? m.scenarios.first { $0.material(material) != nil }! : m.scenario(scenarioID)!
        return (code, material, m, scenario, Self.omission(of: material, in: scenario))
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
