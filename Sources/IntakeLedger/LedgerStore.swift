public import IntakeBundle
public import IntakeIO
import IntakeModel

/// The run's ledger (台账) as the batch run (and later the HTTP server) sees it: each
/// bundle by SHA-256 with its decision, findings and report set, every name it was found
/// under, moves, and the runs. Operations are named in the domain; the SQL (or other
/// storage) stays behind the implementation (``SQLLedger``; PostgreSQL later).
///
/// Protocol of use: a report set is announced (``announceReports(_:)``) before its files
/// are written and recorded with its decision (``recordDecisions(_:runItems:)``) once they
/// are durable, so a run killed in between can remove the part (``unfinishedReports()``).
/// Both take a group (group commit: one transaction, one sync of the ledger, for many
/// bundles). Moves are announced and recorded the same way.
public protocol LedgerStore: Sendable {
    // MARK: Runs

    /// Records the start of a run (a nightly batch, or one `intake serve` process on the
    /// `online` channel) and returns its id.
    /// `started`: its start as the run's summary gives it (ISO 8601, UTC, milliseconds), one reading of the clock for
    /// both (two readings straddled a second, and `audit verify` told a healthy run's record changed).
    func beginRun(inbox: String, catalogVersion: String, jobs: Int, channel: LedgerChannel, started: String)
        throws(LedgerError) -> Int64
    /// Closes the runs of `channel` left `running` by a process that died as `interrupted`
    /// and returns them. Call only while no other run of that channel is alive on this
    /// ledger (the output folder's lock, or the server's, is held).
    func closeInterruptedRuns(channel: LedgerChannel) throws(LedgerError) -> [InterruptedRun]
    /// A shared ledger: the runs of `channel` another process closed `interrupted` whose
    /// summary was not written ``orphanAfterSeconds`` after they were closed (the closing
    /// process died before it wrote it: round 33, tester m), each taken for this process (its
    /// close time moved to now, so that no other takes it in that time); a run that stopped
    /// itself (a signal, its lease lost) is never listed. Empty for a ledger of one host
    /// (its runs are summarized under the folder's lock).
    func takeUnsummarizedRuns(channel: LedgerChannel) throws(LedgerError) -> [Int64]
    /// Closes a run: `completed`, or `interrupted` when it was stopped (a signal) before
    /// the inbox was done.
    /// `finished`: its end as the run's summary gives it (one reading of the clock, as `started`).
    func finishRun(_ id: Int64, decided: Int, seconds: Double, status: RunEnd, finished: String) throws(LedgerError)
    /// Records what became of inbox entries in a run (decided, already decided, a
    /// duplicate, skipped and why), in the order their outcomes were known (a bundle
    /// postponed behind its twin comes last), in one transaction. The batch run hands the
    /// items accounted so far to the next group's ``recordDecisions(_:runItems:)`` (a
    /// decided bundle's item is known once its group is committed, so it rides with the
    /// next group); a kill loses the items not yet committed, never a decision (the next
    /// run lists such a file as already decided, and the dead run's decisions in its
    /// summary: ``recordUnlistedDecisions(run:note:)``).
    func recordRunItems(_ items: [RunItem]) throws(LedgerError)
    /// Lists as items of `run` (a run that died) the bundles it decided whose items the
    /// kill lost (status `decided`, under one of their names, with `note`), after its
    /// other items; returns how many. Its summary then counts every decision it made.
    func recordUnlistedDecisions(run: Int64, note: String) throws(LedgerError) -> Int
    /// A run's items in order, each with the decision of its bundle (if any).
    func forEachRunItem(run: Int64, _ body: (RunItemRow) throws -> Void) throws
    /// Records where a run's dated summary was written (relative to the output folder) and the
    /// SHA-256 of its JSON, CSV and HTML files.
    func setRunSummary(_ id: Int64, path: String, hashes: [String]) throws(LedgerError)
    /// Records the cumulative index as written (`index.json`, its CSV and HTML, and the month pages under `index/`):
    /// each file's path relative to the output folder and its SHA-256, replacing what was recorded. `audit verify`
    /// checks the files against it: the index itself, unlike the reports, is no seal's.
    func setIndexFiles(_ files: [IndexFile]) throws(LedgerError)
    /// The index as last recorded; nil where none was (a ledger an intake of before this wrote).
    func indexFiles() throws(LedgerError) -> [IndexFile]?
    /// Records what a run serves once it is known: the address `intake serve` bound (with
    /// `--port 0`, the port is chosen after the run began).
    func setRunInbox(_ id: Int64, inbox: String) throws(LedgerError)
    /// The runs of `channel`, newest first.
    func runs(channel: LedgerChannel) throws(LedgerError) -> [RunRecord]

