import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeFixtures
import IntakeManifest
import IntakeModel
import IntakeSeedData
import Testing

/// The real catalog (Pipelines/default.pipeline.xml), loaded once.
let catalog: Catalog = try! CatalogLoader(home: repositoryRoot)
    .load(pipeline: repositoryRoot.appendingPathComponent(CatalogLoader.defaultPipeline))
let inspector = Inspector(parser: try! ManifestParser(home: repositoryRoot), catalog: catalog)
let decider = Decider(catalog: catalog)

/// Writes the application as a real bundle, inspects and decides it.
func decide(_ app: SampleApplication, style: BundleBuilder.Style = .init()) throws -> Decision {
    try decide(bytes: BundleBuilder.bytes(app, style: style))
}

func decide(bytes: [UInt8], by decider: Decider = decider) throws -> Decision {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-decide-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("bundle.zip")
    try Data(bytes).write(to: url)
    let (inspection, document) = inspector.inspect(url)
    return decider.decide(inspection, document: document)
}

/// The matter in force on `date`, else its last version (ZC-001's 2024 guide ends with 2024).
func matter(_ code: String, on date: String = "2025-07-01") -> Matter {
    catalog.matter(code, on: CalendarDate(date)!) ?? catalog.versions(of: code).last!
}

/// A complete application for a matter's scenario (all documents sound).
func complete(
    _ code: String, scenario: String? = nil, facts: [String: String] = [:], omit: Set<String> = [],
    letter: Bool = false, submitted: String? = nil
) -> SampleApplication {
    let submitted = submitted ?? insideItsWindow(code)
    let m = matter(code, on: String(submitted.prefix(10)))
    let s = scenario.flatMap { m.scenario($0) } ?? m.scenarios[0]
    return ApplicationFactory.complete(
        catalog: catalog, matter: m, scenario: s, id: "T-\(code)", submitted: submitted,
        facts: facts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, omit: omit, withCommitmentLetter: letter)
}

/// A complete application filed through ``commissionedAgent``.
func completeByAgent(_ code: String, facts: [String: String]) -> SampleApplication {
    var app = complete(code, facts: facts)
    app.agent = commissionedAgent
    return app
}

/// The real catalog with the versions of one matter replaced by `versions` (rounds of a
/// matter, a matter changed for a test).
func realCatalog(replacing code: String, with versions: [Matter]) -> Catalog {
    Catalog(
        version: catalog.version, settings: catalog.settings, calendar: catalog.calendar, sources: catalog.sources,
        matters: catalog.matters.filter { $0.code != code } + versions)
}

/// A complete application of `code` whose document for the one-of `group` is filed for
/// `alternative`, with the settled facts and `fact` set to `value` (nil: left out), decided.
func decideFiled(_ code: String, group: Material, as alternative: String, fact: String, value: String?) throws
    -> Decision
{
    var facts = try settledFacts(code)
    facts[fact] = value
    var app = complete(code, facts: facts)
    let i = try #require(app.documents.firstIndex { $0.material == group.parts[0].id })
    app.documents[i].material = alternative
    return try decide(app)
}

/// Facts that let an otherwise complete application through: those the forbidden-case
/// examples give as not triggering, then, for every fact the decision still asks for, a
/// value that neither triggers a forbidden case nor is refused.
func settledFacts(_ code: String, scenario: String? = nil, omit: Set<String> = [], letter: Bool = false) throws -> [String:
    String]
{
    var facts: [String: String] = [:]
    for e in allForbiddenExamples where e.matter == code {
        for (k, v) in e.notTriggering where facts[k] == nil { facts[k] = v }
    }
    let m = matter(code)
    for _ in 0..<6 {
        let d = try decide(complete(code, scenario: scenario, facts: facts, omit: omit, letter: letter))
        let missing = d.findings.filter { $0.code == .factMissing }.compactMap(\.fact)
        if missing.isEmpty { return facts }
        for name in missing {
            let def = catalog.fact(name, of: m)
            let candidates: [String]
            switch def?.kind {
            case .boolean?: candidates = ["false", "true"]
            case .enum?: candidates = def!.values
            case .integer?: candidates = ["240", "0", "12"]
            case .date?: candidates = ["1985-03-01"]
            default: candidates = ["大连市"]
            }
            var chosen = candidates[0]
            for c in candidates {
                var trial = facts
                trial[name] = c
                let t = try decide(complete(code, scenario: scenario, facts: trial, omit: omit, letter: letter))
                if t.verdict != .refused {
                    chosen = c
                    break
                }
            }
            facts[name] = chosen
        }
    }
    return facts
}

