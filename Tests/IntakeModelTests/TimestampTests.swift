import Foundation
import IntakeModel
import Testing

/// The hand-made UTC timestamp must read exactly as Foundation's ISO 8601 formatter
/// wrote it before (ledger rows and log lines keep their format).
struct TimestampTests {
    @Test(arguments: [0, 59, 951_782_400, 1_700_000_000, 1_796_083_199, 4_102_444_800])
    func matchesFoundationsFormatter(seconds: Int) {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for ms in [0, 7, 42, 999] {
            let date = Date(timeIntervalSince1970: Double(seconds) + Double(ms) / 1000 + 0.0004)
            #expect(Timestamp.format(seconds: seconds, nanoseconds: ms * 1_000_000 + 400_000) == plain.string(from: date))
            #expect(
                Timestamp.format(seconds: seconds, nanoseconds: ms * 1_000_000 + 400_000, milliseconds: true)
                    == fractional.string(from: date))
        }
    }

    @Test func nowIsTheCurrentSecond() {
        let before = Int(Date().timeIntervalSince1970)
        let now = Timestamp.now()
        let after = Int(Date().timeIntervalSince1970)
        #expect([before, after].map { Timestamp.format(seconds: $0) }.contains(now))
    }
}