    // MARK: Bundles

    /// The decision recorded for a bundle, whatever its catalog version.
    func decided(sha256: String) throws(LedgerError) -> DecidedBundle?
    /// The decision recorded for a bundle with this catalog version, if any.
    func decided(sha256: String, catalogVersion: String) throws(LedgerError) -> DecidedBundle?
    /// The decision recorded for the file at `path` when the file has not changed since
    /// it was recorded (same fingerprint): a resumed run skips re-hashing it.
    func decided(path: BytePath, fingerprint: FileFingerprint) throws(LedgerError) -> DecidedBundle?
    /// Claims `sha256` for deciding by `run` unless it is decided with `catalogVersion` (nil:
    /// with any version) and `complete` accepts the decision (its report files exist). A
    /// claim is released with ``release(_:)``; on a shared ledger it is held in the database
    /// (another process' claim makes it `busy`) under the run's lease, and only the run
    /// holding it can record the decision.
    func claim(_ sha256: String, catalogVersion: String?, run: Int64, complete: (DecidedBundle) -> Bool)
        throws(LedgerError) -> LedgerClaim
    func release(_ sha256: String)
    /// Whether the bundle `sha256` was already recorded under `path`.
    func hasName(path: BytePath, sha256: String) throws(LedgerError) -> Bool
    /// Records (or refreshes) a name of a bundle.
    func recordName(_ name: NameRecord) throws(LedgerError)
    /// Every name a bundle was found under, with where it was moved (if it was).
    func names(of sha256: String) throws(LedgerError) -> [BundleName]

    // MARK: Report sets

    /// Announces the report sets about to be written (before writing them), in one
    /// transaction.
    func announceReports(_ announcements: [ReportAnnouncement]) throws(LedgerError)
    /// Records decisions (their report sets written and durable), each with its findings
    /// and the name it was found under (none for an upload), and `runItems`, all in one
    /// transaction. Returns the files of the report sets they replace (another catalog
    /// version's, at another path), which the caller deletes, then ``forgetObsolete(_:)``.
    func recordDecisions(_ decisions: [(decision: DecisionRecord, name: NameRecord?)], runItems: [RunItem])
        throws(LedgerError) -> [String]
    /// Report sets announced on `channel` but never recorded (a process was killed while
    /// writing them). Each channel sweeps its own: a nightly run never removes a set the
    /// server is writing.
    func unfinishedReports(channel: LedgerChannel) throws(LedgerError) -> [UnfinishedReportSet]
    /// Forgets an announced report set (its files removed): the bundle stays as it was.
    func clearAnnouncement(sha256: String) throws(LedgerError)
    /// The report sets announced and not yet recorded of these bundles, by SHA-256 (a retry's, a killed process's, a
    /// worker's that lost its lease): the files a writer may find already there and replace.
    func pendingReportSets(sha256s: [String]) throws(LedgerError) -> [String: ReportSet]
    /// Report files (relative to the output folder) that a newer decision replaced.
    func obsoleteReports() throws(LedgerError) -> [String]
    func forgetObsolete(_ paths: [String]) throws(LedgerError)

    // MARK: Moves

