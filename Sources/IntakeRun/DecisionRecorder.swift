import Dispatch
public import Foundation
import IntakeBundle
import IntakeDecision
import IntakeEvidence
import IntakeIO
public import IntakeLedger
import IntakeModel
public import IntakePipeline
public import IntakeReport

/// Writes a decided bundle's report set under the output folder and records the decision
/// in the ledger, in the order that survives a kill: announced, written atomically,
/// recorded, then the set it replaces removed. The one place both channels (the nightly
/// run's workers and the hook server) record a decision.
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

    /// Whether a decided bundle's three report files are all there.
    public func isComplete(_ d: DecidedBundle) -> Bool {
        d.reports.files.allSatisfy { FileSystem.exists(BytePath(out.appendingPathComponent($0))) }
    }

    /// Records `report` (the decision on the bundle `sha256` of `size` bytes): the report
    /// set is announced, written and recorded with `name` (nil for an upload). Returns the
    /// bundle as the ledger now holds it and the milliseconds spent writing.
    public func record(
        _ report: Report, sha256 sha: String, size: Int64, hashMs: Double, checkMs: Double, name: NameRecord?
    ) throws -> (decided: DecidedBundle, writeMs: Double, documentBytes: Int64) {
        let started = DispatchTime.now()
        let (dir, base) = ReportLayout.place(report)
        let reports = ReportSet(dir: dir, base: base)
        try ledger.announceReports(ReportAnnouncement(sha256: sha, size: size, reports: reports, channel: channel))
        do {
            try Checker.write(report, to: out.appendingPathComponent(dir))
        } catch {
            throw RunError(.output, "cannot write the reports of \(report.bundle.file) into \(dir): \(error)")
        }
        let writeMs = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        var findings: [String: Int] = [:]
        for f in report.findings { findings["\(f.code.rawValue)\u{0}\(f.severity.rawValue)", default: 0] += 1 }
        let version = report.catalogVersion
        let record = DecisionRecord(
            sha256: sha, size: size, catalogVersion: version, verdict: report.verdict.rawValue,
            application: report.application, matter: report.matter.code, matterName: report.matter.name,
            scenario: report.matter.scenario, submitted: report.submitted, file: report.bundle.file,
            documentBytes: report.documents.reduce(0) { $0 + ($1.size ?? 0) }, reports: reports,
            hashMs: hashMs, checkMs: checkMs, writeMs: writeMs, runID: runID,
            findings: findings.sorted { $0.key < $1.key }.map {
                let parts = $0.key.split(separator: "\u{0}", omittingEmptySubsequences: false)
                return FindingTally(code: String(parts[0]), severity: String(parts[1]), count: $0.value)
            },
            channel: channel)
        let obsolete = try ledger.recordDecision(record, name: name)
        for file in obsolete { FileSystem.remove(BytePath(out.appendingPathComponent(file))) }
        if !obsolete.isEmpty { try ledger.forgetObsolete(obsolete) }
        let unreadable = report.findings.contains { $0.code == .bundleUnreadable }
        let decided = DecidedBundle(
            sha256: sha, catalogVersion: version, verdict: record.verdict, application: record.application,
            matter: record.matter, file: record.file, reports: reports, decisions: 1, unreadable: unreadable)
        return (decided, writeMs, record.documentBytes)
    }
}
