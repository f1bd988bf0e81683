import IntakeModel

/// 公民身份号码 (GB 11643-1999): 6 digits of the address code, the birth date YYYYMMDD, a
/// 3-digit sequence whose last digit is odd for men and even for women, and a check
/// character (ISO 7064 MOD 11-2).
struct ResidentID: Equatable {
    enum Sex: String { case male, female }

    let birthDate: CalendarDate
    let sex: Sex

    /// Why a number is not a valid resident id, in the clerk's words.
    enum Problem: Error, Equatable {
        case format
        /// Full-width digits, Ｘ or spaces (a Chinese input method's): the number may be right, its characters not.
        case fullWidth
        case checkDigit(expected: Character)
        case birthDate(String)
        case bornAfterSubmission(CalendarDate)

        var message: String {
            switch self {
            case .format:
                return "公民身份号码应为 18 位：17 位数字加 1 位数字或 X (not 18 characters of the GB 11643 form)"
            case .fullWidth:
                return "公民身份号码含全角字符，请使用半角数字和 X (full-width digits)"
            case .checkDigit(let expected):
                return "公民身份号码校验码错误，按前 17 位应为 \(expected)，请核对号码 (ISO 7064 MOD 11-2 check digit mismatch)"
            case .birthDate(let text):
                return "公民身份号码中的出生日期 \(text) 不是有效日期 (impossible birth date)"
            case .bornAfterSubmission(let date):
                return "公民身份号码中的出生日期 \(date) 晚于申请日期 (birth date after the submission)"
            }
        }
    }

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [UInt8] = Array("10X98765432".utf8)

    /// Parses and checks an 18-character number (a lower-case x is read as X; spaces
    /// around it are ignored), against the submitted date for a birth date in the future.
    static func parse(_ raw: String, submitted: CalendarDate?) -> Result<ResidentID, Problem> {
        var bytes = Array(raw.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { bytes.removeLast() }
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D {
            start += 1
        }
        let text = bytes[start...]
        // Tester d, round 44: "２１０２…" was told it was not 18 characters.
        if String(decoding: text, as: UTF8.self).unicodeScalars.contains(where: {
            (0xFF10...0xFF19).contains($0.value) || $0.value == 0xFF38 || $0.value == 0xFF58 || $0.value == 0x3000
        }) {
            return .failure(.fullWidth)
        }
        guard text.count == 18 else { return .failure(.format) }
        var digits: [Int] = []
        digits.reserveCapacity(17)
        for b in text.prefix(17) {
            guard b >= 0x30 && b <= 0x39 else { return .failure(.format) }
            digits.append(Int(b - 0x30))
        }
        var last = text.last!
        if last == UInt8(ascii: "x") { last = UInt8(ascii: "X") }
        guard (last >= 0x30 && last <= 0x39) || last == UInt8(ascii: "X") else { return .failure(.format) }
        var sum = 0
        for i in 0..<17 { sum += digits[i] * weights[i] }
        let expected = checkCharacters[sum % 11]
        guard last == expected else { return .failure(.checkDigit(expected: Character(Unicode.Scalar(expected)))) }
        let year = digits[6] * 1000 + digits[7] * 100 + digits[8] * 10 + digits[9]
        let month = digits[10] * 10 + digits[11]
        let day = digits[12] * 10 + digits[13]
        guard year >= 1850, (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(year: year, month: month) else {
            return .failure(.birthDate(String(decoding: text.dropFirst(6).prefix(8), as: UTF8.self)))
        }
        let date = CalendarDate(year: year, month: month, day: day)
        if let submitted, submitted < date { return .failure(.bornAfterSubmission(date)) }
        return .success(ResidentID(birthDate: date, sex: digits[16] % 2 == 1 ? .male : .female))
    }
}
