public import Foundation
public import IntakeCatalog
public import IntakeEvidence
import IntakeManifest
import IntakeModel
public import IntakePipeline

/// What the development tools (`intake-bench`, `intake-fixtures`) share: the project's
/// home and its pipeline, loaded or the tool exits 2 with the reason.
public enum Tooling {
    /// The project's home (Schemas/, Pipelines/), or exit 2.
    public static func home() -> URL {
        guard let home = IntakeHome.locate() else {
            fail("cannot find Schemas/manifest.xsd; run from the repository or set INTAKE_HOME")
        }
        return home
    }

    /// The pipeline definition: the given path, or the home's default.
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

    /// The whole pipeline (schema and catalog), or exit 2.
    public static func checker(pipeline: String?) -> Checker {
        do {
            return try Checker.load(home: home(), pipeline: pipelineURL(pipeline))
        } catch {
            fail("\(error)")
        }
    }

    /// An inspector with the default limits, or exit 2.
    public static func inspector() -> Inspector {
        do {
            return Inspector(parser: try ManifestParser(home: home()), limits: .default)
        } catch {
            fail("\(error)")
        }
    }

    /// Prints the failure on stderr and exits 2 ("could not do the job").
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(
            Data("\(CommandLine.arguments.first.map { ($0 as NSString).lastPathComponent } ?? "tool"): \(message)\n".utf8))
        exit(2)
    }
}
