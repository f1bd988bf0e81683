import Crypto
import Dispatch
public import Foundation
import IntakeBundle
import IntakeIO
import IntakeLedger
import IntakeModel
public import IntakePipeline
import IntakeRendering
import IntakeReport
import IntakeXML
import Synchronization

/// `intake audit rejudge OUT --catalog DIR`: every bundle the ledger holds a current
/// decision for, decided again under other rules, without touching the existing reports;
/// each one whose verdict or findings would change is listed with old and new verdict
/// and the rules (with their seed citations) that make the difference.
public struct Rejudge: Sendable {
    /// A decision the new rules would change.
    public struct Change: Sendable {
        public var sha256: String
        public var application: String
        public var matter: String
        public var matterName: String
        /// The bundle's name when it was decided.
        public var file: String
        /// The existing report (JSON), relative to the output folder.
        public var report: String
        public var difference: DecisionDifference
    }

    /// A decision that could not be re-judged, and why.
    public struct Skipped: Sendable, Hashable {
        public var sha256: String
        public var file: String
        public var reason: String
        /// No file under its names holds its bytes: to look up by its SHA-256.
        var notFound = false
    }

    public struct Result: Sendable {
        public var catalogVersion: String
        /// The catalog versions that made the existing decisions.
        public var previousVersions: [String] = []
        /// Bundles the ledger holds a current decision for.
        public var bundles = 0
        public var unchanged = 0
        public var changes: [Change] = []
        public var skipped: [Skipped] = []
        public var seconds = 0.0
        /// Changed bundles per matter code, and per change (`accepted → returned`).
        public var byMatter: [String: Int] {
            changes.reduce(into: [:]) { $0[$1.matter, default: 0] += 1 }
        }
        public var byChange: [String: Int] {
            changes.reduce(into: [:]) { $0[$1.difference.changeLabel, default: 0] += 1 }
        }
    }

    public let out: URL
    public let checker: Checker
    /// Where to look for bundles first (by their path relative to the inbox), when they
    /// are no longer where they were found or moved.
    public let bundles: URL?
    public let jobs: Int

    /// The ledger; nil: `OUT/ledger.sqlite`.
    public let ledger: LedgerLocation?

    public init(out: URL, checker: Checker, bundles: URL?, jobs: Int, ledger: LedgerLocation? = nil) {
        self.out = out.standardizedFileURL
        self.checker = checker
        self.bundles = bundles
        self.jobs = max(1, jobs)
        self.ledger = ledger
    }

