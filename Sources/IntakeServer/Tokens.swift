import Crypto
public import Foundation

/// The bearer tokens the server accepts, held as their SHA-256 digests (`--tokens FILE`:
/// one hex digest per line, as `sha256sum` prints it or alone, LF or CRLF, `#` comments and blank lines allowed), so the file
/// holds no secret. A presented token is hashed and compared with every digest in
/// constant time: neither the position of a differing byte nor which digest matched shows
/// in the timing.
public struct TokenDigests: Sendable {
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    let digests: [[UInt8]]

    public init(digests: [[UInt8]]) { self.digests = digests }

    /// Reads a tokens file; throws `Invalid` naming the first bad line.
    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw Invalid(description: "cannot read the tokens file \(url.path): \(error.localizedDescription)")
        }
        var found: [[UInt8]] = []
        // By Character.isNewline: a CRLF is one Character to Swift, never split at "\n" (a file
        // written on Windows was one line, its first digest with the rest).
        for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            // The digest, as `sha256sum` prints it too ("<hex>  -": the hint below wrote lines the file then refused,
            // round 40, tester v), in either case.
            // Only the digest, or the digest and sha256sum's "-" for its standard input: "<hex> revoked" or "<hex> <the
            // token>" is refused, not read as the digest (the second review: a note meant to disable it, or a secret).
            let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
            let field = fields.count == 1 || (fields.count == 2 && ["-", "*-"].contains(fields[1])) ? fields[0] : ""
            guard let digest = Self.hex(field.lowercased()) else {
                throw Invalid(
                    description:
                        "\(url.path):\(number + 1): not a hex SHA-256 (64 characters of 0-9a-f); put the digest of a token there, e.g. the line `printf %s TOKEN | sha256sum` prints"
                )
            }
            found.append(digest)
        }
        guard !found.isEmpty else { throw Invalid(description: "\(url.path) holds no token digest") }
        digests = found
    }

    static func hex(_ s: String) -> [UInt8]? {
        let chars = Array(s.utf8)
        guard chars.count == 64 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: c - 48
            case 97...102: c - 87
            default: nil
            }
        }
        for i in stride(from: 0, to: 64, by: 2) {
            guard let h = nibble(chars[i]), let l = nibble(chars[i + 1]) else { return nil }
            out.append(h << 4 | l)
        }
        return out
    }

    /// Whether the `Authorization` header value carries an accepted bearer token.
    public func accepts(authorization: String?) -> Bool {
        guard let authorization else { return false }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty else { return false }
        let presented = Array(SHA256.hash(data: Data(token.utf8)))
        var matched: UInt8 = 1
        for digest in digests {
            var difference: UInt8 = 0
            for i in 0..<32 { difference |= digest[i] ^ presented[i] }
            // 0 when equal; no branch on the secret.
            matched &= (difference == 0 ? 0 : 1)
        }
        return matched == 0
    }
}
