import Foundation
public import IntakeBundle

/// An exclusive lock on a folder (`flock` on a lock file in it): one holder at a time,
/// across processes and within one. Released when the value is dropped or the process
/// dies. Not Sendable: held by the scope that took it.
public final class FolderLock {
    public let path: BytePath
    private let fd: Int32

    /// Takes the lock `name` in `folder` without waiting; throws code `busy` when another
    /// holder has it.
    public init(folder: BytePath, name: String) throws(FileSystemError) {
        let path = folder.appending(BytePath(name))
        let fd = try syscall("open", path) { path.withCString { open($0, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) } }
        do {
            try syscall("flock", path) { flock(fd, LOCK_EX | LOCK_NB) }
        } catch {
            close(fd)
            throw error
        }
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }
}
