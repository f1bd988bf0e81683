/// The one verdict per bundle (spec: "What the pipeline decides").
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// 受理: everything required is present and sound; no forbidden case applies.
    case accepted
    /// 容缺受理: accepted; deferrable materials missing, covered by a commitment letter.
    case acceptedDeferred = "accepted-deferred"
    /// 补正: materials missing, defective or not matching; every defect listed at once.
    case returned
    /// 不予受理 / 违规禁办: a forbidden case of the matter applies.
    case refused
    /// The bundle itself cannot be processed.
    case invalid

    /// Whether the application is accepted (exit status 0 of `intake check`).
    public var isAcceptance: Bool { self == .accepted || self == .acceptedDeferred }

    /// The Chinese term a clerk uses.
    public var chinese: String {
        switch self {
        case .accepted: "受理"
        case .acceptedDeferred: "容缺受理"
        case .returned: "补正（退回补充材料）"
        case .refused: "不予受理"
        case .invalid: "申请包无效，无法审核"
        }
    }
}
