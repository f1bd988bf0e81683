public import Foundation
import IntakeCompression

/// Where a zip being written goes: memory (tests) or a file (corpora).
public protocol ByteSink: AnyObject {
    func write(_ bytes: [UInt8])
    var offset: UInt64 { get }
}

public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public func write(_ b: [UInt8]) { bytes.append(contentsOf: b) }
    public var offset: UInt64 { UInt64(bytes.count) }
}

public final class FileSink: ByteSink {
    private let handle: FileHandle
    public private(set) var offset: UInt64 = 0
    public init(url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
    }
    public func write(_ b: [UInt8]) {
        handle.write(Data(b))
        offset += UInt64(b.count)
    }
    public func close() throws { try handle.close() }
}

/// One entry to write, with every field a producer (or an attacker) can set.
public struct ZipEntrySpec: Sendable {
    public enum Method: Sendable { case stored, deflated }
    /// The name's bytes as stored (UTF-8, or GBK without the UTF-8 flag).
    public var rawName: [UInt8]
    public var utf8Flag: Bool
    public var data: [UInt8]
    public var method: Method
    public var dataDescriptor = false
    /// Bit 0 of the flags (traditional PKWARE encryption); the data is not really encrypted.
    public var encryptedFlag = false
    /// Unix mode for the external attributes (0o120777 makes a symlink).
    public var unixMode: UInt32 = 0o100644
    /// Made by MS-DOS (version made by 0, DOS attributes) instead of Unix, as Windows tools write.
    public var madeByDOS = false
    /// Lies the headers can tell.
    public var crcOverride: UInt32?
    public var sizeOverride: UInt64?
    /// An Info-ZIP Unicode Path extra field (0x7075) with this UTF-8 name, in the local and
    /// central headers, as WinRAR writes beside a GBK name; `unicodePathCRC` overrides the
    /// CRC-32 of the stored name it carries (a stale field).
    public var unicodePath: String?
    public var unicodePathCRC: UInt32?

    public init(name: String, data: [UInt8], method: Method = .deflated) {
        rawName = Array(name.utf8)
        utf8Flag = name.utf8.contains { $0 >= 0x80 }
        self.data = data
        self.method = method
    }

    public init(rawName: [UInt8], utf8Flag: Bool, data: [UInt8], method: Method = .deflated) {
        self.rawName = rawName
        self.utf8Flag = utf8Flag
        self.data = data
        self.method = method
    }

    public static func directory(_ name: String) -> ZipEntrySpec {
        var e = ZipEntrySpec(name: name.hasSuffix("/") ? name : name + "/", data: [], method: .stored)
        e.unixMode = 0o040755
        return e
    }
}

/// Writes zip archives byte by byte (APPNOTE 6.3), so tests can build every real-world
/// and hostile variant: GBK names, data descriptors, Zip64, directories, wrong CRCs,
/// encryption flags, symlinks, overlapping entries.
public final class ZipWriter {
    struct Central {
        var rawName: [UInt8]
        var flags: UInt16
        var method: UInt16
        var crc: UInt32
        var compressedSize: UInt64
        var size: UInt64
        var offset: UInt64
        var unixMode: UInt32
        var extraFields: [UInt8] = []
        var madeByDOS = false
    }

    private let sink: any ByteSink
    private var central: [Central] = []
    /// Write Zip64 extra fields and end records for every entry.
    public var zip64: Bool

    public init(sink: any ByteSink, zip64: Bool = false) {
        self.sink = sink
        self.zip64 = zip64
    }

    /// Appends one entry (local header, data, optional descriptor).
    public func add(_ e: ZipEntrySpec) {
        let payload = e.method == .deflated ? Zlib.deflate(e.data) : e.data
        let crc = e.crcOverride ?? Zlib.crc32(e.data)
        let size = e.sizeOverride ?? UInt64(e.data.count)
        var extra: [UInt8] = []
        if let name = e.unicodePath {
            var x = ByteWriter()
            x.u16(0x7075)
            x.u16(UInt16(5 + name.utf8.count))
            x.bytes([1])
            x.u32(e.unicodePathCRC ?? Zlib.crc32(e.rawName))
            x.bytes(Array(name.utf8))
            extra = x.out
        }
        addRaw(
            rawName: e.rawName, flags: flags(e), method: e.method == .deflated ? 8 : 0, crc: crc,
            compressedPayload: payload, size: size, unixMode: e.unixMode, dataDescriptor: e.dataDescriptor,
            extraFields: extra, madeByDOS: e.madeByDOS)
    }

    func flags(_ e: ZipEntrySpec) -> UInt16 {
        var f: UInt16 = 0
        if e.encryptedFlag { f |= 1 }
        if e.dataDescriptor { f |= 1 << 3 }
        if e.utf8Flag { f |= 1 << 11 }
        return f
    }

