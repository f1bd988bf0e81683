import Foundation
import IntakeBundle
import Testing

@testable import IntakeIO

@Suite struct FileSystemErrorTests {
    @Test func carriesTheCallThePathAndTheCode() throws {
        let dir = try temporaryFolder("errno")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A GBK name (王.zip), shown in display form.
        let path = BytePath(dir).appending(BytePath(bytes: [0xCD, 0xF5, 0x2E, 0x7A, 0x69, 0x70]))
        let error = #expect(throws: FileSystemError.self) { try FileSystem.unlink(path) }
        #expect(error?.code == .notFound)
        #expect(error?.errno == ENOENT)
        #expect(error?.systemCall == "unlink")
        #expect(error?.path == dir.path + "/王.zip [GB18030]")
        #expect(error?.description == "unlink(\(dir.path)/王.zip [GB18030]): No such file or directory")
        #expect(error?.location.file.hasSuffix("SystemCall.swift") == true)
    }

    @Test(arguments: [
        (EEXIST, FileSystemError.Code.fileAlreadyExists), (EACCES, .permissionDenied), (EROFS, .permissionDenied),
        (EWOULDBLOCK, .busy), (ENOSPC, .resourceExhausted), (EXDEV, .crossDevice), (ELOOP, .symlinkLoop),
        (EIO, .io), (EBADF, .unknown),
    ])
    func mapsErrnoToACode(errno: Int32, code: FileSystemError.Code) {
        #expect(FileSystemError.Code(errno: errno) == code)
    }

    @Test func messageComesFirst() {
        let error = FileSystemError(
            errno: EACCES, call: "open", path: BytePath("/out/a.json"), message: "cannot write the report")
        #expect(error.description == "cannot write the report: open(/out/a.json): Permission denied")
        #expect(error.reason == "Permission denied")
    }
}

@Suite struct FolderLockTests {
    @Test func refusesASecondHolder() throws {
        let dir = try temporaryFolder("lock")
        defer { try? FileManager.default.removeItem(at: dir) }
        var first: FolderLock? = try FolderLock(folder: BytePath(dir), name: ".lock")
        let error = #expect(throws: FileSystemError.self) {
            _ = try FolderLock(folder: BytePath(dir), name: ".lock")
        }
        #expect(error?.code == .busy)
        #expect(error?.systemCall == "flock")
        #expect(first != nil)
        first = nil
        // Released with the value: the next holder gets it.
        _ = try FolderLock(folder: BytePath(dir), name: ".lock")
    }
}

@Suite struct FileHashTests {
    @Test func hashesTheWholeFile() throws {
        let dir = try temporaryFolder("hash")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("abc.zip")
        try Data("abc".utf8).write(to: url)
        let (sha, size) = try FileHash.sha256(BytePath(url))
        #expect(sha == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(size == 3)
    }

