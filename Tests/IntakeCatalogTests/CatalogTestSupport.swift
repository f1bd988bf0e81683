import Foundation
import IntakeCatalog
import IntakeSeedData

/// One compiled catalog schema for the whole test run. Its snapshots and version caches
/// go to a folder of the tests' own, not the user's cache.
let sharedLoader: CatalogLoader = {
    var loader = try! CatalogLoader(home: repositoryRoot)
    loader.environment["INTAKE_CATALOG_CACHE"] = NSTemporaryDirectory() + "intake-test-catalog-cache"
    return loader
}()

let defaultPipeline = repositoryRoot.appendingPathComponent(CatalogLoader.defaultPipeline)

/// A copy of the repository's pipeline, its catalog, calendar and seeds, and a loader
/// whose cache folder (version caches, snapshots) is the copy's own `cache`.
func copyPipelines() throws -> (root: URL, pipeline: URL, loader: CatalogLoader, cacheFolder: URL) {
    let root = try makeTemporaryDirectory()
    try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent("Pipelines"), to: root.appendingPathComponent("Pipelines"))
    var loader = sharedLoader
    let cacheFolder = root.appendingPathComponent("cache")
    loader.environment = ["INTAKE_CATALOG_CACHE": cacheFolder.path]
    return (root, root.appendingPathComponent("Pipelines/default.pipeline.xml"), loader, cacheFolder)
}

/// The real catalog, loaded once.
let realCatalog: Catalog = {
    do {
        return try sharedLoader.load(pipeline: defaultPipeline)
    } catch {
        fatalError("the real catalog does not load:\n\(error)")
    }
}()

/// Writes `files` (relative path -> text) under `dir`.
func write(_ files: [String: String], under dir: URL) throws {
    for (path, text) in files {
        let url = dir.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// A pipeline definition naming `catalogs` and `calendar.xml` in the same folder.
func pipelineXML(catalogs: [String], deferralDays: Int = 5) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <pipeline xmlns="urn:dalian:intake:catalog:1" name="test">
    \(catalogs.map { "  <catalog href=\"\($0)\"/>" }.joined(separator: "\n"))
      <calendar href="calendar.xml"/>
      <deferralDefault workingDays="\(deferralDays)"/>
      <defaultMedia>application/pdf image/jpeg</defaultMedia>
      <limits maxEntries="10" maxEntrySize="1000" maxTotalSize="5000" maxCompressionRatio="50"
              maxManifestSize="2000" maxNameLength="100"/>
    </pipeline>
    """
}

/// A calendar with only 2025's National Day (enough for the tests that need one).
let smallCalendarXML = """
    <?xml version="1.0" encoding="UTF-8"?>
    <calendar xmlns="urn:dalian:intake:catalog:1">
      <year value="2025">
        <cite>test</cite>
        <holiday from="2025-10-01" to="2025-10-08" name="国庆节、中秋节"/>
        <workday date="2025-09-28" for="国庆节、中秋节"/>
        <workday date="2025-10-11" for="国庆节、中秋节"/>
      </year>
    </calendar>
    """