    /// Announces a move of the file at `path` to `destination` (before moving it).
    func announceMove(path: BytePath, to destination: BytePath) throws(LedgerError)
    /// Records a completed move (`destination` is where the file now is).
    func recordMove(path: BytePath, to destination: BytePath) throws(LedgerError)
    /// Moves announced but not recorded.
    func unfinishedMoves() throws(LedgerError) -> [UnfinishedMove]

    /// Whether the ledger can be written now (takes and releases the write lock); throws
    /// the reason when it cannot. For readiness checks.
    func probe() throws(LedgerError)
    /// Makes the ledger's file hold everything recorded, as a run or a server ends: SQLite
    /// copies its write-ahead log into `ledger.sqlite` and truncates it (a copy of that file
    /// alone is then the whole ledger); nothing to do for PostgreSQL.
    func checkpoint() throws(LedgerError)

    // MARK: Sharing (several processes, on one host or many, on one PostgreSQL ledger)

    /// Whether several processes may use this ledger at once. Then a run holds a lease
    /// (renewed with ``renewLease(run:)``) and is dead only once it ran out; the batch takes
    /// its bundles from the shared queue (``enqueue(inbox:bundles:)``, ``take(inbox:run:limit:)``).
    var shared: Bool { get }
    /// How long a lease lasts without renewal (seconds).
    var leaseSeconds: Double { get }
    /// Where the ledger is (a file, or a PostgreSQL URL without its password).
    var location: String { get }
    /// Renews the lease of `run`, its claims and its queued bundles; false when the run is
    /// no longer `running` (another process found its lease run out and closed it).
    func renewLease(run: Int64) throws(LedgerError) -> Bool
    /// Adds an inbox's bundle files to the shared queue (those already there stay as they are).
    func enqueue(inbox: String, bundles: [InboxBundle]) throws(LedgerError)
    /// Takes up to `limit` bundles of the queue for `run`: free ones, or ones whose taker's
    /// lease ran out; rows another process is taking at the same instant are skipped
    /// (`FOR UPDATE SKIP LOCKED`).
    func take(inbox: String, run: Int64, limit: Int) throws(LedgerError) -> [InboxBundle]
    /// `bundles` with what the ledger records under each path (``RecordedName``), looked up
    /// in a few statements: a run hands its workers bundles looked up a batch at a time, not
    /// one look-up each beside the group commits (the same lock: the look-ups waited).
    func lookUpNames(_ bundles: [InboxBundle]) throws(LedgerError) -> [InboxBundle]
    /// Removes bundles `run` has finished with (decided and recorded, or skipped) from the queue.
    func finishWork(_ paths: [BytePath], run: Int64) throws(LedgerError)
    /// Gives the bundles `run` took but did not finish back to the queue (a run stopped early).
    func returnWork(run: Int64) throws(LedgerError)
    /// Gives back everything `run` holds, its claims too (a run that failed).
    func releaseAll(run: Int64) throws(LedgerError)
    /// Bundles of `inbox` still in the queue (free or taken).
    func workLeft(inbox: String) throws(LedgerError) -> Int

    // MARK: Seals (the output's hash chain)

    /// Seals every decided report set not sealed yet, in one transaction that holds the
    /// ledger's write lock (so two processes never make the same seal): `write` gets the
    /// draft (its number, the previous seal's digest, the entries), writes the seal's file
    /// durably and returns what it wrote; the seal is then recorded and its entries marked.
    /// A kill before the commit leaves a file that the next seal (same number) replaces.
    /// Returns nil, writing nothing, when there is nothing to seal.
    func seal(channel: LedgerChannel, runID: Int64?, _ write: (SealDraft) throws -> SealWritten) throws -> SealRecord?
    /// Every seal, in order.
    func seals() throws(LedgerError) -> [SealRecord]
    /// Every decided bundle's report set with its file hashes and seal (nil: not sealed).
    func reportSets() throws(LedgerError) -> [LedgerReportSet]

    // MARK: Finding decisions (auditors)

    /// The decisions that pass `filter`, ordered by decision time then bundle.
    func findDecisions(_ filter: DecisionFilter) throws(LedgerError) -> [DecisionRow]

