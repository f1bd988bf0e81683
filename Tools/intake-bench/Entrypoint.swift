import ArgumentParser

/// `intake-bench`: reproducible throughput and memory figures (not tests). A development
/// tool: the shipped `intake` does not link it.
@main
struct IntakeBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake-bench", abstract: "Benchmarks: generate a corpus, measure inspect against the one-pass floor.",
        subcommands: [
            BenchCommand.Generate.self, BenchCommand.Inspect.self, BenchCommand.Big.self, BenchCheckCommand.self,
            BenchRunCommand.self, BenchServeCommand.self, BenchPDFCommand.self, BenchHostilePDFCommand.self,
            BenchCatalogCommand.self,
        ])
}
