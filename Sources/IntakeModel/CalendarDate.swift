/// A calendar date (no time, no zone): 'YYYY-MM-DD'.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses 'YYYY-MM-DD': ASCII digits only, years 0001 to 9999 as xs:date (XML Schema
    /// 1.0) has them, a real date (2025-02-30 is refused). Int() took "+200" for the year
    /// 200, and 0000 passed as a year no calendar has (round 21, tester 3).
    public init?(_ text: String) {
        let p = text.split(separator: "-", omittingEmptySubsequences: false)
        guard p.count == 3, p[0].count == 4, p[1].count == 2, p[2].count == 2,
            p.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isWholeNumber } }),
            let y = Int(p[0]), y >= 1, let m = Int(p[1]), let d = Int(p[2]),
            (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(year: y, month: m)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// 1 Monday … 7 Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension CalendarDate {
    /// China Standard Time, UTC+08:00, in minutes: the zone every date of a rule is read in.
    public static let chinaOffsetMinutes = 480

    /// The date in China Standard Time of an xs:dateTime with an offset
    /// (`2024-06-28T20:00:00Z` is 2024-06-29): the date a submission counts on, whatever
    /// offset its producer wrote (Pipelines/contract/bundle-format.md). Nil when the text is not
    /// `YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`.
    public init?(chinaDateOf dateTime: String) {
        let chars = Array(dateTime.utf8)
        guard chars.count >= 17, chars[10] == UInt8(ascii: "T"),
            let date = CalendarDate(String(decoding: chars[0..<10], as: UTF8.self))
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count, range.allSatisfy({ chars[$0] >= 48 && chars[$0] <= 57 }) else { return nil }
            return range.reduce(0) { $0 * 10 + Int(chars[$1] - 48) }
        }
        guard let hour = number(11..<13), chars[13] == UInt8(ascii: ":"), let minute = number(14..<16), hour <= 24, minute < 60
        else { return nil }
        // The zone: Z or ±hh:mm at the end.
        let offset: Int
        if chars.last == UInt8(ascii: "Z") {
            offset = 0
        } else {
            let n = chars.count
            guard n >= 22, chars[n - 6] == UInt8(ascii: "+") || chars[n - 6] == UInt8(ascii: "-"),
                chars[n - 3] == UInt8(ascii: ":"), let h = number((n - 5)..<(n - 3)), let m = number((n - 2)..<n), h <= 14, m < 60
            else { return nil }
            offset = (chars[n - 6] == UInt8(ascii: "-") ? -1 : 1) * (h * 60 + m)
        }
        let utcMinutes = date.dayNumber * 1440 + hour * 60 + minute - offset
        let chinaMinutes = utcMinutes + Self.chinaOffsetMinutes
        self.init(dayNumber: chinaMinutes >= 0 ? chinaMinutes / 1440 : (chinaMinutes - 1439) / 1440)
    }

    /// Whole years from `self` (a birth date) to `date`: the age on that day (周岁). A
    /// person born on 29 February turns a year older on 1 March in common years.
    public func wholeYears(until date: CalendarDate) -> Int {
        var years = date.year - year
        if date.month < month || (date.month == month && date.day < day) { years -= 1 }
        return years
    }
}
