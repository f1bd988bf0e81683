internal import CIntakeProcess
import Crypto
import Foundation
import IntakeModel

/// A catalog as a whole load parsed it (its sources, calendar and matters), kept so that
/// the next load reads it back instead of parsing and validating ~400 XML files again:
/// one file per catalog version in the cache folder of ``CatalogVersionCache``
/// (`INTAKE_CATALOG_CACHE`, …; `off`: none). A whole load (a run, the server, a reload)
/// reads all of it; a one-matter load (`intake check`) reads its index, its head and the
/// parts of one matter code.
///
/// Keyed by everything the catalog is made from: the catalog version (the SHA-256 of the
/// pipeline, every catalog file, the calendar and the seeds: computed in full on every
/// whole load, and by a one-matter load or taken from its ``CatalogVersionCache``), the
/// catalog schema's SHA-256 (a stricter schema must be able to refuse a file), and the
/// build ID of the running executable (a new build may map the XML differently).
/// Written only after a whole load with no problem — every file valid —, atomically;
/// read only if this user alone could have written it (see
/// ``CatalogVersionCache/readOwn(_:maxSize:)``). Each part's SHA-256 is checked before
/// it is decoded, and anything that does not match (another key, damage, a decoder
/// error) is a miss: the catalog is parsed as without a snapshot. Before it is kept, a
/// snapshot is read back and compared with what was parsed (see SnapshotCoding).
///
/// The file: the key's lines, `index LENGTH SHA256\n`, the index (a ``SnapshotPart``:
/// each part's name, offset, length and SHA-256), then the parts end to end: the head
/// (``SnapshotHead``), then each matter in catalog order, named by its code.
struct CatalogSnapshot {
    let file: String
    /// The header's lines: what the file must start with to be this snapshot.
    let key: [UInt8]

    static let header = "intake catalog snapshot 5"
    /// A snapshot larger than this is not read, in whole or in part (the catalog's is
    /// about 1 MB).
    static let maxSize = 256 << 20

    /// The snapshot of this catalog version, or nil when there is no cache folder, no
    /// schema digest (a loader made from a schema in memory) or no build ID.
    init?(version: String, schemaDigest: String?, environment: [String: String]) {
        guard let folder = CatalogVersionCache.folder(environment), let schemaDigest,
            let build = BuildIdentity.current
        else { return nil }
        let lines = [Self.header, "version " + version, "schema " + schemaDigest, "build " + build]
        key = Array((lines.joined(separator: "\n") + "\n").utf8)
        let name = Hex.string(SHA256.hash(data: key)).prefix(32)
        file = folder + "/catalog-snapshot-" + name + ".bin"
    }

    /// What a snapshot holds.
    struct Contents: Equatable {
        var head: SnapshotHead
        var matters: [Matter]
    }

    /// Everything kept for this key, or nil (absent, another key, damaged).
    func contents() -> Contents? { read(only: nil) }

    /// The head and the matters whose codes are in `codes` (every version of each, in
    /// catalog order; none when the catalog has no such code), or nil (absent, another
    /// key, damaged: the parts read are checked, the others are not).
    func contents(codes: Set<String>) -> Contents? { read(only: codes) }

    private func read(only codes: Set<String>?) -> Contents? {
        guard let codes else { return readWhole() }
        // The key and the index line, the index, the head and the parts of those codes:
        // a few pages of the file, not all of it.
        guard let (fd, size) = CatalogVersionCache.openOwn(file), size <= Self.maxSize else { return nil }
        defer { close(fd) }
        guard let start = RegularFile.pread(fd, at: 0, count: min(size, key.count + Self.indexLineMax)),
            let (length, digest, lineEnd) = (start.withUnsafeBytes { Self.indexLine($0, key: key) }),
            length <= size - lineEnd, let indexBytes = RegularFile.pread(fd, at: Int64(lineEnd), count: length),
            let index = (indexBytes.withUnsafeBytes { Self.index($0, digest: digest) })
        else { return nil }
        let base = lineEnd + length
        return Self.contents(index, codes: codes) { entry in
            guard entry.offset >= 0, entry.length >= 0, entry.offset <= size - base,
                entry.length <= size - base - entry.offset
            else { return nil }
            return RegularFile.pread(fd, at: Int64(base + entry.offset), count: entry.length)
        }
    }

