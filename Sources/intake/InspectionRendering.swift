import Foundation
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// `inspect`'s output: JSON for programs, text for people.
enum InspectionRendering {
    struct Output: Encodable {
        struct BundleInfo: Encodable {
            var file: String
            var size: Int64
            var sha256: String?
            var entries: Int
        }
        struct ManifestInfo: Encodable {
            var id: String
            var submitted: String
            var channel: String
            var matter: [String: String]
            var applicant: [String: String]
            var facts: [[String: String]]
            var agent: [String: String]?
            var documents: Int
        }
        var inspect = "urn:dalian:intake:inspect:1"
        var intact: Bool
        var bundle: BundleInfo
        var manifest: ManifestInfo?
        var documents: [DocumentEvidence]
        var unlisted: [String]
        var findings: [Finding]
    }

    static func json(_ i: Inspection) -> String {
        let m = i.manifest.map { m in
            Output.ManifestInfo(
                id: m.id, submitted: m.submitted, channel: m.channel,
                matter: ["code": m.matterCode, "scenario": m.scenario],
                applicant: ["kind": m.applicant.kind, "name": m.applicant.name, "idType": m.applicant.idType],
                facts: m.applicant.facts.map { ["name": $0.name, "value": $0.value] },
                agent: m.agent.map { ["name": $0.name, "idType": $0.idType] }, documents: m.documents.count)
        }
        let out = Output(
            intact: i.isIntact,
            bundle: .init(file: i.bundleFile, size: i.bundleSize, sha256: i.bundleSHA256, entries: i.entryCount),
            manifest: m, documents: i.documents, unlisted: i.unlisted, findings: i.findings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(out)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Every value from the bundle goes through ``TextEscaping/terminal(_:)``.
    static func text(_ i: Inspection) -> String {
        func t(_ s: String) -> String { TextEscaping.terminal(s) }
        var s = "Bundle   \(t(i.bundleFile))  \(i.bundleSize) bytes  \(i.entryCount) entries\n"
        s += "SHA-256  \(i.bundleSHA256 ?? "-")\n"
        if let m = i.manifest {
            s += "Application \(t(m.id))  submitted \(t(m.submitted))  channel \(t(m.channel))\n"
            s += "Matter   \(t(m.matterCode))\(m.scenario.isEmpty ? "" : " / " + t(m.scenario))\n"
            s += "Applicant \(t(m.applicant.name)) (\(t(m.applicant.kind)), \(t(m.applicant.idType)))"
            if let a = m.agent { s += "  agent \(t(a.name))" }
            s += "\n"
            for f in m.applicant.facts { s += "  fact \(t(f.name)) = \(t(f.value))\n" }
        }
        if !i.documents.isEmpty {
            s += "Documents\n"
            for d in i.documents {
                let state = d.isSound ? "ok " : "BAD"
                s += "  [\(state)] material \(t(d.material))  \(t(d.path))\n"
                s +=
                    "        \(d.size.map(String.init) ?? "-") bytes  \(t(d.detectedType ?? "-")) (claimed \(t(d.claimedType)))\n"
                s += "        sha256 \(d.sha256 ?? "-")\n"
            }
        }
        if i.findings.isEmpty {
            s += "No findings: the bundle is intact.\n"
        } else {
            s += "Findings (\(i.findings.count))\n"
            for f in i.findings {
                s += "  \(f.severity.rawValue.uppercased().padding(toLength: 7, withPad: " ", startingAt: 0)) \(f.code.rawValue)"
                if let m = f.material { s += " [material \(t(m))]" }
                s += ": \(t(f.message))\n"
            }
        }
        s += i.isIntact ? "Result: intact\n" : "Result: NOT intact\n"
        return s
    }
}
