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

    /// The operands of the expression's top-level `and` (outside brackets, parentheses and
    /// string literals), each without its surrounding blanks; the expression itself when it
    /// has none.
    public static func conjuncts(_ xpath: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var quote: Character?
        var current = ""
        var rest = xpath[...]
        while let c = rest.first {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "(" || c == "[" {
                depth += 1
            } else if c == ")" || c == "]" {
                depth -= 1
            } else if depth == 0, rest.hasPrefix(" and ") {
                parts.append(stripped(current))
                current = ""
                rest = rest.dropFirst(5)
                continue
            }
            current.append(c)
            rest = rest.dropFirst()
        }
        parts.append(stripped(current))
        return parts
    }

    private static func stripped(_ s: String) -> String {
        String(s.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
