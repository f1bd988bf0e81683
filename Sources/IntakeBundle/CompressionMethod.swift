/// The compression methods of zip entries (APPNOTE 4.4.5): which are read, and how a
/// report names one that is not.
public enum CompressionMethod {
    /// Read through libzip where the libzip on this system decompresses them (7-Zip and
    /// WinRAR offer them), within the same size, ratio and CRC-32 checks as deflate; stored
    /// (0) and deflate (8) are always read.
    static let throughLibzip: [Int: String] = [12: "bzip2", 14: "LZMA", 93: "Zstandard", 95: "XZ"]

    /// Whether entries compressed with `method` are read.
    public static func isReadable(_ method: Int) -> Bool {
        method == 0 || method == 8 || (throughLibzip[method] != nil && ZipArchive.decompresses(method))
    }

    /// The method as a report names it for a clerk: its name and its number.
    public static func describe(_ method: Int) -> String {
        let name: String? =
            switch method {
            case 0: "存储"
            case 1: "Shrink"
            case 2...5: "Reduce"
            case 6: "Implode"
            case 8: "Deflate"
            case 9: "Deflate64"
            case 10: "PKWARE DCL Implode"
            case 12: "BZIP2"
            case 14: "LZMA"
            case 18: "IBM TERSE"
            case 19: "IBM LZ77"
            case 93: "Zstandard"
            case 95: "XZ"
            case 96: "JPEG"
            case 97: "WavPack"
            case 98: "PPMd"
            // Encryption, but without the extra field (0x9901) that says how: ``ZipLayout``.
            case 99: "WinZip AES 加密标记，但缺少其加密参数"
            default: nil
            }
        return "\(name ?? "未知方式")（编号 \(method)）"
    }

    /// What the detail of such a finding says, in English.
    public static func unreadableDetail(_ method: Int) -> String {
        let read = throughLibzip.sorted { $0.key < $1.key }.filter { isReadable($0.key) }.map { ", \($0.value) (\($0.key))" }
        return "compression method \(method) is not read; stored (0), deflate (8)\(read.joined()) are"
    }
}
