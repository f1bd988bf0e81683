import Crypto
import Dispatch
import Foundation
import IntakeAudit
import IntakeBundle
import IntakeDecision
import IntakeIO
import IntakeLedger
import IntakeModel
import IntakePipeline
import IntakeReport
import IntakeRun
import Logging
import Synchronization

/// What every request shares: the checker deciding now (swapped whole on SIGHUP, so a
/// check in flight finishes with the catalog it started with), the ledger and the run
/// this server records its decisions under, the gate and the metrics.
final class ServerState: Sendable {
    let options: ServeOptions
    let ledger: any LedgerStore
    let recorder: DecisionRecorder
    let gate: CheckGate
    let metrics: ServerMetrics
    let tokens: TokenDigests?
    let logger: Logger
    let uploads: BytePath
    /// The data folder as the server opened it (device and inode): a folder put in its place since is another's, into
    /// which this server's reports would go while its ledger rows go to the folder moved away (round 58, tester t).
    let dataIdentity: FileFingerprint?
    private let current: Mutex<Checker>
    private let decidedCount = Atomic<Int>(0)
    private let uploading = Atomic<Int>(0)
    private let reloading = Mutex<Bool>(false)

    init(
        options: ServeOptions, checker: Checker, ledger: any LedgerStore, runID: Int64, tokens: TokenDigests?,
        metrics: ServerMetrics, logger: Logger
    ) {
        self.options = options
        self.ledger = ledger
        self.recorder = DecisionRecorder(ledger: ledger, out: options.data, runID: runID, channel: .online)
        self.metrics = metrics
        self.gate = CheckGate(workers: options.workers, queue: options.queue, metrics: metrics)
        self.tokens = tokens
        self.logger = logger
        // Replicas sharing the data folder each receive into a folder of their own.
        let uploads = options.data.appendingPathComponent("uploads")
        self.uploads = BytePath(ledger.shared ? uploads.appendingPathComponent("\(ThisHost.name).\(getpid())") : uploads)
        self.current = Mutex(checker)
        self.dataIdentity = FileFingerprint(path: BytePath(options.data))
        metrics.catalog(version: checker.catalogVersion)
    }

    var checker: Checker { current.withLock { $0 } }

