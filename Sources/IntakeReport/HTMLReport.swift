import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeModel
import IntakeRendering
import IntakeXML

/// The report as one self-contained HTML page for clerks and auditors: Chinese first,
/// English in smaller type; inline CSS, no script, no URL outside the page (a Content
/// Security Policy forbids any), readable offline and on paper.
///
/// An auditor follows verdict → finding → rule → source → evidence by anchors:
/// `finding-N`, `rule-N`, `source-N`, `material-N`, `doc-N`, `unlisted-N`, all numbered
/// by position (never built from applicant-controlled text).
public enum HTMLReport {
    public static func render(_ r: Report) -> String { String(decoding: bytes(r), as: UTF8.self) }

    /// The same as UTF-8 bytes, written as such from the start.
    public static func bytes(_ r: Report) -> [UInt8] { HTMLPage(r).render() }

    /// A severity as every page labels it (错误 error, 警告 warning, 提示 info).
    public static func severityName(_ s: Severity) -> String { HTMLPage.severityName(s) }
}

/// A piece of the page written as UTF-8 while it is interpolated, so that no String is
/// built and grown for it: `\(text:)` escapes into it directly (``Markup/appendText(_:to:)``).
private struct Chunk: ExpressibleByStringInterpolation {
    var bytes: [UInt8]

