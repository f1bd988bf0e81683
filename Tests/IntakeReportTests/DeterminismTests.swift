import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakeReport
import IntakeXML
import Testing

/// Same bundle + same catalog ⇒ byte-identical JSON and XML (and HTML): the bundle is
/// built, written, inspected and decided twice, separately.
@Suite struct DeterminismTests {
    @Test(arguments: SampleCase.allCases)
    func sameBundleAndCatalogGiveIdenticalReports(_ sample: SampleCase) throws {
        let first = try checkBundle(sample.bytes, name: sample.fileName)
        let second = try checkBundle(sample.bytes, name: sample.fileName)
        #expect(Array(JSONReport.render(first).utf8) == Array(JSONReport.render(second).utf8))
        #expect(Array(XMLReport.render(first).utf8) == Array(XMLReport.render(second).utf8))
        #expect(Array(HTMLReport.render(first).utf8) == Array(HTMLReport.render(second).utf8))
    }

}
