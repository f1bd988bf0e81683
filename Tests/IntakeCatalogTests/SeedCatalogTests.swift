import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeManifest
import IntakeModel
import IntakeSeedData
import IntakeXML
import Testing

/// The catalog against what people wrote down from reading the seed documents
/// (Expected00N.swift, ForbiddenExamples00N.swift).
@Suite struct SeedCatalogTests {
    static let expectations = expected000 + expected001 + expected002 + expected003 + expected004
    static let forbiddenExamples =
        forbiddenExamples000 + forbiddenExamples001 + forbiddenExamples002 + forbiddenExamples003 + forbiddenExamples003Work
        + forbiddenExamples003Life + forbiddenExamples003CG + forbiddenExamples004 + forbiddenExamplesRound10

    @Test(arguments: expectations)
    func matterEqualsTheGuide(_ expected: ExpectedMatter) throws {
        let matter = try #require(realCatalog.versions(of: expected.code).last, "no matter \(expected.code)")
        #expect(matter.name == expected.name)
        var materials: [String: [String]] = [:]
        for scenario in matter.scenarios {
            materials[scenario.id] = scenario.materials.flatMap(\.flattened).map { "\($0.id) \($0.name)" }
        }
        #expect(materials == expected.materials)
        #expect(matter.deferrals.map(\.material) == expected.deferrals)
        #expect(matter.forbidden.map(\.id) == expected.forbidden)
    }

    /// Guide 003 入学 事项33 (lines 1813, 1828) lists 1. … under 情况一 and again under 情况二, 车管 事项2 under each of its cases
    /// （一）…（九）: a material's citation names its case, or 情况二's 所需材料 1 reads as 情况一's (round 14, tester 3).
    @Test(arguments: [
        ("BS-RX-033", "case-1", "1", "情况一", 1813), ("BS-RX-033", "case-2", "1", "情况二", 1828),
        ("BS-CG-002", "case-5", "1", "（五）因质量问题更换整车", 7422),
        // Materials an overlay wrote (round 18, tester 6): 车管 事项2 (五) ⑥ and (九) ②, 事项19 (一) ④.
        ("BS-CG-002", "case-5", "6", "（五）因质量问题更换整车", 7422), ("BS-CG-002", "case-9", "2.2", "（九）机动车转入", 7472),
        ("BS-CG-019", "case-1", "4", "（一）申领/补领机动车登记证书", 8206),
    ])
    func aCasesMaterialIsCitedUnderItsCase(code: String, scenario: String, material: String, place: String, line: Int) throws {
        let matter = try #require(realCatalog.versions(of: code).last)
        let m = try #require(matter.scenario(scenario)?.material(material), "\(code) \(scenario) \(material)")
        let source = try #require(m.source)
        #expect(source.item.contains(place), "\(code) \(scenario) \(material): \(source.item)")
        #expect(source.line == line, "\(code) \(scenario) \(material): line \(source.line.map(String.init) ?? "-")")
    }

    @Test func expectationsSpreadOverEveryDocument() {
        #expect(Self.expectations.count >= 25)
        let documents = Set(Self.expectations.compactMap { realCatalog.versions(of: $0.code).last?.document })
        #expect(documents == Set(realCatalog.sources.map(\.document)))
    }

