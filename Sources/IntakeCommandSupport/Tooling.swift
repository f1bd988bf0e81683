public import Foundation
public import IntakeCatalog
import IntakeDecision
public import IntakeEvidence
public import IntakeManifest
public import IntakeModel
public import IntakePipeline
import IntakeRendering

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

    /// The catalog loader, its schema (Schemas/catalog.xsd) compiled once per process:
    /// `check` asks it for the settings, then for the catalog.
    private static let loader = Result { () throws(CatalogError) -> CatalogLoader in try CatalogLoader(home: home()) }

    /// The catalog loader (the schema compiled), or exit 2.
    public static func catalogLoader() -> CatalogLoader {
        do {
            return try loader.get()
        } catch {
            fail("cannot compile the catalog schema: \(error)")
        }
    }

    /// The catalog a pipeline names (with `only`, just those matters: see
    /// ``CatalogLoader/load(pipeline:only:)``), or exit 2.
    public static func catalog(pipeline: String?, only: Set<String>? = nil) -> Catalog {
        let url = pipelineURL(pipeline)
        return load(url) { loader throws(CatalogError) in try loader.load(pipeline: url, only: only) }
    }

    /// The catalog of a pipeline already read (``pipeline(_:)``), or exit 2.
    public static func catalog(_ pipeline: CatalogLoader.Pipeline, only: Set<String>? = nil) -> Catalog {
        load(pipeline.url) { loader throws(CatalogError) in try loader.load(pipeline, only: only) }
    }

    private static func load(_ url: URL, _ body: (CatalogLoader) throws(CatalogError) -> Catalog) -> Catalog {
        do {
            return try body(try loader.get())
        } catch {
            // The problems name their files; the heading names the pipeline once.
            let problems = error.problems.prefix(20).map { "  " + $0.description }
            fail(
                (["无法加载事项目录 cannot load the catalog of \(url.path)" + (problems.isEmpty ? ": \(error.message)" : ":")]
                    + problems
                    + (error.problems.count > 20 ? ["  … \(error.problems.count - 20) more (intake catalog lint)"] : []))
                    .joined(separator: "\n"))
        }
    }

    /// Only the pipeline's settings (limits), without the catalog, or exit 2.
    public static func settings(pipeline: String?) -> PipelineSettings { self.pipeline(pipeline).settings }

    /// The pipeline definition read once (its settings now, its catalog later from the
    /// same bytes: ``catalog(_:only:)``), or exit 2.
    public static func pipeline(_ pipeline: String?) -> CatalogLoader.Pipeline {
        let url = pipelineURL(pipeline)
        do {
            return try loader.get().pipeline(url)
        } catch {
            fail("cannot read the pipeline \(url.path): \(error)")
        }
    }

    /// Inspector and decider over one catalog, with the pipeline's limits, or exit 2.
    public static func checker(pipeline: String?) -> Checker {
        let catalog = catalog(pipeline: pipeline)
        return Checker(inspector: Inspector(parser: manifestParser(), catalog: catalog), decider: Decider(catalog: catalog))
    }

    /// The manifest parser (its schema compiled), or exit 2.
    public static func manifestParser() -> ManifestParser {
        do {
            return try ManifestParser(home: home())
        } catch {
            fail("\(error)")
        }
    }

    /// An inspector (the manifest schema compiled) with the given limits, or exit 2.
    public static func inspector(limits: BundleLimits = .default) -> Inspector {
        do {
            return Inspector(parser: try ManifestParser(home: home()), limits: limits)
        } catch {
            fail("\(error)")
        }
    }

    /// Prints the failure on stderr, after the program's name, and exits 2. When the
    /// command line asks for JSON (`--format json`, `--json`), standard output gets
    /// `{"error": {"code", "message"}}` too, so a script reading it always gets JSON.
    public static func fail(_ message: String, code: String = "failed") -> Never {
        let program = CommandLine.arguments.first.map { ($0 as NSString).lastPathComponent } ?? "intake"
        FileHandle.standardError.write(Data("\(program): \(message)\n".utf8))
        if wantsJSON(CommandLine.arguments) {
            FileHandle.standardOutput.write(Data((errorJSON(code: code, message: message) + "\n").utf8))
        }
        exit(2)
    }

    /// Whether the arguments ask for JSON output.
    public static func wantsJSON(_ arguments: [String]) -> Bool {
        let args = Array(arguments.dropFirst())
        for (i, a) in args.enumerated() {
            if a == "--json" || a == "--format=json" { return true }
            if a == "--format", i + 1 < args.count, args[i + 1] == "json" { return true }
        }
        return false
    }

    /// `{"error":{"code":…,"message":…}}`.
    public static func errorJSON(code: String, message: String) -> String {
        "{\"error\":{\"code\":\(JSONString.quote(code)),\"message\":\(JSONString.quote(message))}}"
    }
}
