/// Arithmetic on sizes an untrusted bundle declares (a Zip64 record may say 2^64 - 1
/// bytes): at the type's bound instead of trapping, so a sum of claims is still "too
/// much" for the limits that judge it.
extension FixedWidthInteger {
    /// `self + other`, or the bound it passes.
    public func addingSaturated(_ other: Self) -> Self {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }

    /// `self × other`, or the bound it passes.
    public func multipliedSaturated(by other: Self) -> Self {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        guard overflow else { return product }
        return (self < 0) == (other < 0) ? .max : .min
    }
}
