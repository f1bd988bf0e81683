import IntakeModel
import Testing

/// Dates in China Standard Time (UTC+08:00), worked by hand.
@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2024-06-28T20:00:00Z", "2024-06-29"),  // 04:00 on the 29th in Dalian
        ("2024-06-28T15:59:59Z", "2024-06-28"),  // 23:59:59 on the 28th
        ("2024-06-28T16:00:00+00:00", "2024-06-29"),  // midnight exactly
        ("2024-06-02T17:00:00+00:00", "2024-06-03"),
        ("2025-07-01T09:30:00+08:00", "2025-07-01"),  // already Dalian's time
        ("2025-07-01T00:30:00+09:00", "2025-06-30"),  // Tokyo 00:30 is 23:30 in Dalian
        ("2024-12-31T11:00:00-05:00", "2025-01-01"),  // New York 11:00 is 00:00 on 1 January in Dalian
    ])
    func dateOfTheInstantInDalian(dateTime: String, expected: String) {
        #expect(CalendarDate(chinaDateOf: dateTime)?.description == expected, "\(dateTime)")
    }

    @Test(arguments: ["2024-06-28", "2024-06-28T20:00:00", "2024-06-28T25:00:00Z", "not a date", "2024-02-30T10:00:00Z"])
    func refusesWhatIsNotADateTimeWithOffset(text: String) {
        #expect(CalendarDate(chinaDateOf: text) == nil)
    }

    /// 'YYYY-MM-DD' as the contract writes a date: four ASCII digits of a year 0001 to 9999
    /// (xs:date has no year 0000), no sign ("+200-01-01" read as the year 200, "0000-01-01"
    /// as a year no calendar has: round 21, tester 3).
    @Test(arguments: ["0000-01-01", "+200-01-01", "-2001-01-01", "-200-01-01", "2025-+1-01", "2025-01-+1", "２０２５-01-01"])
    func refusesWhatIsNotYYYYMMDD(text: String) {
        #expect(CalendarDate(text) == nil, "\(text)")
    }

    @Test(arguments: [("0001-01-01", 1), ("1996-01-01", 1996), ("9999-12-31", 9999)])
    func readsEveryYearOfYYYYMMDD(text: String, year: Int) {
        #expect(CalendarDate(text)?.year == year, "\(text)")
    }

    /// 周岁: a year older on the birthday; one born on 29 February turns a year older on
    /// 1 March in common years.
    @Test func wholeYearsCountFromTheBirthday() {
        let born = CalendarDate(year: 1965, month: 7, day: 1)
        #expect(born.wholeYears(until: CalendarDate(year: 2025, month: 6, day: 30)) == 59)
        #expect(born.wholeYears(until: CalendarDate(year: 2025, month: 7, day: 1)) == 60)
        let leap = CalendarDate(year: 2004, month: 2, day: 29)
        #expect(leap.wholeYears(until: CalendarDate(year: 2022, month: 2, day: 28)) == 17)
        #expect(leap.wholeYears(until: CalendarDate(year: 2022, month: 3, day: 1)) == 18)
    }
}