let allForbiddenExamples =
    forbiddenExamples000 + forbiddenExamples001 + forbiddenExamples002 + forbiddenExamples003 + forbiddenExamples003Work
    + forbiddenExamples003Life + forbiddenExamples003CG + forbiddenExamples004 + forbiddenExamplesRound10

extension Decision {
    var codes: [FindingCode] { findings.map(\.code) }
    var errors: [Finding] { findings.filter { $0.severity == .error } }
    /// The manual checks a rule asks (not the accepted application's list of paper requirements, which names the
    /// originals, copies and seals of whatever materials were filed: Decider.paperChecks).
    var ruleChecks: [Finding] {
        findings.filter { $0.code == .manualCheck && $0.detail?.hasPrefix("paper requirements") != true }
    }
}

/// A time inside the window of a matter taken only part of the year (每年5月份; 每年从1月份至4月10日);
/// for the others the tests' usual 2025-07-01.
func insideItsWindow(_ code: String) -> String {
    switch code {
    case "BS-QT-020": return "2025-05-12T09:30:00+08:00"
    case "BS-SY-009", "BS-QT-022": return "2025-03-10T09:30:00+08:00"
    // The 2024 guide's round (001: in force through 2024; its window 2024-06-03 to 06-28).
    case "ZC-001": return "2024-06-10T09:30:00+08:00"
    default: return "2025-07-01T09:30:00+08:00"
    }
}

/// The guardian a minor acts through (法定代理人), as the bundle's agent; and an agent an adult commissions (委托代理人).
let guardian = (name: "李监护", id: "210202198001010016")
/// A court's 统一社会信用代码 (GB 32100-2015: 1…, registered by 机构编制; its check character right).
let aCourt = "11210200001234567F"
let commissionedAgent = (name: "李代办", id: "210202198001010016")

/// Where the guide makes the applicant a person: a complete application by a unit is
/// refused (by the forbidden case citing `line`, when given); by the person, with the
/// resident id the settled facts chose (an age the matter asks for), it is not.
func expectAUnitRefused(_ code: String, line: Int? = nil) throws {
    let facts = try settledFacts(code)
    let app = complete(code, facts: facts, submitted: insideItsWindow(code))
    let unit = try decide(app.byUnit())
    #expect(unit.verdict == .refused && unit.codes.contains(.forbiddenCase), "\(code): \(unit.errors.map(\.message))")
    if let line {
        #expect(unit.findings.contains { $0.code == .forbiddenCase && $0.source?.line == line }, "\(code)")
    }
    var byPerson = app.byPerson(facts[SampleApplication.residentIdKey] ?? "210202199001011232")
    // A child (the settled id of a child's matter: 预防接种证) applies through its guardian.
    if let id = facts[SampleApplication.residentIdKey], id.count == 18, let year = Int(id.dropFirst(6).prefix(4)), year > 2007 {
        byPerson.agent = guardian
    }
    let person = try decide(byPerson)
    #expect(!person.codes.contains(.forbiddenCase), "\(code): \(person.errors.map(\.message))")
}

extension SampleDocument {
    /// The same file filed for another material, under a name of its own.
    func filed(as material: String, path: String? = nil) -> SampleDocument {
        var copy = self
        copy.material = material
        copy.path = path ?? "files/\(material).pdf"
        return copy
    }
}

/// A decision's due date and the line its time limit cites.
func dueAndLine(_ d: Decision) -> (date: CalendarDate?, line: Int?) {
    (d.decisionDue, d.rules.first { $0.kind == .timeLimit }?.source.line)
}

extension SampleApplication {
    /// Files one more sound PDF for `material` (a part the complete application leaves out).
    mutating func filePDF(for material: String, size: Int = 21_000) {
        var rng = SeededRandom(seed: UInt64(documents.count + 38))
        documents.append(
            SampleDocument(
                path: "files/added-\(documents.count)-\(material).pdf", material: material,
                bytes: SampleDocuments.pdf(size: size, rng: &rng), mediaType: "application/pdf"))
    }
}
