import Crypto
public import Foundation
import IntakeBundle
public import IntakeEvidence
import IntakeIO
public import IntakeLedger
import IntakeManifest
import IntakeModel
import IntakePipeline

/// `intake audit sample OUT --n 50 --seed S [--by verdict|matter]`: a reproducible
/// stratified sample of the current decisions and a self-contained HTML review packet.
public struct Sampler: Sendable {
    public enum Strata: String, Sendable, CaseIterable {
        case none, verdict, matter
    }

    public let out: URL
    public let n: Int
    public let seed: String
    public let by: Strata

    /// The ledger; nil: `OUT/ledger.sqlite`.
    public let ledger: LedgerLocation?

    public init(out: URL, n: Int, seed: String, by: Strata, ledger: LedgerLocation? = nil) {
        self.out = out.standardizedFileURL
        self.n = max(0, n)
        self.seed = seed
        self.by = by
        self.ledger = ledger
    }

    /// The decisions the sample draws from, every current one, read from the ledger.
    public func population() throws(AuditError) -> [DecisionRow] {
        try AuditLedger.read(out: out, ledger) { try $0.findDecisions(DecisionFilter()) }
    }

    /// The sample: the same population, `n`, seed and strata always give the same
    /// decisions. Each stratum gets its proportional share (largest remainders; at least
    /// one each when `n` allows), drawn by a seeded shuffle of the stratum ordered by
    /// bundle SHA-256. Ordered by stratum, then bundle.
    public func draw(from population: [DecisionRow]) -> [DecisionRow] {
        let groups = Dictionary(grouping: population) { row -> String in
            switch by {
            case .none: ""
            case .verdict: row.verdict
            case .matter: row.matter
            }
        }
        let keys = groups.keys.sorted()
        let total = population.count
        guard total > 0, n > 0 else { return [] }
        let wanted = min(n, total)
        // Proportional shares, at least one per stratum when there is room for all.
        var shares: [String: Int] = [:]
        var remainders: [(String, Double)] = []
        let floorOne = wanted >= keys.count
        for k in keys {
            let exact = Double(wanted) * Double(groups[k]!.count) / Double(total)
            var share = Int(exact.rounded(.down))
            if floorOne { share = max(share, 1) }
            shares[k] = min(share, groups[k]!.count)
            // What is left of its exact share once given its share: a stratum lifted to one has none (round 58, tester t:
            // 30 of 308 lifted to one kept its 0.97 and got a second before 60 of 308 got its 1.95's second).
            remainders.append((k, exact - Double(share)))
        }
        var left = wanted - shares.values.reduce(0, +)
        for (k, _) in remainders.sorted(by: { ($0.1, $1.0) > ($1.1, $0.0) }) where left > 0 && shares[k]! < groups[k]!.count {
            shares[k]! += 1
            left -= 1
        }
        // Over-allocation (a floor of one per stratum): take back from the largest shares.
        while left < 0, let k = keys.filter({ shares[$0]! > 1 }).max(by: { shares[$0]! < shares[$1]! }) {
            shares[k]! -= 1
            left += 1
        }
        var picked: [DecisionRow] = []
        for k in keys {
            var rows = groups[k]!.sorted { $0.sha256 < $1.sha256 }
            var rng = SeededGenerator(seed: "\(seed)\u{0}\(by.rawValue)\u{0}\(k)")
            // Partial Fisher–Yates: the first `share` places.
            let share = shares[k]!
            for i in 0..<share {
                let j = i + Int(rng.next() % UInt64(rows.count - i))
                rows.swapAt(i, j)
            }
            picked += rows.prefix(share).sorted { $0.sha256 < $1.sha256 }
        }
        return picked
    }
}

/// SplitMix64 seeded from SHA-256 of the seed text: the same seed gives the same draw on
/// every machine and every version (Swift's own generator promises neither).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: String) {
        let digest = Array(SHA256.hash(data: Array(seed.utf8)))
        state = digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Masks personal information in text that leaves the office (个人信息保护法): resident
