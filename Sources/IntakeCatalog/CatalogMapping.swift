import Foundation
import IntakeModel
import IntakeXML

// Schema-valid trees to values. Catalog.xsd guarantees what is read here (required
// attributes, enumerations, dates), so the fallbacks below are never taken for a file
// that passed validation.

extension CatalogLoader {
    static func settings(_ pipeline: XMLElement) -> PipelineSettings {
        let l = pipeline.child(named: "limits")
        let d = BundleLimits.default
        func int64(_ name: String, _ fallback: Int64) -> Int64 { l?[name].flatMap { Int64($0) } ?? fallback }
        let limits = BundleLimits(
            maxEntries: Int(int64("maxEntries", Int64(d.maxEntries))),
            maxEntrySize: int64("maxEntrySize", d.maxEntrySize),
            maxTotalSize: int64("maxTotalSize", d.maxTotalSize),
            maxCompressionRatio: int64("maxCompressionRatio", d.maxCompressionRatio),
            maxManifestSize: int64("maxManifestSize", d.maxManifestSize),
            maxNameLength: Int(int64("maxNameLength", Int64(d.maxNameLength))),
            maxDocumentCheckSize: int64("maxDocumentCheckSize", d.maxDocumentCheckSize),
            maxImagePixels: int64("maxImagePixels", d.maxImagePixels),
            maxPDFCheckSeconds: Int(int64("maxPDFCheckSeconds", Int64(d.maxPDFCheckSeconds))),
            maxPDFCheckMemory: int64("maxPDFCheckMemory", d.maxPDFCheckMemory),
            maxPDFCheckSecondsPerBundle: Int(int64("maxPDFCheckSecondsPerBundle", Int64(d.maxPDFCheckSecondsPerBundle))))
        return PipelineSettings(
            name: pipeline["name"] ?? "",
            limits: limits,
            deferralWorkingDays: pipeline.child(named: "deferralDefault")?["workingDays"].flatMap { Int($0) } ?? 5,
            defaultMedia: words(pipeline.child(named: "defaultMedia")?.text ?? ""))
    }

    static func source(_ catalog: XMLElement, href: String) -> (CatalogSource, [String: Int]) {
        let s = catalog.child(named: "source")
        var facts: [FactDefinition] = []
        var lines: [String: Int] = [:]
        for f in catalog.child(named: "facts")?.children(named: "fact") ?? [] {
            let name = f["name"] ?? ""
            facts.append(
                FactDefinition(
                    name: name, kind: FactDefinition.Kind(rawValue: f["type"] ?? "") ?? .string,
                    label: f.child(named: "label")?.trimmedText ?? "",
                    question: f.child(named: "question")?.trimmedText,
                    values: f.children(named: "value").map(\.trimmedText),
                    valueLabels: Dictionary(
                        f.children(named: "value").compactMap { v in v["label"].map { (v.trimmedText, $0) } }
                    ) { first, _ in first },
                    byClerk: f["declaredBy"] == "clerk", minimum: f["min"].flatMap(Double.init),
                    notAfterSubmission: f["notAfter"] == "submitted",
                    consistent: f.children(named: "consistent").map(condition)))
            lines[name] = f.line
        }
        var source = CatalogSource(
            href: href, document: s?["document"] ?? href, title: s?.trimmedText ?? "",
            effectiveFrom: date(s?["effectiveFrom"]) ?? CalendarDate(year: 1970, month: 1, day: 1),
            effectiveUntil: date(s?["effectiveUntil"]), facts: facts)
        source.issuer = s?["issuer"]
        source.number = s?["number"]
        source.issued = date(s?["issued"])
        return (source, lines)
    }

