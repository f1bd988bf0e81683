import Foundation
import IntakeBundle
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
    /// beside it, and returns where it is now. Paths are bytes (names need not be UTF-8).
    static func move(_ source: BytePath, to destination: BytePath, sha256: String) throws(RunError) -> BytePath {
        let folder = destination.parent
        try makeFolders(folder)
        let candidates = [destination, alternative(destination, sha256: sha256)]
        for candidate in candidates {
            for _ in 0..<3 {  // a name can appear between our check and our link: look again
                if exists(candidate) {
                    guard Inspector.hashFile(candidate).0 == sha256 else { break }
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
        throw RunError(
            .move, "cannot move \(source.display): \(destination.display) and \(candidates[1].display) are other files")
    }

    /// The other free name for a bundle whose name is taken: `NAME.<sha256 prefix>.zip`.
    static func alternative(_ destination: BytePath, sha256: String) -> BytePath {
        let name = destination.lastComponent.bytes
        let prefix = Array(sha256.prefix(12).utf8)
        let stem: [UInt8]
        let ext: [UInt8]
        if let dot = name.lastIndex(of: 0x2E), dot > name.startIndex {
            (stem, ext) = (Array(name[..<dot]), Array(name[dot...]))
        } else {
            (stem, ext) = (name, [])
        }
        return destination.parent.appending(BytePath(bytes: stem + [0x2E] + prefix + ext))
    }

    static func exists(_ path: BytePath) -> Bool { path.withCString { access($0, F_OK) } == 0 }

    /// `mkdir -p` on bytes.
    static func makeFolders(_ folder: BytePath) throws(RunError) {
        var s = stat()
        if folder.withCString({ stat($0, &s) }) == 0, s.st_mode & S_IFMT == S_IFDIR { return }
        let parent = folder.parent
        if parent != folder, !parent.bytes.isEmpty { try makeFolders(parent) }
        guard folder.withCString({ mkdir($0, 0o755) }) == 0 || errno == EEXIST else {
            throw failure("mkdir", folder)
        }
    }

    /// Writes files of one folder atomically (temporary `.NAME.PID.RANDOM.tmp`, fsync,
    /// rename, fsync of the folder), like `AtomicFile`, on byte paths.
    static func writeAtomically(_ files: [(bytes: [UInt8], path: BytePath)]) throws(RunError) {
        var temporaries: [(BytePath, BytePath)] = []
        defer { for (tmp, _) in temporaries { _ = tmp.withCString { unlink($0) } } }
        for (bytes, path) in files {
            let tmp = path.parent.appending(
                BytePath(
                    bytes: [0x2E] + path.lastComponent.bytes + Array(".\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp".utf8)
                ))
            temporaries.append((tmp, path))
            let fd = tmp.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
            guard fd >= 0 else { throw failure("open", tmp) }
            defer { close(fd) }
            var offset = 0
            let failed = bytes.withUnsafeBytes { raw -> Bool in
                while offset < raw.count {
                    let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return true
                    }
                    offset += n
                }
                return false
            }
            guard !failed, fsync(fd) == 0 else { throw failure("write", tmp) }
        }
        for (tmp, path) in temporaries {
            guard tmp.withCString({ from in path.withCString { rename(from, $0) } }) == 0 else { throw failure("rename", path) }
        }
        if let first = files.first { syncFolder(first.path.parent) }
    }

    private enum Placement { case placed, taken }

    /// Makes `candidate` a name of `source`'s bytes without replacing anything there.
    private static func place(_ source: BytePath, at candidate: BytePath) throws(RunError) -> Placement {
        if source.withCString({ from in candidate.withCString { link(from, $0) } }) == 0 { return .placed }
        switch errno {
        case EEXIST:
            return .taken
        case EXDEV:
            return try copy(source, to: candidate)
        case EPERM, ENOTSUP, EMLINK:
            // No hard links on this file system: rename after checking the name is free
            // (a writer racing us in the destination folder is not expected).
            guard !exists(candidate) else { return .taken }
            guard source.withCString({ from in candidate.withCString { rename(from, $0) } }) == 0 else {
                throw failure("rename", candidate)
            }
            return .placed
        default:
            throw failure("link", candidate)
        }
    }

    /// Copies across file systems: temporary file in the destination folder, fsync, link.
    private static func copy(_ source: BytePath, to candidate: BytePath) throws(RunError) -> Placement {
        let tmp = candidate.parent.appending(
            BytePath(
                bytes: [0x2E] + candidate.lastComponent.bytes
                    + Array(".\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp".utf8)))
        let input = source.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard input >= 0 else { throw failure("open", source) }
        defer { close(input) }
        let output = tmp.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
        guard output >= 0 else { throw failure("open", tmp) }
        defer { _ = tmp.withCString { unlink($0) } }
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
        if tmp.withCString({ from in candidate.withCString { link(from, $0) } }) == 0 { return .placed }
        if errno == EEXIST { return .taken }
        guard errno == EPERM || errno == ENOTSUP, !exists(candidate) else { throw failure("link", candidate) }
        guard tmp.withCString({ from in candidate.withCString { rename(from, $0) } }) == 0 else {
            throw failure("rename", candidate)
        }
        return .placed
    }

    private static func unlinkSource(_ source: BytePath) throws(RunError) {
        guard source.withCString({ unlink($0) }) == 0 || errno == ENOENT else { throw failure("unlink", source) }
        syncFolder(source.parent)
    }

    static func syncFolder(_ folder: String) { syncFolder(BytePath(folder)) }

    static func syncFolder(_ folder: BytePath) {
        let fd = folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func failure(_ call: String, _ path: BytePath) -> RunError {
        RunError(.move, "cannot move a bundle", cause: SystemCallError(call: call, path: path.display, errno: errno))
    }
}
