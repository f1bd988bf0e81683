import Crypto
public import Foundation
import IntakeModel
public import IntakeXML

/// Reads a pipeline definition (Pipelines/*.pipeline.xml), the catalog files and the
/// holiday calendar it names, validates each against Schemas/catalog.xsd with libxml2
/// and maps them to values. Immutable and Sendable: share one per process.
///
/// A `<catalog href>` ending in "/" is a folder: its `source.xml` (a `<catalog>` with the
/// `<source>` and `<facts>`), then every other `*.xml` in it, one `<matter>` each, named
/// by its code, in the byte order of the file names. Any other href is one file holding
/// a whole `<catalog>`.
public struct CatalogLoader: Sendable {
    public static let namespace = "urn:dalian:intake:catalog:1"
    /// The default pipeline, relative to the project's home.
    public static let defaultPipeline = "Pipelines/default.pipeline.xml"
    /// In a catalog folder: the file holding the source and its facts.
    public static let sourceFile = "source.xml"
    let schema: XMLSchema

    public init(schema: XMLSchema) { self.schema = schema }

    /// Loads Schemas/catalog.xsd from the project's home.
    public init(home: URL) throws(CatalogError) {
        let url = home.appendingPathComponent("Schemas/catalog.xsd")
        do {
            schema = try XMLSchema(contentsOf: url)
        } catch {
            throw CatalogError(.schemaUnavailable, error.description)
        }
    }

    /// The catalog a pipeline definition names; throws when any file it names is
    /// missing, not well-formed or not valid (`intake catalog lint` lists every problem).
    public func load(pipeline: URL) throws(CatalogError) -> Catalog {
        try load(pipeline: pipeline, only: nil)
    }

    /// The catalog with only the matters whose codes are in `only` (nil: all), for one
    /// decision in a short-lived process (`intake check`): every file is still read and
    /// hashed, so the version is the full catalog's, but only those matters' files (and the
    /// sources, calendar and pipeline) are parsed and validated. A run, the server and
    /// `intake catalog lint` load the whole catalog, which validates every file.
    public func load(pipeline: URL, only: Set<String>?) throws(CatalogError) -> Catalog {
        let reading = read(pipeline: pipeline, only: only)
        guard let catalog = reading.catalog, reading.problems.isEmpty else {
            throw CatalogError(
                .invalidData, "cannot load the catalog of \(pipeline.path)", problems: reading.problems)
        }
        return catalog
    }

    /// Only the pipeline's settings (limits, defaults), without reading the catalog files:
    /// what `intake inspect` needs, at a fraction of a full load's cost.
    public func settings(pipeline: URL) throws(CatalogError) -> PipelineSettings {
        var reading = CatalogReading()
        guard let (_, root) = parse(pipeline, root: "pipeline", into: &reading), reading.problems.isEmpty else {
            throw CatalogError(.invalidData, "cannot read the pipeline \(pipeline.path)", problems: reading.problems)
        }
        return Self.settings(root)
    }

