import ArgumentParser
import Foundation
import IntakeFixtures

/// `intake fixtures`: writes example bundles made by the project's own generator.
struct FixturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixtures", abstract: "Generate example bundles (Fixtures/bundles by default).")

    @Option(help: "Output folder.") var out: String = "Fixtures/bundles"

    func run() throws {
        let dir = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for example in ExampleBundles.all() {
            let url = dir.appendingPathComponent(example.file)
            try Data(BundleBuilder.bytes(example.application, style: example.style)).write(to: url, options: .atomic)
            print(url.path)
        }
    }
}
