import ArgumentParser
import Foundation
import IntakeCommandSupport
import IntakePDF

/// `intake-bench pdf`: what checking a PDF costs in this process and in the helper
/// processes (the round trip: descriptor passing, the helper's wake-up, its limits).
struct BenchPDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Per-PDF time of the qpdf structure check, in process and isolated (helper processes).")

    @Argument(help: "PDF files, or folders of them.") var paths: [String]
    @Option(help: "Checks per file and mode.") var rounds: Int = 200

    func run() throws {
        var files: [[UInt8]] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { Tooling.fail("no such path \(p)") }
            let names =
                isDir.boolValue
                ? try FileManager.default.contentsOfDirectory(atPath: p).filter { $0.lowercased().hasSuffix(".pdf") }.sorted()
                    .map { "\(p)/\($0)" } : [p]
            for n in names { files.append(Array(try Data(contentsOf: URL(fileURLWithPath: n)))) }
        }
        guard !files.isEmpty else { Tooling.fail("no PDF given") }
        let checker = PDFChecker.shared
        guard case .isolated = checker.mode else { Tooling.fail("helper missing: \(checker.modeDescription)") }
        let bytes = files.reduce(0) { $0 + $1.count }
        print("\(files.count) PDFs, \(bytes / files.count) bytes on average; \(rounds) rounds each")
        for isolated in [false, true] {
            var times: [Double] = []
            for _ in 0..<rounds {
                for f in files {
                    let t = DispatchTime.now()
                    _ = f.withUnsafeBytes {
                        isolated ? checker.check($0, seconds: 20, memory: 1 << 30) : PDFCheck.check($0)
                    }
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e3)
                }
            }
            times.sort()
            let mean = times.reduce(0, +) / Double(times.count)
            print(
                String(
                    format: "%@: median %.0f µs, mean %.0f µs, p99 %.0f µs", isolated ? "isolated  " : "in-process",
                    times[times.count / 2], mean, times[times.count * 99 / 100]))
        }
    }
}
