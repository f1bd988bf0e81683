import Dispatch
public import Foundation
public import IntakeAudit
import IntakeBundle
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
public import IntakeIO
public import IntakeLedger
import IntakeModel
public import IntakePipeline
import IntakeReport
import Synchronization

/// What a batch run is asked to do.
public struct RunOptions: Sendable {
    /// The folder of bundles, walked recursively.
    public var inbox: URL
    /// The output folder: reports, ledger, summary.
    public var out: URL
    /// Bundles decided at the same time (workers); never more in flight.
    public var jobs: Int
    /// Where decided bundles are moved (keeping their path relative to the inbox); nil:
    /// bundles stay where they are.
    public var moveDone: URL?
    /// Where bundles that cannot be read at all (`bundle-unreadable`) are moved, with a
    /// copy of their report; nil: they are treated like the others.
    public var quarantine: URL?
    /// A file modified (or its status changed) less than this many seconds ago is not
    /// taken (`settling`): a producer may still be writing it. 0: take everything.
    public var settle: Double = 0
    /// Signs each seal of the output's hash chain (Ed25519); nil: seals are unsigned.
    public var signingKey: SigningKey?
    /// The ledger; nil: `ledger.sqlite` under the output folder. A PostgreSQL ledger is
    /// shared: several runs (on this host or others, over the same inbox and output folder
    /// on shared storage) split the inbox between them.
    public var ledger: LedgerLocation?

    public init(
        inbox: URL, out: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        moveDone: URL? = nil, quarantine: URL? = nil
    ) {
        self.inbox = inbox.standardizedFileURL
        self.out = out.standardizedFileURL
        self.jobs = max(1, jobs)
        self.moveDone = moveDone?.standardizedFileURL
        self.quarantine = quarantine?.standardizedFileURL
    }
}

/// What happened to one bundle file of the inbox.
public struct BundleOutcome: Sendable, Codable, Hashable {
    public enum Status: String, Sendable, Codable {
        /// Decided now; its reports were written.
        case decided
        /// Decided by an earlier run (a resumed run), whatever its catalog version.
        case alreadyDecided = "already-decided"
        /// The same bytes as another bundle already decided, under another name: the
        /// name is recorded, the decision is not repeated.
        case duplicate
        /// Not decided, for ``reason``: a FIFO or folder named `*.zip`, a dangling or
        /// looping link, unreadable, still being written, vanished; nothing recorded.
        case skipped
    }
    /// The path relative to the inbox, as shown to people (``BytePath/display``: names
    /// that are not UTF-8 are decoded from GB18030 and marked, or escaped).
    public var file: String
    public var status: Status
    /// Why it was skipped (status `skipped` only).
    public var reason: SkipReason?
    public var sha256: String
    public var verdict: String
    public var matter: String
    public var application: String
    /// The report files, relative to the output folder.
    public var reports: [String]
    /// Where the bundle was moved (absolute), if it was.
    public var movedTo: String?
    /// Whether it was moved to the quarantine folder (it could not be read at all).
    public var quarantined = false
    public var bundleBytes: Int64
    /// Bytes of the documents read (decided now only).
    public var documentBytes: Int64
    public var seconds: Double
    public var note: String?
    /// Report files of an earlier decision that are gone (removed after it was written):
    /// not written again, left for `intake audit verify` to name.
    public var missingReports: [String]?
}

/// Counts of a run, for the final line and the summary object.
public struct RunTotals: Sendable, Codable, Hashable {
    public var files = 0
    public var decided = 0
    public var alreadyDecided = 0
    public var duplicates = 0
    public var skipped = 0
    /// Skipped entries per reason (``SkipReason``).
    public var skippedReasons: [String: Int] = [:]
    public var moved = 0
    public var quarantined = 0
    /// Per verdict, over every bundle file seen in this run (decided now or before).
    public var verdicts: [String: Int] = [:]
    public var bundleBytes: Int64 = 0
    public var documentBytes: Int64 = 0
    public var seconds = 0.0
    public var catalogVersion = ""
    /// The summary files, relative to the output folder.
    public var summary: [String] = []
    /// The seal this run ended with (relative to the output folder); nil when it decided
    /// nothing new.
    public var seal: String?
    /// Runs found still `running` at the start of this one (their process died), now
    /// closed as `interrupted`.
    public var interrupted: [InterruptedRun] = []
    /// The signal that stopped this run before the inbox was done (`SIGINT`, `SIGTERM`), or
    /// `lease-lost` (a shared ledger's run that could not renew its lease in time and was
    /// replaced); nil when it went through.
    public var stoppedBy: String?
    /// Its process died (kill -9, a crash, power): found `running` by a later run, which
    /// closed it as interrupted and wrote its summary from what the ledger holds.
    public var died = false
    /// When a died run was closed as interrupted by the run that found it (the ledger's end of it, ISO 8601,
    /// UTC); its own end is not known.
    public var closed = ""
    /// The inbox walked, and when the run started and finished (ISO 8601, UTC).
    public var inbox = ""
    public var started = ""
    public var finished = ""

    public init() {}

