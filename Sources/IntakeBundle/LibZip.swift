// The only file that imports CLibZip: every libzip pointer stays here.
import CLibZip
import Foundation

/// Why libzip could not open an archive, in its own terms.
struct ZipOpenFailure: Error, Sendable {
    enum Reason: Sendable {
        /// Not a zip archive at all (no end of central directory).
        case notZip
        /// Reading stopped early: the file is truncated.
        case truncated
        /// The central directory or a local header contradicts itself.
        case inconsistent
        /// Two entries carry the same name.
        case duplicateName
        /// A multi-disk archive, or a feature libzip does not read.
        case unsupported
        /// The file could not be opened or read (permissions, I/O).
        case io
    }
    var reason: Reason
    var message: String
}

/// What the central directory says of one entry (name bytes undecoded).
struct ZipEntryRecord: Sendable {
    var index: Int
    var rawName: [UInt8]
    var size: Int64
    var compressedSize: Int64
    var crc: UInt32
    /// 0 stored, 8 deflated, others as in APPNOTE.
    var compressionMethod: Int
    var isEncrypted: Bool
    var isSymlink: Bool
    /// The S_IFMT bits a Unix host recorded (0: none, or not made on Unix).
    var unixType: UInt32 = 0
    /// Made by an MS-DOS, NTFS or VFAT host, whose tools (old .NET, some Windows zippers)
    /// write `\` for the folder separator the format says is `/`.
    var madeByWindows: Bool = false
}

/// How reading one entry ended.
enum ZipReadOutcome: Sendable, Equatable {
    /// Every byte was delivered and libzip's CRC check passed.
    case complete
    /// The stored CRC-32 does not match the data.
    case crcMismatch
    /// The body asked to stop (a limit was reached).
    case stopped
    /// The data could not be read or inflated.
    case failed(String)
}

/// A zip archive opened read-only. Not Sendable: a libzip archive belongs to one thread;
/// bundles run in parallel with one archive each.
final class ZipArchive {
    private let handle: OpaquePointer

    /// Opens the archive on the open file `fd` read-only (libzip reads a duplicate of it;
    /// the caller still owns and closes `fd`). Local headers are not compared with the
    /// central directory here (libzip's `ZIP_CHECKCONS` refuses sound archives written by
    /// Info-ZIP with Zip64 or to a pipe): ``ZipLayout`` does the checks that matter.
    init(fd: Int32) throws(ZipOpenFailure) {
        let copy = dup(fd)
        guard copy >= 0 else {
            throw ZipOpenFailure(reason: .io, message: String(cString: strerror(errno)))
        }
        var code: Int32 = 0
        // On success libzip owns `copy` (it closes it with the archive); on failure we do.
        guard let za = zip_fdopen(copy, 0, &code) else {
            close(copy)
            throw ZipArchive.failure(code: code)
        }
        handle = za
    }

