import Dispatch
import Foundation
import IntakeBundle
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeIO
import IntakeLedger
import IntakeModel
import IntakePipeline
import IntakeReport

/// Decides one bundle file of the inbox: fingerprint, hash, claim in the ledger (on a
/// shared ledger, beside the check), check, render the report set; the run's committer
/// then writes and records it with others (group commit, ``commit(_:runItems:)``) and
/// moves the bundle. Checks run on the run's own threads (blocking file I/O and CPU work),
/// commits on a Dispatch thread (mostly waiting for fsync), one bundle per call; shares the
/// ledger with the other workers.
struct Worker: Sendable {
    let checker: Checker
    let options: RunOptions
    let ledger: any LedgerStore
    let runID: Int64
    /// One a job, for the run's lifetime.
    let threads: WorkerThreads

    enum Result: Sendable {
        case done(BundleOutcome, InboxBundle)
        /// The same bytes are being decided by another worker: ask again later.
        case postponed(InboxBundle)
        /// Decided: its report set waits for the group commit; the claim on its bytes is
        /// held until then.
        case decided(Pending)
    }

    /// A bundle decided, its report set rendered, not yet written.
    struct Pending: Sendable {
        let bundle: InboxBundle
        /// The file as it was read: only this file is moved.
        let fingerprint: FileFingerprint
        let decision: PendingDecision
        var outcome: BundleOutcome
        let started: DispatchTime
    }

    /// Runs ``process(_:claimFirst:)`` on one of the run's ``WorkerThreads`` and awaits it
    /// (not on a Dispatch thread: the run's own tasks, which hand out the next bundles and
    /// commit groups, wait behind checks busy on Dispatch's threads).
    func offload(_ bundle: InboxBundle, claimFirst: Bool = false) async throws -> Result {
        try await threads.run { () throws(RunError) in try process(bundle, claimFirst: claimFirst) }
    }

    /// Decides `bundle`. `claimFirst`: claim its bytes before checking them even on a
    /// shared ledger (a bundle postponed behind a twin, whose claim is likely refused
    /// again: a check beside a refused claim is work thrown away).
    func process(_ bundle: InboxBundle, claimFirst: Bool = false) throws(RunError) -> Result {
        try Self.mapped { try decide(bundle, claimFirst: claimFirst) }
    }