    init(stringLiteral value: StaticString) {
        bytes = Array(UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    init(stringInterpolation: Interpolation) { bytes = stringInterpolation.bytes }

    struct Interpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 32 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        }

        /// Markup, already escaped where it holds text.
        mutating func appendInterpolation(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

        mutating func appendInterpolation(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

        /// Text, escaped.
        mutating func appendInterpolation(text: String) { Markup.appendHTML(text, to: &bytes) }
    }
}

private final class HTMLPage {
    let r: Report
    var out: [UInt8] = []

    /// Row numbers (1-based) for anchors.
    let materialRow: [String: Int]
    let documentRow: [String: Int]
    let unlistedRow: [String: Int]
    /// Distinct citations in order of first appearance, and their row numbers.
    let sources: [Citation]
    let sourceRow: [Citation: Int]
    /// For each finding (by index), the rules it follows from (row numbers).
    let findingRules: [[Int]]
    /// Numbers in the one-time notice (error and warning findings), by finding index.
    let noticeNumber: [Int: Int]
    /// Each citation's markup, made once: most rows of the checklist and of the rules cite
    /// one of a few items.
    var citations: [Citation: String] = [:]

    init(_ r: Report) {
        self.r = r
        var rows = Self.firstRows(r.materials.map(\.id))
        // A letter filed as material="commitment" (the spec's name for it) links to the matter's own letter, as
        // the checklist counts it (round 39, tester r: the evidence table showed the bare code).
        if rows["commitment"] == nil, let letter = r.materials.firstIndex(where: { $0.kind == .commitmentLetter }) {
            rows["commitment"] = letter + 1
        }
        materialRow = rows
        documentRow = Self.firstRows(r.documents.map(\.path))
        unlistedRow = Self.firstRows(r.unlisted)
        var cites: [Citation] = []
        var seen: Set<Citation> = []
        let all =
            [r.matter.source].compactMap { $0 } + r.findings.compactMap(\.source) + r.deferred.map(\.source)
            + r.materials.map(\.source) + r.rules.map(\.source)
        for c in all where seen.insert(c).inserted { cites.append(c) }
        sources = cites
        sourceRow = Self.firstRows(cites)
        findingRules = r.findings.map { Self.rules(for: $0, in: r.rules) }
        var numbers: [Int: Int] = [:]
        for (i, f) in r.findings.enumerated() where f.severity != .info { numbers[i] = numbers.count + 1 }
        noticeNumber = numbers
    }

    static func firstRows<K: Hashable>(_ keys: [K]) -> [K: Int] {
        var rows: [K: Int] = [:]
        for (i, k) in keys.enumerated() where rows[k] == nil { rows[k] = i + 1 }
        return rows
    }

    /// The rules a finding follows from, most specific first: the deferral or material
    /// rule of its material, the forbidden case or window that applied, else any rule
    /// citing the same source.
    static func rules(for f: Finding, in rules: [AppliedRule]) -> [Int] {
        func matching(_ p: (AppliedRule) -> Bool) -> [Int] {
            rules.indices.filter { p(rules[$0]) }.map { $0 + 1 }
        }
        var tiers: [[Int]] = []
        if f.code == .materialDeferred, let m = f.material {
            tiers.append(matching { $0.kind == .deferral && $0.subject == m })
        }
        if let kind = ForbiddenCase.Outcome(finding: f.code)?.ruleKind {
            // The rule the finding names, where it names one (two rules may cite one line: round 59, tester h).
            if let id = f.rule { tiers.append(matching { $0.kind == kind && $0.subject == id }) }
            tiers.append(matching { $0.kind == kind && $0.outcome == .applies && $0.source == f.source })
        }
        if f.code == .applicationWindow { tiers.append(matching { $0.kind == .window }) }
        // A material's rule, for findings the rules produced (not a file's integrity).
        if let m = f.material, f.source != nil {
            tiers.append(matching { $0.kind == .material && $0.subject == m })
        }
        if let s = f.source {
            tiers.append(matching { $0.source == s && $0.outcome != .doesNotApply && $0.outcome != .notRequired })
        }
        return tiers.first { !$0.isEmpty } ?? []
    }

    // MARK: writing

    func w(_ s: String) {
        out.append(contentsOf: s.utf8)
        out.append(0x0A)
    }

    /// A line of chunks (the hot rows of the page).
    func line(_ chunks: Chunk...) {
        for c in chunks { out.append(contentsOf: c.bytes) }
        out.append(0x0A)
    }

    func h(_ s: String) -> String { Markup.html(s) }

    func attr(_ s: String) -> String { Markup.htmlAttribute(s) }

    /// "中文 <span class=en>English</span>".
    func bi(_ zh: String, _ en: String) -> String { "\(zh) <span class=\"en\">\(en)</span>" }

    func render() -> [UInt8] {
        out.reserveCapacity(48 << 10)
        let title = [r.application, r.matter.code, r.verdict.chinese].filter { !$0.isEmpty }.joined(separator: " · ")
        out.append(contentsOf: IntakeRendering.HTMLPage.head(title: "受理审核报告 · \(h(title))", css: Self.css).utf8)
        banner()
        contents()
        w("<main>")
        facts()
        notice()
        deferred()
        information()
        checklist()
        evidence()
        appliedRules()
        sourceIndex()
        w("</main>")
        footer()
        w("</body>")
        w("</html>")
        return out
    }

    // MARK: sections

    func banner() {
        let (zh, en) = Self.verdictExplanation(r.verdict, findings: r.findings)
        let errors = r.findings.filter { $0.severity == .error }.count
        let warnings = r.findings.filter { $0.severity == .warning }.count
        w("<header id=\"verdict\" class=\"banner v-\(r.verdict.rawValue)\">")
        w("<p class=\"kicker\">\(bi("受理审核报告", "Intake report"))</p>")
        w("<h1>\(h(r.verdict.chinese)) <span class=\"en\">\(h(r.verdict.rawValue))</span></h1>")
        w("<p>\(bi(zh, en))</p>")
        var counts = "错误 \(errors) 项 · 警告 \(warnings) 项"
        if !r.deferred.isEmpty { counts += " · 容缺 \(r.deferred.count) 项" }
        w(
            "<p class=\"counts\">\(counts) <span class=\"en\">\(errors) error(s), \(warnings) warning(s)</span>"
                + (noticeNumber.isEmpty ? "" : " → <a href=\"#notice\">\(noticeTitle)</a>") + "</p>")
        w("</header>")
    }

    func contents() {
        w("<nav>")
        w(
            "<a href=\"#facts\">基本信息</a> · <a href=\"#notice\">\(noticeTitle)</a> · <a href=\"#deferred\">容缺材料</a> · "
                + "<a href=\"#info\">提示</a> · <a href=\"#materials\">材料清单</a> · <a href=\"#evidence\">证据</a> · "
                + "<a href=\"#rules\">适用规则</a> · <a href=\"#sources\">依据</a>")
        w("</nav>")
    }

    func facts() {
        w("<section id=\"facts\">")
        w("<h2>\(bi("基本信息", "Application, matter and bundle"))</h2>")
        w("<table class=\"facts\">")
        func row(_ zh: String, _ en: String, _ value: String) {
            line("<tr><th>\(zh) <span class=\"en\">\(en)</span></th><td>\(value)</td></tr>")
        }
        let none = "<span class=\"none\">—</span>"
        row("申请编号", "Application", r.application.isEmpty ? none : "<code>\(h(r.application))</code>")
        row("申请人", "Applicant", r.applicant.isEmpty ? none : h(r.applicant))
        row("提交渠道", "Channel", r.channel.isEmpty ? none : h(Self.channelName(r.channel)))
        row(
            "提交时间", "Submitted (as the bundle says)",
            r.submitted.isEmpty
                ? none
                : "<code>\(h(r.submitted))</code>"
                    + (r.submittedDate.map { "（按北京时间为 <strong>\($0)</strong> <span class=\"en\">China date</span>）" } ?? ""))
        if r.matter.code.isEmpty {
            row("事项", "Matter", none)
        } else {
            row("事项", "Matter", "<code>\(h(r.matter.code))</code> \(h(r.matter.name))")
            if !r.matter.scenario.isEmpty || !r.matter.scenarioName.isEmpty {
                let name = r.matter.scenarioName.isEmpty ? "" : h(r.matter.scenarioName) + " "
                row("申请情形", "Scenario", name + (r.matter.scenario.isEmpty ? "" : "<code>\(h(r.matter.scenario))</code>"))
            }
            if let d = r.matter.department { row("实施部门", "Department", h(d)) }
            if let s = r.matter.source { row("事项依据", "Source of the matter", citation(s)) }
            if let t = r.matter.timeLimit { row("办理时限", "Time limit", h(t)) }
        }
        if !r.verdict.isAcceptance {
            row("办结期限", "Decision due", "\(none) \(bi("未受理，不计办结期限", "not accepted"))")
        } else {
            let unset = r.timeLimitRule.flatMap { $0.outcome == .noDate ? $0 : nil }
            row(
                "办结期限", "Decision due",
                r.decisionDue.map { "<strong>\($0)</strong>" + provisionalMark("办结期限 \($0)") + h(r.decisionDueNote) }
                    ?? unset.map {
                        $0.text == AppliedRule.timeLimitNotGiven
                            ? "\(none) " + bi("无可按日计算的期限，\($0.text)", "no period to count a date from; the guide gives no limit")
                            : "\(none) "
                                + bi(
                                    "无可按日计算的期限，以指南所述为准：\(h(TextReport.quotedWithGloss($0.text)))",
                                    "no period to count a date from; the guide's words")
                    } ?? none)
        }
        row("申请包文件", "Bundle file", "<code>\(h(r.bundle.file))</code>")
        row("申请包大小", "Bundle size", Self.size(r.bundle.size))
        row("申请包 SHA-256", "Bundle SHA-256", r.bundle.sha256.isEmpty ? none : "<code class=\"hash\">\(h(r.bundle.sha256))</code>")
        row("压缩包条目数", "Zip entries", String(r.bundle.entries))
        row("目录版本", "Catalog version", "<code class=\"hash\">\(h(r.catalogVersion))</code>")
        w("</table>")
        w("</section>")
    }

    /// Whether the report's dates are counted over a year no State Council notice in the calendar confirms
    /// (`calendar-provisional`): said where each date is shown, not only in the clerk's notes below (round 63, tester g:
    /// "办结期限 2027-03-02" and "无其他提示" above the note that it was provisional).
    /// The note names each date it concerns ("办结期限 2027-03-02、… 补交期限 2027-01-07 为暂定日期"): a date is marked only
    /// when it is one of them (the review of round 63: a firm 办结期限 was marked beside a provisional 补交期限).
    func provisional(_ what: String) -> Bool {
        r.findings.contains { $0.code == .calendarProvisional && $0.message.contains(what) }
    }
    func provisionalMark(_ what: String) -> String {
        provisional(what) ? "（\(bi("暂定", "provisional"))，<a href=\"#info\">\(bi("见提示", "see the notes"))</a>）" : ""
    }

    /// What the notice section is called: the one-time notice of defects (一次性告知, to be
    /// mended and resubmitted), for a refusal its reasons, for an acceptance its notes: a
    /// clerk reading "请一次补齐后再提交" aloud sent an accepted applicant away to resubmit.
    var noticeTitle: String {
        switch r.verdict {
        case .refused: "不予受理的理由"
        case .accepted, .acceptedDeferred: "受理提示"
        case .returned, .invalid: "一次性告知"
        }
    }

    func notice() {
        w("<section id=\"notice\">")
        let problems = r.findings.indices.filter { r.findings[$0].severity != .info }
        if r.verdict == .refused {
            // 不予受理: the reasons first, then what else was found, for the record only.
            let reasons = problems.filter { r.findings[$0].code == .forbiddenCase || r.findings[$0].code == .applicationWindow }
            let others = problems.filter { !reasons.contains($0) }
            w("<h2>\(bi("不予受理的理由", "Why the application is refused"))</h2>")
            w(
                "<p>\(bi("本申请属于不予受理的情形，补充或更正材料不能改变这一结论；依据见各条。", "A forbidden case applies; no material supplied or corrected changes that. Each reason cites its rule."))</p>"
            )
            w("<ol class=\"notice\">")
            for i in reasons { finding(i) }
            w("</ol>")
            if !others.isEmpty {
                w("<h3>\(bi("其他问题（仅作记录）", "Other defects found (for the record)"))</h3>")
                w(
                    "<p>\(bi("如重新申请（如按指南规定的时间、方式再次申请），以下各项及下方提示中所列缺少的材料和申请信息须一并补正。", "Should the application be made again (at the time or in the way the guide says), these, and the materials and answers the notes below say are missing, are to be mended with it."))</p>"
                )
                w("<ol class=\"notice\">")
                for i in others { finding(i) }
                w("</ol>")
            }
        } else if r.verdict.isAcceptance {
            // Accepted: nothing to resubmit; the warnings are notes, and a deferred material
            // is what to bring by its due date.
            w("<h2>\(bi("受理提示", "Accepted: notes"))</h2>")
            if let due = r.deferred.map(\.due).max() {
                w(
                    "<p>\(bi("本申请已容缺受理，无需重新提交；请于补交期限前（最迟 \(due)）补交<a href=\"#deferred\">容缺材料</a>所列材料。", "Accepted with deferred materials, nothing to resubmit; bring each deferred material by its due date (the last on \(due))."))\(provisionalMark("补交期限 \(due)"))</p>"
                )
            } else {
                w("<p>\(bi("本申请已予受理，无需重新提交。", "Accepted; nothing to resubmit."))</p>")
            }
            if problems.isEmpty {
                w(
                    r.findings.contains { $0.code == .calendarProvisional }
                        ? "<p>\(bi("部分日期为暂定日期，见下方提示。", "Some dates are provisional: see the notes below."))</p>"
                        : "<p class=\"none\">\(bi("无其他提示。", "No notes."))</p>")
            } else {
                w("<p>\(bi("以下事项不影响受理，请知悉：", "Notes that do not affect the acceptance:"))</p>")
                w("<ol class=\"notice\">")
                for i in problems { finding(i) }
                w("</ol>")
            }
        } else if problems.isEmpty {
            w("<h2>\(bi("一次性告知", "One-time notice of every defect"))</h2>")
            w("<p class=\"none\">\(bi("无需补正的问题。", "No defects."))</p>")
        } else {
            w("<h2>\(bi("一次性告知", "One-time notice of every defect"))</h2>")
            w("<p>\(bi("以下为本申请的全部问题，请一次补齐后再提交。", "Every defect of this application, all at once."))</p>")
            w("<ol class=\"notice\">")
            for i in problems { finding(i) }
            w("</ol>")
        }
        w("</section>")
    }

