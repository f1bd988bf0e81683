import Foundation
import IntakeAudit
import IntakeBundle
import IntakeDecision
import IntakeIO
import IntakeLedger
import IntakeModel
import IntakeRendering
import IntakeReport
import IntakeXML

/// What a run leaves for the back office, made from the ledger, never from memory, each
/// file published atomically and streamed row by row (memory stays bounded):
///
/// - **the run's own summary** (批次汇总), dated: `runs/<date>/run-<id>.json`, `.csv`,
///   `.html` (the date of its start in China Standard Time): when, which inbox, which
///   catalog and program, and every inbox entry it met, decided now, found already
///   decided, a duplicate, or skipped and why;
/// - **the cumulative index** (累计索引): `index.json`, `.csv`, `.html`: every decision
///   the ledger holds, counted per verdict, matter, finding code and month, with the runs
///   and their summaries; and one page per month, `index/<YYYY-MM>.json`, `.csv`, `.html`,
///   listing that month's decisions (by the date of their reports' folder) with links to
///   their reports. A month's pages are rewritten only when its decisions or their names
///   changed (its signature in `index.json`), so a night's run rewrites what it touched,
///   not a year of decisions. A decision that a later, complete file under the same name
///   replaced (a cut-short upload completed) is listed apart as superseded and not counted.
enum BatchSummary {
    static let indexFiles = ["index.json", "index.csv", "index.html"]
    static let monthFolder = RecordedMonth.folder
    static let runNamespace = "urn:dalian:intake:run-summary:2"
    static let indexNamespace = "urn:dalian:intake:index:1"
    static let slowestCount = 20

    struct Aggregates {
        var bundles = 0
        var names = 0
        var documentBytes: Int64 = 0
        var superseded = 0
        var verdicts: [(verdict: String, count: Int)] = []
        var matters: [(code: String, name: String, verdicts: [String: Int], total: Int)] = []
        var findings: [(code: String, severity: String, bundles: Int, count: Int)] = []
        var slowest: [(file: String, sha256: String, verdict: String, matter: String, ms: Double, html: String)] = []
        var catalogVersions: [String] = []
    }

    /// The run summary's folder and base name for a run started at `started` (ISO 8601).
    static func runPath(id: Int64, started: String) -> (dir: String, base: String) {
        ("runs/\(chinaDate(started))", "run-\(id)")
    }

    /// The calendar date in China Standard Time (UTC+8, no daylight saving) of an ISO 8601
    /// instant, with or without fractional seconds (the ledger records a run's start to the
    /// millisecond, and a dead run's summary is dated from it); the first ten characters
    /// when it cannot be read.
    static func chinaDate(_ iso: String) -> String {
        CalendarDate(chinaDateOf: iso)?.description ?? String(iso.prefix(10))
    }

    /// The submitted time as the bundle states it, with its China date where that is another day (`2025-12-31T17:30:00Z
    /// （北京时间 2026-01-01）`): the month pages list by the China date, and a June date in the July list read as filed
    /// in the wrong month (round 40, tester w).
    static func submittedShown(_ submitted: String) -> String {
        guard let day = CalendarDate(chinaDateOf: submitted), day.description != String(submitted.prefix(10)) else {
            return submitted
        }
        return "\(submitted)（北京时间 \(day)）"
    }

    /// A UTC time the ledger records (`2026-12-06T18:55:52.123Z`) as the pages show it, in China
    /// Standard Time like their dates (`2026-12-07 02:55:52 (UTC+8)`: round 38, tester j, a page
    /// titled by the China date listed UTC times); any other form unchanged.
    static func chinaTime(_ iso: String) -> String {
        let c = Array(iso.utf8)
        guard c.last == UInt8(ascii: "Z"), c.count >= 20, let day = CalendarDate(chinaDateOf: iso) else { return iso }
        func number(_ r: Range<Int>) -> Int? {
            r.allSatisfy { c[$0] >= 48 && c[$0] <= 57 } ? r.reduce(0) { $0 * 10 + Int(c[$1] - 48) } : nil
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19), hour < 24 else {
            return iso
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day) \(two((hour + 8) % 24)):\(two(minute)):\(two(second)) (UTC+8)"
    }

    /// Writes the run's summary and the index; returns their files (relative to `out`),
    /// the run's first. The summary files of earlier versions (`summary.*`, which were
    /// cumulative) are removed, so that nobody reads them as current.
    static func write(ledger: any LedgerStore, out: URL, runID: Int64, run: RunTotals) throws(RunError) -> [String] {
        let runFiles = try writeRunSummary(ledger: ledger, out: out, runID: runID, run: run)
        try writeIndex(ledger: ledger, out: out)
        for old in ["summary.json", "summary.csv", "summary.html"] {
            try? FileManager.default.removeItem(at: out.appendingPathComponent(old))
        }
        return runFiles + indexFiles
    }

