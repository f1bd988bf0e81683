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
    /// SHA-256 (hex) of the schema file, part of a catalog snapshot's key; nil for a
    /// schema given in memory (no snapshots then).
    let schemaDigest: String?
    /// Where loads find the version cache and the snapshots (`INTAKE_CATALOG_CACHE`, …;
    /// see ``CatalogVersionCache`` and ``CatalogSnapshot``): the process' environment, or
    /// a test's.
    public var environment = ProcessInfo.processInfo.environment

    public init(schema: XMLSchema) {
        self.schema = schema
        schemaDigest = nil
    }

    /// Loads Schemas/catalog.xsd from the project's home.
    public init(home: URL) throws(CatalogError) {
        let url = home.appendingPathComponent("Schemas/catalog.xsd")
        // Read once: the bytes hashed (a snapshot's key) are the bytes compiled.
        // (catalog.xsd includes and imports no other file.)
        guard let bytes = Self.contents(url.path) else {
            throw CatalogError(.schemaUnavailable, "cannot read \(url.path)")
        }
        do {
            schema = try XMLSchema(bytes: bytes, url: url)
        } catch {
            throw CatalogError(.schemaUnavailable, error.description)
        }
        schemaDigest = Hex.string(SHA256.hash(data: bytes))
    }

    /// The catalog a pipeline definition names; throws when any file it names is
    /// missing, not well-formed or not valid (`intake catalog lint` lists every problem).
    public func load(pipeline: URL) throws(CatalogError) -> Catalog {
        try load(pipeline: pipeline, only: nil)
    }

    /// The catalog with only the matters whose codes are in `only` (nil: all), for one
    /// decision in a short-lived process (`intake check`). The version is always the
    /// whole catalog's. A run, the server and `intake catalog lint` load the whole
    /// catalog: every file read, hashed and (without a snapshot) validated.
    ///
    /// Snapshots (``CatalogSnapshot``), kept for an exact catalog version, schema and build
    /// after a whole load found every file valid:
    /// - a whole load reads and hashes every file for the version, then takes the
    ///   sources, calendar and matters from the snapshot of that version, if any;
    /// - a one-matter load states the version from the ``CatalogVersionCache`` (a `stat`
    ///   of each file), then takes the sources, calendar and that code's matters from
    ///   the snapshot. Without one, it loads the whole catalog (every file parsed and
    ///   hashed) and leaves a snapshot for the next `check`. Should a file be invalid
    ///   (which a run and the server refuse outright), it then parses only the pipeline,
    ///   the sources, the calendar and that code's files (every other file hashed), so a
    ///   broken file elsewhere does not stop a `check` of a matter it does not touch; each
    ///   `check` pays for both parses until the file is mended.
    public func load(pipeline: URL, only: Set<String>?) throws(CatalogError) -> Catalog {
        try load(pipeline: pipeline, only: only, parsed: nil)
    }

    private func load(pipeline: URL, only: Set<String>?, parsed: Pipeline?) throws(CatalogError) -> Catalog {
        if let only {
            if let catalog = fromSnapshot(pipeline, only: only, parsed: parsed) { return catalog }
            if canKeepSnapshots() {
                // The version hashed from the bytes parsed (never stated by the cache: a
                // file rewritten since its signature was taken would otherwise be kept
                // under the version of the bytes it had), then remembered.
                let whole = read(pipeline: pipeline, versionCache: .keep, parsed: parsed)
                if let catalog = whole.catalog, whole.problems.isEmpty {
                    keepSnapshot(catalog)
                    return catalog.selecting(only)
                }
            }
        } else if let catalog = fromSnapshot(pipeline, parsed: parsed) {
            return catalog
        }
        let reading = read(pipeline: pipeline, only: only, versionCache: only == nil ? .none : .stateAndKeep, parsed: parsed)
        guard let catalog = reading.catalog, reading.problems.isEmpty else {
            throw CatalogError(
                .invalidData, "cannot load the catalog of \(pipeline.path)", problems: reading.problems)
        }
        guard let only else {
            keepSnapshot(catalog)
            return catalog
        }
        // A catalog in one file gave all its matters: the same matters whatever the path.
        return catalog.selecting(only)
    }

    /// Keeps a whole catalog, loaded with no problem, as the snapshot of its version.
    private func keepSnapshot(_ catalog: Catalog) {
        CatalogSnapshot(version: catalog.version, schemaDigest: schemaDigest, environment: environment)?
            .store(.init(head: SnapshotHead(sources: catalog.sources, calendar: catalog.calendar), matters: catalog.matters))
    }

    /// Whether a snapshot written now would be kept: a schema digest, and a cache folder
    /// (made if absent) that this user alone can write. A `check` without one loads only
    /// its matter rather than the whole catalog for a snapshot that cannot be kept.
    func canKeepSnapshots() -> Bool {
        guard schemaDigest != nil, BuildIdentity.current != nil, let folder = CatalogVersionCache.folder(environment)
        else { return false }
        CatalogVersionCache.makeFolders(folder)
        var info = stat()
        return stat(folder, &info) == 0 && CatalogVersionCache.ownedAlone(info) && access(folder, W_OK) == 0
    }

    /// The whole catalog from the snapshot of its version, or nil (no snapshot, a file
    /// that cannot be read: the full load reports it). Every file is read and hashed.
    func fromSnapshot(_ pipeline: URL, parsed: Pipeline? = nil) -> Catalog? {
        // No folder yet (a first load, an unwritable home): no snapshot to look for.
        guard schemaDigest != nil, let folder = CatalogVersionCache.folder(environment), access(folder, F_OK) == 0,
            let definition = parsed ?? (try? self.pipeline(pipeline)), let files = Self.files(of: definition)
        else { return nil }
        var hash = VersionDigest()
        hash.frame(name: pipeline.lastPathComponent, bytes: definition.read.bytes)
        for file in files {
            guard let bytes = Self.contents(file.path) else { return nil }
            hash.frame(name: file.name, bytes: bytes)
        }
        var problems: [CatalogProblem] = []
        let version = hash.finish(cache: nil, stating: false, problems: &problems)
        guard let snapshot = CatalogSnapshot(version: version, schemaDigest: schemaDigest, environment: environment),
            let contents = snapshot.contents()
        else { return nil }
        return Self.catalog(version, definition, contents, files: hash.files)
    }

    /// A one-matter load from the snapshot of the version the ``CatalogVersionCache``
    /// states for the files as they are now (a `stat` of each, none read), or nil.
    func fromSnapshot(_ pipeline: URL, only: Set<String>, parsed: Pipeline? = nil) -> Catalog? {
        guard schemaDigest != nil,
            let cache = CatalogVersionCache(pipeline: pipeline.standardizedFileURL.path, environment: environment),
            access(String(cache.file[..<cache.file.lastIndex(of: "/")!]), F_OK) == 0,
            let definition = parsed ?? (try? self.pipeline(pipeline)), let files = Self.files(of: definition)
        else { return nil }
        // The pipeline's signature was taken before its bytes were read, as for a parse.
        var entries = [(name: pipeline.lastPathComponent, signature: definition.read.signature)]
        entries.reserveCapacity(files.count + 1)
        for file in files {
            guard let signature = FileSignature(path: file.path) else { return nil }
            entries.append((file.name, signature))
        }
        guard let version = cache.version(for: entries),
            let snapshot = CatalogSnapshot(version: version, schemaDigest: schemaDigest, environment: environment),
            let contents = snapshot.contents(codes: only)
        else { return nil }
        return Self.catalog(version, definition, contents, files: entries.map(\.name))
    }

    private static func catalog(_ version: String, _ definition: Pipeline, _ contents: CatalogSnapshot.Contents, files: [String])
        -> Catalog
    {
        var catalog = Catalog(
            version: version, settings: definition.settings, calendar: contents.head.calendar,
            sources: contents.head.sources, matters: contents.matters)
        catalog.pipelineFile = definition.url.standardizedFileURL.path
        catalog.files = files
        return catalog
    }

    /// The files a pipeline's catalog version is made of after the pipeline itself, in the
    /// order ``read(pipeline:only:versionCache:parsed:)`` hashes them: the seeds that can
    /// be read (as ``seedText(in:hash:)`` takes them), each catalog (a folder's source.xml,
    /// then its matter files by name), the calendar. Nil when a catalog folder cannot be
    /// listed (the full read reports it).
    static func files(of definition: Pipeline) -> [(name: String, path: String)]? {
        let folder = definition.url.deletingLastPathComponent()
        var files: [(name: String, path: String)] = []
        files.reserveCapacity(512)
        let seeds = folder.appendingPathComponent(seedsFolder).path
        if case .success(let names) = names(in: seeds) {
            for name in seedFiles(names) where isReadableFile(seeds + "/" + name) {
                files.append(("\(seedsFolder)/\(name)", seeds + "/" + name))
            }
        }
        for ref in definition.root.children(named: "catalog") {
            let href = ref["href"] ?? ""
            guard href.hasSuffix("/") else {
                files.append((href, folder.appendingPathComponent(href).path))
                continue
            }
            let dir = folder.appendingPathComponent(href, isDirectory: true).path
            files.append((href + sourceFile, dir + "/" + sourceFile))
            guard case .success(let names) = names(in: dir) else { return nil }
            for name in matterFiles(names) { files.append((href + name, dir + "/" + name)) }
        }
        for name in ["calendar", "contract"] {
            guard let href = definition.root.child(named: name)?["href"] else { continue }
            files.append((href, folder.appendingPathComponent(href).path))
        }
        return files
    }

    /// Only the pipeline's settings (limits, defaults), without reading the catalog files:
    /// what `intake inspect` needs, at a fraction of a full load's cost.
    public func settings(pipeline: URL) throws(CatalogError) -> PipelineSettings {
        try self.pipeline(pipeline).settings
    }

    /// A pipeline definition read, parsed and validated once: its settings at once (a
    /// `check` needs the limits to read the bundle), the catalog it names later from the
    /// same bytes (``load(_:only:)``), which are also the ones hashed into the version.
    public struct Pipeline: Sendable {
        public let url: URL
        public let settings: PipelineSettings
        let read: FileRead
        let root: XMLElement
        /// The clock (whole seconds) before the file was read (for the version cache).
        let readSince: Int64
    }

    /// The pipeline definition at `url`, or the problems that make it unusable.
    public func pipeline(_ url: URL) throws(CatalogError) -> Pipeline {
        var reading = CatalogReading()
        let readSince = CatalogVersionCache.now()
        guard let (read, root) = parse(url, root: "pipeline", into: &reading), reading.problems.isEmpty else {
            throw CatalogError(.invalidData, "cannot read the pipeline \(url.path)", problems: reading.problems)
        }
        return Pipeline(url: url, settings: Self.settings(root), read: read, root: root, readSince: readSince)
    }

    /// ``load(pipeline:only:)`` of a pipeline already read (``pipeline(_:)``).
    public func load(_ pipeline: Pipeline, only: Set<String>?) throws(CatalogError) -> Catalog {
        try load(pipeline: pipeline.url, only: only, parsed: pipeline)
    }

    /// How a read uses the ``CatalogVersionCache`` (a `check`'s reads use it).
    enum VersionCacheUse {
        case none
        /// The version stated by the cache when every file is as it remembers; else hashed
        /// and remembered.
        case stateAndKeep
        /// Hashed from the bytes read, and remembered.
        case keep
    }

    /// Everything readable, with the problems met on the way. `catalog` is nil only when
    /// the pipeline file itself is unusable; files that fail are left out of it.
    func read(pipeline: URL, only: Set<String>? = nil, versionCache: VersionCacheUse = .none, parsed: Pipeline? = nil)
        -> CatalogReading
    {
        var reading = CatalogReading()
        guard let (pipelineRead, root) = parsed.map({ ($0.read, $0.root) }) ?? parse(pipeline, root: "pipeline", into: &reading)
        else { return reading }
        let folder = pipeline.deletingLastPathComponent()
        let settings = Self.settings(root)
        // A `check` may state the version from the cache (see CatalogVersionCache).
        let cache =
            versionCache == .none
            ? nil : CatalogVersionCache(pipeline: pipeline.standardizedFileURL.path, environment: environment)
        // The clock before the first file was read: the pipeline's own read when it came
        // first (a `check` reads it before the bundle).
        var hash = VersionDigest(deferred: cache != nil, started: parsed?.readSince ?? CatalogVersionCache.now())
        hash.frame(name: pipeline.lastPathComponent, path: pipeline.path, read: pipelineRead)

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
            hash.frame(name: href, path: url.path, read: parsed?.read)
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
            hash.frame(name: href, path: url.path, read: parsed?.read)
            if let (_, tree) = parsed {
                calendar = Self.calendar(tree)
                reading.calendarFile = url.path
            }
        }
        // The contract the integrity findings cite: hashed (a report's citation of it
        // changes with it) and archived, not parsed.
        if let href = root.child(named: "contract")?["href"] {
            hash.frame(name: href, path: folder.appendingPathComponent(href).path)
        }

        let version = hash.finish(cache: cache, stating: versionCache == .stateAndKeep, problems: &reading.problems)
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
        hash.frame(name: href + Self.sourceFile, path: sourceURL.path, read: parsed?.read)
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
        switch Self.names(in: dir.path) {
        case .success(let all): names = Self.matterFiles(all)
        case .failure(let failure):
            reading.problems.append(
                CatalogProblem(.unreadable, file: dir.path, "cannot list the catalog folder (\(failure.reason))"))
            return
        }
        let dirPath = dir.path
        for name in names {
            if let only, !only.contains(String(name.dropLast(4))) {
                // Hashed as the full load hashes it (a valid file's bytes), not parsed: read
                // when the version is computed, if the cache does not know it.
                hash.frame(name: href + name, path: dirPath + "/" + name)
                continue
            }
            let url = dir.appendingPathComponent(name)
            let parsed = parse(url, root: "matter", into: &reading)
            hash.frame(name: href + name, path: url.path, read: parsed?.read)
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
    /// names; none when the folder is absent (citations then carry no quote). One that
    /// cannot be read (not a regular file, no permission) is left out.
    static func seedText(in folder: URL, hash: inout VersionDigest) -> SeedText {
        guard case .success(let names) = names(in: folder.path) else { return .none }
        var documents: [String: SeedText.Document] = [:]
        let folderPath = folder.path
        for name in seedFiles(names) {
            guard case .success(let file) = read(folderPath + "/" + name) else { continue }
            hash.frame(name: "\(seedsFolder)/\(name)", path: folderPath + "/" + name, read: file)
            documents[name] = SeedText.document(file.bytes)
        }
        return SeedText(documents: documents)
    }

    /// The names in a folder but `.` and `..` (opendir and readdir: FileManager's listing
    /// and the bridged names it gives took ~0.5 ms of a `check` to list and sort).
    static func names(in folder: String) -> Result<[String], RegularFile.Failure> {
        guard let dir = opendir(folder) else { return .failure(RegularFile.Failure(String(cString: strerror(errno)))) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// A catalog folder's matter files among its names, in byte order: `*.xml` but
    /// hidden files and the source file.
    static func matterFiles(_ names: [String]) -> [String] {
        inByteOrder(names.filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") && $0 != sourceFile })
    }

    /// The seed documents among the seeds folder's names, in byte order: `*.txt`.
    static func seedFiles(_ names: [String]) -> [String] { inByteOrder(names.filter { $0.hasSuffix(".txt") }) }

    /// `names` sorted in the byte order of their UTF-8 (memcmp), each name's bytes taken
    /// once: the generic comparison of two UTF8Views, or of small strings copied out for
    /// each comparison, took ~0.3 ms of a `check` over ~400 names.
    static func inByteOrder(_ names: [String]) -> [String] {
        var keyed = names.map { (bytes: Array($0.utf8), name: $0) }
        keyed.sort { x, y in
            x.bytes.withUnsafeBufferPointer { a in
                y.bytes.withUnsafeBufferPointer { b in
                    let common = min(a.count, b.count)
                    let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                    return order != 0 ? order < 0 : a.count < b.count
                }
            }
        }
        return keyed.map(\.name)
    }

    /// Whether `path` is a regular file (links followed) this process may read: a seed
    /// ``seedText(in:hash:)`` would take.
    static func isReadableFile(_ path: String) -> Bool {
        FileSignature(path: path) != nil && access(path, R_OK) == 0
    }

    /// A whole file's bytes by its path (POSIX: open, fstat, read), or nil when it cannot
    /// be read or is not a regular file.
    static func contents(_ path: String) -> [UInt8]? {
        guard case .success(let file) = read(path) else { return nil }
        return file.bytes
    }

    /// A file's bytes and its signature, taken (fstat) before the bytes were read.
    struct FileRead {
        var bytes: [UInt8]
        var signature: FileSignature
    }

    /// A whole regular file (``RegularFile/read(_:maxSize:)``) with its signature.
    static func read(_ path: String) -> Result<FileRead, RegularFile.Failure> {
        RegularFile.read(path).map { FileRead(bytes: $0.bytes, signature: FileSignature($0.info)) }
    }

    /// The catalog version being computed, and the files that went into it.
    struct VersionDigest {
        var hash = SHA256()
        /// Paths relative to the pipeline file's folder, in the order hashed.
        var files: [String] = []
        /// Files only hashed that could not be read.
        private var unreadable: [String] = []

        /// A file as a deferred digest holds it until `finish`.
        private enum Pending {
            /// Read (and parsed): these bytes are hashed.
            case read(FileRead)
            /// Could not be read or parsed: hashed as empty; the version is not cached.
            case failed
            /// Only hashed: read at `finish`, if the cache does not know the version.
            case later
        }
        /// When deferred (a `check`'s read, with a version cache), each file in the order
        /// it is hashed; nil: files are hashed as they come.
        private var pending: [(name: String, path: String, state: Pending)]?

        /// The clock when this digest began (before any file was read), for the cache.
        private let started: Int64

        init(deferred: Bool = false, started: Int64 = CatalogVersionCache.now()) {
            pending = deferred ? [] : nil
            self.started = started
        }

        /// A file read for parsing (nil: it could not be read or parsed, hashed as empty).
        mutating func frame(name: String, path: String, read: FileRead?) {
            guard pending != nil else { return frame(name: name, bytes: read?.bytes ?? []) }
            pending!.append((name, path, read.map(Pending.read) ?? .failed))
        }

        /// A file only hashed: read now, or at `finish` when deferred.
        mutating func frame(name: String, path: String) {
            if pending != nil { return pending!.append((name, path, .later)) }
            // One that cannot be read is left out of the hash (and said by `finish`).
            guard let bytes = CatalogLoader.contents(path) else { return unreadable.append(path) }
            frame(name: name, bytes: bytes)
        }

        /// Hashes one file as its name, its length and its bytes, so that moving bytes
        /// from one file to the next cannot give the same version.
        mutating func frame(name: String, bytes: [UInt8]) {
            hash.update(data: Array("\(name)\u{0}\(bytes.count)\u{0}".utf8))
            hash.update(data: bytes)
            files.append(name)
        }

        /// The version (hex). Deferred: from the cache when `stating` and every file's
        /// signature is the one it remembers; else hashed, and remembered when every file
        /// was read.
        mutating func finish(cache: CatalogVersionCache?, stating: Bool, problems: inout [CatalogProblem]) -> String {
            problems += unreadable.map { CatalogProblem(.unreadable, file: $0, "cannot read the file") }
            guard let deferred = pending else { return Hex.string(hash.finalize()) }
            pending = nil
            // Signatures: of a file read, taken before its bytes were; of one not read yet, now.
            var entries: [(name: String, signature: FileSignature)] = []
            var complete = true
            for item in deferred {
                let signature: FileSignature?
                switch item.state {
                case .read(let read): signature = read.signature
                case .failed: signature = nil
                case .later: signature = FileSignature(path: item.path)
                }
                guard let signature else {
                    complete = false
                    continue
                }
                entries.append((item.name, signature))
            }
            if stating, complete, let cache, let version = cache.version(for: entries) {
                files = deferred.map(\.name)
                return version
            }
            for (index, item) in deferred.enumerated() {
                switch item.state {
                case .read(let read): frame(name: item.name, bytes: read.bytes)
                case .failed: frame(name: item.name, bytes: [])
                case .later:
                    guard case .success(let read) = CatalogLoader.read(item.path) else {
                        problems.append(CatalogProblem(.unreadable, file: item.path, "cannot read the file"))
                        complete = false
                        continue
                    }
                    // The signature taken as it was read: a change since the stat is a later miss.
                    if complete { entries[index].signature = read.signature }
                    frame(name: item.name, bytes: read.bytes)
                }
            }
            let version = Hex.string(hash.finalize())
            if complete, problems.isEmpty, let cache { cache.store(version: version, for: entries, readSince: started) }
            return version
        }
    }

    /// Reads, parses and validates one file; nil (with problems recorded) when it fails.
    private func parse(_ url: URL, root name: String, into reading: inout CatalogReading)
        -> (read: FileRead, root: XMLElement)?
    {
        let file = url.path
        let read: FileRead
        switch Self.read(file) {
        case .success(let r): read = r
        case .failure(let failure):
            reading.problems.append(CatalogProblem(.unreadable, file: file, "cannot read the file: \(failure.reason)"))
            return nil
        }
        let bytes = read.bytes
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
        return (read, tree)
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