    /// The whole file read and every part checked.
    private func readWhole() -> Contents? {
        guard let bytes = CatalogVersionCache.readOwn(file, maxSize: Self.maxSize) else { return nil }
        return bytes.withUnsafeBytes { raw -> Contents? in
            guard let (length, digest, lineEnd) = Self.indexLine(raw, key: key), length <= raw.count - lineEnd,
                let index = Self.index(UnsafeRawBufferPointer(rebasing: raw[lineEnd..<(lineEnd + length)]), digest: digest)
            else { return nil }
            let parts = UnsafeRawBufferPointer(rebasing: raw[(lineEnd + length)...])
            // The parts tile the rest of the file: nothing missing, nothing extra.
            var end = 0
            for entry in index {
                guard entry.offset == end, entry.length >= 0, entry.length <= parts.count - end else { return nil }
                end += entry.length
            }
            guard end == parts.count else { return nil }
            return Self.contents(index, codes: nil) { Array(parts[$0.offset..<($0.offset + $0.length)]) }
        }
    }

    /// The head and the matters (of `codes`, or all) an index lists, each part's bytes
    /// given by `bytes` (nil: cannot be read), checked against its digest and decoded;
    /// nil when any part is not what its entry says.
    private static func contents(_ index: [Entry], codes: Set<String>?, bytes: (Entry) -> [UInt8]?) -> Contents? {
        func part<T: SnapshotCodable>(_ type: T.Type, _ entry: Entry) -> T? {
            bytes(entry).flatMap { $0.withUnsafeBytes { Self.part(T.self, entry, $0) } }
        }
        guard let head = part(SnapshotHead.self, index[0]) else { return nil }
        var matters: [Matter] = []
        matters.reserveCapacity(codes == nil ? index.count - 1 : 1)
        for entry in index.dropFirst() where codes?.contains(entry.name) ?? true {
            guard let matter = part(Matter.self, entry), matter.code == entry.name else { return nil }
            matters.append(matter)
        }
        return Contents(head: head, matters: matters)
    }

    /// One entry of the index: where a part lies after the index, and its SHA-256.
    struct Entry: SnapshotCodable, Equatable {
        /// The matter's code; empty for the head.
        var name: String
        var offset: Int
        var length: Int
        var digest: Digest

        func write(to out: inout SnapshotWriter) {
            out.string(name)
            out.int(offset)
            out.int(length)
            for word in [digest.a, digest.b, digest.c, digest.d] { out.integer(word) }
        }

        init(name: String, offset: Int, length: Int, digest: Digest) {
            self.name = name
            self.offset = offset
            self.length = length
            self.digest = digest
        }

