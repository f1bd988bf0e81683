import ArgumentParser
import Foundation
import IntakeAudit
import IntakeBundle
import IntakeCommandSupport
import IntakeDecision
import IntakeIO
import IntakeLedger
import IntakeModel
import IntakePipeline
import IntakeRendering

/// `intake audit …`: what auditors need to trust the output months later.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "For auditors: verify the sealed output, re-decide exactly, re-judge under new rules, find and sample.",
        subcommands: [
            AuditKeygenCommand.self, AuditVerifyCommand.self, AuditRecheckCommand.self, AuditRejudgeCommand.self,
            AuditFindCommand.self, AuditSampleCommand.self,
        ])
}

/// `intake audit keygen --out DIR`: an Ed25519 key pair for signing seals.
struct AuditKeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make an Ed25519 key pair for signing seals (intake run/serve --sign-key).",
        discussion: """
            Writes DIR/intake-seal.key (the private key, mode 0600: give it to `intake run --sign-key` \
            and `intake serve --sign-key`) and DIR/intake-seal.pub (the public key: give it to the \
            auditors, for `intake audit verify --public-key`). Refuses to overwrite a key.
            """)

    @Option(help: "The folder the two key files are written into.") var out: String

    func validate() throws { try BundleArgument.requireUTF8(out, option: "--out") }

    func run() throws {
        let folder = URL(fileURLWithPath: out)
        let privateFile = folder.appendingPathComponent("intake-seal.key")
        let publicFile = folder.appendingPathComponent("intake-seal.pub")
        for file in [privateFile, publicFile] where FileManager.default.fileExists(atPath: file.path) {
            Tooling.fail("\(file.path) exists: not overwriting a key")
        }
        let key = SigningKey()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // The private key is created 0600 from the start, never readable by others.
            let fd = open(privateFile.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw AuditError("cannot create \(privateFile.path): \(String(cString: strerror(errno)))") }
            let bytes = Array(key.privateKeyText.utf8)
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fsync(fd)
            close(fd)
            guard written == bytes.count else { throw AuditError("cannot write \(privateFile.path)") }
            try AtomicWriter.write(key.publicKey.text, to: publicFile)
        } catch {
            Tooling.fail("\(error)")
        }
        print("private key: \(privateFile.path) (keep it secret; intake run --sign-key)")
        print("public key:  \(publicFile.path) (for auditors; intake audit verify --public-key)")
    }
}

/// `intake audit verify OUT`: the chain, the reports and the ledger agree.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that every report under OUT is exactly as sealed, and the chain, ledger and catalogs agree.",
        discussion: """
            Walks OUT/seals (each seal names the SHA-256 of the one before), every file under \
            OUT/reports, the ledger and the archived catalogs, and names every report changed, removed \
            or added after it was sealed, every ledger row without its report and every report without \
            its row, a broken or reordered chain, and (with --public-key) every seal not signed by that \
            key.

            Exit status: 0 when everything holds, 1 when something does not, 2 when OUT cannot be read.
            """)

    @Argument(help: "The output folder of intake run or intake serve (--out / --data).") var out: String
    @Option(help: "The public key every seal must be signed by (intake-seal.pub).") var publicKey: String?
    @Flag(help: "One JSON object instead of text.") var json = false
    @OptionGroup var ledger: AuditLedgerOption

    func validate() throws { try BundleArgument.requireUTF8(out, option: "OUT") }

    func run() throws {
        let key: VerifyingKey?
        do {
            key = try publicKey.map { try VerifyingKey(file: URL(fileURLWithPath: $0)) }
        } catch {
            Tooling.fail("\(error)")
        }
        let verifier = AuditVerifier(
            out: URL(fileURLWithPath: out), publicKey: key, loader: Tooling.catalogLoader(), ledger: ledger.location())
        let result: AuditVerification
        do {
            result = try verifier.verify()
        } catch {
            Tooling.fail("\(error)")
        }
        if json {
            let w = JSONWriter()
            w.object {
                w.field("holds", result.holds)
                w.field("seals", Int64(result.seals))
                w.field("signedSeals", Int64(result.signedSeals))
                w.field("reportSets", Int64(result.reportSets))
                w.field("files", Int64(result.files))
                w.field("summaryFiles", Int64(result.summaries))
                w.field("catalogs", Int64(result.catalogs))
                w.key("problems")
                w.array(result.problems) { p in
                    w.object {
                        w.field("code", p.code)
                        w.field("severity", p.severity.rawValue)
                        w.field("path", p.path)
                        w.field("message", p.message)
                    }
                }
            }
            print(w.out)
        } else {
            for p in result.problems {
                print(
                    "\(p.severity == .error ? "ERROR" : "warning") \(p.code) \(TextEscaping.terminal(p.path)): \(TextEscaping.terminal(p.message))"
                )
            }
            let signed = key == nil ? "\(result.signedSeals) signed" : "\(result.signedSeals) signed by the given key"
            print(
                (result.holds ? "核验通过 verified" : "核验未通过 NOT verified")
                    + ": \(result.seals) seals (\(signed)), \(result.reportSets) report sets, \(result.files) files, "
                    + "\(result.summaries) run summary files, \(result.catalogs) catalogs; \(result.errors) errors, \(result.problems.count - result.errors) warnings"
            )
        }
        if !result.holds { throw ExitCode(1) }
    }
}

