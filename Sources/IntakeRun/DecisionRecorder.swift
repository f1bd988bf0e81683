import Crypto
import Dispatch
public import Foundation
import IntakeBundle
import IntakeDecision
import IntakeEvidence
import IntakeIO
public import IntakeLedger
import IntakeModel
import IntakePipeline
public import IntakeReport

/// A decided bundle whose report set is rendered and waits to be written and recorded
/// (made on a worker's thread: rendering is CPU work, the group commit is not).
public struct PendingDecision: Sendable {
    public let record: DecisionRecord
    public let name: NameRecord?
    /// The report set's files: bytes and path relative to the output folder.
    public let files: [(bytes: [UInt8], path: String)]
    public let unreadable: Bool
}

/// What the ledger holds for a pending decision once its group is committed.
public struct RecordedDecision: Sendable {
    public let decided: DecidedBundle
    /// This decision's share of its group's write and commit (wall milliseconds).
    public let writeMs: Double
    public let documentBytes: Int64
}

/// Writes decided bundles' report sets under the output folder and records the decisions
/// in the ledger, a group at a time, in the order that survives a kill: the group
/// announced (one transaction), every file written to a temporary file and made durable,
/// renamed into place, the folders synced, then the decisions, names and run items
/// recorded (one transaction), then the sets they replace removed. Nothing is recorded as
/// written before it is durable; a kill before the second transaction leaves announced
/// sets that the next run removes. The one place both channels (the nightly run's
/// committer and the hook server) record a decision.
public struct DecisionRecorder: Sendable {
    public let ledger: any LedgerStore
    /// The output folder the report sets are written under (`reports/…`).
    public let out: URL
    public let runID: Int64
    public let channel: LedgerChannel

    public init(ledger: any LedgerStore, out: URL, runID: Int64, channel: LedgerChannel) {
        self.ledger = ledger
        self.out = out
        self.runID = runID
        self.channel = channel
    }

    /// Renders `report` (the decision on the bundle `sha256` of `size` bytes, found under
    /// `name`, nil for an upload) into the files of its report set, ready for ``record(_:runItems:)``.
    public func prepare(
        _ report: Report, sha256 sha: String, size: Int64, hashMs: Double, checkMs: Double, name: NameRecord?
    ) -> PendingDecision {
        let (dir, base) = ReportLayout.place(report)
        let reports = ReportSet(dir: dir, base: base)
        let formats: [ReportFormat] = [.json, .xml, .html]
        let files = formats.map { format in
            (bytes: format.bytes(report), path: "\(dir)/\(base).\(format.fileExtension)")
        }
        var findings: [String: Int] = [:]
        for f in report.findings { findings["\(f.code.rawValue)\u{0}\(f.severity.rawValue)", default: 0] += 1 }
        let record = DecisionRecord(
            sha256: sha, size: size, catalogVersion: report.catalogVersion, verdict: report.verdict.rawValue,
            application: report.application, matter: report.matter.code, matterName: report.matter.name,
            scenario: report.matter.scenario, submitted: report.submitted, file: report.bundle.file,
            documentBytes: report.documents.reduce(0) { $0 + ($1.size ?? 0) }, reports: reports,
            hashMs: hashMs, checkMs: checkMs, writeMs: 0, runID: runID,
            findings: findings.sorted { $0.key < $1.key }.map {
                let parts = $0.key.split(separator: "\u{0}", omittingEmptySubsequences: false)
                return FindingTally(code: String(parts[0]), severity: String(parts[1]), count: $0.value)
            },
            channel: channel)
        var hashed = record
        hashed.reportHashes = files.map { Hex.string(SHA256.hash(data: $0.bytes)) }
        return PendingDecision(
            record: hashed, name: name, files: files,
            unreadable: report.findings.contains { $0.code == .bundleUnreadable })
    }