/// id numbers (18 or 15 digits) keep their first 6 and last 4 characters; the names
/// given keep their first character.
public struct Redactor: Sendable {
    public let names: [String]
    public let enabled: Bool

    public init(names: [String], enabled: Bool) {
        // A name written with a space in the manifest (欧阳 娜娜) is masked as it is written elsewhere too, without it (a file
        // name "欧阳娜娜.jpg" stayed readable: round 56, tester t).
        let forms = names.flatMap { [$0, $0.filter { !$0.isWhitespace }] }
        self.names = Array(Set(forms.filter { $0.count >= 2 })).sorted { $0.count > $1.count }
        self.enabled = enabled
    }

    public func apply(_ text: String) -> String {
        guard enabled else { return text }
        var out = Self.maskIDNumbers(text)
        for name in names {
            let masked = String(name.prefix(1)) + String(repeating: "*", count: name.count - 1)
            out = out.replacingOccurrences(of: name, with: masked)
        }
        return out
    }

    /// Runs of 15 digits, or 17 digits and a digit or X, standing alone: not part of a
    /// longer word of ASCII letters and digits (a SHA-256 in hex keeps its digits).
    static func maskIDNumbers(_ text: String) -> String {
        let chars = Array(text)
        func word(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i].isASCII, chars[i].isNumber, i == 0 || !word(chars[i - 1]) {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                var end = j
                if j - i == 17, j < chars.count, chars[j] == "X" || chars[j] == "x" { end = j + 1 }
                let length = end - i
                let alone = end == chars.count || !word(chars[end])
                if alone && (length == 18 || length == 15) {
                    out +=
                        String(chars[i..<(i + 6)]) + String(repeating: "*", count: length - 10) + String(chars[(end - 4)..<end])
                } else {
                    out += String(chars[i..<end])
                }
                i = end
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }
}

/// The review packet: one self-contained HTML page.
public struct ReviewPacket: Sendable {
    public let out: URL
    public let sampler: Sampler
    public let redact: Bool
    /// Reads names from the bundles' manifests for `--redact` (nil: only id numbers masked).
    public let inspector: Inspector?

    public init(out: URL, sampler: Sampler, redact: Bool, inspector: Inspector?) {
        self.out = out.standardizedFileURL
        self.sampler = sampler
        self.redact = redact
        self.inspector = inspector
    }

    public func render(sample: [DecisionRow], population: Int) -> String {
        func esc(_ s: String) -> String { AuditHTML.escape(s) }
        var h = AuditHTML.head(title: "抽样复核 Review packet (seed \(sampler.seed))")
        h += "<h1>抽样复核 Review packet</h1>\n"
        h += "<p>\(sample.count) of \(population) current decisions in <code>\(esc(out.path))</code>, drawn with seed "
        h += "<code>\(esc(sampler.seed))</code>" + (sampler.by == .none ? "" : ", stratified by \(sampler.by.rawValue)")
        h += " (<code>intake audit sample OUT --n \(sampler.n) --seed \(esc(sampler.seed))"
        h +=
            (sampler.by == .none ? "" : " --by \(sampler.by.rawValue)") + (redact ? " --redact" : "")
            + "</code> draws the same). "
        h += redact ? "Resident id numbers and names are masked (个人信息已脱敏)." : "Not redacted: for use inside the office only."
        h += "</p>\n<table><tr><th>#</th><th>Verdict</th><th>Matter</th><th>Application</th><th>Decided</th></tr>"
        for (i, row) in sample.enumerated() {
            h += "<tr><td><a href=\"#d\(i + 1)\">\(i + 1)</a></td><td>\(esc(row.verdict))</td><td>\(esc(row.matter))</td>"
            h += "<td>\(esc(row.application))</td><td>\(esc(row.decidedAt))</td></tr>"
        }
        h += "</table>\n"
        // The ledger gives each bundle's names (where to read its manifest for --redact).
        let ledger = redact ? try? AuditLedger.read(out: out, sampler.ledger) { $0 } : nil
        for (i, row) in sample.enumerated() { h += section(i + 1, row, ledger: ledger) }
        return h + "</body></html>\n"
    }

