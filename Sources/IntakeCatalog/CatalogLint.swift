public import Foundation
import IntakeModel
import IntakeXML

/// `intake catalog lint`: everything that makes catalog data wrong, as a list of
/// problems. Schema errors (file and line) come from loading; then references: every
/// deferral points at a material of its matter and is covered by a commitment letter,
/// every condition reads declared facts only and lists every fact its XPath names, every
/// XPath compiles and evaluates with libxml2, ids and codes are unique.
public enum CatalogLint {
    public struct Result: Sendable {
        /// Empty when the catalog is clean.
        public var problems: [CatalogProblem]
        /// What could be loaded (files with schema errors left out); nil when the
        /// pipeline file itself is unusable.
        public var catalog: Catalog?
    }

    /// The problems of the catalog a pipeline definition names.
    public static func problems(pipeline: URL, loader: CatalogLoader) -> [CatalogProblem] {
        run(pipeline: pipeline, loader: loader).problems
    }

    /// Every material whose name says 承诺书, with its matter and scenario: the deferral
    /// letter (容缺受理承诺书) and the pledges, for review.
    public static func commitmentLetters(in catalog: Catalog) -> [(matter: Matter, scenario: Scenario, material: Material)] {
        catalog.matters.flatMap { m in
            m.scenarios.flatMap { s in
                s.materials.flatMap(\.flattened).filter { $0.name.contains("承诺书") }.map { (m, s, $0) }
            }
        }
    }

    /// Conditions (`<when>` of materials, scenarios and forbidden cases): how many, and
    /// how many carry an XPath.
    public static func conditionCounts(in catalog: Catalog) -> (total: Int, withXPath: Int) {
        var conditions: [Condition] = []
        for m in catalog.matters {
            conditions += m.forbidden.map(\.condition)
            conditions += m.caseTimeLimits.compactMap(\.condition)
            for s in m.scenarios {
                conditions += [s.condition].compactMap { $0 }
                conditions += s.materials.flatMap(\.flattened).compactMap(\.condition)
            }
        }
        return (conditions.count, conditions.filter { $0.xpath != nil }.count)
    }

    public static func run(pipeline: URL, loader: CatalogLoader) -> Result {
        let reading = loader.read(pipeline: pipeline)
        guard let catalog = reading.catalog else { return Result(problems: reading.problems, catalog: nil) }
        var linter = Linter(catalog: catalog, reading: reading)
        linter.lint()
        return Result(problems: reading.problems + linter.problems, catalog: catalog)
    }
}

/// The manifest every XPath is evaluated against once, to catch what compiling cannot
/// (unknown functions and the like are only looked up when evaluated).
let sampleManifest = """
    <?xml version="1.0" encoding="UTF-8"?>
    <application xmlns="urn:dalian:intake:manifest:1" id="LINT-0001" submitted="2025-07-01T09:30:00+08:00" channel="online">
      <matter code="RS-001" scenario=""/>
      <applicant kind="person">
        <name>张三</name>
        <id type="resident-id">210202199001011232</id>
        <fact name="sample">1</fact>
      </applicant>
      <documents/>
    </application>
    """

private struct Linter {
    let catalog: Catalog
    let reading: CatalogReading
    var problems: [CatalogProblem] = []
    let sample: XMLDocument?
    let evaluator: XPathEvaluator
    /// Expression -> its problem text (nil: fine), so each distinct XPath is checked once.
    var checked: [String: String?] = [:]
    /// The seed documents the pipeline's catalog files come from: what citations may name.
    let documents: Set<String>

    static let namespaces = ["m": "urn:dalian:intake:manifest:1"]
    /// XPath 1.0's core functions and intake's extensions (Schemas/catalog.xsd header).
    static let functions: Set<String> = [
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat",
        "starts-with", "contains", "substring-before", "substring-after", "substring", "string-length",
        "normalize-space", "translate", "boolean", "not", "true", "false", "lang", "number", "sum",
        "floor", "ceiling", "round", "x:submitted", "x:years-since", "x:date-number", "x:last-day", "x:period-end",
    ]
    static let nodeTests: Set<String> = ["node", "text", "comment", "processing-instruction"]
    static let operators: Set<String> = ["and", "or", "div", "mod"]