    /// Writes and records a group of pending decisions (distinct bundles) with `runItems`
    /// (the run's items known so far, recorded in the same transaction); returns each
    /// decision as the ledger now holds it, in order.
    public func record(_ group: [PendingDecision], runItems: [RunItem] = []) throws -> [RecordedDecision] {
        let started = DispatchTime.now()
        // A report file already where a set goes that no earlier announcement of its bundle names: the ledger and the
        // output folder disagree (a decision's rows removed from the ledger; round 48, tester d: the next night rewrote
        // its sealed report in place, and verify passed). Nothing is written, and the announcements are put back as
        // they were. A set announced before (a retry after the ledger failed, a killed process, a worker whose lease ran
        // out) is written again over its own files, as before. Checked once the sets are announced: a worker that lost
        // its claim learns it from the announcement first (another took the bundle over and wrote these very files).
        let earlier = try ledger.pendingReportSets(sha256s: group.map(\.record.sha256))
        try ledger.announceReports(
            group.map {
                ReportAnnouncement(
                    sha256: $0.record.sha256, size: $0.record.size, reports: $0.record.reports, channel: channel, runID: runID)
            })
        let root = BytePath(out)
        for p in group where earlier[p.record.sha256] != p.record.reports {
            guard let taken = p.files.first(where: { FileSystem.exists(root.appending(BytePath($0.path))) }) else { continue }
            for q in group {
                if let before = earlier[q.record.sha256] {
                    try? ledger.announceReports([
                        ReportAnnouncement(
                            sha256: q.record.sha256, size: q.record.size, reports: before, channel: channel, runID: runID)
                    ])
                } else {
                    try? ledger.clearAnnouncement(sha256: q.record.sha256)
                }
            }
            throw RunError(
                .output,
                "a report file is already at \(taken.path) while the ledger has no decision of its bundle "
                    + "(\(p.record.sha256.prefix(12))): the ledger and the output folder disagree (run intake audit verify); "
                    + "nothing was overwritten")
        }
        if !group.isEmpty {
            do {
                var folders: Set<String> = []
                for p in group { folders.insert(p.record.reports.dir) }
                for folder in folders.sorted() { try FileSystem.makeFolders(root.appending(BytePath(folder))) }
                try AtomicWriter.write(
                    group.flatMap { p in p.files.map { (bytes: $0.bytes, path: root.appending(BytePath($0.path))) } })
            } catch {
                let names = group.prefix(3).map(\.record.file).joined(separator: ", ") + (group.count > 3 ? ", …" : "")
                throw RunError(.output, "cannot write the reports of \(names): \(error)")
            }
        }
        let writeMs = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6 / Double(max(1, group.count))
        let records = group.map { p in
            var r = p.record
            r.writeMs = writeMs
            return (decision: r, name: p.name)
        }
        let obsolete = try ledger.recordDecisions(records, runItems: runItems)
        for file in obsolete { FileSystem.remove(BytePath(out.appendingPathComponent(file))) }
        try ledger.forgetObsolete(obsolete)
        return group.map { p in
            let r = p.record
            return RecordedDecision(
                decided: DecidedBundle(
                    sha256: r.sha256, catalogVersion: r.catalogVersion, verdict: r.verdict, application: r.application,
                    matter: r.matter, file: r.file, reports: r.reports, decisions: 1, unreadable: p.unreadable,
                    reportHashes: r.reportHashes),
                writeMs: writeMs, documentBytes: r.documentBytes)
        }
    }

    /// Writes and records one decision (a group of one): the hook server's path, which
    /// answers each upload only once its report set is durable.
    public func record(
        _ report: Report, sha256 sha: String, size: Int64, hashMs: Double, checkMs: Double, name: NameRecord?
    ) throws -> (decided: DecidedBundle, writeMs: Double, documentBytes: Int64) {
        let recorded = try record([prepare(report, sha256: sha, size: size, hashMs: hashMs, checkMs: checkMs, name: name)])[0]
        return (recorded.decided, recorded.writeMs, recorded.documentBytes)
    }
}
