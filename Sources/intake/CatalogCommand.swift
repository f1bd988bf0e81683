import ArgumentParser
import Foundation
import IntakeCatalog
import IntakeCommandSupport
import IntakeModel

/// `intake catalog list|show|lint`: browse and check the matter catalog (事项目录).
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Browse and lint the matter catalog (事项目录) in Pipelines/.",
        subcommands: [List.self, Show.self, Lint.self])

    /// The pipeline definition to read.
    struct PipelineOptions: ParsableArguments {
        @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml under the project home).")
        var pipeline: String?

        var url: URL {
            pipeline.map { URL(fileURLWithPath: $0) }
                ?? Tooling.home().appendingPathComponent(CatalogLoader.defaultPipeline)
        }

        func loader() -> CatalogLoader {
            do {
                return try CatalogLoader(home: Tooling.home())
            } catch {
                CatalogCommand.fail(error.description)
            }
        }

        /// The catalog, or exit 2 with the problems (run lint for all of them).
        func load() -> Catalog {
            do {
                return try loader().load(pipeline: url)
            } catch {
                CatalogCommand.fail(error.description)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every matter: code, name, materials, deferrals, forbidden cases.")
        @OptionGroup var options: PipelineOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let catalog = options.load()
            if json {
                let rows = catalog.matters.map { m in
                    MatterSummary(
                        code: m.code, name: m.name, kind: m.kind.rawValue, department: m.department, document: m.document,
                        effectiveFrom: m.effectiveFrom.description, effectiveUntil: m.effectiveUntil?.description,
                        scenarios: m.scenarios.map(\.id),
                        materials: m.scenarios.reduce(0) { $0 + $1.materials.flatMap(\.flattened).count },
                        deferrals: m.deferrals.count, forbidden: m.caseCounts.refusing, corrections: m.caseCounts.correcting)
                }
                print(try CatalogRendering.json(CatalogListing(catalogVersion: catalog.version, matters: rows)))
                return
            }
            for m in catalog.matters {
                let materials = m.scenarios.reduce(0) { $0 + $1.materials.flatMap(\.flattened).count }
                var columns = [m.code, m.name]
                if m.kind == .informationOnly {
                    columns.append("（仅咨询，无需提交材料）")
                } else {
                    columns.append("要件 \(materials)")
                    if m.scenarios.count > 1 { columns.append("情形 \(m.scenarios.count)") }
                    if !m.deferrals.isEmpty { columns.append("容缺 \(m.deferrals.count)") }
                    let (refusing, correcting) = m.caseCounts
                    if refusing > 0 { columns.append("禁办 \(refusing)") }
                    if correcting > 0 { columns.append("需更正 \(correcting)") }
                }
                if m.effectiveUntil != nil || catalog.versions(of: m.code).count > 1 {
                    columns.append("\(m.effectiveFrom)…\(m.effectiveUntil?.description ?? "")")
                }
                print(columns.joined(separator: "\t"))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Everything about one matter: materials per scenario, deferrals, forbidden cases, facts.")
        @OptionGroup var options: PipelineOptions
        @Argument(help: "The matter code, e.g. RS-005.") var code: String
        @Option(help: "Only the version in force on this date (YYYY-MM-DD); default: every version.")
        var on: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let catalog = options.load()
            var versions = catalog.versions(of: code)
            if versions.isEmpty { CatalogCommand.fail("no matter \(code) in the catalog") }
            if let on {
                guard let date = CalendarDate(on) else { CatalogCommand.fail("--on: not a date YYYY-MM-DD: \(on)") }
                guard let m = catalog.matter(code, on: date) else {
                    CatalogCommand.fail("\(code) is not in force on \(on)")
                }
                versions = [m]
            }
            if json {
                let shown = versions.map { MatterDetail(matter: $0, facts: CatalogRendering.facts(read: $0, catalog: catalog)) }
                print(try CatalogRendering.json(shown.count == 1 ? AnyEncodable(shown[0]) : AnyEncodable(shown)))
            } else {
                print(versions.map { CatalogRendering.text($0, catalog: catalog) }.joined(separator: "\n"), terminator: "")
            }
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the catalog against Schemas/catalog.xsd and check its references.",
            discussion: "Exit status: 0 when clean, 1 when there are problems, 2 when it cannot run.")
        @OptionGroup var options: PipelineOptions

        func run() throws {
            let result = CatalogLint.run(pipeline: options.url, loader: options.loader())
            let here = FileManager.default.currentDirectoryPath + "/"
            for problem in result.problems {
                var p = problem
                if p.file.hasPrefix(here) { p.file.removeFirst(here.count) }
                print(p)
            }
            if !result.problems.isEmpty {
                print("\(result.problems.count) problem(s)")
                throw ExitCode(1)
            }
            guard let catalog = result.catalog else { throw ExitCode(1) }
            for (source, c) in catalog.counts() {
                print(
                    "\(source.href)\t\(source.document)\t事项 \(c.matters)（仅咨询 \(c.informationOnly)）\t要件 \(c.materials)\t容缺 \(c.deferrals)\t禁办 \(c.forbidden)\t需更正 \(c.corrections)\t事实 \(c.facts)"
                )
            }
            let conditions = CatalogLint.conditionCounts(in: catalog)
            print("条件 conditions: \(conditions.withXPath) of \(conditions.total) with an XPath")
            let letters = CatalogLint.commitmentLetters(in: catalog)
            print("承诺书 (\(letters.count)): only the 容缺受理承诺书 is the deferral letter; every other is a pledge")
            for (m, s, material) in letters {
                let role =
                    material.isCommitmentLetter
                    ? "deferral letter" : "\(material.kind == .pledge ? "pledge" : "material"), \(material.requirement.rawValue)"
                print("  \(m.code)\(s.id.isEmpty ? "" : "/\(s.id)") \(material.id)\t\(material.kind)\t\(role)\t\(material.name)")
            }
            print(
                "clean: \(catalog.matters.count) matters from \(catalog.sources.count) guides; catalog version \(catalog.version)"
            )
        }
    }
}

