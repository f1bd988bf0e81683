// The only file that calls iconv (glibc), to decode GBK/GB18030 entry names.
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How an entry name's bytes were decoded.
public enum NameEncoding: String, Sendable, Codable {
    /// Valid UTF-8 (whether or not the producer set the UTF-8 flag).
    case utf8
    /// Not UTF-8; decoded as GB18030 (a superset of GBK), as Windows tools on Chinese
    /// locales write names without the UTF-8 flag.
    case gb18030
    /// Neither: shown with replacement characters.
    case undecodable
}

public enum TextDecoding {
    /// Decodes entry-name bytes: UTF-8 when valid, else GB18030, else lossy UTF-8.
    public static func decodeName(_ bytes: [UInt8]) -> (String, NameEncoding) {
        if let s = String(validating: bytes, as: UTF8.self) { return (s, .utf8) }
        if let s = gb18030(bytes) { return (s, .gb18030) }
        return (String(decoding: bytes, as: UTF8.self), .undecodable)
    }

    /// GB18030 -> String with iconv, or nil if the bytes are not valid GB18030.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard rc != -1, inLeft == 0 else { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output[0..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension TextDecoding {
    /// String -> GB18030 bytes with iconv (for producing bundles the way Windows tools on
    /// Chinese locales do), or nil if a character has no GB18030 form.
    public static func encodeGB18030(_ string: String) -> [UInt8]? {
        let cd = iconv_open("GB18030", "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(string.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 8)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard rc != -1, inLeft == 0 else { return nil }
                return outBuf.count - outLeft
            }
        }
        return written.map { output[0..<$0].map { UInt8(bitPattern: $0) } }
    }
}
