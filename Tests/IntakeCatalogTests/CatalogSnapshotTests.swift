import Foundation
import IntakeSeedData
import Testing

@testable import IntakeCatalog

/// A whole load (a run, the server) reads the matters from a snapshot kept for the exact
/// catalog version, schema and build; anything else parses the XML as before.
@Suite struct CatalogSnapshotTests {
    func snapshots(_ folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.lastPathComponent.hasPrefix("catalog-snapshot-") && $0.pathExtension == "bin" }
    }

    /// Everything of a catalog but its matters.
    func expectSameFrame(_ a: Catalog, _ b: Catalog) {
        #expect(a.version == b.version)
        #expect(a.files == b.files)
        #expect(a.pipelineFile == b.pipelineFile)
        #expect(a.sources == b.sources)
        #expect(a.settings == b.settings)
        #expect(a.calendar == b.calendar)
    }

    @Test func theRealCatalogsMattersReadBackEqual() throws {
        let bytes = SnapshotMatters.encode(realCatalog.matters)
        #expect(try bytes.withUnsafeBytes { try SnapshotMatters.decode($0) } == realCatalog.matters)
    }

    @Test func aWholeLoadIsServedFromTheSnapshotOfItsVersionOnly() throws {
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try loader.load(pipeline: pipeline)
        #expect(first.matters == realCatalog.matters)
        #expect(first.version == realCatalog.version)
        let file = try #require(snapshots(cacheFolder).first)
        #expect(snapshots(cacheFolder).count == 1)

        // A snapshot with one matter renamed (a valid one: its digest matches) is what the
        // next load states: a hit parses no matter file.
        let snapshot = try #require(
            CatalogSnapshot(version: first.version, schemaDigest: loader.schemaDigest, environment: loader.environment))
        #expect(snapshot.file == file.path)
        var forged = first.matters
        forged[0].name = "FORGED"
        snapshot.store(forged)
        let second = try loader.load(pipeline: pipeline)
        #expect(second.matters[0].name == "FORGED")
        #expect(Array(second.matters.dropFirst()) == Array(first.matters.dropFirst()))
        expectSameFrame(second, first)
        #expect(second.versions(of: first.matters[0].code).first?.name == "FORGED")  // the index, as for a parsed catalog

        // One byte more in one matter file: another version, parsed, with its own snapshot.
        let matterFile = try #require(
            try FileManager.default.subpathsOfDirectory(
                atPath: pipeline.deletingLastPathComponent().appendingPathComponent("catalog").path
            ).filter { $0.hasSuffix(".xml") && !$0.hasSuffix("source.xml") }.sorted().last)
        let handle = try FileHandle(
            forWritingTo: pipeline.deletingLastPathComponent().appendingPathComponent("catalog/" + matterFile))
        handle.seekToEndOfFile()
        handle.write(Data("\n".utf8))
        try handle.close()
        let third = try loader.load(pipeline: pipeline)
        #expect(third.version != first.version)
        #expect(third.matters == realCatalog.matters)
        #expect(snapshots(cacheFolder).count == 2)
        // And that snapshot serves the next load of that version.
        let fourth = try loader.load(pipeline: pipeline)
        #expect(fourth.matters == third.matters)
        expectSameFrame(fourth, third)
    }

    @Test func aDamagedSnapshotIsAMissAndIsWrittenAgain() throws {
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        let parsed = try loader.load(pipeline: pipeline)
        let file = try #require(snapshots(cacheFolder).first)
        let good = try Data(contentsOf: file)
        for damage in ["flip", "cut", "empty"] {
            var bytes = good
            switch damage {
            case "flip": bytes[bytes.count - 3] ^= 0x20
            case "cut": bytes = bytes.prefix(bytes.count / 2)
            default: bytes = Data()
            }
            try bytes.write(to: file)
            let loaded = try loader.load(pipeline: pipeline)
            #expect(loaded.matters == realCatalog.matters, "\(damage)")
            expectSameFrame(loaded, parsed)
            #expect(try Data(contentsOf: file) == good, "\(damage)")
        }
    }

    @Test func aSnapshotOthersCouldHaveWrittenIsNotRead() throws {
        // A snapshot supplies the rules: it is read only if this user alone could have
        // written it. Each case: a forged snapshot (one matter renamed, valid digest) made
        // untrustworthy one way; the load must parse, as without a snapshot.
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        let parsed = try loader.load(pipeline: pipeline)
        let snapshot = try #require(
            CatalogSnapshot(version: parsed.version, schemaDigest: loader.schemaDigest, environment: loader.environment))
        var forged = parsed.matters
        forged[0].name = "FORGED"
        func forge() throws {
            try? FileManager.default.removeItem(atPath: snapshot.file)
            snapshot.store(forged)
            #expect(try loader.load(pipeline: pipeline).matters[0].name == "FORGED")  // trusted as made
        }
        let fm = FileManager.default
        for untrusted in ["writable by others", "owned by another user", "a symbolic link", "a folder others can write"] {
            try forge()
            switch untrusted {
            case "writable by others": #expect(chmod(snapshot.file, 0o666) == 0)
            case "owned by another user": #expect(chown(snapshot.file, 4_321, 4_321) == 0)
            case "a symbolic link":
                let elsewhere = root.appendingPathComponent("elsewhere.bin").path
                try fm.moveItem(atPath: snapshot.file, toPath: elsewhere)
                try fm.createSymbolicLink(atPath: snapshot.file, withDestinationPath: elsewhere)
            default: #expect(chmod(cacheFolder.path, 0o777) == 0)
            }
            #expect(try loader.load(pipeline: pipeline).matters == parsed.matters, "\(untrusted)")
            #expect(chmod(cacheFolder.path, 0o700) == 0)
        }
        // Nor is a version cache in a folder others can write, and nothing is written there.
        #expect(chmod(cacheFolder.path, 0o777) == 0)
        try fm.removeItem(atPath: snapshot.file)
        _ = try loader.load(pipeline: pipeline)
        #expect(!fm.fileExists(atPath: snapshot.file))
    }

    @Test func theDecoderRefusesDamageWithoutReadingPastTheEnd() throws {
        let bytes = SnapshotMatters.encode(Array(realCatalog.matters.prefix(12)))
        for cut in stride(from: 0, to: bytes.count, by: 61) {
            #expect(throws: SnapshotReader.Damaged.self) {
                try Array(bytes[..<cut]).withUnsafeBytes { try SnapshotMatters.decode($0) }
            }
        }
        // Any byte changed: refused, or read as some catalog; never a crash.
        var generator = SystemRandomNumberGenerator()
        var refused = 0
        for _ in 0..<3_000 {
            var damaged = bytes
            damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            if (try? damaged.withUnsafeBytes { try SnapshotMatters.decode($0) }) == nil { refused += 1 }
        }
        #expect(refused > 0)
    }

    @Test func anotherSchemaNoCacheFolderOrASchemaInMemoryIsNoSnapshot() throws {
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try loader.load(pipeline: pipeline)
        #expect(snapshots(cacheFolder).count == 1)

        // The same catalog under a schema with one more comment: a snapshot of its own.
        let home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("Schemas"), withIntermediateDirectories: true)
        let schema = try String(contentsOf: repositoryRoot.appendingPathComponent("Schemas/catalog.xsd"), encoding: .utf8)
        try (schema + "<!-- another schema -->\n").write(
            to: home.appendingPathComponent("Schemas/catalog.xsd"), atomically: false, encoding: .utf8)
        var other = try CatalogLoader(home: home)
        other.environment = loader.environment
        #expect(other.schemaDigest != nil && other.schemaDigest != loader.schemaDigest)
        #expect(try other.load(pipeline: pipeline).matters == realCatalog.matters)
        #expect(snapshots(cacheFolder).count == 2)

        // Off: nothing written anywhere.
        var off = loader
        let elsewhere = root.appendingPathComponent("elsewhere")
        off.environment = ["INTAKE_CATALOG_CACHE": "off", "HOME": elsewhere.path, "XDG_CACHE_HOME": elsewhere.path]
        #expect(try off.load(pipeline: pipeline).matters == realCatalog.matters)
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path))

        // A schema compiled from memory has no digest: no key, no snapshot.
        var inMemory = CatalogLoader(schema: sharedLoader.schema)
        inMemory.environment = ["INTAKE_CATALOG_CACHE": root.appendingPathComponent("memory").path]
        #expect(inMemory.schemaDigest == nil)
        #expect(try inMemory.load(pipeline: pipeline).matters == realCatalog.matters)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("memory").path))
    }

    @Test func theCacheFolderKeepsTheNewestFew() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, age: Int) throws {
            let path = folder.appendingPathComponent(name).path
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
            let then = timespec(tv_sec: time(nil) - age, tv_nsec: 0)
            var times = [then, then]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        for i in 0..<7 { try file("catalog-snapshot-\(i).bin", age: 1_000 - i) }  // 6 is the newest
        try file("catalog-snapshot-9.bin.123.tmp", age: 120)  // left by a killed process
        try file("catalog-snapshot-8.bin.456.tmp", age: 0)  // being written now
        try file("catalog-0123.txt", age: 5_000)  // a version cache: not a snapshot
        CatalogVersionCache.prune(folder.path, prefix: "catalog-snapshot-", suffix: ".bin", keep: 4)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            left == [
                "catalog-0123.txt", "catalog-snapshot-3.bin", "catalog-snapshot-4.bin", "catalog-snapshot-5.bin",
                "catalog-snapshot-6.bin", "catalog-snapshot-8.bin.456.tmp",
            ])
        // The version caches' pruning leaves the snapshots alone.
        CatalogVersionCache.prune(folder.path, prefix: "catalog-", suffix: ".txt", keep: 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == left.count - 1)
    }
}