    mutating func add(_ o: BundleOutcome) {
        files += 1
        switch o.status {
        case .decided: decided += 1
        case .alreadyDecided: alreadyDecided += 1
        case .duplicate: duplicates += 1
        case .skipped:
            skipped += 1
            skippedReasons[o.reason?.rawValue ?? "unknown", default: 0] += 1
        }
        if !o.verdict.isEmpty { verdicts[o.verdict, default: 0] += 1 }
        if o.movedTo != nil {
            if o.quarantined { quarantined += 1 } else { moved += 1 }
        }
        bundleBytes += o.bundleBytes
        documentBytes += o.documentBytes
    }
}

/// Told about the run as it goes (progress bar, log lines, JSON lines). Called from the
/// run's coordinating task, one call at a time.
public protocol RunObserver: Sendable {
    /// The inbox holds `bundles` files of `bytes` bytes in all (counted before starting).
    func started(bundles: Int, bytes: Int64, options: RunOptions, catalogVersion: String, recovered: Recovery)
    func finished(_ outcome: BundleOutcome, totals: RunTotals)
    func warning(_ message: String)
    func completed(_ totals: RunTotals)
}

/// What a run found and repaired at start, left by a run that was killed.
public struct Recovery: Sendable, Hashable, Codable {
    /// Report sets announced but not finished, whose files were removed.
    public var unfinishedReports = 0
    /// Temporary files of the atomic writer, removed.
    public var temporaryFiles = 0
    /// Reports of an older catalog version left to delete, deleted.
    public var obsoleteReports = 0
    /// Moves done but not recorded, now recorded.
    public var moves = 0
    public init() {}
}

/// A request to stop a run early (Ctrl-C, SIGTERM): no bundle is started after it, those
/// in flight finish, the summary is written and the run is recorded as `interrupted`.
public final class RunStop: Sendable {
    private let signal = Atomic<Int32>(0)
    public init() {}

    /// Asks the run to stop; returns false when it had already been asked.
    @discardableResult
    public func request(signal number: Int32) -> Bool {
        signal.compareExchange(expected: 0, desired: number, ordering: .relaxed).exchanged
    }

    /// The signal that asked, if any.
    public var requested: Int32? {
        let n = signal.load(ordering: .relaxed)
        return n == 0 ? nil : n
    }

    /// Not a signal: the run's lease on a shared ledger ran out and another process took
    /// its work over.
    public static let leaseLost: Int32 = -1

    /// `SIGINT`, `SIGTERM`, … for a signal number.
    public static func name(_ number: Int32) -> String {
        switch number {
        case leaseLost: "lease-lost"
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        default: "signal \(number)"
        }
    }
}

/// The nightly batch (夜间批处理): every `*.zip` of the inbox decided by `checker`, in
/// parallel over `options.jobs` workers, each bundle's reports written atomically under
/// the output folder, everything recorded in the ledger so that a run killed at any
/// moment and started again finishes the rest and repeats nothing; then the summary.
public struct BatchRun: Sendable {
    public static let lockFile = ".intake-run.lock"

    public let checker: Checker
    public let options: RunOptions
    public let observer: any RunObserver
    public let stop: RunStop

    public init(checker: Checker, options: RunOptions, observer: any RunObserver, stop: RunStop = RunStop()) {
        self.checker = checker
        self.options = options
        self.observer = observer
        self.stop = stop
    }

    /// A --move-done or --quarantine folder that is the inbox itself, by any path (`IN/.`, a link to it): each bundle's
    /// destination would be the bundle (round 49, tester d: the run removed them as moved before). Refused before anything
    /// is written.
    static func refuseMovesOntoTheInbox(_ options: RunOptions) throws(RunError) {
        guard let inbox = FileFingerprint(path: BytePath(options.inbox)) else { return }
        for (folder, option) in [(options.moveDone, "--move-done"), (options.quarantine, "--quarantine")] {
            guard let folder, let there = FileFingerprint(path: BytePath(folder)) else { continue }
            if (there.device, there.inode) == (inbox.device, inbox.inode) {
                throw RunError(
                    .move,
                    "\(option) \(folder.path) is the inbox \(options.inbox.path) itself: a bundle cannot be moved out of the "
                        + "inbox into it; name another folder (one inside the inbox is skipped by the walk)")
            }
        }
    }

