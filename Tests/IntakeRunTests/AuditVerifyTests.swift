import Foundation
import IntakeAudit
import IntakeBundle
import IntakeCatalog
import IntakeFixtures
import IntakeIO
import IntakeSeedData
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// `intake audit verify`: every alteration of the sealed output after the fact is caught
/// and named, and clean runs raise no alarm.
@Suite("audit verify: the sealed output chain")
struct AuditVerifyTests {
    /// Two runs (the second decides one more bundle), so there are two seals.
    static func twoRuns(_ dir: URL, key: SigningKey? = nil) async throws -> URL {
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        try writeInbox(inbox)
        var options = RunOptions(inbox: inbox, out: out, jobs: 2)
        options.signingKey = key
        try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
        let extra = ExampleSet.bundles(catalog: catalog).first { $0.expected == "returned" }!
        var bytes = extra.bytes
        bytes.append(contentsOf: Array("trailing comment".utf8))  // other bytes, same application
        try Data(bytes).write(to: inbox.appendingPathComponent("late arrival.zip"))
        try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
        return out
    }

    static func verify(_ out: URL, key: VerifyingKey? = nil) throws -> AuditVerification {
        try AuditVerifier(out: out, publicKey: key, loader: try CatalogLoader(home: repositoryRoot)).verify()
    }

    static func copy(_ out: URL, _ name: String) throws -> URL {
        let copy = out.deletingLastPathComponent().appendingPathComponent(name)
        try FileManager.default.copyItem(at: out, to: copy)
        return copy
    }

