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

    public init(
        maxEntries: Int, maxEntrySize: Int64, maxTotalSize: Int64, maxCompressionRatio: Int64,
        maxManifestSize: Int64, maxNameLength: Int
    ) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
        self.maxManifestSize = maxManifestSize
        self.maxNameLength = maxNameLength
    }

    /// Safe defaults: 1,000 entries, 256 MiB an entry, 2 GiB in all, ratio 200:1,
    /// a 1 MiB manifest, names up to 1,024 bytes. Scans deflate at about 1:1, text PDFs
    /// at 2–10:1; 200:1 only happens with padding or bombs.
    public static let `default` = BundleLimits(
        maxEntries: 1_000, maxEntrySize: 256 << 20, maxTotalSize: 2 << 30,
        maxCompressionRatio: 200, maxManifestSize: 1 << 20, maxNameLength: 1_024)
}
