public import Foundation
public import IntakeBundle

/// Every C call of the edge layer goes through here: a result of -1 throws a
/// ``FileSystemError`` carrying the call, the path and errno; EINTR is retried. (`close`
/// is the exception: on Linux it must not be retried, and its result is not checked.)
@discardableResult
@inline(__always)
package func syscall<T: FixedWidthInteger>(
    _ call: String, _ path: BytePath?, function: String = #function, file: String = #fileID, line: Int = #line,
    _ body: () throws(FileSystemError) -> T
) throws(FileSystemError) -> T {
    while true {
        let result = try body()
        if result != -1 { return result }
        let error = Foundation.errno
        if error == EINTR { continue }
        throw FileSystemError(errno: error, call: call, path: path, function: function, file: file, line: line)
    }
}

/// The same for calls that return a pointer, nil on failure (`opendir`).
@inline(__always)
package func syscallPointer<T>(
    _ call: String, _ path: BytePath?, function: String = #function, file: String = #fileID, line: Int = #line,
    _ body: () -> T?
) throws(FileSystemError) -> T {
    while true {
        if let result = body() { return result }
        let error = Foundation.errno
        if error == EINTR { continue }
        throw FileSystemError(errno: error, call: call, path: path, function: function, file: file, line: line)
    }
}

/// Small file-system operations on byte paths, each one call through ``syscall(_:_:function:file:line:_:)``.
public enum FileSystem {
    /// `stat(2)`: the file's status, following a symbolic link.
    public static func status(of path: BytePath) throws(FileSystemError) -> stat {
        var s = stat()
        try syscall("stat", path) { path.withCString { stat($0, &s) } }
        return s
    }

    /// `lstat(2)`: the status of the name itself (a link is not followed).
    public static func linkStatus(of path: BytePath) throws(FileSystemError) -> stat {
        var s = stat()
        try syscall("lstat", path) { path.withCString { lstat($0, &s) } }
        return s
    }

    /// What kind of file is at `path` (a link is followed): `nil` for a regular file, else
    /// its kind in words ("a FIFO", "a folder", …) for a message that refuses it.
    public static func irregularKind(of path: BytePath) throws(FileSystemError) -> String? {
        let mode = try status(of: path).st_mode & S_IFMT
        switch mode {
        case S_IFREG: return nil
        case S_IFIFO: return "a FIFO"
        case S_IFDIR: return "a folder"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// Whether something is at `path` (`access(F_OK)`).
    public static func exists(_ path: BytePath) -> Bool {
        (try? syscall("access", path) { path.withCString { access($0, F_OK) } }) != nil
    }

    /// Whether `path` is a symbolic link.
    public static func isSymbolicLink(_ path: BytePath) -> Bool {
        guard let s = try? linkStatus(of: path) else { return false }
        return s.st_mode & S_IFMT == S_IFLNK
    }

    /// `unlink(2)`.
    public static func unlink(_ path: BytePath) throws(FileSystemError) {
        try syscall("unlink", path) { path.withCString { Foundation.unlink($0) } }
    }

    /// Removes the file at `path`; true when it was removed, false when it was not (gone
    /// already, or not removable).
    @discardableResult
    public static func remove(_ path: BytePath) -> Bool {
        (try? unlink(path)) != nil
    }

    /// Removes a folder and everything in it (symbolic links removed, never followed);
    /// false when something could not be removed.
    public static func removeTree(_ folder: BytePath) -> Bool {
        guard let names = try? list(folder) else { return false }
        var ok = true
        for name in names {
            let path = folder.appending(BytePath(bytes: name))
            guard let s = try? linkStatus(of: path) else {
                ok = false
                continue
            }
            ok = (s.st_mode & S_IFMT == S_IFDIR ? removeTree(path) : remove(path)) && ok
        }
        return ok && folder.withCString { rmdir($0) } == 0
    }

    /// `mkdir -p` on bytes; the folders it creates get `mode` (less the umask).
    public static func makeFolders(_ folder: BytePath, mode: mode_t = 0o755) throws(FileSystemError) {
        if let s = try? status(of: folder), s.st_mode & S_IFMT == S_IFDIR { return }
        let parent = folder.parent
        if parent != folder, !parent.bytes.isEmpty { try makeFolders(parent, mode: mode) }
        do {
            try syscall("mkdir", folder) { folder.withCString { mkdir($0, mode) } }
        } catch  where error.errno == EEXIST {
            // Made meanwhile by another process, or a file of that name: not a folder to write in (round 42, tester
            // h: --out naming a file failed later, as a ledger that could not be opened).
            if let s = try? status(of: folder), s.st_mode & S_IFMT == S_IFDIR { return }
            throw FileSystemError(errno: ENOTDIR, call: "mkdir", path: folder)
        }
    }

    /// fsync of a folder, so that the names created or removed in it are durable. Best
    /// effort: a folder that cannot be opened is left as it is.
    public static func syncFolder(_ folder: BytePath) {
        guard
            let fd = try? syscall("open", folder, { folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) } })
        else { return }
        defer { close(fd) }
        _ = try? syscall("fsync", folder) { fsync(fd) }
    }

