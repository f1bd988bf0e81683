// The only file that imports CZlib: deflate for the fixture writer, inflate (raw for the
// benchmark's one-pass floor, zlib-wrapped for PNG image data) and CRC-32.
import CZlib

/// zlib's raw deflate, inflate and CRC-32 over byte arrays.
public enum Zlib {
    /// CRC-32 (IEEE) of `bytes`, continuing from `crc`.
    public static func crc32(_ bytes: UnsafeRawBufferPointer, crc: UInt32 = 0) -> UInt32 {
        guard let base = bytes.baseAddress else { return crc }
        return UInt32(CZlib.crc32_z(UInt(crc), base.assumingMemoryBound(to: Bytef.self), bytes.count))
    }

    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { crc32($0) }
    }

    /// Raw deflate (no zlib header), as zip entries store it; with `zlibHeader`, the zlib
    /// format (header and Adler-32), as PNG image data stores it.
    public static func deflate(_ input: [UInt8], level: Int32 = 6, zlibHeader: Bool = false) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, level, Z_DEFLATED, zlibHeader ? 15 : -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return [] }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
        var input = input
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                let rc = CZlib.deflate(&stream, Z_FINISH)
                return rc == Z_STREAM_END ? outBuf.count - Int(stream.avail_out) : -1
            }
        }
        return produced < 0 ? [] : Array(output[0..<produced])
    }
}

/// A streaming inflater with a fixed output buffer: memory stays bounded whatever the
/// stream's size. Raw deflate by default; `zlibHeader`: the zlib format (its header and
/// Adler-32 checked).
public final class RawInflater {
    private var stream = z_stream()
    private var output: UnsafeMutableRawBufferPointer
    private var ok: Bool
    /// The stream's end was reached (bytes fed after it are ignored).
    public private(set) var finished = false

    public init(outputChunk: Int = 256 << 10, zlibHeader: Bool = false) {
        output = .allocate(byteCount: outputChunk, alignment: 16)
        ok = inflateInit2_(&stream, zlibHeader ? 15 : -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit {
        if ok { inflateEnd(&stream) }
        output.deallocate()
    }

    /// Starts a new stream.
    public func reset() {
        if ok { inflateReset(&stream) }
        finished = false
    }

    /// Inflates `input`, handing each filled output piece to `body` while it returns true:
    /// nil as soon as it returns false (a stream past the size it declared is not inflated
    /// to its end: 10 bytes declared may hide gigabytes), else false on a data error.
    public func inflate(_ input: UnsafeRawBufferPointer, until body: (UnsafeRawBufferPointer) -> Bool) -> Bool? {
        guard ok, !finished, let base = input.baseAddress else { return ok }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        while true {
            stream.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(output.count)
            let rc = CZlib.inflate(&stream, Z_NO_FLUSH)
            let produced = output.count - Int(stream.avail_out)
            if produced > 0, !body(UnsafeRawBufferPointer(rebasing: output[0..<produced])) { return nil }
            if rc == Z_STREAM_END {
                finished = true
                return true
            }
            if rc != Z_OK && rc != Z_BUF_ERROR { return false }
            if stream.avail_in == 0 && stream.avail_out != 0 { return true }
        }
    }

    /// Inflates `input`, handing each filled output piece to `body`. Returns false on a
    /// data error.
    public func inflate(_ input: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        inflate(
            input,
            until: { piece in
                body(piece)
                return true
            }) ?? true
    }
}
