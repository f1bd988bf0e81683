import ArgumentParser
import Foundation
import IntakeCommandSupport
import IntakeFixtures
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

/// `intake-bench hostile-pdf`: writes the hostile PDF of the isolation tests (pages packed
/// into a compressed object stream), to measure a check against it from outside.
struct BenchHostilePDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hostile-pdf",
        abstract: "Write a valid PDF whose pages sit in one compressed object stream (SampleDocuments).")

    @Option(help: "Pages (a million: 9.5 MB of file, gigabytes of qpdf's memory).") var pages: Int = 1_000_000
    @Option(help: "The file to write.") var out: String

    func run() throws {
        guard pages > 0 else { Tooling.fail("--pages must be positive") }
        let bytes = SampleDocuments.pdfWithPagesInObjectStream(pages)
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print("\(out): \(bytes.count) bytes, \(pages) pages")
    }
}