    /// Takes a place for an upload; false when `maxUploads` are arriving already.
    func beginUpload() -> Bool {
        let now = uploading.add(1, ordering: .relaxed).newValue
        if now > options.maxUploads {
            uploading.subtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func endUpload() { uploading.subtract(1, ordering: .relaxed) }

    /// When the shutdown began (milliseconds of uptime), 0 while serving.
    private let stoppingSince = Atomic<Int64>(0)

    /// A shutdown signal came: uploads still arriving are cut after ``ServeOptions/shutdownGrace``.
    func beginStopping() {
        _ = stoppingSince.compareExchange(
            expected: 0, desired: Int64(DispatchTime.now().uptimeNanoseconds / 1_000_000), ordering: .relaxed)
    }

    /// Whether an upload still arriving is cut now: the shutdown's grace has passed.
    @Sendable func cutsUploads() -> Bool {
        let since = stoppingSince.load(ordering: .relaxed)
        guard since > 0 else { return false }
        let grace = options.shutdownGrace.components
        let graceMs = grace.seconds * 1000 + grace.attoseconds / 1_000_000_000_000_000
        return Int64(DispatchTime.now().uptimeNanoseconds / 1_000_000) - since >= graceMs
    }

    /// Runs blocking work (the ledger's SQLite calls) on a Dispatch thread, never on the
    /// cooperative pool that serves every connection.
    func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
    var decided: Int { decidedCount.load(ordering: .relaxed) }

    /// Loads the catalog again (SIGHUP) and swaps it in when it loads; on failure the
    /// catalog deciding now stays and the reason is logged.
    func reload() async {
        let busy = reloading.withLock { r in
            defer { r = true }
            return r
        }
        guard !busy else { return }
        defer { reloading.withLock { $0 = false } }
        let options = self.options
        let result: Result<Checker, any Error> = await withCheckedContinuation { c in
            DispatchQueue.global().async {
                c.resume(returning: Result { try Checker.load(home: options.home, pipeline: options.pipeline) })
            }
        }
        switch result {
        case .success(let new):
            do {
                let catalog = new.decider.catalog
                let data = options.data
                _ = try await blocking { try CatalogArchive.archive(catalog, out: data) }
            } catch {
                metrics.reload(result: "failed")
                logger.error(
                    "catalog reload failed: the new catalog cannot be archived; the catalog loaded before still decides",
                    metadata: ["error": "\(error)"])
                return
            }
            let old = current.withLock { c in
                defer { c = new }
                return c.catalogVersion
            }
            metrics.catalog(version: new.catalogVersion)
            metrics.reload(result: "loaded")
            logger.info(
                "catalog reloaded",
                metadata: [
                    "catalog": .string(new.catalogVersion), "previous": .string(old),
                    "changed": .stringConvertible(old != new.catalogVersion),
                ])
        case .failure(let error):
            metrics.reload(result: "failed")
            logger.error("catalog reload failed; the catalog loaded before still decides", metadata: ["error": "\(error)"])
        }
    }

    /// Seals the decisions recorded since the last seal (a period's, and the shutdown's);
    /// a failure is logged and the next period tries again.
    func seal(runID: Int64) async {
        let sealer = Sealer(ledger: ledger, out: options.data, key: options.signingKey)
        do {
            if let seal = try await blocking({ try sealer.seal(channel: .online, runID: runID) }) {
                logger.info("sealed", metadata: ["seal": .string(seal.file), "entries": "\(seal.entries)"])
            }
        } catch {
            logger.error("cannot seal the decisions; the next period tries again", metadata: ["error": "\(error)"])
        }
    }

    /// The answer to an upload: decided now, or from the ledger when these bytes were
    /// decided before, with whatever catalog.
    struct Answer: Sendable {
        var decided: DecidedBundle
        var fromLedger: Bool
    }

    /// How long an upload waits for the decision another request or replica is making on the
    /// same bytes before it is answered 503 with Retry-After: a decision takes seconds, and a
    /// claim held longer is most likely a frozen or cut-off replica's, held until its lease
    /// runs out (30 s by default): the backend's synchronous call is not held that long, and
    /// the retry is answered from the ledger.
    static let claimWaitSeconds: UInt64 = 10

    /// Decides the uploaded file `path` (SHA-256 `sha`, `size` bytes) once: the ledger's
    /// claim makes concurrent uploads of the same bytes wait for the first instead of
    /// deciding twice. A decision recorded stands, as in `intake run`, whatever catalog
    /// made it (after a reload or a restart with another pipeline) and even when its report
    /// files were removed since: its report may be sealed, or in the applicant's hands, and
    /// deciding again would rewrite it, or re-seal over the removal `audit verify` must see.
    /// New rules are tried with `intake audit rejudge`, which touches no report.
    func decide(_ path: BytePath, sha256 sha: String, size: Int64) async throws -> Answer {
        let checker = self.checker
        let recorder = self.recorder
        var waitStarted = DispatchTime.now()
        var lostClaim = false
        while true {
            let ledger = self.ledger
            let claim: LedgerClaim
            do {
                claim = try await blocking {
                    try ledger.claim(sha, catalogVersion: nil, run: recorder.runID, complete: { _ in true })
                }
            } catch let error as LedgerError where error.code == .leaseLost {
                // This replica's run was closed by another (its lease ran out): it decides
                // nothing more; the backend tries again, and another replica answers.
                logger.error("the server lost its lease on the shared ledger", metadata: ["sha256": .string(sha)])
                var p = Problem.busy(retryAfter: 5)
                p.detail =
                    "this server lost its lease on the shared ledger and decides no more; try again (another replica answers)"
                throw p
            }
            switch claim {
            case .decided(let d):
                return Answer(decided: d, fromLedger: true)
            case .busy:
                // The same bytes are being decided by another request or replica.
                if DispatchTime.now().uptimeNanoseconds - waitStarted.uptimeNanoseconds > Self.claimWaitSeconds * 1_000_000_000 {
                    var p = Problem.busy(retryAfter: 5)
                    p.detail =
                        "the same bundle is being decided by another request; try again shortly (its report is then answered)"
                    throw p
                }
                try await Task.sleep(for: .milliseconds(10))
                continue
            case .claimed:
                break
            }
            defer { ledger.release(sha) }
            #if DEBUG
                // Tests freeze a replica (SIGSTOP) while it holds a claim; a check of a few
                // hundred milliseconds can end before the signal lands on a loaded machine.
                // Debug builds only: the release binary has no such pause.
                if let ms = ProcessInfo.processInfo.environment["INTAKE_TEST_HOLD_CLAIM_MS"].flatMap(Int.init), ms > 0 {
                    try await Task.sleep(for: .milliseconds(ms))
                }
            #endif
            // The check (CPU, reading the bundle) takes one of the bounded workers; writing
            // the report set and committing to the ledger (mostly waiting for fsync) does
            // not hold one, so the next check runs meanwhile.
            let report: Report
            let checkMs: Double
            do {
                (report, checkMs) = try await gate.run { () -> (Report, Double) in
                    let t0 = DispatchTime.now()
                    #if DEBUG
                        // Tests keep a check busy on the CPU (as a hostile manifest or a large
                        // bundle does) to see that the server still answers meanwhile. Debug
                        // builds only.
                        if let ms = ProcessInfo.processInfo.environment["INTAKE_TEST_CHECK_SPIN_MS"].flatMap(UInt64.init) {
                            let end = t0.uptimeNanoseconds + ms * 1_000_000
                            while DispatchTime.now().uptimeNanoseconds < end {}
                        }
                    #endif
                    let report = checker.check(path, bundleHash: (sha, size))
                    return (report, Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e6)
                }
            } catch is CheckGate.QueueFull {
                throw Problem.busy(retryAfter: 1)
            }
            // The upload could not even be opened (out of descriptors, an I/O error): the
            // machine's fault, not the bundle's; answered 503, never recorded as invalid.
            if report.findings.contains(where: {
                $0.code == .bundleUnreadable && $0.message.hasPrefix(ApplicationBundle.fileReadFailure)
            }) {
                logger.error(
                    "cannot read an upload", metadata: ["sha256": .string(sha), "why": .string(report.findings[0].message)])
                throw Problem.busy(retryAfter: 5)
            }
            let decided: DecidedBundle
            do {
                decided = try await withCheckedThrowingContinuation { continuation in
                    DispatchQueue.global().async {
                        continuation.resume(
                            with: Result {
                                try recorder.record(report, sha256: sha, size: size, hashMs: 0, checkMs: checkMs, name: nil)
                                    .decided
                            })
                    }
                }
            } catch let error as LedgerError where error.code == .leaseLost {
                // Frozen or cut off longer than the lease while deciding, this server's claim
                // went to another replica, which decides the same bytes (the same report):
                // claimed again, its decision is the answer once recorded (a 500 was, round 20).
                // Lost twice, the backend is told to try again.
                if lostClaim {
                    var p = Problem.busy(retryAfter: 5)
                    p.detail = "another replica took this bundle over; try again shortly (its report is then answered)"
                    throw p
                }
                logger.notice(
                    "another replica took over a bundle this server was deciding; answering with its decision",
                    metadata: ["sha256": .string(sha), "why": .string(error.message)])
                lostClaim = true
                waitStarted = DispatchTime.now()
                continue
            }
            decidedCount.add(1, ordering: .relaxed)
            return Answer(decided: decided, fromLedger: false)
        }
    }

    /// The stored report file of a decided bundle in one format, or nil when it is gone.
    func reportBytes(_ d: DecidedBundle, format: ReportFormat) -> [UInt8]? {
        let url = options.data.appendingPathComponent("\(d.reports.dir)/\(d.reports.base).\(format.fileExtension)")
        return (try? Data(contentsOf: url)).map(Array.init)
    }

    /// What is wrong with a decided bundle's stored report set beside the ledger (`bytes`: the
    /// file in `format`, read already), each as `(file, why)`: a file is not the one written (its SHA-256 is not the one
    /// recorded), or the JSON report's verdict, bundle or catalog version is not the
    /// ledger's (one of the two was edited; `intake audit verify` says which against the
    /// seals). Empty when they agree. Decisions recorded before report hashes were kept are
    /// checked on the JSON's keys only.
    func disagreements(_ d: DecidedBundle, format: ReportFormat, bytes: [UInt8]) -> [(file: String, why: String)] {
        var out: [(file: String, why: String)] = []
        let files = d.reports.files
        func changed(_ index: Int, _ bytes: [UInt8]) {
            guard index < d.reportHashes.count, !d.reportHashes[index].isEmpty else { return }
            let digest = Hex.string(SHA256.hash(data: bytes))
            if digest != d.reportHashes[index] {
                out.append((files[index], "SHA-256 \(digest), written as \(d.reportHashes[index])"))
            }
        }
        // Every file of the set, whichever format is asked (round 32, tester k: an HTML report
        // edited was answered 410 for HTML only, the JSON and XML served as if the set held):
        // the set is the decision, as a file removed is (``missingReports(_:)``).
        let index = ReportSet.extensions.firstIndex(of: format.fileExtension)
        if let index { changed(index, bytes) }  // first: whatever else cannot be read
        var json = bytes
        for (i, ext) in ReportSet.extensions.enumerated() where i != index {
            // One there but unreadable (permissions, I/O) is the server's trouble, named when
            // it is the one asked for; without the JSON the keys cannot be read.
            guard let other = ReportFormat.allCases.first(where: { $0.fileExtension == ext }),
                let read = reportBytes(d, format: other)
            else {
                if i == 0 { return out }
                continue
            }
            changed(i, read)
            if i == 0 { json = read }
        }
        guard let report = ReportSummary(Data(json)) else {
            out.append((files[0], "not a readable JSON report"))
            return out
        }
        for why in report.disagreements(verdict: d.verdict, bundleSHA256: d.sha256, catalogVersion: d.catalogVersion) {
            out.append((files[0], why))
        }
        return out
    }

    /// The report files of a decided bundle that are not in the data folder.
    func missingReports(_ d: DecidedBundle) -> [String] {
        d.reports.files.filter { !FileSystem.exists(BytePath(options.data.appendingPathComponent($0))) }
    }
}
