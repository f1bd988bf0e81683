import Crypto
public import Foundation
public import IntakeBundle
import IntakeIO
public import IntakeManifest
public import IntakeModel
import IntakePDF
public import IntakeXML

/// Reads one bundle once: container checks, manifest, then every listed document
/// streamed through SHA-256 and the type sniffer. Sendable: share one per process; each
/// call opens its own archive.
public struct Inspector: Sendable {
    public let parser: ManifestParser
    public let limits: BundleLimits
    /// Whether the photos filed under a material of a matter are decoded for their colours
    /// (`(matterCode, material)`, in any scenario: the manifest may leave a matter's one
    /// scenario unnamed): the catalog says which specifications ask a background or a
    /// colour photo. Nil: none is.
    public let decodesColours: (@Sendable (String, String) -> Bool)?

    public init(
        parser: ManifestParser, limits: BundleLimits = .default,
        decodesColours: (@Sendable (String, String) -> Bool)? = nil
    ) {
        self.parser = parser
        self.limits = limits
        self.decodesColours = decodesColours
    }

    /// The inspection and, when the manifest parsed, its document (for XPath rules).
    /// `bundleHash`: the file's SHA-256 and size from ``hashFile(_:)`` when the caller
    /// already has them (a batch run hashes first to find bundles it decided before), so
    /// the file is hashed once.
    /// Without it, the whole-file hash runs on another thread while this one reads the
    /// zip: a single check (the online hook) then takes about the time of the longer of
    /// the two, not their sum.
    public func inspect(_ url: URL, bundleHash: (sha256: String?, size: Int64)? = nil) -> (Inspection, XMLDocument?) {
        inspect(BytePath(url), bundleHash: bundleHash)
    }

    /// The same for a path given as bytes (file names need not be UTF-8).
    ///
    /// `meanwhile`: work of the caller's that needs the manifest's matter code only, done while
    /// the PDF helper checks the bundle's PDFs (`intake check` loads the matter's catalog then:
    /// the helper's start, about 5 ms, was waited for before it). Called once, with the code,
    /// when the manifest is read and PDFs are in check; not called otherwise.
    public func inspect(
        _ path: BytePath, bundleHash: (sha256: String?, size: Int64)? = nil, meanwhile: ((String) -> Void)? = nil
    ) -> (Inspection, XMLDocument?) {
        // Up to BundleFile.inMemoryLimit: one read, hashed as it is read, the zip opened
        // on the bytes in memory.
        if bundleHash == nil, let file = BundleFile.load(path) { return inspect(file, meanwhile: meanwhile) }
        // Larger: the whole file is hashed on another thread while the zip is read.
        let hashing = bundleHash == nil ? BackgroundCall("intake.bundle-hash") { Self.hashFile(path) } : nil
        var (inspection, document) = examine(
            path.lastComponent.display, ApplicationBundle.open(path, limits: limits), meanwhile: meanwhile)
        (inspection.bundleSHA256, inspection.bundleSize) = bundleHash ?? hashing!.wait()
        return (inspection, document)
    }

    /// A bundle read once into memory (``BundleFile``): its hash is the file's, the zip is
    /// read from the same bytes.
    public func inspect(_ file: BundleFile, meanwhile: ((String) -> Void)? = nil) -> (Inspection, XMLDocument?) {
        var (inspection, document) = examine(
            file.path.lastComponent.display, ApplicationBundle.open(file, limits: limits), meanwhile: meanwhile)
        (inspection.bundleSHA256, inspection.bundleSize) = (file.sha256, file.size)
        return (inspection, document)
    }

