import Foundation
import IntakeAudit
import IntakeBundle
import IntakeCatalog
import IntakeFixtures
import IntakeIO
import IntakeReport
import IntakeSeedData
import Testing

@testable import IntakeLedger
@testable import IntakeRun

@Suite("intake run over a real inbox")
struct BatchRunTests {
    /// With one worker the check hashes on a second thread and the ledger is asked
    /// afterwards (speculative); with a worker per core it hashes first: both decide each
    /// bundle once.
    @Test(arguments: [1, 2])
    func decidesEveryBundleOnceIntoTheBrowsableLayout(jobs: Int) async throws {
        let dir = try temporaryFolder("layout-\(jobs)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let out = inbox.appendingPathComponent("_out")  // inside the inbox: never walked
        let expected = try writeInbox(inbox)
        let recorder = Recorder()
        let totals = try await run(inbox: inbox, out: out, jobs: jobs, recorder: recorder)

        // Every *.zip once (the loop link and notes.txt ignored), with the right verdict.
        let outcomes = Dictionary(uniqueKeysWithValues: recorder.outcomes.map { ($0.file, $0) })
        #expect(Set(outcomes.keys) == Set(expected.keys))
        for (file, verdict) in expected {
            #expect(outcomes[file]?.verdict == verdict, "\(file)")
        }
        #expect(totals.files == expected.count)
        #expect(totals.decided == expected.count - 1)
        #expect(totals.duplicates == 1)

        // The same bytes under two names: decided once, both names recorded.
        let copy = try #require(outcomes["copy of accepted.zip"])
        let twins = recorder.outcomes.filter { $0.sha256 == copy.sha256 }
        #expect(twins.count == 2)
        #expect(Set(twins.map(\.status)) == [.decided, .duplicate])
        let names = try ledgerRows(out, "SELECT relative FROM names WHERE sha256 = '\(copy.sha256)' ORDER BY relative")
        #expect(names.map(\.[0].string) == twins.map(\.file).sorted())

        // One report set per bundle, at reports/<date>/<verdict>/<matter>/, matching its JSON.
        let reportFiles = files(under: out.appendingPathComponent("reports"))
        #expect(reportFiles.count == 3 * (expected.count - 1))
        for o in recorder.outcomes where o.status == .decided {
            #expect(o.reports.count == 3)
            let json =
                try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(o.reports[0])))
                as! [String: Any]
            let parts = o.reports[0].split(separator: "/").map(String.init)
            #expect(parts.count == 5 && parts[0] == "reports")
            #expect(parts[2] == json["verdict"] as? String)
            let submitted = json["submitted"] as? String ?? ""
            #expect(parts[1] == (submitted.isEmpty ? "unknown" : String(submitted.prefix(10))))
            let matter = (json["matter"] as? [String: Any])?["code"] as? String ?? ""
            #expect(parts[3] == (matter.isEmpty ? "unknown" : matter))
            #expect((json["bundle"] as? [String: Any])?["sha256"] as? String == o.sha256)
            for r in o.reports { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(r).path)) }
        }
        #expect(!files(under: out).contains { AtomicWriter.isTemporary(($0 as NSString).lastPathComponent) })

        // The ledger: one row per distinct bundle, decided once, one name per file.
        let counts = try ledgerRows(out, "SELECT COUNT(*), MIN(decisions), MAX(decisions) FROM bundles WHERE state = 'decided'")[
            0]
        #expect(counts.map(\.int) == [expected.count - 1, 1, 1])
        #expect(try ledgerRows(out, "SELECT COUNT(*) FROM names")[0][0].int == expected.count)
        let broken = try #require(outcomes["window/broken.zip"])
        #expect(
            try ledgerRows(out, "SELECT code FROM findings WHERE sha256 = '\(broken.sha256)'").map(\.[0].string) == [
                "bundle-unreadable"
            ])
        let timed = try ledgerRows(out, "SELECT COUNT(*) FROM bundles WHERE check_ms > 0 AND report_dir LIKE 'reports/%'")[0][0]
            .int
        #expect(timed == expected.count - 1)

        // The cumulative index: counts per verdict, matter and finding code; a link to each report.
        let summary = try indexJSON(out)
        #expect(summary["bundles"] as? Int == expected.count - 1)
        #expect(summary["names"] as? Int == expected.count)
        let verdicts = summary["verdicts"] as! [String: Int]
        var wanted: [String: Int] = [:]
        for (file, v) in expected where file != "copy of accepted.zip" { wanted[v, default: 0] += 1 }
        #expect(verdicts == wanted)
        #expect((summary["matters"] as! [Any]).count >= 12)
        #expect((summary["findings"] as! [[String: Any]]).contains { $0["code"] as? String == "bundle-unreadable" })
        #expect((summary["slowest"] as! [Any]).count == min(20, expected.count - 1))
        // Every report is listed on the page of its month (index/<YYYY-MM>.*), linked from the index.
        let listing = try indexMonths(out)
        let reports = listing.reports
        #expect(reports.count == expected.count - 1)
        #expect(
            Set(reports.compactMap { $0["html"] as? String })
                == Set(reportFiles.filter { $0.hasSuffix(".html") }.map { "reports/" + $0 }))
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("累计索引") && html.contains("<style>"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
        for file in listing.files where file.hasSuffix(".html") { #expect(html.contains("href=\"\(file)\"")) }
        for r in reports { #expect(listing.html.contains("href=\"../\(r["html"] as! String)\"")) }
        #expect(!listing.html.contains("http://") && !listing.html.contains("src="))
        #expect(listing.csvRows == expected.count - 1)  // one row per bundle
        let csv = try String(contentsOf: out.appendingPathComponent("index.csv"), encoding: .utf8)
        let months = try #require(summary["months"] as? [[String: Any]])
        #expect(csv.split(separator: "\r\n").count == months.count + 1)  // a header and one row per month
        #expect(months.map { $0["bundles"] as? Int ?? 0 }.reduce(0, +) == expected.count - 1)
        let written = try listing.files.map {
            try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent($0).path)
        }

        // Again: nothing decided twice, nothing written twice.
        let again = Recorder()
        let second = try await run(inbox: inbox, out: out, jobs: jobs, recorder: again)
        #expect(second.decided == 0)
        #expect(second.alreadyDecided == expected.count && second.duplicates == 0)  // both names known now
        #expect(files(under: out.appendingPathComponent("reports")) == reportFiles)
        #expect(try ledgerRows(out, "SELECT MAX(decisions) FROM bundles")[0][0].int == 1)

        // The run's own summary, dated: every file it met and what became of it; the
        // second run's sits beside the first, which is kept; the index lists both.
        let firstSummary = try runSummary(out, totals)
        #expect(Set(firstSummary.items.compactMap { $0["file"] as? String }) == Set(expected.keys))
        #expect(firstSummary.items.filter { $0["status"] as? String == "decided" }.count == expected.count - 1)
        #expect(
            firstSummary.items.filter { $0["status"] as? String == "duplicate" }.compactMap { $0["sha256"] as? String } == [
                copy.sha256
            ])
        let secondSummary = try runSummary(out, second)
        #expect(second.summary[0] != totals.summary[0])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(totals.summary[0]).path))
        #expect(secondSummary.items.count == expected.count)
        #expect(secondSummary.items.allSatisfy { $0["status"] as? String == "already-decided" })
        #expect(secondSummary.items.allSatisfy { ($0["html"] as? String)?.hasPrefix("reports/") == true })
        #expect(secondSummary.run["decided"] as? Int == 0 && secondSummary.run["alreadyDecided"] as? Int == expected.count)
        let secondHTML = try String(contentsOf: out.appendingPathComponent(second.summary[2]), encoding: .utf8)
        #expect(NarrowLayout.problems(secondHTML) == [])
        #expect(NarrowLayout.problems(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)) == [])
        #expect(secondHTML.contains("此前已审核 (already-decided)"))
        for item in secondSummary.items {
            #expect(secondHTML.contains("href=\"../../\(item["html"] as? String ?? "?")\""))
        }
        let index = try indexJSON(out)
        let runs = try #require(index["runs"] as? [[String: Any]])
        #expect(runs.compactMap { $0["summary"] as? String } == [second.summary[2], totals.summary[2]])
        #expect(index["bundles"] as? Int == expected.count - 1)  // unchanged by the second run
        // A run that changed nothing rewrote no month page (each is replaced atomically, a new
        // file each time it is written).
        let rewritten = try indexMonths(out).files.map {
            try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent($0).path)
        }
        #expect(!written.isEmpty && written.allSatisfy { $0[.systemFileNumber] as? Int != nil })
        #expect(zip(written, rewritten).allSatisfy { ($0[.systemFileNumber] as? Int) == ($1[.systemFileNumber] as? Int) })
        // A deleted page is written again.
        let page = try #require(try indexMonths(out).files.first)
        try FileManager.default.removeItem(at: out.appendingPathComponent(page))
        // A page of a month the ledger has no decision of (left by an older ledger) goes.
        let stale = out.appendingPathComponent("index/1999-01.html")
        try Data("old".utf8).write(to: stale)
        try await run(inbox: inbox, out: out, jobs: jobs)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path))
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    /// Only a completed upload replaces its broken first half (or a new version of the
    /// same application its old one): a broken file over a sound one, or an unrelated
    /// application reusing a name, supersedes nothing.
    @Test func aBrokenOrUnrelatedFileUnderTheSameNameSupersedesNothing() async throws {
        let dir = try temporaryFolder("no-supersede")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        let examples = ExampleSet.bundles(catalog: catalog).filter { $0.expected == "accepted" }
        let (a, b) = (examples[0], try #require(examples.first { $0.application.id != examples[0].application.id }))
        let (aBytes, bBytes) = (a.bytes, b.bytes)
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let file = inbox.appendingPathComponent("scan.zip")
        func superseded() throws -> Int {
            try ledgerRows(out, "SELECT COUNT(*) FROM bundles WHERE superseded_by IS NOT NULL")[0][0].int
        }

        try Data(aBytes).write(to: file)
        try await run(inbox: inbox, out: out)
        // A manifest that is not valid, though it says it is the same application: its
        // report names the id it claims, yet it replaces nothing.
        let claimed = BundleBuilder.invalidManifestBundle(
            id: a.application.id, submitted: a.application.submitted, matter: a.application.matter)
        try Data(claimed).write(to: file)
        let invalid = Recorder()
        try await run(inbox: inbox, out: out, recorder: invalid)
        #expect(invalid.outcomes.map(\.verdict) == ["invalid"])
        #expect(try superseded() == 0)
        try Data(aBytes.prefix(aBytes.count / 2)).write(to: file)  // a broken copy over it
        let broken = Recorder()
        try await run(inbox: inbox, out: out, recorder: broken)
        #expect(broken.outcomes.map(\.verdict) == ["invalid"])
        #expect(try superseded() == 0)
        // Another name: one application, then an unrelated one reusing the name.
        let other = inbox.appendingPathComponent("other.zip")
        try Data(bBytes).write(to: other)
        try await run(inbox: inbox, out: out)
        let cExample = try #require(
            examples.first { $0.application.id != a.application.id && $0.application.id != b.application.id })
        try Data(cExample.bytes).write(to: other)
        try await run(inbox: inbox, out: out)
        #expect(try superseded() == 0)
        let index = try indexJSON(out)
        #expect(index["bundles"] as? Int == 5 && index["superseded"] as? Int == 0)
    }

    /// A run's dated summary: its JSON's `run` object and its items.
    func runSummary(_ out: URL, _ totals: RunTotals) throws -> (run: [String: Any], items: [[String: Any]]) {
        let path = try #require(totals.summary.first)
        // runs/<date in China Standard Time>/run-<id>.json
        #expect(path.wholeMatch(of: /runs\/20\d\d-\d\d-\d\d\/run-\d+\.json/) != nil, "\(path)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(path))) as? [String: Any])
        #expect(json["summary"] as? String == "urn:dalian:intake:run-summary:2")
        return (try #require(json["run"] as? [String: Any]), try #require(json["items"] as? [[String: Any]]))
    }

    /// A file cut short is decided (invalid) when no settle window protects it; once the
    /// complete file replaces it under the same name, the new decision supersedes the old
    /// one in the index: counted once, the old one listed apart (the first night's summary
    /// still says what that night decided).
    @Test func aCompleteFileUnderTheSameNameSupersedesTheEarlierDecision() async throws {
        let dir = try temporaryFolder("supersede")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        let bytes = try #require(ExampleSet.bundles(catalog: catalog).first { $0.expected == "accepted" }).bytes
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let file = inbox.appendingPathComponent("upload.zip")
        try Data(bytes.prefix(bytes.count * 2 / 3)).write(to: file)
        let first = Recorder()
        let firstTotals = try await run(inbox: inbox, out: out, recorder: first)
        #expect(first.outcomes.map(\.verdict) == ["invalid"])

        try Data(bytes).write(to: file)
        let second = Recorder()
        try await run(inbox: inbox, out: out, recorder: second)
        #expect(second.outcomes.map(\.verdict) == ["accepted"])
        #expect(second.outcomes.map(\.status) == [.decided])
        let (old, new) = (first.outcomes[0].sha256, second.outcomes[0].sha256)

        let index = try indexJSON(out)
        #expect(index["bundles"] as? Int == 1 && index["superseded"] as? Int == 1)
        #expect((index["verdicts"] as? [String: Int])?.filter { $0.value > 0 } == ["accepted": 1])
        let listing = try indexMonths(out)
        #expect(listing.reports.map { $0["sha256"] as? String } == [new])
        #expect(listing.superseded.map { $0["sha256"] as? String } == [old])
        #expect(listing.superseded.map { $0["supersededBy"] as? String } == [new])
        #expect(listing.html.contains("Superseded decisions"))
        // The first night's summary is rewritten only by its own run: it still says what
        // that run decided. The ledger keeps the link for the index and audits.
        let firstSummary = try runSummary(out, firstTotals)
        #expect(firstSummary.items.map { $0["verdict"] as? String } == ["invalid"])
        #expect(try ledgerRows(out, "SELECT superseded_by FROM bundles WHERE sha256 = '\(old)'")[0][0].string == new)
        // `audit verify` holds the supersession for one a run makes (it names one that is not).
        #expect(try AuditVerifyTests.verify(out).problems == [])
        // The bytes reappearing under any name make the old decision current again.
        try Data(bytes.prefix(bytes.count * 2 / 3)).write(to: inbox.appendingPathComponent("again.zip"))
        try await run(inbox: inbox, out: out)
        #expect(try ledgerRows(out, "SELECT COUNT(*) FROM bundles WHERE superseded_by IS NOT NULL")[0][0].int == 0)
    }

    /// A modification time ahead of the clock (touch -d 2030, rsync -t from a host with a wrong
    /// clock) is no file being written: once its change time has settled, it is decided
    /// (round 33, tester n: such a bundle was skipped as settling on every run until 2030).
    @Test func aFileDatedInTheFutureIsNotLeftSettling() async throws {
        let dir = try temporaryFolder("future")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        let bytes = try #require(ExampleSet.bundles(catalog: catalog).first { $0.expected == "accepted" }).bytes
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let future = inbox.appendingPathComponent("future.zip")
        try Data(bytes).write(to: future)
        var times = [timespec(tv_sec: 1_893_456_000, tv_nsec: 0)]  // 2030-01-01
        times.append(times[0])
        #expect(utimensat(AT_FDCWD, future.path, &times, 0) == 0)
        try await Task.sleep(nanoseconds: 1_500_000_000)  // its change time (now) settles
        let recorder = Recorder()
        var options = RunOptions(inbox: inbox, out: out, jobs: 1)
        options.settle = 1
        _ = try await BatchRun(checker: checker(), options: options, observer: recorder).run()
        #expect(recorder.outcomes.contains { $0.file == "future.zip" && $0.status == .decided }, "\(recorder.outcomes)")
    }

    /// A file still being written (modified within --settle seconds) is left for the next
    /// run, counted and logged as `settling`; an older one is decided. A half-uploaded file
    /// is thus never decided as invalid under the name its complete upload will have.
    @Test func filesStillArrivingWaitForTheNextRun() async throws {
        let dir = try temporaryFolder("settle")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        let bytes = try #require(ExampleSet.bundles(catalog: catalog).first { $0.expected == "accepted" }).bytes
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let old = inbox.appendingPathComponent("settled.zip")
        try Data(bytes).write(to: old)
        // An hour old: written, and its status changed, long ago (as a finished upload).
        var times = [timespec(tv_sec: Int(Date().timeIntervalSince1970) - 3600, tv_nsec: 0)]
        times.append(times[0])
        #expect(utimensat(AT_FDCWD, old.path, &times, 0) == 0)
        let fresh = inbox.appendingPathComponent("arriving.zip")
        try Data(bytes.prefix(bytes.count / 2)).write(to: fresh)

        let recorder = Recorder()
        var options = RunOptions(inbox: inbox, out: out, jobs: 1)
        // An hour: however loaded the machine (tests run in parallel), the file is younger.
        options.settle = 3600
        let totals = try await BatchRun(checker: checker(), options: options, observer: recorder).run()
        // utimensat cannot set ctime: the old file's status changed just now, so both wait.
        let settling = recorder.outcomes.filter { $0.reason == .settling }.map(\.file).sorted()
        #expect(settling.contains("arriving.zip"))
        #expect(totals.skippedReasons["settling"] == settling.count)
        #expect(!recorder.outcomes.contains { $0.file == "arriving.zip" && $0.status == .decided })
        #expect(try ledgerRows(out, "SELECT COUNT(*) FROM names WHERE relative = 'arriving.zip'")[0][0].int == 0)
        // The summary names this run: its inbox, start and end, and how many waited.
        let run = try runSummary(out, totals).run
        #expect(run["inbox"] as? String == inbox.standardizedFileURL.path)
        #expect((run["started"] as? String)?.hasPrefix("20") == true && (run["finished"] as? String)?.hasPrefix("20") == true)
        #expect((run["skippedReasons"] as? [String: Int])?["settling"] == settling.count)

        // The upload completes; once settled (here: --settle 0) it is decided, once, whole.
        try Data(bytes).write(to: fresh)
        options.settle = 0
        let later = Recorder()
        try await BatchRun(checker: checker(), options: options, observer: later).run()
        let decided = later.outcomes.first { $0.file == "arriving.zip" }
        #expect(decided?.status == .decided || decided?.status == .duplicate)
        #expect(decided?.verdict == "accepted")
    }

    /// The date of a report's folder (and so of its month page) is the day the
    /// application counts on: its submitted instant in China Standard Time
    /// (Pipelines/contract/bundle-format.md).
    @Test func reportsAreFiledByTheChinaDateAndBadYearsUnderUnknown() async throws {
        let dir = try temporaryFolder("report-dates")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (inbox, out) = (dir.appendingPathComponent("inbox"), dir.appendingPathComponent("out"))
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let example = try #require(ExampleSet.bundles(catalog: catalog).first { $0.expected == "accepted" })
        // Evening of 30 June in UTC is 1 July in China; the years below are no years of a
        // date (invalid bundles, filed like other bad dates).
        let submitted = [
            "utc-evening.zip": "2025-06-30T20:00:00Z", "cst-morning.zip": "2025-07-01T09:30:00+08:00",
            "negative-year.zip": "-0001-01-01T00:00:00Z", "five-digit-year.zip": "12025-07-01T09:30:00+08:00",
        ]
        for (n, (file, instant)) in submitted.sorted(by: { $0.key < $1.key }).enumerated() {
            var app = example.application
            app.id += "-\(n)"
            app.submitted = instant
            try Data(BundleBuilder.bytes(app)).write(to: inbox.appendingPathComponent(file))
        }
        let recorder = Recorder()
        try await run(inbox: inbox, out: out, recorder: recorder)
        let folders = Dictionary(
            uniqueKeysWithValues: recorder.outcomes.map {
                ($0.file, $0.reports.first?.split(separator: "/").dropFirst().first ?? "")
            })
        #expect(
            folders == [
                "utc-evening.zip": "2025-07-01", "cst-morning.zip": "2025-07-01",
                "negative-year.zip": "unknown", "five-digit-year.zip": "unknown",
            ])
        // Counted in July's page and the unknown one; every report listed in a month page.
        let months = try #require(indexJSON(out)["months"] as? [[String: Any]]).compactMap { $0["month"] as? String }
        #expect(months == ["2025-07", "unknown"])
        #expect(try indexMonths(out).reports.count == 4)
    }

    /// A run with another catalog version (new rules) decides only the bundles new to the
    /// ledger: every bundle decided before keeps its decision and its sealed reports byte for
    /// byte (round 20: a run with an edited pipeline decided the whole inbox again and
    /// rewrote the sealed reports in place; the report the applicant was given was gone).
    /// What new rules would change is `audit rejudge`'s to say.
    @Test func aNewCatalogVersionLeavesDecidedBundlesAlone() async throws {
        let (dir, inbox, out) = try folderWithInbox("catalog")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try await run(inbox: inbox, out: out)
        let reports = out.appendingPathComponent("reports")
        let before = try Dictionary(
            uniqueKeysWithValues: files(under: reports).map { ($0, try Data(contentsOf: reports.appendingPathComponent($0))) })
        let late = ExampleSet.bundles(catalog: catalog).first { $0.expected == "returned" }!
        try Data(late.bytes + Array("trailing comment".utf8)).write(to: inbox.appendingPathComponent("late arrival.zip"))

        let revised = try otherCatalogVersion(in: dir)
        #expect(revised.version != catalog.version)
        let totals = try await run(inbox: inbox, out: out, catalog: revised)
        #expect(totals.decided == 1)
        #expect(totals.alreadyDecided == first.decided + first.duplicates)
        for (file, bytes) in before {
            #expect(try Data(contentsOf: reports.appendingPathComponent(file)) == bytes, "\(file)")
        }
        #expect(files(under: reports).count == before.count + 3)
        // Each decision made once, under the catalog that made it.
        let rows = try ledgerRows(
            out, "SELECT catalog_version, MAX(decisions), COUNT(*) FROM bundles GROUP BY catalog_version ORDER BY 3 DESC")
        #expect(
            rows.map { "\($0[0].string) \($0[1].int) \($0[2].int)" } == [
                "\(catalog.version) 1 \(first.decided)", "\(revised.version) 1 1",
            ])
        let verification = try AuditVerifyTests.verify(out)
        #expect(verification.holds, "\(verification.problems)")
    }

    @Test func movesDecidedBundlesAndQuarantinesUnreadableOnes() async throws {
        let dir = try temporaryFolder("move")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        let out = dir.appendingPathComponent("out")
        let done = inbox.appendingPathComponent("_done")  // inside the inbox: never walked
        let quarantine = out.appendingPathComponent("quarantine")
        let expected = try writeInbox(inbox)
        func leftInInbox() -> [String] { files(under: inbox).filter { !$0.hasPrefix("_done/") } }
        // A different file already sits where one bundle would go: it must survive.
        let taken =
            "window/" + expected.keys.filter { $0.hasPrefix("window/") && $0 != "window/broken.zip" }.sorted()[0].dropFirst(7)
        try FileManager.default.createDirectory(at: done.appendingPathComponent("window"), withIntermediateDirectories: true)
        try Data("someone else's file".utf8).write(to: done.appendingPathComponent(taken))
        let sizes = Dictionary(
            uniqueKeysWithValues: try expected.keys.map { ($0, try Data(contentsOf: inbox.appendingPathComponent($0))) })

        let recorder = Recorder()
        let totals = try await run(inbox: inbox, out: out, moveDone: done, quarantine: quarantine, recorder: recorder)
        #expect(totals.moved == expected.count - 1 && totals.quarantined == 1)
        #expect(leftInInbox() == ["notes.txt"])  // the bundles left, nothing else touched

        // Kept their relative paths and bytes; the taken name was not overwritten.
        let outcomes = Dictionary(uniqueKeysWithValues: recorder.outcomes.map { ($0.file, $0) })
        for (file, bytes) in sizes where file != "window/broken.zip" {
            let o = try #require(outcomes[file])
            let moved = try #require(o.movedTo)
            #expect(try Data(contentsOf: URL(fileURLWithPath: moved)) == bytes, "\(file)")
            if file == taken {
                #expect(moved == done.appendingPathComponent(String(taken.dropLast(4)) + ".\(o.sha256.prefix(12)).zip").path)
            } else {
                #expect(moved == done.appendingPathComponent(file).path)
            }
        }
        #expect(try String(contentsOf: done.appendingPathComponent(taken), encoding: .utf8) == "someone else's file")

        // The unreadable bundle, with its report beside it.
        #expect(
            files(under: quarantine) == [
                "window/broken.zip", "window/broken.zip.report.html",
                "window/broken.zip.report.json", "window/broken.zip.report.xml",
            ])
        #expect(try Data(contentsOf: quarantine.appendingPathComponent("window/broken.zip")) == sizes["window/broken.zip"])
        let moves = try ledgerRows(out, "SELECT move_state, COUNT(*) FROM names GROUP BY move_state")
        #expect(moves.map { [$0[0].string, $0[1].string] } == [["moved", String(expected.count)]])

        // A move done but not recorded (killed between the two), and one whose copy landed
        // but whose source was not yet unlinked: a resumed run finishes both.
        let ledger = try openLedger(out)
        let first = try #require(outcomes[taken])
        let second = try #require(outcomes["copy of accepted.zip"])
        try ledger.announceMove(path: BytePath(inbox.appendingPathComponent(first.file)), to: BytePath(first.movedTo!))
        try ledger.announceMove(path: BytePath(inbox.appendingPathComponent(second.file)), to: BytePath(second.movedTo!))
        try FileManager.default.copyItem(atPath: second.movedTo!, toPath: inbox.appendingPathComponent(second.file).path)
        let resumed = Recorder()
        try await run(inbox: inbox, out: out, moveDone: done, quarantine: quarantine, recorder: resumed)
        #expect(resumed.recovery.moves == 1)
        #expect(resumed.outcomes.map(\.file) == [second.file])
        #expect(leftInInbox() == ["notes.txt"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: second.movedTo!)) == sizes[second.file])
        #expect(try ledgerRows(out, "SELECT COUNT(*) FROM names WHERE move_state = 'moved'")[0][0].int == expected.count)
    }

    @Test func refusesASecondRunOnTheSameOutputFolder() async throws {
        let dir = try temporaryFolder("lock")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let held = try BatchRun.lock(out)
        defer { withExtendedLifetime(held) {} }
        await #expect(throws: RunError.self) {
            try await run(inbox: dir, out: out)
        }
    }

    /// Two runs with output folders of their own on one SQLite ledger (black-box round 18):
    /// each took the other's live run for a dead one. The second is refused while the first
    /// holds the ledger, whichever path names it; a server on the ledger does not stop a run.
    @Test func refusesASecondRunOnTheSameLedger() async throws {
        let dir = try temporaryFolder("ledger-lock")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = dir.appendingPathComponent("inbox")
        try writeInbox(inbox)
        let shared = dir.appendingPathComponent("shared/ledger.sqlite")
        let link = dir.appendingPathComponent("link.sqlite")
        try FileManager.default.createDirectory(at: shared.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: shared)
        var held = try LedgerLocation.sqlite(shared).lock(kind: "intake-run")
        let server = try LedgerLocation.sqlite(shared).lock(kind: "intake-serve")
        for ledger in [shared, link] {
            var options = RunOptions(inbox: inbox, out: dir.appendingPathComponent("out-\(ledger.lastPathComponent)"), jobs: 1)
            options.ledger = .sqlite(ledger)
            do {
                try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
                Issue.record("a second run started on the ledger \(ledger.path)")
            } catch {
                #expect(error.message.contains("another intake run is using the ledger \(ledger.path)"), "\(error)")
            }
        }
        #expect(held != nil)
        held = nil  // the first run ends
        var options = RunOptions(inbox: inbox, out: dir.appendingPathComponent("out-after"), jobs: 1)
        options.ledger = .sqlite(shared)
        let totals = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
        #expect(totals.decided > 0)
        withExtendedLifetime(server) {}
    }
}
