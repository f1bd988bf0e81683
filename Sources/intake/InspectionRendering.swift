import Foundation
import IntakeEvidence
import IntakeManifest
import IntakeModel
import IntakeRendering
import IntakeReport

/// `inspect`'s output: JSON for programs, text for people. Both speak as the report does:
/// the same JSON writer, style and key names (a document's `type`, `claimedType`,
/// `sound`; a finding's `message` and `detail`), the same Chinese-with-English labels.
enum InspectionRendering {
    /// Version 2: the report's key names (`application`, a document's `type`, …).
    static let namespace = "urn:dalian:intake:inspect:2"

    static func json(_ i: Inspection) -> String {
        let w = JSONWriter()
        w.object {
            w.field("inspect", namespace)
            w.key("generator")
            w.generator(name: Generator.current.name, version: Generator.current.version)
            w.field("intact", i.isIntact)
            w.key("bundle")
            w.object {
                w.field("file", i.bundleFile)
                w.field("size", i.bundleSize)
                if let h = i.bundleSHA256 { w.field("sha256", h) }
                w.field("entries", Int64(i.entryCount))
            }
            if let m = i.manifest {
                w.key("manifest")
                w.object {
                    w.field("application", m.id)
                    w.field("submitted", m.submitted)
                    w.field("channel", m.channel)
                    w.key("matter")
                    w.object {
                        w.field("code", m.matterCode)
                        w.field("scenario", m.scenario)
                    }
                    w.key("applicant")
                    w.object {
                        w.field("kind", m.applicant.kind)
                        w.field("name", m.applicant.name)
                        w.field("idType", m.applicant.idType)
                        w.key("facts")
                        w.array(m.applicant.facts) { f in
                            w.object {
                                w.field("name", f.name)
                                w.field("value", f.value)
                            }
                        }
                    }
                    if let a = m.agent {
                        w.key("agent")
                        w.object {
                            w.field("name", a.name)
                            w.field("idType", a.idType)
                        }
                    }
                }
            }
            w.key("documents")
            w.array(i.documents) { JSONReport.document($0, w) }
            w.key("unlisted")
            w.array(i.unlisted) { w.value($0) }
            w.key("findings")
            w.array(i.findings) { f in JSONReport.finding(f, w) { JSONReport.citation($0, w) } }  // no catalog: no titles
        }
        return w.out + "\n"
    }

    /// Every value from the bundle goes through ``TextEscaping/terminal(_:)``.
    static func text(_ i: Inspection) -> String {
        func t(_ s: String) -> String { TextEscaping.terminal(s) }
        var s = "完整性 Integrity: \(i.isIntact ? "完好 (intact)" : "有问题 (not intact)")\n"
        s += "申请包 Bundle: \(t(i.bundleFile))  \(i.bundleSize) bytes  \(i.entryCount) entries"
        s += "  SHA-256 \(i.bundleSHA256 ?? "-")\n"
        if let m = i.manifest {
            s += "申请 Application: \(t(m.id))  提交 \(t(m.submitted))  渠道 \(t(m.channel))\n"
            s += "事项 Matter: \(t(m.matterCode))\(m.scenario.isEmpty ? "" : " / " + t(m.scenario))\n"
            s += "申请人 Applicant: \(t(m.applicant.name)) (\(t(m.applicant.kind)), \(t(m.applicant.idType)))"
            if let a = m.agent { s += "  代理人 agent \(t(a.name))" }
            s += "\n"
            for f in m.applicant.facts { s += "  信息 fact \(t(f.name)) = \(t(f.value))\n" }
        }
        s += "程序 Generator: \(Generator.current.description)\n"
        if !i.documents.isEmpty {
            s += "\n文件 Documents (\(i.documents.count)):\n"
            for d in i.documents {
                let state = d.isSound ? "完好 sound" : "有问题 defective"
                s += "  [\(state)] 材料 material \(t(d.material))  \(t(d.path))\n"
                var facts = [
                    "\(d.size.map(String.init) ?? "-") bytes", "\(t(d.detectedType ?? "-")) (声明 claimed \(t(d.claimedType)))",
                ]
                if let p = d.pixels { facts.append("\(p.width)*\(p.height) px") }
                if let p = d.pages { facts.append("\(p) 页 pages") }
                s += "        " + facts.joined(separator: "  ") + "\n"
                s += "        SHA-256 \(d.sha256 ?? "-")\n"
            }
        }
        if i.findings.isEmpty {
            s += "\n问题 Findings: 无 (none): the bundle is intact.\n"
        } else {
            s += "\n问题 Findings (\(i.findings.count)):\n"
            for (n, f) in i.findings.enumerated() { s += TextReport.finding(f, number: n + 1) }
        }
        return s
    }
}
