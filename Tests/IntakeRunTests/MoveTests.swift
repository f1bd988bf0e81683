import Foundation
import IntakeBundle
import IntakeCatalog
import IntakeFixtures
import IntakeIO
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// --move-done and the quarantine while producers go on writing to the inbox: only the
/// bytes decided are moved, and one bundle that cannot be moved stops nothing.
@Suite("moving decided bundles")
struct MoveTests {
    /// Accepted example bundles of different applications.
    static let accepted = ExampleSet.bundles(catalog: catalog).filter { $0.expected == "accepted" }

    /// A worker of a run over `inbox` with its ledger under `out`, as `intake run` makes
    /// one: deciding a bundle and committing it are two steps, between which the inbox can
    /// change.
    func worker(inbox: URL, out: URL, done: URL, quarantine: URL? = nil) throws -> Worker {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let ledger = try openLedger(out)
        let runID = try ledger.beginRun(inbox: inbox.path, catalogVersion: catalog.version, jobs: 1)
        // The tests call the worker's steps themselves, on their own thread: its threads
        // (offload's) are ended at once, holding nothing.
        let threads = WorkerThreads(count: 1, name: "move-test")
        threads.finish()
        return Worker(
            checker: checker(), options: RunOptions(inbox: inbox, out: out, jobs: 1, moveDone: done, quarantine: quarantine),
            ledger: ledger, runID: runID, threads: threads)
    }

