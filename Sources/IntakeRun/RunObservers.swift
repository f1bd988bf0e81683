import Dispatch
import Foundation
import IntakeIO
import IntakeLedger
import IntakeModel
import IntakePDF
public import Logging
import Synchronization

/// How a run shows itself: a progress bar on a terminal, log lines for cron and CI, JSON
/// lines for scripts, or only the final line.
public enum RunDisplay {
    /// A progress bar on standard error when it is a terminal, else log lines.
    public static func automatic(quiet: Bool, json: Bool, logger: Logger) -> any RunObserver {
        if json { return JSONLines(logger: logger) }
        if quiet { return FinalLine(logger: logger, perBundle: false) }
        if isatty(STDERR_FILENO) == 1 { return ProgressBar() }
        return FinalLine(logger: logger, perBundle: true)
    }
}

/// One structured log line per bundle (swift-log: `key=value` metadata) when
/// `perBundle`, and a final line with the totals; warnings always. Every value is
/// logfmt-quoted (``TextEscaping/logfmt(_:)``): a file name with a newline or `=` cannot
/// forge a line or a field.
public struct FinalLine: RunObserver {
    let logger: Logger
    let perBundle: Bool

    public init(logger: Logger, perBundle: Bool) {
        self.logger = logger
        self.perBundle = perBundle
    }

    public func started(bundles: Int, bytes: Int64, options: RunOptions, catalogVersion: String, recovered: Recovery) {
        guard perBundle else { return }
        logger.info(
            "run started",
            metadata: RunDisplay.fields([
                "inbox": options.inbox.path, "out": options.out.path, "bundles": "\(bundles)",
                "mb": String(format: "%.1f", Double(bytes) / 1_048_576), "jobs": "\(options.jobs)",
                "catalog": String(catalogVersion.prefix(12)), "generator": IntakeVersion.generator,
                "pdf_check": PDFChecker.shared.modeDescription,
                "recovered_unfinished_reports": "\(recovered.unfinishedReports)",
                "recovered_temporary_files": "\(recovered.temporaryFiles)",
                "recovered_obsolete_reports": "\(recovered.obsoleteReports)", "recovered_moves": "\(recovered.moves)",
            ]))
    }

    public func finished(_ o: BundleOutcome, totals: RunTotals) {
        guard perBundle else { return }
        var fields: [String: String] = [
            "file": o.file, "status": o.status.rawValue, "verdict": o.verdict, "matter": o.matter,
            "application": o.application, "sha256": String(o.sha256.prefix(12)),
            "ms": String(format: "%.0f", o.seconds * 1000),
        ]
        if let r = o.reports.last { fields["report"] = r }
        if let m = o.movedTo { fields["moved_to"] = m }
        if let n = o.note { fields["note"] = n }
        if let r = o.reason { fields["reason"] = r.rawValue }
        let metadata = RunDisplay.fields(fields)
        if o.status == .skipped {
            logger.warning("bundle skipped", metadata: metadata)
        } else {
            logger.info("bundle", metadata: metadata)
        }
    }

    public func warning(_ message: String) { logger.warning("\(TextEscaping.terminal(message))") }

    public func completed(_ t: RunTotals) {
        logger.notice(t.stoppedBy == nil ? "run completed" : "run interrupted", metadata: RunDisplay.metadata(t))
    }
}

/// One JSON object per bundle on standard output, then `{"summary": …}` with the totals.
public struct JSONLines: RunObserver {
    let logger: Logger
    public init(logger: Logger) { self.logger = logger }

    public func started(bundles: Int, bytes: Int64, options: RunOptions, catalogVersion: String, recovered: Recovery) {}

    public func finished(_ o: BundleOutcome, totals: RunTotals) { Self.print(o) }

    public func warning(_ message: String) { logger.warning("\(TextEscaping.terminal(message))") }

    public func completed(_ t: RunTotals) {
        struct Summary: Encodable { var summary: RunTotals }
        Self.print(Summary(summary: t))
    }

    static func print(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(value) else { return }
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}

/// A progress bar on standard error, redrawn four times a second by its own thread:
/// done / total, counts per verdict, bundles/s, MB/s and time left.
public final class ProgressBar: RunObserver {
    /// Everything the observer calls and the drawing thread share, behind one mutex.
    private struct State {
        var total = 0
        var totalBytes: Int64 = 0
        var totals = RunTotals()
        var doneBytes: Int64 = 0
        var start = DispatchTime.now()
        var running = false
    }
    private let state = Mutex(State())

    public init() {}

    public func started(bundles: Int, bytes: Int64, options: RunOptions, catalogVersion: String, recovered: Recovery) {
        state.withLock {
            $0.total = bundles
            $0.totalBytes = bytes
            $0.start = DispatchTime.now()
            $0.running = true
        }
        if recovered != Recovery() {
            FileHandle.standardError.write(Data("intake run: resumed (\(RunDisplay.describe(recovered)))\n".utf8))
        }
        let t = Thread { [weak self] in
            while let self, self.draw(final: false) {
                Thread.sleep(forTimeInterval: 0.25)
            }
        }
        t.name = "intake-progress"
        t.start()
    }

    public func finished(_ o: BundleOutcome, totals t: RunTotals) {
        state.withLock {
            $0.totals = t
            $0.doneBytes += o.bundleBytes
        }
    }

