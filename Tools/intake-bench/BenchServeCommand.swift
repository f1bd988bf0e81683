import ArgumentParser
import AsyncHTTPClient
import Dispatch
import Foundation
import IntakeCommandSupport
import IntakeFixtures
import IntakeLedger
import IntakePipeline
import IntakeReport
import IntakeRun
import NIOCore
import NIOHTTP1

/// `intake-bench serve …`: the pieces of scripts/bench-serve.sh: distinct bundles to
/// upload, a load generator over real HTTP, and the same decision done in-process.
struct BenchServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Corpus, load and in-process baseline for the hook-server benchmark.",
        subcommands: [Generate.self, Load.self, InProcess.self])

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write distinct sound RS-007 bundles (each its own application id, so none is a repeat).")
        @Option(help: "Output folder.") var out: String
        @Option(help: "Number of bundles.") var bundles: Int = 200
        @Option(help: "Size of each bundle in KB (documents stored, not deflated).") var kb: Int = 1024
        @Option(help: "Application id prefix (distinct prefixes give distinct corpora).") var prefix = "BENCH"

        func run() throws {
            let dir = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            var rng = SeededRandom(seed: UInt64(truncatingIfNeeded: prefix.hashValue) | 1)
            // One pair of documents for the whole corpus: the ids make the bundles distinct.
            let half = max(4_000, kb * 1024 / 2 - 1_000)
            let card = SampleDocument(
                path: "files/社会保障卡.jpg", material: "1", bytes: SampleDocuments.jpeg(size: half, rng: &rng),
                mediaType: "image/jpeg")
            let idCard = SampleDocument(
                path: "files/身份证.pdf", material: "2", bytes: SampleDocuments.pdf(size: half, rng: &rng),
                mediaType: "application/pdf")
            for i in 0..<bundles {
                let id = String(format: "%@-%07d", prefix, i)
                let app = SampleApplication(id: id, matter: "RS-007", documents: [card, idCard])
                let bytes = BundleBuilder.bytes(app, style: .init(method: .stored))
                try Data(bytes).write(to: dir.appendingPathComponent("\(id).zip"))
            }
        }
    }

    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "POST every bundle of a folder once to a running intake serve; latency percentiles and requests/s as JSON.")
        @Option(help: "The server's base address, e.g. http://127.0.0.1:8080.") var url: String
        @Option(help: "Folder of bundles.") var corpus: String
        @Option(help: "Requests in flight at once.") var concurrency: Int = 1
        @Option(help: "At most this many bundles (default: all).") var requests: Int?
        @Option(help: "Bearer token, if the server asks for one.") var token: String?

        func run() async throws {
            var files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".zip") }.sorted()
            if let requests { files = Array(files.prefix(requests)) }
            let bodies = try files.map { try Data(contentsOf: URL(fileURLWithPath: corpus).appendingPathComponent($0)) }
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            let next = Counter()
            let started = DispatchTime.now()
            let results = try await withThrowingTaskGroup(of: [(Double, Int)].self) { group in
                for _ in 0..<concurrency {
                    group.addTask {
                        var out: [(Double, Int)] = []
                        while let i = next.take(below: bodies.count) {
                            var request = HTTPClientRequest(url: url + "/v1/checks")
                            request.method = .POST
                            request.headers.add(name: "Content-Type", value: "application/zip")
                            if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
                            request.body = .bytes(ByteBuffer(bytes: bodies[i]))
                            let t = DispatchTime.now()
                            let response = try await client.execute(request, timeout: .seconds(120))
                            _ = try await response.body.collect(upTo: 64 << 20)
                            out.append(
                                (
                                    Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e6,
                                    Int(response.status.code)
                                ))
                        }
                        return out
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let wall = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            try await client.shutdown()
            let latencies = results.map(\.0).sorted()
            func percentile(_ p: Double) -> Double {
                latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int((Double(latencies.count) * p).rounded(.up)) - 1)]
            }
            var statuses: [Int: Int] = [:]
            for (_, s) in results { statuses[s, default: 0] += 1 }
            let statusText = statuses.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
            print(
                String(
                    format:
                        "{\"requests\": %d, \"concurrency\": %d, \"seconds\": %.3f, \"requestsPerSecond\": %.1f, \"p50Ms\": %.2f, \"p90Ms\": %.2f, \"p99Ms\": %.2f, \"maxMs\": %.2f, \"statuses\": {%@}}",
                    results.count, concurrency, wall, Double(results.count) / wall, percentile(0.5), percentile(0.9),
                    percentile(0.99), latencies.last ?? 0, statusText))
        }
    }

    struct InProcess: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "The server's work without HTTP: hash, check, write the report set, record in a ledger; per-bundle median as JSON."
        )
        @Option(help: "Folder of bundles.") var corpus: String
        @Option(help: "At most this many bundles (default: all).") var requests: Int?

        func run() throws {
            var files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".zip") }.sorted()
            if let requests { files = Array(files.prefix(requests)) }
            let checker = Tooling.checker(pipeline: nil)
            let data = FileManager.default.temporaryDirectory.appendingPathComponent("intake-bench-inprocess-\(getpid())")
            defer { try? FileManager.default.removeItem(at: data) }
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            let ledger = try SQLLedger(url: data.appendingPathComponent("ledger.sqlite"))
            let run = try ledger.beginRun(inbox: "bench", catalogVersion: checker.catalogVersion, jobs: 1, channel: .online)
            let recorder = DecisionRecorder(ledger: ledger, out: data, runID: run, channel: .online)
            var times: [Double] = []
            for file in files {
                let url = URL(fileURLWithPath: corpus).appendingPathComponent(file)
                let t = DispatchTime.now()
                // As the server: the bytes arrive (read and hashed), are checked, recorded.
                let bytes = try Data(contentsOf: url)
                let copy = data.appendingPathComponent("upload.zip")
                try bytes.write(to: copy)
                let report = checker.check(copy)
                _ = try recorder.record(
                    report, sha256: report.bundle.sha256, size: report.bundle.size, hashMs: 0, checkMs: 0, name: nil)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e6)
            }
            times.sort()
            let p50 = times.isEmpty ? 0 : times[times.count / 2]
            print(String(format: "{\"bundles\": %d, \"p50Ms\": %.2f}", times.count, p50))
        }
    }
}

/// Hands out indexes 0..<n once each, across tasks.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below n: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < n else { return nil }
        value += 1
        return value - 1
    }
}