    /// The summary of a run from its recorded items, counts rebuilt from them: one whose
    /// process died (the end unknown), or, `died` false, one recorded `completed` and killed
    /// before it wrote its summary (its end is the recorded one). `onlyWithItems`: nothing
    /// written for a run the ledger holds no items of.
    static func writeRecordedRun(
        ledger: any LedgerStore, out: URL, runID: Int64, died: Bool = true, onlyWithItems: Bool = false
    ) throws(RunError) -> [String] {
        let record = try RunError.ledger { () throws(LedgerError) in try ledger.runs(channel: .batch) }
            .first { $0.id == runID }
        guard let record else { return [] }
        var t = RunTotals()
        (t.started, t.inbox, t.catalogVersion, t.died) = (record.started, record.inbox, record.catalogVersion, died)
        if died { t.closed = record.finished } else { t.finished = record.finished }
        var items = 0
        do {
            // Counted as the live run counts its outcomes (RunTotals.add).
            try ledger.forEachRunItem(run: runID) { row in
                let i = row.item
                t.add(
                    BundleOutcome(
                        file: i.file, status: BundleOutcome.Status(rawValue: i.status) ?? .skipped,
                        reason: i.reason.map(SkipReason.init(rawValue:)), sha256: i.sha256, verdict: row.verdict,
                        matter: row.matter, application: row.application, reports: row.reports?.files ?? [],
                        movedTo: i.movedTo, bundleBytes: 0, documentBytes: 0, seconds: i.seconds, note: i.note))
                t.seconds += i.seconds
                items += 1
            }
        } catch {
            throw RunError(.ledger, "the ledger: \(error)")
        }
        if onlyWithItems && items == 0 { return [] }
        return try writeRunSummary(ledger: ledger, out: out, runID: runID, run: t)
    }

    /// The run's own summary (three files), recorded in the ledger as the run's.
    static func writeRunSummary(ledger: any LedgerStore, out: URL, runID: Int64, run: RunTotals) throws(RunError)
        -> [String]
    {
        let (dir, base) = runPath(id: runID, started: run.started)
        let runFiles = ["json", "csv", "html"].map { "\(dir)/\(base).\($0)" }
        try RunError.io(.output, "cannot create \(dir)") { () throws(FileSystemError) in
            try FileSystem.makeFolders(BytePath(out.appendingPathComponent(dir)))
        }
        try streaming(out: out, files: runFiles) { json, csv, html in
            try writeRun(ledger: ledger, runID: runID, run: run, json: json, csv: csv, html: html)
        }
        // Hashed as published, for `audit verify`: a summary edited afterwards is named.
        let hashes = runFiles.map { (try? FileHash.sha256(BytePath(out.appendingPathComponent($0))))?.sha256 ?? "" }
        try RunError.ledger { () throws(LedgerError) in try ledger.setRunSummary(runID, path: runFiles[2], hashes: hashes) }
        return runFiles
    }

    /// Opens three atomic streams, lets `body` fill them, publishes them together.
    private static func streaming(
        out: URL, files: [String],
        _ body: (AtomicWriter.Stream, AtomicWriter.Stream, AtomicWriter.Stream) throws -> Void
    ) throws(RunError) {
        let (json, csv, html) = try RunError.io(.output, "cannot write the summary") {
            () throws(FileSystemError) in
            (
                try AtomicWriter.Stream(out.appendingPathComponent(files[0])),
                try AtomicWriter.Stream(out.appendingPathComponent(files[1])),
                try AtomicWriter.Stream(out.appendingPathComponent(files[2]))
            )
        }
        do {
            try body(json, csv, html)
            try json.publish()
            try csv.publish()
            try html.publish()
        } catch let error as RunError {
            throw error
        } catch let error as LedgerError {
            throw RunError(.ledger, "the ledger", cause: error)
        } catch let error as FileSystemError {
            throw RunError(.output, "cannot write the summary", cause: error)
        } catch {
            throw RunError(.output, "cannot write the summary: \(error)")
        }
    }

    // MARK: The run's summary

