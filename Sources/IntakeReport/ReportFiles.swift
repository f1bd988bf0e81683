public import Foundation
public import IntakeIO

/// Writes report files atomically through the one atomic writer,
/// ``IntakeIO/AtomicWriter`` (temporary file in the same folder, fsync, rename, one fsync
/// per folder). Kept under this name so that its callers compile unchanged; new code
/// calls `AtomicWriter` directly. Failures are ``IntakeIO/FileSystemError``s.
public enum AtomicFile {
    public static func write(_ text: String, to url: URL) throws(FileSystemError) {
        try AtomicWriter.write(text, to: url)
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws(FileSystemError) {
        try AtomicWriter.write(bytes, to: url)
    }

    /// Writes several files of one folder, each atomically; the folder is fsync'd once.
    public static func write(_ files: [(bytes: [UInt8], url: URL)]) throws(FileSystemError) {
        try AtomicWriter.write(files)
    }

    /// Whether a file name is one of the atomic writer's temporary files.
    public static func isTemporary(_ name: String) -> Bool { AtomicWriter.isTemporary(name) }
}
