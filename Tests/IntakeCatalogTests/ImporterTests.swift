import Foundation
import IntakeSeedData
import Testing

@Suite struct ImporterTests {
    /// The committed catalog is exactly what the importer makes from the seeds and the
    /// curated overlays (needs python3 and xmllint, as CI has).
    @Test func committedCatalogIsWhatTheImporterProduces() throws {
        let (status, message) = try importer(["--check"], in: repositoryRoot)
        #expect(status == 0, "import_catalog.py --check: \(message)")
    }

    /// --check names every matter file that differs, is missing or is not the importer's.
    @Test func checkFindsChangedMissingAndExtraMatterFiles() throws {
        let fm = FileManager.default
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-importer-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: dir) }
        for path in ["Pipelines", "Schemas"] {
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            try fm.copyItem(at: repositoryRoot.appendingPathComponent(path), to: dir.appendingPathComponent(path))
        }
        let catalog = dir.appendingPathComponent("Pipelines/catalog")
        try fm.removeItem(at: catalog.appendingPathComponent("004/SB-010.xml"))
        try fm.copyItem(
            at: catalog.appendingPathComponent("003/source.xml"), to: catalog.appendingPathComponent("003/BS-OLD-001.xml"))
        let edited = catalog.appendingPathComponent("001/ZC-001.xml")
        try (String(contentsOf: edited, encoding: .utf8) + "<!-- by hand -->\n").write(
            to: edited, atomically: true, encoding: .utf8)
        let (status, message) = try importer(["--check"], in: dir)
        #expect(status == 1)
        #expect(message.contains("catalog/004/SB-010.xml is missing"), "\(message)")
        #expect(message.contains("catalog/003/BS-OLD-001.xml is not produced by the importer"), "\(message)")
        #expect(message.contains("catalog/001/ZC-001.xml is not what the importer produces"), "\(message)")
    }

    /// Runs Pipelines/importer/import_catalog.py of `root` (needs python3 and xmllint, as
    /// CI has): the exit status and what it wrote to stderr.
    func importer(_ arguments: [String], in root: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Pipelines/importer/import_catalog.py"] + arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }
}
