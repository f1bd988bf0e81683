public import Foundation

/// One finding as a report's JSON gives it, for comparing two decisions.
public struct FindingSummary: Sendable, Hashable, Comparable {
    public var code: String
    public var severity: String
    public var material: String
    /// The file in the bundle (`path`) or the manifest fact (`fact`) the finding is about.
    public var file: String
    public var fact: String
    public var message: String
    /// The finding's detail (the machine's words): what kind of clerk's check it is.
    public var detail: String
    /// The rule's source: seed document, item, line, title, quote (empty when none).
    public var document: String
    public var item: String
    public var line: Int
    public var title: String
    public var quote: String

    /// What identifies a finding across two decisions: the rule's outcome on a material
    /// or file, not its wording.
    /// A clerk's check and a file's type are told apart by their kind as well (the detail up to a colon): the paper
    /// requirements cite the line of the first material they name, which a forbidden case's check of the same item may cite
    /// too, and a file's declared type and its real type not accepted are two findings on one file (round 53).
    var key: String {
        let kind = ["manual-check", "document-type"].contains(code) ? String(detail.prefix { $0 != ":" }) : ""
        return [code, severity, material, file, fact, document, item, kind].joined(separator: "\u{0}")
    }

    init(_ f: [String: Any]) {
        code = f["code"] as? String ?? ""
        severity = f["severity"] as? String ?? ""
        material = f["material"] as? String ?? ""
        file = f["path"] as? String ?? ""
        fact = f["fact"] as? String ?? ""
        message = f["message"] as? String ?? ""
        detail = f["detail"] as? String ?? ""
        let source = f["source"] as? [String: Any] ?? [:]
        document = source["document"] as? String ?? ""
        item = source["item"] as? String ?? ""
        line = (source["line"] as? NSNumber)?.intValue ?? 0
        title = source["title"] as? String ?? ""
        quote = source["quote"] as? String ?? ""
    }

    /// `seeds/<document> <item>, line N`, `contract/bundle-format.md <item>` (empty when the
    /// finding cites no rule).
    public var citation: String {
        guard !document.isEmpty else { return "" }
        return "\(CatalogArchive.path(of: document)) \(item)" + (line > 0 ? ", line \(line)" : "")
    }

    public static func < (a: FindingSummary, b: FindingSummary) -> Bool { a.key < b.key }
}

/// A report's JSON, read back.
public struct ReportSummary: Sendable {
    public var verdict: String
    public var application: String
    public var matter: String
    public var matterName: String
    public var scenario: String
    public var catalogVersion: String
    public var bundleFile: String
    public var bundleSHA256: String
    /// The bundle's size in bytes; nil where the report gives none.
    public var bundleSize: Int64?
    public var generatorVersion: String
    public var submitted: String
    public var findings: [FindingSummary]
    /// The dates the report gives the applicant: `办结期限` (decisionDue) and each deferred
    /// material's `补交期限 N` (its due date), by what they are for.
    public var dueDates: [String: String]
    /// The keys of `dueDates`: the 办结期限, and a deferred material's (its id after it).
    static let decisionDue = "办结期限"
    static let materialDue = "补交期限 "

    private struct BundleFileOnly: Decodable {
        struct Bundle: Decodable { var file: String? }
        var bundle: Bundle?
    }

    public init?(_ data: Data) {
        guard let d = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let verdict = d["verdict"] as? String
        else { return nil }
        self.verdict = verdict
        application = d["application"] as? String ?? ""
        let matter = d["matter"] as? [String: Any] ?? [:]
        self.matter = matter["code"] as? String ?? ""
        matterName = matter["name"] as? String ?? ""
        scenario = matter["scenario"] as? String ?? ""
        catalogVersion = d["catalogVersion"] as? String ?? ""
        let bundle = d["bundle"] as? [String: Any] ?? [:]
        // The file name read by JSONDecoder: JSONSerialization drops a leading U+FEFF from a string (round 63, tester f: an
        // upload named "\u{FEFF}a.zip" made `audit verify` see the sealed report disagree with the ledger).
        bundleFile = (try? JSONDecoder().decode(BundleFileOnly.self, from: data))?.bundle?.file ?? bundle["file"] as? String ?? ""
        bundleSHA256 = bundle["sha256"] as? String ?? ""
        bundleSize = (bundle["size"] as? NSNumber)?.int64Value
        generatorVersion = (d["generator"] as? [String: Any])?["version"] as? String ?? ""
        submitted = d["submitted"] as? String ?? ""
        findings = (d["findings"] as? [[String: Any]] ?? []).map(FindingSummary.init)
        var dates: [String: String] = [:]
        if let due = d["decisionDue"] as? String { dates[Self.decisionDue] = due }
        for deferred in d["deferred"] as? [[String: Any]] ?? [] {
            if let material = deferred["material"] as? String, let due = deferred["due"] as? String {
                dates[Self.materialDue + material] = due
            }
        }
        // A returned application's deferrable material has no date yet, but its period is told ("自受理之日起 5 个工作日内
        // 补交"): a new period is a change too (round 41, tester z: 5 → 7 working days listed no returned report).
        for f in d["findings"] as? [[String: Any]] ?? [] where f["code"] as? String == "material-deferred" {
            guard let material = f["material"] as? String, dates[Self.materialDue + material] == nil,
                let message = f["message"] as? String,
                let m = message.firstMatch(of: /自受理之日起 ?([0-9]+) ?个工作日内补交/)
            else { continue }
            dates[Self.materialDue + material] = "受理后 \(m.output.1) 个工作日"
        }
        dueDates = dates
    }
}