    /// Every entry under `root` that is not a folder, with its status (lstat: a link is
    /// an entry, never followed), folder by folder; unreadable folders are skipped. With
    /// `recursive` false, only `root`'s own entries. `folder`, if given, sees each folder
    /// found first and says whether to go into it (it may remove it).
    public static func forEachEntry(
        under root: BytePath, recursive: Bool = true, folder: ((BytePath, stat) -> Bool)? = nil,
        _ body: (BytePath, stat) -> Void
    ) {
        var folders = [root]
        while let current = folders.popLast() {
            guard let names = try? list(current) else { continue }
            for name in names {
                let path = current.appending(BytePath(bytes: name))
                guard let s = try? linkStatus(of: path) else { continue }
                if s.st_mode & S_IFMT == S_IFDIR {
                    let enter = folder?(path, s) ?? true
                    if recursive && enter { folders.append(path) }
                } else {
                    body(path, s)
                }
            }
        }
    }

    /// The names in a folder (bytes, sorted), without `.` and `..`.
    public static func list(_ path: BytePath) throws(FileSystemError) -> [[UInt8]] {
        try entries(path).map(\.name)
    }

    /// The names in a folder with whether the folder says each is a folder itself (`d_type`; false
    /// where the file system does not tell), sorted as ``list(_:)``.
    public static func entries(_ path: BytePath) throws(FileSystemError) -> [(name: [UInt8], folder: Bool)] {
        let dir = try syscallPointer("opendir", path) { path.withCString { opendir($0) } }
        defer { closedir(dir) }
        var names: [(name: [UInt8], folder: Bool)] = []
        // readdir returns nil at the end and on an error, which only errno tells apart.
        errno = 0
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append((name, entry.pointee.d_type == UInt8(DT_DIR))) }
            errno = 0
        }
        guard errno == 0 else { throw FileSystemError(errno: errno, call: "readdir", path: path) }
        return names.sorted { $0.name.lexicographicallyPrecedes($1.name) }
    }

    /// The names among `folders` of subfolders of `parent` that hold something (a missing
    /// or unreadable one holds nothing).
    public static func nonEmpty(_ folders: [String], in parent: URL) -> [String] {
        folders.filter { folder in
            !((try? list(BytePath(parent.appendingPathComponent(folder)))) ?? []).isEmpty
        }
    }

    /// Writes all of `bytes` to `fd` (short writes continued).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: BytePath) throws(FileSystemError) {
        var offset = 0
        while offset < bytes.count {
            offset += try syscall("write", path) { Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset) }
        }
    }
}

extension FileSystem {
    /// Writes all of `bytes` to `fd`.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: BytePath) throws(FileSystemError) {
        var failure: FileSystemError?
        bytes.withUnsafeBytes { raw in
            do throws(FileSystemError) { try writeAll(fd, raw, path: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