    @Test func refusesAFIFOAtOnce() throws {
        let dir = try temporaryFolder("fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("x.zip")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let error = #expect(throws: FileSystemError.self) { try FileHash.sha256(BytePath(fifo)) }
        #expect(error?.code == .notRegularFile)
    }
}

@Suite struct FileMoveTests {
    @Test func movesBesideAnotherFileOfTheSameName() throws {
        let dir = try temporaryFolder("move")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("in/a.zip")
        try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("bundle".utf8).write(to: source)
        let taken = dir.appendingPathComponent("done/sub/a.zip")
        try FileManager.default.createDirectory(at: taken.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("other".utf8).write(to: taken)
        let sha = try FileHash.sha256(BytePath(source)).sha256
        let fingerprint = try #require(FileFingerprint(path: BytePath(source)))
        let placed = try FileMove.move(BytePath(source), to: BytePath(taken), sha256: sha, fingerprint: fingerprint)
        #expect(placed == .moved(BytePath(dir.appendingPathComponent("done/sub/a.\(sha.prefix(12)).zip"))))
        #expect(!FileSystem.exists(BytePath(source)))
        #expect(try String(contentsOf: taken, encoding: .utf8) == "other")
    }

    /// A file renamed over the bundle's name after it was read (a resubmission) is not the
    /// bundle decided: it stays, under its name, on this file system and across two.
    @Test(arguments: [false, true])
    func movesOnlyTheFileThatWasRead(acrossFileSystems: Bool) throws {
        let dir = try temporaryFolder("move-replaced")
        defer { try? FileManager.default.removeItem(at: dir) }
        let shm = URL(fileURLWithPath: "/dev/shm/intake-move-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: shm) }
        let done = acrossFileSystems ? shm : dir.appendingPathComponent("done")
        let source = dir.appendingPathComponent("a.zip")
        try Data("bundle".utf8).write(to: source)
        let sha = try FileHash.sha256(BytePath(source)).sha256
        let fingerprint = try #require(FileFingerprint(path: BytePath(source)))
        let upload = dir.appendingPathComponent(".upload")
        try Data("resubmitted".utf8).write(to: upload)
        #expect(rename(upload.path, source.path) == 0)

        let moved = try FileMove.move(
            BytePath(source), to: BytePath(done.appendingPathComponent("a.zip")), sha256: sha, fingerprint: fingerprint)
        #expect(moved == .changed)
        #expect(try String(contentsOf: source, encoding: .utf8) == "resubmitted")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: done.path)) ?? [] == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "done" } == ["a.zip"])
    }

    /// A destination that is the bundle itself, by its own path or another (`in/./a.zip`, a link to the folder): nothing
    /// is removed (round 49, tester d: the same bytes at the destination read as "moved already", and the source, the
    /// destination itself, was unlinked).
    @Test(arguments: ["in/a.zip", "in/./a.zip", "link/a.zip"])
    func aBundleIsNeverMovedOntoItself(_ destination: String) throws {
        let dir = try temporaryFolder("move-self")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("in/a.zip")
        try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("bundle".utf8).write(to: source)
        #expect(symlink("in", dir.appendingPathComponent("link").path) == 0)
        let sha = try FileHash.sha256(BytePath(source)).sha256
        let fingerprint = try #require(FileFingerprint(path: BytePath(source)))
        _ = try FileMove.move(
            BytePath(source), to: BytePath(dir.path + "/" + destination), sha256: sha, fingerprint: fingerprint)
        #expect(try String(contentsOf: source, encoding: .utf8) == "bundle")
        #expect(try FileManager.default.contentsOfDirectory(atPath: source.deletingLastPathComponent().path) == ["a.zip"])
    }

    /// A hard link of the bundle already at the destination (left by a killed move's link fallback) is the bundle moved: the
    /// inbox name goes (the review: taken for the bundle itself, it stayed in the inbox for every later run).
    @Test func aHardLinkAtTheDestinationIsAMoveDone() throws {
        let dir = try temporaryFolder("move-linked")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("in/a.zip")
        let done = dir.appendingPathComponent("done/a.zip")
        for f in [source, done] {
            try FileManager.default.createDirectory(at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try Data("bundle".utf8).write(to: source)
        #expect(link(source.path, done.path) == 0)
        let sha = try FileHash.sha256(BytePath(source)).sha256
        let fingerprint = try #require(FileFingerprint(path: BytePath(source)))
        let moved = try FileMove.move(BytePath(source), to: BytePath(done), sha256: sha, fingerprint: fingerprint)
        #expect(moved == .moved(BytePath(done)))
        #expect(!FileManager.default.fileExists(atPath: source.path))
        #expect(try String(contentsOf: done, encoding: .utf8) == "bundle")
    }
}

@Suite struct InboxWalkTests {
    @Test func yieldsBundlesAndSkippedEntriesInByteOrder() throws {
        let dir = try temporaryFolder("walk")
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = BytePath(dir)
        try FileSystem.makeFolders(root.appending(BytePath("b/c")))
        for name in ["b/c/x.ZIP", "a.zip", "notes.txt"] {
            try AtomicWriter.write([(Array("z".utf8), root.appending(BytePath(name)))])
        }
        try AtomicWriter.write([(Array("z".utf8), root.appending(BytePath(bytes: [0xCD, 0xF5, 0x2E, 0x7A, 0x69, 0x70])))])
        #expect(mkfifo(dir.appendingPathComponent("pipe.zip").path, 0o644) == 0)
        var walk = try InboxWalk(inbox: root, excluding: [])
        var seen: [String] = []
        while let entry = walk.next() {
            switch entry {
            case .bundle(let b): seen.append(b.relative.display)
            case .skipped(let relative, let reason, _): seen.append("\(relative.display) \(reason)")
            }
        }
        #expect(seen == ["a.zip", "b/c/x.ZIP", "pipe.zip special-file", "王.zip [GB18030]"])
    }

    /// Listed, then removed or moved away before its turn: a bundle, or a folder of them, is said to be gone (round 52,
    /// tester d: two folders removed and one renamed mid-run left 1,800 bundles out of the counts in silence). Another
    /// file gone (an upload tool's part file renamed) is not a bundle: nothing is said.
    @Test func saysWhatVanishedBeforeItsTurn() throws {
        let dir = try temporaryFolder("walk-vanished")
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = BytePath(dir)
        try FileSystem.makeFolders(root.appending(BytePath("b")))
        try FileSystem.makeFolders(root.appending(BytePath("c")))
        for name in ["a.zip", "b/1.zip", "b/2.zip", "c/3.zip", "d.zip", "e.part"] {
            try AtomicWriter.write([(Array("z".utf8), root.appending(BytePath(name)))])
        }
        var walk = try InboxWalk(inbox: root, excluding: [])
        guard case .bundle(let first)? = walk.next() else {
            Issue.record("a.zip first")
            return
        }
        #expect(first.relative.display == "a.zip")
        // The operator tidies the inbox while a.zip is decided.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("b"))
        try FileManager.default.moveItem(at: dir.appendingPathComponent("c"), to: dir.appendingPathComponent("z-later"))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("d.zip"))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("e.part"))
        var seen: [String] = []
        while let entry = walk.next() {
            switch entry {
            case .bundle(let b): seen.append(b.relative.display)
            case .skipped(let relative, let reason, _): seen.append("\(relative.display) \(reason)")
            }
        }
        #expect(seen == ["b vanished", "c vanished", "d.zip vanished"])
    }

    @Test func saysWhichInboxCannotBeFound() throws {
        let error = #expect(throws: FileSystemError.self) {
            _ = try InboxWalk(inbox: BytePath("/no/such/inbox"), excluding: [])
        }
        #expect(error?.message == "cannot find the inbox /no/such/inbox")
        #expect(error?.code == .notFound)
    }
}