extension ReportSummary {
    /// Where what the ledger records of the decision disagrees with this report, each as
    /// `key: ledger "…", report "…"`; a key given nil is not compared. `audit verify` and
    /// the server's answers check the ledger against the stored report with it.
    public func disagreements(
        verdict: String, application: String? = nil, matter: String? = nil, matterName: String? = nil,
        scenario: String? = nil,
        bundleSHA256: String, catalogVersion: String, submitted: String? = nil, file: String? = nil,
        findings: [String: Int]? = nil, size: Int64? = nil
    ) -> [String] {
        let pairs: [(String, String?, String)] = [
            ("verdict", verdict, self.verdict),
            ("application", application, self.application),
            ("matter", matter, self.matter),
            ("matter name", matterName, self.matterName),
            ("scenario", scenario, self.scenario),
            ("bundle", bundleSHA256, self.bundleSHA256),
            ("catalogVersion", catalogVersion, self.catalogVersion),
            ("submitted", submitted, self.submitted),
            ("bundle file", file, bundleFile),
            // Round 58, tester t: the size edited passed.
            ("bundle size", size.flatMap { size in bundleSize.map { _ in String(size) } }, bundleSize.map(String.init) ?? ""),
        ]
        var out: [String] = pairs.compactMap { (key: String, ledger: String?, report: String) -> String? in
            guard let ledger, ledger != report else { return nil }
            return "\(key): ledger \"\(ledger)\", report \"\(report)\""
        }
        if let findings, findings != findingCounts {
            func listed(_ counts: [String: Int]) -> String {
                counts.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
            }
            out.append("findings: ledger [\(listed(findings))], report [\(listed(findingCounts))]")
        }
        return out
    }

    /// The findings counted by `code severity`, as the ledger records them.
    public var findingCounts: [String: Int] {
        var counts: [String: Int] = [:]
        for f in findings { counts["\(f.code) \(f.severity)", default: 0] += 1 }
        return counts
    }
}

/// What differs between two decisions on the same bundle.
public struct DecisionDifference: Sendable {
    public var oldVerdict: String
    public var newVerdict: String
    /// Findings the new decision has and the old one had not, and the reverse.
    public var added: [FindingSummary]
    public var removed: [FindingSummary]
    /// Same finding, other wording or citation (a rule's text or quote edited).
    public var reworded: [(old: FindingSummary, new: FindingSummary)]
    /// Dates given to the applicant that moved, appeared or went (a deferral period or a
    /// time limit changed: the verdict and findings stay, the applicant's dates do not;
    /// round 38, tester j), by what they are for; "" for none.
    public var dates: [(what: String, old: String, new: String)]

    public init(old: ReportSummary, new: ReportSummary) {
        oldVerdict = old.verdict
        newVerdict = new.verdict
        let oldByKey = Dictionary(old.findings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let newByKey = Dictionary(new.findings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        added = new.findings.filter { oldByKey[$0.key] == nil }.sorted()
        removed = old.findings.filter { newByKey[$0.key] == nil }.sorted()
        reworded = old.findings.compactMap { o in
            guard let n = newByKey[o.key], n.message != o.message || n.quote != o.quote || n.line != o.line else { return nil }
            return (o, n)
        }
        dates = Set(old.dueDates.keys).union(new.dueDates.keys).sorted().compactMap { what in
            let (o, n) = (old.dueDates[what] ?? "", new.dueDates[what] ?? "")
            return o == n ? nil : (what, o, n)
        }
    }

    public var verdictChanged: Bool { oldVerdict != newVerdict }
    public var isEmpty: Bool { !verdictChanged && added.isEmpty && removed.isEmpty && reworded.isEmpty && dates.isEmpty }
    /// What the applicant was told changes: the verdict, a finding added or removed, or a date.
    public var changesTheDecision: Bool { verdictChanged || !added.isEmpty || !removed.isEmpty || !dates.isEmpty }
    /// `accepted → returned`, or `accepted (findings changed)`.
    public var change: String { verdictChanged ? "\(oldVerdict) → \(newVerdict)" : "\(oldVerdict) (findings changed)" }

    /// Lines for a terminal: the verdicts, then each finding added (+) or removed (−) with
    /// the rule it cites.
    public var lines: [String] {
        var out = ["verdict: \(oldVerdict)" + (verdictChanged ? " → \(newVerdict)" : " (unchanged)")]
        for f in removed { out.append("  − \(f.code) \(f.message)" + (f.citation.isEmpty ? "" : " [\(f.citation)]")) }
        for f in added { out.append("  + \(f.code) \(f.message)" + (f.citation.isEmpty ? "" : " [\(f.citation)]")) }
        for (o, n) in reworded {
            out.append("  ~ \(n.code) \(o.message) ⇒ \(n.message)" + (n.citation.isEmpty ? "" : " [\(n.citation)]"))
        }
        for d in dates { out.append("  ~ \(d.what): \(Self.date(d.old)) ⇒ \(Self.date(d.new))") }
        return out
    }

    static func date(_ s: String) -> String { s.isEmpty ? "（无）" : s }

    /// The material a moved date is of ("" for the 办结期限).
    static func material(ofDate what: String) -> String {
        what.hasPrefix(ReportSummary.materialDue) ? String(what.dropFirst(ReportSummary.materialDue.count)) : ""
    }

    /// `accepted (dates changed)` where only dates moved.
    var changeLabel: String {
        verdictChanged || !added.isEmpty || !removed.isEmpty || dates.isEmpty ? change : "\(oldVerdict) (dates changed)"
    }
}
