import Foundation
import IntakeCatalog
import IntakeModel
import IntakeSeedData
import Testing

@Suite struct ImporterTests {
    /// The committed catalog is exactly what the importer makes from the seeds and the
    /// curated overlays (needs python3 and xmllint, as CI has).
    @Test func committedCatalogIsWhatTheImporterProduces() throws {
        let (status, message) = try importer(["--check"], in: repositoryRoot)
        #expect(status == 0, "import_catalog.py --check: \(message)")
    }

    /// A condition's text gives the guide's words; a bracketed explanation of ours after them
    /// is marked 〔注：…〕 (round 22, tester 1: "…可以领取失业保险金（单位不能申请）" read as the guide's). Every
    /// condition of the catalog: a bracket that ends its text is words of the guide it cites. RS-009's F-unit: guide 000
    /// line 418 "具备下列条件的失业人员，可以领取失业保险金", and not 单位不能申请.
    @Test func aConditionsGlossIsMarkedAsOurs() throws {
        let catalog = realCatalog
        let squash = { (t: String) in String(t.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
        var guides: [String: String] = [:]
        for source in catalog.sources {
            let url = repositoryRoot.appendingPathComponent("Pipelines/seeds/\(source.document)")
            guides[source.document] = squash(try String(contentsOf: url, encoding: .utf8))
        }
        var checked = 0
        var unmarked: [String] = []
        for matter in catalog.matters {
            let conditions =
                matter.forbidden.map { ($0.condition, $0.source) }
                + matter.scenarios.flatMap { $0.materials.flatMap(\.flattened) }.compactMap { m in
                    m.condition.flatMap { c in m.source.map { (c, $0) } }
                }
            for (condition, source) in conditions {
                guard let guide = guides[source.document] else { continue }
                var text = condition.text
                while text.hasSuffix("〕"), let open = text.range(of: "〔注：", options: .backwards) {
                    text = String(text[..<open.lowerBound])
                }
                // The bracketed group that ends the text, brackets nested inside it.
                guard let last = text.last, last == "）" || last == ")" else { continue }
                var depth = 0
                var found: String.Index?
                for i in text.indices.reversed() {
                    if text[i] == "）" || text[i] == ")" { depth += 1 }
                    if text[i] == "（" || text[i] == "(" { depth -= 1 }
                    if depth == 0 {
                        found = i
                        break
                    }
                }
                guard let open = found else { continue }
                checked += 1
                let bracket = squash(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
                if !guide.contains(bracket) { unmarked.append("\(matter.code): \(condition.text)") }
            }
        }
        #expect(checked >= 40)  // conditions that end in the guide's own bracket (50 today)
        #expect(unmarked.isEmpty, "\(unmarked)")
        let rs009 = try #require(catalog.matters.first { $0.code == "RS-009" }?.forbidden.first { $0.id == "F-unit" })
        #expect(rs009.condition.text.hasSuffix("可以领取失业保险金〔注：单位不能申请〕"), "\(rs009.condition.text)")
    }

    /// --check names every matter file that differs, is missing or is not the importer's.
    @Test func checkFindsChangedMissingAndExtraMatterFiles() throws {
        let fm = FileManager.default
        let dir = try copyOfPipelines()
        defer { try? fm.removeItem(at: dir) }
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

    /// A citation of guide 003 naming an area's 事项N must point inside that item: an overlay
    /// once cited 生育 事项4's line 605 as 户籍 事项4 (round 26), another 人力社保 事项2 by a line of
    /// 事项1 (2370 for 2380). The importer refuses both.
    @Test func aCitationOutsideTheItemItNamesIsRefused() throws {
        let fm = FileManager.default
        let dir = try copyOfPipelines()
        defer { try? fm.removeItem(at: dir) }
        let overlay = dir.appendingPathComponent("Pipelines/curated/003-zzz-test.xml")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <catalog xmlns="urn:dalian:intake:catalog:1">
          <matter code="BS-RS-002">
            <forbidden id="F-unit">
              <when xpath="m:applicant/@kind = 'organization'">全日制普通高等院校毕业生进行报到登记</when>
              <message>不予受理：单位不能作为申请人</message>
              <cite document="003_ac3441e5f5207cf8.txt" item="户籍 事项4 所需材料" line="605"/>
            </forbidden>
          </matter>
        </catalog>
        """.write(to: overlay, atomically: true, encoding: .utf8)
        let (status, message) = try importer(["--only", "003"], in: dir)
        #expect(status == 1)
        #expect(message.contains("item \"户籍 事项4 所需材料\" cites line 605, outside 户籍 事项4"), "\(message)")
    }

    /// A temporary folder holding a copy of the repository's `Pipelines/` and `Schemas/`.
    func copyOfPipelines() throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("intake-importer-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        for path in ["Pipelines", "Schemas"] {
            try fm.copyItem(at: repositoryRoot.appendingPathComponent(path), to: dir.appendingPathComponent(path))
        }
        return dir
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
