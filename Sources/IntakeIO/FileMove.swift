internal import CIntakeProcess
import Foundation
public import IntakeBundle

/// Moves a decided bundle out of the inbox without ever losing it, overwriting another
/// file or moving bytes that were not decided. A producer may replace a bundle under the
/// same name (a resubmission renamed into place) or still be writing it between its
/// decision and its move: only the file that was read (the same device, inode, size and
/// modification time as its ``FileFingerprint``) is moved; a changed one stays in the
/// inbox for the next run. On one file system the file is renamed without replacing
/// anything (`renameat2` with `RENAME_NOREPLACE`: whatever file the name holds at that
/// instant moves, so the one that arrived is checked after, and put back when it is not
/// the one decided); across file systems the file opened and checked is copied to a
/// temporary file, fsync'ed and linked into place. When the name is taken by a different
/// file, the bundle goes beside it as `NAME.<sha256 prefix>.zip`; when it is taken by the
/// same bytes (a resumed run re-moving it), the source is only removed.
public enum FileMove {
    /// Where a move left the bundle.
    public enum Outcome: Sendable, Hashable {
        /// Moved: now at this path.
        case moved(BytePath)
        /// Not moved: the file under the bundle's name is no longer the one decided (replaced
        /// or still being written); it stays in the inbox for the next run.
        case changed
    }