    /// Opens the archive on bytes in memory (a ``BundleFile``), read-only; the bytes must
    /// outlive the archive.
    init(memory: UnsafeRawBufferPointer) throws(ZipOpenFailure) {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(memory.baseAddress, zip_uint64_t(memory.count), 0, &error) else {
            throw ZipOpenFailure(reason: .io, message: String(cString: zip_error_strerror(&error)))
        }
        guard let za = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw ZipArchive.failure(code: zip_error_code_zip(&error))
        }
        handle = za
    }

    /// Opens the archive as unzip reads it: `size` bytes of `source`, which begins past a
    /// self-extractor's prefix its offsets do not count (``ZipLayout/prefixLength(_:end:)``),
    /// with `patches` applied to its central directory (``ZipLayout/libzipPatches(_:)``).
    /// The bytes in memory must outlive the archive; a file is read through a duplicate of
    /// its descriptor.
    init(_ source: ZipLayout.Source, size: UInt64, patches: [ZipLayout.Patch]) throws(ZipOpenFailure) {
        let shown: ShownBytes
        do {
            shown = try ShownBytes(source, size: size, patches: patches)
        } catch {
            throw ZipOpenFailure(reason: .io, message: String(cString: strerror(errno)))
        }
        let context = Unmanaged.passRetained(shown).toOpaque()
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let zipSource = zip_source_function_create(shownBytesCallback, context, &error) else {
            Unmanaged<ShownBytes>.fromOpaque(context).release()
            throw ZipOpenFailure(reason: .io, message: String(cString: zip_error_strerror(&error)))
        }
        // From here libzip owns `context` and releases it with ZIP_SOURCE_FREE.
        guard let za = zip_open_from_source(zipSource, ZIP_RDONLY, &error) else {
            zip_source_free(zipSource)
            throw ZipArchive.failure(code: zip_error_code_zip(&error))
        }
        handle = za
    }

    deinit { zip_discard(handle) }

    private static func failure(code: Int32) -> ZipOpenFailure {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        let said = String(cString: zip_error_strerror(&error))
        let message =
            code == ZIP_ER_NOENT ? "a record of the central directory does not match the archive (libzip: \(said))" : said
        let reason: ZipOpenFailure.Reason =
            switch code {
            case ZIP_ER_NOZIP: .notZip
            case ZIP_ER_EOF, ZIP_ER_READ, ZIP_ER_SEEK: .truncated
            // NOENT from an archive already open is an entry its directory does not hold as it says (a record's sizes
            // 0xFFFFFFFF with no Zip64 field), not a missing file (round 63, tester e: "cannot read: No such file").
            case ZIP_ER_INCONS, ZIP_ER_COMPRESSED_DATA, ZIP_ER_NOENT: .inconsistent
            case ZIP_ER_EXISTS: .duplicateName
            case ZIP_ER_MULTIDISK, ZIP_ER_OPNOTSUPP, ZIP_ER_COMPNOTSUPP: .unsupported
            default: .io
            }
        return ZipOpenFailure(reason: reason, message: message)
    }

    /// Whether this libzip decompresses entries of `method` (its build decides: bzip2, LZMA,
    /// XZ and Zstandard are optional).
    static func decompresses(_ method: Int) -> Bool {
        guard let m = Int32(exactly: method) else { return false }
        return zip_compression_method_supported(m, 0) != 0
    }

    var entryCount: Int { Int(zip_get_num_entries(handle, 0)) }

    /// The central directory record of entry `index`, or nil if libzip cannot stat it.
    func record(at index: Int) -> ZipEntryRecord? {
        var st = zip_stat_t()
        zip_stat_init(&st)
        guard zip_stat_index(handle, zip_uint64_t(index), zip_flags_t(ZIP_FL_ENC_RAW), &st) == 0,
            let name = st.name
        else { return nil }
        let rawName = Array(
            UnsafeBufferPointer(start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name)))
        var opsys: zip_uint8_t = 0
        var attributes: zip_uint32_t = 0
        var isSymlink = false
        var unixType: UInt32 = 0
        var madeByWindows = false
        if zip_file_get_external_attributes(handle, zip_uint64_t(index), 0, &opsys, &attributes) == 0 {
            if opsys == zip_uint8_t(ZIP_OPSYS_UNIX) {
                unixType = (attributes >> 16) & 0o170000
                isSymlink = unixType == 0o120000
            }
            madeByWindows = [ZIP_OPSYS_DOS, ZIP_OPSYS_WINDOWS_NTFS, ZIP_OPSYS_VFAT].contains { opsys == zip_uint8_t($0) }
        }
        return ZipEntryRecord(
            index: index, rawName: rawName,
            size: st.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 ? Int64(clamping: st.size) : -1,
            compressedSize: st.valid & zip_uint64_t(ZIP_STAT_COMP_SIZE) != 0
                ? Int64(clamping: st.comp_size) : -1,
            crc: st.crc,
            compressionMethod: Int(st.comp_method),
            isEncrypted: st.valid & zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD) != 0
                && st.encryption_method != zip_uint16_t(ZIP_EM_NONE),
            isSymlink: isSymlink, unixType: unixType, madeByWindows: madeByWindows)
    }

    /// Reads entry `index`'s raw (still deflated) bytes into `destination`, until it is
    /// full or the entry ends; the count read, nil when libzip fails.
    func readRaw(index: Int, into destination: UnsafeMutableRawBufferPointer) -> Int? {
        guard let file = zip_fopen_index(handle, zip_uint64_t(index), zip_flags_t(ZIP_FL_COMPRESSED)) else { return nil }
        defer { zip_fclose(file) }
        var got = 0
        while got < destination.count {
            let n = zip_fread(file, destination.baseAddress! + got, zip_uint64_t(destination.count - got))
            if n < 0 { return nil }
            if n == 0 { break }
            got += Int(n)
        }
        return got
    }

    /// Streams entry `index` through `buffer` once, handing each filled chunk to `body`,
    /// which returns false to stop. With `compressed`, the raw (still deflated) bytes are
    /// delivered and no CRC is checked.
    func read(
        index: Int, buffer: UnsafeMutableRawBufferPointer, compressed: Bool = false,
        _ body: (UnsafeRawBufferPointer) -> Bool
    ) -> ZipReadOutcome {
        let flags = compressed ? zip_flags_t(ZIP_FL_COMPRESSED) : 0
        guard let file = zip_fopen_index(handle, zip_uint64_t(index), flags) else {
            return .failed(String(cString: zip_strerror(handle)))
        }
        defer { zip_fclose(file) }
        while true {
            let n = zip_fread(file, buffer.baseAddress, zip_uint64_t(buffer.count))
            if n < 0 {
                let error = zip_file_get_error(file)
                if zip_error_code_zip(error) == ZIP_ER_CRC { return .crcMismatch }
                return .failed(String(cString: zip_file_strerror(file)))
            }
            if n == 0 { return .complete }
            if !body(UnsafeRawBufferPointer(rebasing: buffer[0..<Int(n)])) { return .stopped }
        }
    }
}

