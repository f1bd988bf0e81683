import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakeReport
import IntakeSeedData
import IntakeXML
import Testing

/// The three formats locked byte for byte. Re-record after an intended change with
/// `INTAKE_RECORD_GOLDEN=1 swift test --filter IntakeReportTests` and review the diff.
///
/// The bundles are deterministic (fixed ids, dates and seeds; the zip writer's fixed
/// timestamps). The catalog version is pinned to a placeholder so that an edit anywhere
/// in Pipelines/ does not churn these files; other tests check the real version is used.
@Suite struct GoldenReportTests {
    static let pinnedCatalogVersion = String(repeating: "0", count: 64)
    static let folder = repositoryRoot.appendingPathComponent("Tests/IntakeReportTests/Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["INTAKE_RECORD_GOLDEN"] == "1" }

    @Test(arguments: [SampleCase.deferred, .returned, .refused])
    func reportsMatchTheGoldenFiles(_ sample: SampleCase) throws {
        let report = try sample.report(catalogVersion: Self.pinnedCatalogVersion)
        try compare(JSONReport.render(report), golden: "\(sample.rawValue).json")
        try compare(XMLReport.render(report), golden: "\(sample.rawValue).xml")
        try compare(HTMLReport.render(report), golden: "\(sample.rawValue).html")
    }

    func compare(_ text: String, golden name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name); record it with INTAKE_RECORD_GOLDEN=1")
            return
        }
        let actual = Data(text.utf8)
        if actual != expected {
            let a = text.split(separator: "\n", omittingEmptySubsequences: false)
            let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(a, e)).firstIndex { $0 != $1 } ?? min(a.count, e.count)
            Issue.record(
                """
                \(name) differs from the golden file at line \(line + 1) (re-record with INTAKE_RECORD_GOLDEN=1 if intended)
                golden: \(line < e.count ? String(e[line]) : "<end>")
                actual: \(line < a.count ? String(a[line]) : "<end>")
                """)
        }
    }
}
