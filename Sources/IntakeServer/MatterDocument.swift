import Foundation
import IntakeCatalog
import IntakeModel

/// A matter as the front end reads it (GET /v1/matters/{code}): the scenarios with their
/// materials (ids, names, media types, originals and copies, conditions, alternatives),
/// the deferrable materials, the facts to ask and the time limit, from the same catalog
/// that decides. Keys are described in Schemas/openapi.yaml (`Matter`).
struct MatterDocument: Codable, Sendable {
    /// A rule's source as the reports give it: the guide's line and its words too, so that a
    /// form built from this page can show them (round 29, tester 4: document and item only).
    struct CitationView: Codable, Sendable {
        var document: String
        var item: String
        var line: Int?
        var quote: String?
    }
    struct ConditionView: Codable, Sendable {
        /// The guide's words.
        var text: String
        /// The facts it reads.
        var facts: [String]
        /// Of those, the ones never asked for (absent: not in the case); nil when none.
        var unasked: [String]?
    }
    struct SpecView: Codable, Sendable {
        var text: String
        var minBytes: Int64?
        var maxBytes: Int64?
        var minWidth: Int?
        var maxWidth: Int?
        var minHeight: Int?
        var maxHeight: Int?
        var minPages: Int?
        var maxPages: Int?
        /// Width:height of a shape given without a size (33:48), within 3 %.
        var aspect: String?
        /// A colour image is asked: an image whose header stores one grey channel breaks it.
        var colour: Bool?
        /// A photo's background (white, blue, red), read from a JPEG's pixels.
        var background: String?
        /// A paper size (A4) every page of a PDF has.
        var paper: String?
    }
    struct MaterialView: Codable, Sendable {
        var id: String
        var name: String
        var kind: String
        /// always, conditional, when-deferred, optional.
        var requirement: String
        /// all (each part) or one-of (alternatives).
        var need: String
        var media: [String]
        var original: String?
        var copies: Int?
        var condition: ConditionView?
        var spec: SpecView?
        var note: String?
        var source: CitationView?
        var parts: [MaterialView]
    }
    struct ScenarioView: Codable, Sendable {
        var id: String
        var name: String
        var condition: ConditionView?
        var materials: [MaterialView]
    }
    struct DeferralView: Codable, Sendable {
        var material: String
        var scenario: String?
        var name: String
        var supplier: String
        var workingDays: Int
        var source: CitationView
    }
    struct ForbiddenView: Codable, Sendable {
        var id: String
        var message: String
        var condition: ConditionView
        var source: CitationView
        /// "returned" for a case the applicant corrects by filing otherwise; absent: refused.
        var verdict: String?
    }
    struct FactView: Codable, Sendable {
        var name: String
        var type: String
        var label: String
        var question: String
        var values: [String]
        /// What a value that is a code means (poor-family-child → 贫困家庭子女).
        var valueLabels: [String: String]
        var derived: Bool
        /// The least value of a number fact; a value below it is fact-invalid.
        var minimum: Double?
        /// A date fact of something that has happened: not after the submission date.
        var notAfterSubmission: Bool?
        /// A fact the office's own records settle: absent, the clerk checks it
        /// (manual-check) instead of the bundle being returned.
        var checkedByClerk: Bool?
    }
    struct TimeLimitView: Codable, Sendable {
        var unit: String
        var value: Int?
        /// Calendar days after the working days (40个工作日+7天（公示期）).
        var plusDays: Int?
        var text: String
        /// The line of the guide that states it.
        var source: CitationView?
        /// The case it is for (a limit of `caseTimeLimits`): the facts it reads.
        var facts: [String]?
    }
    struct ChannelView: Codable, Sendable {
        var kind: String
        var href: String?
        var text: String
    }
    struct WindowView: Codable, Sendable {
        var from: String
        var to: String
        /// The applicants the window does not bind (their dates are announced separately).
        var except: ConditionView?
    }

    var catalogVersion: String
    var code: String
    var name: String
    var kind: String
    var department: String?
    var effectiveFrom: String
    var effectiveUntil: String?
    var source: CitationView
    var timeLimit: TimeLimitView?
    /// Limits the guide gives one channel (窗口办：即时办结), keyed by channel; `timeLimit`
    /// serves every other.
    var channelTimeLimits: [String: TimeLimitView]?
    /// Limits the guide gives a case of applicant (未成年人…2个工作日), in order: the first whose
    /// case holds serves, on every channel, before the others.
    var caseTimeLimits: [TimeLimitView]?
    var window: WindowView?
    var channels: [ChannelView]
    var notes: [String]
    var scenarios: [ScenarioView]
    var deferrals: [DeferralView]
    var forbidden: [ForbiddenView]
    /// The facts the matter's rules read (declared in the manifest or derived from the id).
    var facts: [FactView]