/// `intake audit recheck REPORT.json BUNDLE.zip`: the same decision again, exactly.
struct AuditRecheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recheck",
        abstract: "Decide a bundle again with the archived catalog of its report and compare, byte for byte.",
        discussion: """
            Loads the catalog version the report names from OUT/catalogs/<version>/ (OUT: --out, or the \
            output folder the report lies in), decides BUNDLE.zip with it and says whether the new JSON \
            report is byte-identical to REPORT.json. With --catalog, decides with those rules instead \
            and shows what they change (verdict, findings added and removed, with the rule each cites).

            Exit status: 0 identical, 1 different, 2 could not recheck.
            """)

    @Argument(help: "The JSON report (OUT/reports/…/NAME.json).") var report: String
    @Argument(help: "The bundle it was made for.") var bundle: String
    @Option(help: "The output folder holding catalogs/ (default: found above the report).") var out: String?
    @Option(help: "Decide with this pipeline definition instead of the archived catalog.") var catalog: String?
    @Option(help: "Also write the new JSON report here.") var write: String?

    func run() throws {
        let path = BundleArgument.regularFile(bundle, command: "audit recheck")
        let recheck = Recheck(loader: Tooling.catalogLoader(), parser: Tooling.manifestParser())
        let outcome: Recheck.Outcome
        do {
            outcome = try recheck.run(
                report: URL(fileURLWithPath: report), bundle: path,
                out: out.map { URL(fileURLWithPath: $0) }, catalog: catalog.map { URL(fileURLWithPath: $0) })
        } catch {
            Tooling.fail("\(error)")
        }
        if let write {
            do {
                try AtomicWriter.write(outcome.json, to: URL(fileURLWithPath: write))
            } catch {
                Tooling.fail("cannot write \(write): \(error)")
            }
        }
        let rules =
            catalog == nil
            ? "the archived catalog \(outcome.catalogVersion.prefix(12))"
            : "catalog \(outcome.catalogVersion.prefix(12)) (\(catalog!))"
        if !outcome.sameBundle {
            print("注意 note: this bundle is not the one the report was made for (another SHA-256)")
        }
        if outcome.identical {
            print("一致 identical: decided again with \(rules), the JSON report is byte-for-byte \(report)")
            return
        }
        print("不一致 different: decided again with \(rules):")
        for line in outcome.difference.lines { print(TextEscaping.terminal(line)) }
        if outcome.difference.isEmpty {
            print("  (same verdict and findings; other bytes: field order, wording or a program change)")
        }
        if let other = outcome.otherGenerator {
            print("  the report was written by intake \(other); this is intake \(IntakeVersion.number)")
        }
        throw ExitCode(1)
    }
}

