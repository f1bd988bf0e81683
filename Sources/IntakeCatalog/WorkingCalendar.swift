public import IntakeModel
public import IntakeXML

/// 工作日历: which days are working days (工作日), from the State Council's yearly notices
/// (Pipelines/calendar.xml). Monday to Friday are working days unless inside a holiday
/// (法定节假日及调休); a Saturday or Sunday is one only when listed as a 调休 workday.
/// A year whose notice is not yet transcribed may be given from the law alone (the 法定节假日
/// of 《全国年节及纪念日放假办法》, without the notice's 调休); outside every listed year only
/// the weekend rule applies. Dates counted across such years are provisional
/// (``unconfirmedYears(from:through:)``).
public struct WorkingCalendar: Sendable, Hashable {
    /// 放假: a range of days off as a notice gives it (weekend days may be inside).
    public struct Holiday: Sendable, Hashable {
        public var from: CalendarDate
        public var to: CalendarDate
        public var name: String
        public init(from: CalendarDate, to: CalendarDate, name: String) {
            self.from = from
            self.to = to
            self.name = name
        }
    }

    /// 调休上班: a weekend day worked in exchange for a holiday.
    public struct Workday: Sendable, Hashable {
        public var date: CalendarDate
        /// The holiday it makes up for.
        public var holiday: String
        public init(date: CalendarDate, holiday: String) {
            self.date = date
            self.holiday = holiday
        }
    }

    /// What a year's days off rest on.
    public enum Basis: String, Sendable, Hashable, CaseIterable {
        /// The State Council's notice for the year (国务院办公厅关于部分节假日安排的通知),
        /// holidays and 调休 workdays as it gives them.
        case notice
        /// The law alone, until the notice is published and transcribed: the days the
        /// 放假办法 fixes (its 第二条), a weekend one made up on the working days after it
        /// (第六条 补假); the notice's 调休 may move days, so dates are provisional.
        case law
    }

    /// One notice (or, before it, the law): its year, its citation, its holidays and
    /// workdays.
    public struct Year: Sendable, Hashable {
        public var year: Int
        public var source: String
        public var holidays: [Holiday]
        public var workdays: [Workday]
        public var basis: Basis
        public init(year: Int, source: String, holidays: [Holiday], workdays: [Workday], basis: Basis = .notice) {
            self.year = year
            self.source = source
            self.holidays = holidays
            self.workdays = workdays
            self.basis = basis
        }
    }

    /// A year of a counted period that no notice confirms: `basis` is `.law` when the
    /// calendar gives its 法定节假日, nil when it gives nothing (weekends only).
    public struct UnconfirmedYear: Sendable, Hashable {
        public var year: Int
        public var basis: Basis?
    }

    public let years: [Year]
    private let daysOff: Set<Int>
    private let daysOn: Set<Int>
    /// The days off, the weekend days worked and the years a notice confirms, as the conditions' x:period-end counts with
    /// them: built once with the calendar, not for each decision.
    public let xpathCalendar: XPathCalendar

    public init(years: [Year]) {
        self.years = years.sorted { $0.year < $1.year }
        var off: Set<Int> = []
        var on: Set<Int> = []
        for year in years {
            for h in year.holidays where h.from <= h.to {
                for n in h.from.dayNumber...h.to.dayNumber { off.insert(n) }
            }
            for w in year.workdays { on.insert(w.date.dayNumber) }
        }
        daysOff = off
        daysOn = on
        func number(_ n: Int) -> Int32 {
            let d = CalendarDate(dayNumber: n)
            return Int32(d.year * 10000 + d.month * 100 + d.day)
        }
        xpathCalendar = XPathCalendar(
            off: off.map(number), on: on.map(number),
            confirmedYears: years.filter { $0.basis == .notice }.map { Int32($0.year) })
    }

    /// No notices: Monday to Friday are working days.
    public static let weekendsOnly = WorkingCalendar(years: [])

    /// Whether a notice for the date's year is in the calendar.
    public func covers(_ date: CalendarDate) -> Bool { years.contains { $0.year == date.year && $0.basis == .notice } }

    /// The years from `start` through `end` whose days off no notice in the calendar gives:
    /// a date counted over them may move once the notice is transcribed.
    public func unconfirmedYears(from start: CalendarDate, through end: CalendarDate) -> [UnconfirmedYear] {
        guard start.year <= end.year else { return [] }
        return (start.year...end.year).compactMap { y in
            let listed = years.first { $0.year == y }
            return listed?.basis == .notice ? nil : UnconfirmedYear(year: y, basis: listed?.basis)
        }
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        let n = date.dayNumber
        if daysOn.contains(n) { return true }
        if daysOff.contains(n) { return false }
        return date.weekday <= 5
    }

    /// The `n`th working day after `date` (`date` itself is not counted; n ≤ 0: `date`).
    /// A deferral due period of N 个工作日 from the submitted date ends on this day.
    public func addingWorkingDays(_ n: Int, to date: CalendarDate) -> CalendarDate {
        var day = date
        var left = n
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// The last day of a period counted in calendar days or months that ends on `date`:
    /// `date`, or, when it is a day off, the first working day after it (民法典 第二百零三条:
    /// 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日).
    public func periodEnd(_ date: CalendarDate) -> CalendarDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }
}
