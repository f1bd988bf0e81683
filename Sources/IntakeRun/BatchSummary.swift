import Foundation
import IntakeDecision
import IntakeIO
import IntakeLedger
import IntakeModel
import IntakeRendering
import IntakeReport
import IntakeXML

/// The batch summary for the back office (批次汇总): `summary.json`, `summary.csv` and
/// `summary.html` in the output folder, made from the ledger (every bundle it holds),
/// never from memory: counts come from the store's typed summary queries and the
/// per-bundle lists are streamed row by row into the three files, each published
/// atomically.
enum BatchSummary {
    static let files = ["summary.json", "summary.csv", "summary.html"]
    static let namespace = "urn:dalian:intake:run-summary:1"
    static let slowestCount = 20

    struct Aggregates {
        var bundles = 0
        var names = 0
        var documentBytes: Int64 = 0
        var verdicts: [(verdict: String, count: Int)] = []
        var matters: [(code: String, name: String, verdicts: [String: Int], total: Int)] = []
        var findings: [(code: String, severity: String, bundles: Int, count: Int)] = []
        var slowest: [(file: String, sha256: String, verdict: String, matter: String, ms: Double, html: String)] = []
        var catalogVersions: [String] = []
    }

    /// Writes the three files and returns their names (relative to `out`).
    static func write(ledger: any LedgerStore, out: URL, run: RunTotals) throws(RunError) -> [String] {
        let a = try aggregates(ledger)
        let (json, csv, html) = try RunError.io(.output, "cannot write the summary") {
            () throws(FileSystemError) in
            (
                try AtomicWriter.Stream(out.appendingPathComponent(files[0])),
                try AtomicWriter.Stream(out.appendingPathComponent(files[1])),
                try AtomicWriter.Stream(out.appendingPathComponent(files[2]))
            )
        }
        do {
            try json.write(jsonHead(a, run: run))
            try csv.write(
                "\u{FEFF}sha256,file,names,verdict,matter,matter_name,application,submitted,errors,catalog_version,"
                    + "hash_ms,check_ms,write_ms,report_json,report_xml,report_html\r\n")
            try html.write(htmlHead(a, run: run))

            var first = true
            try ledger.forEachDecidedBundle { b in
                let reports = b.reports.files
                let names = b.names.joined(separator: " | ")
                try json.write(
                    (first ? "\n" : ",\n")
                        + JSONValue.object([
                            ("sha256", .string(b.sha256)), ("file", .string(b.file)),
                            ("names", .array(b.names.map { .string($0) })),
                            ("verdict", .string(b.verdict)), ("matter", .string(b.matter)),
                            ("application", .string(b.application)), ("submitted", .string(b.submitted)),
                            ("errors", .number(Double(b.errors))),
                            ("milliseconds", .number(round(b.hashMs + b.checkMs + b.writeMs))),
                            ("json", .string(reports[0])), ("xml", .string(reports[1])), ("html", .string(reports[2])),
                        ]).text)
                first = false
                let fields =
                    [
                        b.sha256, b.file, names, b.verdict, b.matter, b.matterName, b.application, b.submitted,
                        String(b.errors), b.catalogVersion,
                    ] + [b.hashMs, b.checkMs, b.writeMs].map { String(format: "%.1f", $0) } + reports
                try csv.write(fields.map(csvField).joined(separator: ",") + "\r\n")
                try html.write(
                    "<tr class=\"v-\(h(b.verdict))\"><td><a href=\"\(h(reports[2]))\">\(h(b.application.isEmpty ? b.file : b.application))</a></td>"
                        + "<td>\(h(verdictLabel(b.verdict)))</td><td>\(h(b.matter)) \(h(b.matterName))</td><td>\(h(b.submitted))</td>"
                        + "<td>\(h(names))</td><td class=\"n\">\(b.errors)</td>"
                        + "<td><a href=\"\(h(reports[0]))\">JSON</a> <a href=\"\(h(reports[1]))\">XML</a></td></tr>\n")
            }
            try json.write("\n]}\n")
            try html.write("</tbody></table>\n<footer>由账本 ledger.sqlite 生成 (made from the ledger)。</footer>\n</body></html>\n")
            try json.publish()
            try csv.publish()
            try html.publish()
        } catch let error as LedgerError {
            throw RunError(.ledger, "the ledger", cause: error)
        } catch let error as FileSystemError {
            throw RunError(.output, "cannot write the summary", cause: error)
        } catch {
            throw RunError(.output, "cannot write the summary: \(error)")
        }
        return files
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
        return a
    }

