/// 统一社会信用代码 (GB 32100-2015): 18 characters of the code's alphabet (digits and upper-case
/// letters without I, O, S, V, Z), the last a check character over the first 17.
enum CreditCode {
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Why `code` is no 统一社会信用代码, in the clerk's words; nil when it is one.
    static func problem(_ code: String) -> String? {
        let chars = Array(code)
        guard chars.count == 18 else { return "应为 18 位（现为 \(chars.count) 位）" }
        var values: [Int] = []
        for c in chars {
            guard let v = alphabet.firstIndex(of: c) else { return "含有代码中不允许的字符“\(c)”" }
            values.append(v)
        }
        let sum = zip(values.prefix(17), weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = (31 - sum % 31) % 31
        return values[17] == check ? nil : "校验码错误（应为 \(alphabet[check])）"
    }
}
