public import Foundation
public import IntakeCatalog
public import IntakeDecision
public import IntakeEvidence
import IntakeManifest
public import IntakeModel
public import IntakePipeline

/// What the command-line programs (`intake`, `intake-bench`, `intake-fixtures`) share:
/// the project's home and its pipeline, loaded, or the program exits 2 with the reason
/// ("could not judge").
public enum Tooling {
    /// The project's home (Schemas/, Pipelines/), or exit 2.
    public static func home() -> URL {
        guard let home = IntakeHome.locate() else {
            fail("cannot find Schemas/manifest.xsd; run from the repository or set INTAKE_HOME")
        }
        return home
    }

    /// The pipeline definition --pipeline names, or the home's default.
    public static func pipelineURL(_ pipeline: String?) -> URL {
        pipeline.map { URL(fileURLWithPath: $0) } ?? home().appendingPathComponent(CatalogLoader.defaultPipeline)
    }

    /// The catalog a pipeline names, or exit 2.
    public static func catalog(pipeline: String?) -> Catalog {
        let url = pipelineURL(pipeline)
        do {
            return try CatalogLoader(home: home()).load(pipeline: url)
        } catch {
            fail("cannot load the catalog \(url.path): \(error)")
        }
    }

    /// Only the pipeline's settings (limits), without the catalog, or exit 2.
    public static func settings(pipeline: String?) -> PipelineSettings {
        let url = pipelineURL(pipeline)
        do {
            return try CatalogLoader(home: home()).settings(pipeline: url)
        } catch {
            fail("cannot read the pipeline \(url.path): \(error)")
        }
    }

    /// Inspector and decider over one catalog, with the pipeline's limits, or exit 2.
    public static func checker(pipeline: String?) -> Checker {
        let catalog = catalog(pipeline: pipeline)
        return Checker(inspector: inspector(limits: catalog.limits), decider: Decider(catalog: catalog))
    }

    /// An inspector (the manifest schema compiled) with the given limits, or exit 2.
    public static func inspector(limits: BundleLimits = .default) -> Inspector {
        do {
            return Inspector(parser: try ManifestParser(home: home()), limits: limits)
        } catch {
            fail("\(error)")
        }
    }

    /// Prints the failure on stderr, after the program's name, and exits 2.
    public static func fail(_ message: String) -> Never {
        let program = CommandLine.arguments.first.map { ($0 as NSString).lastPathComponent } ?? "intake"
        FileHandle.standardError.write(Data("\(program): \(message)\n".utf8))
        exit(2)
    }
}