    /// The report files the first seal lists.
    static func firstSealReports(_ out: URL) throws -> [String] {
        let seal = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("seals/000001.json")))
        let entries = (seal as? [String: Any])?["entries"] as? [[String: Any]] ?? []
        return entries.flatMap { ($0["reports"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String } }
    }

    @Test func cleanRunsVerifyWithoutAnyAlarm() async throws {
        let dir = try temporaryFolder("audit-clean")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try await Self.twoRuns(dir)
        // A third run with nothing new makes no seal and changes nothing.
        try await run(inbox: dir.appendingPathComponent("inbox"), out: out)
        let result = try Self.verify(out)
        #expect(result.problems == [])
        #expect(result.holds)
        #expect(result.seals == 2)
        let decided = try ledgerRows(out, "SELECT COUNT(*) FROM bundles WHERE state = 'decided'")[0][0].int
        #expect(result.reportSets == decided)
        #expect(result.files == 3 * decided)
        #expect(result.catalogs == 1)
        #expect(result.summaries == 9)  // three runs' JSON, CSV and HTML
        // The archive is the catalog that decided: it loads back to the same version.
        let archived = try #require(CatalogArchive.pipeline(out: out, version: catalog.version))
        #expect(try CatalogLoader(home: repositoryRoot).load(pipeline: archived).version == catalog.version)
        // The seals chain: the second names the first's digest; the ledger agrees.
        let seals = try openLedger(out).seals()
        #expect(seals.map(\.seq) == [1, 2])
        #expect(seals[1].previous == seals[0].digest)
        #expect(seals[1].entries == 1)
    }

    @Test func everyAlterationAfterTheFactIsCaughtAndNamed() async throws {
        let dir = try temporaryFolder("audit-tamper")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try await Self.twoRuns(dir)
        let sealed = try Self.firstSealReports(out)
        let victim = try #require(sealed.first { $0.hasSuffix(".html") })

        // One byte of an old report changed.
        let changed = try Self.copy(out, "changed")
        let handle = try FileHandle(forUpdating: changed.appendingPathComponent(victim))
        try handle.seek(toOffset: 100)
        let byte = try #require(try handle.read(upToCount: 1))
        try handle.seek(toOffset: 100)
        try handle.write(contentsOf: Data([byte[0] ^ 0x20]))
        try handle.close()
        var r = try Self.verify(changed)
        #expect(!r.holds)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["report-changed \(victim)"])

        // One removed.
        let removed = try Self.copy(out, "removed")
        try FileManager.default.removeItem(at: removed.appendingPathComponent(victim))
        r = try Self.verify(removed)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["report-removed \(victim)"])

        // One added (a forged report beside the real ones).
        let added = try Self.copy(out, "added")
        let forged = (victim as NSString).deletingLastPathComponent + "/FORGED-000000000000.json"
        try Data("{}".utf8).write(to: added.appendingPathComponent(forged))
        r = try Self.verify(added)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["report-added \(forged)"])

        // The seals reordered: each file sits where the other was.
        let reordered = try Self.copy(out, "reordered")
        let one = reordered.appendingPathComponent("seals/000001.json")
        let two = reordered.appendingPathComponent("seals/000002.json")
        let first = try Data(contentsOf: one)
        try Data(contentsOf: two).write(to: one)
        try first.write(to: two)
        r = try Self.verify(reordered)
        #expect(!r.holds)
        #expect(Set(r.problems.map(\.code)).isSuperset(of: ["seal-changed", "chain-broken"]))
        #expect(Set(r.problems.map(\.path)) == ["seals/000001.json", "seals/000002.json"])

        // A ledger row deleted: its sealed report has no row.
        let rowless = try Self.copy(out, "rowless")
        let sha = try ledgerRows(
            rowless, "SELECT sha256 FROM bundles WHERE report_base || '.html' = '\((victim as NSString).lastPathComponent)'")[0][
                0
            ].string
        let ledger = try openLedger(rowless)
        try ledger.execute("DELETE FROM findings WHERE sha256 = '\(sha)'")
        try ledger.execute("DELETE FROM names WHERE sha256 = '\(sha)'")
        try ledger.execute("DELETE FROM bundles WHERE sha256 = '\(sha)'")
        r = try Self.verify(rowless)
        #expect(r.problems.map(\.code) == ["report-without-ledger-row"])
        // The next night does not decide that bundle again over its sealed report (round 48, tester d: the run rewrote it
        // in place and verify passed): it stops, naming the file; the sealed report is as it was, and stays so.
        let sealedBytes = try Data(contentsOf: rowless.appendingPathComponent(victim))
        for _ in 0..<2 {
            await #expect(throws: RunError.self) {
                try await BatchRun(
                    checker: checker(), options: RunOptions(inbox: dir.appendingPathComponent("inbox"), out: rowless, jobs: 1),
                    observer: Recorder()
                ).run()
            }
            #expect(try Data(contentsOf: rowless.appendingPathComponent(victim)) == sealedBytes)
            #expect(try ledgerRows(rowless, "SELECT COUNT(*) FROM bundles WHERE sha256 = '\(sha)'") == [[.integer(0)]])
        }

        // A seal removed: named, and what it covered (the second run's one report set) is
        // checked against the ledger's record of it: not named again as rowless and added
        // (its ledger row and its files are there), unless a file differs from that record.
        let unsealed = try Self.copy(out, "seal-removed")
        try FileManager.default.removeItem(at: unsealed.appendingPathComponent("seals/000002.json"))
        r = try Self.verify(unsealed)
        let secondRun = try ledgerRows(unsealed, "SELECT report_dir || '/' || report_base FROM bundles WHERE seal = 2")
            .map { $0[0].string }
        #expect(secondRun.count == 1)
        #expect(!r.holds)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["seal-removed seals/000002.json"])
        #expect(r.problems.first?.message.contains("checked against the ledger's record alone") == true)
        try Data("forged".utf8).write(to: unsealed.appendingPathComponent("\(secondRun[0]).html"))
        r = try Self.verify(unsealed)
        #expect(
            r.problems.map { "\($0.code) \($0.path)" }.sorted() == [
                "report-changed \(secondRun[0]).html", "seal-removed seals/000002.json",
            ])

        // A seal edited alone (a report's hash in it rewritten): the seal is named, and the
        // chain's next link; not the report, which is as sealed and as the ledger records it
        // (round 41, tester z: `report-changed` of a report nobody touched).
        let resealed = try Self.copy(out, "seal-edited")
        let sealFile = resealed.appendingPathComponent("seals/000001.json")
        let sealText = try String(contentsOf: sealFile, encoding: .utf8)
        let victimHash = try #require(
            try openLedger(resealed).reportSets().first { $0.reports.files.contains(victim) }.flatMap { row in
                zip(row.reports.files, row.hashes).first { $0.0 == victim }?.1
            })
        #expect(sealText.contains(victimHash))
        try sealText.replacingOccurrences(of: victimHash, with: String(repeating: "0", count: 64)).write(
            to: sealFile, atomically: true, encoding: .utf8)
        r = try Self.verify(resealed)
        #expect(!r.holds)
        #expect(
            r.problems.map { "\($0.code) \($0.path)" }.sorted() == [
                "chain-broken seals/000002.json", "seal-changed seals/000001.json",
            ],
            "\(r.problems)")

        // A symbolic link slipped in among the reports (pointing at a real report).
        let linked = try Self.copy(out, "linked")
        let link = (victim as NSString).deletingLastPathComponent + "/LINK-000000000000.html"
        try FileManager.default.createSymbolicLink(
            atPath: linked.appendingPathComponent(link).path, withDestinationPath: linked.appendingPathComponent(victim).path)
        r = try Self.verify(linked)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["report-added \(link)"])

        // The ledger's verdict edited (round 24, tester 2: it held, and the server's replay
        // then answered `Intake-Verdict: returned` over a sealed report saying accepted).
        let edited = try Self.copy(out, "ledger-edited")
        let json = try #require(sealed.first { $0.hasSuffix(".json") })
        let base = ((json as NSString).lastPathComponent as NSString).deletingPathExtension
        let verdict = try ledgerRows(edited, "SELECT verdict FROM bundles WHERE report_base = '\(base)'")[0][0].string
        let other = verdict == "returned" ? "accepted" : "returned"
        try openLedger(edited).execute(
            "UPDATE bundles SET verdict = '\(other)', matter = 'XX-000' WHERE report_base = '\(base)'")
        r = try Self.verify(edited)
        #expect(!r.holds)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["ledger-changed \(json)", "ledger-changed \(json)"])
        #expect(
            r.problems.contains { $0.message.contains("verdict: ledger \"\(other)\", report \"\(verdict)\"") }, "\(r.problems)")
        #expect(r.problems.contains { $0.message.contains("matter: ledger \"XX-000\"") }, "\(r.problems)")

        // A run summary edited, another removed (round 24, tester 2: not covered).
        let summaries = try Self.copy(out, "summaries")
        let runs = try openLedger(summaries).runs(channel: .batch).sorted { $0.id < $1.id }
        #expect(runs.count == 2 && runs.allSatisfy { $0.summaryHashes.count == 3 })
        let firstSummary = try #require(runs[0].summary)
        let editedSummary = String(firstSummary.dropLast("html".count)) + "csv"
        let csv = summaries.appendingPathComponent(editedSummary)
        try (String(contentsOf: csv, encoding: .utf8) + "forged.zip,decided\r\n").write(
            to: csv, atomically: true, encoding: .utf8)
        let second = try #require(runs[1].summary)
        try FileManager.default.removeItem(at: summaries.appendingPathComponent(second))
        r = try Self.verify(summaries)
        #expect(!r.holds)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["summary-changed \(editedSummary)", "summary-removed \(second)"])
        #expect(r.summaries == 6)

        // The ledger's first seal row deleted: named, no crash.
        let headless = try Self.copy(out, "headless")
        try openLedger(headless).execute("DELETE FROM seals WHERE seq = 1")
        r = try Self.verify(headless)
        #expect(!r.holds)
        #expect(r.problems.map(\.code).contains("chain-broken"))

        // The ledger's last seal row deleted, its decisions still naming it: not a kill between writing and recording a
        // seal (round 48, tester d: a warning, and the next run replaced the signed seal): an error, and the run refuses.
        let rowlessSeal = try Self.copy(out, "seal-row-removed")
        try openLedger(rowlessSeal).execute("DELETE FROM seals WHERE seq = 2")
        r = try Self.verify(rowlessSeal)
        #expect(!r.holds)
        #expect(r.problems.contains { $0.code == "seal-row-removed" && $0.path == "seals/000002.json" }, "\(r.problems)")
        let sealBytes = try Data(contentsOf: rowlessSeal.appendingPathComponent("seals/000002.json"))
        await #expect(throws: RunError.self) {
            try await BatchRun(
                checker: checker(), options: RunOptions(inbox: dir.appendingPathComponent("inbox"), out: rowlessSeal, jobs: 1),
                observer: Recorder()
            ).run()
        }
        #expect(try Data(contentsOf: rowlessSeal.appendingPathComponent("seals/000002.json")) == sealBytes)

        // The ledger emptied (truncated to 0 bytes): verify and find say so and leave the file as it is (round 48, tester
        // d: both wrote a fresh ledger into it, and find answered "0 decisions").
        let emptied = try Self.copy(out, "emptied")
        let ledgerFile = emptied.appendingPathComponent(SQLLedger.fileName)
        try Data().write(to: ledgerFile)
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: ledgerFile.path + "-wal"))
        #expect(throws: AuditError.self) { try Self.verify(emptied) }
        #expect(throws: AuditError.self) { try AuditFind.decisions(out: emptied, ledger: nil, DecisionFilter()) }
        #expect(try Data(contentsOf: ledgerFile).isEmpty)

        // The untouched original still holds.
        #expect(try Self.verify(out).problems == [])
    }

    /// A sealed report removed, then the nightly run over the same inbox: the bundle is not
    /// decided again (the ledger records a decision only once its files are durable, so
    /// they were removed afterwards), the run warns, and `verify` still names the removal
    /// (round 20: the run wrote the report again, re-sealed it, and the removal vanished).
    @Test func aRemovedSealedReportStaysVisibleAfterTheNextRun() async throws {
        let dir = try temporaryFolder("audit-removed-run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try await Self.twoRuns(dir)
        let victim = try #require(try Self.firstSealReports(out).first { $0.hasSuffix(".xml") })
        try FileManager.default.removeItem(at: out.appendingPathComponent(victim))

        let recorder = Recorder()
        let totals = try await run(inbox: dir.appendingPathComponent("inbox"), out: out, recorder: recorder)
        #expect(totals.decided == 0 && totals.seal == nil)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(victim).path))
        let flagged = recorder.outcomes.filter { $0.missingReports != nil }
        #expect(flagged.map(\.missingReports) == [[victim]])
        #expect(flagged.allSatisfy { $0.status == .alreadyDecided })
        #expect(recorder.warnings.contains { $0.contains(victim) && $0.contains("audit verify") })
        #expect(try ledgerRows(out, "SELECT MAX(decisions) FROM bundles")[0][0].int == 1)
        #expect(try ledgerRows(out, "SELECT COUNT(*) FROM seals")[0][0].int == 2)
        let r = try Self.verify(out)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["report-removed \(victim)"])
    }

    /// The ledger restored from a backup taken after the first run, beside the folder of both: the second seal is named an
    /// error (its bundles are not in the ledger: the ledger is behind the folder, as `intake run` refuses it), not a
    /// warning about a killed sealing, and the second run's reports are said to be listed by it (round 42, tester e: "the next
    /// seal replaces it", and "added after the fact?").
    @Test func aLedgerBehindTheFolderIsNamed() async throws {
        let (dir, inbox, out) = try folderWithInbox("audit-behind")
        defer { try? FileManager.default.removeItem(at: dir) }
        try await run(inbox: inbox, out: out)
        let backup = dir.appendingPathComponent("backup")
        try FileManager.default.createDirectory(at: backup, withIntermediateDirectories: true)
        let ledgerFiles = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix("ledger.sqlite") }
        for f in ledgerFiles {
            try FileManager.default.copyItem(at: out.appendingPathComponent(f), to: backup.appendingPathComponent(f))
        }
        let extra = ExampleSet.bundles(catalog: catalog).first { $0.expected == "returned" }!
        try Data(extra.bytes + Array("another".utf8)).write(to: inbox.appendingPathComponent("late arrival.zip"))
        try await run(inbox: inbox, out: out)
        let second = try ledgerRows(out, "SELECT report_dir || '/' || report_base FROM bundles WHERE seal = 2").map {
            $0[0].string
        }
        #expect(second.count == 1)
        for f in try FileManager.default.contentsOfDirectory(atPath: out.path) where f.hasPrefix("ledger.sqlite") {
            try FileManager.default.removeItem(at: out.appendingPathComponent(f))
        }
        for f in ledgerFiles {
            try FileManager.default.copyItem(at: backup.appendingPathComponent(f), to: out.appendingPathComponent(f))
        }
        let r = try Self.verify(out)
        #expect(!r.holds)
        let seal = try #require(r.problems.first { $0.path == "seals/000002.json" }, "\(r.problems)")
        #expect(seal.code == "seal-added" && seal.severity == .error && seal.message.contains("behind"), "\(seal)")
        let added = r.problems.filter { $0.code == "report-added" }
        #expect(added.count == 3 && added.allSatisfy { $0.path.hasPrefix(second[0]) && $0.message.contains("seals/000002.json") })
    }

    @Test func signedSealsHoldOnlyUnderTheirKey() async throws {
        let dir = try temporaryFolder("audit-signed")
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = SigningKey()
        let out = try await Self.twoRuns(dir, key: key)
        var r = try Self.verify(out, key: key.publicKey)
        #expect(r.problems == [])
        #expect(r.signedSeals == 2)

        // Another key's auditor is told the seals are not signed by it.
        r = try Self.verify(out, key: SigningKey().publicKey)
        #expect(r.problems.map(\.code) == ["signature-untrusted", "signature-untrusted"])

        // A seal rewritten (a report hash replaced) with its digest fixed in the ledger too:
        // only the signature can tell, and it does.
        let forged = try Self.copy(out, "forged")
        let file = forged.appendingPathComponent("seals/000002.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        let sha = try #require(
            text.range(
                of: #"[0-9a-f]{64}"#, options: .regularExpression, range: text.range(of: "\"sha256\"")!.upperBound..<text.endIndex
            ))
        text.replaceSubrange(sha, with: String(repeating: "0", count: 64))
        try text.write(to: file, atomically: true, encoding: .utf8)
        let digest = try FileHash.sha256(BytePath(file)).sha256
        try openLedger(forged).execute("UPDATE seals SET digest = '\(digest)' WHERE seq = 2")
        r = try Self.verify(forged, key: key.publicKey)
        #expect(r.problems.map(\.code).contains("signature-invalid"))

        // A signature removed: the ledger recorded the seal signed, with the trusted key given or not (round 31, tester 3:
        // "(0 signed)", verified; round 41, tester z: with the key it was only "seal-unsigned").
        let stripped = try Self.copy(out, "stripped")
        try FileManager.default.removeItem(at: stripped.appendingPathComponent("seals/000001.sig"))
        r = try Self.verify(stripped, key: key.publicKey)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["signature-removed seals/000001.sig"])
        r = try Self.verify(stripped)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["signature-removed seals/000001.sig"])
        // The ledger's record changed to unsigned too: with the key, the seal is not signed by it.
        try openLedger(stripped).execute("UPDATE seals SET signed = 0 WHERE seq = 1")
        r = try Self.verify(stripped, key: key.publicKey)
        #expect(r.problems.map { "\($0.code) \($0.path)" }.contains("seal-unsigned seals/000001.json"), "\(r.problems)")

        // Two seal files swapped with their signatures: each is a genuine seal under the other's name, not a ledger whose
        // digest changed (round 50, tester d: "the ledger's digest is what changed").
        let swapped = try Self.copy(out, "swapped")
        let seals = swapped.appendingPathComponent("seals")
        for ext in ["json", "sig"] {
            let one = seals.appendingPathComponent("000001.\(ext)")
            let two = seals.appendingPathComponent("000002.\(ext)")
            let aside = seals.appendingPathComponent("aside.\(ext)")
            try FileManager.default.moveItem(at: one, to: aside)
            try FileManager.default.moveItem(at: two, to: one)
            try FileManager.default.moveItem(at: aside, to: two)
        }
        r = try Self.verify(swapped, key: key.publicKey)
        let changed = r.problems.filter { $0.code == "seal-changed" }
        #expect(changed.count == 2, "\(r.problems)")
        for p in changed {
            #expect(
                p.message.contains("swapped or renamed") && !p.message.contains("the ledger's digest is what changed"), "\(p)")
        }
        #expect(!r.holds)
    }

    /// What `audit find` and the index answer from, edited in the ledger, is caught against the sealed reports (round 31,
    /// tester 3: a decision's findings removed or one added, its submitted time or file name changed, or the decision hidden
    /// as superseded by an unrelated one, all verified); and a run summary no run wrote, or a second one of a run.
    @Test func theLedgersRecordOfADecisionIsTheSealedReports() async throws {
        let dir = try temporaryFolder("audit-ledger-record")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try await Self.twoRuns(dir)
        #expect(try Self.verify(out).problems == [])
        let rows = try ledgerRows(out, "SELECT sha256, verdict, report_dir, report_base FROM bundles ORDER BY sha256")
        let returned = try #require(rows.first { $0[1].string == "returned" })
        let accepted = try #require(rows.first { $0[1].string == "accepted" })
        let json = "\(returned[2].string)/\(returned[3].string).json"
        let (r0, a0) = (returned[0].string, accepted[0].string)
        for (name, statement, says) in [
            ("findings-removed", "DELETE FROM findings WHERE sha256 = '\(r0)'", "findings: ledger []"),
            (
                "submitted", "UPDATE bundles SET submitted = '2020-01-01T00:00:00+08:00' WHERE sha256 = '\(r0)'",
                "submitted: ledger"
            ),
            ("file", "UPDATE bundles SET file = 'other.zip' WHERE sha256 = '\(r0)'", "bundle file: ledger \"other.zip\""),
            // The name `audit find` shows (round 38, tester j: forged, verified).
            (
                "matter-name", "UPDATE bundles SET matter_name = '伪造事项名' WHERE sha256 = '\(r0)'",
                "matter name: ledger \"伪造事项名\""
            ),
            ("matter-name-null", "UPDATE bundles SET matter_name = NULL WHERE sha256 = '\(r0)'", "matter name: ledger \"\""),
            // The bundle's size (round 58, tester t: edited, verified).
            ("size", "UPDATE bundles SET size = size + 1 WHERE sha256 = '\(r0)'", "bundle size: ledger"),
        ] {
            let copy = try Self.copy(out, name)
            try openLedger(copy).execute(statement)
            let r = try Self.verify(copy)
            #expect(!r.holds, "\(name)")
            #expect(
                r.problems.contains { $0.code == "ledger-changed" && $0.path == json && $0.message.contains(says) },
                "\(r.problems)")
        }
        // Hidden as superseded by an unrelated decision that never came under its name: an error (round 56, tester t: a
        // warning only, and verify passed); by one under a name it had, as a warning (an intake before session 26
        // superseded any file replaced under the same name, and those rows were never revisited); by one the ledger does
        // not hold: an error.
        let hidden = try Self.copy(out, "hidden")
        try openLedger(hidden).execute("UPDATE bundles SET superseded_by = '\(a0)' WHERE sha256 = '\(r0)'")
        let named = try Self.verify(hidden).problems
        #expect(named.map { "\($0.code) \($0.severity) \($0.path)" } == ["ledger-changed error \(json)"])
        #expect(named.first?.message.contains("never came under one name") == true, "\(named)")
        try openLedger(hidden).execute(
            """
            INSERT INTO earlier_names(sha256, path_bytes, path, relative_bytes, relative)
            SELECT '\(r0)', path_bytes, path, relative_bytes, relative FROM names WHERE sha256 = '\(a0)'
            """)
        #expect(
            try Self.verify(hidden).problems.map { "\($0.code) \($0.severity) \($0.path)" } == ["ledger-changed warning \(json)"])
        let nowhere = try Self.copy(out, "superseded-by-nothing")
        try openLedger(nowhere).execute(
            "UPDATE bundles SET superseded_by = '\(String(repeating: "f", count: 64))' WHERE sha256 = '\(r0)'")
        #expect(!(try Self.verify(nowhere).holds))
        let added = try Self.copy(out, "finding-added")
        try openLedger(added).execute(
            "INSERT INTO findings(sha256, code, severity, count) VALUES ('\(a0)', 'forbidden-case', 'error', 1)")
        #expect(try Self.verify(added).problems.contains { $0.message.contains("forbidden-case error ×1") })

        let forged = try Self.copy(out, "forged-summary")
        let summary = try #require(try openLedger(forged).runs(channel: .batch).first?.summary)
        let folder = (summary as NSString).deletingLastPathComponent
        try FileManager.default.copyItem(
            at: forged.appendingPathComponent(summary), to: forged.appendingPathComponent("\(folder)/run-9.html"))
        try FileManager.default.createDirectory(
            at: forged.appendingPathComponent("runs/2020-01-01"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: forged.appendingPathComponent(summary), to: forged.appendingPathComponent("runs/2020-01-01/run-1.html"))
        try Data("notes".utf8).write(to: forged.appendingPathComponent("runs/README.txt"))
        let r = try Self.verify(forged)
        #expect(
            Set(r.problems.map { "\($0.code) \($0.severity) \($0.path)" }) == [
                "summary-added error \(folder)/run-9.html", "summary-added error runs/2020-01-01/run-1.html",
                "unexpected-file warning runs/README.txt",
            ], "\(r.problems)")
        #expect(try Self.verify(out).problems == [])
    }

    @Test func anArchivedCatalogChangedIsNamed() async throws {
        let dir = try temporaryFolder("audit-catalog")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try await Self.twoRuns(dir)
        let archived = try #require(CatalogArchive.pipeline(out: out, version: catalog.version))
        var text = try String(contentsOf: archived, encoding: .utf8)
        text += "<!-- edited later -->\n"
        try text.write(to: archived, atomically: true, encoding: .utf8)
        let r = try Self.verify(out)
        #expect(r.problems.map { "\($0.code) \($0.path)" } == ["catalog-changed catalogs/\(catalog.version)"])
        // The archive removed: its decisions' reports were hashed by an intake that archives, so it is gone, not from
        // before archives (round 50, tester d: a warning, verify passed).
        try FileManager.default.removeItem(at: out.appendingPathComponent("catalogs/\(catalog.version)"))
        let removed = try Self.verify(out)
        #expect(
            removed.problems.map { "\($0.code) \($0.severity) \($0.path)" } == [
                "catalog-missing error catalogs/\(catalog.version)"
            ])
        #expect(!removed.holds)
    }

    @Test func decisionsNotYetSealedAreNamedAndTheNextRunSealsThem() async throws {
        let dir = try temporaryFolder("audit-unsealed")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try await Self.twoRuns(dir)
        // As if the second run had died before sealing: its seal gone from file and ledger.
        try FileManager.default.removeItem(at: out.appendingPathComponent("seals/000002.json"))
        let ledger = try openLedger(out)
        try ledger.execute("DELETE FROM seals WHERE seq = 2")
        try ledger.execute("UPDATE bundles SET seal = NULL WHERE seal = 2")
        var r = try Self.verify(out)
        #expect(r.problems.map(\.code) == ["report-unsealed"])
        try await run(inbox: dir.appendingPathComponent("inbox"), out: out)
        r = try Self.verify(out)
        #expect(r.problems == [])
        #expect(r.seals == 2)
    }
}
