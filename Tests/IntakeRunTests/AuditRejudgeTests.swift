import Foundation
import IntakeAudit
import IntakeBundle
import IntakeCatalog
import IntakeFixtures
import IntakeManifest
import IntakeSeedData
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// `audit recheck` and `audit rejudge`: the same rules decide the same bytes the same
/// way; changed rules change exactly the decisions that used them.
@Suite("audit recheck and rejudge")
struct AuditRejudgeTests {
    /// A copy of Pipelines/ with one deferral (RS-007's ID card, 容缺办理事项清单 5) and
    /// one forbidden case (SB-017's F1, under 60, 违规禁办事项清单 7 (1)) taken out.
    static func changedCatalog(in dir: URL) throws -> URL {
        let copy = dir.appendingPathComponent("NewRules")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Pipelines"), to: copy)
        func cut(_ file: String, from start: String, to end: String) throws {
            let url = copy.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            let a = try #require(text.range(of: start))
            let b = try #require(text.range(of: end, range: a.upperBound..<text.endIndex))
            text.removeSubrange(a.lowerBound..<b.upperBound)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try cut("catalog/000/RS-007.xml", from: "  <deferral material=\"2\"", to: "</deferral>\n")
        try cut("catalog/004/SB-017.xml", from: "  <forbidden id=\"F1\">", to: "</forbidden>\n")
        return copy.appendingPathComponent("default.pipeline.xml")
    }

    static func reports(_ out: URL) throws -> [(path: String, summary: ReportSummary)] {
        try files(under: out.appendingPathComponent("reports")).filter { $0.hasSuffix(".json") }.map {
            ("reports/" + $0, try #require(ReportSummary(Data(contentsOf: out.appendingPathComponent("reports/" + $0)))))
        }
    }

    @Test func rejudgeListsExactlyTheDecisionsTheChangedRulesMade() async throws {
        let (dir, inbox, out) = try folderWithInbox("rejudge")
        defer { try? FileManager.default.removeItem(at: dir) }
        try await run(inbox: inbox, out: out)
        let before = try Self.reports(out)
        let reportBytes = try before.map { try Data(contentsOf: out.appendingPathComponent($0.path)) }

        // The decisions that used the two rules, read from the reports themselves.
        let affected = Set(
            before.filter { r in
                r.summary.findings.contains { f in
                    (r.summary.matter == "RS-007" && f.code == "material-deferred" && f.item == "容缺办理事项清单 5")
                        || (r.summary.matter == "SB-017" && f.code == "forbidden-case" && f.item == "违规禁办事项清单 7 (1)")
                }
            }.map(\.summary.bundleSHA256))
        #expect(affected.count >= 2)

        let pipeline = try Self.changedCatalog(in: dir)
        let newRules = try CatalogLoader(home: repositoryRoot).load(pipeline: pipeline)
        #expect(newRules.version != catalog.version)
        let result = try Rejudge(out: out, checker: checker(newRules), bundles: nil, jobs: 2).run()
        #expect(result.skipped.isEmpty)
        #expect(Set(result.changes.map(\.sha256)) == affected)
        #expect(result.unchanged == result.bundles - affected.count)
        #expect(result.previousVersions == [catalog.version])
        for change in result.changes {
            // The rule that made the difference is named with its seed citation.
            let cited = change.difference.removed.map(\.item)
            #expect(cited.contains("容缺办理事项清单 5") || cited.contains("违规禁办事项清单 7 (1)"), "\(change.file)")
            #expect(change.difference.removed.allSatisfy { $0.citation.hasPrefix("seeds/") })
            if change.matter == "RS-007" {
                // Without the deferral the missing ID card is a missing material, and the
                // commitment letter, deferring nothing now, is not needed.
                #expect(change.difference.change == "accepted-deferred → returned")
                #expect(change.difference.added.map(\.code) == ["material-missing", "material-unneeded"])
            } else {
                #expect(change.difference.oldVerdict == "refused")
                #expect(change.difference.newVerdict != "refused")
            }
        }
        #expect(result.byMatter == ["RS-007": 1, "SB-017": 1])

        // The page and the table name them; the existing reports are untouched.
        let written = try Rejudge.write(result, out: out, into: out.appendingPathComponent("audit/r"))
        let csv = try String(contentsOf: written[0], encoding: .utf8)
        let lines = csv.split(separator: "\r\n")
        #expect(lines[0].hasPrefix("sha256,application,matter"))
        #expect(Set(lines.dropFirst().map { String($0.prefix(64)) }) == affected)
        let html = try String(contentsOf: written[1], encoding: .utf8)
        #expect(html.contains("accepted-deferred → returned"))
        #expect(html.contains("违规禁办事项清单 7 (1)"))
        #expect(html.contains("href=\"../../reports/"))
        #expect(try before.map { try Data(contentsOf: out.appendingPathComponent($0.path)) } == reportBytes)
    }

    /// A report edited after its decision is not taken for the old decision: rejudge skips it
    /// and says the file was changed, rather than list the edit as what the rules would change
    /// (round 22, tester 1): a sealed "refused" made "accepted" (the verdict differs from the
    /// ledger's), and an edit of a finding alone (the file's SHA-256 the ledger recorded).
    @Test(arguments: [
        (#""verdict": "refused""#, #""verdict": "accepted""#, "the ledger recorded refused"),
        (#""code": "forbidden-case""#, #""code": "fact-missing""#, "SHA-256 differs"),
    ])
    func anEditedReportIsNotTakenForTheDecisionRecorded(original: String, edit: String, reason: String) async throws {
        let (dir, inbox, out) = try folderWithInbox("rejudge-edited")
        defer { try? FileManager.default.removeItem(at: dir) }
        try await run(inbox: inbox, out: out)
        let refused = try #require(try Self.reports(out).first { $0.summary.verdict == "refused" })
        let url = out.appendingPathComponent(refused.path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = text.replacingOccurrences(of: original, with: edit)
        try #require(edited != text)
        try edited.write(to: url, atomically: true, encoding: .utf8)
        let result = try Rejudge(out: out, checker: checker(catalog), bundles: nil, jobs: 2).run()
        #expect(result.changes.isEmpty, "\(result.changes.map(\.difference))")
        let skipped = try #require(result.skipped.first { $0.sha256 == refused.summary.bundleSHA256 })
        #expect(skipped.reason.contains(reason) && skipped.reason.contains("audit verify"), "\(skipped.reason)")
        #expect(result.skipped.count == 1)
    }

    /// Bundles no longer under any name the ledger knows (renamed and moved; an upload to `intake serve`, which keeps
    /// none): found under --bundles by their SHA-256 (round 58, tester t: 0 of 311 online decisions re-judged with
    /// --bundles holding the very files).
    @Test func bundlesUnderOtherNamesAreFoundByTheirHash() async throws {
        let (dir, inbox, out) = try folderWithInbox("rejudge-renamed")
        defer { try? FileManager.default.removeItem(at: dir) }
        try await run(inbox: inbox, out: out)
        let elsewhere = dir.appendingPathComponent("kept")
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("deep"), withIntermediateDirectories: true)
        let names = files(under: inbox)
        #expect(names.count >= 2)
        for (n, name) in names.enumerated() {
            try FileManager.default.moveItem(
                at: inbox.appendingPathComponent(name), to: elsewhere.appendingPathComponent("deep/upload-\(n).zip"))
        }
        let lost = try Rejudge(out: out, checker: checker(catalog), bundles: nil, jobs: 2).run()
        #expect(lost.unchanged == 0 && lost.skipped.count == lost.bundles)
        let found = try Rejudge(out: out, checker: checker(catalog), bundles: elsewhere, jobs: 2).run()
        #expect(found.skipped.isEmpty, "\(found.skipped.map(\.reason))")
        #expect(found.unchanged == found.bundles && found.changes.isEmpty)
        // One that is nowhere stays skipped, said so.
        try FileManager.default.removeItem(at: elsewhere.appendingPathComponent("deep/upload-0.zip"))
        let one = try Rejudge(out: out, checker: checker(catalog), bundles: elsewhere, jobs: 2).run()
        #expect(one.skipped.count == 1 && one.skipped[0].reason.contains("by name or SHA-256"), "\(one.skipped.map(\.reason))")
    }

    @Test func findingsOnDifferentFilesAreTold() throws {
        func report(_ paths: [String]) -> Data {
            let findings = paths.map {
                #"{"code": "document-corrupt", "severity": "error", "material": "1", "path": "\#($0)", "message": "损坏"}"#
            }
            return Data(#"{"verdict": "returned", "findings": [\#(findings.joined(separator: ","))]}"#.utf8)
        }
        let old = try #require(ReportSummary(report(["files/a.pdf", "files/b.pdf"])))
        let new = try #require(ReportSummary(report(["files/a.pdf"])))
        let d = DecisionDifference(old: old, new: new)
        #expect(!d.isEmpty)
        #expect(d.removed.map(\.file) == ["files/b.pdf"])
        #expect(d.added.isEmpty)
    }

    @Test func recheckReproducesEveryReportByteForByte() async throws {
        let (dir, inbox, out) = try folderWithInbox("recheck")
        defer { try? FileManager.default.removeItem(at: dir) }
        try await run(inbox: inbox, out: out)
        let recheck = Recheck(loader: try CatalogLoader(home: repositoryRoot), parser: try ManifestParser(home: repositoryRoot))
        let ledger = try openLedger(out)
        var checked = 0
        for (path, summary) in try Self.reports(out) {
            let name = try #require(try ledger.names(of: summary.bundleSHA256).first)
            // With the archived catalog (found from the report's place): identical.
            let same = try recheck.run(report: out.appendingPathComponent(path), bundle: name.path, out: nil, catalog: nil)
            #expect(same.identical, "\(path)")
            #expect(same.sameBundle)
            #expect(same.difference.isEmpty)
            checked += 1
        }
        #expect(checked >= 40)

        // The archive holds the contract the integrity findings cite, at the path they name (round 22, tester 1: it was
        // not archived, and recheck printed it as seeds/Docs/…).
        let contract = "contract/bundle-format.md"
        let archivedContract = CatalogArchive.directory(out: out, version: catalog.version).appendingPathComponent(contract)
        #expect(
            try Data(contentsOf: archivedContract)
                == Data(contentsOf: repositoryRoot.appendingPathComponent("Pipelines/\(contract)")))
        let cited = try Self.reports(out).flatMap(\.summary.findings).first { $0.document == contract }
        #expect(cited?.citation.hasPrefix("\(contract) ") == true, "\(String(describing: cited?.citation))")

        // Under the changed rules, the deferred RS-007 decision differs, and says how.
        let pipeline = try Self.changedCatalog(in: dir)
        let deferred = try #require(
            try Self.reports(out).first { $0.summary.matter == "RS-007" && $0.summary.verdict == "accepted-deferred" })
        let bundle = try #require(try ledger.names(of: deferred.summary.bundleSHA256).first).path
        let other = try recheck.run(
            report: out.appendingPathComponent(deferred.path), bundle: bundle, out: nil, catalog: pipeline)
        #expect(!other.identical)
        #expect(other.difference.change == "accepted-deferred → returned")

        // An archive edited after the fact is refused, not silently used.
        let archived = try #require(CatalogArchive.pipeline(out: out, version: catalog.version))
        try (String(contentsOf: archived, encoding: .utf8) + "<!-- edited -->\n").write(
            to: archived, atomically: true, encoding: .utf8)
        #expect(throws: AuditError.self) {
            try recheck.run(report: out.appendingPathComponent(deferred.path), bundle: bundle, out: nil, catalog: nil)
        }
    }
}
