import Foundation
import IntakeIO
import Testing

@testable import IntakeRun

/// Session 45, black-box round 43 (tester h, the night operator): how a run fails.
@Suite struct Round42RunTests {
    func failure(_ options: RunOptions) async -> RunError? {
        do {
            _ = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
            return nil
        } catch {
            return error
        }
    }

    /// A run that fails after opening its ledger leaves it whole in ledger.sqlite, as README promises of every run's end
    /// (tester h: a failed run left it in ledger.sqlite-wal, and a copy of the file alone had no tables).
    @Test func aFailedRunLeavesItsLedgerInItsOneFile() async throws {
        let dir = try temporaryFolder("failed-ledger")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        _ = try writeInbox(inbox)
        let blocker = dir.appendingPathComponent("a file")
        try Data("x".utf8).write(to: blocker)
        var options = RunOptions(inbox: inbox, out: dir.appendingPathComponent("out"), jobs: 1)
        options.moveDone = blocker.appendingPathComponent("done")  // under a file: cannot be made
        let error = await failure(options)
        #expect(error?.code == .move, "\(String(describing: error))")
        let wal = dir.appendingPathComponent("out/ledger.sqlite-wal").path
        let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
        #expect(size == 0, "ledger.sqlite-wal holds \(size) bytes")
        // Its schema is in the file itself (more than SQLite's one header page).
        let main = dir.appendingPathComponent("out/ledger.sqlite").path
        #expect(((try? FileManager.default.attributesOfItem(atPath: main)[.size] as? Int) ?? 0) > 4096)
    }

    /// An inbox that cannot be read fails the run before anything is made under --out; --out naming a file is an output
    /// error, not a ledger one (tester h).
    @Test func aRunFailsBeforeWritingWhatItCannotUse() async throws {
        let dir = try temporaryFolder("fails-early")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let missing = await failure(RunOptions(inbox: dir.appendingPathComponent("no such inbox"), out: out, jobs: 1))
        #expect(missing?.code == .inbox)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let inbox = dir.appendingPathComponent("inbox")
        _ = try writeInbox(inbox)
        let file = dir.appendingPathComponent("a file")
        try Data("x".utf8).write(to: file)
        let onAFile = await failure(RunOptions(inbox: inbox, out: file, jobs: 1))
        #expect(onAFile?.code == .output, "\(String(describing: onAFile))")
    }
}
