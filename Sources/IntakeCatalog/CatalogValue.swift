public import IntakeModel

/// One catalog (事项目录 of one seed document): its source, dates and facts.
public struct CatalogSource: Sendable, Hashable {
    /// The catalog as the pipeline names it: a folder (`catalog/000/`) or one file.
    public var href: String
    /// The seed document's file name, e.g. `000_b4123a1601a34da6.txt`.
    public var document: String
    /// The document's title.
    public var title: String
    public var effectiveFrom: CalendarDate
    public var effectiveUntil: CalendarDate?
    /// The facts this file's conditions may read (a matter's facts are its file's facts).
    public var facts: [FactDefinition]
    /// What the document states of itself, when it does: issuing authority, number (文号),
    /// date of issue.
    public var issuer: String?
    public var number: String?
    public var issued: CalendarDate?

    /// The document as reports cite it.
    public var cited: SourceDocument {
        SourceDocument(document: document, title: title, issuer: issuer, number: number, issued: issued?.description)
    }

    public init(
        href: String, document: String, title: String, effectiveFrom: CalendarDate,
        effectiveUntil: CalendarDate? = nil, facts: [FactDefinition] = []
    ) {
        self.href = href
        self.document = document
        self.title = title
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.facts = facts
    }

    public func fact(_ name: String) -> FactDefinition? { facts.first { $0.name == name } }
}

/// What a pipeline definition (Pipelines/*.pipeline.xml) sets besides the files it names.
public struct PipelineSettings: Sendable, Hashable {
    public var name: String
    /// Zip-bomb and abuse limits for one bundle.
    public var limits: BundleLimits
    /// 容缺 due period in working days where a deferral names none.
    public var deferralWorkingDays: Int
    /// Media types accepted where a material names none.
    public var defaultMedia: [String]

    public init(name: String, limits: BundleLimits, deferralWorkingDays: Int, defaultMedia: [String]) {
        self.name = name
        self.limits = limits
        self.deferralWorkingDays = deferralWorkingDays
        self.defaultMedia = defaultMedia
    }
}

/// 事项目录: every matter of every catalog file a pipeline names, with the pipeline's
/// settings and working-day calendar. Loaded once per run by `CatalogLoader`; immutable.
public struct Catalog: Sendable {
    /// SHA-256 (hex) of the pipeline file, each catalog file in pipeline order (in a
    /// catalog folder: source.xml, then the matter files by name) and the calendar, each
    /// framed by its path and length: reports name it, so an auditor can tell which rules
    /// judged a bundle.
    public let version: String
    public let settings: PipelineSettings
    public let calendar: WorkingCalendar
    /// The catalogs (one per seed document) in pipeline order.
    public let sources: [CatalogSource]
    /// Every matter (every version of a code), in pipeline order and, within a catalog,
    /// by file name (= code).
    public let matters: [Matter]
    private let indicesByCode: [String: [Int]]
    private let sourceByDocument: [String: Int]
    /// Each source's facts by name (a source's first definition of a name), in source
    /// order: conditions look facts up per rule of every bundle.
    private let factsBySource: [[String: FactDefinition]]
    private static let derivedByName = Dictionary(
        FactDefinition.derived.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    /// The pipeline file it was loaded from, absolute (nil when made in memory).
    public internal(set) var pipelineFile: String?
    /// Every file that went into ``version``, relative to the pipeline file's folder, in
    /// the order hashed: what an archive of this version must hold (``CatalogArchive``).
    public internal(set) var files: [String] = []

    public init(
        version: String, settings: PipelineSettings, calendar: WorkingCalendar, sources: [CatalogSource],
        matters: [Matter]
    ) {
        self.version = version
        self.settings = settings
        self.calendar = calendar
        self.sources = sources
        self.matters = matters
        var byCode: [String: [Int]] = [:]
        for (i, m) in matters.enumerated() { byCode[m.code, default: []].append(i) }
        indicesByCode = byCode
        var byDocument: [String: Int] = [:]
        for (i, s) in sources.enumerated() where byDocument[s.document] == nil { byDocument[s.document] = i }
        sourceByDocument = byDocument
        factsBySource = sources.map { Dictionary($0.facts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }) }
    }

    /// This catalog with only the matters whose codes are in `codes` (a `check`'s): the
    /// same version, files, sources and calendar.
    func selecting(_ codes: Set<String>) -> Catalog {
        var catalog = Catalog(
            version: version, settings: settings, calendar: calendar, sources: sources,
            matters: matters.filter { codes.contains($0.code) })
        catalog.pipelineFile = pipelineFile
        catalog.files = files
        return catalog
    }

