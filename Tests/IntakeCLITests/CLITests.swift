import Foundation
import IntakeCatalog
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// The command line as a user meets it: exit codes, formats, the version.
@Suite struct CLITests {
    @Test func printsItsVersion() throws {
        let r = try runIntake(["--version"])
        // The version, and the commit this clone is at (read from its .git).
        let head = try gitHead()
        #expect(
            r.status == 0
                && r.output.trimmingCharacters(in: .whitespacesAndNewlines)
                    == "\(IntakeVersion.generator) (commit \(head.prefix(12)))"
        )
    }

    /// 0 for an acceptance, 1 for a rejection, 2 when it cannot judge (spec).
    @Test(arguments: [
        ("Fixtures/bundles/SB-048-accepted.zip", Int32(0)), ("Fixtures/bundles/RS-005-accepted-deferred.zip", 0),
        ("Fixtures/bundles/RS-009-returned.zip", 1), ("Fixtures/bundles/SB-017-refused.zip", 1),
        ("Fixtures/bundles/GQ-JS-invalid.zip", 1), ("Fixtures/bundles/no-such-bundle.zip", 2),
    ])
    func checkExitsWithTheSpecsCodes(path: String, status: Int32) throws {
        let r = try runIntake(["check", path, "--format", "json"])
        #expect(r.status == status, "\(path): \(r.error)")
        if status != 2 {
            let object = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any]
            #expect(object?["report"] as? String == "urn:dalian:intake:report:1")
            #expect(object?["generator"] as? [String: String] == ["name": "intake", "version": IntakeVersion.number])
        }
    }

    /// `catalog show` tells a bundle's producer which facts the clerk settles from the
    /// office's records when the manifest leaves them out (BS-GJJ-005: an overdue fund
    /// loan, 补充说明（6）), and which the bundle must state (连续足额缴存满3个月).
    @Test func catalogShowSaysWhichFactsTheClerkChecks() throws {
        let r = try runIntake(["catalog", "show", "BS-GJJ-005"])
        #expect(r.status == 0, "\(r.error)")
        let lines = r.output.split(separator: "\n").map(String.init)
        let overdue = try #require(lines.first { $0.contains("gjjOverdueFundLoan (boolean)") })
        #expect(overdue.contains("checked by the clerk when absent"))
        let deposit = try #require(lines.first { $0.contains("gjjDeposit3Months (boolean)") })
        #expect(!deposit.contains("clerk"))
    }

    /// A channel whose text names no address ("网上办：登录网站", 004 line 870's 途径) is shown with its address, as one whose
    /// text holds it is (round 44, tester b: SB-043's website was in --json only).
    @Test func catalogShowGivesEachWebsitesAddress() throws {
        let r = try runIntake(["catalog", "show", "SB-043"])
        #expect(r.status == 0, "\(r.error)")
        let online = r.output.split(separator: "\n").filter { $0.contains("办理渠道 (online)") }
        #expect(!online.isEmpty && online.allSatisfy { $0.contains("https://") }, "\(online)")
    }

    /// 户籍 事项16's 二、选择手续 (003 line 2328): its parts each optional, one of them needed; `check` asks for one, and
    /// `catalog show` says so (round 45, tester e).
    @Test func catalogShowSaysASelectionWantsOneOfItsParts() throws {
        let r = try runIntake(["catalog", "show", "BS-HJ-016"])
        let group = try #require(r.output.split(separator: "\n").first { $0.contains(" 2 选择手续") }, "\(r.output)")
        #expect(group.contains("至少提交其中一项"), "\(group)")
    }

    /// `inspect` speaks as the report does: the same key names and values for a document
    /// and a finding, the same JSON style, the same labels in text.
    @Test func inspectSharesTheReportsKeysAndLabels() throws {
        let bundle = "Fixtures/bundles/RS-007-checksum-mismatch.zip"
        let inspected = try runIntake(["inspect", bundle, "--format", "json"])
        let checked = try runIntake(["check", bundle, "--format", "json"])
        #expect(inspected.status == 1 && checked.status == 1)
        // One writer: two-space indentation, "key": value.
        #expect(inspected.output.hasPrefix("{\n  \"inspect\": \"urn:dalian:intake:inspect:2\",\n"))
        let i = try #require(try JSONSerialization.jsonObject(with: Data(inspected.output.utf8)) as? [String: Any])
        let c = try #require(try JSONSerialization.jsonObject(with: Data(checked.output.utf8)) as? [String: Any])
        let iDocs = try #require(i["documents"] as? [[String: Any]])
        let cDocs = try #require(c["documents"] as? [[String: Any]])
        #expect(iDocs.count == 2 && cDocs.count == 2)
        for (a, b) in zip(iDocs, cDocs) {
            #expect(Set(a.keys) == Set(b.keys))
            #expect(a["type"] as? String == b["type"] as? String && a["type"] != nil)
            #expect(a["sound"] as? Bool == b["sound"] as? Bool)
        }
        #expect(iDocs.map { $0["sound"] as? Bool } == [true, false])
        let iFinding = try #require((i["findings"] as? [[String: Any]])?.first)
        let cFinding = try #require((c["findings"] as? [[String: Any]])?.first { $0["code"] as? String == "document-checksum" })
        for key in ["code", "severity", "material", "path", "detail"] {
            #expect(iFinding[key] as? String == cFinding[key] as? String, "\(key)")
        }
        let text = try runIntake(["inspect", bundle]).output
        #expect(text.contains("申请包 Bundle: RS-007-checksum-mismatch.zip") && text.contains("事项 Matter: RS-007"))
        #expect(text.contains("[error] document-checksum: 文件与清单记载不一致") && text.contains("细节 detail: SHA-256"))
    }

    @Test func badUsageIsExitTwo() throws {
        #expect(try runIntake(["check"]).status == 2)
        #expect(try runIntake(["check", "Fixtures/bundles/RS-009-returned.zip", "--format", "yaml"]).status == 2)
        // `check` is parsed on its own first (a faster start); help and errors still come
        // from the whole command tree, naming `intake check`.
        let unknown = try runIntake(["check", "Fixtures/bundles/RS-009-returned.zip", "--bogus"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("Unknown option '--bogus'") && unknown.error.contains("Usage: intake check <bundle>"))
        let help = try runIntake(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: intake check <bundle>") && help.output.contains("--format <format>"))
    }

    /// A run that fails says so in its log's own format, and with --json gives its kind as the error's code (round 40, tester
    /// w: every kind was "failed", and the plain line escaped an alert on level=error or a JSON log parser).
    @Test func aFailedRunSaysItsKind() throws {
        let out = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try runIntake(["run", "--inbox", "/nonexistent-inbox-of-a-test", "--out", out.path, "--json"])
        #expect(r.status == 2)
        #expect(r.output.contains(#"{"error":{"code":"inbox","#), "\(r.output)")
        let logged = try runIntake([
            "run", "--inbox", "/nonexistent-inbox-of-a-test", "--out", out.path, "--log-format", "json",
        ])
        let line = try #require(logged.error.split(separator: "\n").first { $0.hasPrefix("{") && $0.contains("run failed") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["level"] as? String == "error" && object["kind"] as? String == "inbox", "\(line)")
    }

    /// `audit find --matter` takes a code in any case, codes being upper case (round 58, tester t: rs-007 found nothing).
    @Test func auditFindTakesAMattersCodeInAnyCase() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for name in ["RS-009-returned.zip", "BS-HY-003-accepted.zip"] {
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: "Fixtures/bundles/\(name)"), to: inbox.appendingPathComponent(name))
        }
        let out = root.appendingPathComponent("out")
        #expect(try runIntake(["run", "--inbox", inbox.path, "--out", out.path, "--settle", "0"]).status == 0)
        let upper = try runIntake(["audit", "find", out.path, "--matter", "RS-009"])
        let lower = try runIntake(["audit", "find", out.path, "--matter", "rs-009"])
        #expect(upper.status == 0 && upper.output.contains("RS-009") && !upper.output.contains("BS-HY-003"), "\(upper.output)")
        #expect(lower.status == 0 && lower.output == upper.output, "\(lower.output) \(lower.error)")
    }

    /// The discussion under each command's help is wrapped by the terminal's width (80
    /// columns when not a terminal), paragraph by paragraph: no line is broken short in
    /// the middle of a sentence because the source text carried its own line breaks.
    @Test(arguments: [
        ["run"], ["serve"], ["check"], ["inspect"], ["audit", "verify"], ["audit", "recheck"],
        ["audit", "rejudge"], ["audit", "find"], ["audit", "sample"], ["audit", "keygen"],
    ])
    func helpParagraphsWrapToTheWidth(command: [String]) throws {
        let help = try runIntake(command + ["--help"])
        #expect(help.status == 0)
        let text = help.output.components(separatedBy: "USAGE:")[0]
        let paragraphs = text.components(separatedBy: "\n\n").map { $0.split(separator: "\n") }.filter { !$0.isEmpty }
        #expect(paragraphs.count >= 2, "\(help.output)")
        for lines in paragraphs {
            for line in lines { #expect(line.count <= 80, "\(line)") }
            for (line, next) in zip(lines, lines.dropFirst()) {
                // A line is short only where the next word could not have fitted on it.
                let nextWord = next.split(separator: " ").first.map(String.init) ?? ""
                #expect(line.count + 1 + nextWord.count >= 80, "\(command): «\(line)» then «\(next)»")
            }
        }
    }

    /// Exit 2 with `--format json` still prints JSON: `{"error": {"code", "message"}}`.
    @Test(arguments: [
        (["check", "Fixtures", "--format", "json"], "not-regular-file"),
        (["check", "Fixtures/bundles/no-such.zip", "--format", "json"], "not-found"),
        (["check", "--format", "json"], "usage"),
        (["inspect", "/dev/null", "--format", "json"], "not-regular-file"),
    ])
    func jsonErrorsOnExitTwo(arguments: [String], code: String) throws {
        let r = try runIntake(arguments)
        #expect(r.status == 2)
        let object = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any]
        let error = object?["error"] as? [String: String]
        #expect(error?["code"] == code, "\(r.output)")
        #expect(error?["message"]?.isEmpty == false)
        #expect(r.error.split(separator: "\n").count >= 1)
    }

    /// `audit find` with a verdict outside the five is a usage error, as a bad date is (round
    /// 20: `--verdict bogus` exited 1, "0 decision(s)", as if nothing had that verdict).
    @Test(arguments: [["--verdict", "bogus"], ["--verdict", "Accepted"], ["--from", "2026-13-01"]])
    func auditFindRefusesAValueOutsideTheListedOnes(option: [String]) throws {
        let r = try runIntake(["audit", "find", "no-such-output"] + option)
        #expect(r.status == 2, "\(r.output)\(r.error)")
        #expect(r.error.contains(option[0]), "\(r.error)")
        if option[0] == "--verdict" { #expect(r.error.contains("accepted-deferred"), "\(r.error)") }
    }

    /// `check -` reads the bundle from standard input; `--name` is the name the report shows.
    @Test func checkReadsStandardInput() throws {
        let p = Process()
        p.executableURL = try intakeExecutable()
        p.arguments = ["check", "-", "--format", "json", "--name", "上传.zip"]
        p.currentDirectoryURL = repositoryRoot
        p.standardInput = try FileHandle(
            forReadingFrom: repositoryRoot.appendingPathComponent("Fixtures/bundles/RS-009-returned.zip"))
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["verdict"] as? String == "returned")
        #expect((object?["bundle"] as? [String: Any])?["file"] as? String == "上传.zip")
        let direct = try runIntake(["check", "Fixtures/bundles/RS-009-returned.zip", "--format", "json"])
        let expected = try JSONSerialization.jsonObject(with: Data(direct.output.utf8)) as? [String: Any]
        #expect(
            (object?["bundle"] as? [String: Any])?["sha256"] as? String == (expected?["bundle"] as? [String: Any])?["sha256"]
                as? String)
    }

    /// Standard input is copied up to `--max-body` bytes: past it, `check -` stops reading, keeps no copy and exits 2
    /// (round 52, tester d: `cat /dev/zero | intake check -` wrote 57 GB into /tmp). A SIGTERM while it reads removes
    /// the copy too (it was left behind).
    @Test func standardInputIsReadUpToItsLimitAndNotKept() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("intake-stdin-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let fixture = repositoryRoot.appendingPathComponent("Fixtures/bundles/RS-009-returned.zip")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: fixture.path)[.size] as? Int)
        func started(_ limit: Int?, input: Any) throws -> (Process, Pipe) {
            let p = Process()
            p.executableURL = try intakeExecutable()
            p.arguments = ["check", "-", "--format", "json"] + (limit.map { ["--max-body", String($0)] } ?? [])
            p.currentDirectoryURL = repositoryRoot
            p.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": tmp.path]) { $1 }
            p.standardInput = input
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            return (p, err)
        }
        func leftovers() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: tmp.path) }
        // Over the limit: refused, nothing kept.
        let (over, err) = try started(size - 1, input: try FileHandle(forReadingFrom: fixture))
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        over.waitUntilExit()
        #expect(over.terminationStatus == 2 && message.contains("--max-body"), "\(message)")
        #expect(try leftovers().isEmpty)
        // At the limit: decided.
        let (exact, _) = try started(size, input: try FileHandle(forReadingFrom: fixture))
        exact.waitUntilExit()
        #expect(exact.terminationStatus == 1)
        #expect(try leftovers().isEmpty)
        // A SIGTERM while standard input is still open: the copy goes with the process.
        let pipe = Pipe()
        let (waiting, _) = try started(nil, input: pipe)
        pipe.fileHandleForWriting.write(Data(repeating: 0x50, count: 1 << 16))
        // Waited for until the copy itself is there (its folder comes before the handlers are set).
        func copying() throws -> Bool {
            try leftovers().contains {
                FileManager.default.fileExists(atPath: tmp.appendingPathComponent($0).appendingPathComponent("stdin.zip").path)
            }
        }
        let deadline = Date().addingTimeInterval(20)
        while try !copying() && Date() < deadline { usleep(20_000) }
        #expect(try copying())
        waiting.terminate()
        waiting.waitUntilExit()
        // Dead by the signal, as its parent should see it.
        #expect(waiting.terminationReason == .uncaughtSignal && waiting.terminationStatus == SIGTERM)
        let left = try leftovers()
        #expect(left.isEmpty, "\(left)")
        try? pipe.fileHandleForWriting.close()
    }

    /// `check` reads only the named matter's catalog, after the bundle: a matter whose photo
    /// is judged by its pixels (RS-025, 000 line 1055 电子版白底免冠照片; BS-QT-016, 003 line 12313
    /// 二寸近期免冠白底彩照) has them decoded all the same, a PNG's too (round 33, tester l: `check`
    /// left a PNG's colours to the clerk where `run` judged them).
    @Test(arguments: [("RS-025", false), ("BS-QT-016", true)])
    func checkDecodesAPhotoWhoseBackgroundIsAsked(code: String, png: Bool) throws {
        let catalog = try CatalogLoader(home: repositoryRoot)
            .load(pipeline: repositoryRoot.appendingPathComponent(CatalogLoader.defaultPipeline))
        let m = try #require(catalog.matter(code, on: CalendarDate("2025-07-01")!))
        var app = ApplicationFactory.complete(
            catalog: catalog, matter: m, scenario: m.scenarios[0], id: "T-\(code)", submitted: "2025-07-01T09:30:00+08:00")
        let i = try #require(app.documents.firstIndex { $0.material == "2" })
        var rng = SeededRandom(seed: 9)
        if png {
            app.documents[i] = SampleDocument(
                path: "files/照片.png", material: "2", bytes: SamplePhoto.png(background: SamplePhoto.blue, rng: &rng),
                mediaType: "image/png")
        } else {
            app.documents[i].bytes = SamplePhoto.jpeg(background: SamplePhoto.blue, quality: 60, rng: &rng)
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundle = dir.appendingPathComponent("\(code).zip")
        try Data(BundleBuilder.bytes(app)).write(to: bundle)
        let r = try runIntake(["check", bundle.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
        #expect(object["verdict"] as? String == "returned", "\(r.output)")
        let findings = object["findings"] as? [[String: Any]] ?? []
        #expect(
            findings.contains {
                $0["code"] as? String == "document-spec" && ($0["message"] as? String)?.contains("底色为蓝色") == true
            },
            "\(r.output)")
    }

    /// A file-system error is one line naming the path and the reason, no Foundation codes.
    @Test func outErrorsAreOneClearLine() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let r = try runIntake([
            "check", "Fixtures/bundles/RS-009-returned.zip", "--out", file.appendingPathComponent("reports").path,
        ])
        #expect(r.status == 2)
        let lines = r.error.split(separator: "\n")
        #expect(lines.count == 1, "\(r.error)")
        #expect(r.error.contains(file.path) && r.error.contains("Not a directory"))
        #expect(!r.error.contains("NSCocoaErrorDomain"))
    }

    @Test func lintIsCleanAndCountsTheConditions() throws {
        let r = try runIntake(["catalog", "lint"])
        #expect(r.status == 0, "\(r.output)")
        let line = try #require(r.output.split(separator: "\n").first { $0.hasPrefix("条件 conditions:") })
        let numbers = line.split(separator: " ").compactMap { Int($0) }
        #expect(numbers.count == 2 && numbers[0] == numbers[1] && numbers[0] > 500, "\(line)")
    }

    /// 户籍 事项10 7、可否代办 (seed 003) "十六周岁以下由监护人代办": a child alone is returned to file through the guardian, no
    /// 违规禁办; the listing counted it with them (round 35's review). `catalog list --json` counts each kind on its own.
    @Test func aListingCountsCorrectionsApartFromForbiddenCases() throws {
        let r = try runIntake(["catalog", "list", "--json"])
        #expect(r.status == 0, "\(r.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
        let rows = try #require(json["matters"] as? [[String: Any]])
        let row = try #require(rows.first { $0["code"] as? String == "BS-HJ-010" })
        let catalog = try CatalogLoader(home: repositoryRoot)
            .load(pipeline: repositoryRoot.appendingPathComponent("Pipelines/default.pipeline.xml"))
        let m = try #require(catalog.matter("BS-HJ-010", on: CalendarDate(year: 2025, month: 7, day: 1)))
        #expect(m.forbidden.contains { $0.id == "F-minor-alone" && $0.outcome == .returns })
        let (forbidden, corrections) = (row["forbidden"] as? Int ?? -1, row["corrections"] as? Int ?? -1)
        #expect(corrections == m.forbidden.count { $0.outcome == .returns } && corrections >= 1, "\(row)")
        #expect(forbidden + corrections == m.forbidden.count, "\(row)")
        let lint = try runIntake(["catalog", "lint"])
        #expect(lint.output.split(separator: "\n").contains { $0.contains("003_ac3441e5f5207cf8.txt") && $0.contains("需更正 ") })
    }
}

