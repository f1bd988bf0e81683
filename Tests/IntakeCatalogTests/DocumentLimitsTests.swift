import Foundation
import IntakeCatalog
import IntakeModel
import IntakeSeedData
import Testing

/// The document-check limits in a pipeline's `<limits>`: optional, with defaults.
@Suite struct DocumentLimitsTests {
    @Test func readsDocumentCheckLimitsOrDefaults() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalog = """
            <?xml version="1.0" encoding="UTF-8"?>
            <catalog xmlns="urn:dalian:intake:catalog:1">
              <source document="t.txt" effectiveFrom="2020-01-01">t</source>
              <matter code="RS-900"><name>事项</name><cite document="t.txt" item="1"/></matter>
            </catalog>
            """
        let plain = pipelineXML(catalogs: ["c.xml"])
        let set = plain.replacingOccurrences(
            of: "maxNameLength=\"100\"", with: "maxNameLength=\"100\" maxDocumentCheckSize=\"4096\" maxImagePixels=\"1000000\"")
        try write(
            ["plain.pipeline.xml": plain, "set.pipeline.xml": set, "calendar.xml": smallCalendarXML, "c.xml": catalog], under: dir
        )
        let defaults = try sharedLoader.load(pipeline: dir.appendingPathComponent("plain.pipeline.xml")).limits
        #expect(defaults.maxDocumentCheckSize == 64 << 20)
        #expect(defaults.maxImagePixels == 178_956_970)
        let given = try sharedLoader.load(pipeline: dir.appendingPathComponent("set.pipeline.xml")).limits
        #expect(given.maxDocumentCheckSize == 4_096)
        #expect(given.maxImagePixels == 1_000_000)
    }
}
