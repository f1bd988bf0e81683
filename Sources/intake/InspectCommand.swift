import ArgumentParser
import Foundation
import IntakeBundle
import IntakeCatalog
import IntakeCommandSupport
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
        let inspector = Tooling.inspector(limits: Tooling.settings(pipeline: pipeline).limits)
        let path = BundleArgument.regularFile(bundle, command: "inspect")
        let (inspection, _) = inspector.inspect(path)
        switch format {
        case .json: print(InspectionRendering.json(inspection))
        case .text: print(InspectionRendering.text(inspection), terminator: "")
        }
        if !inspection.isIntact { throw ExitCode(1) }
    }
}
