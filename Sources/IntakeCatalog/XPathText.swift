/// The string literals of an XPath expression, and the text around them: what the lint
/// reads for function names and the decision for the values a condition names.
public enum XPathText {
    /// The literals ('…' or "…") in order, and the expression with each replaced by a space.
    public static func split(_ xpath: String) -> (literals: [String], outside: String) {
        var literals: [String] = []
        var outside = ""
        var chars = xpath[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "'" || c == "\"" else {
                outside.append(c)
                continue
            }
            let literal = chars.prefix { $0 != c }
            chars = chars.dropFirst(literal.count + 1)
            literals.append(String(literal))
            outside.append(" ")
        }
        return (literals, outside)
    }
}