    private func section(_ number: Int, _ row: DecisionRow, ledger: SQLLedger?) -> String {
        let found = redact ? names(of: row, ledger: ledger) : []
        let redactor = Redactor(names: found, enabled: redact)
        func esc(_ s: String) -> String { AuditHTML.escape(redactor.apply(s)) }
        let path = "\(row.reports.dir)/\(row.reports.base).json"
        let data = try? Data(contentsOf: out.appendingPathComponent(path))
        let parsed = data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        // A report file that is not the one written (edited, replaced, removed) says nothing of the decision: its findings
        // are not shown as the decision's (round 63, tester g: an edited report's forged message was listed under the
        // ledger's verdict, beside the seed line it contradicted, to be ticked as checked).
        let digest = data.map { Hex.string(SHA256.hash(data: $0)) }
        let notWritten: String? =
            data == nil || parsed == nil
            ? "cannot be read (removed or damaged)"
            : (parsed?["verdict"] as? String).map { $0 != row.verdict } == true
                ? "says \(parsed?["verdict"] as? String ?? ""), the ledger recorded \(row.verdict)"
                : row.jsonSHA256.flatMap {
                    $0 == digest ? nil : "is not the file written: SHA-256 \(digest ?? "") (written \($0))"
                }
        let missing = ["xml", "html"].filter {
            !FileManager.default.fileExists(
                atPath: out.appendingPathComponent("\(row.reports.dir)/\(row.reports.base).\($0)").path)
        }
        let report = notWritten == nil ? parsed ?? [:] : [:]
        var h = "<section id=\"d\(number)\"><h2>\(number). \(esc(row.application.isEmpty ? row.file : row.application)) — "
        h += "\(esc(row.verdict))</h2>\n<p>\(esc(row.matter)) \(esc(row.matterName)) · submitted \(esc(row.submitted)) · "
        h +=
            "decided \(esc(row.decidedAt)) (\(esc(row.channel))) · catalog <code>\(esc(String(row.catalogVersion.prefix(12))))</code><br>"
        h += "bundle <code>\(esc(row.sha256))</code> (\(esc(row.file))) · report <code>\(esc(path))</code></p>\n"
        if redact && found.isEmpty {
            h += "<p class=\"removed\"><b>注意</b> The bundle could not be read (moved or purged): resident id numbers are masked, "
            h +=
                "but the applicant's name is not known here and is <b>not</b> masked if a file name or message contains it.</p>\n"
        }
        if let notWritten {
            h += "<p class=\"removed\"><b>报告已改动 Report changed</b> The report file \(esc(path)) \(esc(notWritten)). "
            h += "Its evidence and findings are not shown: they are not the decision's. Run <code>intake audit verify</code>; "
            h += "the sealed copy is the one to review.</p>\n"
        }
        if !missing.isEmpty {
            h += "<p class=\"removed\"><b>报告缺失 Report missing</b> The report set has no "
            h += missing.map { "<code>.\($0)</code>" }.joined(separator: ", ") + " file any more.</p>\n"
        }
        // The evidence trail: every document as read, with its hash and what was wrong.
        h +=
            "<h3>证据 Evidence</h3><table><tr><th>Document</th><th>Material</th><th>Type</th><th>Bytes</th><th>SHA-256</th><th>Defects</th></tr>"
        for d in report["documents"] as? [[String: Any]] ?? [] {
            let defects = (d["defects"] as? [Any] ?? []).map { "\($0)" }.joined(separator: "; ")
            h += "<tr><td>\(esc(d["path"] as? String ?? ""))</td><td>\(esc(d["material"] as? String ?? ""))</td>"
            h += "<td>\(esc(d["type"] as? String ?? ""))</td><td>\((d["size"] as? NSNumber)?.stringValue ?? "")</td>"
            h += "<td><code>\(esc(String((d["sha256"] as? String ?? "").prefix(16))))…</code></td><td>\(esc(defects))</td></tr>"
        }
        h += "</table>\n<h3>问题 Findings — tick each once checked</h3><ul>"
        let findings = report["findings"] as? [[String: Any]] ?? []
        if findings.isEmpty { h += "<li>none</li>" }
        for (j, f) in findings.enumerated() {
            let id = "d\(number)f\(j + 1)"
            h += "<li><input type=\"checkbox\" id=\"\(id)\"> <label for=\"\(id)\"><b>\(esc(f["code"] as? String ?? ""))</b> "
            h += "(\(esc(f["severity"] as? String ?? ""))) \(esc(f["message"] as? String ?? ""))</label>"
            if let detail = f["detail"] as? String, !detail.isEmpty { h += "<br><small>\(esc(detail))</small>" }
            h += rule(f["source"] as? [String: Any], version: row.catalogVersion, redactor: redactor)
            h += "</li>"
        }
        h += "</ul>\n<h3>规则 Rules applied</h3><ul>"
        for r in report["rules"] as? [[String: Any]] ?? [] {
            h +=
                "<li>\(esc(r["kind"] as? String ?? "")): \(esc(r["text"] as? String ?? "")) → \(esc(r["outcome"] as? String ?? ""))"
            h += rule(r["source"] as? [String: Any], version: row.catalogVersion, redactor: redactor) + "</li>"
        }
        h += "</ul><p>复核意见 Reviewer's notes: <input type=\"checkbox\"> decision confirmed</p></section>\n"
        return h
    }