    /// `file` of the inbox decided, its report set waiting for the group commit.
    func decide(_ worker: Worker, _ inbox: URL, _ file: String) throws -> Worker.Pending {
        let path = inbox.appendingPathComponent(file)
        let bundle = InboxBundle(
            path: BytePath(path), relative: BytePath(file), size: Int64(try Data(contentsOf: path).count))
        guard case .decided(let pending) = try worker.process(bundle) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path.path])
        }
        return pending
    }

    /// A resubmission: `bytes` written beside `file` and renamed over it.
    func replace(_ file: URL, with bytes: [UInt8]) throws {
        let tmp = file.deletingLastPathComponent().appendingPathComponent(".upload.tmp")
        try Data(bytes).write(to: tmp)
        #expect(rename(tmp.path, file.path) == 0)
    }

    @Test func aBundleReplacedOrStillWrittenAfterItsDecisionStaysInTheInbox() async throws {
        let dir = try temporaryFolder("move-replaced")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (inbox, out) = (dir.appendingPathComponent("inbox"), dir.appendingPathComponent("out"))
        let (done, quarantine) = (dir.appendingPathComponent("done"), dir.appendingPathComponent("quarantine"))
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let (a, b, c) = (Self.accepted[0].bytes, Self.accepted[1].bytes, Self.accepted[2].bytes)
        try Data(a).write(to: inbox.appendingPathComponent("B-1.zip"))
        try Data(c).write(to: inbox.appendingPathComponent("B-3.zip"))
        // A producer still writing: half the bundle so far (unreadable: for the quarantine).
        try Data(b.prefix(b.count / 2)).write(to: inbox.appendingPathComponent("B-2.zip"))

        let worker = try worker(inbox: inbox, out: out, done: done, quarantine: quarantine)
        let pending = try ["B-1.zip", "B-2.zip", "B-3.zip"].map { try decide(worker, inbox, $0) }
        // Between the decision and the move: B-1 resubmitted (renamed over), B-2 finished.
        try replace(inbox.appendingPathComponent("B-1.zip"), with: b)
        let writer = try FileHandle(forWritingTo: inbox.appendingPathComponent("B-2.zip"))
        try writer.seekToEnd()
        try writer.write(contentsOf: Data(b.suffix(from: b.count / 2)))
        try writer.close()
        let outcomes = try worker.commit(pending, runItems: [])

        #expect(outcomes.map(\.status) == [.decided, .decided, .decided])
        #expect(outcomes.map { $0.movedTo == nil } == [true, true, false])
        for o in outcomes.prefix(2) { #expect(o.note?.contains("changed after it was decided") == true, "\(o.file)") }
        // The bytes not decided are in the inbox, under their names; only B-3 moved.
        #expect(try Data(contentsOf: inbox.appendingPathComponent("B-1.zip")) == Data(b))
        #expect(try Data(contentsOf: inbox.appendingPathComponent("B-2.zip")) == Data(b))
        #expect(files(under: inbox) == ["B-1.zip", "B-2.zip"])
        #expect(files(under: done) == ["B-3.zip"] && files(under: quarantine).isEmpty)
        #expect(try Data(contentsOf: done.appendingPathComponent("B-3.zip")) == Data(c))

        // The next run decides them and moves what it decided.
        let next = Recorder()
        try await run(inbox: inbox, out: out, moveDone: done, quarantine: quarantine, recorder: next)
        #expect(Set(next.outcomes.map(\.file)) == ["B-1.zip", "B-2.zip"])
        #expect(files(under: inbox).isEmpty)
        for file in ["B-1.zip", "B-2.zip"] {
            let o = try #require(next.outcomes.first { $0.file == file })
            let moved = try #require(o.movedTo)
            #expect(try Data(contentsOf: URL(fileURLWithPath: moved)) == Data(b), "\(file)")
        }
    }

    @Test func aBundleGoneBeforeItsMoveKeepsItsDecisionAndTheGroupGoesOn() throws {
        let dir = try temporaryFolder("move-vanished")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (inbox, out, done) = (
            dir.appendingPathComponent("inbox"), dir.appendingPathComponent("out"), dir.appendingPathComponent("done")
        )
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try Data(Self.accepted[0].bytes).write(to: inbox.appendingPathComponent("B-1.zip"))
        try Data(Self.accepted[1].bytes).write(to: inbox.appendingPathComponent("B-2.zip"))
        let worker = try worker(inbox: inbox, out: out, done: done)
        let pending = try ["B-1.zip", "B-2.zip"].map { try decide(worker, inbox, $0) }
        try FileManager.default.removeItem(at: inbox.appendingPathComponent("B-1.zip"))

        let outcomes = try worker.commit(pending, runItems: [])
        #expect(outcomes.map(\.status) == [.decided, .decided])
        #expect(outcomes[0].movedTo == nil && outcomes[0].note?.contains("vanished") == true)
        #expect(outcomes[1].movedTo == done.appendingPathComponent("B-2.zip").path)
        // The decision stands: its report set is recorded.
        let ledger = try openLedger(out)
        #expect(try ledger.decided(sha256: outcomes[0].sha256) != nil)
    }

    @Test func aBlockedDestinationIsNotedAndTheRunEndsWithItsSummaryAndSeal() async throws {
        let dir = try temporaryFolder("move-blocked")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (inbox, out, done) = (
            dir.appendingPathComponent("inbox"), dir.appendingPathComponent("out"), dir.appendingPathComponent("done")
        )
        try FileManager.default.createDirectory(at: inbox.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: done, withIntermediateDirectories: true)
        try Data("a file where a folder would go".utf8).write(to: done.appendingPathComponent("sub"))
        try Data(Self.accepted[0].bytes).write(to: inbox.appendingPathComponent("sub/aa.zip"))
        try Data(Self.accepted[1].bytes).write(to: inbox.appendingPathComponent("bb.zip"))

        for pass in 1...2 {
            let recorder = Recorder()
            let totals = try await run(inbox: inbox, out: out, moveDone: done, recorder: recorder)
            #expect(totals.decided == (pass == 1 ? 2 : 0) && totals.moved == (pass == 1 ? 1 : 0), "run \(pass)")
            #expect(!totals.summary.isEmpty && (pass == 2 || totals.seal != nil), "run \(pass)")
            let blocked = try #require(recorder.outcomes.first { $0.file == "sub/aa.zip" })
            #expect(blocked.movedTo == nil && blocked.note?.hasPrefix("not moved: ") == true, "run \(pass)")
            let summary = try latestRunSummary(out)
            let items = try #require(summary.json["items"] as? [[String: Any]])
            #expect(
                items.contains {
                    $0["file"] as? String == "sub/aa.zip" && ($0["note"] as? String)?.hasPrefix("not moved") == true
                })
        }
        #expect(files(under: inbox) == ["sub/aa.zip"])
        #expect(files(under: done) == ["bb.zip", "sub"])
    }

    @Test func eachQuarantinedBundleHasItsOwnReportBesideIt() async throws {
        let dir = try temporaryFolder("quarantine-names")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (inbox, out, quarantine) = (
            dir.appendingPathComponent("inbox"), dir.appendingPathComponent("out"), dir.appendingPathComponent("quarantine")
        )
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        var outcomes: [BundleOutcome] = []
        for text in ["PK not really a zip", "PK another file that is no zip"] {
            try Data(text.utf8).write(to: inbox.appendingPathComponent("x.zip"))
            let recorder = Recorder()
            try await run(inbox: inbox, out: out, quarantine: quarantine, recorder: recorder)
            outcomes += recorder.outcomes
        }
        #expect(outcomes.map(\.quarantined) == [true, true])
        let second = "x.\(outcomes[1].sha256.prefix(12)).zip"
        #expect(
            files(under: quarantine)
                == (["x.zip", "x.zip.report.html", "x.zip.report.json", "x.zip.report.xml"]
                + [second, "\(second).report.html", "\(second).report.json", "\(second).report.xml"]).sorted())
        for (name, o) in [("x.zip", outcomes[0]), (second, outcomes[1])] {
            let report = try String(contentsOf: quarantine.appendingPathComponent(name + ".report.json"), encoding: .utf8)
            #expect(report.contains(o.sha256), "\(name)")
            #expect(o.movedTo == quarantine.appendingPathComponent(name).path)
        }
    }
}
