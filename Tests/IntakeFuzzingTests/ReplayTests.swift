import Foundation
import IntakeFuzzing
import IntakeSeedData
import Testing

/// Every committed fuzz input, seeds (`Fuzz/corpus/<harness>/`) and reproducers of
/// crashes once found (`Fuzz/crashes/<harness>/`), replayed through the harness's entry
/// point: a fixed crash stays fixed, and the seeds keep working.
@Suite struct ReplayTests {
    static func inputs(_ folder: String) -> [String] {
        Harness.allCases.flatMap { harness -> [String] in
            let dir = repositoryRoot.appendingPathComponent("Fuzz/\(folder)/\(harness.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(harness.rawValue)/\($0)" }
        }
    }

    static func replay(_ folder: String, _ input: String) throws -> String {
        let harness = try #require(Harness(rawValue: String(input.prefix { $0 != "/" })))
        let url = repositoryRoot.appendingPathComponent("Fuzz/\(folder)/\(input)")
        let bytes = Array(try Data(contentsOf: url))
        return try FuzzTargets(home: repositoryRoot).run(harness, bytes)
    }

    @Test func everyHarnessHasSeeds() {
        let seeds = Self.inputs("corpus")
        for harness in Harness.allCases {
            #expect(seeds.contains { $0.hasPrefix(harness.rawValue + "/") }, "no seed for \(harness)")
        }
    }

    @Test(arguments: inputs("corpus"))
    func replaysSeed(_ input: String) throws {
        let result = try Self.replay("corpus", input)
        // Seeds are sound inputs, except the deliberately broken PDF fixtures.
        if input.hasPrefix("bundle/") { #expect(!result.contains("/error"), "\(result)") }
        if input.hasPrefix("manifest/") { #expect(result.hasPrefix("manifest:"), "\(result)") }
    }

    @Test(arguments: inputs("crashes"))
    func replaysCrashReproducer(_ input: String) throws {
        _ = try Self.replay("crashes", input)
    }
}
