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
                    .applicationWindow, .error, outsideMessage(w), source: w.source,
                    detail: "outside the application window"))
        }
    }

    /// Why an application outside the window is refused. Before the guide takes effect (or
    /// after it stops) the reason is that, first: an applicant the window does not bind
    /// (申报时间另行通知) is refused too, and told so, not told of a window that is not theirs.
    func outsideMessage(_ w: Matter.Window) -> String {
        let window = "申报时间为 \(w.from) 至 \(w.to)"
        let theirs = w.except.map { "；\($0.text)的，亦须在其施行期内按通知的时间申报" } ?? ""
        if submitted < matter.effectiveFrom {
            return "不予受理：本事项依据的指南自 \(matter.effectiveFrom) 起施行，申请提交于 \(submitted)，早于施行日期（其\(window)\(theirs)）"
        }
        if let until = matter.effectiveUntil, submitted > until {
            return "不予受理：本事项依据的指南已于 \(until) 停止施行，申请提交于 \(submitted)（其\(window)\(theirs)）"
        }
        return "不予受理：本事项\(window)，申请提交于 \(submitted)，不在申报期内"
    }
}
