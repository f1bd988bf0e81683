import Foundation
import IntakeModel

/// The container checks run on a central directory before anything is read: unsafe
/// names, symlinks, encryption, collisions and the zip-bomb limits.
enum BundleChecks {
    /// Below this size an entry's compression ratio is not judged (a small run of
    /// zeros compresses 1000:1 and is harmless).
    static let ratioFloor: Int64 = 1 << 20

    static func apply(
        to entries: inout [BundleEntry], findings: inout [Finding], limits: BundleLimits, fileSize: Int64,
        overlapping: (Int, Int)? = nil
    ) {
        var folded: [String: String] = [:]
        var exact: Set<String> = []
        var declaredTotal: Int64 = 0
        var compressedTotal: Int64 = 0
        for i in entries.indices {
            var e = entries[i]
            func block(_ code: FindingCode, _ message: String, detail: String) {
                findings.append(Finding(code, .error, message, path: e.name, detail: detail))
                if e.blocked == nil { e.blocked = code }
            }
            if let why = unsafeReason(e.name) {
                block(.bundleUnsafe, "申请包中有不安全的文件路径：\(e.name)", detail: "\(why)")
            } else if let stored = e.storedName, let why = unsafeReason(stored) {
                block(
                    .bundleUnsafe, "申请包中有不安全的文件路径：\(stored)（Unicode 文件名记为 \(e.name)）",
                    detail: "stored name: \(why)")
            }
            if e.name.utf8.count > limits.maxNameLength {
                block(.bundleLimit, "文件名过长", detail: "entry name of \(e.name.utf8.count) bytes; limit \(limits.maxNameLength)")
            }
            if e.isSymlink {
                block(.bundleUnsafe, "申请包中含有符号链接：\(e.name)", detail: "symlink entry")
            } else if e.unixType == 0o040000 && !e.name.hasSuffix("/") {
                // A file's name whose mode says folder: 7-Zip makes an empty folder of it, and the clerk who opens the
                // bundle has no such file (round 56, tester t: a sound ID card so marked was accepted).
                block(.bundleUnsafe, "申请包中的文件条目被标记为文件夹：\(e.name)", detail: "entry mode S_IFDIR on a file name")
            } else if [0o010000, 0o020000, 0o060000, 0o140000].contains(e.unixType) {
                // A pipe, a device or a socket: an archiver that restores special files makes one the viewer blocks on.
                block(
                    .bundleUnsafe, "申请包中含有特殊文件（管道、设备等）：\(e.name)",
                    detail: "entry mode \(String(e.unixType, radix: 8)) (FIFO, device or socket)")
            }
            // A folder's name (a trailing slash) on an entry that holds data: unzip, 7z and Python's zipfile make an empty
            // folder and drop the data, so the clerk who opens the bundle has no such file, whatever this reader saw in it
            // (round 37, tester g: a PDF so named was accepted as the 社会保障卡, 完好).
            if e.name.hasSuffix("/") && e.size > 0 {
                block(
                    .bundleUnsafe, "申请包中的文件夹条目含有数据：\(e.name)",
                    detail: "folder entry (trailing slash) with \(e.size) bytes of data")
            }
            if e.isEncrypted {
                block(.bundleEncrypted, "文件已加密，无法审核：\(e.name)", detail: "encrypted entry")
            }
            if !exact.insert(e.name).inserted {
                block(.bundleUnsafe, "申请包中有重名文件：\(e.name)", detail: "duplicate entry name")
            } else {
                let key = e.name.lowercased()  // compared as String: canonically equivalent names are equal
                if let other = folded[key] {
                    block(.bundleUnsafe, "申请包中文件名仅大小写不同：\(other) 与 \(e.name)", detail: "names collide when case is ignored")
                } else {
                    folded[key] = e.name
                }
            }
            let ratioBroken =
                e.size > ratioFloor && e.compressedSize >= 0 && e.size / max(e.compressedSize, 1) > limits.maxCompressionRatio
            let limited = e.size > limits.maxEntrySize || ratioBroken
            if e.size > limits.maxEntrySize && ratioBroken && e.name != "manifest.xml" {
                // One finding for one size: over the limit and beyond what its compressed data can
                // hold, the header's size is wrong or the entry a bomb (round 42, tester d: a 180 KB
                // JPEG whose headers say 4 GB was told too large, a bomb and over the total).
                block(
                    .bundleLimit,
                    "压缩包记载的文件大小不可信（记载解压后 \(BundleLimits.rounded(e.size))，压缩数据仅 \(BundleLimits.rounded(max(e.compressedSize, 0)))），疑似压缩炸弹或大小记载错误：\(e.name)",
                    detail:
                        "\(e.size) bytes declared from \(e.compressedSize) compressed: ratio \(e.size / max(e.compressedSize, 1)):1 (limit \(limits.maxCompressionRatio):1), size over the entry limit \(limits.maxEntrySize)"
                )
            } else if e.size > limits.maxEntrySize {
                block(
                    .bundleLimit, "单个文件过大（上限 \(BundleLimits.readable(limits.maxEntrySize))）：\(e.name)",
                    detail: "\(e.size) bytes; limit \(limits.maxEntrySize)")
            }
            if e.name == "manifest.xml", e.size > limits.maxManifestSize {
                // The manifest's own limit says what to fix; a 20 MB manifest of repeated text was called a zip bomb
                // (round 39, tester s).
                block(
                    .bundleLimit, "申请清单 manifest.xml 过大（上限 \(BundleLimits.readable(limits.maxManifestSize))）",
                    detail: "\(e.size) bytes; limit \(limits.maxManifestSize)")
            } else if ratioBroken && e.size <= limits.maxEntrySize {
                block(
                    .bundleLimit, "文件压缩比异常，疑似压缩炸弹：\(e.name)",
                    detail: "ratio \(e.size / max(e.compressedSize, 1)):1; limit \(limits.maxCompressionRatio):1")
            }
            // An entry refused for its own size is not read: its size is no part of what is (its finding says why).
            if !limited { declaredTotal = declaredTotal.addingSaturated(max(e.size, 0)) }
            compressedTotal = compressedTotal.addingSaturated(max(e.compressedSize, 0))
            entries[i] = e
        }
        // A file and a folder of one name (files and files/…, manifest.xml and
        // manifest.xml/…; case ignored as above): no file system holds both, so what the
        // producer meant is unknown. The entry inside the folder is refused.
        var fileNames: [String: String] = [:]
        for e in entries where !e.isDirectory { fileNames[e.name.lowercased()] = fileNames[e.name.lowercased()] ?? e.name }
        for i in entries.indices {
            let name = entries[i].name
            let components = (name.hasSuffix("/") ? String(name.dropLast()) : name).split(
                separator: "/", omittingEmptySubsequences: false)
            var folder = ""
            for (k, c) in components.enumerated() {
                folder += (k == 0 ? "" : "/") + c
                if k == components.count - 1 && !entries[i].isDirectory { break }
                guard let file = fileNames[folder.lowercased()] else { continue }
                findings.append(
                    Finding(
                        .bundleUnsafe, .error, "申请包中文件与文件夹同名：\(file) 与 \(name)", path: name,
                        detail: "names collide: a file and a folder named \(file)"))
                if entries[i].blocked == nil { entries[i].blocked = .bundleUnsafe }
                break
            }
        }
        var stopAll: (message: String, detail: String)?
        if declaredTotal > limits.maxTotalSize {
            stopAll = ("申请包解压后总大小超过上限", "\(declaredTotal) bytes; limit \(limits.maxTotalSize)")
        } else if let (first, second) = overlapping {
            // Found by ZipLayout from the local headers: the two entries share bytes.
            stopAll = ("申请包中的文件数据相互重叠，疑似压缩炸弹", "entries \(first) and \(second) share bytes: overlapping entries")
        } else if compressedTotal > fileSize {
            // Entries' data cannot overlap in a sound zip: their compressed sizes add up
            // to less than the file. More means overlapping entries (a zip bomb).
            stopAll = (
                "申请包中的文件数据相互重叠，疑似压缩炸弹",
                "compressed sizes add up to \(compressedTotal) bytes in a \(fileSize)-byte file: overlapping entries"
            )
        } else if declaredTotal > ratioFloor, declaredTotal / max(fileSize, 1) > limits.maxCompressionRatio {
            stopAll = ("申请包总压缩比异常，疑似压缩炸弹", "ratio \(declaredTotal / max(fileSize, 1)):1")
        }
        if let stopAll {
            findings.append(Finding(.bundleLimit, .error, stopAll.message, detail: stopAll.detail))
            for i in entries.indices where entries[i].blocked == nil { entries[i].blocked = .bundleLimit }
        }
    }

