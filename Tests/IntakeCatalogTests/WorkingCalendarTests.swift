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
        // 2029 is not in the calendar at all: weekends only (Monday 01-01 is counted).
        #expect(cal.addingWorkingDays(1, to: CalendarDate("2028-12-29")!) == CalendarDate("2029-01-01"))
    }

    /// Before the 2027 notice, the law's own days off count (round 21, tester 3: Thursday
    /// 2026-12-31 + 5 工作日 was 2027-01-07, as if 元旦 were a working day). By hand, from
    /// 《全国年节及纪念日放假办法》第二条 (元旦 1月1日) and a 2027 calendar:
    ///   01-01 Fri 元旦 off; 01-02/03 weekend; 01-04 Mon 1, 05 2, 06 3, 07 4, 08 Fri 5.
    /// 劳动节 5月1日、2日 fall on Saturday and Sunday: made up (第六条) on Monday 05-03 and
    /// Tuesday 05-04, so Friday 04-30 + 1 is Wednesday 05-05. 春节: 除夕 Friday 02-05 to
    /// 初三 Monday 02-08, 初一/初二 at the weekend made up on 02-09 and 02-10: Thursday 02-04
    /// + 1 is Thursday 02-11. 国庆节 10-01 (Fri) to 10-03, made up 10-04/05: 09-30 + 1 is 10-06.
    @Test func countsTheLawsHolidaysOfAYearWithoutItsNotice() throws {
        let cal = realCatalog.calendar
        #expect(cal.addingWorkingDays(5, to: CalendarDate("2026-12-31")!) == CalendarDate("2027-01-08"))
        #expect(cal.addingWorkingDays(1, to: CalendarDate("2027-04-30")!) == CalendarDate("2027-05-05"))
        #expect(cal.addingWorkingDays(1, to: CalendarDate("2027-02-04")!) == CalendarDate("2027-02-11"))
        #expect(cal.addingWorkingDays(1, to: CalendarDate("2027-09-30")!) == CalendarDate("2027-10-06"))
        #expect(!cal.isWorkingDay(CalendarDate("2027-04-05")!))  // 清明 (Monday)
        #expect(!cal.isWorkingDay(CalendarDate("2027-06-09")!))  // 端午
        #expect(!cal.isWorkingDay(CalendarDate("2027-09-15")!))  // 中秋
        // Dates counted over 2027 are provisional; over 2026 alone they are not.
        let unconfirmed = cal.unconfirmedYears(from: CalendarDate("2026-12-31")!, through: CalendarDate("2029-01-02")!)
        #expect(unconfirmed.map(\.year) == [2027, 2028, 2029])
        #expect(unconfirmed.map(\.basis) == [.law, nil, nil])
        #expect(cal.unconfirmedYears(from: CalendarDate("2026-01-05")!, through: CalendarDate("2026-12-31")!).isEmpty)
    }

    /// 民法典 第二百零三条: a period counted in days that ends on a day off ends on the next
    /// working day. Saturday 2026-10-03 lies in 国庆节 (10-01 … 10-07): Thursday 10-08;
    /// Saturday 2026-10-10 is a 调休 workday: itself; Sunday 2026-10-11: Monday 10-12.
    @Test func aPeriodEndingOnADayOffEndsOnTheNextWorkingDay() throws {
        let cal = realCatalog.calendar
        #expect(cal.periodEnd(CalendarDate("2026-10-03")!) == CalendarDate("2026-10-08"))
        #expect(cal.periodEnd(CalendarDate("2026-10-10")!) == CalendarDate("2026-10-10"))
        #expect(cal.periodEnd(CalendarDate("2026-10-11")!) == CalendarDate("2026-10-12"))
        #expect(cal.periodEnd(CalendarDate("2026-10-09")!) == CalendarDate("2026-10-09"))
    }

    @Test func springFestival2026() throws {
        // Fri 2026-02-13 + 1: Sat 02-14 is a 调休 workday.
        let cal = realCatalog.calendar
        #expect(cal.addingWorkingDays(1, to: CalendarDate("2026-02-13")!) == CalendarDate("2026-02-14"))
        // Sat 02-14 + 1: 02-15 … 02-23 off → Tue 02-24.
        #expect(cal.addingWorkingDays(1, to: CalendarDate("2026-02-14")!) == CalendarDate("2026-02-24"))
    }
}
