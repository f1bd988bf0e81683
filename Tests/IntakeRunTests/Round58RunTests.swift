import Foundation
import IntakeAudit
import IntakeBundle
import IntakeIO
import Testing

@testable import IntakeLedger
@testable import IntakeRun

/// Session 51, black-box round 56's auditor (tester t): the cumulative index is checked against the ledger's record of it.
@Suite struct Round58RunTests {
    static func problems(_ out: URL) throws -> [String] {
        try AuditVerifyTests.verify(out).problems.map { "\($0.severity.rawValue) \($0.code) \($0.path)" }
    }

    /// index.json's counts edited by hand: named, and the next run writes it again (tester t: 420 → 419 bundles passed).
    @Test func anEditedIndexIsNamedAndWrittenAgain() async throws {
        let (dir, options) = try await Round49RunTests.decidedOnce("edited-index")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        #expect(try AuditVerifyTests.verify(out).holds)
        for name in ["index.json", "index.html", "index.csv"] {
            let file = out.appendingPathComponent(name)
            let written = try Data(contentsOf: file)
            try (written + Data(" ".utf8)).write(to: file)
            #expect(try Self.problems(out) == ["error index-changed \(name)"])
            try written.write(to: file)
        }
        let file = out.appendingPathComponent("index.json")
        let written = try String(contentsOf: file, encoding: .utf8)
        let bundles = try #require(written.firstRange(of: #/"bundles":\s*\d+/#))
        let count = String(written[bundles])
        #expect(count != #""bundles": 1"#)
        try written.replacingCharacters(in: bundles, with: #""bundles": 1"#).write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.problems(out) == ["error index-changed index.json"])
        // The next run (which decides nothing new) writes the count from the ledger again.
        _ = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
        #expect(try String(contentsOf: file, encoding: .utf8).contains(count))
        #expect(try AuditVerifyTests.verify(out).holds)
    }

    /// The whole index removed: every file of it is named (tester t: index.json, its CSV and HTML and the month pages
    /// deleted passed, and with index.json gone the month pages were no longer checked).
    @Test func aRemovedIndexIsNamedFileByFile() async throws {
        let (dir, options) = try await Round49RunTests.decidedOnce("removed-index")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        let pages = files(under: out.appendingPathComponent("index")).map { "index/\($0)" }
        #expect(pages.count >= 3 && pages.count % 3 == 0, "\(pages)")
        for name in ["index.json", "index.csv", "index.html", "index"] {
            try FileManager.default.removeItem(at: out.appendingPathComponent(name))
        }
        let expected = (["index.csv", "index.html", "index.json"] + pages).map { "error index-removed \($0)" }
        #expect(try Self.problems(out).sorted() == expected.sorted())
    }

    /// A month page edited with its digest in index.json edited to match: still named from the ledger's record, and the
    /// next run writes the page again (tester t: the reference digests sat in the unprotected index.json).
    @Test func aMonthPageEditedWithItsDigestIsNamed() async throws {
        let (dir, options) = try await Round49RunTests.decidedOnce("month-digest")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        let csv = try #require(files(under: out.appendingPathComponent("index")).first { $0.hasSuffix(".csv") })
        let page = out.appendingPathComponent("index/\(csv)")
        let written = try Data(contentsOf: page)
        let old = try FileHash.sha256(BytePath(page)).sha256
        let edited = Data(String(decoding: written, as: UTF8.self).replacingOccurrences(of: "returned", with: "accepted").utf8)
        #expect(edited != written)
        try edited.write(to: page)
        let new = try FileHash.sha256(BytePath(page)).sha256
        let index = out.appendingPathComponent("index.json")
        let text = try String(contentsOf: index, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: index, atomically: true, encoding: .utf8)
        #expect(try Self.problems(out) == ["error index-changed index.json", "error index-changed index/\(csv)"])
        _ = try await BatchRun(checker: checker(), options: options, observer: Recorder()).run()
        #expect(try Data(contentsOf: page) == written)
        #expect(try AuditVerifyTests.verify(out).holds)
    }

    /// A file put under index/ that no run wrote is a warning; verify still passes.
    @Test func aFileAddedUnderTheIndexIsAWarning() async throws {
        let (dir, options) = try await Round49RunTests.decidedOnce("index-added")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        try Data("{}".utf8).write(to: out.appendingPathComponent("index/2099-01.json"))
        let verified = try AuditVerifyTests.verify(out)
        #expect(verified.holds)
        #expect(try Self.problems(out) == ["warning index-added index/2099-01.json"])
    }

    /// Seal 1's text saved as the next seal's file is no killed sealing's leftover, which would call itself seal 2 and
    /// link to seal 1: an error (round 58, tester t: a warning, "the sealing process was killed", and verify passed).
    @Test func aSealCopiedAsTheNextIsAnError() async throws {
        let (dir, options) = try await Round49RunTests.decidedOnce("seal-copied")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        try FileManager.default.copyItem(
            at: out.appendingPathComponent("seals/000001.json"), to: out.appendingPathComponent("seals/000002.json"))
        let verified = try AuditVerifyTests.verify(out)
        #expect(!verified.holds)
        let added = try #require(verified.problems.first { $0.path == "seals/000002.json" }, "\(verified.problems)")
        #expect(added.code == "seal-added" && added.severity == .error && added.message.contains("calls itself seal 1"))
    }

    /// The seal the ledger says covers a decision is the one that lists it (round 58, tester t: bundles.seal edited passed).
    @Test func aDecisionsSealNumberEditedIsNamed() async throws {
        let (dir, options) = try await Round49RunTests.decidedOnce("seal-number")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = options.out
        try openLedger(out).execute("UPDATE bundles SET seal = 7 WHERE sha256 = (SELECT MIN(sha256) FROM bundles)")
        let verified = try AuditVerifyTests.verify(out)
        #expect(verified.problems.map(\.code) == ["ledger-changed"], "\(verified.problems)")
        #expect(verified.problems.first?.message.contains("seal 7 covers") == true)
    }
}