/// The archive's bytes as libzip reads them through a source of our own (zip_source_function(3)),
/// the patches applied as they are read.
private final class ShownBytes {
    private let source: ZipLayout.Source
    private let size: UInt64
    private let patches: [ZipLayout.Patch]
    /// A duplicate of a file source's descriptor: the caller closes its own when the
    /// bundle is opened, libzip reads entries later.
    private let descriptor: Int32?
    private var position: UInt64 = 0
    private var error = zip_error_t()

    struct DuplicateFailed: Error {}

    init(_ source: ZipLayout.Source, size: UInt64, patches: [ZipLayout.Patch]) throws(DuplicateFailed) {
        if case .file(let fd, let base) = source {
            let copy = dup(fd)
            guard copy >= 0 else { throw DuplicateFailed() }
            descriptor = copy
            self.source = .file(copy, base: base)
        } else {
            descriptor = nil
            self.source = source
        }
        self.size = size
        self.patches = patches
        zip_error_init(&error)
    }

    deinit {
        zip_error_fini(&error)
        if let descriptor { close(descriptor) }
    }

    /// One command of libzip's source protocol (zip_source_function(3)).
    func answer(_ data: UnsafeMutableRawPointer?, _ length: zip_uint64_t, _ command: zip_source_cmd_t) -> zip_int64_t {
        switch command {
        case ZIP_SOURCE_OPEN, ZIP_SOURCE_CLOSE:
            position = 0
            return 0
        case ZIP_SOURCE_READ:
            guard let data else { return invalid() }
            let count = Int(min(length, size - min(position, size), 1 << 30))
            if count == 0 { return 0 }
            guard let bytes = ZipLayout.read(source, at: position, count: count) else {
                zip_error_set(&error, ZIP_ER_READ, EIO)
                return -1
            }
            bytes.withUnsafeBytes { data.copyMemory(from: $0.baseAddress!, byteCount: count) }
            for patch in patches where patch.offset >= position && patch.offset - position < UInt64(count) {
                data.storeBytes(of: patch.byte, toByteOffset: Int(patch.offset - position), as: UInt8.self)
            }
            position += UInt64(count)
            return zip_int64_t(count)
        case ZIP_SOURCE_STAT:
            guard let data, length >= MemoryLayout<zip_stat_t>.size else { return invalid() }
            let stat = data.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            stat.pointee.size = size
            stat.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE)
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            guard let data else { return invalid() }
            return zip_error_to_data(&error, data, length)
        case ZIP_SOURCE_SEEK:
            guard let data else { return invalid() }
            let to = zip_source_seek_compute_offset(position, size, data, length, &error)
            guard to >= 0 else { return -1 }
            position = zip_uint64_t(to)
            return 0
        case ZIP_SOURCE_TELL:
            return zip_int64_t(position)
        case ZIP_SOURCE_SUPPORTS:
            let supported = [
                ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS,
            ]
            return supported.reduce(0) { $0 | zip_int64_t(1) << zip_int64_t($1.rawValue) }
        default:
            zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0)
            return -1
        }
    }

    private func invalid() -> zip_int64_t {
        zip_error_set(&error, ZIP_ER_INVAL, 0)
        return -1
    }
}

/// libzip calls this for every command on a ``ShownBytes`` source; it frees the context last.
private let shownBytesCallback: zip_source_callback = { context, data, length, command in
    guard let context else { return -1 }
    if command == ZIP_SOURCE_FREE {
        Unmanaged<ShownBytes>.fromOpaque(context).release()
        return 0
    }
    return Unmanaged<ShownBytes>.fromOpaque(context).takeUnretainedValue().answer(data, length, command)
}