    // MARK: The batch summary

    /// Counts over every decided bundle that no later file under the same name
    /// superseded, and the `slowest` slowest ones.
    func summaryCounts(slowest: Int) throws(LedgerError) -> LedgerCounts
    /// Finding counts over the bundles decided by run `run`.
    func findingCounts(run: Int64) throws(LedgerError) -> [FindingCount]
    /// Every decided bundle, ordered by report path, one row at a time (memory stays
    /// bounded by one row); an error `body` throws stops the walk and is rethrown. With
    /// `superseded`, only the decisions a later file under the same name replaced;
    /// without, only the others. With `month` (`2025-07`, `unknown`), only the bundles
    /// whose reports are filed under that month (`reports/2025-07-…/`).
    func forEachDecidedBundle(superseded: Bool, month: String?, _ body: (DecidedBundleRow) throws -> Void) throws
    /// The decided bundles per month of their reports' folder, oldest first.
    func monthCounts() throws(LedgerError) -> [MonthCount]
}

/// The decided bundles of one month (the month of their reports' folder).
public struct MonthCount: Sendable, Hashable {
    /// `2025-07`, or `unknown` for bundles that give no date.
    public var month: String
    /// Per verdict, superseded decisions left out.
    public var verdicts: [String: Int]
    /// Decisions a later file under the same name replaced.
    public var superseded: Int
    /// Changes whenever a decision of the month, its verdict, its supersession or one of
    /// its names does: the month's pages of the index need rewriting only then.
    public var signature: String

    public init(month: String, verdicts: [String: Int], superseded: Int, signature: String) {
        self.month = month
        self.verdicts = verdicts
        self.superseded = superseded
        self.signature = signature
    }

    public var bundles: Int { verdicts.values.reduce(0, +) }
}

/// Who decided a bundle: the nightly batch (`intake run`) or the online-submission hook
/// (`intake serve`). Both write to the same ledger, so the summary and the auditors see all.
public enum LedgerChannel: String, Sendable, Hashable, CaseIterable, Codable {
    case batch, online
}

/// How a run ended, as the ledger's `runs.status` records it (a run still `running` whose
/// process died is closed as `interrupted` by the next one).
public enum RunEnd: String, Sendable, Hashable, Codable {
    case completed, interrupted
}

extension LedgerStore {
    public func finishRun(_ id: Int64, decided: Int, seconds: Double) throws(LedgerError) {
        try finishRun(id, decided: decided, seconds: seconds, status: .completed)
    }
    public func beginRun(inbox: String, catalogVersion: String, jobs: Int) throws(LedgerError) -> Int64 {
        try beginRun(inbox: inbox, catalogVersion: catalogVersion, jobs: jobs, channel: .batch)
    }
    public func beginRun(inbox: String, catalogVersion: String, jobs: Int, channel: LedgerChannel) throws(LedgerError)
        -> Int64
    {
        try beginRun(
            inbox: inbox, catalogVersion: catalogVersion, jobs: jobs, channel: channel,
            started: Timestamp.now(milliseconds: true))
    }
    public func finishRun(_ id: Int64, decided: Int, seconds: Double, status: RunEnd) throws(LedgerError) {
        try finishRun(id, decided: decided, seconds: seconds, status: status, finished: Timestamp.now(milliseconds: true))
    }
    public func closeInterruptedRuns() throws(LedgerError) -> [InterruptedRun] {
        try closeInterruptedRuns(channel: .batch)
    }
    public func unfinishedReports() throws(LedgerError) -> [UnfinishedReportSet] {
        try unfinishedReports(channel: .batch)
    }
    public func forEachDecidedBundle(_ body: (DecidedBundleRow) throws -> Void) throws {
        try forEachDecidedBundle(superseded: false, month: nil, body)
    }
    public func forEachDecidedBundle(superseded: Bool, _ body: (DecidedBundleRow) throws -> Void) throws {
        try forEachDecidedBundle(superseded: superseded, month: nil, body)
    }
    public func announceReports(_ announcement: ReportAnnouncement) throws(LedgerError) {
        try announceReports([announcement])
    }
    /// Records one decision (a group of one).
    public func recordDecision(_ decision: DecisionRecord, name: NameRecord?) throws(LedgerError) -> [String] {
        try recordDecisions([(decision, name)], runItems: [])
    }
}

