import Foundation
import IntakeEvidence
import IntakeReport

/// Moves a decided bundle out of the inbox without ever losing it or overwriting another
/// file: a hard link then an unlink on one file system (the link fails if the name is
/// taken, which `rename` would silently replace); across file systems a copy to a
/// temporary file, fsync, link into place, then the unlink of the source. When the name
/// is taken by a different file, the bundle goes beside it as `NAME.<sha256 prefix>.zip`;
/// when it is taken by the same bytes (a resumed run re-moving it), the source is only
/// unlinked.
enum FileMove {
    /// Moves `source` (a file whose SHA-256 is `sha256`) to `destination` or a free name
    /// beside it, and returns where it is now.
    static func move(_ source: String, to destination: String, sha256: String) throws(RunError) -> String {
        let folder = (destination as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RunError(.move, "cannot create \(folder): \(error)")
        }
        let ext = (destination as NSString).pathExtension
        let stem = (destination as NSString).deletingPathExtension
        let candidates = [destination, "\(stem).\(sha256.prefix(12))\(ext.isEmpty ? "" : "." + ext)"]
        for candidate in candidates {
            for _ in 0..<3 {  // a name can appear between our check and our link: look again
                if access(candidate, F_OK) == 0 {
                    guard Inspector.hashFile(URL(fileURLWithPath: candidate)).0 == sha256 else { break }
                    try unlinkSource(source)
                    return candidate
                }
                switch try place(source, at: candidate) {
                case .placed:
                    try unlinkSource(source)
                    syncFolder(folder)
                    return candidate
                case .taken:
                    continue
                }
            }
        }
        throw RunError(.move, "cannot move \(source): \(destination) and \(candidates[1]) are other files")
    }

    private enum Placement { case placed, taken }

    /// Makes `candidate` a name of `source`'s bytes without replacing anything there.
    private static func place(_ source: String, at candidate: String) throws(RunError) -> Placement {
        if link(source, candidate) == 0 { return .placed }
        switch errno {
        case EEXIST:
            return .taken
        case EXDEV:
            return try copy(source, to: candidate)
        case EPERM, ENOTSUP, EMLINK:
            // No hard links on this file system: rename after checking the name is free
            // (a writer racing us in the destination folder is not expected).
            guard access(candidate, F_OK) != 0 else { return .taken }
            guard rename(source, candidate) == 0 else { throw failure("rename", candidate) }
            return .placed
        default:
            throw failure("link", candidate)
        }
    }

    /// Copies across file systems: temporary file in the destination folder, fsync, link.
    private static func copy(_ source: String, to candidate: String) throws(RunError) -> Placement {
        let folder = (candidate as NSString).deletingLastPathComponent
        let name = (candidate as NSString).lastPathComponent
        let tmp = "\(folder)/.\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw failure("open", source) }
        defer { close(input) }
        let output = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw failure("open", tmp) }
        defer { unlink(tmp) }
        do {
            defer { close(output) }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
            defer { buffer.deallocate() }
            while true {
                let n = read(input, buffer.baseAddress, buffer.count)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure("read", source)
                }
                if n == 0 { break }
                var offset = 0
                while offset < n {
                    let w = write(output, buffer.baseAddress! + offset, n - offset)
                    if w < 0 {
                        if errno == EINTR { continue }
                        throw failure("write", tmp)
                    }
                    offset += w
                }
            }
            guard fsync(output) == 0 else { throw failure("fsync", tmp) }
        }
        if link(tmp, candidate) == 0 { return .placed }
        if errno == EEXIST { return .taken }
        guard errno == EPERM || errno == ENOTSUP, access(candidate, F_OK) != 0 else { throw failure("link", candidate) }
        guard rename(tmp, candidate) == 0 else { throw failure("rename", candidate) }
        return .placed
    }

    private static func unlinkSource(_ source: String) throws(RunError) {
        guard unlink(source) == 0 || errno == ENOENT else { throw failure("unlink", source) }
        syncFolder((source as NSString).deletingLastPathComponent)
    }

    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func failure(_ call: String, _ path: String) -> RunError {
        RunError(.move, "cannot move a bundle", cause: SystemCallError(call: call, path: path, errno: errno))
    }
}