    func information() {
        let infos = r.findings.indices.filter { r.findings[$0].severity == .info }
        w("<section id=\"info\">")
        w("<h2>\(bi("提示", "Notes for the clerk"))</h2>")
        if infos.isEmpty {
            w("<p class=\"none\">无 <span class=\"en\">None.</span></p>")
        } else {
            w("<ul class=\"notice\">")
            for i in infos { finding(i) }
            w("</ul>")
        }
        w("</section>")
    }

    /// One finding as a list item: message, what to bring, then its trail.
    func finding(_ i: Int) {
        let f = r.findings[i]
        w("<li id=\"finding-\(i + 1)\" class=\"sev-\(f.severity.rawValue)\">")
        w("<p class=\"msg\">\(h(f.message))</p>")
        if let d = f.detail {
            w("<p class=\"detail\">\(bi("技术细节", "Technical detail"))：<code>\(h(d))</code></p>")
        }
        // A refused application cannot be mended: no "what to bring" in its report; an
        // accepted one needs no mending: what would mend a warning is a note (提示).
        if r.verdict != .refused, let bring = remedy(f) {
            let label = r.verdict.isAcceptance ? bi("提示", "Note") : bi("请补正", "What to bring")
            w("<p class=\"bring\"><b>\(label)：</b>\(bring)</p>")
        }
        var trail = ["<code>\(h(f.code.rawValue))</code>", Self.severityName(f.severity)]
        if let m = f.material { trail.append("材料 " + materialLink(m)) }
        if let p = f.path { trail.append("文件 " + pathLink(p)) }
        let rules = findingRules[i]
        if !rules.isEmpty {
            trail.append("规则 " + rules.map { "<a href=\"#rule-\($0)\">R\($0)</a>" }.joined(separator: "、"))
        }
        if let s = f.source { trail.append("依据 " + citation(s)) }
        w("<p class=\"trail\">\(trail.joined(separator: " · "))</p>")
        w("</li>")
    }

