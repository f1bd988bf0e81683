import Foundation
import IntakeSeedData
import Testing

@testable import IntakeCatalog

/// A whole load (a run, the server) reads the catalog from a snapshot kept for the exact
/// catalog version, schema and build, and a one-matter load (`check`) one matter code of
/// it; anything else parses the XML as before.
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

    /// What a snapshot of `catalog` holds.
    func contents(_ catalog: Catalog, matters: [Matter]? = nil) -> CatalogSnapshot.Contents {
        .init(head: SnapshotHead(sources: catalog.sources, calendar: catalog.calendar), matters: matters ?? catalog.matters)
    }

    @Test func theRealCatalogReadsBackEqual() throws {
        for matter in realCatalog.matters {
            let bytes = SnapshotPart.encode(matter)
            #expect(try bytes.withUnsafeBytes { try SnapshotPart.decode(Matter.self, $0) } == matter)
        }
        let head = SnapshotHead(sources: realCatalog.sources, calendar: realCatalog.calendar)
        #expect(head.sources.count == 5 && head.calendar.years.count >= 2)
        // The fields a source has only sometimes (002 states its issuer, number and date).
        #expect(head.sources.contains { $0.issuer != nil && $0.number != nil && $0.issued != nil })
        #expect(head.sources.contains { !$0.facts.isEmpty && $0.facts.contains { $0.question != nil } })
        let bytes = SnapshotPart.encode(head)
        #expect(try bytes.withUnsafeBytes { try SnapshotPart.decode(SnapshotHead.self, $0) } == head)
    }

    @Test func theFilesOfAVersionAreListedAsTheLoadHashesThem() throws {
        let definition = try sharedLoader.pipeline(defaultPipeline)
        let files = try #require(CatalogLoader.files(of: definition))
        #expect([defaultPipeline.lastPathComponent] + files.map(\.name) == realCatalog.files)
        #expect(files.allSatisfy { FileManager.default.fileExists(atPath: $0.path) })

        // Seeds a load leaves out (a folder, a link to nothing) are left out of the list.
        let (root, pipeline, loader, _) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = pipeline.deletingLastPathComponent().appendingPathComponent("seeds")
        try FileManager.default.createDirectory(
            at: seeds.appendingPathComponent("a-folder.txt"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            atPath: seeds.appendingPathComponent("b-nowhere.txt").path, withDestinationPath: "/nonexistent/seed.txt")
        let loaded = try loader.load(pipeline: pipeline)
        #expect(loaded.version == realCatalog.version)
        let listed = try #require(CatalogLoader.files(of: try loader.pipeline(pipeline)))
        #expect([pipeline.lastPathComponent] + listed.map(\.name) == loaded.files)
    }

    @Test func aSnapshotIsKeptUnderTheVersionOfTheBytesParsed() throws {
        // A check that finds no snapshot hashes what it parses, whatever the version cache
        // says: a file rewritten after its signature was taken must not be kept under the
        // version of the bytes it had.
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        Thread.sleep(forTimeInterval: 3.1)
        _ = try loader.load(pipeline: pipeline, only: ["RS-009"])
        for file in snapshots(cacheFolder) { try FileManager.default.removeItem(at: file) }
        let cacheFile = try #require(
            try FileManager.default.contentsOfDirectory(at: cacheFolder, includingPropertiesForKeys: nil)
                .first { $0.pathExtension == "txt" })
        let forged = String(repeating: "b", count: 64)
        let text = try String(contentsOf: cacheFile, encoding: .utf8)
        try text.replacingOccurrences(of: "version \(realCatalog.version)", with: "version \(forged)")
            .write(to: cacheFile, atomically: true, encoding: .utf8)

        let loaded = try loader.load(pipeline: pipeline, only: ["RS-009"])
        #expect(loaded.version == realCatalog.version && loaded.matters == matters(["RS-009"]))
        let kept = try #require(
            CatalogSnapshot(version: realCatalog.version, schemaDigest: loader.schemaDigest, environment: loader.environment))
        let notKept = try #require(
            CatalogSnapshot(version: forged, schemaDigest: loader.schemaDigest, environment: loader.environment))
        #expect(FileManager.default.fileExists(atPath: kept.file))
        #expect(!FileManager.default.fileExists(atPath: notKept.file))
        // And the cache now remembers the version hashed.
        #expect(try String(contentsOf: cacheFile, encoding: .utf8).contains("version \(realCatalog.version)"))
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
        snapshot.store(contents(first, matters: forged))
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

    /// The real catalog's matters of these codes, in catalog order.
    func matters(_ codes: Set<String>) -> [Matter] { realCatalog.matters.filter { codes.contains($0.code) } }

    @Test func aCheckIsServedItsMatterFromTheSnapshotOfItsVersion() throws {
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        // Files copied a moment ago are not trusted by their signatures yet.
        Thread.sleep(forTimeInterval: 3.1)

        // No snapshot yet: the check loads the whole catalog and leaves one.
        let first = try loader.load(pipeline: pipeline, only: ["RS-009"])
        #expect(first.version == realCatalog.version && first.files == realCatalog.files)
        #expect(first.matters == matters(["RS-009"]) && first.matters.count == 1)
        #expect(first.sources == realCatalog.sources && first.calendar == realCatalog.calendar)
        #expect(first.settings == realCatalog.settings && first.pipelineFile == pipeline.standardizedFileURL.path)
        #expect(snapshots(cacheFolder).count == 1)

        // The next checks read the head and their codes' parts from it: forged parts show it.
        let snapshot = try #require(
            CatalogSnapshot(version: first.version, schemaDigest: loader.schemaDigest, environment: loader.environment))
        var forged = contents(realCatalog)
        for i in forged.matters.indices where ["RS-009", "SB-017"].contains(forged.matters[i].code) {
            forged.matters[i].name = "FORGED " + forged.matters[i].code
        }
        forged.head.sources[1].title = "FORGED SOURCE"
        snapshot.store(forged)
        let both = try loader.load(pipeline: pipeline, only: ["SB-017", "RS-009"])
        #expect(both.matters.map(\.name) == matters(["RS-009", "SB-017"]).map { "FORGED " + $0.code })
        #expect(both.sources[1].title == "FORGED SOURCE" && both.sources[0] == realCatalog.sources[0])
        #expect(both.version == realCatalog.version && both.files == realCatalog.files)
        #expect(both.calendar == realCatalog.calendar && both.settings == realCatalog.settings)
        // A code the catalog does not have: no matter, the head all the same; so for none.
        for codes in [["NO-SUCH-CODE"], []] as [Set<String>] {
            let none = try loader.load(pipeline: pipeline, only: codes)
            #expect(none.matters.isEmpty && none.sources[1].title == "FORGED SOURCE")
        }

        // One byte more in a file the check does not parse: another version, whole load.
        let matterFile = pipeline.deletingLastPathComponent().appendingPathComponent("catalog/003/BS-BDC-001.xml")
        let handle = try FileHandle(forWritingTo: matterFile)
        handle.seekToEndOfFile()
        handle.write(Data("\n".utf8))
        try handle.close()
        let edited = try loader.load(pipeline: pipeline, only: ["RS-009"])
        #expect(edited.version != realCatalog.version)
        #expect(edited.matters == matters(["RS-009"]) && edited.sources == realCatalog.sources)
        #expect(snapshots(cacheFolder).count == 2)
        #expect(try sharedLoader.load(pipeline: pipeline).version == edited.version)
    }

    @Test func aDamagedPartMissesOnlyTheChecksThatReadIt() throws {
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        Thread.sleep(forTimeInterval: 3.1)
        _ = try loader.load(pipeline: pipeline, only: ["RS-009"])  // the version cache and the snapshot
        let snapshot = try #require(
            CatalogSnapshot(version: realCatalog.version, schemaDigest: loader.schemaDigest, environment: loader.environment))
        var forged = contents(realCatalog)
        for i in forged.matters.indices where forged.matters[i].code == "RS-009" { forged.matters[i].name = "FORGED" }
        snapshot.store(forged)
        // One byte of SB-017's part flipped.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: snapshot.file)))
        let (entries, partsStart) = try #require(
            bytes.withUnsafeBytes { raw -> ([CatalogSnapshot.Entry], Int)? in
                guard let (length, digest, end) = CatalogSnapshot.indexLine(raw, key: snapshot.key),
                    let entries = CatalogSnapshot.index(
                        UnsafeRawBufferPointer(rebasing: raw[end..<(end + length)]), digest: digest)
                else { return nil }
                return (entries, end + length)
            })
        let entry = try #require(entries.first { $0.name == "SB-017" })
        bytes[partsStart + entry.offset + entry.length / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: snapshot.file))

        // RS-009's part is intact: still served from the snapshot.
        #expect(try loader.load(pipeline: pipeline, only: ["RS-009"]).matters.map(\.name) == ["FORGED"])
        // SB-017's is not: a miss, the catalog parsed and a new snapshot written.
        #expect(try loader.load(pipeline: pipeline, only: ["SB-017"]).matters == matters(["SB-017"]))
        #expect(try loader.load(pipeline: pipeline, only: ["RS-009"]).matters == matters(["RS-009"]))
        #expect(snapshots(cacheFolder).count == 1)
    }

    @Test func aBrokenFileElsewhereDoesNotStopACheck() throws {
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        let broken = pipeline.deletingLastPathComponent().appendingPathComponent("catalog/003/BS-BDC-001.xml")
        try Data("<matter".utf8).write(to: broken)
        Thread.sleep(forTimeInterval: 3.1)
        for _ in 0..<2 {
            let loaded = try loader.load(pipeline: pipeline, only: ["RS-009"])
            #expect(loaded.matters == matters(["RS-009"]) && loaded.sources == realCatalog.sources)
            #expect(throws: CatalogError.self) { try loader.load(pipeline: pipeline, only: ["BS-BDC-001"]) }
        }
        #expect(throws: CatalogError.self) { try loader.load(pipeline: pipeline) }
        #expect(snapshots(cacheFolder).isEmpty)

        // Mended: the next check leaves a snapshot.
        try FileManager.default.removeItem(at: broken)
        #expect(try loader.load(pipeline: pipeline, only: ["RS-009"]).matters == matters(["RS-009"]))
        #expect(snapshots(cacheFolder).count == 1)
    }

    @Test func aCheckWithoutAFolderOfItsOwnLoadsOnlyItsMatter() throws {
        // A snapshot that could not be kept is not worth a whole load.
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(loader.canKeepSnapshots())
        #expect(chmod(cacheFolder.path, 0o777) == 0)
        #expect(!loader.canKeepSnapshots())
        #expect(try loader.load(pipeline: pipeline, only: ["RS-009"]).matters == matters(["RS-009"]))
        #expect(snapshots(cacheFolder).isEmpty)
        var off = loader
        off.environment = ["INTAKE_CATALOG_CACHE": "off"]
        #expect(!off.canKeepSnapshots())
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
        // untrustworthy one way; the load, whole or a check's, must parse, as without one.
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        Thread.sleep(forTimeInterval: 3.1)  // a check's version from the version cache
        let parsed = try loader.load(pipeline: pipeline)
        let snapshot = try #require(
            CatalogSnapshot(version: parsed.version, schemaDigest: loader.schemaDigest, environment: loader.environment))
        var forged = parsed.matters
        forged[0].name = "FORGED"
        let code: Set = [forged[0].code]
        _ = try loader.load(pipeline: pipeline, only: code)  // the version cache
        func forge() throws {
            try? FileManager.default.removeItem(atPath: snapshot.file)
            snapshot.store(contents(parsed, matters: forged))
            // Trusted as made.
            #expect(try loader.load(pipeline: pipeline).matters[0].name == "FORGED")
            #expect(try loader.load(pipeline: pipeline, only: code).matters.map(\.name) == ["FORGED"])
        }
        let fm = FileManager.default
        for untrusted in ["writable by others", "owned by another user", "a symbolic link", "a folder others can write"] {
            for check in [false, true] {
                try forge()
                switch untrusted {
                case "writable by others": #expect(chmod(snapshot.file, 0o666) == 0)
                case "owned by another user": #expect(chown(snapshot.file, 4_321, 4_321) == 0)
                case "a symbolic link":
                    let elsewhere = root.appendingPathComponent("elsewhere.bin").path
                    try? fm.removeItem(atPath: elsewhere)
                    try fm.moveItem(atPath: snapshot.file, toPath: elsewhere)
                    try fm.createSymbolicLink(atPath: snapshot.file, withDestinationPath: elsewhere)
                default: #expect(chmod(cacheFolder.path, 0o777) == 0)
                }
                if check {
                    #expect(try loader.load(pipeline: pipeline, only: code).matters == [parsed.matters[0]], "\(untrusted)")
                } else {
                    #expect(try loader.load(pipeline: pipeline).matters == parsed.matters, "\(untrusted)")
                }
                #expect(chmod(cacheFolder.path, 0o700) == 0)
            }
        }
        // Nor is a version cache in a folder others can write, and nothing is written there.
        #expect(chmod(cacheFolder.path, 0o777) == 0)
        try fm.removeItem(atPath: snapshot.file)
        _ = try loader.load(pipeline: pipeline)
        #expect(!fm.fileExists(atPath: snapshot.file))
    }

    @Test func theDecoderRefusesDamageWithoutReadingPastTheEnd() throws {
        // The matter with the most materials, and the head.
        let matter = try #require(
            realCatalog.matters.max { $0.scenarios.flatMap(\.materials).count < $1.scenarios.flatMap(\.materials).count })
        let head = SnapshotHead(sources: realCatalog.sources, calendar: realCatalog.calendar)
        func refuses<T: SnapshotCodable & Equatable>(_ value: T) {
            let bytes = SnapshotPart.encode(value)
            for cut in stride(from: 0, to: bytes.count, by: 61) {
                #expect(throws: SnapshotReader.Damaged.self) {
                    try Array(bytes[..<cut]).withUnsafeBytes { try SnapshotPart.decode(T.self, $0) }
                }
            }
            // Any byte changed: refused, or read as some value; never a crash.
            var generator = SystemRandomNumberGenerator()
            var refused = 0
            for _ in 0..<1_500 {
                var damaged = bytes
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                if (try? damaged.withUnsafeBytes { try SnapshotPart.decode(T.self, $0) }) == nil { refused += 1 }
            }
            #expect(refused > 0)
        }
        refuses(matter)
        refuses(head)
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
