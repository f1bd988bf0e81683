import Foundation
import IntakeAudit
import IntakeIO
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// Session 48, black-box round 49 (tester d, the night operator).
@Suite struct Round49RunTests {
    /// `--move-done` or `--quarantine` naming the inbox, by any path: refused before anything is written, every bundle left
    /// where it was (tester d: the run removed them, reporting them moved).
    @Test(arguments: ["--move-done", "--quarantine"], ["inbox", "inbox/.", "link"])
    func aMoveFolderThatIsTheInboxIsRefused(_ option: String, _ spelling: String) async throws {
        let dir = try temporaryFolder("move-inbox")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let expected = try writeInbox(inbox)
        #expect(symlink("inbox", dir.appendingPathComponent("link").path) == 0)
        let before = files(under: inbox)
        let out = dir.appendingPathComponent("out")
        var options = RunOptions(inbox: inbox, out: out, jobs: 1)
        let folder = URL(fileURLWithPath: dir.path + "/" + spelling)
        if option == "--move-done" { options.moveDone = folder } else { options.quarantine = folder }
        do {
            _ = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
            Issue.record("the run went on")
        } catch {
            #expect(error.code == .move && error.message.contains("is the inbox"), "\(error)")
        }
        #expect(files(under: inbox) == before && !expected.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

/// Round 50 (tester d, the auditor tampering as an insider).
extension Round49RunTests {
    /// A folder (to remove) whose inbox one run decided into `options.out`.
    static func decidedOnce(_ name: String) async throws -> (URL, RunOptions) {
        let dir = try temporaryFolder(name)
        let inbox = dir.appendingPathComponent("inbox")
        _ = try writeInbox(inbox)
        let options = RunOptions(inbox: inbox, out: dir.appendingPathComponent("out"), jobs: 1)
        _ = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
        return (dir, options)
    }

    /// A ledger emptied to 0 bytes beside a folder of decisions: the next run refuses it before opening it, and leaves it
    /// empty (tester d: the run wrote a fresh schema into it, and `audit verify` then told a rollback, not a truncation).
    @Test func anEmptiedLedgerIsRefusedAndLeftEmpty() async throws {
        let (dir, options) = try await Self.decidedOnce("emptied-ledger")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        let ledger = out.appendingPathComponent("ledger.sqlite")
        #expect(truncate(ledger.path, 0) == 0)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: ledger.path + suffix) }
        do {
            _ = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
            Issue.record("the run went on")
        } catch {
            #expect(error.code == .ledger && error.message.contains("empty (0 bytes)"), "\(error)")
        }
        #expect(BatchRun.fileSize(ledger) == 0)
        #expect(!FileManager.default.fileExists(atPath: ledger.path + "-wal"))
    }
}

extension Round49RunTests {
    /// A month page edited by hand (a verdict changed) is written again from the ledger by the next run, although the
    /// month's decisions did not change (tester d: the edit survived every later run).
    @Test func anEditedMonthPageIsWrittenAgain() async throws {
        let (dir, options) = try await Self.decidedOnce("edited-month")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        let pages = files(under: out.appendingPathComponent("index")).filter { $0.hasSuffix(".html") }
        let page = out.appendingPathComponent("index/\(try #require(pages.first))")
        let written = try String(contentsOf: page, encoding: .utf8)
        #expect(written.contains("补正（退回补充材料）"))
        try written.replacingOccurrences(of: "补正（退回补充材料）", with: "受理").write(to: page, atomically: true, encoding: .utf8)
        // `audit verify` names it.
        let verified = try AuditVerifyTests.verify(out)
        #expect(verified.problems.map { "\($0.code) \($0.path)" } == ["index-changed index/\(pages[0])"], "\(verified.problems)")
        _ = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
        #expect(try String(contentsOf: page, encoding: .utf8) == written)
        #expect(try AuditVerifyTests.verify(out).holds)
    }
}

extension Round49RunTests {
    /// The ledger's record of a run (what the index's runs table shows) edited: its summary as written says otherwise, and
    /// `audit verify` names it (tester d: status, decided and catalog version edited, verify passed).
    @Test func aRunsRecordEditedIsNamed() async throws {
        let (dir, options) = try await Self.decidedOnce("edited-run")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try AuditVerifyTests.verify(options.out).holds)
        try openLedger(options.out).execute("UPDATE runs SET status = 'interrupted', decided = decided - 1 WHERE id = 1")
        let r = try AuditVerifyTests.verify(options.out)
        let changed = r.problems.filter { $0.code == "ledger-changed" && $0.path.hasSuffix("run-1.json") }
        #expect(
            changed.count == 1 && changed[0].message.contains("status: ledger interrupted, summary completed"), "\(r.problems)")
        #expect(!r.holds)
    }
}
