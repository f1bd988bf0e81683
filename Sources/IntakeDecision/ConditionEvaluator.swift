import IntakeCatalog
import IntakeManifest
import IntakeModel
import IntakeXML

/// Evaluates catalog conditions (XPath 1.0 over the manifest, by libxml2) for one
/// application. A condition that reads a fact the applicant did not declare is still
/// decided when its answer does not depend on that fact (a scenario guard, an `or` that
/// another fact settles): the evaluator tries the missing facts' possible values and
/// asks for them only when the answer changes. Not Sendable (one libxml2 document).
final class ConditionEvaluator {
    enum Outcome: Equatable {
        case holds(Bool)
        /// The answer depends on these facts, which the application does not give.
        case needsFacts([String])
        /// These facts are given but not of their declared type.
        case invalidFacts([String])
        /// No machine form: the guide's words only.
        case prose
        /// The expression does not evaluate (a catalog error, reported as such).
        case failed(String)
    }

    static let namespaces = ["m": ManifestParser.namespace]
    private let manifest: Manifest
    private let evaluator: XPathEvaluator
    /// The working days x:period-end counts with (the catalog's calendar).
    private let calendar: XPathCalendar
    /// The definition of a fact the matter's conditions may read, by name.
    private let fact: (String) -> FactDefinition?
    /// Probes with more combinations than this are not tried (the facts are asked).
    static let maxProbes = 1024
    /// Facts that break a `<consistent>` of theirs with one another (工作年限 20 since a 参加工作年份 of 2006):
    /// each is to be corrected, so no rule is decided on them (the second review of round 42: a
    /// refusal on the start year outranked the return for the mistake).
    var inconsistent: Set<String> = []

    /// `fact` looks a definition up by name (``Catalog/fact(_:of:)``): a decision reads a
    /// few facts, so no table of all of them is built for each.
    init(
        manifest: Manifest, document: XMLDocument, calendar: XPathCalendar,
        fact: @escaping (String) -> FactDefinition?
    ) {
        self.manifest = manifest
        self.calendar = calendar
        self.evaluator = XPathEvaluator(
            document: document, submitted: manifest.submittedDate, namespaces: Self.namespaces, calendar: calendar)
        self.fact = fact
    }