    /// Moves `source` (a file whose SHA-256 is `sha256`, read when it had `fingerprint`) to
    /// `destination` or a free name beside it. Paths are bytes (names need not be UTF-8).
    /// Throws ``FileSystemError`` (code `fileAlreadyExists` when both names hold other
    /// files; errno `ENOENT` when the bundle is gone).
    public static func move(
        _ source: BytePath, to destination: BytePath, sha256: String, fingerprint: FileFingerprint
    ) throws(FileSystemError) -> Outcome {
        let folder = destination.parent
        try FileSystem.makeFolders(folder)
        let candidates = [destination, alternative(destination, sha256: sha256)]
        for candidate in candidates {
            for _ in 0..<3 {  // a name can appear between our check and our rename: look again
                if FileSystem.exists(candidate) {
                    // The name is the bundle's own (a --move-done folder that is the inbox, by whatever path: round 49,
                    // tester d, the bundles were removed as "already moved"): nothing to move, nothing removed.
                    if isSameEntry(candidate, source) { return .moved(candidate) }
                    guard (try? FileHash.sha256(candidate))?.sha256 == sha256 else { break }
                    guard try removeSource(source, fingerprint: fingerprint) else { return .changed }
                    return .moved(candidate)
                }
                switch try place(source, at: candidate, fingerprint: fingerprint) {
                case .placed:
                    FileSystem.syncFolder(folder)
                    FileSystem.syncFolder(source.parent)
                    return .moved(candidate)
                case .taken:
                    continue
                case .changed:
                    return .changed
                }
            }
        }
        throw FileSystemError(
            .fileAlreadyExists,
            "cannot move \(source.display): \(destination.display) and \(candidates[1].display) are other files",
            path: source.display, location: .init(function: #function, file: #fileID, line: #line))
    }

    /// Whether `a` and `b` name one directory entry (`in/./a.zip`, a link to the folder): the same folder, by device and
    /// inode, and the same name. Not a hard link of the file under another name (the review: a link left by a killed
    /// move's fallback was taken for the bundle moved, and the bundle stayed in the inbox).
    static func isSameEntry(_ a: BytePath, _ b: BytePath) -> Bool {
        guard a.lastComponent.bytes == b.lastComponent.bytes, let one = FileFingerprint(path: a.parent),
            let other = FileFingerprint(path: b.parent)
        else { return false }
        return (one.device, one.inode) == (other.device, other.inode)
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

    private enum Placement { case placed, taken, changed }

    /// Moves the file named `source` to `candidate` without replacing anything there, if it
    /// is still the file with `fingerprint`; the source name is gone only when it was.
    private static func place(
        _ source: BytePath, at candidate: BytePath, fingerprint: FileFingerprint
    ) throws(FileSystemError) -> Placement {
        switch try take(source, to: candidate, fingerprint: fingerprint) {
        case .taken: return .placed
        case .changed: return .changed
        case .occupied: return .taken
        case .notHere:
            return try copy(source, to: candidate, fingerprint: fingerprint)
        }
    }

    private enum Taking { case taken, changed, occupied, notHere }

    /// Renames whatever file is named `source` to `place` (never replacing a file there),
    /// then checks it is the file with `fingerprint`: if not (replaced since it was read,
    /// or grown), it is put back under its name (or, when a newer file took that name
    /// meanwhile, beside it in the inbox as `NAME.<inode>.zip`, for the next run) and the
    /// answer is `changed`. `occupied`: `place` holds a file; `notHere`: `place` is on
    /// another file system.
    private static func take(
        _ source: BytePath, to place: BytePath, fingerprint: FileFingerprint
    ) throws(FileSystemError) -> Taking {
        do {
            try renameNoReplace(source, place)
        } catch {
            switch error.errno ?? 0 {
            case EEXIST: return .occupied
            case EXDEV: return .notHere
            case EINVAL, ENOSYS, ENOTSUP:
                // No RENAME_NOREPLACE here (NFS, CIFS, older FUSE): a hard link is just as
                // atomic a claim of the name (EEXIST when taken), then the inbox name goes.
                // Only without hard links either, check the name is free, then rename (the
                // window between is the caller's risk).
                if let now = FileFingerprint(path: source), !now.sameFile(as: fingerprint) { return .changed }
                var linked = false
                do {
                    try link(source, place)
                    linked = true
                } catch {
                    switch error.errno ?? 0 {
                    case EEXIST: return .occupied
                    case EPERM, ENOTSUP, EOPNOTSUPP, EMLINK:
                        guard !FileSystem.exists(place) else { return .occupied }
                        try rename(source, place)
                    default: throw error
                    }
                }
                if linked { try FileSystem.unlink(source) }
            default:
                throw error
            }
        }
        guard let moved = FileFingerprint(path: place), !moved.sameFile(as: fingerprint) else { return .taken }
        try restore(place, to: source, inode: moved.inode)
        return .changed
    }

    /// Puts a file taken by mistake back under `name` in the inbox, or beside it when a
    /// newer file holds that name.
    private static func restore(_ file: BytePath, to name: BytePath, inode: Int64) throws(FileSystemError) {
        for target in [name, alternative(name, sha256: String(format: "%012llx", inode))] {
            do {
                try renameNoReplace(file, target)
                FileSystem.syncFolder(target.parent)
                return
            } catch  where error.errno == EEXIST {
                continue
            } catch  where error.errno == EINVAL || error.errno == ENOSYS || error.errno == ENOTSUP {
                guard !FileSystem.exists(target) else { continue }
                try rename(file, target)
                return
            }
        }
        throw FileSystemError(
            .fileAlreadyExists, "cannot put \(file.display) back in the inbox: \(name.display) is taken",
            path: file.display, location: .init(function: #function, file: #fileID, line: #line))
    }

    /// Removes the name `source` when it still names the file with `fingerprint` (renamed
    /// aside first, so that a file renamed into its place meanwhile is never the one
    /// removed); false when it names another file, which stays.
    private static func removeSource(_ source: BytePath, fingerprint: FileFingerprint) throws(FileSystemError) -> Bool {
        let aside = AtomicWriter.temporary(for: source)
        switch try take(source, to: aside, fingerprint: fingerprint) {
        case .taken:
            try FileSystem.unlink(aside)
            FileSystem.syncFolder(source.parent)
            return true
        case .changed: return false
        case .occupied, .notHere:
            throw FileSystemError(
                .fileAlreadyExists, "cannot set \(source.display) aside to remove it", path: source.display,
                location: .init(function: #function, file: #fileID, line: #line))
        }
    }

    /// Copies across file systems the file opened and checked: temporary file in the
    /// destination folder, fsync, link; then the source is removed if it is still that file.
    private static func copy(
        _ source: BytePath, to candidate: BytePath, fingerprint: FileFingerprint
    ) throws(FileSystemError) -> Placement {
        let tmp = AtomicWriter.temporary(for: candidate)
        let input = try syscall("open", source) { source.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) } }
        defer { close(input) }
        var opened = stat()
        try syscall("fstat", source) { fstat(input, &opened) }
        guard FileFingerprint(opened).sameFile(as: fingerprint) else { return .changed }
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
        // Written to while it was copied: not the bytes decided.
        try syscall("fstat", source) { fstat(input, &opened) }
        guard FileFingerprint(opened).sameFile(as: fingerprint) else { return .changed }
        do {
            try link(tmp, candidate)
        } catch  where error.errno == EEXIST {
            return .taken
        } catch  where (error.errno == EPERM || error.errno == ENOTSUP) && !FileSystem.exists(candidate) {
            try rename(tmp, candidate)
        }
        // The decided bytes are in place; a file renamed under the name since is left.
        _ = try removeSource(source, fingerprint: fingerprint)
        return .placed
    }

    private static func link(_ from: BytePath, _ to: BytePath) throws(FileSystemError) {
        try syscall("link", to) { from.withCString { f in to.withCString { Foundation.link(f, $0) } } }
    }

    private static func rename(_ from: BytePath, _ to: BytePath) throws(FileSystemError) {
        try syscall("rename", to) { from.withCString { f in to.withCString { Foundation.rename(f, $0) } } }
    }

    private static func renameNoReplace(_ from: BytePath, _ to: BytePath) throws(FileSystemError) {
        try syscall("renameat2", to) { from.withCString { f in to.withCString { intake_rename_noreplace(f, $0) } } }
    }
}
