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
                // The date is outside the window: said with the question, so that an applicant whom the exception does
                // not cover learns now that he is refused, not after mending everything else (round 54, tester l: ZC-001
                // was returned with 16 items, and refused once they were mended).
                reportMissingFacts(
                    names,
                    for: "申报时间（申请提交于 \(submitted)，不在申报期 \(w.from) 至 \(w.to) 内；\(except.text)的除外，否则不予受理）",
                    source: w.source)
                outcome = .undetermined
            case .invalidFacts:
                let names = conditions.missingBeside(except)
                if !names.isEmpty {
                    reportMissingFacts(
                        names,
                        for: "申报时间（申请提交于 \(submitted)，不在申报期 \(w.from) 至 \(w.to) 内；\(except.text)的除外，否则不予受理）",
                        source: w.source)
                }
                outcome = .undetermined
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

    /// Why an application outside the window is refused. Before the guide's period (or
    /// after it) the reason is that, first: an applicant the window does not bind (申报时间另行通知)
    /// is refused too, and told so, not told of a window that is not theirs. The period is
    /// the catalog's, read from the guide's dates (a guide titled 2024年… states no date it
    /// takes effect): said as such, not as a date the guide gives (round 38, tester h).
    func outsideMessage(_ w: Matter.Window) -> String {
        let window = "申报时间为 \(w.from) 至 \(w.to)"
        // The window's exceptions (另行通知, 按省规定时间) bind no one to the window, only to the
        // current notice (round 42, tester c: "…报送的，亦须在指南适用期内…" told them the old period).
        let theirs = w.except.map { "（\($0.text)：亦以当期的指南或通知为准）" } ?? ""
        let period =
            "目录按指南所载日期定为 \(matter.effectiveFrom)" + (matter.effectiveUntil.map { " 至 \($0)" } ?? " 起")
        if submitted < matter.effectiveFrom {
            return "不予受理：申请提交于 \(submitted)，早于本事项依据的指南的适用期（\(period)）；其\(window)\(theirs)"
        }
        if let until = matter.effectiveUntil, submitted > until {
            return
                "不予受理：申请提交于 \(submitted)，晚于本事项依据的指南的适用期（\(period)），请按当期的指南或通知申报；其\(window)\(theirs)"
        }
        return "不予受理：本事项\(window)，申请提交于 \(submitted)，不在申报期内"
    }
}