/// One inbox entry as a run met it.
public struct RunItem: Sendable, Hashable {
    public var runID: Int64
    /// Its place in the run (0, 1, …).
    public var seq: Int
    /// The path relative to the inbox, display form.
    public var file: String
    /// `decided`, `already-decided`, `duplicate` or `skipped`.
    public var status: String
    /// Why it was skipped.
    public var reason: String?
    public var note: String?
    /// The bundle's SHA-256 (empty when skipped).
    public var sha256: String
    public var movedTo: String?
    public var seconds: Double
    public init(
        runID: Int64, seq: Int, file: String, status: String, reason: String?, note: String?, sha256: String,
        movedTo: String?, seconds: Double
    ) {
        self.runID = runID
        self.seq = seq
        self.file = file
        self.status = status
        self.reason = reason
        self.note = note
        self.sha256 = sha256
        self.movedTo = movedTo
        self.seconds = seconds
    }
}

/// A run item with the decision of its bundle, for the run's summary.
public struct RunItemRow: Sendable, Hashable {
    public var item: RunItem
    public var verdict: String
    public var matter: String
    public var matterName: String
    public var application: String
    public var submitted: String
    /// Findings of severity `error`.
    public var errors: Int
    public var reports: ReportSet?
    /// The bundle decided from a later file under the same name, if one was.
    public var supersededBy: String?
}

/// A run as the ledger keeps it.
public struct RunRecord: Sendable, Hashable {
    public var id: Int64
    public var started: String
    public var finished: String
    public var status: String
    public var inbox: String
    public var catalogVersion: String
    public var decided: Int
    /// Its dated summary (relative to the output folder), once written.
    public var summary: String?
    /// The host and process that ran it (empty and 0 for runs before ledger schema 6).
    public var host: String = ""
    public var pid: Int64 = 0
    /// SHA-256 of the summary's JSON, CSV and HTML files as written (empty before ledger
    /// schema 9, or before the summary is written).
    public var summaryHashes: [String] = []
}

/// A report set's place: its folder, relative to the output folder, and base name; the
/// files are `dir/base.json`, `.xml` and `.html`.
public struct ReportSet: Sendable, Hashable {
    public static let extensions = ["json", "xml", "html"]
    public var dir: String
    public var base: String
    public init(dir: String, base: String) {
        self.dir = dir
        self.base = base
    }
    /// The set's files, relative to the output folder.
    public var files: [String] { Self.extensions.map { "\(dir)/\(base).\($0)" } }
}

/// What the ledger holds about a decided bundle.
public struct DecidedBundle: Sendable, Hashable {
    public var sha256: String
    public var catalogVersion: String
    public var verdict: String
    public var application: String
    public var matter: String
    public var file: String
    public var reports: ReportSet
    public var decisions: Int
    /// It could not be read at all (a `bundle-unreadable` finding): quarantine.
    public var unreadable: Bool
    /// SHA-256 of the JSON, XML and HTML report files as written, in that order; empty
    /// strings for decisions that predate them (ledger schema 4 and earlier).
    public var reportHashes: [String]

    public init(
        sha256: String, catalogVersion: String, verdict: String, application: String, matter: String, file: String,
        reports: ReportSet, decisions: Int, unreadable: Bool, reportHashes: [String] = []
    ) {
        self.reportHashes = reportHashes
        self.sha256 = sha256
        self.catalogVersion = catalogVersion
        self.verdict = verdict
        self.application = application
        self.matter = matter
        self.file = file
        self.reports = reports
        self.decisions = decisions
        self.unreadable = unreadable
    }
}

