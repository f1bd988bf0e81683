import Foundation
public import IntakeBundle

/// Moves a decided bundle out of the inbox without ever losing it or overwriting another
/// file: a hard link then an unlink on one file system (the link fails if the name is
/// taken, which `rename` would silently replace); across file systems a copy to a
/// temporary file, fsync, link into place, then the unlink of the source. When the name
/// is taken by a different file, the bundle goes beside it as `NAME.<sha256 prefix>.zip`;
/// when it is taken by the same bytes (a resumed run re-moving it), the source is only
/// unlinked.
public enum FileMove {
    /// Moves `source` (a file whose SHA-256 is `sha256`) to `destination` or a free name
    /// beside it, and returns where it is now. Paths are bytes (names need not be UTF-8).
    /// Throws ``FileSystemError`` (code `fileAlreadyExists` when both names hold other
    /// files).
    public static func move(_ source: BytePath, to destination: BytePath, sha256: String) throws(FileSystemError) -> BytePath {
        let folder = destination.parent
        try FileSystem.makeFolders(folder)
        let candidates = [destination, alternative(destination, sha256: sha256)]
        for candidate in candidates {
            for _ in 0..<3 {  // a name can appear between our check and our link: look again
                if FileSystem.exists(candidate) {
                    guard (try? FileHash.sha256(candidate))?.sha256 == sha256 else { break }
                    try unlinkSource(source)
                    return candidate
                }
                switch try place(source, at: candidate) {
                case .placed:
                    try unlinkSource(source)
                    FileSystem.syncFolder(folder)
                    return candidate
                case .taken:
                    continue
                }
            }
        }
        throw FileSystemError(
            .fileAlreadyExists,
            "cannot move \(source.display): \(destination.display) and \(candidates[1].display) are other files",
            path: source.display, location: .init(function: #function, file: #fileID, line: #line))
    }

    /// The other free name for a bundle whose name is taken: `NAME.<sha256 prefix>.zip`.
    public static func alternative(_ destination: BytePath, sha256: String) -> BytePath {
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

    private enum Placement { case placed, taken }

    /// Makes `candidate` a name of `source`'s bytes without replacing anything there.
    private static func place(_ source: BytePath, at candidate: BytePath) throws(FileSystemError) -> Placement {
        do {
            try link(source, candidate)
            return .placed
        } catch {
            switch error.errno ?? 0 {
            case EEXIST:
                return .taken
            case EXDEV:
                return try copy(source, to: candidate)
            case EPERM, ENOTSUP, EMLINK:
                // No hard links on this file system: rename after checking the name is free
                // (a writer racing us in the destination folder is not expected).
                guard !FileSystem.exists(candidate) else { return .taken }
                try rename(source, candidate)
                return .placed
            default:
                throw error
            }
        }
    }

    /// Copies across file systems: temporary file in the destination folder, fsync, link.
    private static func copy(_ source: BytePath, to candidate: BytePath) throws(FileSystemError) -> Placement {
        let tmp = AtomicWriter.temporary(for: candidate)
        let input = try syscall("open", source) { source.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) } }
        defer { close(input) }
        let output = try AtomicWriter.create(tmp)
        defer { FileSystem.remove(tmp) }
        do {
            defer { close(output) }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
            defer { buffer.deallocate() }
            while true {
                let n = try syscall("read", source) { read(input, buffer.baseAddress, buffer.count) }
                if n == 0 { break }
                try FileSystem.writeAll(output, UnsafeRawBufferPointer(rebasing: buffer[0..<n]), path: tmp)
            }
            try syscall("fsync", tmp) { fsync(output) }
        }
        do {
            try link(tmp, candidate)
            return .placed
        } catch  where error.errno == EEXIST {
            return .taken
        } catch  where (error.errno == EPERM || error.errno == ENOTSUP) && !FileSystem.exists(candidate) {
            try rename(tmp, candidate)
            return .placed
        }
    }

    private static func link(_ from: BytePath, _ to: BytePath) throws(FileSystemError) {
        try syscall("link", to) { from.withCString { f in to.withCString { Foundation.link(f, $0) } } }
    }

    private static func rename(_ from: BytePath, _ to: BytePath) throws(FileSystemError) {
        try syscall("rename", to) { from.withCString { f in to.withCString { Foundation.rename(f, $0) } } }
    }

    private static func unlinkSource(_ source: BytePath) throws(FileSystemError) {
        do {
            try FileSystem.unlink(source)
        } catch  where error.errno == ENOENT {}
        FileSystem.syncFolder(source.parent)
    }
}
