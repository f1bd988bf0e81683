import Foundation
import IntakeSeedData
import Testing

@testable import IntakeCatalog

/// A one-matter load (`intake check`) states the catalog version from a cache keyed by the
/// files' signatures; any change to any file must give the version a full load computes.
@Suite struct CatalogVersionCacheTests {
    /// The one version cache file, or nil (no folder yet, or none). (A `check` leaves a
    /// catalog snapshot beside it.)
    func cacheFile(_ folder: URL) -> URL? {
        (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))?
            .first { $0.pathExtension == "txt" }
    }

    @Test func theCacheIsTrustedOnlyWhileEveryFileIsUntouched() throws {
        let (root, pipeline, loader, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }

        // Files written a moment ago are not trusted by signature: hashed, not remembered.
        let fresh = try loader.load(pipeline: pipeline, only: ["SB-017"])
        #expect(fresh.version == realCatalog.version)
        #expect(cacheFile(cacheFolder) == nil)

        Thread.sleep(forTimeInterval: 3.1)
        let first = try loader.load(pipeline: pipeline, only: ["SB-017"])
        #expect(first.version == realCatalog.version)
        #expect(first.files == realCatalog.files)
        let file = try #require(cacheFile(cacheFolder))

        // A hit states what the cache says, without hashing: a forged version shows it
        // (with a snapshot kept for it; without one, the check loads and hashes everything).
        let text = try String(contentsOf: file, encoding: .utf8)
        let forged = String(repeating: "a", count: 64)
        try text.replacingOccurrences(of: "version \(realCatalog.version)", with: "version \(forged)")
            .write(to: file, atomically: true, encoding: .utf8)
        try #require(CatalogSnapshot(version: forged, schemaDigest: loader.schemaDigest, environment: loader.environment))
            .store(
                .init(
                    head: SnapshotHead(sources: realCatalog.sources, calendar: realCatalog.calendar), matters: realCatalog.matters
                ))
        #expect(try loader.load(pipeline: pipeline, only: ["RS-009"]).version == forged)
        #expect(try loader.load(pipeline: pipeline, only: ["RS-009"]).files == realCatalog.files)

        // One byte more in a matter file the load does not parse: hashed again.
        let matterFile = try #require(
            try FileManager.default.subpathsOfDirectory(
                atPath: pipeline.deletingLastPathComponent().appendingPathComponent("catalog").path
            )
            .filter { $0.hasSuffix(".xml") && !$0.hasSuffix("source.xml") && !$0.contains("SB-017") && !$0.contains("RS-009") }
            .sorted().first)
        let edited = pipeline.deletingLastPathComponent().appendingPathComponent("catalog/" + matterFile)
        let handle = try FileHandle(forWritingTo: edited)
        handle.seekToEndOfFile()
        handle.write(Data("\n".utf8))
        try handle.close()
        let full = try sharedLoader.load(pipeline: pipeline)
        #expect(full.version != realCatalog.version)
        #expect(try loader.load(pipeline: pipeline, only: ["RS-009"]).version == full.version)

        // A file removed, one added: each a new version, as the full load says.
        try FileManager.default.removeItem(at: edited)
        let removed = try sharedLoader.load(pipeline: pipeline)
        #expect(try loader.load(pipeline: pipeline, only: ["RS-009"]).version == removed.version)
        try Data("seed text\n".utf8).write(to: pipeline.deletingLastPathComponent().appendingPathComponent("seeds/zzz.txt"))
        let added = try sharedLoader.load(pipeline: pipeline)
        #expect(added.version != removed.version)
        #expect(try loader.load(pipeline: pipeline, only: ["RS-009"]).version == added.version)
    }

    @Test func offMeansNoCache() throws {
        let (root, pipeline, loaderWithCache, cacheFolder) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        var loader = loaderWithCache
        loader.environment = ["INTAKE_CATALOG_CACHE": "off", "HOME": root.path, "XDG_CACHE_HOME": cacheFolder.path]
        Thread.sleep(forTimeInterval: 3.1)
        #expect(try loader.load(pipeline: pipeline, only: ["SB-017"]).version == realCatalog.version)
        #expect(!FileManager.default.fileExists(atPath: cacheFolder.path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".cache").path))
        // Without the variable: XDG_CACHE_HOME/intake, else HOME/.cache/intake.
        #expect(
            CatalogVersionCache(pipeline: "/p", environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"])?.file.hasPrefix("/x/intake/")
                == true)
        #expect(CatalogVersionCache(pipeline: "/p", environment: ["HOME": "/h"])?.file.hasPrefix("/h/.cache/intake/") == true)
        #expect(CatalogVersionCache(pipeline: "/p", environment: [:]) == nil)
        // A relative folder is no cache (it would depend on where `check` runs).
        #expect(CatalogVersionCache(pipeline: "/p", environment: ["INTAKE_CATALOG_CACHE": "tmp/x"]) == nil)
    }

    @Test func aPipelineReadOnceLoadsAsThePath() throws {
        // `check` reads the pipeline for its limits, then loads the catalog from those bytes.
        let (root, pipeline, loader, _) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        let definition = try loader.pipeline(pipeline)
        #expect(definition.settings == realCatalog.settings)
        for only in [["RS-009"], [], nil] as [Set<String>?] {
            let once = try loader.load(definition, only: only)
            let again = try loader.load(pipeline: pipeline, only: only)
            #expect(once.version == realCatalog.version)
            #expect(once.version == again.version && once.files == again.files)
            #expect(once.matters == again.matters)
            #expect(once.settings == again.settings && once.sources == again.sources)
        }
    }

    @Test func signaturesAreWrittenInDecimal() {
        var values: [UInt64] = [0, 1, 9, 10, 99, 100, 1_000_000_007, UInt64(Int64.max), UInt64.max - 1, UInt64.max]
        for _ in 0..<1_000 { values.append(UInt64.random(in: 0...UInt64.max) >> UInt64.random(in: 0...63)) }
        for v in values {
            var out: [UInt8] = [0x2A]
            FileSignature.appendDecimal(v, to: &out)
            #expect(out == [0x2A] + Array(String(v).utf8))
        }
    }

    /// Files dated before 1677 or after 2262 (tar, unzip and touch make them) have times
    /// that do not fit in nanoseconds of an Int64: loads must not trap on them.
    @Test func filesFromFarPastAndFutureLoad() throws {
        let (root, pipeline, loader, _) = try copyPipelines()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = pipeline.deletingLastPathComponent().appendingPathComponent("catalog/000")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        for (name, seconds) in [(names[0], 10_413_792_000), (names[1], -11_676_096_000)] {  // 2300-01-01, 1600-01-01
            var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, folder.appendingPathComponent(name).path, &times, 0) == 0)
        }
        let full = try sharedLoader.load(pipeline: pipeline)
        #expect(full.version == realCatalog.version)
        #expect(try loader.load(pipeline: pipeline, only: ["SB-017"]).version == full.version)
    }
}
