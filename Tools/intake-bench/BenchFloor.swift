import Crypto
import Foundation
import IntakeBundle
import IntakeCompression

/// The one-pass floor: every document entry's deflate stream already in memory (loaded
/// untimed, one bundle at a time), inflated, CRC-checked and SHA-256-hashed, no I/O and
/// no parsing. What one core cannot beat; `bench inspect` and `bench-run.sh` compare to it.
enum OnePassFloor {
    struct Figures {
        var seconds: Double
        /// The spec's floor: the same, plus the whole bundle file's SHA-256 (every report
        /// names it), once, from memory.
        var specSeconds: Double = 0
        /// Inflated document bytes (every entry but manifest.xml).
        var bytes: Int64
        /// Bundles whose zip opened.
        var bundles: Int
    }

    static func measure(_ urls: [URL]) -> Figures {
        var figures = Figures(seconds: 0, bytes: 0, bundles: 0)
        let inflater = RawInflater()
        for url in urls {
            guard case .opened(let bundle) = ApplicationBundle.open(url) else { continue }
            figures.bundles += 1
            var streams: [(method: Int, crc: UInt32, data: [UInt8])] = []
            for e in bundle.entries where e.name != "manifest.xml" && !e.isDirectory {
                var data: [UInt8] = []
                data.reserveCapacity(Int(e.compressedSize))
                _ = bundle.readCompressed(e) { data.append(contentsOf: $0) }
                streams.append((e.compressionMethod, e.crc32, data))
            }
            let file = (try? Data(contentsOf: url)) ?? Data()
            var bytes: Int64 = 0
            let t = Date()
            for s in streams {
                var hasher = SHA256()
                var crc: UInt32 = 0
                let consume: (UnsafeRawBufferPointer) -> Void = { piece in
                    crc = Zlib.crc32(piece, crc: crc)
                    hasher.update(bufferPointer: piece)
                    bytes += Int64(piece.count)
                }
                if s.method == 8 {
                    inflater.reset()
                    _ = s.data.withUnsafeBytes { inflater.inflate($0, consume) }
                } else {
                    s.data.withUnsafeBytes { consume($0) }
                }
                _ = hasher.finalize()
                if crc != s.crc { FileHandle.standardError.write(Data("CRC mismatch in \(url.lastPathComponent)\n".utf8)) }
            }
            let documents = Date().timeIntervalSince(t)
            let h = Date()
            _ = SHA256.hash(data: file)
            figures.seconds += documents
            figures.specSeconds += documents + Date().timeIntervalSince(h)
            figures.bytes += bytes
        }
        return figures
    }
}