    func deferred() {
        w("<section id=\"deferred\">")
        w("<h2>\(bi("容缺材料", "Deferred materials"))</h2>")
        if r.deferred.isEmpty {
            w("<p class=\"none\">无 <span class=\"en\">None.</span></p>")
        } else {
            w("<p>\(bi("已先行受理；下列材料须在补交期限（含当日）前补交。", "Accepted; supply each by its due date."))</p>")
            w("<table>")
            w(
                "<thead><tr><th>\(bi("材料", "Material"))</th><th>\(bi("名称", "Name"))</th><th>\(bi("补交期限", "Due"))</th>"
                    + "<th>\(bi("资料来源", "Supplied by"))</th><th>\(bi("依据", "Source"))</th></tr></thead>")
            w("<tbody>")
            for (i, d) in r.deferred.enumerated() {
                w(
                    "<tr id=\"deferred-\(i + 1)\"><td>\(materialLink(d.material))</td><td>\(h(d.name))</td>"
                        + "<td><strong>\(d.due)</strong></td><td>\(h(d.supplier))</td><td>\(citation(d.source))</td></tr>")
            }
            w("</tbody>")
            w("</table>")
            for (basis, days, says) in r.duePeriods {
                let english =
                    switch basis {
                    case .centrePolicy: "The due period (\(days) working days) is the centre's own policy; the guides give none."
                    case .guide: "The due period (\(days) working days) is the guide's."
                    }
                w("<p class=\"note\">\(bi(says, english))</p>")
            }
        }
        w("</section>")
    }

    func checklist() {
        w("<section id=\"materials\">")
        w("<h2>\(bi("材料清单", "Materials checklist"))</h2>")
        if r.materials.isEmpty && r.verdict != .invalid {
            // A matter whose guide asks for no material (SB-003 "3.1 需提供要件 无"): decided, nothing to judge (round 48,
            // tester b: an accepted application read "申请包或事项无法处理").
            w("<p class=\"none\">\(bi("本事项指南未列需提交的材料。", "The guide lists no material for this matter."))</p>")
        } else if r.materials.isEmpty {
            w("<p class=\"none\">\(bi("未审核材料（申请包或事项无法处理）。", "No materials judged."))</p>")
        } else {
            w("<table>")
            w(
                "<thead><tr><th>\(bi("编号", "Id"))</th><th>\(bi("材料", "Material"))</th><th>\(bi("类别", "Kind"))</th>"
                    + "<th>\(bi("要求", "Requirement"))</th><th>\(bi("状态", "State"))</th><th>\(bi("文件", "Files"))</th>"
                    + "<th>\(bi("依据", "Source"))</th></tr></thead>")
            w("<tbody>")
            for (i, m) in r.materials.enumerated() {
                let files = m.documents.map { pathLink($0) }.joined(separator: "<br>")
                // A part "always" required of a group its case does not need is as required as its group (round 51, tester a:
                // "必须提交 always" beside "无需提交" in one row): the group's condition is said.
                let group = m.isAlwaysRequired && m.state == .notRequired ? conditionalGroup(of: m) : nil
                let requirement =
                    group.map { "随（\(h($0.id))）：\(h($0.requirement))" }
                    ?? (m.isAlwaysRequired ? "\(h(m.requirement)) <span class=\"en\">always</span>" : h(m.requirement))
                line(
                    "<tr id=\"material-\(i + 1)\" class=\"depth-\(min(m.depth, 4))\"><td><code>\(text: m.id)</code></td>",
                    "<td class=\"name\">\(text: m.name)</td><td><code>\(text: m.kind.rawValue)</code></td><td>\(requirement)</td>",
                    "<td><span class=\"state st-\(m.state.rawValue)\">\(Self.stateName(m.state, verdict: r.verdict))</span></td>",
                    "<td>\(files.isEmpty ? "<span class=\"none\">—</span>" : files)</td><td>\(citation(m.source))</td></tr>")
            }
            w("</tbody>")
            w("</table>")
        }
        w("</section>")
    }

