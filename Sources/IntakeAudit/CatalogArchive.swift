public import Foundation
import IntakeBundle
public import IntakeCatalog
import IntakeIO

/// Every catalog version that decided something, kept beside the reports
/// (`OUT/catalogs/<version>/`: the pipeline file and every file hashed into the version,
/// at the same relative paths), once per version. Content-addressed: loading the archive
/// must give back its own version, which `audit verify` checks; `audit recheck` decides
/// with it.
public enum CatalogArchive {
    public static let folder = "catalogs"

    /// The archive of `version` under `out`.
    public static func directory(out: URL, version: String) -> URL {
        out.appendingPathComponent(folder).appendingPathComponent(version)
    }

    /// Where a cited document is, relative to the pipeline's folder and so to an archive: a
    /// seed guide (cited by its file name) under `seeds/`; the contract by its path
    /// (`contract/bundle-format.md`).
    public static func path(of document: String) -> String {
        document.contains("/") ? document : "seeds/\(document)"
    }

    /// The archived pipeline file of `version`, nil when there is no archive.
    public static func pipeline(out: URL, version: String) -> URL? {
        let dir = directory(out: out, version: version)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path),
            let name = names.filter({ $0.hasSuffix(".pipeline.xml") }).sorted().first
        else { return nil }
        return dir.appendingPathComponent(name)
    }

    /// Archives `catalog` under `out` unless it is there already; returns whether it wrote.
    /// The files are copied into a temporary folder, synced, and the folder renamed into
    /// place: an archive is complete or absent.
    @discardableResult
    public static func archive(_ catalog: Catalog, out: URL) throws -> Bool {
        guard let pipelineFile = catalog.pipelineFile, !catalog.files.isEmpty else { return false }
        let target = directory(out: out, version: catalog.version)
        if FileManager.default.fileExists(atPath: target.path) { return false }
        let source = URL(fileURLWithPath: pipelineFile).deletingLastPathComponent()
        let parent = out.appendingPathComponent(folder)
        try FileSystem.makeFolders(BytePath(parent))
        // Named as the atomic writer names its files (PID and host): a run's clean-up
        // removes the folder of a process killed while archiving, never a live one's.
        let temporary = URL(fileURLWithPath: AtomicWriter.temporary(for: BytePath(target)).fileManagerPath)
        defer { try? FileManager.default.removeItem(at: temporary) }
        var folders: Set<String> = []
        var files: [(bytes: [UInt8], path: BytePath)] = []
        for relative in catalog.files {
            let bytes = [UInt8](try Data(contentsOf: source.appendingPathComponent(relative)))
            let destination = temporary.appendingPathComponent(relative)
            folders.insert(destination.deletingLastPathComponent().path)
            files.append((bytes, BytePath(destination)))
        }
        for f in folders.sorted() { try FileSystem.makeFolders(BytePath(f)) }
        try AtomicWriter.write(files)
        do {
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            // Another process archived the same version meanwhile: theirs is as good.
            if FileManager.default.fileExists(atPath: target.path) { return false }
            throw error
        }
        FileSystem.syncFolder(BytePath(parent))
        return true
    }
}