    /// Everything but the whole-file hash, from the bundle opened (or not) as `name`.
    func examine(_ name: String, _ opening: BundleOpening, meanwhile: ((String) -> Void)? = nil) -> (Inspection, XMLDocument?) {
        var inspection = Inspection(
            bundleFile: name, bundleSize: 0, bundleSHA256: nil, entryCount: 0,
            manifest: nil, documents: [], unlisted: [], findings: [], documentBytes: 0)
        let bundle: ApplicationBundle
        switch opening {
        case .unreadable(let findings):
            inspection.findings = findings
            return (inspection, nil)
        case .opened(let opened):
            bundle = opened
        }
        inspection.entryCount = bundle.entries.count
        inspection.findings = bundle.findings

        // The manifest.
        guard let manifestEntry = bundle.entry(named: ManifestParser.entryName), !manifestEntry.isDirectory else {
            if !bundle.entries.isEmpty || bundle.findings.isEmpty {
                let nested = bundle.entries.first { $0.name.hasSuffix("/manifest.xml") || $0.name.lowercased() == "manifest.xml" }
                // At the root under another case (MANIFEST.XML), or in a folder.
                let hint =
                    nested.map {
                        $0.name.contains("/") ? "；发现 \($0.name)，清单须位于压缩包根目录" : "；发现 \($0.name)，清单文件名须为小写 manifest.xml"
                    } ?? ""
                inspection.findings.append(
                    Finding(
                        .manifestMissing, .error, "申请包根目录下没有申请清单 manifest.xml\(hint)",
                        detail: "no manifest.xml at the root" + (nested.map { "; found \($0.name)" } ?? "")))
            }
            return (inspection, nil)
        }
        if manifestEntry.blocked != nil { return (inspection, nil) }
        let manifestBytes: [UInt8]
        switch bundle.readAll(manifestEntry, limit: limits.maxManifestSize) {
        case .success(let bytes):
            manifestBytes = bytes
        case .failure(.overLimit(let bytes)):
            // Over the limit as declared, or inflating past it.
            let declaredOver = manifestEntry.size > limits.maxManifestSize
            inspection.findings.append(
                Finding(
                    .bundleLimit, .error,
                    "申请清单 manifest.xml 过大（上限 \(BundleLimits.readable(limits.maxManifestSize))）",
                    path: ManifestParser.entryName,
                    detail: declaredOver
                        ? "\(manifestEntry.size) bytes; limit \(limits.maxManifestSize)"
                        : "more than \(bytes - 1) bytes read; limit \(limits.maxManifestSize)"))
            return (inspection, nil)
        case .failure(.longerThanDeclared(let bytes)):
            inspection.findings.append(
                Finding(
                    .manifestMalformed, .error, "申请清单 manifest.xml 已损坏：解压后的数据多于压缩包记载的大小",
                    path: ManifestParser.entryName,
                    detail: "inflates to \(bytes) bytes; the zip declares \(manifestEntry.size)"))
            return (inspection, nil)
        case .failure(.unsupportedMethod(let method)):
            inspection.findings.append(
                Finding(
                    .manifestMalformed, .error,
                    "申请清单 manifest.xml 无法读取：其压缩方式为 \(CompressionMethod.describe(method))，本系统不支持，请以标准 ZIP（Deflate）方式重新压缩",
                    path: ManifestParser.entryName, detail: CompressionMethod.unreadableDetail(method)))
            return (inspection, nil)
        case .failure(.crcMismatch):
            // Said as a document's is (round 27: the manifest's CRC error was only "无法读取").
            inspection.findings.append(
                Finding(
                    .manifestMalformed, .error, "申请清单 manifest.xml 已损坏：CRC 校验错误（数据与压缩包记载的校验值不符），请重新打包后提交",
                    path: ManifestParser.entryName, detail: "CRC-32 mismatch"))
            return (inspection, nil)
        case .failure(.unreadable(let why)):
            inspection.findings.append(
                Finding(
                    .manifestMalformed, .error, "申请清单 manifest.xml 无法读取（数据损坏或读取出错）", path: ManifestParser.entryName,
                    detail: why))
            return (inspection, nil)
        case .failure(let other):
            inspection.findings.append(
                Finding(.manifestMalformed, .error, "申请清单 manifest.xml 无法读取", path: ManifestParser.entryName, detail: "\(other)"))
            return (inspection, nil)
        }
        let manifest: Manifest
        let document: XMLDocument
        switch parser.parse(manifestBytes) {
        case .failure(let failure):
            inspection.findings += failure.findings
            inspection.claimed = failure.claimed
            return (inspection, nil)
        case .success(let parsed):
            (manifest, document) = parsed
        }
        inspection.manifest = manifest

        // The documents, each entry streamed once, in zip order (sequential reads).
        // Keyed by String, whose equality and hash are Unicode canonical equivalence: a
        // manifest written on one system finds an entry named on another (macOS writes NFD).
        var listed: [String: Int] = [:]
        for (i, d) in manifest.documents.enumerated() { listed[d.path] = i }
        var evidence = manifest.documents.map {
            DocumentEvidence(
                path: $0.path, material: $0.material, claimedSHA256: $0.sha256, claimedSize: $0.size,
                claimedType: $0.mediaType, present: false, size: nil, sha256: nil, detectedType: nil, defects: [])
        }
        var messages: [Int: [Finding]] = [:]
        // The PDFs go to a helper as their entries are read; their answers come at the end.
        let pdfs = PDFBatch(bundleSeconds: Double(limits.maxPDFCheckSecondsPerBundle))
        var pdfTickets: [(document: Int, ticket: Int)] = []
        var photosDecoded = 0
        for entry in bundle.entries {
            // A GBK name that is valid UTF-8 too is the manifest's path in either reading.
            // Only where the bundle names no other entry so (byName keeps the first reading).
            let alternative = entry.alternativeName.flatMap { bundle.entry(named: $0)?.index == entry.index ? $0 : nil }
            guard let i = listed[entry.name] ?? alternative.flatMap({ listed[$0] }) else {
                // A blocked entry (unsafe, encrypted, over a limit) has its finding already.
                if entry.name != ManifestParser.entryName && !entry.isDirectory && entry.blocked == nil {
                    inspection.unlisted.append(entry.name)
                    inspection.findings += checkUnlisted(entry, in: bundle)
                }
                continue
            }
            evidence[i].present = entry.blocked == nil
            if entry.blocked != nil {
                evidence[i].defects.append(entry.blocked!)
                continue
            }
            // Photos decoded for their colours: at most PhotoColours.maximumPerBundle of a bundle.
            let asked = decodesColours?(manifest.matterCode, manifest.documents[i].material) ?? false
            let colours = asked && photosDecoded < PhotoColours.maximumPerBundle
            let (found, bytes) = examine(
                entry, in: bundle, claimed: manifest.documents[i], pdfs: pdfs, colours: colours)
            if found.colours != nil || found.coloursUnread != nil { photosDecoded += 1 }
            if let ticket = found.pdfTicket { pdfTickets.append((i, ticket)) }
            inspection.documentBytes += bytes
            evidence[i].size = found.size
            evidence[i].sha256 = found.sha256
            evidence[i].detectedType = found.detectedType
            evidence[i].pixels = found.pixels
            evidence[i].greyscale = found.greyscale
            evidence[i].background = found.colours?.background
            evidence[i].coloursMeasured =
                found.colours?.measured ?? found.coloursUnread.map { "colours not read: \($0)" }
                ?? (asked && !colours
                    ? "colours not read: \(PhotoColours.maximumPerBundle) photos of the bundle decoded already" : nil)
            // A photo whose file stores colour but whose pixels are all grey is grey.
            if found.colours?.neutral == true { evidence[i].greyscale = true }
            evidence[i].pages = found.pages
            evidence[i].defects = found.findings.filter { $0.severity == .error }.map(\.code)
            messages[i] = found.findings
        }
        if !pdfTickets.isEmpty {
            meanwhile?(manifest.matterCode)
            let results = pdfs.collect()
            for (i, ticket) in pdfTickets {
                let d = manifest.documents[i]
                let (findings, pages) = DocumentScan.pdfOutcome(
                    results[ticket], path: d.path, material: d.material, limits: limits)
                evidence[i].pages = pages
                if pages != nil { evidence[i].paper = results[ticket].paper }
                evidence[i].defects += findings.filter { $0.severity == .error }.map(\.code)
                messages[i, default: []] += findings
            }
        }
        for i in evidence.indices {
            let d = manifest.documents[i]
            if bundle.entry(named: d.path) == nil {
                // A path written otherwise than the entry's name (files/./a.pdf, files//a.pdf, a backslash): the entry
                // is named, so that the producer knows what to correct (round 39, tester s: "不存在" beside the file).
                let canonical = Self.canonicalPath(d.path)
                let near = canonical != d.path && bundle.entry(named: canonical) != nil ? canonical : nil
                // Spaces before or after the path (a tab in the attribute reads as one) do not show in the report: they are
                // named, and the path quoted (round 44, tester d: "不存在： files/2-身份证.pdf" beside the same name unlisted).
                let padded = d.path.first?.isWhitespace == true || d.path.last?.isWhitespace == true
                let f = Finding(
                    .documentMissing, .error,
                    "清单列出的文件在申请包中不存在：\(padded ? "“\(d.path)”（路径首尾含空白字符）" : d.path)"
                        + (near.map { "；申请包中有 \($0)，清单中的路径须与压缩包内的文件名完全一致（不含 ./、重复的 /、\\ 或首尾空白）" } ?? ""),
                    material: d.material, path: d.path,
                    detail: "listed in the manifest, absent from the zip" + (near.map { "; the zip holds \($0)" } ?? ""))
                evidence[i].defects.append(f.code)
                messages[i] = [f]
            }
            inspection.findings += messages[i] ?? []
        }
        for name in inspection.unlisted {
            inspection.findings.append(
                Finding(
                    .documentUnlisted, .warning, "申请包中有清单未列出的文件：\(name)", path: name, detail: "entry not listed in the manifest"))
        }
        inspection.documents = evidence
        return (inspection, document)
    }