    func evidence() {
        w("<section id=\"evidence\">")
        w("<h2>\(bi("证据", "Evidence: the files of the bundle"))</h2>")
        if r.documents.isEmpty && r.unlisted.isEmpty {
            w("<p class=\"none\">\(bi("没有可列出的文件。", "No files listed."))</p>")
            w("</section>")
            return
        }
        w("<table class=\"evidence\">")
        w(
            "<thead><tr><th>#</th><th>\(bi("文件", "File"))</th><th>\(bi("材料", "Material"))</th>"
                + "<th>\(bi("大小", "Size"))</th><th>SHA-256</th><th>\(bi("类型（检测 / 声明）", "Type detected / claimed"))</th>"
                + "<th>\(bi("结论", "Sound"))</th><th>\(bi("告知", "Findings"))</th></tr></thead>")
        w("<tbody>")
        for (i, d) in r.documents.enumerated() {
            // The bytes' own size and hash; the manifest's claim beside them when it differs
            // (or when the bytes could not be read).
            var size = d.size.map { Self.size($0) } ?? "<span class=\"none\">—</span>"
            if d.size != d.claimedSize {
                let cls = d.size == nil ? "none" : "bad"
                let claimed = d.claimedSize.map { Self.size($0) } ?? "超出可表示范围"
                size += "<br><span class=\"\(cls)\">清单声明 \(claimed)</span>"
            }
            var hash = d.sha256.map { "<code class=\"hash\">\(h($0))</code>" } ?? "<span class=\"none\">—</span>"
            if d.sha256 != d.claimedSHA256.lowercased() {
                let cls = d.sha256 == nil ? "none" : "bad"
                hash += "<br><span class=\"\(cls)\">清单声明 <code class=\"hash\">\(h(d.claimedSHA256))</code></span>"
            }
            let detected = d.detectedType.map { "<code>\(h($0))</code>" } ?? "<span class=\"none\">—</span>"
            let typeClass = d.detectedType == nil || d.detectedType == d.claimedType ? "" : " class=\"differs\""
            let sound: String
            if !d.present {
                sound = "<span class=\"state st-missing\">缺失 <span class=\"en\">absent</span></span>"
            } else if d.isSound {
                sound = "<span class=\"state st-met\">完好 <span class=\"en\">sound</span></span>"
            } else {
                sound = "<span class=\"state st-missing\">有缺陷 <span class=\"en\">defective</span></span>"
            }
            let defects = d.defects.map { "<code>\(h($0.rawValue))</code>" }
            line(
                "<tr id=\"doc-\(i + 1)\"><td>\(i + 1)</td><td><code class=\"path\">\(text: d.path)</code></td>",
                "<td>\(materialLink(d.material))</td><td>\(size)</td><td>\(hash)</td>",
                "<td\(typeClass)>\(detected) / <code>\(text: d.claimedType)</code></td>",
                "<td>\(sound)\(defects.isEmpty ? "" : "<br>" + defects.joined(separator: " "))</td>",
                "<td>\(findingLinks(path: d.path))</td></tr>")
        }
        for (i, name) in r.unlisted.enumerated() {
            w(
                "<tr id=\"unlisted-\(i + 1)\" class=\"unlisted\"><td>+\(i + 1)</td><td><code class=\"path\">\(h(name))</code></td>"
                    + "<td colspan=\"5\">\(bi("清单未列出的文件", "not listed in the manifest"))</td>"
                    + "<td>\(findingLinks(path: name))</td></tr>")
        }
        w("</tbody>")
        w("</table>")
        w("</section>")
    }

    func appliedRules() {
        w("<section id=\"rules\">")
        w("<h2>\(bi("适用规则", "Rules applied"))</h2>")
        if r.rules.isEmpty {
            w("<p class=\"none\">\(bi("未适用规则（申请包或事项无法处理）。", "No rules applied."))</p>")
        } else {
            w("<table>")
            w(
                "<thead><tr><th>#</th><th>\(bi("类别", "Kind"))</th><th>\(bi("对象", "Subject"))</th>"
                    + "<th>\(bi("规则", "Rule"))</th><th>\(bi("结果", "Outcome"))</th><th>\(bi("依据", "Source"))</th></tr></thead>")
            w("<tbody>")
            for (i, rule) in r.rules.enumerated() {
                let subject =
                    rule.kind == .material || rule.kind == .deferral
                    ? materialLink(rule.subject) : "<code>\(h(rule.subject))</code>"
                line(
                    "<tr id=\"rule-\(i + 1)\"><td>R\(i + 1)</td><td>\(Self.ruleKindName(rule.kind.rawValue))</td><td>\(subject)</td>",
                    "<td>\(text: rule.text)</td><td>\(outcome(rule.outcome.rawValue, of: rule.kind))</td><td>\(citation(rule.source))</td></tr>"
                )
            }
            w("</tbody>")
            w("</table>")
        }
        w("</section>")
    }

    /// The sources cited: each document once (title, issuer, number, date of issue, file),
    /// then each of its items cited, with the line and the guide's words there, and what
    /// cites it. Anchors `source-N` are per item, in the order first cited.
    func sourceIndex() {
        w("<section id=\"sources\">")
        w("<h2>\(bi("依据索引", "Sources cited"))</h2>")
        if sources.isEmpty {
            w("<p class=\"none\">无 <span class=\"en\">None.</span></p>")
        } else {
            w(
                "<p>\(bi("各条依据均出自下列文件的所列条目，并摘录原文，可据此查阅。", "Each citation names the document and the item in it, with the guide's words at that place."))</p>"
            )
            var documents: [String] = []
            for c in sources where !documents.contains(c.document) { documents.append(c.document) }
            // The rules and findings citing each source, found once (not a scan per source).
            var rulesCiting: [Citation: [Int]] = [:]
            for i in r.rules.indices { rulesCiting[r.rules[i].source, default: []].append(i) }
            var findingsCiting: [Citation: [Int]] = [:]
            for i in r.findings.indices { if let c = r.findings[i].source { findingsCiting[c, default: []].append(i) } }
            for document in documents {
                let d = r.source(document)
                let title = d.map { $0.title.isEmpty ? $0.document : $0.title } ?? document
                var facts: [String] = []
                facts.append("\(bi("发文机关", "Issuer")) \(d?.issuer.map(h) ?? "<span class=\"none\">文件未注明 not stated</span>")")
                if let n = d?.number { facts.append("\(bi("文号", "No.")) \(h(n))") }
                if let i = d?.issued { facts.append("\(bi("日期", "Issued")) \(h(i))") }
                facts.append("\(bi("文件", "File")) <code>\(h(document))</code>")
                w("<h3>《\(h(title))》</h3>")
                w("<p class=\"doc-facts\">\(facts.joined(separator: " · "))</p>")
                w("<div class=\"scroll\"><table>")
                w(
                    "<thead><tr><th>#</th><th>\(bi("条目", "Item"))</th><th>\(bi("原文", "The guide's words"))</th>"
                        + "<th>\(bi("引用的规则与告知", "Rules and findings citing it"))</th></tr></thead>")
                w("<tbody>")
                for (i, c) in sources.enumerated() where c.document == document {
                    let rules = (rulesCiting[c] ?? []).map {
                        "<a href=\"#rule-\($0 + 1)\">R\($0 + 1)</a>"
                    }
                    let findings = (findingsCiting[c] ?? []).map { i in
                        "<a href=\"#finding-\(i + 1)\">\(noticeNumber[i].map { "告知 \($0)" } ?? "提示")</a>"
                    }
                    let matter = c == r.matter.source ? ["<a href=\"#facts\">事项依据</a>"] : []
                    let citing = matter + rules + findings
                    let at = c.line.map { " <span class=\"en\">(\(bi("第", "line")) \($0) \(bi("行", ""))).</span>" } ?? ""
                    line(
                        "<tr id=\"source-\(i + 1)\"><td>S\(i + 1)</td><td>\(text: c.item)\(at)</td>",
                        c.quote.map { quote -> Chunk in "<td><q>\(text: quote)</q></td>" }
                            ?? "<td><span class=\"none\">—</span></td>",
                        "<td>\(citing.isEmpty ? "<span class=\"none\">—</span>" : citing.joined(separator: " "))</td></tr>")
                }
                w("</tbody>")
                w("</table></div>")
            }
        }
        w("</section>")
    }

