public import Foundation

/// Writes files atomically: a temporary file in the same folder, fsync, rename, then an
/// fsync of the folder. A reader sees the old file or the new one, never a part.
public enum AtomicFile {
    public static func write(_ text: String, to url: URL) throws {
        try write([(Array(text.utf8), url)])
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try write([(bytes, url)])
    }

    /// Writes several files of one folder: each to a temporary file, fsync'd, renamed into
    /// place; the folder is fsync'd once at the end. Temporary files are named
    /// `.NAME.PID.RANDOM.tmp` (see ``isTemporary(_:)``) and removed on failure.
    public static func write(_ files: [(bytes: [UInt8], url: URL)]) throws {
        var temporaries: [(URL, URL)] = []
        defer { for (tmp, _) in temporaries { unlink(tmp.path) } }
        for (bytes, url) in files {
            let tmp = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp")
            temporaries.append((tmp, url))
            try writeAndSync(bytes, to: tmp)
        }
        var folders: Set<String> = []
        for (tmp, url) in temporaries {
            guard rename(tmp.path, url.path) == 0 else { throw POSIXError(errno, path: url.path) }
            folders.insert(url.deletingLastPathComponent().path)
        }
        temporaries.removeAll()
        for folder in folders.sorted() {
            let dfd = open(folder, O_RDONLY | O_DIRECTORY)
            if dfd >= 0 {
                fsync(dfd)
                close(dfd)
            }
        }
    }

    /// Whether a file name is one of this writer's temporary files (left behind only when
    /// the process was killed mid-write; safe to delete when no writer runs).
    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp")
    }

    private static func writeAndSync(_ bytes: [UInt8], to tmp: URL) throws {
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(errno, path: tmp.path) }
        defer { close(fd) }
        var offset = 0
        try bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(errno, path: tmp.path)
                }
                offset += n
            }
        }
        guard fsync(fd) == 0 else { throw POSIXError(errno, path: tmp.path) }
    }
}

/// A file system call that failed.
public struct POSIXError: Error, CustomStringConvertible {
    public var code: Int32
    public var path: String
    init(_ code: Int32, path: String) {
        self.code = code
        self.path = path
    }
    public var description: String { "\(path): \(String(cString: strerror(code)))" }
}
