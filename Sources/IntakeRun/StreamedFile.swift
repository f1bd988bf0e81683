import Foundation
import IntakeReport

/// A file written piece by piece and published atomically, for outputs too large to
/// build in memory (the summary's per-bundle lists): a temporary file named like
/// `AtomicFile`'s (`.NAME.PID.RANDOM.tmp`, cleaned by a later run if this one dies),
/// buffered writes, fsync, rename, fsync of the folder. Not Sendable: one writer.
final class StreamedFile {
    let url: URL
    private let temporary: String
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var published = false

    init(_ url: URL) throws(RunError) {
        self.url = url
        temporary =
            url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp").path
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.failure("open", temporary) }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        close(fd)
        if !published { unlink(temporary) }
    }

    func write(_ text: String) throws(RunError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Flushes, syncs and renames into place.
    func publish() throws(RunError) {
        try flush()
        guard fsync(fd) == 0 else { throw Self.failure("fsync", temporary) }
        guard rename(temporary, url.path) == 0 else { throw Self.failure("rename", url.path) }
        published = true
        FileMove.syncFolder(url.deletingLastPathComponent().path)
    }

    private func flush() throws(RunError) {
        var offset = 0
        let count = buffer.count
        let failed: Bool = buffer.withUnsafeBytes { raw in
            while offset < count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                offset += n
            }
            return false
        }
        if failed { throw Self.failure("write", temporary) }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func failure(_ call: String, _ path: String) -> RunError {
        RunError(.output, "cannot write the summary", cause: SystemCallError(call: call, path: path, errno: errno))
    }
}
