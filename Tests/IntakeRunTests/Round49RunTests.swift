import Foundation
import IntakeIO
import Testing

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
