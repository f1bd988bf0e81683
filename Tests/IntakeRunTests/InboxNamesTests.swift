import Foundation
import IntakeAudit
import IntakeBundle
import IntakeIO
import IntakeSeedData
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// What a Samba share of Chinese Windows producers really holds: GBK file and folder
/// names, names that decode as nothing, names with newlines, FIFOs, folders named `*.zip`,
/// dangling and looping links. Every entry is decided or skipped with a reason, on bytes.
@Suite struct InboxNamesTests {
    /// 王.zip and the folder 大连 as Windows (CP936) writes them.
    static let gbkWang: [UInt8] = [0xCD, 0xF5] + Array(".zip".utf8)
    static let gbkDalian: [UInt8] = [0xB4, 0xF3, 0xC1, 0xAC]
    /// Neither UTF-8 nor GB18030.
    static let undecodable: [UInt8] = Array("bad".utf8) + [0xFF, 0xFE] + Array(".zip".utf8)

    static func fixture(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/bundles/\(name)")))
    }

    /// Writes `bytes` at a path given as bytes (open(2): no String in between).
    static func write(_ bytes: [UInt8], at path: BytePath) throws {
        let fd = path.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        try #require(fd >= 0, "open \(path.display): \(String(cString: strerror(errno)))")
        defer { close(fd) }
        let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        try #require(n == bytes.count)
    }

    /// An inbox with three non-UTF-8 names (one a folder) and one name with a newline.
    static func oddNamesInbox(_ inbox: URL) throws {
        let root = BytePath(inbox)
        try write(fixture("RS-005-accepted-deferred.zip"), at: root.appending(BytePath(bytes: gbkWang)))
        let folder = root.appending(BytePath(bytes: gbkDalian))
        #expect(folder.withCString { mkdir($0, 0o755) } == 0)
        try write(fixture("RS-009-returned.zip"), at: folder.appending(BytePath("a.zip")))
        try write(fixture("SB-017-refused.zip"), at: root.appending(BytePath(bytes: undecodable)))
        try write(fixture("BS-HY-003-accepted.zip"), at: root.appending(BytePath("evil\nverdict=accepted file=x.zip")))
    }