struct MatterSummary: Encodable {
    var code, name, kind: String
    var department: String?
    var document, effectiveFrom: String
    var effectiveUntil: String?
    var scenarios: [String]
    var materials, deferrals: Int
    /// 违规禁办 (refusing), and the cases that return the application to be filed otherwise.
    var forbidden, corrections: Int
}

struct CatalogListing: Encodable {
    var catalogVersion: String
    var matters: [MatterSummary]
}

/// A matter with the definitions of the facts its conditions read.
struct MatterDetail: Encodable {
    var matter: Matter
    var facts: [FactDefinition]
}

struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

/// How `intake catalog` prints: Chinese first, English in brackets where it helps.
enum CatalogRendering {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The facts a matter's conditions read, in the catalog file's order.
    static func facts(read matter: Matter, catalog: Catalog) -> [FactDefinition] {
        let names = matter.factsRead
        return catalog.facts(of: matter).filter { names.contains($0.name) }
    }

    static func cite(_ c: Citation) -> String { "〔\(c.document) \(c.item)〕" }

    static func text(_ m: Matter, catalog: Catalog) -> String {
        var out = "\(m.code) \(m.name)\n"
        func line(_ s: String) { out += s + "\n" }
        line("  事项类型 (kind): \(m.kind == .informationOnly ? "仅咨询（无需提交材料）" : "可申请办理") (\(m.kind.rawValue))")
        if let d = m.department { line("  实施部门 (department): \(d)") }
        line("  来源 (source): \(cite(m.source))")
        line("  有效期 (in force): \(m.effectiveFrom) 起" + (m.effectiveUntil.map { " 至 \($0)" } ?? "，至今"))
        for t in m.caseTimeLimits + (m.timeLimit.map { [$0] } ?? []) + m.channelTimeLimits {
            let plus = t.plusDays.map { " + \($0) days" } ?? ""
            let channel = t.channel.map { " (\($0))" } ?? t.condition.map { " (case ⟨\($0.xpath ?? "")⟩)" } ?? ""
            line(
                "  办理时限\(channel) (time limit): \(t.text) (\(t.unit.rawValue)\(t.value.map { " \($0)" } ?? "")\(plus))"
                    + (t.source.map { " \(cite($0))" } ?? ""))
        }
        for c in m.channels {
            let kind = ["window": "窗口", "online": "网上", "mail": "邮寄"][c.kind] ?? c.kind
            // The address where the text does not give it (004's "登录网站": round 44, tester b).
            let href = c.href.flatMap { c.text.contains($0) ? nil : " \($0)" } ?? ""
            line("  办理渠道 (\(c.kind)): \(kind)：\(c.text)\(href)")
        }
        if let w = m.window {
            line("  申报时间 (window): \(w.from) 至 \(w.to) \(cite(w.source))")
            if let e = w.except { line("    除外 (except): \(conditionText(e))") }
        }
        for n in m.notes { line("  备注 (note): \(n)") }
        for s in m.scenarios {
            if m.scenarios.count > 1 || !s.id.isEmpty {
                line("  申请情形 (scenario) \"\(s.id)\": \(s.name)")
                if let c = s.condition { line("    适用 (when): \(conditionText(c))") }
            } else {
                line("  申请材料 (materials):")
            }
            for material in s.materials { render(material, depth: 2, into: &out, catalog: catalog) }
        }
        if !m.deferrals.isEmpty {
            line("  容缺受理 (deferrable, 默认 \(catalog.deferralWorkingDays) 个工作日内补交):")
            for d in m.deferrals {
                let scope = d.scenario.flatMap { $0.isEmpty ? nil : "情形 \($0)，" } ?? ""
                let days = d.workingDays.map { "\($0) 个工作日" } ?? "默认期限"
                line("    \(d.material) \(d.name)（\(scope)资料来源：\(d.supplier)，\(days)）\(cite(d.source))")
            }
        }
        for (outcome, title) in [(ForbiddenCase.Outcome.refuses, "违规禁办 (forbidden)"), (.returns, "需更正的申请方式，退回补正 (returned)")] {
            let cases = m.forbidden.filter { $0.outcome == outcome }
            if cases.isEmpty { continue }
            line("  \(title):")
            for f in cases {
                line("    \(f.id) \(f.message) \(cite(f.source))")
                line("       条件 (when): \(conditionText(f.condition))")
            }
        }
        let facts = facts(read: m, catalog: catalog)
        if !facts.isEmpty {
            line("  申请人事实 (facts read):")
            for f in facts {
                let values = f.values.isEmpty ? "" : " [\(f.readableValues.joined(separator: " | "))]"
                let range =
                    (f.minimumText.map { " ≥ \($0)" } ?? "")
                    + (f.notAfterSubmission ? " ≤ 申请日期" : "")
                let clerk = f.byClerk ? "〔缺省时由窗口核实 checked by the clerk when absent〕" : ""
                line("    \(f.name) (\(f.kind.rawValue))\(range)\(values): \(f.label)\(clerk)")
            }
        }
        return out
    }

