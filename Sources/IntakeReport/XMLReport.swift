import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeModel
import IntakeXML

/// The report as XML, valid against Schemas/report.xsd (namespace
/// urn:dalian:intake:report:1): every field of `Report` in a fixed order, two-space
/// indent, UTF-8. A value the bundle did not give is left out, never written empty.
public enum XMLReport {
    public static func render(_ r: Report) -> String { String(decoding: bytes(r), as: UTF8.self) }

    /// The same as UTF-8 bytes, written as such from the start.
    public static func bytes(_ r: Report) -> [UInt8] {
        let x = XMLText()
        x.sources = Dictionary(r.sources.map { ($0.document, $0) }, uniquingKeysWith: { a, _ in a })
        x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        x.open("report", ["xmlns": Report.namespace])
        x.leaf("verdict", r.verdict.rawValue, ["chinese": r.verdict.chinese])
        if !r.application.isEmpty { x.leaf("application", r.application) }
        if !r.matter.code.isEmpty {
            let m = r.matter
            x.open("matter", ["code": m.code, "scenario": m.scenario])
            if !m.name.isEmpty { x.leaf("name", m.name) }
            if !m.scenarioName.isEmpty { x.leaf("scenarioName", m.scenarioName) }
            if let d = m.department, !d.isEmpty { x.leaf("department", d) }
            if let s = m.source { x.citation(s) }
            if let t = m.timeLimit, !t.isEmpty { x.leaf("timeLimit", t) }
            x.close("matter")
        }
        x.empty(
            "bundle",
            [
                "file": r.bundle.file, "size": String(r.bundle.size),
                "sha256": r.bundle.sha256.isEmpty ? nil : r.bundle.sha256, "entries": String(r.bundle.entries),
            ])
        x.leaf("catalogVersion", r.catalogVersion)
        x.leaf("generator", r.generator.description, ["name": r.generator.name, "version": r.generator.version])
        if !r.submitted.isEmpty { x.leaf("submitted", r.submitted) }
        if let date = r.submittedDate { x.leaf("submittedDate", date.description) }
        if !r.channel.isEmpty { x.leaf("channel", r.channel) }
        if !r.applicant.isEmpty { x.leaf("applicant", r.applicant) }
        if let due = r.decisionDue { x.leaf("decisionDue", due.description) }

        x.list("findings", r.findings) { f in
            x.open(
                "finding",
                [
                    "code": f.code.rawValue, "severity": f.severity.rawValue, "material": f.material, "path": f.path,
                    "fact": f.fact, "rule": f.rule,
                ])
            x.leaf("message", f.message)
            if let d = f.detail { x.leaf("detail", d) }
            if let s = f.source { x.citation(s) }
            x.close("finding")
        }
        x.list("deferred", r.deferred) { d in
            x.open(
                "material",
                [
                    "material": d.material, "due": d.due.description, "workingDays": String(d.workingDays),
                    "dueBasis": d.dueBasis.rawValue,
                ])
            x.leaf("name", d.name)
            x.leaf("supplier", d.supplier)
            x.citation(d.source)
            x.close("material")
        }
        x.list("documents", r.documents) { d in
            x.empty(
                "document",
                [
                    "path": d.path, "material": d.material, "present": String(d.present), "size": d.size.map { String($0) },
                    "sha256": d.sha256, "type": d.detectedType, "claimedType": d.claimedType, "sound": String(d.isSound),
                ])
        }
        x.list("unlisted", r.unlisted) { x.leaf("entry", $0) }
        x.list("materials", r.materials) { m in
            x.open("material", ["id": m.id, "kind": m.kind.rawValue, "depth": String(m.depth), "state": m.state.rawValue])
            x.leaf("name", m.name)
            x.leaf("requirement", m.requirement)
            for d in m.documents { x.leaf("document", d) }
            x.citation(m.source)
            x.close("material")
        }
        x.list("rules", r.rules) { rule in
            x.open("rule", ["kind": rule.kind.rawValue, "subject": rule.subject, "outcome": rule.outcome.rawValue])
            x.leaf("text", rule.text)
            x.citation(rule.source)
            x.close("rule")
        }
        x.list("sources", r.sources) { d in
            x.empty(
                "document",
                [
                    "file": d.document, "title": d.title.isEmpty ? nil : d.title, "issuer": d.issuer, "number": d.number,
                    "issued": d.issued,
                ])
        }
        x.close("report")
        return x.out
    }
}

/// Indented XML text built element by element, as UTF-8; attributes in the order given,
/// nil ones left out; everything escaped.
private final class XMLText {
    var out: [UInt8] = []
    private var depth = 0
    /// The cited documents by file name, to describe each citation.
    var sources: [String: SourceDocument] = [:]

    init() { out.reserveCapacity(16 << 10) }

    private func indent() {
        for _ in 0..<(2 * depth) { out.append(0x20) }
    }

    private func literal(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private func append(_ s: String) { out.append(contentsOf: s.utf8) }

    func line(_ s: String) {
        indent()
        append(s)
        out.append(0x0A)
    }

    /// `<name a="…" b="…"` at the line's indent.
    private func start(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        indent()
        out.append(UInt8(ascii: "<"))
        append(name)
        for (k, v) in attributes {
            guard let v else { continue }
            out.append(0x20)
            append(k)
            literal("=\"")
            Markup.appendAttribute(v, to: &out)
            out.append(UInt8(ascii: "\""))
        }
    }

    func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        start(name, attributes)
        literal(">\n")
        depth += 1
    }

    func close(_ name: String) {
        depth -= 1
        indent()
        literal("</")
        append(name)
        literal(">\n")
    }

    func empty(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        start(name, attributes)
        literal("/>\n")
    }

    func leaf(_ name: String, _ text: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        start(name, attributes)
        out.append(UInt8(ascii: ">"))
        Markup.appendText(text, to: &out)
        literal("</")
        append(name)
        literal(">\n")
    }

    /// `<source document item line title issuer number issued>quote</source>`.
    func citation(_ c: Citation) {
        let d = sources[c.document]
        let attributes: KeyValuePairs<String, String?> = [
            "document": c.document, "item": c.item, "line": c.line.map(String.init),
            "title": d.flatMap { $0.title.isEmpty ? nil : $0.title }, "issuer": d?.issuer, "number": d?.number,
            "issued": d?.issued,
        ]
        if let quote = c.quote { leaf("source", quote, attributes) } else { empty("source", attributes) }
    }

    /// A container element; `<name/>` when the list is empty.
    func list<T>(_ name: String, _ items: [T], _ each: (T) -> Void) {
        guard !items.isEmpty else {
            indent()
            out.append(UInt8(ascii: "<"))
            append(name)
            literal("/>\n")
            return
        }
        open(name)
        for item in items { each(item) }
        close(name)
    }
}