    static func jsonHead(_ a: Aggregates, run: RunTotals) -> String {
        var fields: [(String, JSONValue)] = [
            ("summary", .string(namespace)),
            ("catalogVersions", .array(a.catalogVersions.map { .string($0) })),
            ("bundles", .number(Double(a.bundles))), ("names", .number(Double(a.names))),
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
            (
                "findings",
                .array(
                    a.findings.map { f in
                        .object([
                            ("code", .string(f.code)), ("severity", .string(f.severity)),
                            ("bundles", .number(Double(f.bundles))), ("count", .number(Double(f.count))),
                        ])
                    })
            ),
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
        ]
        fields.insert(
            (
                "run",
                .object(
                    [
                        ("inbox", .string(run.inbox)), ("started", .string(run.started)),
                        ("finished", .string(run.finished)),
                        ("files", .number(Double(run.files))), ("decided", .number(Double(run.decided))),
                        ("alreadyDecided", .number(Double(run.alreadyDecided))), ("duplicates", .number(Double(run.duplicates))),
                        ("skipped", .number(Double(run.skipped))), ("moved", .number(Double(run.moved))),
                        ("quarantined", .number(Double(run.quarantined))),
                        (
                            "skippedReasons",
                            .object(run.skippedReasons.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) })
                        ),
                        (
                            "interruptedRuns",
                            .array(
                                run.interrupted.map {
                                    .object([
                                        ("id", .number(Double($0.id))), ("started", .string($0.started)),
                                        ("decided", .number(Double($0.decided))),
                                    ])
                                })
                        ),
                        ("seconds", .number((run.seconds * 1000).rounded() / 1000)),
                        ("catalogVersion", .string(run.catalogVersion)),
                        ("status", .string(run.stoppedBy == nil ? "completed" : "interrupted")),
                        (
                            "generator",
                            .object([("name", .string(Generator.current.name)), ("version", .string(Generator.current.version))])
                        ),
                    ] + (run.stoppedBy.map { [("stoppedBy", JSONValue.string($0))] } ?? []))
            ), at: 1)
        let head = JSONValue.object(fields).text
        return String(head.dropLast()) + ",\"reports\":["
    }

    /// The summary's styles over the shared palette (HTMLPage).
    static let summaryCSS = """
        body{font-family:var(--sans);margin:1.5em;color:var(--text)}
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid var(--rule)}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid var(--rule);padding:.25em .6em;text-align:left}
        th{background:#f2f2f2}.n{text-align:right}.en{color:var(--muted);font-size:.85em}
        .v-accepted td:nth-child(2){color:var(--accepted)}.v-accepted-deferred td:nth-child(2){color:var(--deferred)}
        .v-returned td:nth-child(2){color:var(--returned)}.v-refused td:nth-child(2){color:var(--refused)}
        .v-invalid td:nth-child(2){color:var(--invalid)}
        footer{margin-top:2em;color:var(--muted);font-size:.85em}
        """

    static func htmlHead(_ a: Aggregates, run: RunTotals) -> String {
        var s = HTMLPage.head(title: "批次汇总 Batch summary", css: summaryCSS)
        s += "<h1>批次汇总 <span class=\"en\">Batch summary</span></h1>\n"
        s +=
            "<p>本次运行 <span class=\"en\">This run</span>：\(h(run.started)) → \(h(run.finished))；"
            + "收件箱 <span class=\"en\">inbox</span> <code>\(h(run.inbox))</code>；"
            + "程序 <span class=\"en\">program</span> \(h(Generator.current.description))</p>\n"
        s +=
            "<p>申请包 \(a.bundles) 个（文件名 \(a.names) 个），本次运行处理文件 \(run.files) 个：新审核 \(run.decided)，"
            + "此前已审核 \(run.alreadyDecided)，重复 \(run.duplicates)，跳过 \(run.skipped)；用时 \(String(format: "%.1f", run.seconds)) 秒。"
            + "<br><span class=\"en\">\(a.bundles) bundles (\(a.names) file names); this run: \(run.files) files, \(run.decided) decided, "
            + "\(run.alreadyDecided) already decided, \(run.duplicates) duplicates, \(run.skipped) skipped.</span></p>\n"
        if !run.skippedReasons.isEmpty {
            s +=
                "<p>跳过原因 <span class=\"en\">Skipped, by reason</span>: "
                + run.skippedReasons.sorted { $0.key < $1.key }.map { "\(h($0.key)) \($0.value)" }.joined(separator: "，")
                + "</p>\n"
        }
        if let signal = run.stoppedBy {
            s +=
                "<p><strong>本次运行被中断（\(h(signal))）</strong>：已开始的申请包均已审核完毕，其余未处理；再次运行同一命令即可继续。"
                + "<br><span class=\"en\">This run was stopped by \(h(signal)): the bundles in flight were finished, the rest "
                + "were not started; run the same command again to resume.</span></p>\n"
        }
        for r in run.interrupted {
            s +=
                "<p>上次运行 \(r.id)（开始于 \(h(r.started))）被中断，已审核 \(r.decided) 个申请包后进程终止；已标记为 interrupted。"
                + "<br><span class=\"en\">Run \(r.id), started \(h(r.started)), was interrupted after deciding \(r.decided) bundles "
                + "(its process died); closed as interrupted.</span></p>\n"
        }
        s +=
            "<p class=\"en\">事项目录版本 Catalog version: \(a.catalogVersions.map(h).joined(separator: ", "))；"
            + "程序 Generator: \(h(Generator.current.description))</p>\n"
        s += "<h2>按结论 <span class=\"en\">By verdict</span></h2>\n<table><tr><th>结论 Verdict</th><th>数量 Bundles</th></tr>\n"
        for v in a.verdicts {
            s += "<tr class=\"v-\(h(v.verdict))\"><td>\(h(v.verdict))</td><td class=\"n\">\(v.count)</td></tr>\n"
        }
        s +=
            "</table>\n<h2>按事项 <span class=\"en\">By matter</span></h2>\n<table><tr><th>事项 Matter</th><th>合计 Total</th>"
            + Verdict.allCases.map { "<th>\(h($0.chinese))<br><span class=\"en\">\($0.rawValue)</span></th>" }.joined()
            + "</tr>\n"
        for m in a.matters {
            s +=
                "<tr><td>\(h(m.code.isEmpty ? "（未知）" : m.code)) \(h(m.name))</td><td class=\"n\">\(m.total)</td>"
                + Verdict.allCases.map { "<td class=\"n\">\(m.verdicts[$0.rawValue] ?? 0)</td>" }.joined() + "</tr>\n"
        }
        s +=
            "</table>\n<h2>按问题代码 <span class=\"en\">By finding code</span></h2>\n"
            + "<table><tr><th>代码 Code</th><th>级别 Severity</th><th>申请包 Bundles</th><th>次数 Findings</th></tr>\n"
        for f in a.findings {
            s +=
                "<tr><td>\(h(f.code))</td><td>\(h(f.severity))</td><td class=\"n\">\(f.bundles)</td><td class=\"n\">\(f.count)</td></tr>\n"
        }
        s +=
            "</table>\n<h2>最慢的申请包 <span class=\"en\">Slowest bundles</span></h2>\n"
            + "<table><tr><th>文件 File</th><th>结论 Verdict</th><th>事项 Matter</th><th>毫秒 ms</th></tr>\n"
        for b in a.slowest {
            s +=
                "<tr class=\"v-\(h(b.verdict))\"><td><a href=\"\(h(b.html))\">\(h(b.file))</a></td><td>\(h(verdictLabel(b.verdict)))</td>"
                + "<td>\(h(b.matter))</td><td class=\"n\">\(String(format: "%.0f", b.ms))</td></tr>\n"
        }
        s +=
            "</table>\n<h2>全部报告 <span class=\"en\">Every report</span></h2>\n"
            + "<table><thead><tr><th>申请 Application</th><th>结论 Verdict</th><th>事项 Matter</th><th>提交时间 Submitted</th>"
            + "<th>文件名 File names</th><th>错误 Errors</th><th>其他格式 Other formats</th></tr></thead><tbody>\n"
        return s
    }

    static func verdictLabel(_ raw: String) -> String {
        Verdict(rawValue: raw).map { "\($0.chinese) (\(raw))" } ?? raw
    }

    /// HTML text and attribute escaping.
    static func h(_ s: String) -> String { Markup.attribute(s) }

    /// RFC 4180: quoted when it holds a comma, quote or line break; formula-looking text
    /// gets a leading apostrophe so a spreadsheet does not run it.
    static func csvField(_ s: String) -> String {
        var v = s
        if let f = v.first, "=+-@".contains(f), Double(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A small JSON value with deterministic key order, for hand-streamed JSON.
