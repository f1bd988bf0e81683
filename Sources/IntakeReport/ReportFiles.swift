public import Foundation

/// Writes files atomically: a temporary file in the same folder, fsync, rename, then an
/// fsync of the folder. A reader sees the old file or the new one, never a part.
public enum AtomicFile {
    public static func write(_ text: String, to url: URL) throws {
        try write(Array(text.utf8), to: url)
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp")
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(errno, path: tmp.path) }
        var ok = false
        defer {
            if !ok { unlink(tmp.path) }
        }
        do {
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
        guard rename(tmp.path, url.path) == 0 else { throw POSIXError(errno, path: url.path) }
        ok = true
        let dfd = open(dir.path, O_RDONLY | O_DIRECTORY)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
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