    @Test(arguments: forbiddenExamples)
    func forbiddenCaseTriggersOnlyOnItsFacts(_ example: ForbiddenExample) throws {
        let submitted = String(example.submitted.prefix(10))
        let date = try #require(CalendarDate(submitted))
        let matter = try #require(realCatalog.matter(example.matter, on: date), "\(example.matter) not in force on \(submitted)")
        let forbidden = try #require(matter.forbidden.first { $0.id == example.forbidden })
        let xpath = try #require(forbidden.condition.xpath)
        for name in example.triggering.keys.sorted() + example.notTriggering.keys.sorted()
        where name != SampleApplication.residentIdKey && name != SampleApplication.unitIdKey {
            #expect(realCatalog.fact(name, of: matter) != nil, "example uses undeclared fact \(name)")
        }
        let scenario = example.scenario ?? matter.scenarios.first?.id ?? ""
        #expect(
            try evaluate(xpath, matter: matter, facts: example.triggering, submitted: example.submitted, scenario: scenario)
                == true)
        #expect(
            try evaluate(xpath, matter: matter, facts: example.notTriggering, submitted: example.submitted, scenario: scenario)
                == false)
    }

    /// Every forbidden case in the catalog has a hand-written example.
    @Test func everyForbiddenCaseHasAnExample() {
        let examples = Set(Self.forbiddenExamples.map { "\($0.matter)/\($0.forbidden)" })
        // Who applies is no fact: a case on an agent (不可代办) is checked on bundles with an
        // agent (AgentExpectation without a material), one on the applicant's kind by its
        // own decision test.
        let byApplicant = realCatalog.matters.flatMap { m in
            m.forbidden.filter { f in
                let x = f.condition.xpath ?? ""
                return x.contains("m:agent") || x.contains("m:applicant/@kind")
            }.map { (m.code, $0) }
        }
        let inPerson = Set(
            (agents003BDC + agents003RS + agents003HJ + agents003CG + agents003Work + agents003Life + agentsRound10).filter {
                $0.material == nil
            }
            .map(\.matter))
        // A child alone refused where anyone may act for the applicant (社会保障卡申领 64.1 (2) 监护人（或代办人）, seed 004 line
        // 1237; 61.1, line 1185): no one need come in person; the child through its guardian is
        // DecisionTests.aChildFilesThroughItsGuardian.
        // 入学 事项2, 4, 5, 7 (lines 1334, 1352, 1364, 1377) 要求学生法定监护人为学生办理入学手续。如有特殊原因，需向学校说明情况: the
        // guardian, or another whom the school accepts, acts for the pupil; the pupil alone is refused (round 20).
        let childThroughAnyAgent: Set = [
            "SB-064/F-minor-alone", "SB-061/F-minor-alone", "BS-RX-002/F-minor-alone", "BS-RX-004/F-minor-alone",
            "BS-RX-005/F-minor-alone", "BS-RX-007/F-minor-alone",
            // 其他 事项2 (line 11954) 应由需要单位派人持有效证件及单位介绍信: a unit names the person it sends (the agent), who
            // comes; nobody is asked to come in person besides (Round36Tests.aCriminalRecordCertificateIsAskedByThePersonAUnitSends)
            "BS-QT-002/F-unit-alone",
            // 不动产 事项26 (line 6356) 境外委托人的授权委托书还需经公证或者认证: a case of the agent's papers, not of coming in person; its
            // own decision test (Round55Tests.anOverseasPrincipalsLetterIsNotarised).
            "BS-BDC-026/F-poa-notarised",
            // 生育 事项3 (line 143) 由新生儿母亲…申领: who files (the mother; the father as her agent), not coming in person; its
            // forbidden examples and Round60Tests.aFatherFilesAsTheMothersAgent.
            "BS-SY-003/F-father-alone",
        ]
        for (code, f) in byApplicant
        where f.condition.xpath?.contains("m:agent") == true && !childThroughAnyAgent.contains("\(code)/\(f.id)") {
            #expect(inPerson.contains(code), "\(code)/\(f.id): no AgentExpectation says the applicant must come in person")
        }
        // A case on the submitted date alone (每年从1月份至4月10日进行申请) reads no fact: an example
        // has one date for both sides, so its own decision test checks it (DecisionTests
        // aYearlyWindowRefusesOutsideIt).
        let byDate = realCatalog.matters.flatMap { m in
            m.forbidden.filter { $0.condition.reads.isEmpty && ($0.condition.xpath ?? "").contains("x:submitted()") }
                .map { "\(m.code)/\($0.id)" }
        }
        #expect(
            Set(byDate) == ["BS-QT-020/F-window", "BS-QT-022/F-window", "BS-SY-009/F-window"],
            "a new case on the date alone needs a decision test")
        let cases = realCatalog.matters.flatMap { m in m.forbidden.map { "\(m.code)/\($0.id)" } }
        let factCases = Set(cases).subtracting(byApplicant.map { "\($0.0)/\($0.1.id)" }).subtracting(byDate)
        #expect(factCases.subtracting(examples).sorted() == [])
        #expect(examples.subtracting(cases).sorted() == [])
    }

    func evaluate(_ xpath: String, matter: Matter, facts: [String: String], submitted: String, scenario: String = "")
        throws -> Bool
    {
        var app = SampleApplication(id: "TEST-0001", matter: matter.code, scenario: scenario, submitted: submitted)
        app.setFacts(facts.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) })
        // The facts the pipeline derives from the resident id, as the decision sees them.
        let manifest = BundleBuilder.manifestValue(app)
        let derived = DerivedFacts(manifest, on: try #require(CalendarDate(chinaDateOf: submitted)))
        let document = try XMLDocument(bytes: Array(derived.manifest.xml().utf8))
        let evaluator = XPathEvaluator(
            document: document, submitted: String(submitted.prefix(10)),
            namespaces: ["m": "urn:dalian:intake:manifest:1"])
        return try evaluator.boolean(xpath).get()
    }
}
