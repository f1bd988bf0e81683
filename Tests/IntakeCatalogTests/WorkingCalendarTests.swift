import Foundation
import IntakeCatalog
import IntakeModel
import Testing

@Suite struct WorkingCalendarTests {
    /// A 5-working-day deferral submitted on Monday 2025-09-29, by hand:
    ///   09-30 Tue  working day 1
    ///   10-01 … 10-08  国庆节、中秋节 (holidays, the weekend 10-04/05 inside)
    ///   10-09 Thu  2,  10-10 Fri  3
    ///   10-11 Sat  4   (调休 workday)
    ///   10-12 Sun  off
    ///   10-13 Mon  5   → due 2025-10-13
    @Test func deferralSpansNationalDay() throws {
        let cal = realCatalog.calendar
        let submitted = try #require(CalendarDate("2025-09-29"))
        #expect(cal.addingWorkingDays(5, to: submitted) == CalendarDate("2025-10-13"))
        #expect(cal.isWorkingDay(CalendarDate("2025-10-11")!))
        #expect(!cal.isWorkingDay(CalendarDate("2025-10-08")!))
        #expect(cal.isWorkingDay(CalendarDate("2025-09-28")!))  // Sunday worked
        let deferral = Deferral(
            material: "3", scenario: nil, name: "身份证", supplier: "申请人", workingDays: nil,
            source: .init(document: "d", item: "i"))
        #expect(realCatalog.dueDate(of: deferral, submitted: submitted) == CalendarDate("2025-10-13"))
    }

    @Test func countsWeekendsOutsideTheNotices() throws {
        let cal = realCatalog.calendar
        // 2027 has no notice yet: Friday + 1 working day is Monday.
        #expect(!cal.covers(CalendarDate("2027-03-05")!))
        #expect(cal.addingWorkingDays(1, to: CalendarDate("2027-03-05")!) == CalendarDate("2027-03-08"))
        #expect(cal.addingWorkingDays(0, to: CalendarDate("2027-03-06")!) == CalendarDate("2027-03-06"))
    }

    @Test func springFestival2026() throws {
        // Fri 2026-02-13 + 1: Sat 02-14 is a 调休 workday.
        let cal = realCatalog.calendar
        #expect(cal.addingWorkingDays(1, to: CalendarDate("2026-02-13")!) == CalendarDate("2026-02-14"))
        // Sat 02-14 + 1: 02-15 … 02-23 off → Tue 02-24.
        #expect(cal.addingWorkingDays(1, to: CalendarDate("2026-02-14")!) == CalendarDate("2026-02-24"))
    }
}