    func evaluate(_ condition: Condition) -> Outcome {
        guard let xpath = condition.xpath else { return .prose }
        let invalid = condition.reads.filter { name in
            guard let raw = manifest.applicant.fact(name), let def = fact(name) else { return false }
            return inconsistent.contains(name) || !def.accepts(raw, submitted: CalendarDate(manifest.submittedDate))
        }
        var seen = Set<String>()
        // A fact the catalog never asks for (`unasked`) is taken as it stands: absent, the
        // applicant is not in the case it describes.
        let missing = condition.reads.filter {
            manifest.applicant.fact($0) == nil && !condition.unasked.contains($0) && seen.insert($0).inserted
        }
        // A value to correct is unknown as a missing one is (three-valued: false and unknown is false): a rural 投靠人's
        // invalid 职业 asked for the documents of one with a job in the city, which a rural one never brings (round 55,
        // tester s, BS-HJ-004; tester p, SB-061's 16周岁以下 papers of a 35-year-old).
        let unknown = condition.reads.filter { invalid.contains($0) || missing.contains($0) }.reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        let actual: Bool
        _ = evaluator.takeUnconfirmedCalendar()
        switch evaluator.boolean(xpath) {
        case .success(let b): actual = b
        case .failure(let f): return .failed(f.description)
        }
        // A time to apply counted over a year whose days off no notice confirms: its last day is not known, the
        // clerk's to judge (the review of round 63: a complaint about 2026-10-01 filed 2028-10-03 was refused as firm,
        // 2028's 国庆节 counted as working days).
        // Only when it holds: days off found later only move the last day later, past an application made before it.
        if evaluator.takeUnconfirmedCalendar() && actual { return .prose }
        if unknown.isEmpty { return .holds(actual) }
        /// What the facts that decide it are: values to correct first (the missing ones are asked once they are
        /// corrected, as before), else the missing ones.
        func undecided(_ facts: [String]) -> Outcome {
            let toCorrect = facts.filter(invalid.contains)
            if !toCorrect.isEmpty {
                turned.formUnion(toCorrect)
                // The missing facts that decide it beside them are asked now, not once the value is corrected (round 56,
                // tester y: GQ-GJG's 入职途径 "常规" hid whether the applicant is new or transferred staff).
                // Not a clerk's fact: it is the clerk's check, not the applicant's question (round 57, tester d: GQ-ZJG's
                // online check asked of the applicant beside a value to correct).
                missingBesideByXPath[xpath] = facts.filter { missing.contains($0) && fact($0)?.byClerk != true }
                return .invalidFacts(toCorrect)
            }
            return .needsFacts(facts)
        }
        // A conjunct that reads none of the unknown facts and is false decides the whole
        // (m:applicant/@kind='person' and …age… for a unit): no probe, no question. Without
        // it, a rule of many facts (a retirement age by sex, age and birth date) could exceed
        // the probes and ask a unit its 公民身份号码 (round 13, tester 7, BS-TX-004).
        if !actual || !invalid.isEmpty {
            for conjunct in XPathText.conjuncts(xpath) where conjunct.count < xpath.count {
                // A fact is read by its name, a literal (m:fact[@name='applicantAge']).
                guard Set(XPathText.split(conjunct).literals).isDisjoint(with: unknown) else { continue }
                if case .success(false) = evaluator.boolean(conjunct) { return .holds(false) }
            }
        }
        // Probe: does any value of the unknown facts change the answer? Besides values
        // that span each type, the values the expression itself names (a list of trades,
        // a threshold, a date) and their neighbours: a fact compared with them is found to
        // matter even when the spanning values all fall on one side.
        let named = Self.namedValues(xpath)
        var combinations: [[Manifest.Fact]] = [[]]
        for name in unknown {
            let values = Self.probeValues(fact(name), named: named, submitted: manifest.submittedDate)
            combinations = combinations.flatMap { c in values.map { c + [Manifest.Fact(name, $0)] } }
            if combinations.count > Self.maxProbes { return undecided(unknown) }
        }
        // Every combination is needed either way: to know that none changes the answer, or
        // to tell which facts decide it.
        var results: [[String]: Bool] = [:]
        for extra in combinations {
            guard let b = probe(xpath, extra) else { return undecided(unknown) }
            results[extra.map(\.value)] = b
        }
        // With a value to correct, the answer as written means nothing: every probe agreeing is the answer.
        let settled = invalid.isEmpty ? actual : results.values.first ?? actual
        if results.values.allSatisfy({ $0 == settled }) { return .holds(settled) }
        let asked = deciding(unknown, results: results)
        gatesByXPath[xpath] = gates(asked, of: unknown, results: results)
        if asked.contains(where: invalid.contains) { return undecided(asked) }
        return .needsFacts(asked)
    }

    /// The values of one missing boolean or enumerated fact for which the condition holds, the others as declared: the
    /// answers a clerk's check refuses on ("否", not "属于的" after a question put the permitting way: round 60, tester f);
    /// nil where every value or none holds, or the fact is of another type.
    func valuesThatHold(_ condition: Condition, for name: String) -> [String]? {
        guard let xpath = condition.xpath, let def = fact(name), def.kind == .boolean || def.kind == .enum else { return nil }
        let values = def.kind == .boolean ? ["true", "false"] : def.values
        var holding: [String] = []
        for value in values {
            guard let b = probe(xpath, [Manifest.Fact(name, value)]) else { return nil }
            if b { holding.append(value) }
        }
        return holding.isEmpty || holding.count == values.count ? nil : holding
    }

    /// Whether the condition holds with the manifest's `path` (`m:applicant/m:id`, `m:agent`) read as absent: a case that
    /// holds without the record to correct does not wait for its correction (the review of round 63: a person's id with a
    /// wrong check digit held back RS-038's "个人…不能申请认定", which the applicant's kind alone decides).
    func holdsWithout(_ path: String, _ condition: Condition) -> Bool {
        guard let xpath = condition.xpath else { return false }
        if case .success(true) = evaluator.boolean(xpath.replacing(path, with: path + "-withheld")) { return true }
        return false
    }

    /// For the last evaluation of each condition that said `invalidFacts`: the missing facts that decide it too.
    private var missingBesideByXPath: [String: [String]] = [:]