    func footer() {
        w("<footer>")
        w(
            "<p>\(bi("本报告由同一申请包与同一目录版本确定地生成：重新审核所得报告应逐字节相同。", "Deterministic: the same bundle and catalog version give the same report, byte for byte."))</p>"
        )
        w(
            "<p>\(bi("申请包", "Bundle")) <code>\(h(r.bundle.file))</code> · SHA-256 <code class=\"hash\">\(h(r.bundle.sha256.isEmpty ? "—" : r.bundle.sha256))</code> · "
                + "\(bi("目录版本", "catalog")) <code class=\"hash\">\(h(r.catalogVersion))</code> · "
                + "\(bi("程序", "generator")) <code>\(h(r.generator.description))</code></p>")
        w("</footer>")
    }

    // MARK: links and labels

    /// 《title》 item, linked to the source index; the file name when the title is unknown.
    func citation(_ c: Citation) -> String {
        if let made = citations[c] { return made }
        let title = r.source(c.document).map(\.title).flatMap { $0.isEmpty ? nil : $0 }
        let text = (title.map { "《\(h($0))》" } ?? "<code>\(h(c.document))</code>") + " \(h(c.item))"
        let made = sourceRow[c].map { "<a class=\"cite\" href=\"#source-\($0)\">\(text)</a>" } ?? text
        citations[c] = made
        return made
    }

    func materialLink(_ id: String) -> String {
        guard let n = materialRow[id] else {
            return id == "commitment" ? "容缺受理承诺书 <code>commitment</code>" : "<code>\(h(id))</code>"
        }
        let m = r.materials[n - 1]
        return "<a href=\"#material-\(n)\">（\(h(m.id))）\(h(m.name))</a>"
    }

    /// The nearest group above `m` (by its number: 4 of 4.1) that is not required in every case.
    func conditionalGroup(of m: MaterialStatus) -> MaterialStatus? {
        var id = m.id
        while let dot = id.lastIndex(of: ".") {
            id = String(id[..<dot])
            if let n = materialRow[id], case let g = r.materials[n - 1], !g.isAlwaysRequired { return g }
        }
        return nil
    }

    func pathLink(_ path: String) -> String {
        if let n = documentRow[path] { return "<a href=\"#doc-\(n)\"><code class=\"path\">\(h(path))</code></a>" }
        if let n = unlistedRow[path] { return "<a href=\"#unlisted-\(n)\"><code class=\"path\">\(h(path))</code></a>" }
        return "<code class=\"path\">\(h(path))</code>"
    }

    /// Links from an evidence row back to the findings about its file.
    func findingLinks(path: String) -> String {
        let links = r.findings.indices.filter { r.findings[$0].path == path }.map { i in
            let label = noticeNumber[i].map { "\($0)" } ?? "i"
            return "<a href=\"#finding-\(i + 1)\">\(label)</a>"
        }
        return links.isEmpty ? "<span class=\"none\">—</span>" : links.joined(separator: " ")
    }

