import ArgumentParser
import Crypto
import Foundation
import IntakeBundle
import IntakeCommandSupport
import IntakeCompression
import IntakeEvidence
import IntakeFixtures
import IntakeModel

/// The corpus and inspect benchmarks of `intake-bench`.
enum BenchCommand {

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a corpus of scan-like bundles.")
        @Option(help: "Output folder.") var out: String
        @Option(help: "Number of bundles.") var bundles: Int = 200
        @Option(help: "Average bundle size in MB.") var averageMb: Double = 5.5
        @Option(help: "Random seed.") var seed: UInt64 = 42

        func run() throws {
            let s = try Corpus.generate(into: URL(fileURLWithPath: out), count: bundles, averageMB: averageMb, seed: seed)
            print(
                "corpus: \(s.bundles) bundles, \(s.documents) documents, \(mb(s.documentBytes)) MB of documents, \(mb(s.fileBytes)) MB of zip files"
            )
        }
    }

    struct Big: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write one large bundle (Zip64) for the peak-memory figure.")
        @Option(help: "Output file.") var out: String
        @Option(help: "Size in MB.") var mb: Int = 1024
        func run() throws {
            let size = try Corpus.single(at: URL(fileURLWithPath: out), totalMB: mb)
            print("big bundle: \(out), \(size) bytes")
        }
    }

    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time inspect over a corpus, and the one-pass floor over the same entries.")
        @Option(help: "Corpus folder (from `intake-bench generate`).") var corpus: String
        @Flag(help: "Print one JSON object instead of text.") var json = false

        func run() throws {
            let urls = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".zip") }.sorted()
                .map { URL(fileURLWithPath: corpus).appendingPathComponent($0) }
            guard !urls.isEmpty else { Tooling.fail("no .zip in \(corpus)") }
            let inspector = Tooling.inspector()

            // 1. inspect, end to end (file I/O, zip, manifest, SHA-256 of bundle and documents).
            var documentBytes: Int64 = 0
            var intact = 0
            let cpu0 = cpuSeconds()
            let t0 = Date()
            for url in urls {
                let (i, _) = inspector.inspect(url)
                documentBytes += i.documentBytes
                if i.isIntact { intact += 1 }
            }
            let inspectSeconds = Date().timeIntervalSince(t0)
            let inspectCPU = cpuSeconds() - cpu0

            // 1b. The bundle-level SHA-256 pass alone (part of inspect: reports name it).
            let th = Date()
            for url in urls { _ = Inspector.hashFile(url) }
            let hashSeconds = Date().timeIntervalSince(th)

            // 2. The floor over the same entries (see OnePassFloor).
            let floor = OnePassFloor.measure(urls)
            let (floorSeconds, floorBytes) = (floor.seconds, floor.bytes)

            let inspectMBs = Double(documentBytes) / 1_048_576 / inspectSeconds
            let floorMBs = Double(floorBytes) / 1_048_576 / floorSeconds
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            let figures: [String: Double] = [
                "bundles": Double(urls.count), "intactBundles": Double(intact),
                "documentMB": Double(documentBytes) / 1_048_576,
                "inspectSeconds": inspectSeconds, "inspectMBps": inspectMBs,
                "inspectBundlesPerSecond": Double(urls.count) / inspectSeconds,
                "floorSeconds": floorSeconds, "floorMBps": floorMBs,
                "inspectToFloor": inspectMBs / floorMBs,
                "maxRSSMB": Double(usage.ru_maxrss) / 1024,
                "bundleHashSeconds": hashSeconds,
                "inspectCPUSeconds": inspectCPU,
            ]
            if json {
                let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            } else {
                print(
                    String(
                        format: "inspect : %d bundles, %.0f MB of documents in %.2f s = %.1f MB/s, %.1f bundles/s (%d intact)",
                        urls.count, figures["documentMB"]!, inspectSeconds, inspectMBs, Double(urls.count) / inspectSeconds,
                        intact))
                print(
                    String(
                        format: "  CPU time %.2f s (the whole-file SHA-256, %.2f s alone, runs on a second thread)", inspectCPU,
                        hashSeconds))
                print(
                    String(
                        format: "floor   : %.0f MB inflated+CRC+SHA-256 from memory in %.2f s = %.1f MB/s",
                        Double(floorBytes) / 1_048_576, floorSeconds, floorMBs))
                print(String(format: "ratio   : inspect / floor = %.2f", inspectMBs / floorMBs))
                print(
                    String(
                        format: "max RSS : %.1f MB (this process, including the floor's in-memory streams)", figures["maxRSSMB"]!)
                )
            }
        }
    }
}

func mb(_ bytes: Int64) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }

/// User + system CPU seconds of this process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