    /// Runs ``commit(_:runItems:)`` on a Dispatch thread and awaits it.
    func offloadCommit(_ group: [Pending], runItems: [RunItem]) async throws -> [BundleOutcome] {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Swift.Result { () throws(RunError) in try Self.mapped { try commit(group, runItems: runItems) } })
            }
        }
    }

    /// The group commit: writes and records the report sets of `group` (and the run's
    /// `runItems` so far) through the ``DecisionRecorder``, releases their claims, moves
    /// the bundles; returns their outcomes in order.
    func commit(_ group: [Pending], runItems: [RunItem]) throws -> [BundleOutcome] {
        defer { for p in group { ledger.release(p.decision.record.sha256) } }
        let recorder = DecisionRecorder(ledger: ledger, out: options.out, runID: runID, channel: .batch)
        let recorded = try recorder.record(group.map(\.decision), runItems: runItems)
        var outcomes: [BundleOutcome] = []
        outcomes.reserveCapacity(group.count)
        for (p, r) in zip(group, recorded) {
            var outcome = p.outcome
            outcome.documentBytes = r.documentBytes
            try finish(p.bundle, p.fingerprint, r.decided, .decided, into: &outcome, started: p.started)
            outcomes.append(outcome)
        }
        return outcomes
    }

    private static func mapped<T>(_ body: () throws -> T) throws(RunError) -> T {
        do {
            return try body()
        } catch let error as RunError {
            throw error
        } catch let error as LedgerError {
            throw RunError(.ledger, "the ledger", cause: error)
        } catch {
            throw RunError(.output, "\(error)")
        }
    }

    /// Fills in a bundle's outcome from its decision and moves it (--move-done, quarantine).
    /// A decision found with report files missing is left as it is: the ledger records a
    /// decision only once its files are durable (a set cut short by a kill is announced and
    /// swept at the next start), so they were removed afterwards, and deciding again would
    /// re-seal over the removal that `audit verify` must still see.
    private func finish(
        _ bundle: InboxBundle, _ fingerprint: FileFingerprint, _ decided: DecidedBundle, _ status: BundleOutcome.Status,
        into outcome: inout BundleOutcome,
        started: DispatchTime
    ) throws(RunError) {
        outcome.status = status
        outcome.sha256 = decided.sha256
        outcome.verdict = decided.verdict
        outcome.matter = decided.matter
        outcome.application = decided.application
        outcome.reports = decided.reports.files
        // A set this run has just written and made durable is not looked for again.
        let missing =
            status == .decided
            ? [] : decided.reports.files.filter { !FileSystem.exists(BytePath(options.out.appendingPathComponent($0))) }
        if !missing.isEmpty {
            outcome.missingReports = missing
            outcome.note = "report files missing (removed after they were written): \(missing.joined(separator: ", "))"
        }
        try relocate(bundle, fingerprint: fingerprint, decided: decided, into: &outcome)
        outcome.seconds = Self.seconds(since: started)
    }

    private func decide(_ bundle: InboxBundle, claimFirst: Bool) throws -> Result {
        let t0 = DispatchTime.now()
        let path = bundle.path
        var outcome = BundleOutcome(
            file: bundle.relative.display, status: .skipped, sha256: "", verdict: "", matter: "", application: "", reports: [],
            movedTo: nil, bundleBytes: bundle.size, documentBytes: 0, seconds: 0, note: nil)
        func skip(_ reason: SkipReason, _ note: String) -> Result {
            outcome.status = .skipped
            outcome.reason = reason
            outcome.note = note
            outcome.seconds = Self.seconds(since: t0)
            return .done(outcome, bundle)
        }
        guard let fingerprint = FileFingerprint(path: path) else {
            return skip(.vanished, "vanished before it could be read")
        }
        outcome.bundleBytes = fingerprint.size
        if options.settle > 0 {
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            let nowNs = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
            // A modification time ahead of this machine's clock by more than the settle time is
            // set by whoever wrote the file (touch -d, rsync -t), not a file being written: it is
            // disregarded, so the file is not left settling until that date (round 33, tester n:
            // a bundle dated 2030 was skipped every run). The change time is the file system's
            // own: one ahead (a share's server whose clock runs fast) is waited out, as before.
            let ahead = Int64(min(options.settle, 86_400) * 1e9)
            let modified = fingerprint.modified - nowNs > ahead ? Int64.min : fingerprint.modified
            let age = Double(nowNs - max(modified, fingerprint.changed)) / 1e9
            if age < options.settle {
                return skip(
                    .settling,
                    String(
                        format: "written %.0f s ago, under --settle %.0f s (still arriving?); the next run takes it",
                        max(0, age), options.settle))
            }
        }
        func name(_ sha: String) -> NameRecord {
            .init(path: path, relative: bundle.relative, sha256: sha, fingerprint: fingerprint, runID: runID)
        }
        func finish(_ decided: DecidedBundle, _ status: BundleOutcome.Status) throws(RunError) -> Result {
            try self.finish(bundle, fingerprint, decided, status, into: &outcome, started: t0)
            return .done(outcome, bundle)
        }

        // Seen before, unchanged: nothing to read. (A bundle from the shared queue comes
        // with what the ledger recorded under its path.) A decided bundle stays decided,
        // whatever catalog version decided it: its sealed report is what the applicant was
        // given, and new rules are tried with `intake audit rejudge`, which touches no report.
        let known: DecidedBundle?
        switch bundle.recorded {
        case .notLookedUp: known = try ledger.decided(path: path, fingerprint: fingerprint)
        case .absent: known = nil
        case .recorded(let sha, let recorded): known = recorded == fingerprint ? try ledger.decided(sha256: sha) : nil
        }
        if let known {
            return try finish(known, .alreadyDecided)
        }

        // Up to BundleFile.inMemoryLimit the file is read once, hashed as it is read, and
        // the zip is then read from memory. Larger bundles: with a core to spare (fewer
        // workers than cores), decide speculatively: the check hashes the whole file on a
        // second thread while it reads the zip, and the ledger then says whether these
        // bytes were decided before (a duplicate name, a resumed run), in which case the
        // report is dropped unwritten. With every core busy, hash first and check only what
        // needs deciding.
        let loaded = BundleFile.load(path)
        var speculative: Report?
        var hashFailure: String?
        let sha: String
        let size: Int64
        if let loaded {
            (sha, size) = (loaded.sha256, loaded.size)
        } else if options.jobs < ProcessInfo.processInfo.activeProcessorCount {
            let report = checker.check(path)
            speculative = report
            (sha, size) = (report.bundle.sha256, report.bundle.size)
        } else {
            do {
                (sha, size) = try FileHash.sha256(path)
            } catch {
                (sha, size) = ("", 0)
                hashFailure = error.reason
            }
        }
        let hashed = DispatchTime.now()
        guard !sha.isEmpty else {
            let why = hashFailure ?? "unreadable"
            guard FileFingerprint(path: path) != nil else { return skip(.vanished, "vanished while it was read") }
            return skip(.unreadable, "cannot be opened or read: \(why)")
        }
        guard FileFingerprint(path: path) == fingerprint else {
            return skip(.beingWritten, "changed while it was read (still being written?); the next run takes it")
        }
        // A shared ledger's claim is a round trip and a commit on the database server: for
        // a bundle read into memory it runs on another thread while the bundle is checked
        // (a check whose claim is refused is dropped, never written). Elsewhere the claim
        // comes first. Any decision recorded stands, whatever its catalog and even with
        // report files missing (see ``finish(_:_:_:_:into:started:)``).
        var early = speculative
        let claim: LedgerClaim
        if ledger.shared, !claimFirst, early == nil, let loaded {
            let answer = BackgroundCall("intake.claim") {
                Swift.Result { () throws(LedgerError) in
                    try ledger.claim(sha, catalogVersion: nil, run: runID, complete: { _ in true })
                }
            }
            early = checker.check(loaded)
            claim = try answer.wait().get()
        } else {
            claim = try ledger.claim(sha, catalogVersion: nil, run: runID, complete: { _ in true })
        }
        switch claim {
        case .busy:
            return .postponed(bundle)
        case .decided(let d):
            // Known under this name, or decided without any inbox name (an upload to
            // `intake serve` later found in the inbox): already decided. Known under
            // another name: a duplicate.
            let known = try ledger.hasName(path: path, sha256: sha) || ledger.names(of: sha).isEmpty
            try ledger.recordName(name(sha))
            return try finish(d, known ? .alreadyDecided : .duplicate)
        case .claimed:
            break
        }
        // Released here unless handed over to the group commit, which releases it once the
        // decision is recorded.
        var handedOver = false
        defer { if !handedOver { ledger.release(sha) } }

        let report = early ?? loaded.map { checker.check($0) } ?? checker.check(path, bundleHash: (sha, size))
        let checked = DispatchTime.now()
        guard FileFingerprint(path: path) == fingerprint else {
            return skip(.beingWritten, "changed while it was read (still being written?); the next run takes it")
        }
        let recorder = DecisionRecorder(ledger: ledger, out: options.out, runID: runID, channel: .batch)
        let decision = recorder.prepare(
            report, sha256: sha, size: size, hashMs: speculative == nil ? Self.milliseconds(t0, hashed) : 0,
            checkMs: Self.milliseconds(speculative == nil ? hashed : t0, checked), name: name(sha))
        handedOver = true
        return .decided(Pending(bundle: bundle, fingerprint: fingerprint, decision: decision, outcome: outcome, started: t0))
    }

    /// Moves a decided bundle to --move-done, or to the quarantine with a copy of its
    /// report beside it when it could not be read at all; announced in the ledger first.
    /// Only the file that was read (`fingerprint`) is moved: one replaced or rewritten
    /// since stays in the inbox for the next run. A bundle that cannot be moved (gone, its
    /// destination blocked) keeps its decision and stays where it is, the reason in its
    /// note: one bundle's move never stops the run. Throws only when the ledger fails.
    func relocate(
        _ bundle: InboxBundle, fingerprint: FileFingerprint, decided: DecidedBundle, into outcome: inout BundleOutcome
    ) throws(RunError) {
        let target = decided.unreadable ? (options.quarantine ?? options.moveDone) : options.moveDone
        guard let target else { return }
        if FileSystem.isSymbolicLink(bundle.path) {
            outcome.note = "a symbolic link: left in place"
            return
        }
        let destination = BytePath(target).appending(bundle.relative)
        let quarantined = decided.unreadable && options.quarantine != nil
        try RunError.ledger { () throws(LedgerError) in try ledger.announceMove(path: bundle.path, to: destination) }
        let moved: FileMove.Outcome
        do {
            moved = try FileMove.move(bundle.path, to: destination, sha256: decided.sha256, fingerprint: fingerprint)
        } catch {
            let why = error.errno == ENOENT && !FileSystem.exists(bundle.path) ? "it vanished from the inbox" : error.reason
            outcome.note = "not moved: \(why)"
            return
        }
        guard case .moved(let placed) = moved else {
            outcome.note =
                "not moved: it changed after it was decided (replaced or still being written); left in the inbox, the next run takes it"
            return
        }
        try RunError.ledger { () throws(LedgerError) in try ledger.recordMove(path: bundle.path, to: placed) }
        outcome.movedTo = placed.display
        outcome.quarantined = quarantined
        // The report beside the bundle, under the name it got: NAME.zip.report.json, .xml,
        // .html (a bundle placed under NAME.<sha256 prefix>.zip has its own).
        if quarantined {
            do {
                let files = try decided.reports.files.map { file in
                    let bytes = try Data(contentsOf: options.out.appendingPathComponent(file))
                    return ([UInt8](bytes), placed.adding(".report.\((file as NSString).pathExtension)"))
                }
                try AtomicWriter.write(files)
            } catch {
                outcome.note = "its report could not be copied beside it in the quarantine (it is under reports/): \(error)"
            }
        }
    }

    static func seconds(since t: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9
    }

    static func milliseconds(_ a: DispatchTime, _ b: DispatchTime) -> Double {
        Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e6
    }
}
