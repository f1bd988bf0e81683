import Foundation
import IntakeCatalog
import IntakeModel
import IntakeSeedData
import Testing

@Suite struct CatalogLoaderTests {
    @Test func loadsThePipelineSettings() {
        #expect(realCatalog.sources.map(\.href) == (0...4).map { String(format: "catalog/%03d/", $0) })
        #expect(realCatalog.limits == BundleLimits.default)
        #expect(realCatalog.deferralWorkingDays == 5)
        #expect(realCatalog.defaultMedia == ["application/pdf", "image/jpeg", "image/png", "image/tiff", "application/ofd"])
        #expect(realCatalog.calendar.years.map(\.year) == Array(2018...2027))
        #expect(realCatalog.calendar.years.map(\.basis) == Array(repeating: .notice, count: 9) + [.law])
        #expect(realCatalog.version.count == 64)
    }

    @Test func mattersKnowTheirSourceAndDates() throws {
        let rs005 = try #require(realCatalog.matter("RS-005", on: CalendarDate(year: 2025, month: 7, day: 1)))
        #expect(rs005.document == "000_b4123a1601a34da6.txt")
        #expect(rs005.effectiveFrom == realCatalog.source(of: rs005)?.effectiveFrom)
        #expect(realCatalog.fact("graduateCategory", of: rs005)?.kind == .enum)
        // 002's promotions take effect with the notice (2025-06-27): not in force before.
        #expect(realCatalog.versions(of: "GQ-CJG").isEmpty == false)
        #expect(realCatalog.matter("GQ-CJG", on: CalendarDate(year: 2025, month: 6, day: 26)) == nil)
        #expect(realCatalog.matter("NO-SUCH", on: CalendarDate(year: 2025, month: 7, day: 1)) == nil)
    }