    /// The missing facts a condition turns on beside the values to correct that ``evaluate(_:)`` last said of it
    /// (`invalidFacts`): asked in the same report as the corrections.
    func missingBeside(_ condition: Condition) -> [String] {
        condition.xpath.flatMap { missingBesideByXPath[$0] } ?? []
    }

    /// The facts given with a value to correct on which some condition's answer turned (``evaluate(_:)`` said
    /// `invalidFacts` of them): the others' fact-invalid findings decide nothing (the contract: a fact a rule needs).
    private(set) var turned: Set<String> = []

    /// The manifest as the conditions read it, parsed once for all probes; each probe sets
    /// its hypothetical facts in it and removes them after.
    private lazy var probeDocument: (document: XMLDocument, evaluator: XPathEvaluator)? = {
        guard let doc = try? XMLDocument(bytes: Array(manifest.xml().utf8)) else { return nil }
        return (
            doc,
            XPathEvaluator(
                document: doc, submitted: manifest.submittedDate, namespaces: Self.namespaces, calendar: calendar)
        )
    }()

    /// The condition evaluated with `extra` facts added (nil: it does not evaluate).
    private func probe(_ xpath: String, _ extra: [Manifest.Fact]) -> Bool? {
        guard let (doc, evaluator) = probeDocument else { return nil }
        let ns = ManifestParser.namespace
        // Removed whatever happens below, also after a fact that could not be set.
        defer {
            for f in extra {
                doc.removeKeyedChildren(namespace: ns, parent: "applicant", element: "fact", key: "name", value: f.name)
            }
        }
        for f in extra {
            guard
                doc.setKeyedChild(namespace: ns, parent: "applicant", element: "fact", key: "name", value: f.name, text: f.value)
            else { return nil }
        }
        guard case .success(let b) = evaluator.boolean(xpath) else { return nil }
        return b
    }

    /// Of the missing facts, those on which the answer can turn: for some values of the
    /// others, changing this one changes the answer (a living worker's case does not hang on
    /// whether a deceased one left dependants, whatever the rest). Only they are asked, all
    /// at once (一次性告知: a fact that matters only together with another is asked too).
    /// `results`: the answer for every combination of their values (in `missing`'s order).
    private func deciding(_ missing: [String], results: [[String]: Bool]) -> [String] {
        let relevant = missing.indices.filter { i in
            var others: [[String]: Bool] = [:]
            for (values, b) in results {
                var key = values
                key.remove(at: i)
                if let seen = others[key], seen != b { return true }
                others[key] = b
            }
            return false
        }
        return relevant.isEmpty ? missing : relevant.map { missing[$0] }
    }

    /// For the last evaluation of each condition that needed facts: of the facts asked, those whose answer turns the
    /// condition only when other facts asked have given values (a 经济系列副高级 applicant's 报考专业 matters only in that
    /// series and level: round 54, tester l, ZC-001, asked of every applicant with no word of it).
    private var gatesByXPath: [String: [String: [Manifest.Fact]]] = [:]

    /// The facts asked for `condition` that it needs only when other facts asked have given values (boolean and
    /// enumeration facts; the values as the manifest writes them). Empty until it is evaluated and needs facts.
    func gates(of condition: Condition) -> [String: [Manifest.Fact]] {
        condition.xpath.flatMap { gatesByXPath[$0] } ?? [:]
    }

