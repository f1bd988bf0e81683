import Crypto
import Dispatch
public import Foundation
import IntakeBundle
public import IntakeCatalog
import IntakeIO
public import IntakeLedger
import IntakeModel
import IntakeRendering
import Synchronization

/// One thing `audit verify` found wrong (or, as a warning, worth knowing).
public struct AuditProblem: Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable { case error, warning }
    /// `report-changed`, `report-removed`, `report-added`, `report-unsealed`,
    /// `report-without-ledger-row`, `ledger-row-without-report`, `seal-changed`,
    /// `seal-removed`, `seal-added`, `chain-broken`, `seal-unsigned`, `signature-invalid`,
    /// `signature-untrusted`, `catalog-changed`, `catalog-missing`, `index-changed`, `index-removed`, `index-added`,
    /// `temporary-file`,
    /// `ledger-changed`, `summary-changed`, `summary-removed`, `summary-added`, `signature-removed`,
    /// `unexpected-file`.
    public var code: String
    public var severity: Severity
    /// The file concerned, relative to the output folder.
    public var path: String
    public var message: String

    public static func < (a: AuditProblem, b: AuditProblem) -> Bool {
        (a.severity == .error ? 0 : 1, a.code, a.path) < (b.severity == .error ? 0 : 1, b.code, b.path)
    }
}

/// What `audit verify` checked and found.
public struct AuditVerification: Sendable {
    public var problems: [AuditProblem] = []
    public var seals = 0
    public var signedSeals = 0
    /// Report sets the chain covers (the latest entry per bundle).
    public var reportSets = 0
    /// Report files read and hashed.
    public var files = 0
    /// Run summary files read and hashed.
    public var summaries = 0
    public var catalogs = 0
    public var errors: Int { problems.filter { $0.severity == .error }.count }
    /// Exit 0 only when this holds.
    public var holds: Bool { errors == 0 }
}

/// `intake audit verify OUT`: walks the seal chain, the report files and the ledger, and
/// names every report changed, removed or added after it was sealed, every ledger row
/// without its report and every report without its row, and a broken, reordered or
/// unsigned chain. Reads only.
public struct AuditVerifier: Sendable {
    public let out: URL
    /// The trusted public key: every seal must carry a valid signature by it.
    public let publicKey: VerifyingKey?
    /// Loads archived catalogs to check they still give their version; nil: not checked.
    public let loader: CatalogLoader?

    /// The ledger; nil: `OUT/ledger.sqlite`.
    public let ledger: LedgerLocation?

    public init(out: URL, publicKey: VerifyingKey?, loader: CatalogLoader?, ledger: LedgerLocation? = nil) {
        self.out = out.standardizedFileURL
        self.publicKey = publicKey
        self.loader = loader
        self.ledger = ledger
    }

    /// What the ledger's row of `run` says otherwise than its summary JSON's `run` object (status, decided, catalog version,
    /// start and end, inbox), as "field: ledger X, summary Y".
    static func runRowDiffers(_ run: RunRecord, summary: URL) -> [String] {
        guard let data = try? Data(contentsOf: summary),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let written = object["run"] as? [String: Any]
        else { return [] }
        var out: [String] = []
        func compare(_ field: String, _ ledger: String, _ value: Any?) {
            let said: String? =
                switch value {
                case let s as String: s
                case let n as NSNumber: n.stringValue
                default: nil
                }
            if let said, said != ledger { out.append("\(field): ledger \(ledger), summary \(said)") }
        }
        compare("status", run.status, written["status"])
        compare("decided", String(run.decided), written["decided"])
        compare("catalogVersion", run.catalogVersion, written["catalogVersion"])
        // The summary gives the times to the second, the ledger to the millisecond.
        func second(_ value: Any?) -> Any? { (value as? String).map { String($0.prefix(19)) } }
        compare("started", String(run.started.prefix(19)), second(written["started"]))
        // A run whose process died has no end of its own: its summary gives when the next run closed it, which is
        // the ledger's end of it (round 52, tester d: every folder resumed after a kill -9 failed the check).
        let died = written["processDied"] as? Bool == true
        compare("finished", String(run.finished.prefix(19)), second(died ? written["closed"] : written["finished"]))
        compare("inbox", run.inbox, written["inbox"])
        return out
    }