    public func warning(_ message: String) {
        state.withLock { _ in
            FileHandle.standardError.write(Data("\r\u{1B}[K\(TextEscaping.terminal(message))\n".utf8))
        }
    }

    public func completed(_ t: RunTotals) {
        state.withLock {
            $0.totals = t
            $0.running = false
        }
        _ = draw(final: true)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// Draws the bar; false when the run is over (the thread stops).
    private func draw(final: Bool) -> Bool {
        state.withLock { s in
            guard s.running || final else { return false }
            let elapsed = max(0.001, Double(DispatchTime.now().uptimeNanoseconds - s.start.uptimeNanoseconds) / 1e9)
            let done = s.totals.files
            let fraction = s.total > 0 ? min(1, Double(done) / Double(s.total)) : 1
            let rate = Double(done) / elapsed
            let mbps = Double(s.doneBytes) / 1_048_576 / elapsed
            let bytesLeft = max(0, s.totalBytes - s.doneBytes)
            let left = s.doneBytes > 0 ? Double(bytesLeft) / (Double(s.doneBytes) / elapsed) : 0
            let v = s.totals.verdicts
            let line = RunDisplay.progressLine(
                fraction: fraction, done: done, total: s.total,
                verdicts: [
                    v["accepted"] ?? 0, v["accepted-deferred"] ?? 0, v["returned"] ?? 0, v["refused"] ?? 0, v["invalid"] ?? 0,
                ],
                rate: rate, mbps: mbps, left: final ? "0:00" : RunDisplay.clock(left), columns: RunDisplay.terminalColumns())
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
            return s.running
        }
    }
}

extension RunDisplay {
    /// The progress line that fits `columns` display columns (less one, so the cursor
    /// never wraps): the richest of several layouts that fits, from bar, counts per
    /// verdict, rates and time left down to the bare count. CJK characters count two.
    public static func progressLine(
        fraction: Double, done: Int, total: Int, verdicts v: [Int], rate: Double, mbps: Double, left: String, columns: Int
    ) -> String {
        func bar(_ width: Int) -> String {
            let filled = Int(fraction * Double(width))
            return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        }
        let count = "\(done)/\(total)"
        let full = "受理 \(v[0]) 容缺 \(v[1]) 补正 \(v[2]) 不予 \(v[3]) 无效 \(v[4])"
        let compact = "受\(v[0]) 容\(v[1]) 补\(v[2]) 拒\(v[3]) 无\(v[4])"
        let speed = String(format: "%.1f 包/s %.1f MB/s", rate, mbps)
        let candidates = [
            "\(bar(24)) \(count)  \(full)  \(speed)  剩余 \(left)",
            "\(bar(16)) \(count)  \(full)  剩余 \(left)",
            "\(bar(10)) \(count) \(compact) 剩余 \(left)",
            "\(bar(10)) \(count) 剩余 \(left)",
            "\(count) \(left)",
        ]
        return candidates.first { displayWidth($0) <= columns - 1 } ?? String(count.prefix(max(1, columns - 1)))
    }

    /// Columns a string takes in a terminal: East Asian wide and fullwidth characters two,
    /// combining marks none, everything else one.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, u in
            let v = u.value
            if u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .enclosingMark { return width }
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
                || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
                || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return width + (wide ? 2 : 1)
        }
    }

    /// The width of the terminal on standard error (80 when it cannot be told).
    static func terminalColumns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600
            ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    static func describe(_ r: Recovery) -> String {
        "unfinished_reports=\(r.unfinishedReports) temporary_files=\(r.temporaryFiles) obsolete_reports=\(r.obsoleteReports) moves=\(r.moves)"
    }

    /// Log metadata from plain values: the handler (``LineLogHandler``) quotes them for
    /// its format, so a file name cannot forge a field or a line.
    static func fields(_ fields: [String: String]) -> Logger.Metadata {
        fields.mapValues { .string($0) }
    }

    /// The totals as log metadata (the final line): skipped entries per reason
    /// (`skipped_fifo=…`) and the runs found interrupted.
    public static func metadata(_ t: RunTotals) -> Logger.Metadata {
        var m: Logger.Metadata = [
            "files": "\(t.files)", "decided": "\(t.decided)", "already_decided": "\(t.alreadyDecided)",
            "duplicates": "\(t.duplicates)", "skipped": "\(t.skipped)", "moved": "\(t.moved)",
            "quarantined": "\(t.quarantined)", "seconds": "\(String(format: "%.2f", t.seconds))",
            "bundles_per_s": "\(String(format: "%.1f", Double(t.files) / max(t.seconds, 0.001)))",
        ]
        for (verdict, n) in t.verdicts { m[verdict] = "\(n)" }
        for (reason, n) in t.skippedReasons { m["skipped_" + reason.replacingOccurrences(of: "-", with: "_")] = "\(n)" }
        if !t.interrupted.isEmpty { m["interrupted_runs"] = "\(t.interrupted.map { String($0.id) }.joined(separator: ","))" }
        if let signal = t.stoppedBy { m["stopped_by"] = "\(signal)" }
        // The run's own summary page and the cumulative index (HTML), relative to --out.
        if let page = t.summary.first(where: { $0.hasPrefix("runs/") && $0.hasSuffix(".html") }) { m["summary"] = "\(page)" }
        if t.summary.contains("index.html") { m["index"] = "index.html" }
        if let seal = t.seal { m["seal"] = "\(seal)" }
        return m
    }
}
