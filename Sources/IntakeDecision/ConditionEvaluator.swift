import IntakeCatalog
import IntakeManifest
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
    /// The definition of a fact the matter's conditions may read, by name.
    private let fact: (String) -> FactDefinition?
    /// Probes with more combinations than this are not tried.
    static let maxProbes = 64

    /// `fact` looks a definition up by name (``Catalog/fact(_:of:)``): a decision reads a
    /// few facts, so no table of all of them is built for each.
    init(manifest: Manifest, document: XMLDocument, fact: @escaping (String) -> FactDefinition?) {
        self.manifest = manifest
        self.evaluator = XPathEvaluator(document: document, submitted: manifest.submittedDate, namespaces: Self.namespaces)
        self.fact = fact
    }

    func evaluate(_ condition: Condition) -> Outcome {
        guard let xpath = condition.xpath else { return .prose }
        let invalid = condition.reads.filter { name in
            guard let raw = manifest.applicant.fact(name), let def = fact(name) else { return false }
            return !def.accepts(raw)
        }
        if !invalid.isEmpty { return .invalidFacts(invalid) }
        var seen = Set<String>()
        let missing = condition.reads.filter { manifest.applicant.fact($0) == nil && seen.insert($0).inserted }
        let actual: Bool
        switch evaluator.boolean(xpath) {
        case .success(let b): actual = b
        case .failure(let f): return .failed(f.description)
        }
        if missing.isEmpty { return .holds(actual) }
        // Probe: does any value of the missing facts change the answer?
        var combinations: [[Manifest.Fact]] = [[]]
        for name in missing {
            let values = Self.probeValues(fact(name))
            combinations = combinations.flatMap { c in values.map { c + [Manifest.Fact(name, $0)] } }
            if combinations.count > Self.maxProbes { return .needsFacts(missing) }
        }
        // Every combination is needed either way: to know that none changes the answer, or
        // to tell which facts decide it.
        var results: [[String]: Bool] = [:]
        for extra in combinations {
            guard let b = probe(xpath, extra) else { return .needsFacts(missing) }
            results[extra.map(\.value)] = b
        }
        return results.values.allSatisfy({ $0 == actual }) ? .holds(actual) : .needsFacts(deciding(missing, results: results))
    }

    /// The manifest as the conditions read it, parsed once for all probes; each probe sets
    /// its hypothetical facts in it and removes them after.
    private lazy var probeDocument: (document: XMLDocument, evaluator: XPathEvaluator)? = {
        guard let doc = try? XMLDocument(bytes: Array(manifest.xml().utf8)) else { return nil }
        return (doc, XPathEvaluator(document: doc, submitted: manifest.submittedDate, namespaces: Self.namespaces))
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

    /// Values that span a fact's type: both booleans, every enumeration value, extremes.
    static func probeValues(_ def: FactDefinition?) -> [String] {
        guard let def else { return ["", "true", "false", "0", "999999"] }
        switch def.kind {
        case .boolean: return ["true", "false"]
        case .enum: return def.values.isEmpty ? [""] : def.values
        case .integer: return ["-1", "0", "1", "12", "180", "999999"]
        case .decimal: return ["-1", "0", "0.5", "999999.5"]
        case .date: return ["1900-01-01", "1970-06-15", "2000-01-01", "2100-12-31"]
        case .string: return ["", "辽宁省大连市", "外省", "x"]
        }
    }
}