    /// Why a name is unsafe to use as a path, or nil. Judged on the name's UTF-8 bytes,
    /// which is at least as strict as judging its characters: a `\\` or `/` followed by a
    /// combining mark is one Character but still that byte, and is refused as such.
    static func unsafeReason(_ name: String) -> String? {
        var utf8 = name
        return utf8.withUTF8 { unsafeReason(bytes: $0, name) }
    }

    private static func unsafeReason(bytes: UnsafeBufferPointer<UInt8>, _ name: String) -> String? {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        if bytes.contains(UInt8(ascii: "\\")) { return "backslash in path" }
        if bytes.first == slash { return "absolute path" }
        // `C:` and the like: a letter as the first character, then a colon byte (looked at
        // only when the name has a colon).
        if bytes.contains(UInt8(ascii: ":")), let first = name.first, first.isLetter {
            let next = first.utf8.count
            if next < bytes.count && bytes[next] == UInt8(ascii: ":") { return "drive-letter path" }
        }
        // In UTF-8 a scalar below U+0020, or U+007F, is that one byte and no other.
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return "control character in name" }
        // The components between slashes; a trailing slash (a folder entry) ends the body.
        let end = bytes.last == slash ? bytes.count - 1 : bytes.count
        var parent = false
        var nonCanonical = false
        var start = 0
        while start <= end {
            var stop = start
            while stop < end && bytes[stop] != slash { stop += 1 }
            switch stop - start {
            case 0: nonCanonical = true
            case 1 where bytes[start] == dot: nonCanonical = true
            case 2 where bytes[start] == dot && bytes[start + 1] == dot: parent = true
            default: break
            }
            start = stop + 1
        }
        if parent { return "parent directory (..) in path" }
        return nonCanonical ? "non-canonical path (. or empty component)" : nil
    }
}