    /// A rule's citation and the seed text around its line, from the archived catalog of
    /// the version that decided (the quote alone when there is no archive).
    private func rule(_ source: [String: Any]?, version: String, redactor: Redactor) -> String {
        guard let source, let document = source["document"] as? String, !document.isEmpty else { return "" }
        func esc(_ s: String) -> String { AuditHTML.escape(redactor.apply(s)) }
        let line = (source["line"] as? NSNumber)?.intValue ?? 0
        var h = "<br><small>依据 \(esc(source["title"] as? String ?? "")) — \(esc(CatalogArchive.path(of: document))) "
        h += "\(esc(source["item"] as? String ?? ""))" + (line > 0 ? ", line \(line)" : "") + "</small>"
        let seed = CatalogArchive.directory(out: out, version: version).appendingPathComponent(
            CatalogArchive.path(of: document))
        if line > 0, let text = try? String(contentsOf: seed, encoding: .utf8) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let range = max(0, line - 2)..<min(lines.count, line + 2)
            if !range.isEmpty {
                // Each line escaped on its own: the escape shows a line feed as `\n`, and these are the page's lines.
                // Tabs as spaces: the escape shows a tab as `\t`, and the guides' lines are indented with them.
                let excerpt = range.map {
                    esc(
                        "\($0 + 1)  \(lines[$0].hasSuffix("\r") ? lines[$0].dropLast() : lines[$0])".replacingOccurrences(
                            of: "\t", with: "    "))
                }.joined(separator: "\n")
                return h + "<pre class=\"quote\">\(excerpt)</pre>"
            }
        }
        if let quote = source["quote"] as? String, !quote.isEmpty { h += "<div class=\"quote\">\(esc(quote))</div>" }
        return h
    }

    /// The applicant's and agent's names and id numbers, from the bundle's manifest when
    /// it can still be found.
    private func names(of row: DecisionRow, ledger: SQLLedger?) -> [String] {
        guard let inspector, let ledger, let names = try? ledger.names(of: row.sha256) else { return [] }
        for name in names {
            let path = name.movedTo ?? name.path
            guard FileSystem.exists(path) else { continue }
            let (inspection, _) = inspector.inspect(path)
            // A name may hold other bytes now (a later application under the same path):
            // only the bundle this decision was made on tells whose names to mask.
            guard inspection.bundleSHA256 == row.sha256, let m = inspection.manifest else { continue }
            return [m.applicant.name, m.applicant.idNumber] + (m.agent.map { [$0.name, $0.idNumber] } ?? [])
        }
        return []
    }
}
