import ArgumentParser
import Foundation
import IntakeCatalog
import IntakeCommandSupport

/// `intake-bench catalog`: how long the catalog takes to load, in this process: the whole
/// catalog (a run, the server) from its snapshot and parsed, the floor under both (every
/// file read and hashed for the version, the sources and calendar parsed, no matter),
/// one matter (`intake check`, with and without the version cache), and a JSON round trip
/// of the matters (what a snapshot through JSONDecoder would cost to read back).
struct BenchCatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Median load times of the catalog: whole, one matter, and a JSON snapshot.")
    @Option(help: "Loads of each kind.") var rounds: Int = 10
    @Option(help: "The matter of the one-matter load.") var matter = "RS-009"
    @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml).") var pipeline: String?

    func run() throws {
        let url =
            pipeline.map { URL(fileURLWithPath: $0) }
            ?? Tooling.home().appendingPathComponent(CatalogLoader.defaultPipeline)
        let loader = Tooling.catalogLoader()
        var uncached = loader
        uncached.environment["INTAKE_CATALOG_CACHE"] = "off"
        var catalog: Catalog?
        var whole = [Double]()
        var parsed = [Double]()
        var none = [Double]()
        var one = [Double]()
        var oneUncached = [Double]()
        for _ in 0..<rounds {
            whole.append(try Self.milliseconds { catalog = try loader.load(pipeline: url) })
            parsed.append(try Self.milliseconds { _ = try uncached.load(pipeline: url) })
            none.append(try Self.milliseconds { _ = try uncached.load(pipeline: url, only: []) })
            one.append(try Self.milliseconds { _ = try loader.load(pipeline: url, only: [matter]) })
            oneUncached.append(try Self.milliseconds { _ = try uncached.load(pipeline: url, only: [matter]) })
        }
        guard let matters = catalog?.matters else { return }
        var json = Data()
        let encode = try Self.milliseconds { json = try JSONEncoder().encode(matters) }
        var decode = [Double]()
        for _ in 0..<rounds {
            decode.append(
                try Self.milliseconds {
                    guard try JSONDecoder().decode([Matter].self, from: json) == matters else {
                        throw ValidationError("the JSON round trip changed the matters")
                    }
                })
        }
        print("catalog: \(matters.count) matters, \(catalog?.files.count ?? 0) files, medians of \(rounds) loads")
        print("  whole catalog, from its snapshot (run, serve) \(Self.format(whole)) ms")
        print("  whole catalog, parsed (no cache folder)       \(Self.format(parsed)) ms")
        print("  every file read and hashed, no matter parsed  \(Self.format(none)) ms")
        print("  one matter, version cache warm (check)        \(Self.format(one)) ms")
        print("  one matter, version cache off                 \(Self.format(oneUncached)) ms")
        print(
            "  matters as JSON: \(json.count) bytes, encoded in \(String(format: "%.1f", encode)) ms, decoded in \(Self.format(decode)) ms"
        )
    }

    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    static func format(_ values: [Double]) -> String { String(format: "%6.1f", values.sorted()[values.count / 2]) }
}
