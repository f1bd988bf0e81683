import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// 申报时间: the application window.
extension Judgement {
    mutating func checkWindow() {
        guard let w = matter.window else { return }
        let inside = submitted >= w.from && submitted <= w.to
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
