internal import CIntakeProcess
import Crypto
import Foundation
import IntakeModel

/// The whole catalog's matters as a load parsed them, kept so that the next whole load
/// (a run, the server, a reload) reads them back instead of parsing and validating ~400
/// XML files again: one file per catalog version in the cache folder of
/// ``CatalogVersionCache`` (`INTAKE_CATALOG_CACHE`, …; `off`: none).
///
/// Keyed by everything the matters are made from: the catalog version (the SHA-256 of the
/// pipeline, every catalog file, the calendar and the seeds, computed in full on every
/// load — a snapshot is never trusted by file dates), the catalog schema's SHA-256 (a
/// stricter schema must be able to refuse a file), and the build ID of the running
/// executable (a new build may map the XML differently). Written only after a load with
/// no problem, atomically; read only if this user alone could have written it (see
/// ``CatalogVersionCache/readOwn(_:maxSize:)``); its payload's SHA-256 is checked, and
/// anything that does not match (another key, damage, a decoder error) is a miss: the
/// catalog is parsed as without a snapshot and a new one written. Before it is kept, a
/// snapshot is read back and compared with the matters parsed (see SnapshotCoding).
struct CatalogSnapshot {
    let file: String
    /// The header's lines: what the file must start with to be this snapshot.
    let key: [UInt8]

    static let header = "intake catalog snapshot 1"
    /// A snapshot larger than this is not read (the catalog's is about 1 MB).
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

    /// The matters kept for this key, or nil (absent, another key, damaged).
    func matters() -> [Matter]? {
        guard let bytes = CatalogVersionCache.readOwn(file, maxSize: Self.maxSize) else { return nil }
        // key, "payload <sha256 hex>\n", payload
        let digestLine = key.count + "payload ".utf8.count + 64 + 1
        guard bytes.count >= digestLine, bytes.starts(with: key),
            bytes[key.count...].starts(with: "payload ".utf8), bytes[digestLine - 1] == 0x0A
        else { return nil }
        let payload = bytes[digestLine...]
        let digest = bytes[(key.count + "payload ".utf8.count)..<(digestLine - 1)]
        guard Array(Hex.string(SHA256.hash(data: payload)).utf8) == Array(digest) else { return nil }
        return payload.withUnsafeBytes { try? SnapshotMatters.decode($0) }
    }

    /// Keeps `matters` for this key, if they read back equal to themselves (a field the
    /// snapshot's coding does not carry leaves no snapshot). Best effort: a folder that
    /// cannot be written leaves none.
    func store(_ matters: [Matter]) {
        let payload = SnapshotMatters.encode(matters)
        guard (payload.withUnsafeBytes { try? SnapshotMatters.decode($0) }) == matters else { return }
        var bytes = key
        bytes += Array(("payload " + Hex.string(SHA256.hash(data: payload)) + "\n").utf8)
        bytes += payload
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
