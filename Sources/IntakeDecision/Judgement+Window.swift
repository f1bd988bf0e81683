import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// 申报时间: the application window.
extension Judgement {
    mutating func checkWindow() {
        guard let w = matter.window else { return }
        let inside = submitted >= w.from && submitted <= w.to
        // Outside the window, an applicant it does not bind (申报时间另行通知) is not refused
        // for it; whether the applicant is one is asked when the facts do not say.
        // Only a matter in force that day: outside its rounds the window refuses whoever
        // applies (Decider.outsideItsWindow picks a round only to say so).
        if !inside, let except = w.except, matter.isInForce(on: submitted) {
            let outcome: RuleOutcome?
            switch conditions.evaluate(except) {
            case .holds(true): outcome = .doesNotApply
            case .needsFacts(let names):
                reportMissingFacts(names, for: "申报时间（\(except.text)除外）", source: w.source)
                outcome = .undetermined
            case .invalidFacts: outcome = .undetermined
            case .holds(false), .prose:
                outcome = nil  // bound by the window (lint fails on an exception without an XPath)
            case .failed(let why):
                outcome = nil
                findings.append(
                    Finding(
                        .ruleError, .warning, "规则无法执行，请人工核查申报时间的除外情形：\(except.text)", source: w.source,
                        detail: why))
            }
            if let outcome {
                rules.append(
                    AppliedRule(
                        kind: .window, subject: matter.code, text: "申报时间 \(w.from) 至 \(w.to)（\(except.text)除外）",
                        outcome: outcome, source: w.source))
                return
            }
        }
        rules.append(
            AppliedRule(
                kind: .window, subject: matter.code, text: "申报时间 \(w.from) 至 \(w.to)",
                outcome: inside ? .inside : .outside, source: w.source))
        if !inside {
            findings.append(
                Finding(
                    .applicationWindow, .error,
                    "不予受理：本事项申报时间为 \(w.from) 至 \(w.to)，申请提交于 \(submitted)，不在申报期内",
                    source: w.source, detail: "outside the application window"))
        }
    }
}