    static func conditionText(_ c: Condition) -> String {
        c.text + (c.xpath.map { "  ⟨\($0)⟩" } ?? "  （未编码 not machine-checkable）")
    }

    /// What the pipeline checks of a specification: bytes, pixels, shape, pages.
    static func specBounds(_ s: DocumentSpec) -> String {
        var b: [String] = []
        if let n = s.minBytes { b.append("≥ \(n) bytes") }
        if let n = s.maxBytes { b.append("≤ \(n) bytes") }
        if let pixels = s.pixelsText { b.append("\(pixels) pixels") }
        if let a = s.aspect { b.append("width:height \(a) ±3 %") }
        if s.colour { b.append("colour (not a greyscale image; a JPEG's pixels are read)") }
        if let c = s.background { b.append("\(c.rawValue) background (a JPEG's top and upper sides, decoded)") }
        if let p = s.paper { b.append("paper \(p.rawValue) ±\(Int(DocumentSpec.Paper.tolerance)) mm (PDF pages)") }
        if let n = s.minPages { b.append("≥ \(n) pages") }
        if let n = s.maxPages { b.append("≤ \(n) pages") }
        return b.joined(separator: ", ")
    }

    static func render(_ m: Material, depth: Int, into out: inout String, catalog: Catalog) {
        let pad = String(repeating: "  ", count: depth)
        var tags: [String] = [m.kind.rawValue]
        switch m.requirement {
        case .always: break
        case .conditional: tags.append("视情形提供")
        case .whenDeferred: tags.append("容缺时提供")
        case .optional: tags.append("可选")
        }
        if m.need == .oneOf { tags.append("任选其一") }
        // A selection (选择手续): the check asks for one of its parts at least (round 45, tester e: every part shown
        // 可选, the group as if nothing of it were needed).
        if m.need == .all, !m.parts.isEmpty, m.parts.allSatisfy({ $0.requirement == .optional }) {
            tags.append(m.requirement == .always ? "至少提交其中一项" : "提交时至少其中一项")
        }
        switch m.original {
        case .original: tags.append("原件")
        case .copy: tags.append("复印件")
        case .originalAndCopy: tags.append("原件及复印件")
        case nil: break
        }
        if let text = m.copiesText { tags.append(text) }
        if !m.media.isEmpty { tags.append(m.media.joined(separator: " ")) }
        out += "\(pad)\(m.id) \(m.name)（\(tags.joined(separator: "，"))）\n"
        if let c = m.condition { out += "\(pad)   提供条件 (when): \(conditionText(c))\n" }
        if let s = m.spec { out += "\(pad)   规格 (spec): \(s.text)  ⟨\(specBounds(s))⟩\n" }
        if let n = m.note { out += "\(pad)   备注: \(n)\n" }
        for p in m.parts { render(p, depth: depth + 1, into: &out, catalog: catalog) }
    }
}
