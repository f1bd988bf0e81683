import Foundation
import IntakeAudit
import Testing

/// `audit rejudge` compares what the applicant was told: a deferral period changed by new rules moves the due date of
/// every accepted-deferred report, although its verdict and findings stay (tester j: "0 would change").
@Suite struct DueDateDifferenceTests {
    func report(due: String, decision: String?) -> ReportSummary {
        var object: [String: Any] = [
            "verdict": "accepted-deferred", "findings": [["code": "material-deferred", "severity": "info", "material": "3"]],
            "deferred": [["material": "3", "name": "身份证", "due": due]],
        ]
        if let decision { object["decisionDue"] = decision }
        return ReportSummary(try! JSONSerialization.data(withJSONObject: object))!
    }

    @Test func aMovedDueDateIsADifference() {
        let same = DecisionDifference(
            old: report(due: "2025-10-13", decision: "2025-10-20"), new: report(due: "2025-10-13", decision: "2025-10-20"))
        #expect(same.isEmpty && !same.changesTheDecision)
        let moved = DecisionDifference(
            old: report(due: "2025-10-13", decision: "2025-10-20"), new: report(due: "2025-10-20", decision: "2025-10-20"))
        #expect(moved.changesTheDecision && !moved.verdictChanged && moved.added.isEmpty && moved.removed.isEmpty)
        #expect(moved.dates.map(\.what) == ["补交期限 3"] && moved.dates.first?.new == "2025-10-20")
        #expect(moved.lines.contains("  ~ 补交期限 3: 2025-10-13 ⇒ 2025-10-20"), "\(moved.lines)")
        let gone = DecisionDifference(
            old: report(due: "2025-10-13", decision: "2025-10-20"), new: report(due: "2025-10-13", decision: nil))
        #expect(gone.dates.map(\.what) == ["办结期限"] && gone.dates.first?.new == "")
    }

    /// A returned application's deferrable material has no date yet, but the period it was told ("自受理之日起 5 个工作日内补交")
    /// is what the applicant was told: a new period changes it (round 41, tester z: 5 → 7 working days listed none).
    @Test func aReturnedReportsNewPeriodIsADifference() {
        func returned(days: Int) -> ReportSummary {
            let object: [String: Any] = [
                "verdict": "returned",
                "findings": [
                    [
                        "code": "material-deferred", "severity": "info", "material": "2",
                        "message": "病历资料 可容缺受理：申请补正后受理时，凭已提交的容缺受理承诺书先行受理，自受理之日起 \(days) 个工作日内补交（资料来源：医疗机构）",
                    ]
                ],
                "deferred": [],
            ]
            return ReportSummary(try! JSONSerialization.data(withJSONObject: object))!
        }
        #expect(returned(days: 5).dueDates == ["补交期限 2": "受理后 5 个工作日"])
        let same = DecisionDifference(old: returned(days: 5), new: returned(days: 5))
        #expect(!same.changesTheDecision)
        let longer = DecisionDifference(old: returned(days: 5), new: returned(days: 7))
        #expect(longer.changesTheDecision && longer.dates.map(\.what) == ["补交期限 2"], "\(longer.lines)")
        #expect(longer.lines.contains("  ~ 补交期限 2: 受理后 5 个工作日 ⇒ 受理后 7 个工作日"), "\(longer.lines)")
    }
}
