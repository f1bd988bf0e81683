#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The current instant as ISO 8601 in UTC (`2026-11-30T23:45:52Z`, or with milliseconds
/// `2026-11-30T23:45:52.154Z`), the format of Foundation's `ISO8601DateFormatter` with
/// `.withInternetDateTime` (and `.withFractionalSeconds`), made from `clock_gettime` and
/// `gmtime_r`: a formatter costs tens of microseconds to create, and the ledger stamps
/// every decision and every log line.
public enum Timestamp {
    public static func now(milliseconds: Bool = false) -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return format(seconds: Int(ts.tv_sec), nanoseconds: Int(ts.tv_nsec), milliseconds: milliseconds)
    }

    /// `seconds` since the epoch (and `nanoseconds` within the second), formatted.
    public static func format(seconds: Int, nanoseconds: Int = 0, milliseconds: Bool = false) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var s = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
        s += "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
        if milliseconds {
            let ms = nanoseconds / 1_000_000
            s += ms < 10 ? ".00\(ms)" : ms < 100 ? ".0\(ms)" : ".\(ms)"
        }
        return s + "Z"
    }
}
