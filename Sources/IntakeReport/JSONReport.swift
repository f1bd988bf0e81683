import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeModel
import IntakeRendering

/// The report as JSON exactly as Pipelines/contract/bundle-format.md shows it (keys in the spec's
/// order, then the added keys), pretty-printed with two spaces, UTF-8 unescaped.
public enum JSONReport {
    public static func render(_ r: Report) -> String { String(decoding: bytes(r), as: UTF8.self) }

    /// The report as UTF-8, without a String in between (what a run writes and hashes).
    public static func bytes(_ r: Report) -> [UInt8] {
        let w = JSONWriter()
        w.object {
            w.field("report", Report.namespace)
            w.field("verdict", r.verdict.rawValue)
            w.field("application", r.application)
            w.key("matter")
            w.object {
                w.field("code", r.matter.code)
                w.field("name", r.matter.name)
                w.field("scenario", r.matter.scenario)
            }
            w.key("bundle")
            w.object {
                w.field("file", r.bundle.file)
                w.field("size", r.bundle.size)
                w.field("sha256", r.bundle.sha256)
            }
            w.field("catalogVersion", r.catalogVersion)
            w.field("submitted", r.submitted)
            w.key("findings")
            w.array(r.findings) { f in finding(f, w) { citation($0, r, w) } }
            w.key("deferred")
            w.array(r.deferred) { d in
                w.object {
                    w.field("material", d.material)
                    w.field("name", d.name)
                    w.field("due", d.due.description)
                    w.field("supplier", d.supplier)
                    w.field("workingDays", Int64(d.workingDays))
                    w.field("dueBasis", d.dueBasis.rawValue)
                }
            }
            // Added keys (the spec allows more; these keep their meaning too).
            w.key("generator")
            w.generator(name: r.generator.name, version: r.generator.version)
            w.field("verdictChinese", r.verdict.chinese)
            if let date = r.submittedDate { w.field("submittedDate", date.description) }
            if let due = r.decisionDue { w.field("decisionDue", due.description) }
            w.key("documents")
            w.array(r.documents) { document($0, w) }
            w.key("materials")
            w.array(r.materials) { m in
                w.object {
                    w.field("id", m.id)
                    w.field("name", m.name)
                    w.field("state", m.state.rawValue)
                    w.field("requirement", m.requirement)
                    w.key("documents")
                    w.array(m.documents) { w.value($0) }
                }
            }
            w.key("rules")
            w.array(r.rules) { rule in
                w.object {
                    w.field("kind", rule.kind.rawValue)
                    w.field("subject", rule.subject)
                    w.field("text", rule.text)
                    w.field("outcome", rule.outcome.rawValue)
                    w.key("source")
                    citation(rule.source, r, w)
                }
            }
            w.key("sources")
            w.array(r.sources) { d in
                w.object { document(d, w) }
            }
        }
        return w.bytes + [0x0A]
    }

    /// One finding, as the report and `intake inspect` both write it; `citation` writes
    /// its source (the report adds the source document's title and issuer).
    public static func finding(_ f: Finding, _ w: JSONWriter, citation: (Citation) -> Void) {
        w.object {
            w.field("code", f.code.rawValue)
            w.field("severity", f.severity.rawValue)
            if let m = f.material { w.field("material", m) }
            if let p = f.path { w.field("path", p) }
            if let fact = f.fact { w.field("fact", fact) }
            if let rule = f.rule { w.field("rule", rule) }
            w.field("message", f.message)
            if let d = f.detail { w.field("detail", d) }
            if let s = f.source {
                w.key("source")
                citation(s)
            }
        }
    }

    /// One document's evidence, as the report and `intake inspect` both write it: what the
    /// manifest claims, what the bytes are, and whether it is sound.
    public static func document(_ d: DocumentEvidence, _ w: JSONWriter) {
        w.object {
            w.field("path", d.path)
            w.field("material", d.material)
            w.field("present", d.present)
            if let s = d.size { w.field("size", s) }
            if let h = d.sha256 { w.field("sha256", h) }
            if let t = d.detectedType { w.field("type", t) }
            w.field("claimedType", d.claimedType)
            // Absent past Int64.max: a number no decoder of 64-bit sizes could read (the
            // finding quotes what the manifest says).
            if let c = d.claimedSize { w.field("claimedSize", c) }
            w.field("claimedSHA256", d.claimedSHA256)
            if let p = d.pixels {
                w.key("pixels")
                w.object {
                    w.field("width", Int64(p.width))
                    w.field("height", Int64(p.height))
                }
            }
            if let p = d.pages { w.field("pages", Int64(p)) }
            w.key("defects")
            w.array(d.defects) { w.value($0.rawValue) }
            w.field("sound", d.isSound)
        }
    }

    /// A citation: the document and item (the spec's keys), then the line and the guide's
    /// words there, and, when the source document is known (`source`), its title, issuer,
    /// number and date of issue. `inspect` has no catalog at hand and passes none.
    public static func citation(_ c: Citation, _ w: JSONWriter, source: SourceDocument? = nil) {
        w.object {
            w.field("document", c.document)
            w.field("item", c.item)
            if let line = c.line { w.field("line", Int64(line)) }
            if let quote = c.quote { w.field("quote", quote) }
            if let d = source { sourceFields(d, w) }
        }
    }

    static func citation(_ c: Citation, _ r: Report, _ w: JSONWriter) { citation(c, w, source: r.source(c.document)) }

    static func document(_ d: SourceDocument, _ w: JSONWriter) {
        w.field("document", d.document)
        sourceFields(d, w)
    }

    /// A source document's title, issuer, number and date of issue, as far as it states them.
    static func sourceFields(_ d: SourceDocument, _ w: JSONWriter) {
        if !d.title.isEmpty { w.field("title", d.title) }
        if let v = d.issuer { w.field("issuer", v) }
        if let v = d.number { w.field("number", v) }
        if let v = d.issued { w.field("issued", v) }
    }
}
