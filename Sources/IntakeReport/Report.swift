public import IntakeCatalog
public import IntakeDecision
public import IntakeEvidence
import IntakeManifest
public import IntakeModel
import IntakeXML

/// The report on one bundle: one model, written as JSON (the spec's shape), XML (valid
/// against Schemas/report.xsd) and HTML (for clerks and auditors). Deterministic: the
/// same bundle and catalog give the same report, byte for byte; no wall-clock time.
public struct Report: Sendable, Hashable {
    public static let namespace = "urn:dalian:intake:report:1"

    public struct MatterRef: Sendable, Hashable {
        public var code: String
        public var name: String
        public var scenario: String
        public var scenarioName: String
        public var department: String?
        public var source: Citation?
        public var timeLimit: String?
    }
    public struct BundleRef: Sendable, Hashable {
        public var file: String
        public var size: Int64
        public var sha256: String
        public var entries: Int
    }

    public var verdict: Verdict
    /// The application id ("" when the manifest could not be read).
    public var application: String
    public var matter: MatterRef
    public var bundle: BundleRef
    public var catalogVersion: String
    /// The program and version that wrote the report (`intake 0.7.0`).
    public var generator: Generator = .current
    /// `submitted` as the bundle gives it ("" when unknown).
    public var submitted: String
    /// The date the decision counts from: `submitted` in China Standard Time (UTC+8),
    /// whatever offset the producer wrote (2025-06-30T16:30:00Z is 2025-07-01).
    public var submittedDate: CalendarDate?
    public var channel: String
    public var applicant: String
    public var findings: [Finding]
    public var deferred: [DeferredMaterial]
    /// 办结期限 (the time limit counted from the submitted date).
    public var decisionDue: CalendarDate?
    /// The evidence table.
    public var documents: [DocumentEvidence]
    public var unlisted: [String]
    /// The clerk's checklist of the scenario's materials.
    public var materials: [MaterialStatus]
    /// Every rule applied, with its citation.
    public var rules: [AppliedRule]
    /// The source documents cited, each once, in the order first cited (title, issuer,
    /// number, date of issue as the catalog knows them).
    public var sources: [SourceDocument] = []

    /// Every citation of the report, in report order (matter, findings, deferrals,
    /// materials, rules).
    public var citations: [Citation] {
        [matter.source].compactMap { $0 } + findings.compactMap(\.source) + deferred.map(\.source)
            + materials.map(\.source) + rules.map(\.source)
    }

    /// The cited document `document`, if the report knows it.
    public func source(_ document: String) -> SourceDocument? { sources.first { $0.document == document } }

    /// The rule the 办结期限 was counted by, when there is one.
    public var timeLimitRule: AppliedRule? { rules.first { $0.kind == .timeLimit } }

    /// What the time-limit rule says after "due D": that the period's last day was a day off
    /// and the date moved past it ("" when it did not).
    public var decisionDueNote: String {
        guard let due = decisionDue, let rule = timeLimitRule else { return "" }
        return String(rule.outcome.rawValue.dropFirst("due \(due)".count))
    }

    /// The report with its sources described by `catalog` (and the bundle contract for the
    /// findings it backs): what `Checker` builds. `catalogVersion`: the version to name
    /// (the catalog's by default).
    public init(inspection: Inspection, decision: Decision, catalog: Catalog, catalogVersion: String? = nil) {
        self.init(inspection: inspection, decision: decision, catalogVersion: catalogVersion ?? catalog.version)
        citeSources {
            switch $0 {
            case SpecCitations.document: SpecCitations.source
            case SpecCitations.calendarDocument: SpecCitations.calendarSource
            default: catalog.sourceDocument($0)
            }
        }
    }

    /// Sets ``sources`` from the citations, each document once, described by `lookup`
    /// (the catalog's source documents); a document the lookup does not know is listed by
    /// its file name.
    public mutating func citeSources(_ lookup: (String) -> SourceDocument?) {
        var seen = Set<String>()
        sources = citations.compactMap { c in
            guard !c.document.isEmpty, seen.insert(c.document).inserted else { return nil }
            return lookup(c.document) ?? SourceDocument(document: c.document, title: "")
        }
    }

    /// Builds the report from the inspection, the decision and the catalog's version.
    public init(inspection: Inspection, decision: Decision, catalogVersion: String) {
        let m = inspection.manifest
        verdict = decision.verdict
        // An invalid manifest's own id, time and matter, where of their types: the report can
        // still be tied to the application.
        let claimed = m == nil ? inspection.claimed : nil
        application = m?.id ?? claimed?.id ?? ""
        matter = MatterRef(
            code: decision.matter?.code ?? m?.matterCode ?? claimed?.matterCode ?? "", name: decision.matter?.name ?? "",
            scenario: decision.scenario?.id ?? m?.scenario ?? "", scenarioName: decision.scenario?.name ?? "",
            department: decision.matter?.department, source: decision.matter?.source,
            timeLimit: decision.timeLimit?.text)
        bundle = BundleRef(
            file: inspection.bundleFile, size: inspection.bundleSize, sha256: inspection.bundleSHA256 ?? "",
            entries: inspection.entryCount)
        self.catalogVersion = catalogVersion
        submitted = m?.submitted ?? claimed?.submitted ?? ""
        submittedDate = CalendarDate(chinaDateOf: submitted)
        channel = m?.channel ?? ""
        applicant = m?.applicant.name ?? ""
        findings = decision.findings.map { f in
            var g = f
            g.message = Markup.visibleControls(f.message)
            return g
        }
        deferred = decision.deferred
        decisionDue = decision.decisionDue
        documents = inspection.documents
        unlisted = inspection.unlisted
        materials = decision.materials
        rules = decision.rules
    }
}

extension Report {
    /// Where the deferred materials' periods come from, each basis once with its working
    /// days ("5", "5、10"), in a fixed order, and the sentence that says it (text and HTML).
    var duePeriods: [(basis: DeferredMaterial.DueBasis, days: String, says: String)] {
        Set(deferred.map(\.dueBasis)).sorted { $0.rawValue < $1.rawValue }.map { basis in
            let days = Set(deferred.filter { $0.dueBasis == basis }.map(\.workingDays)).sorted().map(String.init)
                .joined(separator: "、")
            let says =
                switch basis {
                case .centrePolicy: "补交期限（\(days) 个工作日）依据本中心容缺受理规定；指南未规定补交期限。"
                case .guide: "补交期限（\(days) 个工作日）依据指南。"
                }
            return (basis, days, says)
        }
    }
}

extension Report {
    /// Why a sound bundle's report is `invalid`: its matter is information-only, or its matter or scenario is to be
    /// corrected; nil when something else is wrong (the bundle itself).
    enum NotDecided { case informationOnly, matterToCorrect }

    static func soundBundleNotDecided(_ findings: [Finding]) -> NotDecided? {
        guard let matter = findings.first(where: { $0.code == .matterUnknown }),
            !findings.contains(where: { $0.severity == .error && $0.code != .matterUnknown })
        else { return nil }
        return matter.detail == Finding.informationOnlyDetail ? .informationOnly : .matterToCorrect
    }
}
