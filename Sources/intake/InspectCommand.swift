import ArgumentParser
import Foundation
import IntakeBundle
import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// `intake inspect BUNDLE.zip`: integrity of one bundle (container, manifest, documents).
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Check a bundle's integrity: zip, manifest and every document's evidence.",
        discussion: """
            Judges integrity only, not acceptance against a matter's materials.
            Exit status: 0 when there is no error finding, 1 otherwise, 2 on bad usage.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The bundle (.zip).") var bundle: String
    @Option(help: "Output format: text or json.") var format: Format = .text
    @Option(help: "The pipeline whose limits apply (default: Pipelines/default.pipeline.xml).") var pipeline: String?

    func run() throws {
        let inspector = try Tooling.inspector(limits: Tooling.settings(pipeline: pipeline).limits)
        let path = BundleArgument.regularFile(bundle, command: "inspect")
        let (inspection, _) = inspector.inspect(path)
        switch format {
        case .json: print(InspectionRendering.json(inspection))
        case .text: print(InspectionRendering.text(inspection), terminator: "")
        }
        if !inspection.isIntact { throw ExitCode(1) }
    }
}

enum Tooling {
    /// The project's home (Schemas/, Pipelines/), or exit 2.
    static func home() -> URL {
        guard let home = IntakeHome.locate() else {
            InspectCommand.fail("cannot find Schemas/manifest.xsd; run from the repository or set INTAKE_HOME")
        }
        return home
    }

    static func inspector(limits: BundleLimits = .default) throws -> Inspector {
        do {
            return Inspector(parser: try ManifestParser(home: home()), limits: limits)
        } catch {
            InspectCommand.fail("\(error)")
        }
    }
}