    @Test func decidesBundlesWhoseNamesAreNotUTF8() async throws {
        let dir = try temporaryFolder("names")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        let moved = dir.appendingPathComponent("done")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try Self.oddNamesInbox(inbox)
        let recorder = Recorder()
        let totals = try await run(inbox: inbox, out: out, moveDone: moved, recorder: recorder)
        #expect(totals.files == 4 && totals.decided == 4 && totals.skipped == 0 && totals.moved == 4)
        let shown = Dictionary(uniqueKeysWithValues: recorder.outcomes.map { ($0.file, $0.verdict) })
        #expect(shown["王.zip [GB18030]"] == "accepted-deferred")
        #expect(shown["大连 [GB18030]/a.zip"] == "returned")
        #expect(shown["bad\\xFF\\xFE.zip"] == "refused")
        #expect(shown["evil\nverdict=accepted file=x.zip"] == "accepted")
        // The ledger keeps the bytes, and the display form beside them.
        let names = try ledgerRows(out, "SELECT relative_bytes, relative FROM names ORDER BY relative_bytes")
        #expect(
            Set(names.map { $0[0] })
                == Set([
                    .blob(Self.gbkWang), .blob(Self.gbkDalian + Array("/a.zip".utf8)), .blob(Self.undecodable),
                    .blob(Array("evil\nverdict=accepted file=x.zip".utf8)),
                ]))
        // Moved under their own bytes.
        let wang = BytePath(moved).appending(BytePath(bytes: Self.gbkWang))
        let dalian = BytePath(moved).appending(BytePath(bytes: Self.gbkDalian + Array("/a.zip".utf8)))
        #expect(FileSystem.exists(wang) && FileSystem.exists(dalian))
        #expect(!FileSystem.exists(BytePath(inbox).appending(BytePath(bytes: Self.gbkWang))))
        // Report files are named from the application id and the hash, never the file name.
        let reports = files(under: out.appendingPathComponent("reports"))
        #expect(reports.count == 12)
        #expect(reports.allSatisfy { $0.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F } })
    }

    @Test func accountsForEveryInboxEntry() async throws {
        let dir = try temporaryFolder("entries")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inbox.appendingPathComponent("dir.zip"), withIntermediateDirectories: true)
        try Self.write(Self.fixture("RS-009-returned.zip"), at: BytePath(inbox.appendingPathComponent("dir.zip/inner.zip")))
        #expect(mkfifo(inbox.appendingPathComponent("fifo.zip").path, 0o644) == 0)
        let fm = FileManager.default
        try fm.createSymbolicLink(
            atPath: inbox.appendingPathComponent("dangling.zip").path, withDestinationPath: "/nonexistent.zip")
        try fm.createSymbolicLink(atPath: inbox.appendingPathComponent("loop.zip").path, withDestinationPath: "loop.zip")
        let recorder = Recorder()
        let totals = try await run(inbox: inbox, out: out, recorder: recorder)
        #expect(totals.files == 5 && totals.decided == 1 && totals.skipped == 4)
        #expect(
            totals.skippedReasons == [
                "special-file": 1, "directory-named-zip": 1, "dangling-symlink": 1, "symlink-loop": 1,
            ])
        let reasons = Dictionary(uniqueKeysWithValues: recorder.outcomes.map { ($0.file, $0.reason?.rawValue ?? "-") })
        #expect(
            reasons == [
                "fifo.zip": "special-file", "dir.zip": "directory-named-zip", "dangling.zip": "dangling-symlink",
                "loop.zip": "symlink-loop", "dir.zip/inner.zip": "-",
            ])
        let summary = try latestRunSummary(out)
        let runInfo = try #require(summary.json["run"] as? [String: Any])
        #expect((runInfo["skippedReasons"] as? [String: Int])?["special-file"] == 1)
        // Every entry is in the run's summary, the skipped ones with their reason.
        let items = try #require(summary.json["items"] as? [[String: Any]])
        #expect(
            items.filter { $0["status"] as? String == "skipped" }.compactMap { $0["reason"] as? String }.sorted() == [
                "dangling-symlink", "directory-named-zip", "special-file", "symlink-loop",
            ])
        #expect(summary.html.contains("特殊文件（如管道） (special-file)"))
    }

    @Test func closesRunsLeftRunningAsInterrupted() async throws {
        let dir = try temporaryFolder("interrupted")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Self.write(Self.fixture("RS-009-returned.zip"), at: BytePath(inbox.appendingPathComponent("a.zip")))
        // A run whose process died: begun, never finished.
        let dead = try openLedger(out).beginRun(inbox: inbox.path, catalogVersion: "x", jobs: 1)
        let totals = try await run(inbox: inbox, out: out)
        #expect(totals.interrupted.map(\.id) == [dead])
        let runs = try ledgerRows(out, "SELECT id, status FROM runs ORDER BY id")
        #expect(runs.map { $0[1].string } == ["interrupted", "completed"])
        let summary = try latestRunSummary(out)
        let runInfo = try #require(summary.json["run"] as? [String: Any])
        let listed = try #require(runInfo["interruptedRuns"] as? [[String: Any]])
        #expect(listed.map { $0["id"] as? Int } == [Int(dead)])
        #expect(summary.html.contains("was interrupted"))
        // The dead run got its own dated summary, from what it had recorded (nothing).
        let deadSummary = try #require(
            try ledgerRows(out, "SELECT summary FROM runs WHERE id = \(dead)").first?.first?.string)
        let dead1 =
            try JSONSerialization.jsonObject(
                with: Data(
                    contentsOf: out.appendingPathComponent(
                        String(deadSummary.dropLast(4)) + "json"))) as? [String: Any]
        let deadRun = try #require(dead1?["run"] as? [String: Any])
        #expect(deadRun["status"] as? String == "interrupted" && deadRun["processDied"] as? Bool == true)
        #expect((dead1?["items"] as? [Any])?.isEmpty == true)
        // Its end is not known; the summary says when it was closed, which is the ledger's end of it, and the untouched
        // folder verifies (round 52, tester d: ledger-changed "finished: ledger 2026-12-07T12:55:08, summary " after every
        // kill -9 and resume).
        let closedAt = try #require(try ledgerRows(out, "SELECT finished FROM runs WHERE id = \(dead)").first?.first?.string)
        #expect(deadRun["finished"] as? String == "" && !closedAt.isEmpty)
        #expect((deadRun["closed"] as? String).map { $0.prefix(19) == closedAt.prefix(19) } == true, "\(deadRun)")
        // Said once: the next run finds nothing left running.
        #expect(try await run(inbox: inbox, out: out).interrupted.isEmpty)
        let verified = try AuditVerifier(out: out, publicKey: nil, loader: nil).verify()
        #expect(!verified.problems.contains { $0.severity == .error }, "\(verified.problems.map(\.message))")
    }

    /// Runs `intake` through /bin/sh so that arguments can be raw bytes (printf escapes).
    static func intake(_ shellArguments: String) throws -> (status: Int32, stdout: [UInt8], stderr: [UInt8]) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "exec \"$0\" \(shellArguments)", try intakeExecutable().path]
        p.currentDirectoryURL = repositoryRoot
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, [UInt8](stdout), [UInt8](stderr))
    }

    /// A folder named in an argument in GBK (大连, 沈阳) is refused with exit 2, naming it; it is not decoded with replacement
    /// characters into another folder, which two such names shared (round 40, tester w: `--out "dl 大连"` and `--out "dl 沈阳"`
    /// wrote to one `dl ��`, the second run finding the first's decisions).
    @Test(arguments: [
        "run --inbox '%@/in' --out \"$(printf '%@/dl \\264\\363')\" --settle 0",
        "run --inbox \"$(printf '%@/in \\264\\363')\" --out '%@/o' --settle 0",
        "serve --data \"$(printf '%@/d \\264\\363')\" --port 0",
        "check Fixtures/bundles/RS-007-accepted.zip --out \"$(printf '%@/c \\264\\363')\"",
        "audit verify \"$(printf '%@/v \\264\\363')\"",
    ])
    func aFolderArgumentThatIsNotUTF8IsRefused(_ template: String) throws {
        let dir = try temporaryFolder("gbk-args")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        let r = try Self.intake(template.replacingOccurrences(of: "%@", with: dir.path))
        let stderr = String(decoding: r.stderr, as: UTF8.self)
        #expect(r.status == 2 && stderr.contains("must be UTF-8") && stderr.contains("大 [GB18030]"), "\(template): \(stderr)")
        // Nothing made under a name with replacement characters.
        let made = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(made == ["in"], "\(made)")
    }

    @Test func runLogCannotBeForgedByAFileName() throws {
        let dir = try temporaryFolder("log")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try Self.oddNamesInbox(inbox)
        let r = try Self.intake("run --inbox '\(inbox.path)' --out '\(dir.path)/out' --jobs 1 --settle 0")
        #expect(r.status == 0)
        let lines = String(decoding: r.stderr, as: UTF8.self).split(separator: "\n")
        // One line per bundle plus the start and end lines; each a logfmt record.
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.hasPrefix("ts=") && $0.contains(" logger=intake.run msg=") }, "\(lines)")
        #expect(lines.contains { $0.contains(#"file="evil\nverdict=accepted file=x.zip""#) })
        #expect(lines.contains { $0.contains(#"file="王.zip [GB18030]""#) })
    }

    @Test func checkAndInspectTakeTheBundleNameAsBytes() throws {
        let dir = try temporaryFolder("argv")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(Self.fixture("RS-005-accepted-deferred.zip"), at: BytePath(dir).appending(BytePath(bytes: Self.gbkWang)))
        let check = try Self.intake("check \"$(printf '\(dir.path)/\\315\\365.zip')\" --format json")
        #expect(check.status == 0, "\(String(decoding: check.stderr, as: UTF8.self))")
        #expect(String(decoding: check.stdout, as: UTF8.self).contains(#""file": "王.zip [GB18030]""#))
        let inspect = try Self.intake("inspect \"$(printf '\(dir.path)/\\315\\365.zip')\"")
        #expect(inspect.status == 0)
        #expect(String(decoding: inspect.stdout, as: UTF8.self).contains("申请包 Bundle: 王.zip [GB18030]  "))
        // The same name given to `check -` shows as the file's would, not as replacement characters (round 37, tester g).
        let gbkName = "\"$(printf '\\315\\365.zip')\""
        let piped = try Self.intake("check - --name \(gbkName) --format json < \"$(printf '\(dir.path)/\\315\\365.zip')\"")
        #expect(piped.status == 0, "\(String(decoding: piped.stderr, as: UTF8.self))")
        #expect(String(decoding: piped.stdout, as: UTF8.self).contains(#""file": "王.zip [GB18030]""#))
        // Glued to its option too (the session's review: `--name=…` lost the bytes).
        let glued = try Self.intake("check - --name=\(gbkName) --format json < \"$(printf '\(dir.path)/\\315\\365.zip')\"")
        #expect(String(decoding: glued.stdout, as: UTF8.self).contains(#""file": "王.zip [GB18030]""#))
    }

    @Test(arguments: ["check", "inspect"])
    func refusesFIFOAtOnce(command: String) throws {
        let dir = try temporaryFolder("fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("x.zip").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let start = Date()
        let r = try Self.intake("\(command) '\(fifo)'")
        #expect(r.status == 2)
        #expect(String(decoding: r.stderr, as: UTF8.self).contains("not a regular file (a FIFO)"))
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func textOutputEscapesControlCharactersFromTheBundle() throws {
        let dir = try temporaryFolder("controls")
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = "ctl\u{1B}[31m\u{202E}red.zip"
        try Self.write(Self.fixture("BS-SY-001-accepted.zip"), at: BytePath(dir).appending(BytePath(name)))
        for command in ["check", "inspect"] {
            let r = try Self.intake("\(command) \"$(printf '\(dir.path)/ctl\\033[31m\\342\\200\\256red.zip')\"")
            let text = String(decoding: r.stdout, as: UTF8.self)
            #expect(text.contains(#"ctl\u{1B}[31m\u{202E}red.zip"#), "\(command): \(text)")
            #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(command)")
        }
        // JSON escapes the control character (its writer's \u001b), keeping the name exact.
        let json = try Self.intake("check \"$(printf '\(dir.path)/ctl\\033[31m\\342\\200\\256red.zip')\" --format json")
        #expect(!json.stdout.contains(0x1B))
        #expect(String(decoding: json.stdout, as: UTF8.self).contains(#"ctl\u001b[31m"#))
    }
}
