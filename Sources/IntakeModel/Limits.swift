/// What a bundle may hold before it is refused as a possible zip bomb or abuse
/// (`bundle-limit`). Memory use of one bundle is bounded by these, not by its size.
public struct BundleLimits: Sendable, Hashable, Codable {
    /// Entries in the zip's central directory.
    public var maxEntries: Int
    /// Uncompressed bytes of one entry.
    public var maxEntrySize: Int64
    /// Uncompressed bytes of all entries together.
    public var maxTotalSize: Int64
    /// Uncompressed / compressed size of one entry (and of the whole bundle).
    public var maxCompressionRatio: Int64
    /// Bytes of manifest.xml (it is read into memory whole).
    public var maxManifestSize: Int64
    /// Bytes of one entry name.
    public var maxNameLength: Int
    /// Bytes of a PDF or TIFF held in memory for its structure check; a larger one is
    /// spooled to an unlinked temporary file and checked from there (see DocumentScan).
    public var maxDocumentCheckSize: Int64 = 64 << 20
    /// Pixels (width × height) of one image; more is refused as a decompression bomb when
    /// the file holds more than `maxCompressionRatio` pixels a byte (a large photo whose
    /// bytes carry its pixels is a document). Pillow's own bomb error threshold: 2 × 89,478,485.
    public var maxImagePixels: Int64 = 178_956_970
    /// Wall-clock seconds qpdf may take over one PDF's structure (in a helper process that
    /// is killed past them). A 500-page scan takes milliseconds, 100,000 text pages a few
    /// seconds; only hostile files come near.
    public var maxPDFCheckSeconds: Int = 20
    /// Bytes of data the PDF checker's process may allocate (its RLIMIT_DATA): qpdf's
    /// objects for 100,000 pages take about 300 MB.
    public var maxPDFCheckMemory: Int64 = 1 << 30
    /// Wall-clock seconds the PDFs of one bundle may hold its reader together (its waiting for
    /// their answers): past them, the PDFs not yet answered are not checked (bundle-limit). A
    /// thousand hostile PDFs of 20 s each would otherwise hold a worker five and a half hours
    /// (round 27: six took two minutes).
    public var maxPDFCheckSecondsPerBundle: Int = 120

    public init(
        maxEntries: Int, maxEntrySize: Int64, maxTotalSize: Int64, maxCompressionRatio: Int64,
        maxManifestSize: Int64, maxNameLength: Int, maxDocumentCheckSize: Int64 = 64 << 20,
        maxImagePixels: Int64 = 178_956_970, maxPDFCheckSeconds: Int = 20, maxPDFCheckMemory: Int64 = 1 << 30,
        maxPDFCheckSecondsPerBundle: Int = 120
    ) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
        self.maxManifestSize = maxManifestSize
        self.maxNameLength = maxNameLength
        self.maxDocumentCheckSize = maxDocumentCheckSize
        self.maxImagePixels = maxImagePixels
        self.maxPDFCheckSeconds = maxPDFCheckSeconds
        self.maxPDFCheckMemory = maxPDFCheckMemory
        self.maxPDFCheckSecondsPerBundle = maxPDFCheckSecondsPerBundle
    }

    /// Safe defaults: 2,048 entries (manifest.xsd allows 1,000 documents; the manifest and
    /// the folders producers add as entries come beside them: round 20, 1,000 documents and
    /// their manifest were refused), 256 MiB an entry, 2 GiB in all, ratio 1,100:1,
    /// a 1 MiB manifest, names up to 1,024 bytes. Scans deflate at about 1:1, text PDFs
    /// at 2–10:1, a clean 1-bit page stored uncompressed in a TIFF about 300:1 (round 20:
    /// refused at 200:1); a page of nothing but white about 1,030:1, the most deflate can
    /// (round 40: a blank TIFF page, 1,009:1, was refused at 1,000:1): above it, only other
    /// methods (bzip2, XZ) and sizes that lie. Memory and time are bounded by the sizes,
    /// whatever the ratio.
    public static let `default` = BundleLimits(
        maxEntries: 2_048, maxEntrySize: 256 << 20, maxTotalSize: 2 << 30,
        maxCompressionRatio: 1_100, maxManifestSize: 1 << 20, maxNameLength: 1_024)
}

extension BundleLimits {
    /// A limit in bytes as a clerk reads it: 1 MB, 64 KB, 200 MB (binary units, as the
    /// limits are set), or the bytes when it is no whole number of them.
    public static func readable(_ bytes: Int64) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) 字节"
    }

    /// A size as a clerk reads it, to one decimal of its unit (cut, not rounded): 4.0 GB, 180.2 KB, 512 字节.
    /// Any size, however large the header said (no product that could overflow).
    public static func rounded(_ bytes: Int64) -> String {
        for (shift, unit) in [(30, "GB"), (20, "MB"), (10, "KB")] where bytes >= Int64(1) << shift {
            let whole = bytes >> shift
            let tenth = ((bytes - whole << shift) * 10) >> shift
            return "\(whole).\(tenth) \(unit)"
        }
        return "\(bytes) 字节"
    }
}