    init(catalog: Catalog, reading: CatalogReading) {
        self.catalog = catalog
        documents = Set(catalog.sources.map(\.document))
        self.reading = reading
        sample = try? XMLDocument(bytes: Array(sampleManifest.utf8), url: "lint-sample.xml")
        evaluator = XPathEvaluator(document: sample, submitted: "2025-07-01", namespaces: Self.namespaces)
    }

    mutating func report(
        _ code: CatalogProblem.Code, _ file: String, _ line: Int?, _ matter: String?, _ message: String
    ) {
        problems.append(CatalogProblem(code, file: file, line: line, matter: matter, message))
    }

    mutating func lint() {
        lintSources()
        lintCalendar()
        lintPeriods()
        for (index, matter) in catalog.matters.enumerated() {
            lint(matter, at: reading.locations[index])
        }
    }

    mutating func lintSources() {
        var seen: [String: String] = [:]
        for (index, source) in catalog.sources.enumerated() {
            let file = reading.files[index]
            if let other = seen[source.document] {
                report(
                    .duplicateSource, file, nil, nil,
                    "cites source document \(source.document) like \(other); facts are per document, give each catalog file its own"
                )
            }
            seen[source.document] = file
            for fact in source.facts where DerivedFact.all.contains(fact.name) {
                report(
                    .factDerived, file, reading.factLines[index][fact.name], nil,
                    "fact \(fact.name) is derived by the pipeline from the resident id; do not declare it")
            }
            for fact in source.facts where fact.kind == .enum && fact.values.isEmpty {
                report(
                    .enumWithoutValues, file, reading.factLines[index][fact.name], nil,
                    "fact \(fact.name) is an enum without <value>s")
            }
            // What a fact must agree with: its facts declared, its XPath compiled, as any rule's.
            let facts = Dictionary(
                (source.facts + FactDefinition.derived).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            for fact in source.facts {
                for condition in fact.consistent {
                    if condition.xpath == nil {
                        report(
                            .conditionUnencoded, file, reading.factLines[index][fact.name], nil,
                            "fact \(fact.name): a <consistent> without an xpath is never checked")
                    }
                    lint(
                        condition, facts: facts, what: "fact \(fact.name)'s consistency", file,
                        reading.factLines[index][fact.name] ?? 0, "")
                }
            }
        }
    }

    mutating func lintCalendar() {
        let file = reading.calendarFile
        for year in catalog.calendar.years {
            for h in year.holidays {
                if h.to < h.from {
                    report(.calendar, file, nil, nil, "holiday \(h.name) \(h.from)…\(h.to) ends before it starts")
                }
                if h.from.year != year.year && h.to.year != year.year {
                    report(.calendar, file, nil, nil, "holiday \(h.name) \(h.from) is listed under year \(year.year)")
                }
            }
            if year.basis == .law, !year.workdays.isEmpty {
                report(.calendar, file, nil, nil, "year \(year.year) is given from the law, which sets no 调休 workdays")
            }
            for w in year.workdays {
                if w.date.weekday <= 5 { report(.calendar, file, nil, nil, "workday \(w.date) is a weekday already") }
                if year.holidays.contains(where: { w.date >= $0.from && w.date <= $0.to }) {
                    report(.calendar, file, nil, nil, "workday \(w.date) lies inside a holiday")
                }
            }
        }
    }

    /// Versions of one code must not be in force on the same day.
    mutating func lintPeriods() {
        for (index, m) in catalog.matters.enumerated() {
            let here = reading.locations[index]
            if let until = m.effectiveUntil, until < m.effectiveFrom {
                report(
                    .matterPeriod, here.file, here.line, m.code, "in force until \(until), before it starts \(m.effectiveFrom)")
            }
            for (other, o) in catalog.matters.enumerated().dropFirst(index + 1) where o.code == m.code {
                let overlap =
                    (m.effectiveUntil.map { o.effectiveFrom <= $0 } ?? true)
                    && (o.effectiveUntil.map { m.effectiveFrom <= $0 } ?? true)
                if overlap {
                    let there = reading.locations[other]
                    report(
                        .matterPeriod, there.file, there.line, m.code,
                        "in force \(Self.period(o)) and also \(Self.period(m)) (\(here.file):\(here.line)); set effectiveUntil on the older version"
                    )
                }
            }
        }
    }

    /// Only the 容缺受理承诺书 is the deferral letter; every other 承诺书 is a pledge, an
    /// ordinary material (Pipelines/contract/bundle-format.md, "The catalog's identifiers").
    static func pledgeProblem(_ m: Material) -> String? {
        guard m.name.contains("承诺书") else { return nil }
        let deferralLetter = m.name.contains("容缺")
        if deferralLetter && !m.isCommitmentLetter {
            return "a 容缺受理承诺书 must be of kind commitment-letter"
        }
        if !deferralLetter && m.isCommitmentLetter {
            return "only the 容缺受理承诺书 is the deferral letter; this 承诺书 is of kind pledge, required as the guide says"
        }
        return nil
    }

    static func period(_ m: Matter) -> String { "\(m.effectiveFrom)…\(m.effectiveUntil?.description ?? "")" }

    mutating func lint(_ matter: Matter, at location: MatterLocation) {
        let code = matter.code
        let file = location.file
        let facts = Dictionary(catalog.facts(of: matter).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

        var scenarioIds: Set<String> = []
        for (s, scenario) in matter.scenarios.enumerated() {
            let line = location.scenarios[s]
            if !scenarioIds.insert(scenario.id).inserted {
                report(.duplicateScenario, file, line, code, "scenario \"\(scenario.id)\" appears twice")
            }
            if let condition = scenario.condition {
                lint(condition, facts: facts, what: "scenario \"\(scenario.id)\" condition", file, line, code)
                if condition.xpath == nil {
                    report(.conditionUnencoded, file, line, code, "scenario \"\(scenario.id)\" condition has no xpath")
                }
            }
            var seen: [String: Int] = [:]
            // `serves="also"` means something only on a conditional alternative.
            let alternatives = Set(
                scenario.materials.flatMap(\.flattened).filter { $0.need == .oneOf }
                    .flatMap { $0.parts.filter { $0.requirement == .conditional }.map(\.id) })
            for material in scenario.materials.flatMap(\.flattened) {
                if material.serves == .also && !alternatives.contains(material.id) {
                    report(
                        .serves, file, location.materials["\(s)/\(material.id)"]?.first ?? line, code,
                        "material \(material.id) says serves=\"also\" but is no conditional alternative of a one-of group")
                }
                if material.copiesNote != nil && material.copies == nil {
                    report(
                        .copies, file, location.materials["\(s)/\(material.id)"]?.first ?? line, code,
                        "material \(material.id) has copiesNote without copies: the note is shown only beside a number")
                }
                let occurrence = seen[material.id, default: 0]
                seen[material.id] = occurrence + 1
                let lines = location.materials["\(s)/\(material.id)"] ?? []
                let mline = occurrence < lines.count ? lines[occurrence] : line
                if occurrence > 0 {
                    report(
                        .duplicateMaterial, file, mline, code,
                        "material \(material.id) appears twice in scenario \"\(scenario.id)\"")
                }
                if let condition = material.condition {
                    lint(condition, facts: facts, what: "material \(material.id) condition", file, mline, code)
                    if condition.xpath == nil {
                        report(
                            .conditionUnencoded, file, mline, code,
                            "material \(material.id) condition has no xpath (\(condition.text)): encode it as a fact the applicant declares, a derived fact, boolean(m:agent) or m:applicant/@kind"
                        )
                    }
                } else if material.requirement == .conditional {
                    report(.conditionUnencoded, file, mline, code, "material \(material.id) is conditional without a <when>")
                }
                if let problem = Self.pledgeProblem(material) {
                    report(.pledgeKind, file, mline, code, "material \(material.id) \(material.name): \(problem)")
                }
            }
        }

        if let except = matter.window?.except {
            lint(except, facts: facts, what: "application window exception", file, location.line, code)
            if except.xpath == nil {
                report(.conditionUnencoded, file, location.line, code, "application window exception has no xpath")
            }
        }

        for (d, deferral) in matter.deferrals.enumerated() {
            let line = location.deferrals[d]
            let applies: [Scenario]
            if let id = deferral.scenario, !id.isEmpty {
                guard let scenario = matter.scenario(id) else {
                    report(
                        .deferralTarget, file, line, code,
                        "deferral of \(deferral.material) names scenario \"\(id)\", which the matter lacks")
                    continue
                }
                guard scenario.material(deferral.material) != nil else {
                    report(
                        .deferralTarget, file, line, code,
                        "deferral names material \(deferral.material), which scenario \"\(id)\" lacks")
                    continue
                }
                applies = [scenario]
            } else {
                applies = matter.scenarios.filter { $0.material(deferral.material) != nil }
                if applies.isEmpty {
                    report(
                        .deferralTarget, file, line, code, "deferral names material \(deferral.material), which no scenario has")
                    continue
                }
            }
            for scenario in applies where scenario.commitmentLetter == nil {
                report(
                    .commitmentMissing, file, line, code,
                    "material \(deferral.material) is deferrable but scenario \"\(scenario.id)\" has no 容缺受理承诺书 (kind commitment-letter or required when-deferred)"
                )
            }
        }

        var forbiddenIds: Set<String> = []
        for (f, forbidden) in matter.forbidden.enumerated() {
            let line = location.forbidden[f]
            if !forbiddenIds.insert(forbidden.id).inserted {
                report(.duplicateForbidden, file, line, code, "forbidden case \(forbidden.id) appears twice")
            }
            if forbidden.condition.xpath == nil {
                report(
                    .forbiddenUnencoded, file, line, code,
                    "forbidden case \(forbidden.id) has no xpath: the pipeline cannot apply it")
            }
            lint(forbidden.condition, facts: facts, what: "forbidden case \(forbidden.id)", file, line, code)
        }

        var citations = [matter.source] + matter.deferrals.map(\.source) + matter.forbidden.map(\.source)
        citations += matter.scenarios.flatMap { $0.materials.flatMap(\.flattened).compactMap(\.source) }
        if let window = matter.window { citations.append(window.source) }
        let limits = (matter.timeLimit.map { [$0] } ?? []) + matter.channelTimeLimits + matter.caseTimeLimits
        citations += limits.compactMap(\.source)
        // A case's limit (未成年人…2个工作日) is read by its XPath, and another serves the rest.
        for limit in matter.caseTimeLimits {
            if let condition = limit.condition {
                lint(condition, facts: facts, what: "time limit \"\(limit.text)\"", file, location.line, code)
            }
            if limit.channel != nil {
                report(.timeLimit, file, location.line, code, "a case's time limit is for every channel: no channel on it")
            }
        }
        if !matter.caseTimeLimits.isEmpty && matter.timeLimit == nil {
            report(.timeLimit, file, location.line, code, "time limits per case without one for the other cases")
        }
        // The due date a report gives is counted from the limit: it cites the guide's line.
        for limit in limits where limit.unit != .unspecified && limit.source == nil {
            report(.timeLimit, file, location.line, code, "time limit \"\(limit.text)\" cites no line of the guide")
        }
        let channels = matter.channelTimeLimits.compactMap(\.channel)
        if Set(channels).count != channels.count {
            report(.timeLimit, file, location.line, code, "two time limits for one channel")
        }
        if !channels.isEmpty && matter.timeLimit == nil {
            report(.timeLimit, file, location.line, code, "time limits per channel without one for the other channels")
        }
        for document in Set(citations.map(\.document)) where !documents.contains(document) {
            report(
                .citation, file, location.line, code,
                "cites \(document), which is not the source document of any catalog file in the pipeline")
        }
        // An item that starts blank lost the place it names (" 所需材料 1.1" for 人力社保 事项14 所需材料 1.1).
        for citation in citations where citation.item.first?.isWhitespace ?? true {
            report(
                .citation, file, location.line, code,
                "cites \(citation.document) with the item \"\(citation.item)\", which does not say where in the guide it is")
        }
        // A line the report cannot quote (blank, or past the end) sends an auditor to nothing,
        // and a table's row number (原文「2」) to little more: checked where the seed's text is
        // at hand (the matter's own title line was quoted).
        if matter.source.quote != nil {
            var seen: Set<Int> = []
            for citation in citations where citation.document == matter.source.document {
                let quote = citation.quote?.trimmingCharacters(in: .whitespaces)
                let rowNumber = quote.map { !$0.isEmpty && $0.allSatisfy(\.isNumber) } ?? false
                guard quote == nil || rowNumber, let line = citation.line, seen.insert(line).inserted else { continue }
                report(
                    .citation, file, location.line, code,
                    rowNumber
                        ? "cites line \(line) of \(citation.document) (\(citation.item)), which holds only the number \(quote ?? "") (a table's row number): cite the line with the guide's words"
                        : "cites line \(line) of \(citation.document) (\(citation.item)), which is blank or past its end: cite the line with the guide's words"
                )
            }
        }

        if let window = matter.window, window.to < window.from {
            report(.window, file, location.line, code, "application window \(window.from)…\(window.to) ends before it starts")
        }
    }

    mutating func lint(
        _ condition: Condition, facts: [String: FactDefinition], what: String, _ file: String, _ line: Int,
        _ code: String
    ) {
        for name in condition.reads where facts[name] == nil {
            report(.factUndeclared, file, line, code, "\(what) reads fact \(name), which its catalog file does not declare")
        }
        for name in condition.unasked where !condition.reads.contains(name) {
            report(
                .factUnlisted, file, line, code,
                "\(what): unasked names fact \(name) but reads=\"\(condition.reads.joined(separator: " "))\" does not list it")
        }
        guard let xpath = condition.xpath else { return }
        let named = Self.factsNamed(in: xpath)
        var seen: Set<String> = []
        for name in named.map(\.name) where !condition.reads.contains(name) && seen.insert(name).inserted {
            report(
                .factUnlisted, file, line, code,
                "\(what): the xpath reads fact \(name) but reads=\"\(condition.reads.joined(separator: " "))\" does not list it")
        }
        for (name, value) in named {
            guard let value, let fact = facts[name] else { continue }
            let allowed: [String]
            switch fact.kind {
            case .boolean: allowed = ["true", "false"]
            case .enum: allowed = fact.values
            default: continue
            }
            if !allowed.contains(value) {
                report(
                    .factValue, file, line, code,
                    "\(what) compares fact \(name) with '\(value)', not one of its values (\(allowed.joined(separator: ", ")))")
            }
        }
        if let why = check(xpath) {
            report(.xpath, file, line, code, "\(what): \(why)")
        }
    }

    /// Compiles, scans for unknown functions and evaluates once; nil when all is well.
    mutating func check(_ xpath: String) -> String? {
        if let known = checked[xpath] { return known }
        var why: String?
        if let failure = evaluator.check(xpath) {
            why = failure.description
        } else if let unknown = Self.functionNames(in: xpath).first(where: { !Self.functions.contains($0) }) {
            why = "XPath \(xpath): unknown function \(unknown)()"
        } else if case .failure(let failure) = evaluator.boolean(xpath) {
            why = failure.description
        }
        checked[xpath] = why
        return why
    }

    /// Names followed by "(" outside string literals: function calls (node tests, axes
    /// and operators left out).
    static func functionNames(in xpath: String) -> [String] {
        let chars = Array(XPathText.split(xpath).outside)
        var names: [String] = []
        var i = 0
        func isStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
        func isName(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "-" || c == "." }
        while i < chars.count {
            let c = chars[i]
            if isStart(c) {
                let start = i
                while i < chars.count && isName(chars[i]) { i += 1 }
                if i + 1 < chars.count && chars[i] == ":" && isStart(chars[i + 1]) {
                    i += 1
                    while i < chars.count && isName(chars[i]) { i += 1 }
                }
                let name = String(chars[start..<i])
                var j = i
                while j < chars.count && chars[j].isWhitespace { j += 1 }
                let before = start > 0 ? chars[start - 1] : " "
                if j < chars.count && chars[j] == "(" && before != ":" && before != "@" && before != "$"
                    && !nodeTests.contains(name) && !operators.contains(name)
                {
                    names.append(name)
                }
            } else {
                i += 1
            }
        }
        return names
    }

    /// Facts an XPath reads as m:fact[@name='x'], each with the literal it is compared to
    /// by = or != right after, if any.
    static func factsNamed(in xpath: String) -> [(name: String, value: String?)] {
        // Built per call: Regex is not Sendable, so it cannot be a shared static.
        let pattern = try! Regex(
            #"fact\s*\[\s*@name\s*=\s*(['"])([^'"]*)['"]\s*\](?:\s*!?=\s*(?:'([^']*)'|"([^"]*)"))?"#,
            as: (Substring, Substring, Substring, Substring?, Substring?).self)
        var found: [(name: String, value: String?)] = []
        for match in xpath.matches(of: pattern) {
            let value = match.output.3.map(String.init) ?? match.output.4.map(String.init)
            found.append((String(match.output.2), value))
        }
        return found
    }
}
