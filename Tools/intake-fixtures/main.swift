import ArgumentParser
import Foundation
import IntakeCommandSupport
import IntakeFixtures

/// `intake-fixtures`: writes the example bundles made by the project's own generator. A
/// development tool: the shipped `intake` does not link it.
struct FixturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake-fixtures",
        abstract: "Generate the example bundles (Fixtures/bundles by default) and EXPECTED.tsv.")

    @Option(help: "Output folder.") var out: String = "Fixtures/bundles"
    @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml).") var pipeline: String?

    func run() throws {
        let dir = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let catalog = Tooling.catalog(pipeline: pipeline)
        var count = 0
        var expected = "# bundle\tverdict (written by `intake-fixtures`; the tests check both)\n"
        for example in ExampleBundles.all() + ExampleSet.bundles(catalog: catalog) {
            let url = dir.appendingPathComponent(example.file)
            try Data(example.bytes).write(to: url, options: .atomic)
            expected += "\(example.file)\t\(example.expected)\n"
            count += 1
        }
        try Data(expected.utf8).write(to: dir.appendingPathComponent("EXPECTED.tsv"), options: .atomic)
        print("wrote \(count) bundles and EXPECTED.tsv to \(dir.path)")
    }
}

FixturesCommand.main()