    /// Runs the batch. Throws only when the run itself fails (ledger, output folder,
    /// inbox); a bundle that cannot be decided is a report, not an error.
    @discardableResult
    public func run() async throws(RunError) -> RunTotals {
        let start = DispatchTime.now()
        let out = options.out
        // An inbox that cannot be read fails the run before anything is made under --out (round 42, tester h: a
        // mistyped inbox left a ledger and a catalog archive behind).
        _ = try Self.walk(options.inbox, excluding: [out])
        try Self.refuseMovesOntoTheInbox(options)
        try RunError.io(.output, "cannot create the output folder") { () throws(FileSystemError) in
            try FileSystem.makeFolders(BytePath(out))
        }
        let location = options.ledger ?? .sqlite(out.appendingPathComponent(SQLLedger.fileName))
        try Self.refuseMissingLedger(location, out: out)
        let ledger = try RunError.ledger { () throws(LedgerError) in try location.open() }
        // One run per output folder, unless the ledger is shared: then the runs of every
        // host share the folder, and leases say which are alive.
        let lock = ledger.shared ? nil : try await Self.retryingBusy { () throws(RunError) in try Self.lock(out) }
        let ledgerLock = try await Self.retryingBusy { () throws(RunError) in try Self.lock(location) }
        defer { withExtendedLifetime((lock, ledgerLock)) {} }
        // Whichever way the run ends, the ledger is left whole in its one file (README: a copy of ledger.sqlite alone
        // is the ledger), while the locks are still held (round 42, tester h: a failed run left it in the -wal file).
        defer { try? ledger.checkpoint() }
        try Self.refuseForeignLedger(ledger, location, out: out)
        // Alone (we hold the lock), any run still marked running died without finishing;
        // shared, those whose lease ran out.
        let interrupted = try closeDeadRuns(ledger)
        if !ledger.shared { try summarizeCompletedRuns(ledger) }
        let recovery = try recover(ledger)
        let version = checker.decider.catalog.version
        // The rules that decide are kept beside the reports, once per version.
        do {
            try CatalogArchive.archive(checker.decider.catalog, out: out)
        } catch {
            throw RunError(.output, "cannot archive catalog \(version) under \(out.path)/\(CatalogArchive.folder): \(error)")
        }
        // Created now, so that the walk recognizes (and skips) them inside the inbox.
        let excluded = [out] + [options.moveDone, options.quarantine].compactMap { $0 }
        for folder in excluded.dropFirst() {
            try RunError.io(.move, "cannot create the folder") { () throws(FileSystemError) in
                try FileSystem.makeFolders(BytePath(folder))
            }
        }

        var count = InboxWalk.Count()
        var counting = try Self.walk(options.inbox, excluding: excluded)
        while let entry = counting.next() { count.add(entry) }
        observer.started(
            bundles: count.bundles, bytes: count.bytes, options: options, catalogVersion: version, recovered: recovery)
        for run in interrupted {
            observer.warning(
                "run \(run.id) started \(run.started) was interrupted (its process died after deciding \(run.decided) bundles); closed as interrupted"
            )
        }

        // One reading of the clock for the ledger's record of the run and its summary (audit verify compares them).
        let startedAt = Timestamp.now(milliseconds: true)
        let runID = try RunError.ledger { () throws(LedgerError) in
            try ledger.beginRun(
                inbox: options.inbox.path, catalogVersion: version, jobs: options.jobs, channel: .batch, started: startedAt)
        }
        let keeper = ledger.shared ? LeaseKeeper(ledger: ledger, run: runID, stop: stop) : nil
        defer { keeper?.finish() }
        let threads = WorkerThreads(count: options.jobs, name: "intake-job")
        defer { threads.finish() }
        let worker = Worker(checker: checker, options: options, ledger: ledger, runID: runID, threads: threads)
        var totals = RunTotals()
        totals.catalogVersion = version
        totals.inbox = options.inbox.path
        totals.started = Self.toTheSecond(startedAt)
        totals.interrupted = interrupted
        // Shared, another run moves the bundles it decided out of the inbox (--move-done): gone is no news then.
        var walk = try Self.walk(options.inbox, excluding: excluded, sayVanished: !ledger.shared)
        var seq = 0
        /// Run items accounted for but not yet in the ledger: they go in the next group
        /// commit's transaction (or are flushed on their own when there is none).
        var items: [RunItem] = []
        /// Shared ledger: bundles this run finished with, to leave the queue.
        var finished: [BytePath] = []
        /// Counts an outcome, queues it as one of this run's items and reports it.
        func account(_ outcome: BundleOutcome, _ bundle: InboxBundle?) {
            if ledger.shared, let bundle { finished.append(bundle.path) }
            totals.add(outcome)
            items.append(
                RunItem(
                    runID: runID, seq: seq, file: outcome.file, status: outcome.status.rawValue,
                    reason: outcome.reason?.rawValue, note: outcome.note, sha256: outcome.sha256, movedTo: outcome.movedTo,
                    seconds: outcome.seconds))
            seq += 1
            observer.finished(outcome, totals: totals)
            if let missing = outcome.missingReports {
                observer.warning(
                    "\(outcome.file): decided before, but its report files \(missing.joined(separator: ", ")) are missing (removed after they were written); not decided again: `intake audit verify` names them"
                )
            }
        }
        func flushItems() throws(RunError) {
            let flushed = items
            items.removeAll()
            try RunError.ledger { () throws(LedgerError) in try ledger.recordRunItems(flushed) }
        }
        /// The next bundle to decide from the inbox; entries skipped on the way are counted
        /// and reported.
        func nextBundle() -> InboxBundle? {
            while stop.requested == nil, let entry = walk.next() {
                switch entry {
                case .bundle(let b):
                    return b
                case .skipped(let relative, let reason, let detail):
                    account(
                        BundleOutcome(
                            file: relative.display, status: .skipped, reason: reason, sha256: "", verdict: "", matter: "",
                            application: "", reports: [], movedTo: nil, bundleBytes: 0, documentBytes: 0, seconds: 0,
                            note: detail), nil)
                }
            }
            return nil
        }
        /// Shared ledger: the next bundle from the queue (taken a few at a time, under this
        /// run's lease); the bundles finished meanwhile leave it first.
        var taken: ArraySlice<InboxBundle> = []
        var queueFailure: LedgerError?
        func nextQueued() -> InboxBundle? {
            guard stop.requested == nil, queueFailure == nil else { return nil }
            if taken.isEmpty {
                do {
                    try flushFinished()
                    taken = try ledger.take(inbox: options.inbox.path, run: runID, limit: Self.takeBatch(jobs: options.jobs))[...]
                } catch {
                    queueFailure = error
                    return nil
                }
            }
            return taken.popFirst()
        }
        func flushFinished() throws(LedgerError) {
            guard !finished.isEmpty else { return }
            try ledger.finishWork(finished, run: runID)
            finished.removeAll()
        }

        do {
            // The same bytes met under two names at once: one is decided, the other
            // postponed until that decision is recorded; then, in a pass of their own, it
            // is a duplicate (a pass postpones a bundle only behind one it decides).
            func takeItems(_ atLeast: Int) -> [RunItem] {
                guard items.count >= atLeast else { return [] }
                defer { items.removeAll() }
                return items
            }
            func decideRest(_ postponed: [InboxBundle]) async throws {
                var postponed = postponed
                while !postponed.isEmpty, stop.requested == nil {
                    let before = postponed.count
                    var queue = postponed[...]
                    postponed = try await decideAll(
                        worker: worker, next: { queue.popFirst() }, account: account, takeItems: takeItems,
                        retrying: true)
                    // Shared: the twin may be another process' to decide; give it time.
                    if postponed.count >= before { try await Task.sleep(for: pollInterval(ledger)) }
                }
            }
            if ledger.shared {
                // Every walker adds the inbox's bundles to the shared queue (those there stay);
                // then each run takes from it until it is empty, waiting for the bundles other
                // runs hold: finished by them, or taken over once their lease runs out.
                var batch: [InboxBundle] = []
                while let b = nextBundle() {
                    batch.append(b)
                    if batch.count == 500 {
                        try RunError.ledger { () throws(LedgerError) in
                            try ledger.enqueue(inbox: options.inbox.path, bundles: batch)
                        }
                        batch.removeAll()
                    }
                }
                try RunError.ledger { () throws(LedgerError) in try ledger.enqueue(inbox: options.inbox.path, bundles: batch) }
                while stop.requested == nil {
                    try await decideRest(
                        try await decideAll(worker: worker, next: nextQueued, account: account, takeItems: takeItems))
                    if let queueFailure { throw RunError(.ledger, "the shared queue", cause: queueFailure) }
                    try RunError.ledger { () throws(LedgerError) in try flushFinished() }
                    if try RunError.ledger({ () throws(LedgerError) in try ledger.workLeft(inbox: options.inbox.path) }) == 0 {
                        break
                    }
                    try await Task.sleep(for: pollInterval(ledger))
                }
                if stop.requested != nil {
                    try RunError.ledger { () throws(LedgerError) in
                        try flushFinished()
                        try ledger.returnWork(run: runID)
                    }
                }
            } else {
                // The walk's bundles go to the workers looked up in the ledger a batch at a
                // time (one statement instead of one a bundle, waiting on the group commits'
                // lock); one that cannot be looked up now is looked up by its worker.
                // A stop hands out nothing more (the bundles in flight finish: README), those looked up included.
                var looked: ArraySlice<InboxBundle> = []
                func nextLookedUp() -> InboxBundle? {
                    guard stop.requested == nil else { return nil }
                    if looked.isEmpty {
                        var batch: [InboxBundle] = []
                        while batch.count < Self.lookUpBatch, let b = nextBundle() { batch.append(b) }
                        guard !batch.isEmpty else { return nil }
                        looked = ((try? ledger.lookUpNames(batch)) ?? batch)[...]
                    }
                    return looked.popFirst()
                }
                try await decideRest(
                    try await decideAll(worker: worker, next: nextLookedUp, account: account, takeItems: takeItems))
            }
            try flushItems()
        } catch {
            // Shared: what this run held goes back at once, not when its lease runs out.
            if ledger.shared { try? ledger.releaseAll(run: runID) }
            if let error = error as? RunError { throw error }
            throw RunError(.output, "the run stopped: \(error)")
        }

        // Shared: runs that died meanwhile (their lease ran out while this one waited for
        // their bundles) are closed now, their unfinished report sets removed.
        if ledger.shared {
            totals.interrupted += try closeDeadRuns(ledger)
            _ = try RunError.ledger { () throws(LedgerError) in try sweepUnfinishedReports(ledger) }
        }
        totals.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let finishedAt = Timestamp.now(milliseconds: true)
        totals.finished = Self.toTheSecond(finishedAt)
        // No renewal after this point: one that came after the run is closed would take the
        // closed run for a lost lease.
        keeper?.finish()
        totals.stoppedBy = stop.requested.map(RunStop.name)
        try RunError.ledger { () throws(LedgerError) in
            try ledger.finishRun(
                runID, decided: totals.decided, seconds: totals.seconds,
                status: stop.requested == nil ? .completed : .interrupted, finished: finishedAt)
        }
        // Every report set recorded since the last seal (this run's, and a dead run's).
        do {
            totals.seal = try Sealer(ledger: ledger, out: out, key: options.signingKey).seal(channel: .batch, runID: runID)?.file
        } catch {
            throw RunError(.output, "cannot seal the run's reports: \(error)")
        }
        totals.summary = try BatchSummary.write(ledger: ledger, out: out, runID: runID, run: totals)
        try RunError.ledger { () throws(LedgerError) in try ledger.checkpoint() }
        observer.completed(totals)
        return totals
    }

