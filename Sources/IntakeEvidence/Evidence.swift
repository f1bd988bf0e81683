public import IntakeManifest
public import IntakeModel

/// What the pipeline established about one document the manifest lists (证据).
public struct DocumentEvidence: Sendable, Hashable, Codable {
    /// The manifest's entry for the document.
    public var path: String
    public var material: String
    public var claimedSHA256: String
    /// The size the manifest states; nil when past Int64.max (no file can hold it).
    public var claimedSize: Int64?
    public var claimedType: String
    /// Whether the zip holds an entry of that name that could be read.
    public var present: Bool
    /// Real size and SHA-256 of the bytes (nil when not read to the end).
    public var size: Int64?
    public var sha256: String?
    /// What the bytes are.
    public var detectedType: String?
    /// An image's size in pixels, when its header gives it.
    public var pixels: PixelSize? = nil
    /// Whether an image's header stores one grey channel or a palette of grey levels only
    /// (true), or colour (false); nil when it cannot say (a palette with colours, a PDF).
    public var greyscale: Bool? = nil
    /// The background of a photo decoded for its colours (its material's specification asks
    /// 白底, 蓝底 or 彩照); nil when it was not decoded (not asked, not a JPEG or PNG, too large).
    public var background: PhotoBackground? = nil
    /// What the decoding measured, or why it did not run, for the report's detail.
    public var coloursMeasured: String? = nil
    /// A PDF's page count, when a PDF library has read it.
    public var pages: Int? = nil
    /// A PDF's paper (every page's size as shown: its CropBox cut to its MediaBox), when a
    /// PDF library has read it.
    public var paper: PaperSize? = nil
    /// Findings about this document (codes only; the messages are in the inspection).
    public var defects: [FindingCode]

    /// Present, read whole with a sound CRC, checksum and size as declared, type as
    /// claimed, format intact: a document a material can be met by.
    public var isSound: Bool { present && defects.isEmpty && sha256 != nil }
}

/// Everything `inspect` learns about a bundle: integrity only, no acceptance judgement.
public struct Inspection: Sendable, Hashable {
    public var bundleFile: String
    public var bundleSize: Int64
    /// SHA-256 of the whole zip file (nil when it could not be read).
    public var bundleSHA256: String?
    /// Number of entries in the zip (directories included).
    public var entryCount: Int
    public var manifest: Manifest?
    /// When the manifest is well-formed but not valid: the id, submitted time and matter it
    /// still says it is for (each only when of its schema type).
    public var claimed: ClaimedApplication? = nil
    /// One per document the manifest lists, in manifest order.
    public var documents: [DocumentEvidence]
    /// Entries the manifest does not list (besides the manifest and directories).
    public var unlisted: [String]
    /// Every finding, in a stable order: container, manifest, documents (manifest order).
    public var findings: [Finding]
    /// Bytes of document content read and hashed.
    public var documentBytes: Int64

    /// True when no finding is an error.
    public var isIntact: Bool { !findings.hasError }
}