/// The outcome of claiming a bundle for decision.
public enum LedgerClaim: Sendable, Hashable {
    /// Decided with this catalog version and its reports are complete.
    case decided(DecidedBundle)
    /// This worker decides it now (release it afterwards).
    case claimed
    /// Another worker of this process is deciding it right now (the same bytes under
    /// another name): try again when the current bundles are done.
    case busy
}

/// A report set about to be written for a bundle.
public struct ReportAnnouncement: Sendable, Hashable {
    public var sha256: String
    public var size: Int64
    public var reports: ReportSet
    public var channel: LedgerChannel
    /// The run writing it: its announcement is swept as unfinished only once that run is
    /// no longer running.
    public var runID: Int64?
    public init(sha256: String, size: Int64, reports: ReportSet, channel: LedgerChannel = .batch, runID: Int64? = nil) {
        self.sha256 = sha256
        self.size = size
        self.reports = reports
        self.channel = channel
        self.runID = runID
    }
}

/// A finding code and severity with how many times a bundle's report has it.
public struct FindingTally: Sendable, Hashable {
    public var code: String
    public var severity: String
    public var count: Int
    public init(code: String, severity: String, count: Int) {
        self.code = code
        self.severity = severity
        self.count = count
    }
}

/// A decision to record.
public struct DecisionRecord: Sendable, Hashable {
    public var sha256: String
    public var size: Int64
    public var catalogVersion: String
    public var verdict: String
    public var application: String
    public var matter: String
    public var matterName: String
    public var scenario: String
    public var submitted: String
    public var file: String
    public var documentBytes: Int64
    public var reports: ReportSet
    /// Wall time spent hashing before the check; 0 when the check hashed the file on a
    /// second thread (fewer workers than cores), `checkMs` then includes it.
    public var hashMs: Double
    public var checkMs: Double
    public var writeMs: Double
    public var runID: Int64
    public var findings: [FindingTally]
    public var channel: LedgerChannel
    /// SHA-256 (hex) of the report set's JSON, XML and HTML files, in that order (what the
    /// next seal covers); empty when not known.
    public var reportHashes: [String] = []

    public init(
        sha256: String, size: Int64, catalogVersion: String, verdict: String, application: String, matter: String,
        matterName: String, scenario: String, submitted: String, file: String, documentBytes: Int64, reports: ReportSet,
        hashMs: Double, checkMs: Double, writeMs: Double, runID: Int64, findings: [FindingTally],
        channel: LedgerChannel = .batch
    ) {
        self.channel = channel
        self.sha256 = sha256
        self.size = size
        self.catalogVersion = catalogVersion
        self.verdict = verdict
        self.application = application
        self.matter = matter
        self.matterName = matterName
        self.scenario = scenario
        self.submitted = submitted
        self.file = file
        self.documentBytes = documentBytes
        self.reports = reports
        self.hashMs = hashMs
        self.checkMs = checkMs
        self.writeMs = writeMs
        self.runID = runID
        self.findings = findings
    }
}

/// A file name a bundle was found under.
public struct NameRecord: Sendable, Hashable {
    public var path: BytePath
    public var relative: BytePath
    public var sha256: String
    public var fingerprint: FileFingerprint
    public var runID: Int64
    public init(path: BytePath, relative: BytePath, sha256: String, fingerprint: FileFingerprint, runID: Int64) {
        self.path = path
        self.relative = relative
        self.sha256 = sha256
        self.fingerprint = fingerprint
        self.runID = runID
    }
}

/// A report set announced but not recorded, and the bundle's current set if it has one.
public struct UnfinishedReportSet: Sendable, Hashable {
    public var sha256: String
    public var pending: ReportSet
    public var current: ReportSet?
}

/// A move announced but not recorded.
public struct UnfinishedMove: Sendable, Hashable {
    public var path: BytePath
    public var destination: BytePath
    public var sha256: String
}