    /// Why a file could not be read, from the system's error number (ENOENT: "No such file
    /// or directory"), not Foundation's prose.
    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return String(cString: strerror(ENOENT)) }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return String(cString: strerror(EACCES)) }
        return ns.localizedDescription
    }

    /// Everything readable, with the problems met on the way. `catalog` is nil only when
    /// the pipeline file itself is unusable; files that fail are left out of it.
    func read(pipeline: URL, only: Set<String>? = nil) -> CatalogReading {
        var reading = CatalogReading()
        guard let (pipelineBytes, root) = parse(pipeline, root: "pipeline", into: &reading) else { return reading }
        let folder = pipeline.deletingLastPathComponent()
        let settings = Self.settings(root)
        var hash = VersionDigest()
        hash.frame(name: pipeline.lastPathComponent, bytes: pipelineBytes)

        var sources: [CatalogSource] = []
        var matters: [Matter] = []
        // The seed documents the citations quote: part of the version (a quote in a report
        // changes with them).
        let seed = Self.seedText(in: folder.appendingPathComponent(Self.seedsFolder), hash: &hash)
        for ref in root.children(named: "catalog") {
            let href = ref["href"] ?? ""
            if href.hasSuffix("/") {
                readFolder(
                    href, in: folder, seed: seed, only: only, hash: &hash, sources: &sources, matters: &matters,
                    into: &reading)
                continue
            }
            let url = folder.appendingPathComponent(href)
            let parsed = parse(url, root: "catalog", into: &reading)
            hash.frame(name: href, bytes: parsed?.bytes ?? [])
            guard let (_, tree) = parsed else { continue }
            let (source, factLines) = Self.source(tree, href: href)
            sources.append(source)
            reading.files.append(url.path)
            reading.factLines.append(factLines)
            for element in tree.children(named: "matter") {
                let (matter, location) = Self.matter(element, source: source, file: url.path, seed: seed)
                matters.append(matter)
                reading.locations.append(location)
            }
        }

        var calendar = WorkingCalendar.weekendsOnly
        if let ref = root.child(named: "calendar") {
            let href = ref["href"] ?? ""
            let url = folder.appendingPathComponent(href)
            let parsed = parse(url, root: "calendar", into: &reading)
            hash.frame(name: href, bytes: parsed?.bytes ?? [])
            if let (_, tree) = parsed {
                calendar = Self.calendar(tree)
                reading.calendarFile = url.path
            }
        }

        let version = Hex.string(hash.hash.finalize())
        reading.pipelineFile = pipeline.path
        reading.catalog = Catalog(
            version: version, settings: settings, calendar: calendar, sources: sources, matters: matters)
        reading.catalog?.pipelineFile = pipeline.standardizedFileURL.path
        reading.catalog?.files = hash.files
        return reading
    }

    /// A catalog folder: its source file, then its matter files in the byte order of their
    /// names, each hashed under its path relative to the pipeline file (`catalog/003/BS-BDC-001.xml`).
    private func readFolder(
        _ href: String, in folder: URL, seed: SeedText, only: Set<String>?, hash: inout VersionDigest,
        sources: inout [CatalogSource], matters: inout [Matter], into reading: inout CatalogReading
    ) {
        let dir = folder.appendingPathComponent(href, isDirectory: true)
        let sourceURL = dir.appendingPathComponent(Self.sourceFile)
        let parsed = parse(sourceURL, root: "catalog", into: &reading)
        hash.frame(name: href + Self.sourceFile, bytes: parsed?.bytes ?? [])
        var source: CatalogSource?
        if let (_, tree) = parsed {
            let (s, factLines) = Self.source(tree, href: href)
            source = s
            sources.append(s)
            reading.files.append(sourceURL.path)
            reading.factLines.append(factLines)
            if let stray = tree.child(named: "matter") {
                reading.problems.append(
                    CatalogProblem(
                        .matterFile, file: sourceURL.path, line: stray.line, matter: stray["code"],
                        "a catalog folder's \(Self.sourceFile) holds no matter: give each its own file, named by its code"))
            }
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
                .filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") && $0 != Self.sourceFile }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        } catch {
            reading.problems.append(
                CatalogProblem(.unreadable, file: dir.path, "cannot list the catalog folder (\(error.localizedDescription))"))
            return
        }
        let dirPath = dir.path
        for name in names {
            if let only, !only.contains(String(name.dropLast(4))) {
                // Hashed as the full load hashes it (a valid file's bytes), not parsed; read
                // by path (a one-matter `check` reads ~400 of these, and Foundation's URL and
                // Data per file cost more than the reading).
                let path = dirPath + "/" + name
                guard let bytes = Self.contents(path) else {
                    reading.problems.append(CatalogProblem(.unreadable, file: path, "cannot read the file"))
                    continue
                }
                hash.frame(name: href + name, bytes: bytes)
                continue
            }
            let url = dir.appendingPathComponent(name)
            let parsed = parse(url, root: "matter", into: &reading)
            hash.frame(name: href + name, bytes: parsed?.bytes ?? [])
            guard let (_, element) = parsed, let source else { continue }
            let code = element["code"] ?? ""
            if name != code + ".xml" {
                reading.problems.append(
                    CatalogProblem(
                        .matterFile, file: url.path, line: element.line, matter: code,
                        "matter \(code) is in \(name); a matter's file is named by its code (\(code).xml)"))
            }
            let (matter, location) = Self.matter(element, source: source, file: url.path, seed: seed)
            matters.append(matter)
            reading.locations.append(location)
        }
    }

    /// The seeds' folder beside the pipeline file.
    static let seedsFolder = "seeds"

    /// Every `*.txt` of the seeds' folder, hashed (`seeds/<name>`) in the byte order of the
    /// names; none when the folder is absent (citations then carry no quote).
    static func seedText(in folder: URL, hash: inout VersionDigest) -> SeedText {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return .none }
        var documents: [String: SeedText.Document] = [:]
        let folderPath = folder.path
        for name in names.filter({ $0.hasSuffix(".txt") }).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let bytes = contents(folderPath + "/" + name) else { continue }
            hash.frame(name: "\(seedsFolder)/\(name)", bytes: bytes)
            documents[name] = SeedText.document(bytes)
        }
        return SeedText(documents: documents)
    }

    /// A whole file's bytes by its path (POSIX: open, fstat, read), or nil when it cannot
    /// be read or is not a regular file.
    static func contents(_ path: String) -> [UInt8]? {
        // Non-blocking: a FIFO among the files must not wait for a writer (it is refused below).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while true {
            // To the end of the file: one that grew since fstat is read whole.
            if done == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            done += n
        }
        bytes.removeSubrange(done...)
        return bytes
    }

    /// The catalog version being computed, and the files that went into it.
    struct VersionDigest {
        var hash = SHA256()
        /// Paths relative to the pipeline file's folder, in the order hashed.
        var files: [String] = []

        /// Hashes one file as its name, its length and its bytes, so that moving bytes
        /// from one file to the next cannot give the same version.
        mutating func frame(name: String, bytes: [UInt8]) {
            hash.update(data: Array("\(name)\u{0}\(bytes.count)\u{0}".utf8))
            hash.update(data: bytes)
            files.append(name)
        }
    }

    /// Reads, parses and validates one file; nil (with problems recorded) when it fails.
    private func parse(_ url: URL, root name: String, into reading: inout CatalogReading)
        -> (bytes: [UInt8], root: XMLElement)?
    {
        let file = url.path
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            reading.problems.append(
                CatalogProblem(.unreadable, file: file, "cannot read the file: \(Self.reason(error))"))
            return nil
        }
        let document: XMLDocument
        do {
            document = try XMLDocument(bytes: bytes, url: file)
        } catch {
            switch error {
            case .doctype:
                reading.problems.append(CatalogProblem(.unreadable, file: file, "DOCTYPE and entity declarations are refused"))
            case .malformed(let diagnostics):
                reading.problems += diagnostics.map {
                    CatalogProblem(.unreadable, file: file, line: $0.line > 0 ? $0.line : nil, "not well-formed: \($0.message)")
                }
            }
            return nil
        }
        let invalid = document.validate(against: schema)
        if !invalid.isEmpty {
            reading.problems += invalid.map {
                CatalogProblem(
                    .schema, file: file, line: $0.line > 0 ? $0.line : nil,
                    $0.message.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            return nil
        }
        let tree = document.root()
        guard tree.name == name, tree.namespace == Self.namespace else {
            reading.problems.append(
                CatalogProblem(
                    .schema, file: file, line: tree.line,
                    "expected <\(name)> in \(Self.namespace), found <\(tree.name)>"))
            return nil
        }
        return (bytes, tree)
    }
}

/// What `CatalogLoader.read` found: the catalog, the problems, and where each matter
/// sits in its file (for lint messages). Parallel arrays follow `catalog.matters` and
/// `catalog.sources`.
struct CatalogReading {
    var catalog: Catalog?
    var problems: [CatalogProblem] = []
    var pipelineFile = ""
    var calendarFile = ""
    /// Per source: the path of the file holding its facts (a folder's source.xml) and
    /// their lines by name.
    var files: [String] = []
    var factLines: [[String: Int]] = []
    /// Per matter.
    var locations: [MatterLocation] = []
}

/// Lines of a matter's parts in its file.
struct MatterLocation {
    var file: String
    var line: Int
    var scenarios: [Int] = []
    /// "scenario-index/material-id" -> the lines of the materials with that id, depth first.
    var materials: [String: [Int]] = [:]
    var deferrals: [Int] = []
    var forbidden: [Int] = []
}