/// `intake audit rejudge OUT --catalog PIPELINE`: which past decisions new rules change.
struct AuditRejudgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rejudge",
        abstract: "Decide every bundle of the ledger again under other rules; list what would change, and why.",
        discussion: """
            Every bundle the ledger under OUT holds a current decision for is found (where it was found \
            or moved, or under --bundles by its path relative to the inbox) and decided with --catalog, \
            in parallel; the existing reports are not touched. Writes rejudge.csv (one row per finding \
            added or removed) and rejudge.html (counts per change and per matter, each changed bundle \
            with the rules that make the difference and their seed text) into --into (default \
            OUT/audit/rejudge-<catalog version>/).

            Exit status: 0 when every bundle was re-judged, 1 when some could not be (listed), 2 when \
            OUT or the catalog cannot be read.
            """)

    @Argument(help: "The output folder of intake run or intake serve.") var out: String
    @Option(help: "The pipeline definition of the new rules.") var catalog: String
    @Option(help: "A folder holding the bundles by their path relative to the inbox (when they were moved away).")
    var bundles: String?
    @Option(help: "Where rejudge.csv and rejudge.html go (default OUT/audit/rejudge-<version>/).") var into: String?
    @Option(help: "Bundles decided at the same time (default: one per core).") var jobs: Int?
    @OptionGroup var ledger: AuditLedgerOption

    func validate() throws {
        for (value, option) in [(out, "OUT"), (bundles, "--bundles"), (into, "--into")] {
            try BundleArgument.requireUTF8(value, option: option)
        }
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let outURL = URL(fileURLWithPath: out)
        let checker = Tooling.checker(pipeline: catalog)
        let rejudge = Rejudge(
            out: outURL, checker: checker, bundles: bundles.map { URL(fileURLWithPath: $0) },
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, ledger: ledger.location())
        let result: Rejudge.Result
        do {
            result = try rejudge.run()
        } catch {
            Tooling.fail("\(error)")
        }
        let folder =
            into.map { URL(fileURLWithPath: $0) }
            ?? outURL.appendingPathComponent("audit/rejudge-\(checker.catalogVersion.prefix(12))")
        let written: [URL]
        do {
            written = try Rejudge.write(result, out: outURL, into: folder)
        } catch {
            Tooling.fail("cannot write the rejudge report into \(folder.path): \(error)")
        }
        for (change, n) in result.byChange.sorted(by: { $0.key < $1.key }) { print("  \(n)\t\(change)") }
        for s in result.skipped { print("  not re-judged: \(TextEscaping.terminal(s.file)): \(s.reason)") }
        print(
            "重新判定 re-judged \(result.bundles - result.skipped.count) of \(result.bundles) bundles under catalog "
                + "\(checker.catalogVersion.prefix(12)) in \(String(format: "%.1f", result.seconds)) s: "
                + "\(result.changes.count) would change, \(result.unchanged) unchanged, \(result.skipped.count) not re-judged; "
                + written.map(\.path).joined(separator: ", "))
        if !result.skipped.isEmpty { throw ExitCode(1) }
    }
}

/// `intake audit find OUT [filters]`: decisions from the ledger.
struct AuditFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "List decisions by application id, matter, verdict, finding code and date (from the ledger).",
        discussion: """
            Dates are decision dates in China Standard Time (YYYY-MM-DD, both ends included).

            Decisions a later file under the same name superseded are left out unless \
            --include-superseded.

            Prints a table, or with --json one JSON array.

            Exit status: 0 when something was found, 1 when nothing was, 2 on errors.
            """)

    @Argument(help: "The output folder of intake run or intake serve.") var out: String
    @Option(help: "The application id.") var application: String?
    @Option(help: "The matter code (RS-007).") var matter: String?
    @Option(help: "accepted, accepted-deferred, returned, refused or invalid.") var verdict: Verdict?
    @Option(help: "A finding code the decision has (material-missing).") var code: String?
    @Option(help: "Decided on or after this date (YYYY-MM-DD).") var from: String?
    @Option(help: "Decided on or before this date (YYYY-MM-DD).") var to: String?
    @Flag(help: "Also decisions a later file under the same name replaced.") var includeSuperseded = false
    @Flag(help: "One JSON array instead of a table.") var json = false
    @OptionGroup var ledger: AuditLedgerOption

    func validate() throws {
        try BundleArgument.requireUTF8(out, option: "OUT")
        for (flag, value) in [("--from", from), ("--to", to)] {
            if let value, CalendarDate(value) == nil { throw ValidationError("\(flag) must be a date YYYY-MM-DD") }
        }
    }

    func run() throws {
        var filter = DecisionFilter()
        filter.application = application
        // Codes are upper case (RS-007): rs-007 is the same matter (round 58, tester t: it found nothing).
        filter.matter = matter?.uppercased()
        filter.verdict = verdict?.rawValue
        filter.findingCode = code
        filter.from = from
        filter.to = to
        filter.includeSuperseded = includeSuperseded
        let rows: [DecisionRow]
        do {
            rows = try AuditFind.decisions(out: URL(fileURLWithPath: out), ledger: ledger.location(), filter)
        } catch {
            Tooling.fail("\(error)")
        }
        if json {
            let w = JSONWriter()
            w.array(rows) { r in
                w.object {
                    w.field("sha256", r.sha256)
                    w.field("decidedAt", r.decidedAt)
                    w.field("verdict", r.verdict)
                    w.field("matter", r.matter)
                    w.field("matterName", r.matterName)
                    w.field("application", r.application)
                    w.field("submitted", r.submitted)
                    w.field("file", r.file)
                    w.field("catalogVersion", r.catalogVersion)
                    w.field("channel", r.channel)
                    w.field("host", r.host)
                    w.key("reports")
                    w.array(r.reports.files) { w.value($0) }
                    w.key("findings")
                    w.array(r.findings) { w.value($0) }
                    if let s = r.supersededBy { w.field("supersededBy", s) }
                }
            }
            print(w.out)
        } else {
            print(["decided (UTC)", "verdict", "matter", "application", "findings", "report"].joined(separator: "\t"))
            for r in rows {
                let cells = [
                    r.decidedAt, r.verdict, r.matter, r.application, r.findings.joined(separator: " "),
                    "\(r.reports.dir)/\(r.reports.base).html",
                ]
                print(cells.map(TextEscaping.terminal).joined(separator: "\t"))
            }
            FileHandle.standardError.write(Data("\(rows.count) decision(s)\n".utf8))
        }
        if rows.isEmpty { throw ExitCode(1) }
    }
}