    /// What the applicant should bring or do, for the one-time notice.
    func remedy(_ f: Finding) -> String? {
        let file = f.path.map { pathLink($0) } ?? "该文件"
        // A file's defect told as a warning is one under a material not needed: nothing to bring (the review of round 53);
        // or the only file of a material deferred against the commitment letter: a sound one by the due date (round 55).
        if f.severity != .error, Decider.fileFindings.contains(f.code) {
            if let m = f.material,
                let id = Decider.ancestors(m).first(where: {
                    materialRow[$0].map { r.materials[$0 - 1].state == .deferred } ?? false
                })
            {
                return "材料" + materialLink(id) + "容缺受理：于补交期限内提交完好的文件（此次所交 \(file) 未作为审核依据）"
            }
            // An alternative of a group another alternative meets (the review of round 56: "本情形无需提交" of a document
            // the case takes).
            if f.message.hasSuffix("已由其他文件满足，此文件未作为审核依据）") { return "文件 \(file) 无需重新提交：该项材料已由其他文件满足" }
            return "文件 \(file) 本情形无需提交"
        }
        switch f.code {
        case .materialMissing:
            guard let m = f.material else { return nil }
            let row = materialRow[m].map { r.materials[$0 - 1] }
            // What the finding says of it after its name: which of a one-of group this case takes (本情形应提交：本人的承诺书), its
            // condition, what may be deferred. The group's name alone listed every alternative, those this case does not
            // take too (round 49, tester a: BS-HJ-016's 补交 line named all four 落户地址手续 for the 人才集体户's 承诺书).
            if let row, case let named = "缺少材料：（\(row.id)）\(row.name)", f.message.hasPrefix(named) {
                let rest = f.message.dropFirst(named.count)
                return "补交 " + materialLink(m) + h(String(rest))
            }
            let requirement = row.flatMap { $0.isAlwaysRequired ? nil : $0.requirement }
            return "补交 " + materialLink(m) + (requirement.map { "（\(h($0))）" } ?? "")
        case .commitmentMissing:
            return "补齐所缺材料；或签署并提交容缺受理承诺书，先行受理后在期限内补交"
        case .documentMissing: return "将清单所列文件 \(file) 放入申请包，或更正清单"
        case .documentCorrupt: return "重新扫描并提交完好的文件 \(file)"
        case .documentChecksum: return "重新提交文件 \(file)，清单中的 SHA-256 与大小须与文件一致"
        case .documentType: return "按该材料接受的格式重新提交文件 \(file)"
        // Round 53, tester i: a password-protected PDF had no line of what to bring.
        case .documentEncrypted: return "去除密码保护后重新提交文件 \(file)"
        case .documentUnlisted: return "在清单中登记文件 \(file)，或将其移出申请包"
        case .materialUnknown:
            return f.severity == .error ? "核对所选申请情形，以及文件 \(file) 所对应的材料编号" : "文件 \(file) 无需提交"
        case .materialUnneeded: return "文件 \(file) 本情形无需提交；如材料编号标错，请更正"
        // Two materials met by one file's bytes: which the clerk settles, or the other is brought (round 55, tester o: it
        // read "按其所属分项的编号重新标注" of a material without parts).
        case .manualCheck where f.detail?.hasPrefix("identical files") == true:
            return "窗口人员核对同一文件能否满足这几项材料；不能的，另行提交所缺的一项"
        case .manualCheck where f.path != nil: return "将文件 \(file) 按其所属分项的编号重新标注"
        case .factMissing: return "在申请信息中补充所需信息项"
        case .factInvalid: return "更正申请信息中的该项"
        case .forbiddenCase: return "属禁办情形，本申请不予受理（依据见下）"
        case .applicationCorrection: return "按指南规定的申请方式重新提交（依据见下）"
        case .applicationWindow: return "请在申报期内重新申请"
        case .matterUnknown: return "核对事项编码与申请情形后重新提交"
        case .bundleUnreadable, .bundleUnsafe, .bundleLimit, .bundleEncrypted, .manifestMissing, .manifestMalformed,
            .manifestInvalid:
            return "使用申报系统重新生成申请包后提交"
        case .ruleError: return "窗口人员人工核查"
        default: return nil
        }
    }

    func outcome(_ o: String, of kind: RuleKind? = nil) -> String {
        let zh: String? =
            switch o {
            case "met": "已满足"
            case "missing": "缺少"
            case "defective": "文件有误"
            case "deferred": "容缺"
            case "deferrable": "可容缺（受理后补交）"
            case "not-required": "无需提交"
            case "undetermined": "待核实"
            case "applies": kind == .correction ? "适用（需更正）" : "适用（禁办）"
            case "does-not-apply": "不适用"
            case "manual-check": "人工核查"
            case "rule-error": "规则错误"
            case "inside": "在申报期内"
            case "outside": "不在申报期内"
            default: o.hasPrefix("deferred until ") ? "容缺，补交期限 " + String(o.dropFirst("deferred until ".count)) : nil
            }
        let cls = ["missing", "defective", "applies", "outside", "rule-error"].contains(o) ? " class=\"bad\"" : ""
        guard let zh else { return "<span\(cls)>\(h(o))</span>" }
        return "<span\(cls)>\(h(zh)) <span class=\"en\">\(h(o))</span></span>"
    }

    /// The banner's words. An invalid report whose bundle is sound but names a matter it cannot be decided for says so:
    /// an information-only matter has nothing to apply for here, a code or scenario to correct is not a bundle to build
    /// anew (round 47, tester a: "请重新生成申请包后提交" above "无需向本渠道提交材料").
    static func verdictExplanation(_ v: Verdict, findings: [Finding] = []) -> (String, String) {
        switch v == .invalid ? Report.soundBundleNotDecided(findings) : nil {
        case .informationOnly?:
            return ("咨询类事项：不在本渠道受理，无需提交申请材料，见下方说明。", "An information-only matter: nothing to apply for here; see below.")
        case .matterToCorrect?:
            return ("未能确定所申请的事项或情形：请按下方说明更正后重新提交。", "The matter or scenario named cannot be decided; correct it as said below.")
        case nil: break
        }
        return switch v {
        case .accepted:
            ("所需材料齐全、完好，无禁办情形，予以受理。", "Everything required is present and sound; no forbidden case applies.")
        case .acceptedDeferred:
            ("容缺受理：部分材料可后补，已有容缺受理承诺书；请于补交期限（含当日）前补交。", "Accepted; deferred materials are due by the dates below.")
        case .returned:
            ("需补正：请按一次性告知补齐全部材料后重新提交。", "Returned: supply everything listed in the one-time notice.")
        case .refused:
            ("不予受理：本申请属禁办情形，依据见下。", "Refused: a forbidden case of the matter applies; see its source.")
        case .invalid:
            ("申请包无法处理：请重新生成申请包后提交。", "The bundle itself cannot be processed.")
        }
    }

    static func severityName(_ s: Severity) -> String {
        switch s {
        case .error: "<span class=\"sev\">错误 <span class=\"en\">error</span></span>"
        case .warning: "<span class=\"sev\">警告 <span class=\"en\">warning</span></span>"
        case .info: "<span class=\"sev\">提示 <span class=\"en\">info</span></span>"
        }
    }

    /// A deferral under a verdict that accepts nothing yet (returned) applies once the corrected application is accepted:
    /// said so, beside the 容缺材料 section's "无" (round 49, tester b: "容缺" read as granted).
    static func stateName(_ s: MaterialStatus.State, verdict: Verdict? = nil) -> String {
        if s == .deferred, verdict == .returned {
            return "可容缺（补正后受理时适用） <span class=\"en\">deferrable once accepted</span>"
        }
        return switch s {
        case .met: "已提交 <span class=\"en\">met</span>"
        case .missing: "缺少 <span class=\"en\">missing</span>"
        case .defective: "文件有误，视为未提交 <span class=\"en\">defective</span>"
        case .deferred: "容缺 <span class=\"en\">deferred</span>"
        case .notRequired: "无需提交 <span class=\"en\">not required</span>"
        case .undetermined: "待核实 <span class=\"en\">undetermined</span>"
        }
    }