    public func verify() throws(AuditError) -> AuditVerification {
        let (sealRows, rows, runs, index, names) = try AuditLedger.read(out: out, ledger) { ledger in
            let rows = try ledger.reportSets()
            // The paths of the bundles a supersession names, the one superseded and the one after it.
            var names: [String: Set<BytePath>] = [:]
            for row in rows {
                guard let by = row.decision.supersededBy else { continue }
                for sha in [row.sha256, by] where names[sha] == nil {
                    names[sha] = Set(try ledger.names(of: sha).map(\.path))
                }
            }
            return (
                try ledger.seals(), rows, try ledger.runs(channel: .batch) + ledger.runs(channel: .online),
                try ledger.indexFiles(), names
            )
        }
        var result = AuditVerification()
        func problem(_ code: String, _ path: String, _ message: String, _ severity: AuditProblem.Severity = .error) {
            result.problems.append(AuditProblem(code: code, severity: severity, path: path, message: message))
        }

        // 1. The chain: the ledger's seals and the seal files, each linked to the one before.
        let zero = String(repeating: "0", count: 64)
        var expected: [String: SealedEntry] = [:]  // by bundle SHA-256: the latest sealed entry
        var sealedBy: [String: Int64] = [:]  // by bundle SHA-256: the seal of that entry
        var previousDigest = zero
        var fileDigests: [Int64: String] = [:]
        var listedFiles = Set<String>()
        // Seals whose file is gone or is not what was sealed: the report sets they covered are
        // checked against the ledger's record of them (its report paths and hashes), so that an
        // edited or deleted seal is named once, as such, and not again as every report it
        // lists changed, added or rowless (round 41, tester z: a seal edited alone also gave
        // `report-changed`). A seal whose signature verifies is the original whatever the
        // ledger's digest says: its own entries stand.
        var fromLedger = Set<Int64>()
        for (index, row) in sealRows.enumerated() {
            result.seals += 1
            listedFiles.insert(row.file)
            let expectedSeq = Int64(index + 1)
            if row.seq != expectedSeq {
                problem("chain-broken", row.file, "the ledger's seal \(row.seq) comes where seal \(expectedSeq) should")
            }
            if row.previous != previousDigest {
                problem("chain-broken", row.file, "the ledger's seal \(row.seq) does not follow seal \(row.seq - 1)")
            }
            previousDigest = row.digest
            guard let bytes = try? [UInt8](Data(contentsOf: out.appendingPathComponent(row.file))) else {
                problem(
                    "seal-removed", row.file,
                    "seal \(row.seq) recorded in the ledger is missing; the report sets it covered are checked against the ledger's record alone"
                )
                fromLedger.insert(row.seq)
                continue
            }
            let digest = Hex.string(SHA256.hash(data: bytes))
            fileDigests[row.seq] = digest
            let (signatureProblem, signed) = checkSignature(row: row, bytes: bytes)
            let parsed = SealDocument(bytes)
            // A genuine seal under another seal's name (two seal files swapped) is not this seal: its signature says nothing
            // of the ledger's digest (round 50, tester d: the ledger was blamed).
            let elsewhere = parsed.flatMap { $0.seq != row.seq ? $0.seq : nil }
            let original = elsewhere == nil && (digest == row.digest || (signed && publicKey != nil))
            if digest != row.digest {
                let sealedAs = sealRows.first { $0.digest == digest && $0.seq != row.seq }
                let why: String
                if let elsewhere {
                    why =
                        "; the file holds seal \(elsewhere)"
                        + (sealedAs.map { " as sealed (the ledger's seal \($0.seq), \($0.file))" } ?? "")
                        + ": the seal files were swapped or renamed; the report sets it covered are checked against the ledger's record alone"
                } else if original {
                    why = "; its signature by the trusted key verifies: the ledger's digest is what changed"
                } else {
                    why = "; the report sets it covered are checked against the ledger's record alone"
                }
                problem(
                    "seal-changed", row.file,
                    "seal \(row.seq) differs from what was sealed (SHA-256 \(digest), ledger \(row.digest))" + why)
            }
            guard let seal = parsed else {
                problem("seal-changed", row.file, "seal \(row.seq) is not a readable seal")
                fromLedger.insert(row.seq)
                continue
            }
            if seal.seq != row.seq {
                problem("chain-broken", row.file, "the file of seal \(row.seq) says it is seal \(seal.seq) (reordered?)")
            }
            let linkedTo = index == 0 ? zero : fileDigests[row.seq - 1] ?? sealRows[index - 1].digest
            if seal.previous != linkedTo {
                problem("chain-broken", row.file, "seal \(row.seq) does not name the previous seal's digest")
            }
            if let signatureProblem { result.problems.append(signatureProblem) }
            if signed { result.signedSeals += 1 }
            if !original {
                fromLedger.insert(row.seq)
                continue
            }
            for e in seal.entries {
                expected[e.bundle] = e
                sealedBy[e.bundle] = row.seq
            }
        }
        // The ledger's report sets of those seals (rows from before report hashes were kept,
        // schema 9, have none to check against and are left to the checks below).
        for row in rows {
            guard let seq = row.seal, fromLedger.contains(seq), !row.hashes.isEmpty,
                row.hashes.allSatisfy({ !$0.isEmpty }), row.hashes.count == row.reports.files.count
            else { continue }
            expected[row.sha256] = SealedEntry(
                bundle: row.sha256, catalogVersion: row.catalogVersion,
                reports: Array(zip(row.reports.files, row.hashes)).map { (path: $0.0, sha256: $0.1) })
            sealedBy[row.sha256] = seq
        }
        // Seal files the ledger does not list.
        let sealFolder = out.appendingPathComponent(Sealer.folder)
        let decided = Set(rows.map(\.sha256))
        // The report files seals the ledger does not list name, by the seal's file (said of them below).
        var listedByUnrecorded: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: sealFolder.path)) ?? []
        where name.hasSuffix(".json") {
            let file = "\(Sealer.folder)/\(name)"
            guard !listedFiles.contains(file) else { continue }
            let seal = (try? [UInt8](Data(contentsOf: sealFolder.appendingPathComponent(name)))).flatMap(SealDocument.init)
            for e in seal?.entries ?? [] { for r in e.reports { listedByUnrecorded[r.path] = file } }
            // A kill between writing a seal and recording it leaves the next number's file, whose bundles the
            // ledger holds (they are recorded before they are sealed) and which the next seal replaces: a warning,
            // not tampering. One listing bundles the ledger does not hold is a ledger behind the folder (restored
            // from an earlier backup: round 42, tester e, as `intake run` refuses it).
            // Bundles the ledger records as sealed by it: its row was removed, not a kill (the row and the bundles'
            // seal are recorded in one transaction; round 48, tester d: only a warning, and the next run replaced
            // the signed seal).
            // (A copy of a recorded seal under another name, `000002 (1).json`, has its row: not this.)
            let naming =
                seal.map { s in sealRows.contains { $0.seq == s.seq } ? 0 : rows.filter { $0.seal == s.seq }.count } ?? 0
            if naming > 0, let seal {
                problem(
                    "seal-row-removed", file,
                    "seal \(seal.seq)'s ledger row is missing while \(naming) decision(s) in the ledger name it as their seal: the row was removed from the ledger (a kill between writing and recording a seal leaves no decision naming it)"
                )
            } else if file == Sealer.file(Int64(sealRows.count + 1)), let seal,
                seal.entries.allSatisfy({ decided.contains($0.bundle) }),
                seal.seq == Int64(sealRows.count + 1), seal.previous == (sealRows.last?.digest ?? zero)
            {
                problem(
                    "seal-added", file,
                    "a seal written but never recorded (the sealing process was killed); the next seal replaces it", .warning)
            } else if file == Sealer.file(Int64(sealRows.count + 1)), let seal,
                seal.entries.allSatisfy({ decided.contains($0.bundle) })
            {
                // A killed sealing leaves the next seal as it would be: its own number, linked to the last seal (round
                // 58, tester t: seal 1's text saved as 000002.json passed as a killed sealing's).
                problem(
                    "seal-added", file,
                    "a seal file the ledger does not know: it calls itself seal \(seal.seq) and links to \(seal.previous.prefix(12)), where the next seal would be \(sealRows.count + 1) linked to \((sealRows.last?.digest ?? zero).prefix(12)) (copied or forged, not left by a killed sealing)"
                )
            } else if let seal, !seal.entries.isEmpty, seal.seq > Int64(sealRows.count) {
                problem(
                    "seal-added", file,
                    "seal \(seal.seq) lists bundles the ledger does not hold, past its last seal \(sealRows.count): the ledger is behind the output folder (restored from an earlier backup?)"
                )
            } else {
                problem("seal-added", file, "a seal file the ledger does not know")
            }
        }

        // 2. The ledger's report sets against the chain.
        var sealedBundles = Set<String>()
        for row in rows {
            let files = row.reports.files
            guard let seq = row.seal else {
                problem(
                    "report-unsealed", files.first ?? row.sha256,
                    "bundle \(row.sha256.prefix(12)) is decided but not sealed yet (a run in progress, or one that died: the next run seals it)"
                )
                continue
            }
            sealedBundles.insert(row.sha256)
            guard let entry = expected[row.sha256] else {
                problem(
                    "ledger-row-without-report", files.first ?? row.sha256,
                    "the ledger says seal \(seq) covers bundle \(row.sha256.prefix(12)); no seal lists it")
                continue
            }
            if entry.reports.map(\.path) != files
                || (row.hashes.allSatisfy { !$0.isEmpty } && entry.reports.map(\.sha256) != row.hashes)
            {
                problem(
                    "ledger-row-without-report", files.first ?? row.sha256,
                    "the ledger's report set of bundle \(row.sha256.prefix(12)) is not the one sealed")
            } else if let by = sealedBy[row.sha256], by != seq {
                // Round 58, tester t: the seal number edited passed.
                problem(
                    "ledger-changed", files.first ?? row.sha256,
                    "the ledger says seal \(seq) covers bundle \(row.sha256.prefix(12)); seal \(by) lists its decision")
            }
        }
        // When and how a decision was made is the ledger's alone (no report says it), and `audit find --from/--to` and the
        // summaries answer from it: it must lie within the run that made it, through that run's channel (round 63, tester
        // g: decided_at rewritten to six years before its run, and batch to online, passed). Compared to the second.
        for row in rows {
            let path = row.reports.files.first ?? row.sha256
            // Every decision is recorded with its time and run: one without is a way round this check (a warning: a
            // ledger an early intake wrote and migrated may lack them).
            guard let run = row.decision.run, let decided = row.decision.decidedAt else {
                problem(
                    "ledger-changed", path,
                    "the ledger gives bundle \(row.sha256.prefix(12)) no decision time or no run that decided it", .warning)
                continue
            }
            let at = decided.prefix(19)
            if at < run.started.prefix(19) || run.finished.map({ at > $0.prefix(19) }) == true {
                problem(
                    "ledger-changed", path,
                    "the ledger says bundle \(row.sha256.prefix(12)) was decided at \(decided), outside run \(run.id) that decided it (\(run.started) to \(run.finished ?? "still running")): `audit find --from/--to` answers from it"
                )
            }
            if let channel = row.decision.channel, channel != run.channel {
                problem(
                    "ledger-changed", path,
                    "the ledger says bundle \(row.sha256.prefix(12)) was decided through \(channel), by run \(run.id) of the \(run.channel) channel"
                )
            }
        }
        // A superseded decision is left out of `find` and the index: the decision that
        // replaced it must be one the ledger holds (setting superseded_by hid a decision).
        // And it is one a run supersedes by: a later file under the same name that completes a
        // cut-short upload (the earlier one unreadable) or carries the same application (see
        // SQLLedger's names); the facts it rests on are the sealed reports' (checked below).
        let byBundle = Dictionary(rows.map { ($0.sha256, $0) }, uniquingKeysWith: { a, _ in a })
        func unreadable(_ r: LedgerReportSet) -> Bool {
            r.decision.findings?.keys.contains { $0.hasPrefix("bundle-unreadable ") } == true
        }
        for row in rows {
            guard let by = row.decision.supersededBy else { continue }
            let path = row.reports.files.first ?? row.sha256
            guard by != row.sha256, let later = byBundle[by] else {
                problem(
                    "ledger-changed", path,
                    "the ledger says bundle \(row.sha256.prefix(12)) was superseded by \(by.prefix(12)), which it holds no decision of"
                )
                continue
            }
            // A run supersedes a bundle by a later file under one of its names; two bundles that never shared a name
            // were not (round 56, tester t: superseded_by set by hand hid a sealed decision from `audit find` with a
            // warning only, and verify passed).
            guard !(names[row.sha256] ?? []).isDisjoint(with: names[by] ?? []) else {
                problem(
                    "ledger-changed", path,
                    "the ledger says bundle \(row.sha256.prefix(12)) was superseded by \(by.prefix(12)), but the two never came under one name: `audit find` and the index leave a sealed decision out"
                )
                continue
            }
            let sameApplication = !row.decision.application.isEmpty && row.decision.application == later.decision.application
            // A warning: an intake before session 26 superseded any file replaced under the same
            // name, and no migration revisited those rows; an edit shows the same way.
            if unreadable(later) || !(unreadable(row) || sameApplication) {
                problem(
                    "ledger-changed", path,
                    "the ledger says bundle \(row.sha256.prefix(12)) was superseded by \(by.prefix(12)), which neither completes it nor carries its application (a ledger an older intake wrote, or edited): `audit find` and the index leave it out",
                    .warning)
            }
        }
        for (bundle, entry) in expected where !decided.contains(bundle) {
            problem(
                "report-without-ledger-row", entry.reports.first?.path ?? bundle,
                "sealed report set of bundle \(bundle.prefix(12)) has no decision in the ledger")
        }
        result.reportSets = expected.count

        // 3. The report files: every sealed file as sealed, nothing else.
        var sealedPaths: [String: String] = [:]
        for e in expected.values { for r in e.reports { sealedPaths[r.path] = r.sha256 } }
        var unsealedPaths: [String: String] = [:]
        for row in rows where row.seal == nil {
            for (path, sha) in zip(row.reports.files, row.hashes) { unsealedPaths[path] = sha }
        }
        let entries = Self.entries(under: out.appendingPathComponent("reports"), relativeTo: out)
        for e in entries where !e.regular {
            problem("report-added", e.path, "not a regular file (a link or a special file) among the reports")
        }
        let present = entries.filter(\.regular)
        let hashes = Self.hash(present.map(\.full))
        result.files = present.count
        // The ledger's decision of each sealed bundle, by its JSON report's path.
        var decisions: [String: LedgerReportSet] = [:]
        for row in rows where row.seal != nil {
            if let json = row.reports.files.first { decisions[json] = row }
        }
        for (entry, digest) in zip(present, hashes) {
            let path = entry.path
            if AtomicWriter.isTemporary(String(decoding: entry.full.lastComponent.bytes, as: UTF8.self)) {
                problem("temporary-file", path, "a temporary file of an interrupted write (the next run removes it)", .warning)
            } else if let sealed = sealedPaths.removeValue(forKey: path) {
                if digest != sealed {
                    problem(
                        "report-changed", path,
                        "changed after it was sealed (SHA-256 \(digest ?? "unreadable"), sealed \(sealed))")
                } else if let row = decisions[path] {
                    // The sealed report stands; the ledger, which the server's replays and
                    // the summaries answer from, must say what it says.
                    for difference in Self.differences(row, report: out.appendingPathComponent(path)) {
                        problem("ledger-changed", path, "the ledger's decision is not the sealed report's: \(difference)")
                    }
                }
            } else if unsealedPaths[path] != nil {
                continue  // named above as report-unsealed
            } else {
                if let seal = listedByUnrecorded[path] {
                    problem("report-added", path, "listed only by \(seal), which the ledger does not record")
                } else {
                    problem("report-added", path, "a report file no seal lists (added after the fact?)")
                }
            }
        }
        for path in sealedPaths.keys.sorted() {
            problem("report-removed", path, "sealed, now missing")
        }

        // 4. The run summaries as written (their hashes are in the ledger from schema 9).
        for run in runs.sorted(by: { $0.id < $1.id }) {
            guard let html = run.summary, html.hasSuffix(".html"), run.summaryHashes.count == 3 else { continue }
            let base = String(html.dropLast(".html".count))
            let files = ["json", "csv", "html"].map { "\(base).\($0)" }
            let hashes = Self.hash(files.map { BytePath(out.appendingPathComponent($0)) })
            for (file, (sha, written)) in zip(files, zip(hashes, run.summaryHashes)) {
                result.summaries += 1
                if sha == nil, !FileSystem.exists(BytePath(out.appendingPathComponent(file))) {
                    problem("summary-removed", file, "the summary of run \(run.id) is missing")
                } else if sha != written {
                    problem(
                        "summary-changed", file,
                        "the summary of run \(run.id) changed after it was written (SHA-256 \(sha ?? "unreadable"), written \(written))"
                    )
                } else if file.hasSuffix(".json") {
                    // The summary as written says what the run was: the ledger's row of it (which the index's runs table
                    // shows) must say the same (round 50, tester d: a row edited to interrupted, 60 decided, another catalog
                    // passed, and the index showed it).
                    let differ = Self.runRowDiffers(run, summary: out.appendingPathComponent(file))
                    if !differ.isEmpty {
                        problem(
                            "ledger-changed", file,
                            "the ledger's record of run \(run.id) is not its summary's as written: \(differ.joined(separator: "; "))"
                        )
                    }
                }
            }
        }

        // Files under runs/ other than the summaries recorded: a summary of a run the ledger
        // does not know, or a second one of a run whose summary it recorded, is an error (a
        // forged summary); one of a known run that recorded none (killed between writing and
        // recording), or a file that is no summary, a warning.
        var recorded = Set<String>()
        for run in runs {
            guard let html = run.summary, html.hasSuffix(".html") else { continue }
            let base = String(html.dropLast(".html".count))
            for ext in ["json", "csv", "html"] { recorded.insert("\(base).\(ext)") }
        }
        let summarised = Set(runs.filter { $0.summary != nil }.map(\.id))
        let runIDs = Set(runs.map(\.id))
        let newest = runIDs.max() ?? 0
        for e in Self.entries(under: out.appendingPathComponent("runs"), relativeTo: out) where !recorded.contains(e.path) {
            let name = String(decoding: e.full.lastComponent.bytes, as: UTF8.self)
            guard !AtomicWriter.isTemporary(name) else { continue }
            let parts = name.split(separator: ".", omittingEmptySubsequences: false)
            let id =
                parts.count == 2 && parts[0].hasPrefix("run-") && ["json", "csv", "html"].contains(String(parts[1]))
                ? Int64(parts[0].dropFirst("run-".count)) : nil
            guard let id, e.regular else {
                problem("unexpected-file", e.path, "a file under runs/ that is no run summary", .warning)
                continue
            }
            if runIDs.contains(id) && !summarised.contains(id) {
                problem(
                    "summary-added", e.path, "a summary of run \(id) the ledger did not record (written, then killed?)", .warning)
            } else if runIDs.contains(id) {
                problem("summary-added", e.path, "another summary of run \(id), whose summary the ledger records elsewhere")
            } else {
                problem(
                    "summary-added", e.path,
                    "a run summary of no run the ledger knows (added after the fact, or by a run that started after verify read the ledger\(id > newest ? ": verify again" : ""))"
                )
            }
        }

        // 5. The archived catalogs give back their own versions.
        if let loader {
            for version in Set(rows.map(\.catalogVersion)).sorted() where !version.isEmpty {
                result.catalogs += 1
                let folder = "\(CatalogArchive.folder)/\(version)"
                guard let pipeline = CatalogArchive.pipeline(out: out, version: version) else {
                    // The intake that hashed a decision's reports (ledger schema 5 on) archived its catalog before deciding:
                    // the archive of such a version was removed (round 50, tester d: a warning, and `audit recheck` then
                    // failed). Only decisions without hashes may come from before archives existed.
                    let archiving = rows.contains { $0.catalogVersion == version && !$0.hashes.isEmpty }
                    problem(
                        "catalog-missing", folder,
                        archiving
                            ? "catalog \(version.prefix(12)) decided bundles and was archived when they were decided, but its archive is gone (removed?); `audit recheck` cannot judge them again"
                            : "catalog \(version.prefix(12)) decided bundles but is not archived (decided before archives existed?)",
                        archiving ? .error : .warning)
                    continue
                }
                do {
                    let loaded = try loader.load(pipeline: pipeline)
                    if loaded.version != version {
                        problem(
                            "catalog-changed", folder,
                            "the archive now gives version \(loaded.version.prefix(12)), not \(version.prefix(12))")
                    }
                } catch {
                    problem("catalog-changed", folder, "the archive no longer loads: \(error.message)")
                }
            }
        }
        // 6. The cumulative index as the last run wrote it, recorded in the ledger (round 56, tester t: index.json's
        // counts edited, its month pages' digests edited with the page, the whole index removed all passed). A ledger
        // that recorded none (an intake of before this wrote it): the month pages as index.json recorded them (round
        // 50, tester d: a verdict changed by hand on a month page passed). Derived from the ledger, the next run writes
        // the index again.
        if let index {
            checkIndex(index, problem)
        } else {
            for m in RecordedMonth.recorded(out: out) {
                for (path, digest) in zip(m.files, m.sha256)
                where !path.contains("..") && (try? FileHash.sha256(BytePath(out.appendingPathComponent(path))))?.sha256 != digest
                {
                    problem(
                        "index-changed", path,
                        "the month page differs from what the last run wrote (edited or removed after it was written, or written by a run meanwhile: verify again); the next run writes it again from the ledger"
                    )
                }
            }
        }
        result.problems.sort()
        return result
    }

    /// The index's files against the ledger's record of them: each changed or removed is an error (the index is what the
    /// back office reads first: a count or a verdict edited there misleads as an edited report would); a file under
    /// `index/` the record does not list, a warning.
    private func checkIndex(
        _ recorded: [IndexFile], _ problem: (String, String, String, AuditProblem.Severity) -> Void
    ) {
        let again = "the next run writes it again from the ledger"
        let valid = recorded.filter { !$0.path.isEmpty && !$0.path.split(separator: "/").contains("..") }
        let hashes = Self.hash(valid.map { BytePath(out.appendingPathComponent($0.path)) })
        for (file, sha) in zip(valid, hashes) where sha != file.sha256 {
            if sha == nil, !FileSystem.exists(BytePath(out.appendingPathComponent(file.path))) {
                problem("index-removed", file.path, "a file of the index the last run wrote is missing (\(again))", .error)
            } else {
                problem(
                    "index-changed", file.path,
                    "the index differs from what the last run wrote (SHA-256 \(sha ?? "unreadable"), written \(file.sha256)): "
                        + "edited after it was written, or written by a run meanwhile (verify again); \(again)", .error)
            }
        }
        let listed = Set(valid.map(\.path))
        for e in Self.entries(under: out.appendingPathComponent(RecordedMonth.folder), relativeTo: out)
        where !listed.contains(e.path) && !AtomicWriter.isTemporary(String(decoding: e.full.lastComponent.bytes, as: UTF8.self)) {
            problem("index-added", e.path, "a file under index/ the last run did not write (added after the fact?)", .warning)
        }
    }

    /// What a seal's signature says: a problem, if any, and whether it is validly signed
    /// (by the trusted key when one is given).
    private func checkSignature(row: SealRecord, bytes: [UInt8]) -> (AuditProblem?, signed: Bool) {
        let sigFile = Sealer.signatureFile(row.file)
        func problem(_ code: String, _ path: String, _ message: String) -> (AuditProblem?, signed: Bool) {
            (AuditProblem(code: code, severity: .error, path: path, message: message), false)
        }
        guard let data = try? Data(contentsOf: out.appendingPathComponent(sigFile)) else {
            // The ledger recorded it signed: its signature was removed (said so with a key too: round 41, tester z, the
            // more telling finding was lost exactly when the auditor gave the key).
            if row.signed {
                return problem(
                    "signature-removed", sigFile, "seal \(row.seq) was signed when it was made; its signature is missing")
            }
            if publicKey != nil { return problem("seal-unsigned", row.file, "seal \(row.seq) carries no signature") }
            return (nil, false)
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let keyText = object["publicKey"] as? String, let signatureText = object["signature"] as? String,
            let key = VerifyingKey(base64: keyText), let signature = Data(base64Encoded: signatureText)
        else {
            return problem("signature-invalid", sigFile, "the signature of seal \(row.seq) cannot be read")
        }
        guard key.isValid(signature, for: bytes) else {
            return problem("signature-invalid", sigFile, "the signature does not match seal \(row.seq)")
        }
        if let publicKey, publicKey != key {
            return problem("signature-untrusted", sigFile, "seal \(row.seq) is signed by another key (\(key.base64))")
        }
        return (nil, true)
    }

    /// Every entry under `folder` that is not a folder, as paths relative to `base`
    /// (display form), sorted, with whether it is a regular file; walked on bytes, so a
    /// name that is not UTF-8 or a symbolic link is seen, never followed.
    static func entries(under folder: URL, relativeTo base: URL) -> [(path: String, full: BytePath, regular: Bool)] {
        var out: [(String, BytePath, Bool)] = []
        let root = BytePath(base)
        FileSystem.forEachEntry(under: BytePath(folder)) { path, s in
            let relative =
                path.bytes.starts(with: root.bytes + [0x2F])
                ? BytePath(bytes: Array(path.bytes.dropFirst(root.bytes.count + 1))) : path
            out.append((relative.display, path, s.st_mode & S_IFMT == S_IFREG))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// Where the ledger's row and the sealed JSON report at `report` disagree: verdict,
    /// application, matter and its name, scenario, bundle and catalog version.
    static func differences(_ row: LedgerReportSet, report: URL) -> [String] {
        guard let data = try? Data(contentsOf: report), let summary = ReportSummary(data) else {
            return ["the sealed JSON report cannot be read"]
        }
        let d = row.decision
        return summary.disagreements(
            verdict: d.verdict, application: d.application, matter: d.matter, matterName: d.matterName, scenario: d.scenario,
            bundleSHA256: row.sha256, catalogVersion: row.catalogVersion, submitted: d.submitted, file: d.file,
            findings: d.findings, size: d.size)
    }

    /// SHA-256 of each file (nil: unreadable), on every core.
    static func hash(_ paths: [BytePath]) -> [String?] {
        let results = Mutex([String?](repeating: nil, count: paths.count))
        let chunks = max(1, min(paths.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var local: [(Int, String?)] = []
            var i = chunk
            while i < paths.count {
                local.append((i, (try? FileHash.sha256(paths[i]))?.sha256))
                i += chunks
            }
            results.withLock { r in for (i, h) in local { r[i] = h } }
        }
        return results.withLock { $0 }
    }
}

/// One report set as a seal lists it.
struct SealedEntry: Sendable {
    var bundle: String
    var catalogVersion: String
    var reports: [(path: String, sha256: String)]
}

/// A seal file, read back.
struct SealDocument {
    var seq: Int64
    var previous: String
    var entries: [SealedEntry]

    init?(_ bytes: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            object["format"] as? String == Sealer.format, let seq = (object["seal"] as? NSNumber)?.int64Value,
            let previous = object["previous"] as? String, let entries = object["entries"] as? [[String: Any]]
        else { return nil }
        self.seq = seq
        self.previous = previous
        self.entries = entries.compactMap { e in
            guard let bundle = e["bundle"] as? String, let reports = e["reports"] as? [[String: Any]] else { return nil }
            return SealedEntry(
                bundle: bundle, catalogVersion: e["catalogVersion"] as? String ?? "",
                reports: reports.map { ($0["path"] as? String ?? "", $0["sha256"] as? String ?? "") })
        }
    }
}
