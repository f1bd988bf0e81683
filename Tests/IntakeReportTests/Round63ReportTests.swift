import IntakeFixtures
import IntakeModel
import IntakeReport
import Testing

/// Session 53, black-box round 63's auditor (tester g).
@Suite struct Round63ReportTests {
    /// A date counted over a year no notice in the calendar confirms is marked provisional where it is given (the header's
    /// 办结期限, the 容缺 notice, the text's 办结期限 line), not only in the clerk's notes below; "无其他提示" is not said above
    /// such a date (tester g: 2027 dates shown firm beside "No notes").
    @Test func aProvisionalDateIsMarkedWhereItIsGiven() throws {
        var app = SampleCase.accepted.application
        // 2030: a year the calendar holds nothing of.
        app.submitted = "2030-02-04T09:30:00+08:00"
        let report = try checkBundle(BundleBuilder.bytes(app), name: "provisional.zip")
        #expect(report.findings.contains { $0.code == .calendarProvisional }, "\(report.findings.map(\.message))")
        let html = HTMLReport.render(report)
        #expect(html.contains("（暂定 <span class=\"en\">provisional</span>"), "the header's due date")
        #expect(!html.contains("无其他提示"))
        #expect(TextReport.render(report).contains("（暂定，见提示）"))
        var firm = SampleCase.accepted.application
        firm.submitted = "2025-07-01T09:30:00+08:00"
        let confirmed = try checkBundle(BundleBuilder.bytes(firm), name: "firm.zip")
        #expect(!HTMLReport.render(confirmed).contains("（暂定"))
        #expect(!TextReport.render(confirmed).contains("暂定"))
        // A firm 办结期限 beside a provisional 补交期限 is not marked (the review): counted into 2027 from 2026-12-30.
        var deferred = SampleCase.deferred.application
        deferred.submitted = "2026-12-30T09:30:00+08:00"
        let mixed = try checkBundle(BundleBuilder.bytes(deferred), name: "mixed.zip")
        let note = try #require(mixed.findings.first { $0.code == .calendarProvisional })
        let due = try #require(mixed.decisionDue)
        let dueProvisional = note.message.contains("办结期限 \(due)")
        #expect(HTMLReport.render(mixed).contains("<strong>\(due)</strong>（暂定") == dueProvisional)
        #expect(TextReport.render(mixed).contains("办结期限: \(due)（暂定") == dueProvisional)
        #expect(note.message.contains("补交期限"), "\(note.message)")
    }
}
