import Crypto
import Foundation
public import IntakeBundle
import IntakeModel

/// The SHA-256 of whole files (a bundle's identity in reports and the ledger).
public enum FileHash {
    /// SHA-256 (lowercase hex) and size of a whole file, read sequentially through one
    /// 1 MiB buffer. Only a regular file is read: a FIFO named `*.zip` is refused at once
    /// (opened non-blocking, then `fstat`) with code `notRegularFile`.
    public static func sha256(_ path: BytePath) throws(FileSystemError) -> (sha256: String, size: Int64) {
        let fd = try syscall("open", path) { path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) } }
        defer { close(fd) }
        var info = stat()
        try syscall("fstat", path) { fstat(fd, &info) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw FileSystemError(
                .notRegularFile, "not a regular file", systemCall: nil, path: path.display,
                location: .init(function: #function, file: #fileID, line: #line))
        }
        let flags = try syscall("fcntl", path) { fcntl(fd, F_GETFL) }
        try syscall("fcntl", path) { fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var hasher = SHA256()
        var total: Int64 = 0
        while true {
            let n = try syscall("read", path) { read(fd, buffer.baseAddress, buffer.count) }
            if n == 0 { break }
            total += Int64(n)
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
        return (Hex.string(hasher.finalize()), total)
    }
}