    static func ruleKindName(_ k: String) -> String {
        let zh: String? =
            switch k {
            case "material": "材料"
            case "scenario": "申请情形"
            case "forbidden": "禁办情形"
            case "correction": "需更正的申请方式"
            case "deferral": "容缺"
            case "window": "申报时间"
            case "time-limit": "办理时限"
            default: nil
            }
        return zh.map { "\($0) <span class=\"en\">\(Markup.html(k))</span>" } ?? Markup.html(k)
    }

    static func channelName(_ c: String) -> String {
        switch c {
        case "online": "网上申报 (online)"
        case "window": "窗口 (window)"
        case "mail": "邮寄 (mail)"
        default: c
        }
    }

    /// "1,048,576 字节（1.0 MiB）", without locale.
    static func size(_ n: Int64) -> String {
        // The digits grouped by threes from the right, on bytes (the number is ASCII).
        let digits = Array(String(n).utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + digits.count / 3)
        let head = digits.count > 3 ? (digits.count - 1) % 3 + 1 : digits.count
        bytes.append(contentsOf: digits[..<head])
        var i = head
        while i < digits.count {
            bytes.append(UInt8(ascii: ","))
            bytes.append(contentsOf: digits[i..<(i + 3)])
            i += 3
        }
        let grouped = String(decoding: bytes, as: UTF8.self)
        let units: [(Int64, String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        guard let (unit, name) = units.first(where: { n >= $0.0 }) else { return "\(grouped) 字节" }
        // In two steps: n × 10 passes Int64.max for a size a manifest may claim (2^63 - 1).
        let tenths = n / unit * 10 + (n % unit * 10 + unit / 2) / unit
        return "\(grouped) 字节（\(tenths / 10).\(tenths % 10) \(name)）"
    }

    static let css = """
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; color: #1f1f1f; background: #fff;
          font: 15px/1.6 var(--sans); }
        .en { font-size: 0.8em; color: #5f6368; font-weight: normal; }
        h1 { margin: 0.2rem 0; font-size: 2rem; }
        h2 { margin: 2rem 0 0.6rem; font-size: 1.25rem; border-bottom: 2px solid #ddd; padding-bottom: 0.2rem; }
        code { font-family: var(--mono); font-size: 0.88em; }
        code.hash, code.path { word-break: break-all; }
        a { color: #0b57d0; }
        a.cite { color: inherit; text-decoration: underline dotted; }
        .banner { color: #fff; padding: 1rem 1.4rem; border-radius: 6px; border: 3px solid transparent; }
        .banner .en { color: rgba(255, 255, 255, 0.85); }
        .banner a { color: #fff; }
        .banner p { margin: 0.2rem 0; }
        .banner .kicker { font-size: 0.9rem; letter-spacing: 0.05em; }
        .v-accepted { background: var(--accepted); border-color: var(--accepted); }
        .v-accepted-deferred { background: var(--deferred); border-color: var(--deferred); }
        .v-returned { background: var(--returned); border-color: var(--returned); }
        .v-refused { background: var(--refused); border-color: var(--refused); }
        .v-invalid { background: var(--invalid); border-color: var(--invalid); }
        nav { margin: 0.8rem 0; font-size: 0.9rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
        h3 { margin: 1.2rem 0 0.2rem; font-size: 1.05rem; }
        .doc-facts { margin: 0 0 0.4rem; color: #5f6368; font-size: 0.9rem; }
        q { quotes: "「" "」"; }
        th, td { border: 1px solid #d0d0d0; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #f3f3f3; }
        table.facts th { width: 14rem; background: #f7f7f7; font-weight: 600; }
        tr:target, li:target { outline: 3px solid #f4b400; background: #fff8e1; }
        ol.notice, ul.notice { padding-left: 1.8rem; }
        ol.notice > li, ul.notice > li { margin: 0 0 0.8rem; padding: 0.3rem 0.6rem; border-left: 4px solid #d0d0d0; }
        li.sev-error { border-left-color: var(--refused) !important; }
        li.sev-warning { border-left-color: var(--returned) !important; }
        li.sev-info { border-left-color: var(--deferred) !important; }
        .msg { margin: 0; font-weight: 600; }
        .bring, .trail, .detail { margin: 0.15rem 0 0; }
        .detail { color: var(--muted); font-size: 0.85em; overflow-wrap: anywhere; }
        .trail { font-size: 0.85rem; color: #444; }
        .none { color: #777; }
        .bad { color: var(--refused); }
        td.differs { color: var(--refused); font-weight: 600; }
        .state { white-space: nowrap; font-weight: 600; }
        .st-met { color: var(--accepted); }
        .st-missing, .st-defective { color: var(--refused); }
        .st-deferred { color: var(--deferred); }
        .st-not-required { color: #5f6368; font-weight: normal; }
        .st-undetermined { color: var(--returned); }
        tr.depth-1 td.name { padding-left: 1.5rem; }
        tr.depth-2 td.name { padding-left: 2.5rem; }
        tr.depth-3 td.name { padding-left: 3.5rem; }
        tr.depth-4 td.name { padding-left: 4.5rem; }
        tr.unlisted td { background: #fff8e1; }
        footer { margin-top: 2.5rem; border-top: 1px solid #ddd; font-size: 0.85rem; color: #444; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          .banner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2 { break-after: avoid; }
          tr, li { break-inside: avoid; }
          thead { display: table-header-group; }
          tr:target, li:target { outline: none; background: none; }
        }

        """
}