    /// Appends an entry whose compressed bytes are given as they are.
    public func addRaw(
        rawName: [UInt8], flags: UInt16, method: UInt16, crc: UInt32, compressedPayload: [UInt8],
        size: UInt64, unixMode: UInt32 = 0o100644, dataDescriptor: Bool = false, extraFields: [UInt8] = [],
        madeByDOS: Bool = false
    ) {
        let offset = sink.offset
        let comp = UInt64(compressedPayload.count)
        var h = ByteWriter()
        h.u32(0x0403_4b50)
        h.u16(zip64 ? 45 : 20)
        h.u16(flags)
        h.u16(method)
        h.u16(0)  // time
        h.u16(0x21)  // date 1980-01-01
        let extra: [UInt8] =
            (zip64 ? Self.zip64Extra(size: dataDescriptor ? 0 : size, comp: dataDescriptor ? 0 : comp, offset: nil) : [])
            + extraFields
        if dataDescriptor {
            h.u32(0)
            h.u32(zip64 ? 0xFFFF_FFFF : 0)
            h.u32(zip64 ? 0xFFFF_FFFF : 0)
        } else {
            h.u32(crc)
            h.u32(zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: comp))
            h.u32(zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: size))
        }
        h.u16(UInt16(rawName.count))
        h.u16(UInt16(extra.count))
        h.bytes(rawName)
        h.bytes(extra)
        sink.write(h.out)
        sink.write(compressedPayload)
        if dataDescriptor {
            var d = ByteWriter()
            d.u32(0x0807_4b50)
            d.u32(crc)
            if zip64 {
                d.u64(comp)
                d.u64(size)
            } else {
                d.u32(UInt32(truncatingIfNeeded: comp))
                d.u32(UInt32(truncatingIfNeeded: size))
            }
            sink.write(d.out)
        }
        central.append(
            Central(
                rawName: rawName, flags: flags, method: method, crc: crc, compressedSize: comp, size: size,
                offset: offset, unixMode: unixMode, extraFields: extraFields, madeByDOS: madeByDOS))
    }

    public var entryCount: Int { central.count }

    static func zip64Extra(size: UInt64, comp: UInt64, offset: UInt64?) -> [UInt8] {
        var x = ByteWriter()
        x.u16(0x0001)
        x.u16(offset == nil ? 16 : 24)
        x.u64(size)
        x.u64(comp)
        if let offset { x.u64(offset) }
        return x.out
    }

    /// Writes the central directory and end records.
    public func finish(comment: [UInt8] = []) {
        let cdStart = sink.offset
        for c in central {
            var h = ByteWriter()
            h.u32(0x0201_4b50)
            h.u16((c.madeByDOS ? 0x0000 : 0x0300) | (zip64 ? 45 : 20))  // made by MS-DOS or Unix
            h.u16(zip64 ? 45 : 20)
            h.u16(c.flags)
            h.u16(c.method)
            h.u16(0)
            h.u16(0x21)
            h.u32(c.crc)
            let extra =
                (zip64 ? Self.zip64Extra(size: c.size, comp: c.compressedSize, offset: c.offset) : []) + c.extraFields
            h.u32(zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: c.compressedSize))
            h.u32(zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: c.size))
            h.u16(UInt16(c.rawName.count))
            h.u16(UInt16(extra.count))
            h.u16(0)  // comment
            h.u16(0)  // disk
            h.u16(0)  // internal attributes
            h.u32(c.madeByDOS ? 0x20 : c.unixMode << 16)  // DOS: the archive bit
            h.u32(zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: c.offset))
            h.bytes(c.rawName)
            h.bytes(extra)
            sink.write(h.out)
        }
        let cdSize = sink.offset - cdStart
        if zip64 {
            let eocd64 = sink.offset
            var z = ByteWriter()
            z.u32(0x0606_4b50)
            z.u64(44)
            z.u16(45)
            z.u16(45)
            z.u32(0)
            z.u32(0)
            z.u64(UInt64(central.count))
            z.u64(UInt64(central.count))
            z.u64(cdSize)
            z.u64(cdStart)
            z.u32(0x0706_4b50)  // locator
            z.u32(0)
            z.u64(eocd64)
            z.u32(1)
            sink.write(z.out)
        }
        var e = ByteWriter()
        e.u32(0x0605_4b50)
        e.u16(0)
        e.u16(0)
        e.u16(zip64 ? 0xFFFF : UInt16(truncatingIfNeeded: central.count))
        e.u16(zip64 ? 0xFFFF : UInt16(truncatingIfNeeded: central.count))
        e.u32(zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: cdSize))
        e.u32(zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: cdStart))
        e.u16(UInt16(comment.count))
        e.bytes(comment)
        sink.write(e.out)
    }
}

/// Little-endian byte assembly.
struct ByteWriter {
    var out: [UInt8] = []
    mutating func u16(_ v: UInt16) { out += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    mutating func u32(_ v: UInt32) { for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
    mutating func u64(_ v: UInt64) { for s in stride(from: 0, to: 64, by: 8) { out.append(UInt8((v >> UInt64(s)) & 0xFF)) } }
    mutating func bytes(_ b: [UInt8]) { out += b }
}
