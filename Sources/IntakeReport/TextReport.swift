import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeModel

/// The report as plain text for a terminal: verdict, the one-time notice, deferrals.
/// Every value is passed through ``TextEscaping/terminal(_:)``: names and manifest values
/// come from the bundle and must not put control characters on the terminal.
public enum TextReport {

    /// The guide's words in quotation marks, our gloss 〔注：…〕 after them outside (round 41, tester y: RS-019's
    /// "〔注：自财政资金拨付之日起算，受理时不能确定〕" was quoted as the guide's).
    static func quotedWithGloss(_ text: String) -> String {
        guard let start = text.firstRange(of: "〔注：") else { return "“\(text)”" }
        var words = Substring(text[..<start.lowerBound])
        while words.last == " " { words.removeLast() }
        let gloss = text[start.upperBound...].split(separator: "〔注：").map { $0.filter { $0 != "〕" } }.joined(separator: "；")
        return "“\(words)”（注：\(gloss)）"
    }
    /// One finding as the text outputs list it (`check` and `inspect`): number, severity,
    /// code and message, then its technical detail on a line of its own; every value from
    /// the bundle escaped for the terminal.
    public static func finding(_ f: Finding, number: Int) -> String {
        func t(_ s: String) -> String { TextEscaping.terminal(s) }
        var s = "  \(number). [\(f.severity.rawValue)] \(t(f.code.rawValue)): \(t(f.message))\n"
        if let d = f.detail { s += "     细节 detail: \(t(d))\n" }
        return s
    }

    /// The rule's source as the text report gives it: the document's title and issuer, the
    /// item, the file and line an auditor opens (round 22, tester 1: the file and line were
    /// only in the JSON), and the guide's words.
    static func basis(_ src: Citation, _ r: Report) -> String {
        func t(_ s: String) -> String { TextEscaping.terminal(s) }
        let d = r.source(src.document)
        let title = d.flatMap { $0.title.isEmpty ? nil : "《\(t($0.title))》" } ?? t(src.document)
        let issuer = [d?.issuer, d?.number, d?.issued].compactMap { $0 }.map(t).joined(separator: " ")
        let place = src.line.map { "（\(t(src.document)) 第 \($0) 行）" } ?? ""
        var s = "     依据: \(title)\(issuer.isEmpty ? "" : "（\(issuer)）") \(t(src.item))\(place)\n"
        if let q = src.quote { s += "           原文: 「\(t(q))」\n" }
        return s
    }

    public static func render(_ r: Report) -> String {
        func t(_ s: String) -> String { TextEscaping.terminal(s) }
        // A sound bundle naming an information-only matter, or a matter or scenario to correct, is not "申请包无效"
        // (round 48, tester e: the headline read as a broken bundle).
        let headline =
            switch r.verdict == .invalid ? Report.soundBundleNotDecided(r.findings) : nil {
            case .informationOnly?: "咨询类事项，不在本渠道受理"
            case .matterToCorrect?: "未能确定所申请的事项或情形，请更正"
            case nil: r.verdict.chinese
            }
        var s = "结论 Verdict: \(headline) (\(r.verdict.rawValue))\n"
        s +=
            "申请 Application: \(r.application.isEmpty ? "-" : t(r.application))  提交 \(r.submitted.isEmpty ? "-" : t(r.submitted))"
            + (r.submittedDate.map { "（北京时间 \($0)）" } ?? "") + "\n"
        if !r.matter.code.isEmpty {
            s += "事项 Matter: \(t(r.matter.code)) \(t(r.matter.name))"
            if !r.matter.scenario.isEmpty {
                s += " / \(t(r.matter.scenarioName.isEmpty ? r.matter.scenario : r.matter.scenarioName))"
            }
            s += "\n"
        }
        if let due = r.decisionDue, let limit = r.matter.timeLimit {
            // Provisional where the date is given, not only in the notes (round 63, tester g).
            let provisional =
                r.findings.contains { $0.code == .calendarProvisional && $0.message.contains("办结期限 \(due)") }
                ? "（暂定，见提示）" : ""
            s += "办结期限: \(due)\(provisional)（\(t(limit))）\n"
            if let rule = r.timeLimitRule {
                if !r.decisionDueNote.isEmpty { s += "     \(t(r.decisionDueNote))\n" }
                s += basis(rule.source, r)
            }
        } else if r.decisionDue == nil, let rule = r.timeLimitRule, rule.outcome == .noDate {
            s +=
                rule.text == AppliedRule.timeLimitNotGiven
                ? "办结期限: 无可按日计算的期限，\(rule.text)\n"
                : "办结期限: 无可按日计算的期限，以指南所述为准：\(t(Self.quotedWithGloss(rule.text)))\n"
            s += basis(rule.source, r)
        }
        s += "申请包 Bundle: \(t(r.bundle.file))  \(r.bundle.size) bytes  SHA-256 \(r.bundle.sha256)\n"
        s += "目录版本 Catalog: \(r.catalogVersion)  程序 Generator: \(r.generator.description)\n"
        let problems = r.findings.filter { $0.severity != .info }
        func list(_ items: [Finding], from first: Int = 1) {
            for (i, f) in items.enumerated() {
                s += finding(f, number: first + i)
                if let src = f.source { s += basis(src, r) }
            }
        }
        if r.verdict == .refused, !problems.isEmpty {
            // The reasons first, then what else was found, for the record only, as the HTML report
            // lists them (round 42, tester e: a file's defect was read out before the refusal's reason).
            let reasons = problems.filter { $0.code == .forbiddenCase || $0.code == .applicationWindow }
            let others = problems.filter { $0.code != .forbiddenCase && $0.code != .applicationWindow }
            s += "\n不予受理的理由 (why it is refused, \(reasons.count)):\n"
            list(reasons)
            if !others.isEmpty {
                s += "\n其他问题（仅作记录）(other defects found, for the record, \(others.count)):\n"
                list(others, from: reasons.count + 1)
            }
        } else if !problems.isEmpty {
            // An accepted application is not sent to mend and resubmit: its warnings are notes.
            s +=
                r.verdict.isAcceptance
                ? "\n受理提示：已受理，以下事项不影响受理 (accepted; notes, \(problems.count)):\n"
                : "\n一次性告知 (every defect, \(problems.count)):\n"
            list(problems)
        }
        if !r.deferred.isEmpty {
            s += "\n容缺材料 (deferred):\n"
            for d in r.deferred {
                s += "  （\(t(d.material))）\(t(d.name))  补交期限 \(d.due)  资料来源 \(t(d.supplier))\n"
                s += basis(d.source, r)
            }
            // Where the period comes from, as the HTML says it (round 34, tester b: the text
            // report dropped the 容缺 list's citation and that the 5 days are the centre's).
            for period in r.duePeriods { s += "  \(period.says)\n" }
        }
        // A deferral is listed above once granted; one that waits for the application's correction (returned:
        // nothing is deferred yet) is told here, with the rest of the notice (一次性告知).
        let infos = r.findings.filter { f in
            f.severity == .info && !(f.code == .materialDeferred && r.deferred.contains { $0.material == f.material })
        }
        if !infos.isEmpty {
            s += "\n提示 (info):\n"
            for f in infos { s += "  - \(t(f.message))\n" }
        }
        return s
    }
}
