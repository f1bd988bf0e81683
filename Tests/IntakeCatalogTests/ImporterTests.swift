import Foundation
import IntakeSeedData
import Testing

@Suite struct ImporterTests {
    /// The committed catalog is exactly what the importer makes from the seeds and the
    /// curated overlays (needs python3 and xmllint, as CI has).
    @Test func committedCatalogIsWhatTheImporterProduces() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Pipelines/importer/import_catalog.py", "--check"]
        process.currentDirectoryURL = repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "import_catalog.py --check: \(message)")
    }
}