    public func run() throws(AuditError) -> Result {
        let started = DispatchTime.now()
        let items = try AuditLedger.read(out: out, ledger) { ledger in
            var rows: [DecidedBundleRow] = []
            try ledger.forEachDecidedBundle(superseded: false) { rows.append($0) }
            return try rows.map { (row: $0, names: try ledger.names(of: $0.sha256)) }
        }
        let results = Mutex([Outcome?](repeating: nil, count: items.count))
        /// Re-judges `indices` over `jobs` lanes, each decision by `judge`.
        func rejudgeAll(_ indices: [Int], _ judge: @escaping @Sendable (Int) -> Outcome) {
            let lanes = min(jobs, max(1, indices.count))
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                for k in stride(from: lane, to: indices.count, by: lanes) {
                    let outcome = judge(indices[k])
                    results.withLock { $0[indices[k]] = outcome }
                }
            }
        }
        rejudgeAll(Array(items.indices)) { rejudge(items[$0].row, names: items[$0].names) }
        // Bundles not found by name (an upload to `intake serve` has none the ledger keeps, most are "upload.zip"; a
        // bundle renamed since): looked up under --bundles by their SHA-256 (round 58, tester t: 0 of 311 online decisions
        // re-judged with --bundles holding the very files).
        let lost = results.withLock { r in
            r.indices.filter { if case .skipped(let s)? = r[$0] { return s.notFound } else { return false } }
        }
        if let bundles, !lost.isEmpty {
            let files = AuditVerifier.entries(under: bundles, relativeTo: bundles).filter(\.regular).map(\.full)
            let byHash = Dictionary(
                zip(AuditVerifier.hash(files), files).compactMap { sha, path in sha.map { ($0, path) } },
                uniquingKeysWith: { a, _ in a })
            rejudgeAll(lost.filter { byHash[items[$0].row.sha256] != nil }) {
                rejudge(items[$0].row, names: [], at: [byHash[items[$0].row.sha256]!])
            }
        }
        var result = Result(catalogVersion: checker.catalogVersion)
        result.bundles = items.count
        result.previousVersions = Set(items.map(\.row.catalogVersion)).sorted()
        for outcome in results.withLock({ $0 }) {
            switch outcome {
            case .unchanged?: result.unchanged += 1
            case .changed(let c)?: result.changes.append(c)
            case .skipped(let s)?: result.skipped.append(s)
            case nil: break
            }
        }
        result.changes.sort { ($0.matter, $0.report) < ($1.matter, $1.report) }
        result.skipped.sort { $0.file < $1.file }
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return result
    }

    enum Outcome: Sendable {
        case unchanged
        case changed(Change)
        case skipped(Skipped)
    }

    /// Re-judges one decision from its bundle, looked for under its names (and under --bundles by them), or at `paths`.
    private func rejudge(_ row: DecidedBundleRow, names: [BundleName], at paths: [BytePath] = []) -> Outcome {
        let reportPath = "\(row.reports.dir)/\(row.reports.base).json"
        guard let data = try? Data(contentsOf: out.appendingPathComponent(reportPath)), let old = ReportSummary(data) else {
            return .skipped(Skipped(sha256: row.sha256, file: row.file, reason: "its report \(reportPath) cannot be read"))
        }
        // A report file that no longer says what the ledger recorded (edited, replaced) is no
        // ground for "what would change": the difference would be the edit's, shown as the
        // rules' (round 22, tester 1: a sealed "refused" edited to "accepted" was listed as
        // "accepted → refused" under the same catalog). The file's SHA-256 recorded when it was
        // written catches any edit, a finding's as well as the verdict's; decisions older than
        // sealing have none. The verdict is compared first: it says what was changed.
        let edited =
            old.verdict != row.verdict || old.bundleSHA256 != row.sha256
            ? "says \(old.verdict), the ledger recorded \(row.verdict)"
            : row.jsonSHA256.flatMap {
                Hex.string(SHA256.hash(data: data)) == $0 ? nil : "is not the file written (SHA-256 differs from the ledger's)"
            }
        if let edited {
            return .skipped(
                Skipped(
                    sha256: row.sha256, file: row.file,
                    reason: "its report \(reportPath) \(edited): the file was changed since (intake audit verify tells how)"))
        }
        var candidates = paths
        if let bundles { candidates += names.map { BytePath(bundles).appending($0.relative) } }
        candidates += names.map { $0.movedTo ?? $0.path }
        var tried = 0
        for path in candidates where FileSystem.exists(path) {
            tried += 1
            var report = checker.check(path)
            guard report.bundle.sha256 == row.sha256 else { continue }  // another file under that name now
            report.bundle.file = old.bundleFile
            guard let new = ReportSummary(Data(JSONReport.render(report).utf8)) else { continue }
            let difference = DecisionDifference(old: old, new: new)
            if difference.changesTheDecision {
                return .changed(
                    Change(
                        sha256: row.sha256, application: row.application, matter: row.matter, matterName: row.matterName,
                        file: row.file, report: reportPath, difference: difference))
            }
            return .unchanged
        }
        let reason =
            tried == 0
            ? "not found where it was found or moved"
                + (bundles == nil ? " (give --bundles)" : " nor under --bundles, by name or SHA-256")
            : "the files found under its names now hold other bytes"
        // Looked up under --bundles by its SHA-256 next, whether its names hold nothing or other bytes now (the review of
        // round 58: a name reused by another bundle hid the very file under --bundles).
        return .skipped(Skipped(sha256: row.sha256, file: row.file, reason: reason, notFound: true))
    }
}

extension Rejudge.Result {
    static let csvHeader = [
        "sha256", "application", "matter", "matter_name", "file", "old_verdict", "new_verdict", "change", "finding",
        "code", "severity", "material", "message", "rule", "rule_title", "quote",
    ]