    private static func writeRun(
        ledger: any LedgerStore, runID: Int64, run: RunTotals, json: AtomicWriter.Stream, csv: AtomicWriter.Stream,
        html: AtomicWriter.Stream
    ) throws {
        let findings = try ledger.findingCounts(run: runID)
        let verdicts = Verdict.allCases.map { ($0.rawValue, run.verdicts[$0.rawValue] ?? 0) }
        let head = JSONValue.object([
            ("summary", .string(runNamespace)),
            ("run", runObject(run, id: runID)),
            ("verdicts", .object(verdicts.map { ($0.0, .number(Double($0.1))) })),
            ("findings", findingsArray(findings.map { ($0.code, $0.severity, $0.bundles, $0.count) })),
            ("index", .string(indexFiles[0])),
        ]).text
        try json.write(String(head.dropLast()) + ",\"items\":[")
        try csv.write(
            "\u{FEFF}file,status,reason,sha256,verdict,matter,matter_name,application,submitted,errors,seconds,"
                + "report_json,report_xml,report_html,moved_to,superseded_by,note\r\n")
        try html.write(runHTMLHead(run, id: runID, verdicts: verdicts, findings: findings))
        var first = true
        try ledger.forEachRunItem(run: runID) { row in
            let i = row.item
            let reports = row.reports?.files ?? ["", "", ""]
            var fields: [(String, JSONValue)] = [("file", .string(i.file)), ("status", .string(i.status))]
            if let reason = i.reason { fields.append(("reason", .string(reason))) }
            if !i.sha256.isEmpty {
                fields += [
                    ("sha256", .string(i.sha256)), ("verdict", .string(row.verdict)), ("matter", .string(row.matter)),
                    ("application", .string(row.application)), ("submitted", .string(row.submitted)),
                    ("errors", .number(Double(row.errors))),
                ]
            }
            if row.reports != nil {
                fields += [("json", .string(reports[0])), ("xml", .string(reports[1])), ("html", .string(reports[2]))]
            }
            if let moved = i.movedTo { fields.append(("movedTo", .string(moved))) }
            if let later = row.supersededBy { fields.append(("supersededBy", .string(later))) }
            if let note = i.note { fields.append(("note", .string(note))) }
            fields.append(("milliseconds", .number((i.seconds * 1000).rounded())))
            try json.write((first ? "\n" : ",\n") + JSONValue.object(fields).text)
            first = false
            let cells =
                [
                    i.file, i.status, i.reason ?? "", i.sha256, row.verdict, row.matter, row.matterName, row.application,
                    row.submitted, i.sha256.isEmpty ? "" : String(row.errors), String(format: "%.3f", i.seconds),
                ] + reports + [i.movedTo ?? "", row.supersededBy ?? "", i.note ?? ""]
            try csv.write(cells.map(csvField).joined(separator: ",") + "\r\n")
            let up = "../../"
            let link =
                row.reports.map { _ in "<a href=\"\(h(up + reports[2]))\">\(h(i.file))</a>" } ?? h(i.file)
            let other =
                row.reports.map { _ in
                    "<a href=\"\(h(up + reports[0]))\">JSON</a> <a href=\"\(h(up + reports[1]))\">XML</a>"
                } ?? ""
            var detail = i.reason.map { "\(h(skipLabel($0)))" } ?? ""
            if let note = i.note { detail += (detail.isEmpty ? "" : "：") + h(note) }
            if row.supersededBy != nil { detail += (detail.isEmpty ? "" : "；") + "已被同名的后来文件取代 superseded by a later file" }
            try html.write(
                "<tr class=\"v-\(h(row.verdict))\"><td>\(link)</td><td>\(h(statusLabel(i.status)))</td>"
                    + "<td class=\"vd\">\(h(row.verdict.isEmpty ? "" : verdictLabel(row.verdict)))</td>"
                    + "<td>\(h(row.matter)) \(h(row.matterName))</td><td>\(h(row.application))</td>"
                    + "<td class=\"n\">\(i.sha256.isEmpty ? "" : String(row.errors))</td><td>\(detail)</td><td>\(other)</td></tr>\n"
            )
        }
        try json.write("\n]}\n")
        try html.write(
            "</tbody></table></div>\n<footer>由账本 ledger.sqlite 生成 (made from the ledger)。"
                + "<a href=\"../../\(indexFiles[2])\">累计索引 Cumulative index</a></footer>\n</body></html>\n")
    }