    public var limits: BundleLimits { settings.limits }
    public var deferralWorkingDays: Int { settings.deferralWorkingDays }
    public var defaultMedia: [String] { settings.defaultMedia }

    /// Every version of a matter code, earliest in force first.
    public func versions(of code: String) -> [Matter] {
        (indicesByCode[code] ?? []).map { matters[$0] }.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// The version of a matter in force on `date` (the submitted date), or nil when the
    /// code is unknown or no version is in force then. Should periods overlap (lint
    /// reports it), the version that took effect last wins.
    public func matter(_ code: String, on date: CalendarDate) -> Matter? {
        versions(of: code).last { $0.isInForce(on: date) }
    }

    /// The source document `document` (a seed file name) as reports cite it, if the catalog
    /// has it.
    public func sourceDocument(_ document: String) -> SourceDocument? {
        sourceByDocument[document].map { sources[$0].cited }
    }

    /// The catalog file a matter comes from.
    public func source(of matter: Matter) -> CatalogSource? {
        sourceByDocument[matter.document].map { sources[$0] }
    }

    /// The facts a matter's conditions may read: its catalog file's facts and the facts
    /// derived from the resident id.
    public func facts(of matter: Matter) -> [FactDefinition] { (source(of: matter)?.facts ?? []) + FactDefinition.derived }

    /// One fact of a matter's catalog file, or a derived fact, by name.
    public func fact(_ name: String, of matter: Matter) -> FactDefinition? {
        sourceByDocument[matter.document].flatMap { factsBySource[$0][name] } ?? Self.derivedByName[name]
    }

    /// The media types a material accepts: its own, or, for a group without its own, any of
    /// its parts' (a file filed under the group's number is one of them: the 汇总表's pdf and
    /// excel under 1), or the pipeline's default set.
    public func acceptedMedia(of material: Material) -> [String] {
        if !material.media.isEmpty { return material.media }
        guard !material.parts.isEmpty else { return settings.defaultMedia }
        var union: [String] = []
        for part in material.parts {
            for t in acceptedMedia(of: part) where !union.contains(t) { union.append(t) }
        }
        return union
    }

    /// Whether the catalog states a material's media types (its own or a part's), rather than the
    /// pipeline's default set applying: a file of another type then breaks the guide's rule, not
    /// the centre's list of formats it takes.
    public func statesMedia(of material: Material) -> Bool {
        !material.media.isEmpty || material.parts.contains { statesMedia(of: $0) }
    }

    /// The day a deferred material is due: its period (or the pipeline's default) in
    /// working days after the submitted date.
    public func dueDate(of deferral: Deferral, submitted: CalendarDate) -> CalendarDate {
        calendar.addingWorkingDays(deferralPeriod(of: deferral), to: submitted)
    }

    /// The working days a deferred material is due in: the deferral's own period (stated
    /// by the guide), or the pipeline's default (the centre's policy).
    public func deferralPeriod(of deferral: Deferral) -> Int {
        deferral.workingDays ?? settings.deferralWorkingDays
    }
}

/// How much one catalog file holds (for `intake catalog lint` and reviews).
public struct CatalogCounts: Sendable, Hashable {
    public var matters = 0
    public var informationOnly = 0
    public var scenarios = 0
    /// Materials at every depth (sub-materials counted), over all scenarios.
    public var materials = 0
    public var deferrals = 0
    /// 违规禁办: the cases that refuse.
    public var forbidden = 0
    /// The cases that return the application to be filed otherwise (`verdict="returned"`): no 禁办 (round 35's review:
    /// they were counted with them).
    public var corrections = 0
    public var facts = 0

    public init() {}
}

extension Catalog {
    /// Counts per catalog file, in pipeline order.
    public func counts() -> [(source: CatalogSource, counts: CatalogCounts)] {
        sources.map { source in
            var c = CatalogCounts()
            c.facts = source.facts.count
            for m in matters where m.document == source.document {
                c.matters += 1
                if m.kind == .informationOnly { c.informationOnly += 1 }
                c.scenarios += m.scenarios.count
                c.materials += m.scenarios.reduce(0) { $0 + $1.materials.flatMap(\.flattened).count }
                c.deferrals += m.deferrals.count
                c.forbidden += m.caseCounts.refusing
                c.corrections += m.caseCounts.correcting
            }
            return (source, c)
        }
    }
}