    /// One row per finding added (+) or removed (−) per changed bundle (one row with an
    /// empty finding when only the verdict changed).
    public var csv: String {
        var lines = [Self.csvHeader.joined(separator: ",")]
        for c in changes {
            let head = [
                c.sha256, c.application, c.matter, c.matterName, c.file, c.difference.oldVerdict, c.difference.newVerdict,
                c.difference.changeLabel,
            ]
            let rows = c.difference.removed.map { ("-", $0) } + c.difference.added.map { ("+", $0) }
            if rows.isEmpty && c.difference.dates.isEmpty {
                lines.append((head + Array(repeating: "", count: 8)).map(CSV.field).joined(separator: ","))
            }
            for (sign, f) in rows {
                let cells = head + [sign, f.code, f.severity, f.material, f.message, f.citation, f.title, f.quote]
                lines.append(cells.map(CSV.field).joined(separator: ","))
            }
            // A date that moved: "~", what it is for as the code, "old ⇒ new" as the message.
            for d in c.difference.dates {
                let message = "\(DecisionDifference.date(d.old)) ⇒ \(DecisionDifference.date(d.new))"
                let cells = head + ["~", d.what, "", DecisionDifference.material(ofDate: d.what), message, "", "", ""]
                lines.append(cells.map(CSV.field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A self-contained page for people: counts per change and per matter, then each
    /// changed bundle with the findings the new rules add and remove, each with its rule.
    /// `linkPrefix` leads from the page's folder to the output folder (`../../`), so that
    /// each bundle links to its existing report.
    public func html(out: URL, linkPrefix: String) -> String {
        func esc(_ s: String) -> String { AuditHTML.escape(s) }
        var h = AuditHTML.head(title: "重新判定 Re-judging under catalog \(catalogVersion.prefix(12))")
        h += "<h1>重新判定 Re-judging under catalog <code>\(esc(String(catalogVersion.prefix(12))))</code></h1>\n"
        h += "<p>Output folder <code>\(esc(out.path))</code>; decisions made with catalog(s) "
        h += previousVersions.map { "<code>\(esc(String($0.prefix(12))))</code>" }.joined(separator: ", ")
        h += ". The existing reports were not touched.</p>\n"
        h += "<table><tr><th>Bundles</th><th>Unchanged</th><th>Would change</th><th>Not re-judged</th><th>Seconds</th></tr>"
        h +=
            "<tr><td>\(bundles)</td><td>\(unchanged)</td><td>\(changes.count)</td><td>\(skipped.count)</td><td>\(String(format: "%.1f", seconds))</td></tr></table>\n"
        h += "<h2>变化 Changes</h2><table><tr><th>Change</th><th>Bundles</th></tr>"
        for (k, v) in byChange.sorted(by: { $0.key < $1.key }) { h += "<tr><td>\(esc(k))</td><td>\(v)</td></tr>" }
        h += "</table>\n<h2>事项 Per matter</h2><table><tr><th>Matter</th><th>Bundles</th></tr>"
        for (k, v) in byMatter.sorted(by: { $0.key < $1.key }) { h += "<tr><td>\(esc(k))</td><td>\(v)</td></tr>" }
        h += "</table>\n<h2>明细 Each bundle</h2>\n"
        for c in changes {
            h +=
                "<section><h3>\(esc(c.application.isEmpty ? c.file : c.application)) · \(esc(c.matter)) \(esc(c.matterName))</h3>"
            h +=
                "<p><b>\(esc(c.difference.changeLabel))</b> — bundle <code>\(esc(String(c.sha256.prefix(12))))</code> (\(esc(c.file))), "
            h += "report <a href=\"\(esc(linkPrefix + c.report))\">\(esc(c.report))</a></p><ul>"
            for f in c.difference.removed { h += AuditHTML.finding("−", "removed", f) }
            for f in c.difference.added { h += AuditHTML.finding("+", "added", f) }
            for d in c.difference.dates {
                h +=
                    "<li>~ <b>\(esc(d.what))</b> \(esc(DecisionDifference.date(d.old))) ⇒ \(esc(DecisionDifference.date(d.new)))</li>"
            }
            h += "</ul></section>\n"
        }
        if !skipped.isEmpty {
            h += "<h2>未重新判定 Not re-judged</h2><ul>"
            for s in skipped { h += "<li><code>\(esc(String(s.sha256.prefix(12))))</code> \(esc(s.file)): \(esc(s.reason))</li>" }
            h += "</ul>\n"
        }
        return h + "</body></html>\n"
    }
}

/// The small shared HTML of the audit pages: the project's escaping (`Markup`) and page
/// shell (`HTMLPage`), with the audit pages' own few rules.
enum AuditHTML {
    static func escape(_ s: String) -> String { Markup.htmlAttribute(s) }

    static func head(title: String) -> String {
        HTMLPage.head(
            title: escape(title),
            css: """
                body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222;line-height:1.5}
                table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
                section{border-top:1px solid #ddd;margin-top:1rem}code{font-size:.9em;word-break:break-all}
                .added{color:#0a5}.removed{color:#b00}.quote{color:#555;font-size:.9em;border-left:3px solid #ccc;padding-left:.5rem;margin:.2rem 0}
                li{margin:.3rem 0}pre{white-space:pre-wrap;word-break:break-all}
                """)
    }

    static func finding(_ sign: String, _ cls: String, _ f: FindingSummary) -> String {
        var h = "<li class=\"\(cls)\">\(sign) <b>\(escape(f.code))</b> \(escape(f.message))"
        if !f.citation.isEmpty {
            h += "<br><small>依据 \(escape(f.title)) — \(escape(f.citation))</small>"
            if !f.quote.isEmpty { h += "<div class=\"quote\">\(escape(f.quote))</div>" }
        }
        return h + "</li>"
    }
}

extension Rejudge {
    /// Writes `rejudge.csv` and `rejudge.html` into `folder` (atomically); returns them.
    public static func write(_ result: Result, out: URL, into folder: URL) throws -> [URL] {
        try FileSystem.makeFolders(BytePath(folder))
        let outPath = out.standardizedFileURL.path
        let folderPath = folder.standardizedFileURL.path
        var prefix = outPath + "/"
        if folderPath.hasPrefix(outPath + "/") {
            let depth = folderPath.dropFirst(outPath.count + 1).split(separator: "/").count
            prefix = String(repeating: "../", count: depth)
        } else {
            prefix = "file://" + prefix
        }
        let csv = folder.appendingPathComponent("rejudge.csv")
        let html = folder.appendingPathComponent("rejudge.html")
        try AtomicWriter.write([
            (Array(result.csv.utf8), csv),
            (Array(result.html(out: out, linkPrefix: prefix).utf8), html),
        ])
        return [csv, html]
    }
}
