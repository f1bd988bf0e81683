import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// 申请信息: declared facts of the right type, missing facts asked once each.
extension Judgement {
    mutating func checkFacts() {
        for fact in manifest.applicant.facts {
            guard let def = catalog.fact(fact.name, of: matter) else {
                findings.append(
                    Finding(
                        .factInvalid, .warning,
                        "申请信息中的“\(fact.name)”不是本事项使用的信息项，已忽略",
                        source: matter.source, detail: "undeclared fact \(fact.name)"))
                continue
            }
            if !def.accepts(fact.value) {
                reportedFacts.insert(fact.name)
                findings.append(
                    Finding(
                        .factInvalid, .error,
                        "申请信息“\(def.label)”的值“\(fact.value)”无效，应为\(Self.describe(def))",
                        source: matter.source, detail: "fact \(fact.name) is not of type \(def.kind.rawValue)"))
            }
        }
    }

    static func describe(_ def: FactDefinition) -> String {
        switch def.kind {
        case .integer: return "整数"
        case .decimal: return "数字"
        case .boolean: return " true 或 false"
        case .date: return "日期（YYYY-MM-DD）"
        case .string: return "非空文字"
        case .enum: return "以下之一：\(def.values.joined(separator: "、"))"
        }
    }

    mutating func reportMissingFacts(_ names: [String], for rule: String, source: Citation) {
        for name in names where reportedFacts.insert(name).inserted {
            let def = catalog.fact(name, of: matter)
            var ask = def?.prompt ?? name
            // A derived fact's question says what to give in the applicant's words; its
            // values (male, female) are the manifest's, not theirs.
            if let def, def.kind == .enum, !def.values.isEmpty, !DerivedFact.all.contains(name) {
                ask += "（可选：\(def.values.joined(separator: "、"))）"
            }
            findings.append(
                Finding(
                    .factMissing, .error,
                    "缺少审核所需的申请信息：“\(ask)”（\(name)），用于：\(rule)",
                    fact: name, source: source, detail: "missing fact \(name)"))
        }
    }
}
