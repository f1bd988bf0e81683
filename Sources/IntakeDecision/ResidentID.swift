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
        case checkDigit(expected: Character)
        case birthDate(String)
        case bornAfterSubmission(CalendarDate)

        var message: String {
            switch self {
            case .format:
                return "公民身份号码应为 18 位：17 位数字加 1 位数字或 X (not 18 characters of the GB 11643 form)"
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
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// Parses and checks an 18-character number (a lower-case x is read as X), against
    /// the submitted date for a birth date in the future.
    static func parse(_ raw: String, submitted: CalendarDate?) -> Result<ResidentID, Problem> {
        let text = Array(raw.uppercased().drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard text.count == 18, text[..<17].allSatisfy({ $0.isASCII && $0.isNumber }),
            text[17].isASCII && (text[17].isNumber || text[17] == "X")
        else { return .failure(.format) }
        let digits = text[..<17].map { Int(String($0))! }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let expected = checkCharacters[sum % 11]
        guard text[17] == expected else { return .failure(.checkDigit(expected: expected)) }
        let birth = String(text[6..<14])
        let dashed = "\(birth.prefix(4))-\(birth.dropFirst(4).prefix(2))-\(birth.suffix(2))"
        guard let date = CalendarDate(dashed), date.year >= 1850 else { return .failure(.birthDate(dashed)) }
        if let submitted, submitted < date { return .failure(.bornAfterSubmission(date)) }
        return .success(ResidentID(birthDate: date, sex: digits[16] % 2 == 1 ? .male : .female))
    }
}