    /// The folders of `out` a run or server writes into (seals, reports, run summaries)
    /// that hold something.
    static func writtenFolders(_ out: URL) -> [String] {
        FileSystem.nonEmpty(["seals", "reports", "runs"], in: out)
    }

    /// Refuses, before the ledger is opened (opening creates it), an output folder that
    /// holds seals, reports or run summaries while its SQLite ledger file does not exist:
    /// removed or moved away. Creating an empty one there would leave a ledger that `audit
    /// verify` then reads as every seal and report added after the fact (round 24, tester
    /// 2), where the truth is that the folder's ledger is missing.
    public static func refuseMissingLedger(_ location: LedgerLocation, out: URL) throws(RunError) {
        guard case .sqlite(let url) = location else { return }
        // An emptied ledger beside a folder that holds decisions is evidence: opened, it became a fresh ledger, and `audit
        // verify` then read a rollback where there was a truncation (round 50, tester d). Refused before it is opened,
        // left as it is (its -wal, if any, is what SQLite would read: then it is not empty).
        if let size = Self.fileSize(url), size == 0, (Self.fileSize(URL(fileURLWithPath: url.path + "-wal")) ?? 0) == 0 {
            let written = writtenFolders(out)
            guard !written.isEmpty else { return }
            throw RunError(
                .ledger,
                "the output folder \(out.path) holds \(written.joined(separator: ", ")) but its ledger \(url.path) is empty (0 bytes): it was emptied or truncated; nothing was decided and the file is left as it is. Restore it from a backup, give the folder's ledger with --ledger, or use another --out"
            )
        }
        guard !FileManager.default.fileExists(atPath: url.path) else { return }
        let written = writtenFolders(out)
        guard !written.isEmpty else { return }
        throw RunError(
            .ledger,
            "the output folder \(out.path) holds \(written.joined(separator: ", ")) but its ledger \(url.path) does not exist (removed or moved? or the folder is written by runs sharing a PostgreSQL ledger, which --ledger postgres://… names); nothing was decided and no ledger was created. Put the folder's ledger back, give it with --ledger, or use another --out"
        )
    }