    /// A revised guide sits beside the old one: each version judges the dates it covers.
    @Test func matterOnDatePicksTheVersionInForce() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func catalog(_ document: String, from: String, until: String?, name: String, extra: String = "") -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <catalog xmlns="urn:dalian:intake:catalog:1">
              <source document="\(document)" effectiveFrom="\(from)"\(until.map { " effectiveUntil=\"\($0)\"" } ?? "")>t</source>
              <matter code="RS-900"><name>\(name)</name><cite document="\(document)" item="1"/></matter>
              \(extra)
            </catalog>
            """
        }
        try write(
            [
                "p.pipeline.xml": pipelineXML(catalogs: ["old.xml", "new.xml"]),
                "calendar.xml": smallCalendarXML,
                "old.xml": catalog("old.txt", from: "2020-01-01", until: "2024-12-31", name: "旧指南"),
                "new.xml": catalog(
                    "new.txt", from: "2025-01-01", until: nil, name: "新指南",
                    extra: """
                        <matter code="RS-901" effectiveFrom="2025-07-01"><name>新增事项</name><cite document="new.txt" item="2"/></matter>
                        """),
            ], under: dir)
        let pipeline = dir.appendingPathComponent("p.pipeline.xml")
        #expect(CatalogLint.problems(pipeline: pipeline, loader: sharedLoader) == [])
        let c = try sharedLoader.load(pipeline: pipeline)
        #expect(c.versions(of: "RS-900").map(\.name) == ["旧指南", "新指南"])
        #expect(c.matter("RS-900", on: CalendarDate(year: 2019, month: 12, day: 31)) == nil)
        #expect(c.matter("RS-900", on: CalendarDate(year: 2020, month: 1, day: 1))?.name == "旧指南")
        #expect(c.matter("RS-900", on: CalendarDate(year: 2024, month: 12, day: 31))?.name == "旧指南")
        #expect(c.matter("RS-900", on: CalendarDate(year: 2025, month: 1, day: 1))?.name == "新指南")
        #expect(c.matter("RS-900", on: CalendarDate(year: 2030, month: 1, day: 1))?.document == "new.txt")
        // A matter's own effectiveFrom overrides its file's.
        #expect(c.matter("RS-901", on: CalendarDate(year: 2025, month: 6, day: 30)) == nil)
        #expect(c.matter("RS-901", on: CalendarDate(year: 2025, month: 7, day: 1))?.effectiveUntil == nil)
        // The pipeline's own settings, not the defaults.
        #expect(c.limits.maxEntries == 10 && c.limits.maxCompressionRatio == 50 && c.limits.maxNameLength == 100)
        #expect(c.defaultMedia == ["application/pdf", "image/jpeg"])

        // Without the old version's end date the two overlap: lint says so.
        try write(["old.xml": catalog("old.txt", from: "2020-01-01", until: nil, name: "旧指南")], under: dir)
        let problems = CatalogLint.problems(pipeline: pipeline, loader: sharedLoader)
        #expect(problems.map(\.code) == [.matterPeriod])
        #expect(problems.first?.matter == "RS-900")
    }

    @Test func versionChangesWithAnyByte() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pipelines = repositoryRoot.appendingPathComponent("Pipelines")
        for path in ["default.pipeline.xml", "calendar.xml", "catalog", "seeds", "contract"] {
            try FileManager.default.copyItem(at: pipelines.appendingPathComponent(path), to: dir.appendingPathComponent(path))
        }
        let pipeline = dir.appendingPathComponent("default.pipeline.xml")
        let same = try sharedLoader.load(pipeline: pipeline)
        #expect(same.version == realCatalog.version)

        // The seed guides are part of it: reports quote them.
        let seed = "seeds/002_f427b4269c60386f.txt"
        let guide = try Data(contentsOf: dir.appendingPathComponent(seed))
        try (guide + Data(" ".utf8)).write(to: dir.appendingPathComponent(seed))
        #expect(try sharedLoader.load(pipeline: pipeline).version != realCatalog.version)
        try guide.write(to: dir.appendingPathComponent(seed))

        // One byte more at the end of one matter's file (still valid XML).
        let matter = "catalog/001/ZC-001.xml"
        let text = try String(contentsOf: dir.appendingPathComponent(matter), encoding: .utf8)
        try write([matter: text + " "], under: dir)
        let changed = try sharedLoader.load(pipeline: pipeline)
        #expect(changed.version != realCatalog.version)
        #expect(changed.matters.count == realCatalog.matters.count)

        // One matter file fewer.
        try FileManager.default.removeItem(at: dir.appendingPathComponent(matter))
        let fewer = try sharedLoader.load(pipeline: pipeline)
        #expect(fewer.version != realCatalog.version && fewer.version != changed.version)
        #expect(fewer.matters.count == realCatalog.matters.count - 1)

        // And one byte in the calendar.
        let calendar = try String(contentsOf: dir.appendingPathComponent("calendar.xml"), encoding: .utf8)
        try write([matter: text, "calendar.xml": calendar + "\n"], under: dir)
        #expect(try sharedLoader.load(pipeline: pipeline).version != realCatalog.version)
        try write(["calendar.xml": calendar], under: dir)
        #expect(try sharedLoader.load(pipeline: pipeline).version == realCatalog.version)

        // And one byte in the contract the integrity findings cite (round 22, tester 1: it was
        // neither in the version nor archived with it).
        let contract = "contract/bundle-format.md"
        let words = try String(contentsOf: dir.appendingPathComponent(contract), encoding: .utf8)
        try write([contract: words + "\n"], under: dir)
        #expect(try sharedLoader.load(pipeline: pipeline).version != realCatalog.version)
        #expect(try sharedLoader.load(pipeline: pipeline).files.last == contract)
    }

    /// A catalog folder: source.xml with the source and facts, one file per matter named by
    /// its code, read in file-name order; problems point at the matter's own file.
    @Test func aCatalogFolderHoldsOneMatterPerFile() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func matter(_ code: String, reads fact: String = "known") -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <matter xmlns="urn:dalian:intake:catalog:1" code="\(code)">
              <name>事项 \(code)</name>
              <cite document="f.txt" item="1"/>
              <forbidden id="F1">
                <when xpath="m:applicant/m:fact[@name='\(fact)'] = 'true'" reads="\(fact)">已知</when>
                <message>m</message><cite document="f.txt" item="禁办 1"/>
              </forbidden>
            </matter>
            """
        }
        try write(
            [
                "p.pipeline.xml": pipelineXML(catalogs: ["cat/"]),
                "calendar.xml": smallCalendarXML,
                "cat/source.xml": """
                <?xml version="1.0" encoding="UTF-8"?>
                <catalog xmlns="urn:dalian:intake:catalog:1">
                  <source document="f.txt" effectiveFrom="2025-01-01">t</source>
                  <facts><fact name="known" type="boolean"><label>已知</label></fact></facts>
                </catalog>
                """,
                "cat/RS-902.xml": matter("RS-902"),
                "cat/RS-901.xml": matter("RS-901", reads: "ghost"),
                "cat/README.txt": "not a matter",
            ], under: dir)
        let pipeline = dir.appendingPathComponent("p.pipeline.xml")
        let problems = CatalogLint.problems(pipeline: pipeline, loader: sharedLoader)
        #expect(problems.map(\.code) == [.factUndeclared])
        #expect(problems.first?.file.hasSuffix("cat/RS-901.xml") == true && problems.first?.line == 5)

        try write(["cat/RS-901.xml": matter("RS-901")], under: dir)
        #expect(CatalogLint.problems(pipeline: pipeline, loader: sharedLoader) == [])
        let c = try sharedLoader.load(pipeline: pipeline)
        #expect(c.sources.map(\.href) == ["cat/"])
        #expect(c.matters.map(\.code) == ["RS-901", "RS-902"])
        let rs902 = try #require(c.matter("RS-902", on: CalendarDate(year: 2025, month: 7, day: 1)))
        #expect(c.fact("known", of: rs902)?.kind == .boolean)

        // A matter under another code's file name, and a matter file that is not valid.
        try write(
            [
                "cat/RS-903.xml": matter("RS-904"),
                "cat/RS-905.xml": matter("RS-905").replacingOccurrences(of: "<name>", with: "<nom>")
                    .replacingOccurrences(of: "</name>", with: "</nom>"),
            ], under: dir)
        let wrong = CatalogLint.problems(pipeline: pipeline, loader: sharedLoader)
        #expect(wrong.contains { $0.code == .matterFile && $0.file.hasSuffix("cat/RS-903.xml") && $0.line == 2 })
        #expect(wrong.contains { $0.code == .schema && $0.file.hasSuffix("cat/RS-905.xml") && $0.line == 3 })
        #expect(throws: CatalogError.self) { try sharedLoader.load(pipeline: pipeline) }
    }

    @Test func refusesToLoadAnInvalidCatalog() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(
            [
                "p.pipeline.xml": pipelineXML(catalogs: ["bad.xml", "missing.xml"]),
                "calendar.xml": smallCalendarXML,
                "bad.xml": """
                <?xml version="1.0" encoding="UTF-8"?>
                <catalog xmlns="urn:dalian:intake:catalog:1">
                  <source document="bad.txt" effectiveFrom="2025-01-01">t</source>
                  <matter code="XX-1"><name>坏代码</name><cite document="bad.txt" item="1"/></matter>
                </catalog>
                """,
            ], under: dir)
        let pipeline = dir.appendingPathComponent("p.pipeline.xml")
        #expect(throws: CatalogError.self) { try sharedLoader.load(pipeline: pipeline) }
        let problems = CatalogLint.problems(pipeline: pipeline, loader: sharedLoader)
        let schema = try #require(problems.first { $0.code == .schema })
        #expect(schema.file.hasSuffix("bad.xml") && schema.line == 4)
        #expect(problems.contains { $0.code == .unreadable && $0.file.hasSuffix("missing.xml") })
    }
}
