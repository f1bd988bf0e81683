import ArgumentParser
import Foundation
import IntakeCommandSupport
import IntakeFixtures

/// `intake-bench run generate|floor`: the pieces of scripts/bench-run.sh, which times
/// `intake run` over a mixed corpus beside the one-pass floor and a plain Python script.
struct BenchRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Corpus and floor for the batch-run benchmark (scripts/bench-run.sh).",
        subcommands: [Generate.self, Floor.self])

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a corpus with a realistic mix of verdicts (examples of the catalog, scan-sized documents).")
        @Option(help: "Output folder.") var out: String
        @Option(help: "Number of bundles.") var bundles: Int = 200
        @Option(help: "Average bundle size in MB (0: the examples' own documents, about 180 KB a bundle).")
        var averageMb: Double = 5.5
        @Option(help: "Random seed.") var seed: UInt64 = 42
        @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml).") var pipeline: String?

        func run() throws {
            let catalog = Tooling.catalog(pipeline: pipeline)
            let dir = URL(fileURLWithPath: out)
            let (s, expected) = try Corpus.mixed(into: dir, count: bundles, averageMB: averageMb, catalog: catalog, seed: seed)
            let tsv = expected.map { "\($0.file)\t\($0.verdict)\n" }.joined()
            try Data(tsv.utf8).write(to: dir.appendingPathComponent("EXPECTED.tsv"))
            var counts: [String: Int] = [:]
            for e in expected { counts[e.verdict, default: 0] += 1 }
            print(
                "corpus: \(s.bundles) bundles, \(s.documents) documents, \(mb(s.documentBytes)) MB of documents, "
                    + "\(mb(s.fileBytes)) MB of zip files; verdicts: "
                    + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
    }

    struct Floor: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The one-pass floor over a corpus, as one JSON object.")
        @Option(help: "Corpus folder.") var corpus: String

        func run() throws {
            let urls = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".zip") }.sorted()
                .map { URL(fileURLWithPath: corpus).appendingPathComponent($0) }
            let f = OnePassFloor.measure(urls)
            let figures: [String: Double] = [
                "bundles": Double(urls.count), "openedBundles": Double(f.bundles), "seconds": f.seconds,
                "specSeconds": f.specSeconds,
                "documentMB": Double(f.bytes) / 1_048_576, "MBps": Double(f.bytes) / 1_048_576 / f.seconds,
            ]
            let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
