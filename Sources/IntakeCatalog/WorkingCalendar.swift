public import IntakeModel

/// 工作日历: which days are working days (工作日), from the State Council's yearly notices
/// (Pipelines/calendar.xml). Monday to Friday are working days unless inside a holiday
/// (法定节假日及调休); a Saturday or Sunday is one only when listed as a 调休 workday.
/// Outside the years the notices cover, only the weekend rule applies.
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

    /// One notice: its year, its citation, its holidays and workdays.
    public struct Year: Sendable, Hashable {
        public var year: Int
        public var source: String
        public var holidays: [Holiday]
        public var workdays: [Workday]
        public init(year: Int, source: String, holidays: [Holiday], workdays: [Workday]) {
            self.year = year
            self.source = source
            self.holidays = holidays
            self.workdays = workdays
        }
    }

    public let years: [Year]
    private let daysOff: Set<Int>
    private let daysOn: Set<Int>

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
    }

    /// No notices: Monday to Friday are working days.
    public static let weekendsOnly = WorkingCalendar(years: [])

    /// Whether a notice for the date's year is in the calendar.
    public func covers(_ date: CalendarDate) -> Bool { years.contains { $0.year == date.year } }

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
}