    static func matter(_ e: XMLElement, source: CatalogSource, file: String, seed: SeedText) -> (Matter, MatterLocation) {
        var location = MatterLocation(file: file, line: e.line)
        var scenarios: [Scenario] = []
        for (index, s) in e.children(named: "scenario").enumerated() {
            location.scenarios.append(s.line)
            let materials = s.children(named: "material").map { material($0, seed: seed) }
            func note(_ m: XMLElement) {
                location.materials["\(index)/\(m["id"] ?? "")", default: []].append(m.line)
                m.children(named: "material").forEach(note)
            }
            s.children(named: "material").forEach(note)
            scenarios.append(
                Scenario(
                    id: s["id"] ?? "", name: s.child(named: "name")?.trimmedText ?? "",
                    condition: s.child(named: "when").map(condition), materials: materials))
        }
        let deferrals = e.children(named: "deferral").map { d in
            location.deferrals.append(d.line)
            return Deferral(
                material: d["material"] ?? "", scenario: d["scenario"],
                name: d.child(named: "name")?.trimmedText ?? "", supplier: d["supplier"] ?? "",
                workingDays: d["workingDays"].flatMap { Int($0) }, source: citation(d.child(named: "cite"), seed: seed))
        }
        let forbidden = e.children(named: "forbidden").map { f in
            location.forbidden.append(f.line)
            return ForbiddenCase(
                id: f["id"] ?? "",
                condition: f.child(named: "when").map(condition) ?? Condition(xpath: nil, reads: [], text: ""),
                message: f.child(named: "message")?.trimmedText ?? "",
                source: citation(
                    f.child(named: "cite"), seed: seed, about: f.child(named: "when")?.trimmedText ?? ""),
                outcome: f["verdict"].flatMap(ForbiddenCase.Outcome.init(rawValue:)) ?? .refuses)
        }
        let window = e.child(named: "applicationWindow").flatMap { w -> Matter.Window? in
            guard let from = date(w["from"]), let to = date(w["to"]) else { return nil }
            return Matter.Window(
                from: from, to: to, source: citation(w.child(named: "cite"), seed: seed),
                except: w.child(named: "except").map(condition))
        }
        var matter = Matter(
            code: e["code"] ?? "", name: e.child(named: "name")?.trimmedText ?? "",
            kind: MatterKind(rawValue: e["kind"] ?? "") ?? .service, department: e.child(named: "department")?.trimmedText,
            source: citation(e.child(named: "cite"), seed: seed),
            notes: e.children(named: "note").map(\.trimmedText),
            timeLimit: e.children(named: "timeLimit").first { $0["channel"] == nil && $0["when"] == nil }.map {
                timeLimit($0, seed: seed)
            },
            channels: e.children(named: "channel").map {
                Channel(kind: $0["kind"] ?? "", href: $0["href"], text: $0.trimmedText)
            },
            window: window, scenarios: scenarios, deferrals: deferrals, forbidden: forbidden,
            effectiveFrom: date(e["effectiveFrom"]) ?? source.effectiveFrom,
            effectiveUntil: date(e["effectiveUntil"]) ?? source.effectiveUntil,
            document: source.document)
        matter.channelTimeLimits = e.children(named: "timeLimit").filter { $0["channel"] != nil && $0["when"] == nil }.map {
            timeLimit($0, seed: seed)
        }
        matter.caseTimeLimits = e.children(named: "timeLimit").filter { $0["when"] != nil }.map { timeLimit($0, seed: seed) }
        return (matter, location)
    }

    /// A part that cites no item of its own is cited by the nearest material above it that
    /// does (the guide's item that names it), not by the matter's title.
    static func material(_ e: XMLElement, seed: SeedText, inherited: Citation? = nil) -> Material {
        let source =
            e.child(named: "cite").map {
                citation(
                    $0, seed: seed, about: e.child(named: "name")?.trimmedText ?? "",
                    also: e.child(named: "when")?.trimmedText ?? "")
            } ?? inherited
        return Material(
            id: e["id"] ?? "", name: e.child(named: "name")?.trimmedText ?? "",
            kind: MaterialKind(rawValue: e["kind"] ?? "other"),
            requirement: Material.Requirement(rawValue: e["required"] ?? "") ?? .always,
            need: Material.Need(rawValue: e["need"] ?? "") ?? .all,
            serves: Material.Serves(rawValue: e["serves"] ?? "") ?? .instead,
            media: words(e.child(named: "media")?.text ?? ""),
            condition: e.child(named: "when").map(condition),
            spec: e.child(named: "spec").map(spec),
            original: e["original"].flatMap { Material.Original(rawValue: $0) },
            copies: e["copies"].flatMap { Int($0) },
            copiesNote: e["copiesNote"],
            note: e.child(named: "note")?.trimmedText,
            source: source,
            parts: e.children(named: "material").map { material($0, seed: seed, inherited: source) })
    }