/// A run found still `running` at the start of another: its process died.
public struct InterruptedRun: Sendable, Hashable, Codable {
    public var id: Int64
    public var started: String
    /// Bundles it decided before it died (their reports are complete: a report set is
    /// recorded only once written).
    public var decided: Int
}

/// The batch summary's counts over every decided bundle.
public struct LedgerCounts: Sendable, Hashable {
    /// Decided bundles (distinct SHA-256).
    public var bundles = 0
    /// File names of decided bundles.
    public var names = 0
    public var documentBytes: Int64 = 0
    public var verdicts: [VerdictCount] = []
    /// Per matter and verdict.
    public var matters: [MatterVerdictCount] = []
    /// Per finding code and severity, most frequent first.
    public var findings: [FindingCount] = []
    public var slowest: [SlowBundle] = []
    /// The catalog versions the bundles were decided with, sorted.
    public var catalogVersions: [String] = []
    /// Decisions left out of the counts: a later file under the same name replaced them.
    public var superseded = 0
    public init() {}
}

public struct VerdictCount: Sendable, Hashable {
    public var verdict: String
    public var bundles: Int
}

public struct MatterVerdictCount: Sendable, Hashable {
    /// The matter's code, empty when the bundle named none.
    public var matter: String
    public var matterName: String
    public var verdict: String
    public var bundles: Int
}

public struct FindingCount: Sendable, Hashable {
    public var code: String
    public var severity: String
    /// Bundles whose report has it.
    public var bundles: Int
    /// Times it occurs over all of them.
    public var count: Int
}

public struct SlowBundle: Sendable, Hashable {
    public var file: String
    public var sha256: String
    public var verdict: String
    public var matter: String
    /// Hashing, checking and writing.
    public var milliseconds: Double
    public var reports: ReportSet
}

/// One decided bundle for the summary's per-bundle lists.
public struct DecidedBundleRow: Sendable, Hashable {
    public var sha256: String
    public var file: String
    /// Every name it was found under (display form, relative to the inbox), sorted.
    public var names: [String]
    public var verdict: String
    public var matter: String
    public var matterName: String
    public var application: String
    public var submitted: String
    /// Findings of severity `error`.
    public var errors: Int
    public var catalogVersion: String
    public var hashMs: Double
    public var checkMs: Double
    public var writeMs: Double
    public var reports: ReportSet
    /// The bundle decided from a later file under the same name, if one was.
    public var supersededBy: String?
    /// SHA-256 of the JSON report as written; nil when the decision predates sealing.
    public var jsonSHA256: String? = nil
}

/// A decided bundle's report set as the ledger holds it, for sealing and verifying.
/// A run as a decision's ledger row points at it: when it started and finished, through which channel.
public struct RunTimes: Sendable, Hashable {
    public var id: Int64
    public var started: String
    public var finished: String?
    public var channel: String
    public init(id: Int64, started: String, finished: String?, channel: String) {
        self.id = id
        self.started = started
        self.finished = finished
        self.channel = channel
    }
}

public struct LedgerReportSet: Sendable, Hashable {
    public var sha256: String
    public var catalogVersion: String
    public var reports: ReportSet
    /// SHA-256 of the JSON, XML and HTML files in that order; empty strings when the
    /// decision predates sealing (ledger schema 4 and earlier).
    public var hashes: [String]
    public var seal: Int64?
    /// What the ledger says was decided: `audit verify` checks the sealed JSON report says
    /// the same (the serve endpoint and the summaries answer from the ledger).
    public var decision = Decision()
    public struct Decision: Sendable, Hashable {
        public var verdict = ""
        public var application = ""
        public var matter = ""
        public var scenario = ""
        /// The manifest's submitted time and the bundle's file name as recorded (what `audit
        /// find` shows and filters on); nil: not compared.
        public var submitted: String?
        public var file: String?
        /// The matter's name as recorded (what `audit find` and the summaries show); nil: not
        /// compared.
        public var matterName: String?
        /// The findings recorded, counted by `code severity` (what `audit find --code`
        /// answers from); nil: not compared.
        public var findings: [String: Int]?
        /// The bundle's size in bytes as recorded.
        public var size: Int64?
        /// The decision that replaced this one under the same name (left out of `find` and
        /// the index), if any.
        public var supersededBy: String?
        /// When and through which channel it was decided (`audit find --from/--to` answers from these), and the
        /// times and channel of the run that decided it; nil: not recorded.
        public var decidedAt: String?
        public var channel: String?
        public var run: RunTimes?
        public init(verdict: String = "", application: String = "", matter: String = "", scenario: String = "") {
            self.verdict = verdict
            self.application = application
            self.matter = matter
            self.scenario = scenario
        }
    }
    public init(sha256: String, catalogVersion: String, reports: ReportSet, hashes: [String], seal: Int64?) {
        self.sha256 = sha256
        self.catalogVersion = catalogVersion
        self.reports = reports
        self.hashes = hashes
        self.seal = seal
    }
}

