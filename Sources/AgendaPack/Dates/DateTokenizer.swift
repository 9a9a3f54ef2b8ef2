/// One token of a date expression: a run of ASCII digits, a run of letters, or a single
/// other character. Whitespace is not a token; `spaceBefore` records it.
struct DateToken: Sendable {
    enum Kind: Sendable { case number, word, punct }
    var kind: Kind
    var text: String
    /// Lowercased text.
    var lower: String
    /// UTF-16 offsets into the scanned string.
    var start: Int
    var end: Int
    var spaceBefore: Bool
    /// Numeric value for numbers (capped so long digit runs cannot overflow).
    var value: Int
    var digits: Int
    /// First letter is uppercase (words only).
    var capitalised: Bool
}

enum DateTokenizer {
    static func tokenize(_ s: String) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(s.utf16.count / 3)
        var offset = 0
        var space = true
        var current = String.UnicodeScalarView()
        var currentKind: DateToken.Kind? = nil
        var currentStart = 0
        var currentSpace = false

        func flush() {
            guard let kind = currentKind else { return }
            let text = String(current)
            var value = 0
            if kind == .number {
                for u in current where value < 100_000_000 { value = value * 10 + Int(u.value - 48) }
            }
            let first = current.first
            let cap = kind == .word && first.map { $0.properties.isUppercase } ?? false
            tokens.append(DateToken(kind: kind, text: text, lower: kind == .word ? text.lowercased() : text,
                                    start: currentStart, end: offset, spaceBefore: currentSpace,
                                    value: value, digits: kind == .number ? current.count : 0,
                                    capitalised: cap))
            current = String.UnicodeScalarView()
            currentKind = nil
        }

        for u in s.unicodeScalars {
            let kind: DateToken.Kind?
            if u.value >= 48 && u.value <= 57 {
                kind = .number
            } else if TextTools.isSpace(u) {
                kind = nil
            } else if u.properties.isAlphabetic {
                kind = .word
            } else {
                kind = .punct
            }
            if kind == nil {
                flush()
                space = true
            } else if kind == currentKind && kind != .punct {
                current.append(u)
            } else {
                flush()
                currentKind = kind
                currentStart = offset
                currentSpace = space
                current.append(u)
                space = false
            }
            offset += u.utf16.count
        }
        flush()
        return tokens
    }
}