    /// A `<spec>`: exact `width`/`height` set both bounds.
    static func spec(_ e: XMLElement) -> DocumentSpec {
        func int(_ name: String) -> Int? { e[name].flatMap { Int($0) } }
        return DocumentSpec(
            text: e.trimmedText, minBytes: e["minBytes"].flatMap { Int64($0) }, maxBytes: e["maxBytes"].flatMap { Int64($0) },
            minWidth: int("minWidth") ?? int("width"), maxWidth: int("maxWidth") ?? int("width"),
            minHeight: int("minHeight") ?? int("height"), maxHeight: int("maxHeight") ?? int("height"),
            minPages: int("minPages"), maxPages: int("maxPages"), aspect: e["aspect"].flatMap(DocumentSpec.Aspect.init),
            colour: e["colour"] == "true" || e["colour"] == "1",
            background: e["background"].flatMap(PhotoBackground.init).flatMap { [.white, .blue, .red].contains($0) ? $0 : nil },
            paper: e["paper"].flatMap(DocumentSpec.Paper.init))
    }

    static func condition(_ e: XMLElement) -> Condition {
        Condition(
            xpath: e["xpath"], reads: words(e["reads"] ?? ""), text: e.trimmedText, unasked: words(e["unasked"] ?? ""))
    }

    /// A `<timeLimit>`: its words, what is counted, its channel and the line it cites.
    static func timeLimit(_ e: XMLElement, seed: SeedText) -> TimeLimit {
        TimeLimit(
            unit: TimeLimit.Unit(rawValue: e["unit"] ?? "") ?? .unspecified, value: e["value"].flatMap { Int($0) },
            plusDays: e["plusDays"].flatMap { Int($0) }, text: e.trimmedText, channel: e["channel"],
            source: e["line"] == nil ? nil : citation(e, seed: seed),
            condition: e["when"].map {
                Condition(xpath: $0, reads: words(e["reads"] ?? ""), text: e.trimmedText)
            })
    }

    /// A `<cite>`, with the guide's words at the line it points to when the seed's text is at hand.

    /// `about`: the words of what cites it (a rule's condition, a material's name), which a
    /// quote of a long line looks for (``SeedText/quote(document:line:focus:)``).
    static func citation(_ e: XMLElement?, seed: SeedText = .none, about: String = "", also: String = "") -> Citation {
        let document = e?["document"] ?? ""
        let line = e?["line"].flatMap { Int($0) }
        let through = e?["through"].flatMap { Int($0) }
        let item = e?["item"] ?? ""
        return Citation(
            document: document, item: item, line: line,
            quote: line.flatMap {
                seed.quote(
                    document: document, line: $0, through: through, focus: SeedText.focus(item: item, text: about, also: also))
            })
    }

    static func calendar(_ root: XMLElement) -> WorkingCalendar {
        WorkingCalendar(
            years: root.children(named: "year").map { y in
                WorkingCalendar.Year(
                    year: Int(y["value"]?.prefix(4) ?? "") ?? 0,
                    source: y.child(named: "cite")?.trimmedText ?? "",
                    holidays: y.children(named: "holiday").compactMap { h in
                        guard let from = date(h["from"]), let to = date(h["to"]) else { return nil }
                        return WorkingCalendar.Holiday(from: from, to: to, name: h["name"] ?? "")
                    },
                    workdays: y.children(named: "workday").compactMap { w in
                        guard let d = date(w["date"]) else { return nil }
                        return WorkingCalendar.Workday(date: d, holiday: w["for"] ?? "")
                    },
                    basis: y["basis"].flatMap(WorkingCalendar.Basis.init(rawValue:)) ?? .notice)
            })
    }

    /// An xs:date (a time-zone suffix, which the catalog never uses, is ignored).
    static func date(_ text: String?) -> CalendarDate? {
        guard let text else { return nil }
        return CalendarDate(String(text.trimmedOfBlanks.prefix(10)))
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map(String.init)
    }
}

extension String {
    /// Without its leading and trailing blanks as Foundation's `.whitespaces` has them (tab,
    /// the Unicode space separators and, as CoreFoundation has it, U+200B; not newlines),
    /// without that CharacterSet (its first use cost a `check` ~0.3 ms; each trim of a
    /// manifest fact ~1 % of a small bundle's CPU): itself, uncopied, when it has none.
    var trimmedOfBlanks: String {
        func blank(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80
                ? s == " " || s == "\t" : s == "\u{200B}" || s.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, blank(first) || blank(last) else { return self }
        guard let from = scalars.firstIndex(where: { !blank($0) }), let to = scalars.lastIndex(where: { !blank($0) })
        else { return "" }
        return String(scalars[from...to])
    }
}