/// The seal about to be made.
public struct SealDraft: Sendable {
    public var seq: Int64
    /// The previous seal's digest; 64 zeros for the first.
    public var previous: String
    public var channel: LedgerChannel
    public var runID: Int64?
    public var created: String
    /// The report sets it covers, ordered by bundle SHA-256.
    public var entries: [LedgerReportSet]
}

/// What the writer of a seal wrote.
public struct SealWritten: Sendable {
    /// The seal file, relative to the output folder.
    public var file: String
    /// SHA-256 of the seal file's bytes: the next seal's `previous`.
    public var digest: String
    public var signed: Bool
    /// The entries as sealed (hashes filled in from the files for decisions that had none).
    public var entries: [LedgerReportSet]
    public init(file: String, digest: String, signed: Bool, entries: [LedgerReportSet]) {
        self.file = file
        self.digest = digest
        self.signed = signed
        self.entries = entries
    }
}

/// A seal as the ledger records it.
public struct SealRecord: Sendable, Hashable {
    public var seq: Int64
    public var digest: String
    public var previous: String
    public var file: String
    public var created: String
    public var channel: String
    public var runID: Int64?
    public var entries: Int
    public var signed: Bool
}

/// A name a bundle was found under, as the ledger keeps it.
public struct BundleName: Sendable, Hashable {
    /// Where it was found (absolute).
    public var path: BytePath
    /// The same, relative to the inbox.
    public var relative: BytePath
    /// Where it was moved (--move-done, quarantine), when it was.
    public var movedTo: BytePath?
    public init(path: BytePath, relative: BytePath, movedTo: BytePath?) {
        self.path = path
        self.relative = relative
        self.movedTo = movedTo
    }
}

/// What `audit find` asks for; nil fields do not filter.
public struct DecisionFilter: Sendable, Hashable {
    public var application: String?
    public var matter: String?
    public var verdict: String?
    /// A finding code the decision must have (`material-missing`).
    public var findingCode: String?
    /// Decided on or after / on or before these dates (YYYY-MM-DD, China Standard Time).
    public var from: String?
    public var to: String?
    /// Also decisions a later file under the same name superseded.
    public var includeSuperseded = false
    public init() {}
}

/// A decision as `audit find` and `audit sample` list it.
public struct DecisionRow: Sendable, Hashable {
    public var sha256: String
    /// When it was decided (ISO 8601, UTC).
    public var decidedAt: String
    public var verdict: String
    public var matter: String
    public var matterName: String
    public var application: String
    public var submitted: String
    public var file: String
    public var catalogVersion: String
    public var channel: String
    public var reports: ReportSet
    /// Its finding codes with counts (`material-missing×2`), sorted.
    public var findings: [String]
    public var supersededBy: String?
    /// The host whose run decided it.
    public var host: String = ""
    /// The SHA-256 of its JSON report as written (nil: decided before reports were sealed).
    public var jsonSHA256: String? = nil
}

/// One file of the cumulative index as written: its path relative to the output folder and its SHA-256.
public struct IndexFile: Sendable, Hashable {
    public var path: String
    public var sha256: String
    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}
