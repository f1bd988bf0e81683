import Foundation
import IntakeBundle
import Testing

@testable import IntakeIO

/// A fresh temporary folder, removed by the caller's `defer`.
func temporaryFolder(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-io-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

func names(in dir: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
}

@Suite struct AtomicWriterTests {
    @Test func writesASetAndLeavesNoTemporaryFile() throws {
        let dir = try temporaryFolder("set")
        defer { try? FileManager.default.removeItem(at: dir) }
        try AtomicWriter.write([
            (Array("{}".utf8), BytePath(dir.appendingPathComponent("a.json"))),
            (Array("<a/>".utf8), BytePath(dir.appendingPathComponent("a.xml"))),
        ])
        #expect(try names(in: dir) == ["a.json", "a.xml"])
        #expect(try String(contentsOf: dir.appendingPathComponent("a.xml"), encoding: .utf8) == "<a/>")
        // Replacing keeps one file, the new one.
        try AtomicWriter.write("{\"v\":2}", to: dir.appendingPathComponent("a.json"))
        #expect(try names(in: dir) == ["a.json", "a.xml"])
        #expect(try String(contentsOf: dir.appendingPathComponent("a.json"), encoding: .utf8) == "{\"v\":2}")
    }

    @Test func failedRenameLeavesNoPartialFileAndNoTemporary() throws {
        let dir = try temporaryFolder("rename")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The target's name is taken by a folder that is not empty: rename(2) refuses.
        let target = dir.appendingPathComponent("report.json")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: target.appendingPathComponent("inside"))
        let error = #expect(throws: FileSystemError.self) {
            try AtomicWriter.write("{}", to: target)
        }
        #expect(error?.systemCall == "rename")
        #expect(error?.path == target.path)
        #expect(try names(in: dir) == ["report.json"])
        #expect(try names(in: target) == ["inside"])
    }

    @Test func missingFolderFailsAtOpenWithNothingWritten() throws {
        let dir = try temporaryFolder("missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = #expect(throws: FileSystemError.self) {
            try AtomicWriter.write("{}", to: dir.appendingPathComponent("no/such/report.json"))
        }
        #expect(error?.code == .notFound)
        #expect(error?.systemCall == "open")
        #expect(try names(in: dir).isEmpty)
    }

    @Test(.enabled(if: geteuid() != 0, "root writes into read-only folders"))
    func readOnlyFolderLeavesNothing() throws {
        let dir = try temporaryFolder("readonly")
        defer {
            chmod(dir.path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        #expect(chmod(dir.path, 0o555) == 0)
        let error = #expect(throws: FileSystemError.self) {
            try AtomicWriter.write("{}", to: dir.appendingPathComponent("report.json"))
        }
        #expect(error?.code == .permissionDenied)
        #expect(try names(in: dir).isEmpty)
    }

    @Test func streamPublishesOnlyWhenAsked() throws {
        let dir = try temporaryFolder("stream")
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let s = try AtomicWriter.Stream(dir.appendingPathComponent("summary.csv"))
            try s.write(String(repeating: "a,b\r\n", count: 50_000))
            #expect(try names(in: dir).allSatisfy(AtomicWriter.isTemporary))
            try s.publish()
        }
        #expect(try names(in: dir) == ["summary.csv"])
        #expect(try Data(contentsOf: dir.appendingPathComponent("summary.csv")).count == 250_000)
        do {
            let dropped = try AtomicWriter.Stream(dir.appendingPathComponent("summary.json"))
            try dropped.write("[")
        }
        #expect(try names(in: dir) == ["summary.csv"])
    }

    @Test func removesLeftTemporaries() throws {
        let dir = try temporaryFolder("leftovers")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        // Left by a process that is gone: removed. Being written by a live one (an `intake
        // serve` sharing the folder; here the test runner's parent): kept.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let live = ".c.json.\(getppid()).3.tmp"
        try Data().write(to: dir.appendingPathComponent(".a.json.\(dead).2.tmp"))
        try Data().write(to: dir.appendingPathComponent("sub/.b.xml.\(dead).2.tmp"))
        try Data().write(to: dir.appendingPathComponent(".d.json.unparsable.tmp"))
        try Data().write(to: dir.appendingPathComponent(live))
        try Data().write(to: dir.appendingPathComponent("keep.json"))
        // Named with this host: judged by its PID. Another host's: kept while recent when
        // the folder is shared (minimumAge), removed when it is old.
        let deadHere = ".e.json.\(dead)-\(ThisHost.tag).4.tmp"
        let liveHere = ".f.json.\(getppid())-\(ThisHost.tag).5.tmp"
        let elsewhere = ".g.json.\(getppid())-0badc0de.6.tmp"
        for name in [deadHere, liveHere, elsewhere] { try Data().write(to: dir.appendingPathComponent(name)) }
        // Temporary folders (a catalog archive being assembled), with files and folders in
        // them: a dead writer's removed whole and counted once, a live one's kept.
        let deadFolder = ".0123abcd.\(dead)-\(ThisHost.tag).7.tmp"
        let liveFolder = ".4567cdef.\(getppid())-\(ThisHost.tag).8.tmp"
        for folder in [deadFolder, liveFolder] {
            let inner = dir.appendingPathComponent(folder).appendingPathComponent("catalog/003")
            try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: inner.appendingPathComponent("BS-001.xml"))
            try Data().write(to: dir.appendingPathComponent(folder).appendingPathComponent("default.pipeline.xml"))
        }
        #expect(AtomicWriter.removeTemporaries(under: BytePath(dir), minimumAge: 600) == 5)
        #expect(try names(in: dir).sorted() == [live, liveHere, elsewhere, liveFolder, "keep.json", "sub"].sorted())
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(liveFolder + "/catalog/003/BS-001.xml").path))
        #expect(AtomicWriter.removeTemporaries(under: BytePath(dir)) == 1)
        #expect(try names(in: dir).sorted() == [live, liveHere, liveFolder, "keep.json", "sub"].sorted())
        // The writer's own names carry this host.
        #expect(AtomicWriter.temporary(for: BytePath("/x/r.json")).display.contains(".\(getpid())-\(ThisHost.tag)."))
    }

    /// A group commit's set: under the threshold each file and folder is fsync'd, from it
    /// on each file system is synced twice (syncfs); either way every file lands whole,
    /// nothing temporary stays, and files on two file systems (the test folder and
    /// /dev/shm, a tmpfs) are all written.
    @Test(arguments: [2, AtomicWriter.wholeFileSystemSync, 60])
    func writesALargeSetAcrossFoldersAndFileSystems(count: Int) throws {
        if count >= AtomicWriter.wholeFileSystemSync {
            guard case .fileSystems = AtomicWriter.durability(count) else {
                Issue.record("syncfs was not found: a large set would be synced file by file")
                return
            }
        } else {
            guard case .eachFile = AtomicWriter.durability(count) else {
                Issue.record("a small set would sync whole file systems")
                return
            }
        }
        let dir = try temporaryFolder("large-\(count)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let shm = URL(fileURLWithPath: "/dev/shm/intake-io-large-\(count)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: shm, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: shm) }
        let folders = [dir.appendingPathComponent("a"), dir.appendingPathComponent("b/c"), shm]
        for f in folders { try FileManager.default.createDirectory(at: f, withIntermediateDirectories: true) }
        let files = (0..<count).map { i in
            (
                bytes: Array("file \(i) ".utf8) + [UInt8](repeating: UInt8(i % 251), count: i * 997),
                path: BytePath(folders[i % folders.count].appendingPathComponent("r\(i).json"))
            )
        }
        try AtomicWriter.write(files)
        for (i, f) in files.enumerated() {
            let url = folders[i % folders.count].appendingPathComponent("r\(i).json")
            #expect(try [UInt8](Data(contentsOf: url)) == f.bytes)
        }
        for f in folders {
            let left = try names(in: f).filter { $0.hasSuffix(".tmp") }
            #expect(left.isEmpty, "temporary files left in \(f.path): \(left)")
        }
    }

    /// A large set whose last file cannot be renamed into place (a folder holds its name):
    /// the error says so and no temporary file of the set stays behind.
    @Test func largeSetFailingMidwayLeavesNoTemporary() throws {
        let dir = try temporaryFolder("large-fail")
        defer { try? FileManager.default.removeItem(at: dir) }
        let count = AtomicWriter.wholeFileSystemSync + 4
        let blocked = dir.appendingPathComponent("r\(count - 1).json")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: blocked.appendingPathComponent("inside"))
        let files = (0..<count).map { i in
            (bytes: Array("\(i)".utf8), path: BytePath(dir.appendingPathComponent("r\(i).json")))
        }
        let error = #expect(throws: FileSystemError.self) { try AtomicWriter.write(files) }
        #expect(error?.systemCall == "rename")
        #expect(error?.path == blocked.path)
        #expect(try names(in: dir).filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(try names(in: blocked) == ["inside"])
    }

    /// A large set into a folder that does not exist fails before anything is written.
    @Test func largeSetIntoAMissingFolderWritesNothing() throws {
        let dir = try temporaryFolder("large-missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = (0..<AtomicWriter.wholeFileSystemSync).map { i in
            (
                bytes: Array("\(i)".utf8),
                path: BytePath(dir.appendingPathComponent(i == 3 ? "no/such/r\(i).json" : "r\(i).json"))
            )
        }
        let error = #expect(throws: FileSystemError.self) { try AtomicWriter.write(files) }
        #expect(error?.code == .notFound)
        #expect(error?.systemCall == "open")
        #expect(try names(in: dir).isEmpty)
    }
}