/// The commit the repository is at, from git itself.
func gitHead() throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git", "-C", repositoryRoot.path, "rev-parse", "HEAD"]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// `intake run` stopped by a signal while its log goes to a file.
@Suite struct RunSignalTests {
    /// In json format every line of standard error is a JSON object, the notice that the
    /// run is stopping and the last word included, with no terminal control sequence.
    @Test func aStoppedRunLogsOnlyJSONLinesToAFile() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let fixtures = repositoryRoot.appendingPathComponent("Fixtures/bundles")
        // The small fixtures, 700 different files in all (a byte after each zip makes each
        // copy its own bundle): the run is still at work when it is stopped.
        let bundles = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter {
            $0.hasSuffix(".zip")
                && (try? FileManager.default.attributesOfItem(atPath: fixtures.appendingPathComponent($0).path)[.size] as? Int)
                    .map { $0 < 300_000 } == true
        }
        for n in 0..<20 {
            for name in bundles {
                var bytes = try Data(contentsOf: fixtures.appendingPathComponent(name))
                bytes.append(contentsOf: Array("\(n)".utf8))
                try bytes.write(to: inbox.appendingPathComponent("\(n)-\(name)"))
            }
        }
        let log = dir.appendingPathComponent("run.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let p = Process()
        p.executableURL = try intakeExecutable()
        p.arguments = [
            "run", "--inbox", inbox.path, "--out", dir.appendingPathComponent("out").path, "--jobs", "1",
            "--settle", "0", "--log-format", "json",
        ]
        p.currentDirectoryURL = repositoryRoot
        p.standardError = try FileHandle(forWritingTo: log)
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // Stopped once it has decided a few bundles.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline,
            (try String(contentsOf: log, encoding: .utf8)).components(separatedBy: "\"msg\":\"bundle\"").count < 4
        {
            Thread.sleep(forTimeInterval: 0.01)
        }
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        #expect(p.terminationStatus == 128 + SIGTERM)
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(!text.contains("\u{1B}") && !text.contains("\r"))
        let lines = text.split(separator: "\n")
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(line)")
        }
        #expect(lines.contains { $0.contains("stopping (SIGTERM)") })
        #expect(lines.last?.contains("stopped by SIGTERM") == true)
    }
}