    init(_ m: Matter, catalog: Catalog) {
        func cite(_ c: Citation) -> CitationView {
            CitationView(document: c.document, item: c.item, line: c.line, quote: c.quote)
        }
        func timeLimitView(_ t: TimeLimit) -> TimeLimitView {
            TimeLimitView(
                unit: t.unit.rawValue, value: t.value, plusDays: t.plusDays, text: t.text, source: t.source.map(cite),
                facts: t.condition?.reads)
        }
        func condition(_ c: Condition?) -> ConditionView? {
            c.map { ConditionView(text: $0.text, facts: $0.reads, unasked: $0.unasked.isEmpty ? nil : $0.unasked) }
        }
        func material(_ x: Material) -> MaterialView {
            MaterialView(
                id: x.id, name: x.name, kind: x.kind.rawValue, requirement: x.requirement.rawValue, need: x.need.rawValue,
                media: catalog.acceptedMedia(of: x), original: x.original?.rawValue, copies: x.copies,
                condition: condition(x.condition),
                spec: x.spec.map {
                    SpecView(
                        text: $0.text, minBytes: $0.minBytes, maxBytes: $0.maxBytes, minWidth: $0.minWidth,
                        maxWidth: $0.maxWidth, minHeight: $0.minHeight, maxHeight: $0.maxHeight, minPages: $0.minPages,
                        maxPages: $0.maxPages, aspect: $0.aspect?.description, colour: $0.colour ? true : nil,
                        background: $0.background?.rawValue, paper: $0.paper?.rawValue)
                }, note: x.note, source: x.source.map(cite), parts: x.parts.map(material))
        }
        catalogVersion = catalog.version
        code = m.code
        name = m.name
        kind = m.kind.rawValue
        department = m.department
        effectiveFrom = m.effectiveFrom.description
        effectiveUntil = m.effectiveUntil?.description
        source = cite(m.source)
        timeLimit = m.timeLimit.map(timeLimitView)
        channelTimeLimits =
            m.channelTimeLimits.isEmpty
            ? nil
            : Dictionary(m.channelTimeLimits.map { ($0.channel ?? "", timeLimitView($0)) }, uniquingKeysWith: { a, _ in a })
        caseTimeLimits = m.caseTimeLimits.isEmpty ? nil : m.caseTimeLimits.map(timeLimitView)
        window = m.window.map {
            WindowView(from: $0.from.description, to: $0.to.description, except: condition($0.except))
        }
        channels = m.channels.map { ChannelView(kind: $0.kind, href: $0.href, text: $0.text) }
        notes = m.notes
        scenarios = m.scenarios.map {
            ScenarioView(id: $0.id, name: $0.name, condition: condition($0.condition), materials: $0.materials.map(material))
        }
        deferrals = m.deferrals.map {
            DeferralView(
                material: $0.material, scenario: ($0.scenario ?? "").isEmpty ? nil : $0.scenario, name: $0.name,
                supplier: $0.supplier, workingDays: catalog.deferralPeriod(of: $0), source: cite($0.source))
        }
        forbidden = m.forbidden.map {
            ForbiddenView(
                id: $0.id, message: $0.message, condition: condition($0.condition)!, source: cite($0.source),
                verdict: $0.outcome == .returns ? $0.outcome.rawValue : nil)
        }
        // Only the facts some rule of this matter reads, in the catalog's order.
        let read = m.factsRead
        facts = catalog.facts(of: m).filter { read.contains($0.name) }.map {
            FactView(
                name: $0.name, type: $0.kind.rawValue, label: $0.label, question: $0.prompt, values: $0.values,
                valueLabels: $0.valueLabels, derived: DerivedFact.all.contains($0.name), minimum: $0.minimum,
                notAfterSubmission: $0.notAfterSubmission ? true : nil, checkedByClerk: $0.byClerk ? true : nil)
        }
    }

    /// One line of GET /v1/matters.
    struct Summary: Codable, Sendable {
        var code: String
        var name: String
        var kind: String
        var department: String?
        var effectiveFrom: String
        var effectiveUntil: String?
        var document: String
    }

    struct List: Codable, Sendable {
        var catalogVersion: String
        var date: String
        var matters: [Summary]
    }

    static func list(_ catalog: Catalog, on date: CalendarDate) -> List {
        var seen = Set<String>()
        var out: [Summary] = []
        for m in catalog.matters where !seen.contains(m.code) {
            seen.insert(m.code)
            guard let current = catalog.matter(m.code, on: date) else { continue }
            out.append(
                Summary(
                    code: current.code, name: current.name, kind: current.kind.rawValue, department: current.department,
                    effectiveFrom: current.effectiveFrom.description, effectiveUntil: current.effectiveUntil?.description,
                    document: current.document))
        }
        return List(catalogVersion: catalog.version, date: date.description, matters: out)
    }

    static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(value)) ?? Data("{}".utf8)) + [0x0A]
    }
}

extension CalendarDate {
    /// Today in China Standard Time.
    static func todayInChina(_ now: Date = Date()) -> CalendarDate {
        let seconds = now.timeIntervalSince1970 + Double(chinaOffsetMinutes * 60)
        return CalendarDate(year: 1970, month: 1, day: 1).adding(days: Int((seconds / 86400).rounded(.down)))
    }
}
