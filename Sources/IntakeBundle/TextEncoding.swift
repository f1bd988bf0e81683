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
    /// Neither UTF-8 nor GB18030: read as IBM code page 437, the zip format's own encoding
    /// for names without the UTF-8 flag (APPNOTE 4.4.4, appendix D), which DOS and older
    /// Windows tools on Western locales write (café.pdf: 63 61 66 82 …).
    case cp437
}

public enum TextDecoding {
    /// Decodes entry-name bytes: UTF-8 when valid, else GB18030, else code page 437 (which
    /// reads any bytes). A name flagged UTF-8 that is neither never gets here: libzip refuses
    /// the archive and the reader names the entry (``ApplicationBundle``).
    public static func decodeName(_ bytes: [UInt8]) -> (String, NameEncoding) {
        if let s = String(validating: bytes, as: UTF8.self) { return (s, .utf8) }
        if let s = gb18030(bytes) { return (s, .gb18030) }
        return (cp437(bytes), .cp437)
    }

    /// Code page 437 -> String: ASCII as it is, 0x80–0xFF by the IBM PC table (a fixed table,
    /// not iconv: every byte has a character, so no name is lost or shown as U+FFFD).
    public static func cp437(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        for b in bytes { out.append(b < 0x80 ? Unicode.Scalar(b) : cp437High[Int(b - 0x80)]) }
        return String(out)
    }

    private static let cp437High: [Unicode.Scalar] = Array(
        ("ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
            + "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}").unicodeScalars)

    /// GB18030 -> String, or nil if the bytes are not valid GB18030.
    public static func gb18030(_ bytes: [UInt8]) -> String? {
        convert(bytes, from: "GB18030", to: "UTF-8", capacity: bytes.count * 4 + 4)
            .flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// String -> GB18030 bytes (for producing bundles the way Windows tools on Chinese
    /// locales do), or nil if a character has no GB18030 form.
    public static func encodeGB18030(_ string: String) -> [UInt8]? {
        convert(Array(string.utf8), from: "UTF-8", to: "GB18030", capacity: string.utf8.count * 2 + 8)
    }

    /// One whole-buffer iconv conversion; nil on any invalid or incomplete input.
    private static func convert(_ bytes: [UInt8], from: String, to: String, capacity: Int) -> [UInt8]? {
        let cd = iconv_open(to, from)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: capacity)
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
