import Foundation
import IntakeFixtures
import IntakeModel
import IntakePipeline
import IntakeReport
import IntakeSeedData
import Testing

/// The library others call: a home's pipeline loaded once, a bundle in, a report out.
@Suite struct CheckerTests {
    static let checker = try! Checker.load(home: repositoryRoot)

    @Test(arguments: ["RS-005-accepted-deferred", "RS-009-returned", "SB-017-refused", "GQ-JS-invalid", "SB-048-accepted"])
    func decidesTheExampleItsNameSays(name: String) {
        let report = Self.checker.check(repositoryRoot.appendingPathComponent("Fixtures/bundles/\(name).zip"))
        #expect(report.verdict.rawValue == String(name.split(separator: "-", maxSplits: 2).last!))
        #expect(report.catalogVersion == Self.checker.catalogVersion)
        #expect(report.generator == .current)
        #expect(report.generator.description == IntakeVersion.generator)
    }

    /// The report set lands whole, named after the application id and the bundle's SHA-256.
    @Test func writesTheReportSet() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = Self.checker.check(repositoryRoot.appendingPathComponent("Fixtures/bundles/RS-009-returned.zip"))
        let files = try Checker.write(report, to: dir)
        #expect(files.map(\.pathExtension) == ["json", "xml", "html"])
        #expect(files.allSatisfy { $0.lastPathComponent.hasPrefix("EX-RS-009-R-\(report.bundle.sha256.prefix(12)).") })
        let listed = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(listed == files.map(\.lastPathComponent).sorted())  // no temporary left
    }

    /// A bundle without an application id (here not a zip at all) is named `bundle-…`,
    /// never after the file name its uploader chose.
    @Test func aBundleWithoutAnIdIsNotNamedAfterItsFile() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let upload = dir.appendingPathComponent("-rf line_break.zip")
        try Data("not a zip".utf8).write(to: upload)
        let report = Self.checker.check(upload)
        #expect(report.application.isEmpty)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let files = try Checker.write(report, to: out)
        #expect(
            files.map(\.lastPathComponent) == ["json", "xml", "html"].map { "bundle-\(report.bundle.sha256.prefix(12)).\($0)" })
    }

    /// A bundle whose manifest is not valid (a channel the schema does not know) is invalid,
    /// and its report still names the application, the time and the matter the manifest
    /// gives, and is filed under them.
    @Test func anInvalidManifestsReportNamesItsApplication() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let upload = dir.appendingPathComponent("upload.zip")
        try Data(
            BundleBuilder.invalidManifestBundle(id: "WEB-2025-0000777", submitted: "2025-07-01T09:30:00+08:00", matter: "RS-009")
        ).write(to: upload)
        let report = Self.checker.check(upload)
        #expect(report.verdict == .invalid)
        #expect(report.findings.map(\.code).contains(.manifestInvalid))
        #expect(report.application == "WEB-2025-0000777")
        #expect(report.submitted == "2025-07-01T09:30:00+08:00")
        #expect(report.matter.code == "RS-009")
        #expect(Checker.baseName(report) == "WEB-2025-0000777-\(report.bundle.sha256.prefix(12))")
    }

    @Test func aMissingHomeIsAnError() {
        #expect(throws: (any Error).self) { try Checker.load(home: URL(fileURLWithPath: "/nonexistent-intake-home")) }
    }
}
