import IntakeModel

/// The verdict from the findings, by the first rung that holds: `invalid` (the bundle or
/// its matter cannot be judged) over `refused` (a forbidden case applies, or outside the
/// application window) over `returned` (any other error: 补正) over `accepted-deferred`
/// (容缺) over `accepted`. Only errors count; warnings and infos never change a verdict.
enum VerdictLadder {
    /// The container and the manifest: with one of these as an error there is nothing to judge.
    static let unjudgeable: Set<FindingCode> = [
        .bundleUnreadable, .bundleUnsafe, .bundleLimit, .bundleEncrypted, .manifestMissing, .manifestMalformed,
        .manifestInvalid,
    ]
    /// Errors that make the bundle invalid.
    static let invalid: Set<FindingCode> = unjudgeable.union([.matterUnknown])
    /// Errors that refuse the application (不予受理).
    static let refused: Set<FindingCode> = [.forbiddenCase, .applicationWindow]

    static func verdict(findings: [Finding], deferred: Bool) -> Verdict {
        let errors = findings.lazy.filter { $0.severity == .error }.map(\.code)
        if errors.contains(where: invalid.contains) { return .invalid }
        if errors.contains(where: refused.contains) { return .refused }
        if !errors.isEmpty { return .returned }
        return deferred ? .acceptedDeferred : .accepted
    }
}