        init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
            name = try input.string()
            offset = try input.int()
            length = try input.int()
            digest = Digest(a: try input.integer(), b: try input.integer(), c: try input.integer(), d: try input.integer())
        }
    }

    /// A SHA-256 as four words (its bytes in order, each word little-endian).
    struct Digest: Equatable {
        var a, b, c, d: UInt64
    }

    struct Index: SnapshotCodable {
        var entries: [Entry]
        func write(to out: inout SnapshotWriter) { out.list(entries) }
        init(entries: [Entry]) { self.entries = entries }
        init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) { entries = try input.list(Entry.self) }
    }

    /// The SHA-256 of `bytes`.
    static func digest(_ bytes: UnsafeRawBufferPointer) -> Digest {
        SHA256.hash(data: bytes).withUnsafeBytes { d in
            func word(_ i: Int) -> UInt64 { UInt64(littleEndian: d.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
            return Digest(a: word(0), b: word(1), c: word(2), d: word(3))
        }
    }

    /// The index line's longest form: `index`, a length, a SHA-256 in hex.
    static let indexLineMax = 6 + 20 + 1 + 64 + 1

    /// After the key, `index LENGTH HEX\n`: the index's length and digest, and where the
    /// index begins; nil when `bytes` do not start so.
    static func indexLine(_ bytes: UnsafeRawBufferPointer, key: [UInt8]) -> (length: Int, digest: String, end: Int)? {
        guard bytes.count > key.count, bytes.starts(with: key) else { return nil }
        let rest = UnsafeRawBufferPointer(rebasing: bytes[key.count...])
        guard let newline = rest.prefix(indexLineMax).firstIndex(of: 0x0A) else { return nil }
        let fields = rest[..<newline].split(separator: 0x20, omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].elementsEqual("index".utf8), fields[2].count == 64,
            fields[1].allSatisfy({ (0x30...0x39).contains($0) }), let length = Int(String(decoding: fields[1], as: UTF8.self))
        else { return nil }
        return (length, String(decoding: fields[2], as: UTF8.self), key.count + newline + 1)
    }

    /// The index's entries, checked against its digest; the head first. Nil when damaged.
    static func index(_ bytes: UnsafeRawBufferPointer, digest: String) -> [Entry]? {
        guard Hex.string(SHA256.hash(data: bytes)) == digest,
            let index = try? SnapshotPart.decode(Index.self, bytes), !index.entries.isEmpty,
            index.entries[0].name.isEmpty
        else { return nil }
        return index.entries
    }

    /// A part's bytes, checked against its entry's digest and decoded, or nil.
    static func part<T: SnapshotCodable>(_ type: T.Type, _ entry: Entry, _ bytes: UnsafeRawBufferPointer) -> T? {
        guard bytes.count == entry.length, digest(bytes) == entry.digest else { return nil }
        return try? SnapshotPart.decode(T.self, bytes)
    }

    /// Keeps `contents` for this key, if every part reads back equal to what was parsed
    /// (a field the snapshot's coding does not carry leaves no snapshot). Best effort: a
    /// folder that cannot be written leaves none.
    func store(_ contents: Contents) {
        var parts: [UInt8] = []
        parts.reserveCapacity(2 << 20)
        var entries: [Entry] = []
        entries.reserveCapacity(contents.matters.count + 1)
        func add<T: SnapshotCodable & Equatable>(_ value: T, name: String) -> Bool {
            let bytes = SnapshotPart.encode(value)
            let same = bytes.withUnsafeBytes { (try? SnapshotPart.decode(T.self, $0)) == value }
            entries.append(
                Entry(name: name, offset: parts.count, length: bytes.count, digest: bytes.withUnsafeBytes(Self.digest)))
            parts += bytes
            return same
        }
        guard add(contents.head, name: "") else { return }
        for matter in contents.matters {
            // The head's name is empty: a matter's must not be.
            guard !matter.code.isEmpty, add(matter, name: matter.code) else { return }
        }
        let index = SnapshotPart.encode(Index(entries: entries))
        var bytes = key
        bytes += Array("index \(index.count) \(Hex.string(SHA256.hash(data: index)))\n".utf8)
        bytes += index
        bytes += parts
        CatalogVersionCache.write(bytes, to: file, prefix: "catalog-snapshot-", suffix: ".bin", keep: Self.keep)
    }

    /// Snapshots kept in the folder (the newest): the catalog in use, the one before it
    /// (a reload can go back), and a few other pipelines' or checkouts'.
    static let keep = 4
}

/// The GNU build ID of the running executable (its `.note.gnu.build-id`, which the linker
/// derives from the linked code), as hex; nil when it has none.
enum BuildIdentity {
    static let current: String? = {
        var id = [UInt8](repeating: 0, count: 64)
        let length = id.withUnsafeMutableBufferPointer { intake_build_id($0.baseAddress, $0.count) }
        return length == 0 ? nil : Hex.string(id.prefix(length))
    }()
}