    static func runObject(_ run: RunTotals, id: Int64) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .number(Double(id))),
            ("inbox", .string(run.inbox)), ("started", .string(run.started)), ("finished", .string(run.finished)),
            ("status", .string(run.stoppedBy == nil && !run.died ? "completed" : "interrupted")),
        ]
        if let signal = run.stoppedBy { fields.append(("stoppedBy", .string(signal))) }
        if run.died {
            fields.append(("processDied", .bool(true)))
            // Its end is unknown ("finished" empty); the ledger's end of it is when the next run closed it.
            if !run.closed.isEmpty { fields.append(("closed", .string(run.closed))) }
        }
        let counts: [(String, Int)] = [
            ("files", run.files), ("decided", run.decided), ("alreadyDecided", run.alreadyDecided),
            ("duplicates", run.duplicates), ("skipped", run.skipped), ("moved", run.moved),
            ("quarantined", run.quarantined),
        ]
        fields += counts.map { ($0.0, JSONValue.number(Double($0.1))) }
        let reasons: [(String, JSONValue)] = run.skippedReasons.sorted { $0.key < $1.key }.map {
            ($0.key, .number(Double($0.value)))
        }
        fields.append(("skippedReasons", .object(reasons)))
        let interrupted: [JSONValue] = run.interrupted.map {
            .object([
                ("id", .number(Double($0.id))), ("started", .string($0.started)), ("decided", .number(Double($0.decided))),
            ])
        }
        fields.append(("interruptedRuns", .array(interrupted)))
        fields.append(("seconds", .number((run.seconds * 1000).rounded() / 1000)))
        fields.append(("catalogVersion", .string(run.catalogVersion)))
        fields.append(("generator", generatorValue))
        return .object(fields)
    }

    /// The program that wrote the summary, as every JSON document of ours names it.
    static var generatorValue: JSONValue {
        .object([("name", .string(Generator.current.name)), ("version", .string(Generator.current.version))])
    }

    static func findingsArray(_ findings: [(code: String, severity: String, bundles: Int, count: Int)]) -> JSONValue {
        .array(
            findings.map { f in
                .object([
                    ("code", .string(f.code)), ("severity", .string(f.severity)),
                    ("bundles", .number(Double(f.bundles))), ("count", .number(Double(f.count))),
                ])
            })
    }

    static func runHTMLHead(
        _ run: RunTotals, id: Int64, verdicts: [(String, Int)], findings: [FindingCount]
    ) -> String {
        let day = chinaDate(run.started)
        var s = HTMLPage.head(title: "批次汇总 \(h(day)) 第 \(id) 次运行 Run summary", css: summaryCSS)
        s +=
            "<nav class=\"no-print\"><a href=\"../../\(indexFiles[2])\">累计索引 <span class=\"en\">Cumulative index</span></a></nav>\n"
        s += "<h1>批次汇总 \(h(day)) <span class=\"en\">Run summary, run \(id)</span></h1>\n"
        s += runParagraphs(run)
        s += "<h2>本次结论 <span class=\"en\">Verdicts of this run's files</span></h2>\n"
        s += "<div class=\"scroll\"><table><tr><th>结论 Verdict</th><th>数量 Files</th></tr>\n"
        for (v, n) in verdicts {
            s += "<tr class=\"v-\(h(v))\"><td class=\"vd\">\(h(verdictLabel(v)))</td><td class=\"n\">\(n)</td></tr>\n"
        }
        s += "</table></div>\n"
        s += "<h2>本次新审核的问题 <span class=\"en\">Findings of the bundles decided by this run</span></h2>\n"
        s += findingsTable(findings.map { ($0.code, $0.severity, $0.bundles, $0.count) })
        s +=
            "<h2>本次处理的文件 <span class=\"en\">Every file this run met</span></h2>\n"
            + "<div class=\"scroll\"><table class=\"items\"><thead><tr><th>文件 File</th><th>处理 Outcome</th><th>结论 Verdict</th>"
            + "<th>事项 Matter</th><th>申请 Application</th><th>错误 Errors</th><th>说明 Detail</th><th>其他格式 Other formats</th>"
            + "</tr></thead><tbody>\n"
        return s
    }

    /// When, where and what, and the run's counts, in Chinese with English.
    static func runParagraphs(_ run: RunTotals) -> String {
        var s =
            "<p>本次运行 <span class=\"en\">This run</span>：\(h(chinaTime(run.started))) → "
            // A dead run's end is unknown: not the time the next run found it (round 40, tester w: the next night's time).
            + (run.died ? "进程中断，结束时间不详 <span class=\"en\">died, end unknown</span>" : h(chinaTime(run.finished))) + "；"
            + "收件箱 <span class=\"en\">inbox</span> <code>\(h(run.inbox))</code>；"
            + "事项目录版本 <span class=\"en\">catalog</span> <code class=\"hash\">\(h(run.catalogVersion))</code>；"
            + "程序 <span class=\"en\">program</span> \(h(Generator.current.description))</p>\n"
        s +=
            "<p>处理文件 \(run.files) 个：新审核 \(run.decided)，此前已审核 \(run.alreadyDecided)，重复 \(run.duplicates)，"
            + "跳过 \(run.skipped)；"
            // A dead run's time is its bundles' added up (its wall time is unknown, and with several workers the sum is more).
            + (run.died
                ? "已记录的申请包用时合计 \(String(format: "%.1f", run.seconds)) 秒（运行时长不详）。"
                : "用时 \(String(format: "%.1f", run.seconds)) 秒。")
            + "<br><span class=\"en\">\(run.files) files: \(run.decided) decided now, \(run.alreadyDecided) already decided, "
            + "\(run.duplicates) duplicates, \(run.skipped) skipped.</span></p>\n"
        if !run.skippedReasons.isEmpty {
            s +=
                "<p>跳过原因 <span class=\"en\">Skipped, by reason</span>: "
                + run.skippedReasons.sorted { $0.key < $1.key }.map { "\(h(skipLabel($0.key))) \($0.value)" }
                .joined(separator: "，") + "</p>\n"
        }
        if run.died {
            s +=
                "<p><strong>本次运行的进程意外终止</strong>（如 kill -9、断电），由下一次运行标记为中断；以下为其已记录的处理结果，"
                + "未处理的申请包由之后的运行完成。<br><span class=\"en\">This run's process died (kill -9, a crash, power); "
                + "the next run closed it as interrupted. Below is what it had recorded; later runs decided the rest.</span></p>\n"
        }
        if let signal = run.stoppedBy {
            s +=
                "<p><strong>本次运行被中断（\(h(signal))）</strong>：已开始的申请包均已审核完毕，其余未处理；再次运行同一命令即可继续。"
                + "<br><span class=\"en\">This run was stopped by \(h(signal)): the bundles in flight were finished, the rest "
                + "were not started; run the same command again to resume.</span></p>\n"
        }
        for r in run.interrupted {
            s +=
                "<p>上次运行 \(r.id)（开始于 \(h(chinaTime(r.started)))）被中断，已审核 \(r.decided) 个申请包后进程终止；已标记为 interrupted。"
                + "<br><span class=\"en\">Run \(r.id), started \(h(chinaTime(r.started))), was interrupted after deciding \(r.decided) bundles "
                + "(its process died); closed as interrupted.</span></p>\n"
        }
        return s
    }

    static func findingsTable(_ findings: [(code: String, severity: String, bundles: Int, count: Int)]) -> String {
        var s =
            "<div class=\"scroll\"><table><tr><th>代码 Code</th><th>级别 Severity</th><th>申请包 Bundles</th>"
            + "<th>次数 Findings</th></tr>\n"
        for f in findings {
            s +=
                "<tr><td><code>\(h(f.code))</code></td><td>\(severityLabel(f.severity))</td>"
                + "<td class=\"n\">\(f.bundles)</td><td class=\"n\">\(f.count)</td></tr>\n"
        }
        return s + "</table></div>\n"
    }

    // MARK: The cumulative index

    /// The month pages that changed (or are missing), then the index itself; the pages of
    /// months the ledger no longer has are removed.
    static func writeIndex(ledger: any LedgerStore, out: URL) throws(RunError) {
        let months = try RunError.ledger { () throws(LedgerError) in try ledger.monthCounts() }
        let previous = Dictionary(RecordedMonth.recorded(out: out).map { ($0.month, $0) }, uniquingKeysWith: { a, _ in a })
        try RunError.io(.output, "cannot create \(monthFolder)") { () throws(FileSystemError) in
            try FileSystem.makeFolders(BytePath(out.appendingPathComponent(monthFolder)))
        }
        // Each month page's SHA-256 as written, kept in index.json: a page edited since (its verdicts changed by hand) is
        // written again from the ledger, not left because the month's decisions did not change (round 50, tester d).
        // The pages as the ledger recorded them where it did (index.json's own digests could be edited with the page).
        let recorded = try RunError.ledger { () throws(LedgerError) in try ledger.indexFiles() }.map { files in
            Dictionary(files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        }
        var digests: [String: [String]] = [:]
        for m in months {
            let files = monthFiles(m.month)
            guard !files.isEmpty else { continue }
            func hashes() -> [String]? {
                let now = files.map { (try? FileHash.sha256(BytePath(out.appendingPathComponent($0))))?.sha256 }
                return now.allSatisfy { $0 != nil } ? now.compactMap { $0 } : nil
            }
            // The pages are hashed only where the month's decisions did not change.
            let reference = recorded.map { r in files.compactMap { r[$0] } } ?? previous[m.month]?.sha256 ?? []
            if let was = previous[m.month], was.signature == signature(m), reference.count == files.count,
                hashes() == reference
            {
                digests[m.month] = reference
                continue
            }
            try streaming(out: out, files: files) { json, csv, html in
                try writeMonth(ledger: ledger, month: m, json: json, csv: csv, html: html)
            }
            if let written = hashes() { digests[m.month] = written }
        }
        let kept = Set(months.flatMap { monthFiles($0.month) })
        let folder = out.appendingPathComponent(monthFolder)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where !kept.contains("\(monthFolder)/\(name)") && !name.hasPrefix(".") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        try streaming(out: out, files: indexFiles) { json, csv, html in
            let a = try aggregates(ledger)
            let runs = try ledger.runs(channel: .batch)
            try json.write(jsonHead(a, runs: runs, months: months, digests: digests))
            try csv.write(
                "\u{FEFF}month,bundles," + Verdict.allCases.map(\.rawValue).joined(separator: ",")
                    + ",superseded,index_json,index_csv,index_html\r\n")
            for m in months {
                let files = monthFiles(m.month)
                let cells =
                    [m.month, String(m.bundles)] + Verdict.allCases.map { String(m.verdicts[$0.rawValue] ?? 0) }
                    + [String(m.superseded)] + (files.isEmpty ? ["", "", ""] : files)
                try csv.write(cells.map(csvField).joined(separator: ",") + "\r\n")
            }
            try html.write(htmlHead(a, runs: runs, months: months))
            try html.write(
                "<footer>由账本 ledger.sqlite 生成 (made from the ledger)。</footer>\n</body></html>\n")
        }
        // The index as written, in the ledger: `audit verify` names a file of it edited, removed or added since (round 56,
        // tester t: index.json's counts edited, index.html's verdicts replaced, the whole index removed all passed, and
        // the month pages' digests, kept in index.json alone, could be edited with the page).
        var written: [IndexFile] = []
        for path in indexFiles {
            guard let sha = try? FileHash.sha256(BytePath(out.appendingPathComponent(path))) else { continue }
            written.append(IndexFile(path: path, sha256: sha.sha256))
        }
        for m in months {
            for (path, sha) in zip(monthFiles(m.month), digests[m.month] ?? []) {
                written.append(IndexFile(path: path, sha256: sha))
            }
        }
        try RunError.ledger { () throws(LedgerError) in try ledger.setIndexFiles(written) }
    }

    /// The layout of the month pages: a change to what they show changes it, so that the
    /// next run rewrites every month once.
    static let monthPageLayout = "1"

    /// What `index.json` records of a month: its ledger signature and the page layout.
    static func signature(_ m: MonthCount) -> String { "layout \(monthPageLayout);" + m.signature }

    /// `index/2025-07.json`, `.csv`, `.html`; none for what is no month as report folders
    /// name it (`2025-07`, or `unknown`): only those are safe as file names.
    static func monthFiles(_ month: String) -> [String] {
        let isMonth =
            month == "unknown"
            || (month.utf8.count == 7
                && month.utf8.enumerated().allSatisfy { i, c in i == 4 ? c == 0x2D : (0x30...0x39).contains(c) })
        return isMonth ? ["json", "csv", "html"].map { "\(monthFolder)/\(month).\($0)" } : []
    }

    /// One month's page: its decisions, then those superseded, one row at a time.
    private static func writeMonth(
        ledger: any LedgerStore, month m: MonthCount, json: AtomicWriter.Stream, csv: AtomicWriter.Stream,
        html: AtomicWriter.Stream
    ) throws {
        let head = JSONValue.object([
            ("index", .string(indexNamespace)), ("generator", generatorValue), ("month", .string(m.month)),
            ("bundles", .number(Double(m.bundles))), ("superseded", .number(Double(m.superseded))),
        ]).text
        try json.write(String(head.dropLast()) + ",\"reports\":[")
        try csv.write(
            "\u{FEFF}sha256,file,names,verdict,matter,matter_name,application,submitted,errors,catalog_version,"
                + "hash_ms,check_ms,write_ms,report_json,report_xml,report_html,superseded_by\r\n")
        let title = "累计索引 \(m.month) Cumulative index"
        try html.write(
            HTMLPage.head(title: title, css: summaryCSS)
                + "<nav class=\"no-print\"><a href=\"../\(indexFiles[2])\">累计索引 <span class=\"en\">Cumulative index</span></a></nav>\n"
                + "<h1>\(h(m.month)) <span class=\"en\">decisions filed under this month</span></h1>\n"
                + "<p>申请包 \(m.bundles) 个" + (m.superseded > 0 ? "，另有已被取代的旧决定 \(m.superseded) 个" : "") + "。</p>\n"
                + reportTableHead)
        for superseded in [false, true] {
            if superseded {
                try json.write("\n],\"supersededReports\":[")
                try html.write(
                    "</tbody></table></div>\n<h2>已被取代的决定 <span class=\"en\">Superseded decisions</span></h2>\n"
                        + "<p>同名文件后来被完整的新文件替换（例如上传中断后补全），以下旧决定不再计入。"
                        + "<span class=\"en\">A later, complete file under the same name replaced these; they are not "
                        + "counted above.</span></p>\n" + reportTableHead)
            }
            var first = true
            try ledger.forEachDecidedBundle(superseded: superseded, month: m.month) { b in
                let reports = b.reports.files
                let names = b.names.joined(separator: " | ")
                var fields: [(String, JSONValue)] = [
                    ("sha256", .string(b.sha256)), ("file", .string(b.file)),
                    ("names", .array(b.names.map { .string($0) })),
                    ("verdict", .string(b.verdict)), ("matter", .string(b.matter)),
                    ("application", .string(b.application)), ("submitted", .string(b.submitted)),
                    ("errors", .number(Double(b.errors))),
                    ("milliseconds", .number(round(b.hashMs + b.checkMs + b.writeMs))),
                    ("json", .string(reports[0])), ("xml", .string(reports[1])), ("html", .string(reports[2])),
                ]
                if let later = b.supersededBy { fields.append(("supersededBy", .string(later))) }
                try json.write((first ? "\n" : ",\n") + JSONValue.object(fields).text)
                first = false
                let cells =
                    [
                        b.sha256, b.file, names, b.verdict, b.matter, b.matterName, b.application, b.submitted,
                        String(b.errors), b.catalogVersion,
                    ] + [b.hashMs, b.checkMs, b.writeMs].map { String(format: "%.1f", $0) } + reports
                    + [b.supersededBy ?? ""]
                try csv.write(cells.map(csvField).joined(separator: ",") + "\r\n")
                try html.write(
                    "<tr class=\"v-\(h(b.verdict))\"><td><a href=\"../\(h(reports[2]))\">\(h(b.application.isEmpty ? b.file : b.application))</a></td>"
                        + "<td class=\"vd\">\(h(verdictLabel(b.verdict)))</td><td>\(h(b.matter)) \(h(b.matterName))</td><td>\(h(submittedShown(b.submitted)))</td>"
                        + "<td>\(h(names))</td><td class=\"n\">\(b.errors)</td>"
                        + "<td><a href=\"../\(h(reports[0]))\">JSON</a> <a href=\"../\(h(reports[1]))\">XML</a></td></tr>\n")
            }
        }
        try json.write("\n]}\n")
        try html.write(
            "</tbody></table></div>\n<footer>由账本 ledger.sqlite 生成 (made from the ledger)。</footer>\n</body></html>\n")
    }

    static func aggregates(_ ledger: any LedgerStore) throws(RunError) -> Aggregates {
        let counts = try RunError.ledger { () throws(LedgerError) in try ledger.summaryCounts(slowest: slowestCount) }
        var a = Aggregates()
        a.bundles = counts.bundles
        a.documentBytes = counts.documentBytes
        a.names = counts.names
        let counted = Dictionary(counts.verdicts.map { ($0.verdict, $0.bundles) }, uniquingKeysWith: +)
        a.verdicts = Verdict.allCases.map { ($0.rawValue, counted[$0.rawValue] ?? 0) }
        var matters: [String: (name: String, verdicts: [String: Int], total: Int)] = [:]
        for r in counts.matters {
            var m = matters[r.matter] ?? ("", [:], 0)
            if m.name.isEmpty { m.name = r.matterName }
            m.verdicts[r.verdict] = r.bundles
            m.total += r.bundles
            matters[r.matter] = m
        }
        a.matters = matters.sorted { $0.key < $1.key }.map { ($0.key, $0.value.name, $0.value.verdicts, $0.value.total) }
        a.findings = counts.findings.map { ($0.code, $0.severity, $0.bundles, $0.count) }
        a.slowest = counts.slowest.map { ($0.file, $0.sha256, $0.verdict, $0.matter, $0.milliseconds, $0.reports.files[2]) }
        a.catalogVersions = counts.catalogVersions
        a.superseded = counts.superseded
        return a
    }

    static func jsonHead(
        _ a: Aggregates, runs: [RunRecord], months: [MonthCount], digests: [String: [String]] = [:]
    ) -> String {
        let fields: [(String, JSONValue)] = [
            ("index", .string(indexNamespace)),
            ("generator", generatorValue),
            ("catalogVersions", .array(a.catalogVersions.map { .string($0) })),
            ("bundles", .number(Double(a.bundles))), ("names", .number(Double(a.names))),
            ("superseded", .number(Double(a.superseded))),
            ("documentBytes", .number(Double(a.documentBytes))),
            ("verdicts", .object(a.verdicts.map { ($0.verdict, .number(Double($0.count))) })),
            (
                "matters",
                .array(
                    a.matters.map { m in
                        .object([
                            ("code", .string(m.code)), ("name", .string(m.name)), ("total", .number(Double(m.total))),
                            (
                                "verdicts",
                                .object(m.verdicts.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) })
                            ),
                        ])
                    })
            ),
            ("findings", findingsArray(a.findings)),
            (
                "slowest",
                .array(
                    a.slowest.map { s in
                        .object([
                            ("file", .string(s.file)), ("sha256", .string(s.sha256)), ("verdict", .string(s.verdict)),
                            ("matter", .string(s.matter)), ("milliseconds", .number(round(s.ms))), ("html", .string(s.html)),
                        ])
                    })
            ),
            (
                "runs",
                .array(
                    runs.map { r in
                        .object(
                            [
                                ("id", .number(Double(r.id))), ("started", .string(r.started)),
                                ("finished", .string(r.finished)), ("status", .string(r.status)),
                                ("inbox", .string(r.inbox)), ("catalogVersion", .string(r.catalogVersion)),
                                ("decided", .number(Double(r.decided))), ("host", .string(r.host)),
                                ("pid", .number(Double(r.pid))),
                            ] + (r.summary.map { [("summary", JSONValue.string($0))] } ?? []))
                    })
            ),
        ]
        let monthsValue = JSONValue.array(
            months.map { m in
                let files = monthFiles(m.month)
                return .object(
                    [
                        ("month", .string(m.month)), ("bundles", .number(Double(m.bundles))),
                        (
                            "verdicts",
                            .object(Verdict.allCases.map { ($0.rawValue, .number(Double(m.verdicts[$0.rawValue] ?? 0))) })
                        ),
                        ("superseded", .number(Double(m.superseded))), ("signature", .string(signature(m))),
                    ] + zip(["json", "csv", "html"], files).map { ($0.0, JSONValue.string($0.1)) }
                        + (digests[m.month].map { [("sha256", JSONValue.array($0.map { .string($0) }))] } ?? []))
            })
        return JSONValue.object(fields + [("months", monthsValue)]).text + "\n"
    }

    /// The summary's styles over the shared palette (HTMLPage).
    static let summaryCSS = """
        body{font-family:var(--sans);margin:1.5em;color:var(--text)}
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid var(--rule)}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid var(--rule);padding:.25em .6em;text-align:left}
        th{background:#f2f2f2}.n{text-align:right}.en{color:var(--muted);font-size:.85em}
        code{overflow-wrap:break-word}code.hash{overflow-wrap:anywhere}nav{margin-bottom:1em}
        .scroll td,.scroll th{min-width:4.5em}table.items td:nth-child(1),table.items td:nth-child(4){min-width:11em}
        .v-accepted .vd{color:var(--accepted)}.v-accepted-deferred .vd{color:var(--deferred)}
        .v-returned .vd{color:var(--returned)}.v-refused .vd{color:var(--refused)}.v-invalid .vd{color:var(--invalid)}
        footer{margin-top:2em;color:var(--muted);font-size:.85em}
        """

    static let reportTableHead =
        "<div class=\"scroll\"><table class=\"items\"><thead><tr><th>申请 Application</th><th>结论 Verdict</th><th>事项 Matter</th>"
        + "<th>提交时间 Submitted</th><th>文件名 File names</th><th>错误 Errors</th><th>其他格式 Other formats</th></tr></thead><tbody>\n"

    static func htmlHead(_ a: Aggregates, runs: [RunRecord], months: [MonthCount]) -> String {
        var s = HTMLPage.head(title: "累计索引 Cumulative index", css: summaryCSS)
        s += "<h1>累计索引 <span class=\"en\">Cumulative index</span></h1>\n"
        s +=
            "<p>账本中的全部决定：申请包 \(a.bundles) 个（文件名 \(a.names) 个）"
            + (a.superseded > 0 ? "，另有已被取代的旧决定 \(a.superseded) 个（未计入）" : "") + "。"
            + "<br><span class=\"en\">Every decision in the ledger: \(a.bundles) bundles (\(a.names) file names)"
            + (a.superseded > 0 ? "; \(a.superseded) superseded decisions not counted" : "") + ".</span></p>\n"
        s +=
            "<p class=\"en\">事项目录版本 Catalog version: \(a.catalogVersions.map(h).joined(separator: ", "))；"
            + "程序 Generator: \(h(Generator.current.description))</p>\n"
        s += "<h2>各次运行 <span class=\"en\">Runs</span></h2>\n"
        s +=
            "<div class=\"scroll\"><table><tr><th>运行 Run</th><th>开始 Started</th><th>结束 Finished</th><th>状态 Status</th>"
            + "<th>新审核 Decided</th><th>主机 Host</th><th>收件箱 Inbox</th></tr>\n"
        for r in runs {
            let label = r.summary.map { "<a href=\"\(h($0))\">\(r.id)</a>" } ?? String(r.id)
            s +=
                "<tr><td>\(label)</td><td>\(h(chinaTime(r.started)))</td><td>\(h(chinaTime(r.finished)))</td><td>\(h(statusLabel(r.status)))</td>"
                + "<td class=\"n\">\(r.decided)</td><td>\(h(r.host))\(r.pid > 0 ? " (\(r.pid))" : "")</td>"
                + "<td><code>\(h(r.inbox))</code></td></tr>\n"
        }
        s += "</table></div>\n"
        s += "<h2>按结论 <span class=\"en\">By verdict</span></h2>\n"
        s += "<div class=\"scroll\"><table><tr><th>结论 Verdict</th><th>数量 Bundles</th></tr>\n"
        for v in a.verdicts {
            s +=
                "<tr class=\"v-\(h(v.verdict))\"><td class=\"vd\">\(h(verdictLabel(v.verdict)))</td><td class=\"n\">\(v.count)</td></tr>\n"
        }
        s +=
            "</table></div>\n<h2>按事项 <span class=\"en\">By matter</span></h2>\n"
            + "<div class=\"scroll\"><table><tr><th>事项 Matter</th><th>合计 Total</th>"
            + Verdict.allCases.map { "<th>\(h($0.chinese))<br><span class=\"en\">\($0.rawValue)</span></th>" }.joined()
            + "</tr>\n"
        for m in a.matters {
            s +=
                "<tr><td>\(h(m.code.isEmpty ? "（未知）" : m.code)) \(h(m.name))</td><td class=\"n\">\(m.total)</td>"
                + Verdict.allCases.map { "<td class=\"n\">\(m.verdicts[$0.rawValue] ?? 0)</td>" }.joined() + "</tr>\n"
        }
        s += "</table></div>\n<h2>按问题代码 <span class=\"en\">By finding code</span></h2>\n"
        s += findingsTable(a.findings)
        s +=
            "<h2>最慢的申请包 <span class=\"en\">Slowest bundles</span></h2>\n"
            + "<div class=\"scroll\"><table><tr><th>文件 File</th><th>结论 Verdict</th><th>事项 Matter</th><th>毫秒 ms</th></tr>\n"
        for b in a.slowest {
            s +=
                "<tr class=\"v-\(h(b.verdict))\"><td><a href=\"\(h(b.html))\">\(h(b.file))</a></td><td class=\"vd\">\(h(verdictLabel(b.verdict)))</td>"
                + "<td>\(h(b.matter))</td><td class=\"n\">\(String(format: "%.0f", b.ms))</td></tr>\n"
        }
        s +=
            "</table></div>\n<h2>各月报告 <span class=\"en\">Every report, by month</span></h2>\n"
            + "<div class=\"scroll\"><table><tr><th>月份 Month</th><th>合计 Total</th>"
            + Verdict.allCases.map { "<th>\(h($0.chinese))<br><span class=\"en\">\($0.rawValue)</span></th>" }.joined()
            + "<th>已被取代 Superseded</th></tr>\n"
        for m in months {
            let label = monthFiles(m.month).last.map { "<a href=\"\(h($0))\">\(h(m.month))</a>" } ?? h(m.month)
            s +=
                "<tr><td>\(label)</td><td class=\"n\">\(m.bundles)</td>"
                + Verdict.allCases.map { "<td class=\"n\">\(m.verdicts[$0.rawValue] ?? 0)</td>" }.joined()
                + "<td class=\"n\">\(m.superseded)</td></tr>\n"
        }
        s += "</table></div>\n"
        return s
    }

    /// A severity as the reports label it (错误 error, …).
    static func severityLabel(_ raw: String) -> String {
        guard let severity = Severity(rawValue: raw) else { return h(raw) }
        return HTMLReport.severityName(severity)
    }

    /// How a run treated an inbox entry, in Chinese with the key.
    static func statusLabel(_ raw: String) -> String {
        let chinese =
            switch raw {
            case "decided": "新审核"
            case "already-decided": "此前已审核"
            case "duplicate": "重复"
            case "skipped": "跳过"
            case "completed": "完成"
            case "interrupted": "中断"
            case "running": "运行中"
            default: ""
            }
        return chinese.isEmpty ? raw : "\(chinese) (\(raw))"
    }

    /// Why an entry was skipped, in Chinese with the key.
    static func skipLabel(_ raw: String) -> String {
        let chinese = SkipReason(rawValue: raw).chinese
        return chinese.isEmpty ? raw : "\(chinese) (\(raw))"
    }

    static func verdictLabel(_ raw: String) -> String {
        Verdict(rawValue: raw).map { "\($0.chinese) (\(raw))" } ?? raw
    }

    /// HTML text and attribute escaping.
    static func h(_ s: String) -> String { Markup.htmlAttribute(s) }

    static func csvField(_ s: String) -> String { CSV.field(s) }
}

/// A small JSON value with deterministic key order, for hand-streamed JSON.