    static func fileSize(_ url: URL) -> Int64? {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.int64Value
    }

    /// Refuses an output folder that holds seals, reports or run summaries while the ledger
    /// records no run at all: it is not this folder's ledger (`ledger.sqlite` copied without
    /// its `-wal` file, another `--ledger`), and a run on it would decide everything again,
    /// reuse seal numbers and run ids and overwrite the sealed files under those names. So
    /// is one whose ledger is behind the folder (restored from a backup taken before the
    /// last runs): run summaries numbered past its last run, seal files past its last seal
    /// (round 21: the next run wrote seals/000002.json and runs/…/run-2.* again, and `audit
    /// verify` passed). The one seal file past the last that a run killed between writing
    /// and recording it leaves is no sign of that: its bundles are all in the ledger.
    /// `intake serve` refuses such a data folder too: it seals and numbers its runs in the
    /// same ledger and folder.
    public static func refuseForeignLedger(_ ledger: any LedgerStore, _ location: LedgerLocation, out: URL)
        throws(RunError)
    {
        let written = writtenFolders(out)
        guard !written.isEmpty else { return }
        // The folder is read before the ledger: what a server sharing the folder writes
        // meanwhile is recorded first (a seal file excepted, written just before it is).
        let summaries = Self.numbered(under: out.appendingPathComponent("runs"), prefix: "run-", depth: 2)
        let sealFiles = Self.numbered(under: out.appendingPathComponent(Sealer.folder), prefix: "", depth: 1)
        let (runs, seals) = try RunError.ledger { () throws(LedgerError) in
            (try ledger.runs(channel: .batch) + ledger.runs(channel: .online), try ledger.seals())
        }
        guard !runs.isEmpty else {
            throw RunError(
                .ledger,
                "the output folder \(out.path) holds \(written.joined(separator: ", ")) but the ledger \(location.path) records no run: it is not this folder's ledger (ledger.sqlite copied without its -wal file?); nothing was decided. Give its ledger (--ledger) or another --out"
            )
        }
        let lastRun = runs.map(\.id).max() ?? 0
        let lastSeal = seals.map(\.seq).max() ?? 0
        func leftByAKill(_ file: String) -> Bool {
            guard let data = FileManager.default.contents(atPath: out.appendingPathComponent(file).path),
                let seal = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let entries = seal["entries"] as? [[String: Any]]
            else { return false }
            // A kill leaves no decision naming the seal (its row and the decisions' seal are recorded in one
            // transaction): decisions that name it are a seal row removed (round 48, tester d: the run replaced the
            // signed seal and exited 0).
            let number = (seal["seal"] as? NSNumber)?.int64Value ?? lastSeal + 1
            if let sets = try? ledger.reportSets(), sets.contains(where: { $0.seal == number }) {
                // Unless a server sharing the folder recorded that seal since the seals were read.
                return (try? ledger.seals())?.contains { $0.seq == number } ?? false
            }
            return entries.allSatisfy { e in
                (e["bundle"] as? String).map { (try? ledger.decided(sha256: $0)) != nil } ?? false
            }
        }
        let ahead =
            summaries.filter { $0.number > lastRun }.map(\.file)
            + sealFiles.filter { $0.file.hasSuffix(".json") }.filter {
                $0.number > lastSeal + 1 || ($0.number == lastSeal + 1 && !leftByAKill($0.file))
            }.map(\.file)
        guard !ahead.isEmpty else { return }
        throw RunError(
            .ledger,
            "the ledger \(location.path) is behind the output folder \(out.path): it records runs up to \(lastRun) and seals up to \(lastSeal), but the folder holds \(ahead.sorted().prefix(4).joined(separator: ", "))\(ahead.count > 4 ? " and \(ahead.count - 4) more" : "") (a ledger restored from an earlier backup?); a run would reuse those numbers and overwrite sealed files. Nothing was decided. Give the ledger that goes with this folder, or another --out"
        )
    }

