import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// 违规禁办: the forbidden cases of the matter.
extension Judgement {
    mutating func checkForbiddenCases() {
        for f in matter.forbidden {
            // What the clerk checks or the applicant is asked about, with the guide's words it rests on: worded
            // only where it is said (most cases simply do not apply, and the wording is a good part of their cost).
            var basis: String { "是否属于\(f.outcome.caseName)（依据：\(Self.guideWords(f.condition.text))）" }
            let refusedForWhatItIs = applicantKindRefused && f.refusedApplicant == nil
            let outcome: RuleOutcome
            switch conditions.evaluate(f.condition) {
            case .holds(true)
            where Self.waitsForACorrection(
                f, agentInDoubt: agentInDoubt, applicantIdInDoubt: applicantIdInDoubt, conditions: conditions):
                // Whether there is an agent, or what the applicant's code says, is the correction asked (agent/id,
                // applicant/id): a case that holds only by it waits for it.
                outcome = .undetermined
            case .holds(true):
                outcome = .applies
                findings.append(
                    Finding(f.outcome.findingCode, .error, f.message, source: f.source, rule: f.id))
            case .holds(false):
                outcome = .doesNotApply
            case .needsFacts where refusedForWhatItIs, .prose where refusedForWhatItIs:
                // An applicant refused for what it is (a unit filing a citizen's matter) is asked nothing about its
                // case, nor is the clerk told to check it (round 45, tester f: "请窗口人员核查…经认定的就业困难人员" of a company).
                outcome = .undetermined
            case .needsFacts(let names)
            where onlyTheClerkDeclares(names):
                // Only the clerk's check would tell (办理人能否提供有效证件？): left to the
                // clerk, not asked of the applicant.
                outcome = .manualCheck
                // What to check, in the clerk's words, and what follows (round 53, tester f: RS-033's "请窗口人员核查是否属于
                // 禁办情形（依据：劳动年龄内…）" said neither that it was the woman's 原法定退休年龄 nor what answer refuses).
                let asks = names.compactMap { catalog.fact($0, of: matter)?.prompt }.joined(separator: "；")
                // The answer that refuses, in the question's terms where one fact decides it (round 60, tester f: "是否符合受理
                // 条件？…（属于的：不予受理…）" read as "yes: refuse").
                let refusing: String
                if names.count == 1, let values = conditions.valuesThatHold(f.condition, for: names[0]) {
                    let def = catalog.fact(names[0], of: matter)
                    let said = values.map { v in
                        def?.kind == .boolean ? (v == "true" ? "是" : "否") : (def?.valueLabels[v] ?? v)
                    }
                    refusing = "答“" + said.joined(separator: "”或“") + "”的"
                } else {
                    refusing = "属于的"
                }
                findings.append(
                    Finding(
                        .manualCheck, .info,
                        "请窗口人员核查" + basis + (asks.isEmpty ? "" : "：\(asks)") + "（\(refusing)：\(f.message)）",
                        source: f.source,
                        detail: "decided by the clerk: \(names.joined(separator: ", "))"))
            case .needsFacts(let names):
                outcome = .undetermined
                // The guide's words are a requirement (共同签署…声明书) as often as the case
                // refused (超过1年): told as the basis of the judgement, not as the case.
                reportMissingFacts(names, for: "判断" + basis, source: f.source, gates: conditions.gates(of: f.condition))
            case .invalidFacts:
                outcome = .undetermined
                let names = conditions.missingBeside(f.condition)
                if !names.isEmpty {
                    reportMissingFacts(names, for: "判断" + basis, source: f.source, gates: conditions.gates(of: f.condition))
                }
            case .prose:
                outcome = .manualCheck
                findings.append(
                    Finding(
                        .manualCheck, .info, "请窗口人员核查" + basis,
                        source: f.source,
                        detail: "not machine-checkable")
                )
            case .failed(let why):
                outcome = .ruleError
                findings.append(
                    Finding(.ruleError, .warning, "规则无法执行，请人工核查：\(f.condition.text)", source: f.source, detail: "\(why)"))
            }
            rules.append(
                AppliedRule(
                    kind: f.outcome.ruleKind, subject: f.id, text: f.condition.text,
                    outcome: outcome, source: f.source))
        }
    }
}
