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
}