    /// The files `PREFIX<number>.<extension>` in `folder` (and its subfolders, to `depth`),
    /// relative to the output folder, with their number.
    private static func numbered(under folder: URL, prefix: String, depth: Int) -> [(file: String, number: Int64)] {
        let base = folder.lastPathComponent
        var found: [(String, Int64)] = []
        var folders = [(folder, base, 1)]
        while let (url, relative, level) = folders.popLast() {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                if level < depth {
                    folders.append((url.appendingPathComponent(name), relative + "/" + name, level + 1))
                } else if name.hasPrefix(prefix), let stem = name.split(separator: ".").first,
                    let number = Int64(stem.dropFirst(prefix.count))
                {
                    found.append((relative + "/" + name, number))
                }
            }
        }
        return found
    }

    /// At most this many decided bundles wait for the group commit, and at most this many
    /// bytes of rendered reports; beyond, no new bundle is started until a group is
    /// committed (memory stays bounded when the disk is slower than the checks).
    static let maxWaiting = 256
    static let maxWaitingBytes = 64 << 20
    /// A group is committed once it holds this many decided bundles (or half the bytes
    /// above), once its first bundle has waited ``groupMaxWait`` seconds, or when no
    /// bundle is being decided: a group's fixed costs (the disk syncs, two ledger
    /// transactions) are shared by many bundles, and a kill loses at most one group of
    /// decisions not yet written (decided again by the next run).
    static let groupTarget = 32
    static let groupMaxWait = 1.0
    /// Run items kept before they are flushed on their own (a resumed run with nothing
    /// left to decide has no group commit to carry them).
    static let maxUnrecordedItems = 1024
    /// Bundles of the inbox looked up in the ledger at once (a local ledger).
    static let lookUpBatch = 64

    /// Decides the bundles `next` gives, `options.jobs` at a time (the next one started
    /// when one ends), on Dispatch's threads (blocking I/O and CPU work stay off the
    /// cooperative pool), with group commit: while one group of decided bundles is written
    /// and recorded, the workers go on checking, and what they decide meanwhile forms the
    /// next group (up to ``groupTarget`` bundles, see there). Returns
    /// the bundles postponed behind a twin in flight. `account` takes each outcome (in
    /// the order known); `takeItems(n)` hands over the run items accounted so far when
    /// there are at least n, to be recorded with the next group. `retrying`: bundles
    /// postponed before, each claimed before it is checked (its twin may still be held).
    private func decideAll(
        worker: Worker, next: () -> InboxBundle?, account: (BundleOutcome, InboxBundle?) -> Void,
        takeItems: (Int) -> [RunItem], retrying: Bool = false
    ) async throws -> [InboxBundle] {
        enum Step: Sendable {
            case worker(Worker.Result)
            case committed([(BundleOutcome, InboxBundle)])
        }
        var postponed: [InboxBundle] = []
        var waiting: [Worker.Pending] = []
        var waitingBytes = 0
        var waitingSince = DispatchTime.now()
        var running = 0
        var committing = false
        try await withThrowingTaskGroup(of: Step.self) { group in
            func refill() {
                while running < options.jobs, waiting.count < Self.maxWaiting, waitingBytes < Self.maxWaitingBytes,
                    let b = next()
                {
                    running += 1
                    group.addTask { .worker(try await worker.offload(b, claimFirst: retrying)) }
                }
            }
            func commitIfIdle() throws {
                guard !committing else { return }
                if waiting.isEmpty {
                    let flushed = takeItems(running == 0 ? 1 : Self.maxUnrecordedItems)
                    try RunError.ledger { () throws(LedgerError) in try worker.ledger.recordRunItems(flushed) }
                    return
                }
                let waited = Double(DispatchTime.now().uptimeNanoseconds - waitingSince.uptimeNanoseconds) / 1e9
                if running > 0, waiting.count < Self.groupTarget, waitingBytes < Self.maxWaitingBytes / 2,
                    waited < Self.groupMaxWait
                {
                    return
                }
                let batch = waiting
                let carried = takeItems(0)
                waiting.removeAll()
                waitingBytes = 0
                committing = true
                group.addTask {
                    .committed(Array(zip(try await worker.offloadCommit(batch, runItems: carried), batch.map(\.bundle))))
                }
            }
            refill()
            while let step = try await group.next() {
                switch step {
                case .worker(let result):
                    running -= 1
                    switch result {
                    case .done(let outcome, let bundle): account(outcome, bundle)
                    case .postponed(let b): postponed.append(b)
                    case .decided(let p):
                        if waiting.isEmpty { waitingSince = DispatchTime.now() }
                        waiting.append(p)
                        waitingBytes += p.decision.files.reduce(0) { $0 + $1.bytes.count }
                    }
                case .committed(let outcomes):
                    committing = false
                    for (o, b) in outcomes { account(o, b) }
                }
                refill()  // first: a bundle just finished is not "nothing running" while more are to come
                try commitIfIdle()
                refill()
            }
        }
        return postponed
    }

    /// Now, ISO 8601 in UTC to the second.
    /// An ISO 8601 instant with milliseconds (`…T13:36:14.999Z`) as the summary gives times, to the second (`…T13:36:14Z`).
    static func toTheSecond(_ instant: String) -> String {
        guard let dot = instant.firstIndex(of: ".") else { return instant }
        return String(instant[..<dot]) + "Z"
    }

    /// Takes the output folder's lock (one run per output folder); released when the
    /// value is dropped (the run ends) or the process dies.
    static func lock(_ out: URL) throws(RunError) -> FolderLock {
        do {
            return try FolderLock(folder: BytePath(out), name: lockFile)
        } catch  where error.code == .busy {
            throw RunError(.busy, "another intake run is using \(out.path)")
        } catch {
            throw RunError(.output, "cannot write in the output folder", cause: error)
        }
    }

    /// `take`, tried again for up to two seconds while it is busy: a lock held a moment by no run (a
    /// process another thread spawns shares the lock's open file until it execs, when close-on-exec
    /// closes it: seen in the test suite, a run right after another refused as busy). A run holds
    /// its locks far longer than that. Waits without holding a thread.
    static func retryingBusy<T>(_ take: () throws(RunError) -> T) async throws(RunError) -> T {
        for _ in 0..<20 {
            do {
                return try take()
            } catch  where error.code == .busy {
                try? await Task.sleep(nanoseconds: 100_000_000)
            }
        }
        return try take()
    }

    /// Takes the SQLite ledger's lock for runs (one run per ledger, whatever its output
    /// folder): see `LedgerLocation.lock(kind:)`.
    static func lock(_ location: LedgerLocation) throws(RunError) -> FolderLock? {
        do {
            return try location.lock(kind: "intake-run")
        } catch  where error.code == .busy {
            throw RunError(.busy, "another intake run is using the ledger \(location.path)")
        } catch {
            throw RunError(.ledger, "cannot lock the ledger \(location.path)", cause: error)
        }
    }

    static func walk(_ inbox: URL, excluding: [URL], sayVanished: Bool = true) throws(RunError) -> InboxWalk {
        do {
            return try InboxWalk(inbox: inbox, excluding: excluding, sayVanished: sayVanished)
        } catch {
            throw RunError(
                .inbox, error.message,
                cause: FileSystemError(
                    error.code, "", systemCall: error.systemCall, path: error.path, errno: error.errno, location: error.location))
        }
    }

    /// How many bundles a shared run takes from the queue at a time: each take (and the
    /// removal of the bundles finished, which goes with it) is a few round trips and a
    /// commit on the server while no new bundle starts, so a take should carry several
    /// bundles per worker; what one run holds is taken over by the others only when its
    /// lease runs out, so not many more.
    static func takeBatch(jobs: Int) -> Int { max(16, jobs * 8) }

    /// How long a shared run waits before looking at the queue again.
    func pollInterval(_ ledger: any LedgerStore) -> Duration {
        .milliseconds(Int(min(0.2, max(0.05, ledger.leaseSeconds / 8)) * 1000))
    }

    /// Closes the runs that died (alone: every run still `running`; shared: those whose
    /// lease ran out) and writes each its dated summary from the items it recorded.
    func closeDeadRuns(_ ledger: any LedgerStore) throws(RunError) -> [InterruptedRun] {
        let dead = try RunError.ledger { () throws(LedgerError) in try ledger.closeInterruptedRuns() }
        // Shared: a run another process closed and died before summarizing is summarized here
        // (round 33, tester m: a run killed while it closed another left that one without a
        // summary for good, and nothing said so).
        let orphans = try RunError.ledger { () throws(LedgerError) in try ledger.takeUnsummarizedRuns(channel: .batch) }
            .filter { id in !dead.contains { $0.id == id } }
        for id in dead.map(\.id) + orphans {
            // A run's items ride with the next group commit: the decisions of its last
            // groups were recorded, their items not. Listed now, so that its summary counts
            // what the ledger says it decided.
            _ = try RunError.ledger { () throws(LedgerError) in
                try ledger.recordUnlistedDecisions(
                    run: id, note: "listed by the next run: this run's process died before it listed this decision")
            }
            _ = try BatchSummary.writeRecordedRun(ledger: ledger, out: options.out, runID: id)
        }
        for id in orphans {
            observer.warning(
                "run \(id) was closed as interrupted by a process that died before it wrote its summary; summarized now")
        }
        return dead
    }

    /// Writes the summary of every finished run killed before its summary was written (a
    /// run is recorded `completed` or `interrupted` first, then summarized): made from the
    /// items the ledger holds, as a died run's is; a run with no items (one from before
    /// ledger schema 4 kept none) is left as it is. Alone only (the folder lock says no
    /// other run is writing one now).
    func summarizeCompletedRuns(_ ledger: any LedgerStore) throws(RunError) {
        let unsummarized = try RunError.ledger { () throws(LedgerError) in try ledger.runs(channel: .batch) }
            .filter { $0.status != "running" && $0.summary == nil }
        for run in unsummarized {
            _ = try BatchSummary.writeRecordedRun(
                ledger: ledger, out: options.out, runID: run.id, died: run.status != "completed", onlyWithItems: true)
        }
    }

    /// Repairs what a killed run left: announced report sets not finished (their files
    /// removed, so no partial set survives), reports of an older catalog version not yet
    /// deleted, temporary files of the atomic writer, moves done but not recorded.
    func recover(_ ledger: any LedgerStore) throws(RunError) -> Recovery {
        try RunError.ledger { () throws(LedgerError) in try repair(ledger) }
    }

    /// Removes the files of report sets announced by runs no longer running but never
    /// recorded (a set the bundle still has stays); returns how many files.
    private func sweepUnfinishedReports(_ ledger: any LedgerStore) throws(LedgerError) -> Int {
        var removed = 0
        let out = BytePath(options.out)
        for unfinished in try ledger.unfinishedReports() {
            let current = unfinished.current?.files ?? []
            for file in unfinished.pending.files where !current.contains(file) {
                if FileSystem.remove(out.appending(BytePath(file))) { removed += 1 }
            }
            try ledger.clearAnnouncement(sha256: unfinished.sha256)
        }
        return removed
    }

    private func repair(_ ledger: any LedgerStore) throws(LedgerError) -> Recovery {
        var r = Recovery()
        let out = BytePath(options.out)
        r.unfinishedReports = try sweepUnfinishedReports(ledger)
        let obsolete = try ledger.obsoleteReports()
        for file in obsolete where FileSystem.remove(out.appending(BytePath(file))) { r.obsoleteReports += 1 }
        try ledger.forgetObsolete(obsolete)

        var folders: Set<BytePath> = []
        for move in try ledger.unfinishedMoves() {
            folders.insert(move.destination.parent)
            let source = FileSystem.exists(move.path)
            if !source && FileSystem.exists(move.destination) {
                try ledger.recordMove(path: move.path, to: move.destination)
                r.moves += 1
            } else if !source {
                // Placed under the other free name (NAME.<sha256 prefix>.zip)?
                let other = FileMove.alternative(move.destination, sha256: move.sha256)
                if FileSystem.exists(other) {
                    try ledger.recordMove(path: move.path, to: other)
                    r.moves += 1
                }
            }
            // Else the source is still there: this run finds it in the inbox and moves it.
        }
        // Shared: another host's writer may be at work in the same folders.
        let age = ledger.shared ? max(600, 4 * ledger.leaseSeconds) : 0
        r.temporaryFiles += AtomicWriter.removeTemporaries(under: out, minimumAge: age)
        let outPrefix = out.bytes + [0x2F]
        for folder in folders.sorted() where !folder.bytes.starts(with: outPrefix) {
            r.temporaryFiles += AtomicWriter.removeTemporaries(under: folder, recursive: false, minimumAge: age)
        }
        return r
    }
}

extension InboxWalk {
    struct Count {
        var bundles = 0
        var bytes: Int64 = 0
        /// Every entry counts as a file of the run (the skipped ones too).
        mutating func add(_ entry: InboxEntry) {
            bundles += 1
            if case .bundle(let b) = entry { bytes += b.size }
        }
    }
}