/// `intake audit sample OUT --n 50 --seed S`: a reproducible sample and its review packet.
struct AuditSampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw a reproducible stratified sample of decisions and write an HTML review packet.",
        discussion: """
            The same OUT, --n, --seed and --by always draw the same decisions. The packet (one \
            self-contained HTML file, default OUT/audit/sample-<seed>.html) holds, for each decision, \
            its evidence trail (every document with type, size, hash and defects), each finding with a \
            tick box, and the seed text around every cited rule, from the archived catalog that decided. \
            --redact masks resident id numbers and the names in the bundles' manifests, as copies that \
            leave the office require.
            """)

    @Argument(help: "The output folder of intake run or intake serve.") var out: String
    @Option(help: "How many decisions.") var n: Int
    @Option(help: "The seed (any text): the same seed draws the same sample.") var seed: String
    @Option(help: "Stratify by verdict or matter (proportional shares, at least one each when n allows).")
    var by: Sampler.Strata = .none
    @Flag(help: "Mask resident id numbers and names.") var redact = false
    @Option(help: "The packet's file (default OUT/audit/sample-<seed>.html).") var into: String?
    @OptionGroup var ledger: AuditLedgerOption

    func validate() throws {
        try BundleArgument.requireUTF8(out, option: "OUT")
        try BundleArgument.requireUTF8(into, option: "--into")
        if n < 1 { throw ValidationError("--n must be at least 1") }
    }

    func run() throws {
        let outURL = URL(fileURLWithPath: out)
        let sampler = Sampler(out: outURL, n: n, seed: seed, by: by, ledger: ledger.location())
        let population: [DecisionRow]
        do {
            population = try sampler.population()
        } catch {
            Tooling.fail("\(error)")
        }
        let sample = sampler.draw(from: population)
        let inspector = redact ? Tooling.inspector() : nil
        let packet = ReviewPacket(out: outURL, sampler: sampler, redact: redact, inspector: inspector)
        let safeSeed = String(
            seed.unicodeScalars.map { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") ? Character($0) : "_" }
        )
        let file = into.map { URL(fileURLWithPath: $0) } ?? outURL.appendingPathComponent("audit/sample-\(safeSeed).html")
        do {
            try FileSystem.makeFolders(BytePath(file.deletingLastPathComponent()))
            try AtomicWriter.write(packet.render(sample: sample, population: population.count), to: file)
        } catch {
            Tooling.fail("cannot write the packet \(file.path): \(error)")
        }
        var strata: [String: Int] = [:]
        for r in sample { strata[by == .matter ? r.matter : r.verdict, default: 0] += 1 }
        print(
            "抽样 sampled \(sample.count) of \(population.count) decisions (seed \(TextEscaping.terminal(seed))"
                + (by == .none ? "" : ", by \(by.rawValue)") + (redact ? ", redacted" : "") + "): \(file.path)")
        for (k, v) in strata.sorted(by: { $0.key < $1.key }) { print("  \(v)\t\(k)") }
    }
}

extension Sampler.Strata: ExpressibleByArgument {}
// A verdict outside the five is a usage error (exit 2), not a search that finds nothing.
extension Verdict: ExpressibleByArgument {}