    /// Of `asked` (a subset of `missing`), each fact's gate: the values the asked facts read before it (of a boolean or
    /// enumeration type) share in every combination where this fact turns the answer. Only those read before it: the
    /// guide's order puts the case first (经济系列, 副高级, then the 报考专业; 因病 then 完全丧失劳动能力), and two facts each
    /// gated on the other would send the applicant in a circle.
    private func gates(_ asked: [String], of missing: [String], results: [[String]: Bool]) -> [String: [Manifest.Fact]] {
        let positions = asked.compactMap { missing.firstIndex(of: $0) }
        var out: [String: [Manifest.Fact]] = [:]
        for i in positions {
            var answers: [[String]: Set<Bool>] = [:]
            for (values, b) in results {
                answers[values.enumerated().map { $0.offset == i ? "" : $0.element }, default: []].insert(b)
            }
            let turning = answers.filter { $0.value.count > 1 }.map(\.key)
            var gate: [Manifest.Fact] = []
            for j in positions where j < i {
                // Not a clerk's fact: the applicant cannot know its value (the review of round 55: GQ's 核查确认有效).
                guard let def = fact(missing[j]), def.kind == .boolean || def.kind == .enum, !def.byClerk else { continue }
                // Some of its values, not all: one fact each (ZC-001's 以考代评 for 初级 or 中级 only: round 57, tester d).
                let seen = Set(turning.map { $0[j] })
                let all = Set(results.keys.map { $0[j] })
                let order = def.kind == .boolean ? ["true", "false"] : def.values
                if !seen.isEmpty && seen.count < all.count {
                    gate += order.filter(seen.contains).map { Manifest.Fact(missing[j], $0) }
                }
            }
            if !gate.isEmpty { out[missing[i]] = gate }
        }
        return out
    }

    /// Values that span a fact's type (both booleans, every enumeration value, extremes),
    /// with the values the condition names: its string literals and their `|`-separated
    /// parts for a string, its numbers and their neighbours for a number, its dates (and
    /// the submitted date) and the days around them for a date.
    static func probeValues(_ def: FactDefinition?, named: NamedValues = NamedValues(), submitted: String = "") -> [String] {
        var values: [String]
        switch def?.kind {
        case nil: values = ["", "true", "false", "0", "999999"] + named.strings
        case .boolean: return ["true", "false"]
        case .enum: return def!.values.isEmpty ? [""] : def!.values
        case .integer:
            values = ["-1", "0", "1", "12", "180", "999999"]
            for n in named.numbers where n == n.rounded() && abs(n) < 1e12 {
                values += [Int(n) - 1, Int(n), Int(n) + 1].map(String.init)
            }
        case .decimal:
            values = ["-1", "0", "0.5", "999999.5"]
            for n in named.numbers where abs(n) < 1e12 { values += [n - 0.5, n, n + 0.5].map { String($0) } }
        case .date:
            values = ["1900-01-01", "1970-06-15", "2000-01-01", "2100-12-31"]
            var days = named.dates
            if let today = CalendarDate(submitted) { days.append(today) }
            for d in days {
                for shift in [-1, 0, 1] { values.append(d.adding(days: shift).description) }
                for years in [-1, 1] {
                    // The same day a year before or after (28 February for the 29th).
                    let y = CalendarDate(
                        year: d.year + years, month: d.month,
                        day: min(d.day, CalendarDate.daysIn(year: d.year + years, month: d.month)))
                    values += [-1, 0, 1].map { y.adding(days: $0).description }
                }
            }
        case .string: values = ["", "辽宁省大连市", "外省", "x"] + named.strings
        }
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// The values an XPath condition names.
    struct NamedValues {
        /// String literals, and the parts of those that list names between `|`.
        var strings: [String] = []
        /// Numbers written outside string literals.
        var numbers: [Double] = []
        /// Dates: `YYYY-MM-DD` literals and `YYYYMMDD` numbers (x:date-number).
        var dates: [CalendarDate] = []
    }

    static func namedValues(_ xpath: String) -> NamedValues {
        var named = NamedValues()
        let (literals, outside) = XPathText.split(xpath)
        for text in literals {
            named.strings.append(text)
            if text.contains("|") { named.strings += text.split(separator: "|").map(String.init) }
            if let d = CalendarDate(text) { named.dates.append(d) }
        }
        // Numbers: runs of digits (with a point) not part of a name (F-1, fact2).
        var previous: Character = " "
        var token = ""
        for c in outside + " " {
            if c.isNumber && c.isASCII || (c == "." && !token.isEmpty) {
                if token.isEmpty && (previous.isLetter || previous == "-" || previous == "_") {
                    previous = c
                    continue
                }
                token.append(c)
            } else {
                if let n = Double(token) {
                    named.numbers.append(n)
                    let digits = token.filter(\.isNumber)
                    if digits.count == 8,
                        let date = CalendarDate("\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))")
                    {
                        named.dates.append(date)
                    }
                }
                token = ""
            }
            previous = c
        }
        return named
    }
}
