import Foundation
import IntakeDecision
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// Fixtures/bundles: what the generator makes, byte for byte, and the verdict each gets.
@Suite struct ExampleSetTests {
    static let examples = ExampleSet.bundles(catalog: catalog)
    /// Every bundle in Fixtures/bundles: the integrity examples and the example set.
    static let allExamples = ExampleBundles.all() + examples

    @Test func coversTenMattersAcrossAllFiveSeedsAndEveryVerdict() {
        let matters = Set(Self.examples.map { $0.application.matter })
        #expect(matters.count >= 10)
        let prefixes = Set(matters.map { String($0.prefix(2)) })
        #expect(prefixes == ["RS", "ZC", "GQ", "BS", "SB"])
        #expect(Set(Self.examples.map(\.expected)) == Set(Verdict.allCases.map(\.rawValue)))
    }

    @Test(arguments: allExamples.map(\.file))
    func committedBundleIsWhatTheGeneratorMakesAndGetsItsVerdict(file: String) throws {
        let example = try #require(Self.allExamples.first { $0.file == file })
        let url = repositoryRoot.appendingPathComponent("Fixtures/bundles/\(file)")
        let committed = try [UInt8](Data(contentsOf: url))
        // Compared into a Bool: a failing #expect on two byte arrays prints both.
        let same = committed == example.bytes
        #expect(same, "\(file) differs from the generator's output: run `swift run intake-fixtures`")
        let d = try decide(bytes: committed)
        #expect(d.verdict.rawValue == example.expected, "\(file): \(d.errors.map(\.message))")
    }

    /// A newcomer's first reports: an example carries what its case needs, no file the
    /// case does not need (the conditional materials the plan's facts rule out, read from
    /// the guide), so its report has no material-unneeded note.
    @Test(arguments: examples.map(\.file))
    func anExampleCarriesNoFileItsCaseDoesNotNeed(file: String) throws {
        let example = try #require(Self.examples.first { $0.file == file })
        let d = try decide(bytes: example.bytes)
        let unneeded = d.findings.filter { $0.code == .materialUnneeded }.compactMap(\.material)
        #expect(unneeded.isEmpty, "\(file): \(unneeded)")
    }

    @Test func expectedListMatchesTheSet() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/bundles/EXPECTED.tsv"), encoding: .utf8)
        let rows = Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
        for e in Self.allExamples { #expect(rows.contains("\(e.file)\t\(e.expected)")) }
    }
}
