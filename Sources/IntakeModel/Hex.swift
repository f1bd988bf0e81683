/// Lowercase hexadecimal, as digests are written everywhere (reports, ledger, headers):
/// the string written in place, no formatter per byte.
public enum Hex {
    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        // One array of the bytes (a digest's iterator makes one anyway), then the string
        // written in place: no growing buffer, no copy into the string.
        let bytes = Array(bytes)
        return String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            for (i, b) in bytes.enumerated() {
                out[2 * i] = digit(b >> 4)
                out[2 * i + 1] = digit(b & 0x0F)
            }
            return bytes.count * 2
        }
    }

    @inline(__always)
    private static func digit(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") - 10 + v }
}