    /// A path with `./` segments, repeated slashes, backslashes as separators and the whitespace around it taken out (`files/./a.pdf` →
    /// `files/a.pdf`): what a producer meant, to name the entry in a finding, never to read it.
    static func canonicalPath(_ path: String) -> String {
        path.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\\", with: "/").split(
            separator: "/", omittingEmptySubsequences: true
        )
        .filter { $0 != "." }.joined(separator: "/")
    }

    /// An entry the manifest does not name is no document of the application, but it is
    /// read through like one (within the same limits): a zip bomb that lies about its size
    /// is a bomb wherever it sits (bundle-limit, error), and a corrupt entry is said to be
    /// so (document-corrupt, a warning: it is not part of the application). They were
    /// passed over unread (round 18, tester 1).
    func checkUnlisted(_ entry: BundleEntry, in bundle: ApplicationBundle) -> [Finding] {
        switch bundle.read(entry, { _ in }) {
        case .complete(let bytes) where entry.size >= 0 && bytes != entry.size, .longerThanDeclared(let bytes):
            return [
                Finding(
                    .documentCorrupt, .warning, "清单未列出的文件在压缩包中的记载与其数据不符：\(entry.name)", path: entry.name,
                    detail: "the entry inflates to \(bytes) bytes, its central directory says \(entry.size)")
            ]
        case .complete, .blocked: return []
        case .overLimit(let bytes):
            return [
                Finding(
                    .bundleLimit, .error, "清单未列出的文件解压后超过声明大小或上限，疑似压缩炸弹：\(entry.name)", path: entry.name,
                    detail: "more than \(bytes - 1) bytes; declared \(entry.size)")
            ]
        case .crcMismatch:
            return [
                Finding(
                    .documentCorrupt, .warning, "清单未列出的文件已损坏（CRC 校验错误）：\(entry.name)", path: entry.name,
                    detail: "CRC-32 mismatch")
            ]
        case .unreadable(let why):
            return [
                Finding(.documentCorrupt, .warning, "清单未列出的文件无法读取：\(entry.name)", path: entry.name, detail: why)
            ]
        case .unsupportedMethod(let method):
            return [
                Finding(
                    .documentCorrupt, .warning,
                    "清单未列出的文件无法读取：其压缩方式为 \(CompressionMethod.describe(method))，本系统不支持：\(entry.name)",
                    path: entry.name, detail: CompressionMethod.unreadableDetail(method))
            ]
        }
    }

    struct Examined {
        var size: Int64?
        var sha256: String?
        var detectedType: String?
        var pixels: PixelSize?
        /// An image's header says grey (true) or colour (false).
        var greyscale: Bool? = nil
        /// A photo's colours, decoded when its material's specification asks them.
        var colours: PhotoColours? = nil
        var coloursUnread: String? = nil
        var findings: [Finding]
        var pages: Int? = nil
        /// A PDF's structure check, queued in the inspection's ``PDFBatch``.
        var pdfTicket: Int? = nil
        /// An OOXML document saved with a password: a compound file holding its package.
        var isEncryptedPackage = false
    }

    /// Streams one entry once: SHA-256, size, head for the sniffer.
    func examine(
        _ entry: BundleEntry, in bundle: ApplicationBundle, claimed: Manifest.Document, pdfs: PDFBatch,
        colours: Bool = false
    ) -> (Examined, Int64) {
        var hasher = SHA256()
        var head: [UInt8] = []
        head.reserveCapacity(MediaSniffer.headSize)
        let scan = DocumentScan(declaredSize: entry.size, limits: limits, colours: colours)
        // A PDF (as the manifest says) is inflated straight into the memory file its
        // helper reads; other entries into the bundle's buffer.
        let target: ((Int) -> UnsafeMutableRawBufferPointer?)? =
            claimed.mediaType == "application/pdf" ? { scan.inflateTarget(size: $0) } : nil
        let result = bundle.read(entry, into: target) { piece in
            hasher.update(bufferPointer: piece)
            scan.feed(piece)
            if head.count < MediaSniffer.headSize {
                head.append(contentsOf: piece.prefix(MediaSniffer.headSize - head.count))
            }
        }
        let here = (material: claimed.material, path: claimed.path)
        var out = Examined(size: nil, sha256: nil, detectedType: nil, pixels: nil, findings: [])
        switch result {
        case .complete(let bytes):
            out.size = bytes
            out.sha256 = Hex.string(hasher.finalize())
            // The stream ended short of the size the zip's directory gives, its CRC matching
            // what there is: the manifest's size and SHA-256 judge the document, and the
            // clerk is told the zip's headers are wrong (round 18, tester 1).
            if entry.size >= 0 && bytes != entry.size {
                out.findings.append(
                    Finding(
                        .documentCorrupt, .warning, "压缩包对该文件的记载与其数据不符：\(claimed.path)（记载 \(entry.size) 字节，实有 \(bytes) 字节）",
                        material: here.material, path: here.path,
                        detail: "the entry inflates to \(bytes) bytes, its central directory says \(entry.size)"))
            }
            if bytes != claimed.size || out.sha256 != claimed.sha256 {
                var what: [String] = []
                if bytes != claimed.size { what.append("size \(bytes), manifest says \(Self.quoted(claimed))") }
                if out.sha256 != claimed.sha256 { what.append("SHA-256 \(out.sha256!), manifest says \(claimed.sha256)") }
                out.findings.append(
                    Finding(
                        .documentChecksum, .error, "文件与清单记载不一致，可能已损坏或被替换：\(claimed.path)",
                        material: here.material, path: here.path, detail: "\(what.joined(separator: "; "))"))
            }
            // An empty file is no document of any type (not "text/plain"): said as such.
            if bytes == 0 {
                out.detectedType = entry.isDirectory ? "inode/directory" : "inode/x-empty"
                // A folder entry listed as a document is said to be a folder (round 44, tester d: "文件为空").
                out.findings.append(
                    entry.isDirectory
                        ? Finding(
                            .documentCorrupt, .error, "清单列出的是压缩包中的文件夹，不是材料文件：\(claimed.path)",
                            material: here.material, path: here.path, detail: "a folder entry")
                        : Finding(
                            .documentCorrupt, .error, "文件为空（0 字节），不是有效的材料文件：\(claimed.path)",
                            material: here.material, path: here.path, detail: "empty file"))
                return (out, bytes)
            }
            let sniffed = MediaSniffer.sniff(head: head, size: bytes)
            out.detectedType = sniffed.mediaType
            // Said once the structure is read: a compound file's directory names its program
            // (a .doc is no .xls), and an OOXML document saved with a password is a compound
            // file of the type claimed, locked (document-encrypted, not document-type).
            let typeAt = out.findings.count
            if let defect = sniffed.defect {
                let (reason, detail) = Finding.splitDetail(defect)
                out.findings.append(
                    Finding(
                        .documentCorrupt, .error, "文件已损坏，无法正常打开：\(claimed.path)（\(reason)）", material: here.material,
                        path: here.path, detail: detail))
            } else {
                // Structure checks (DocumentScan): qpdf for PDFs, chunk/marker/IFD walks for images.
                let deep = scan.finish(path: claimed.path, material: claimed.material, pdfs: pdfs)
                out.findings += deep.findings
                out.pixels = deep.pixels
                out.greyscale = deep.greyscale
                out.colours = deep.colours
                out.coloursUnread = deep.coloursUnread
                out.pages = deep.pages
                out.pdfTicket = deep.pdfTicket
                if let refined = deep.refinedType { out.detectedType = refined }
                out.isEncryptedPackage = deep.encryptedPackage
            }
            let detected = out.detectedType ?? sniffed.mediaType
            let lockedOOXML = out.isEncryptedPackage && MediaSniffer.isOOXML(claimed.mediaType)
            if !MediaSniffer.compatible(claimed: claimed.mediaType, detected: detected) && !lockedOOXML {
                let names = MediaSniffer.plainNames(claimed: claimed.mediaType, detected: detected)
                out.findings.insert(
                    Finding(
                        .documentType, .error,
                        "文件实际类型与声明不符：\(claimed.path) 声明为 \(names.claimed)，实际为 \(names.detected)",
                        material: here.material, path: here.path,
                        detail: "the bytes are not of the claimed type: claimed \(claimed.mediaType), detected \(detected)"),
                    at: typeAt)
            }
            return (out, bytes)
        case .crcMismatch:
            out.findings.append(
                Finding(
                    .documentCorrupt, .error, "文件已损坏（CRC 校验错误）：\(claimed.path)",
                    material: here.material, path: here.path, detail: "CRC-32 mismatch"))
        case .unreadable(let why):
            out.findings.append(
                Finding(
                    .documentCorrupt, .error, "文件无法读取：\(claimed.path)", material: here.material, path: here.path, detail: "\(why)"
                ))
        case .unsupportedMethod(let method):
            out.findings.append(
                Finding(
                    .documentCorrupt, .error,
                    "文件无法读取：其压缩方式为 \(CompressionMethod.describe(method))，本系统不支持，请以标准 ZIP（Deflate）方式重新压缩：\(claimed.path)",
                    material: here.material, path: here.path, detail: CompressionMethod.unreadableDetail(method)))
        case .longerThanDeclared(let bytes):
            out.findings.append(
                Finding(
                    .documentCorrupt, .error, "文件已损坏，解压后的数据多于压缩包记载的大小：\(claimed.path)",
                    material: here.material, path: here.path,
                    detail: "inflates to \(bytes) bytes; the zip declares \(entry.size)"))
        case .overLimit(let bytes):
            out.findings.append(
                Finding(
                    .bundleLimit, .error,
                    "文件解压后超过声明大小或上限：\(claimed.path)",
                    material: here.material, path: here.path, detail: "more than \(bytes - 1) bytes; declared \(entry.size)"))
        case .blocked(let code):
            out.findings.append(Finding(code, .error, "文件被拒绝读取：\(claimed.path)", material: here.material, path: here.path))
        }
        return (out, 0)
    }

    /// SHA-256 and size of a whole file, read sequentially through one 1 MiB buffer.
    /// The size a manifest states, as its producer wrote it: a size past Int64.max was
    /// quoted as 9223372036854775807 (round 21, tester 4); its digits are quoted (at most 24:
    /// the schema check refuses longer integers) and said to be past any file's size.
    static func quoted(_ document: Manifest.Document) -> String {
        document.size == nil ? "\(document.statedSize), 超出可表示范围" : document.statedSize
    }

    public static func hashFile(_ url: URL) -> (String?, Int64) { hashFile(BytePath(url)) }

    /// The same for a path given as bytes: `IntakeIO.FileHash.sha256(_:)` (only a regular
    /// file is read), nil when it cannot be read.
    public static func hashFile(_ path: BytePath) -> (String?, Int64) {
        guard let hashed = try? FileHash.sha256(path) else { return (nil, 0) }
        return (hashed.sha256, hashed.size)
    }
}
