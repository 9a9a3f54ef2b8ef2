import LayoutModel
import Parsing

/// One token of a date expression: a run of ASCII digits, a run of letters, or a single
/// other character. Whitespace is not a token; `spaceBefore` records it.
package struct DateToken: Sendable {
    package enum Kind: Sendable { case number, word, punct }
    package var kind: Kind
    package var text: String
    /// Lowercased text.
    package var lower: String
    /// UTF-16 offsets into the scanned string.
    package var start: Int
    package var end: Int
    package var spaceBefore: Bool
    /// Numeric value for numbers (capped so long digit runs cannot overflow).
    package var value: Int
    package var digits: Int
    /// First letter is uppercase (words only).
    package var capitalised: Bool
}

enum DateTokenizer {
    package static func tokenize(_ s: String) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(s.utf8.count / 4)
        let scalars = s.unicodeScalars
        var offset = 0
        var space = true
        var currentKind: DateToken.Kind? = nil
        var currentStartIndex = scalars.startIndex
        var currentStart = 0
        var currentSpace = false
        var value = 0
        var count = 0
        var capitalised = false

        // Token text is sliced from the string (no scalar-by-scalar copy).
        func flush(upTo end: String.UnicodeScalarView.Index) {
            guard let kind = currentKind else { return }
            let text = String(scalars[currentStartIndex..<end])
            tokens.append(
                DateToken(
                    kind: kind, text: text, lower: kind == .word ? text.lowercased() : text,
                    start: currentStart, end: offset, spaceBefore: currentSpace,
                    value: kind == .number ? value : 0, digits: kind == .number ? count : 0,
                    capitalised: kind == .word && capitalised))
            currentKind = nil
        }

        var index = scalars.startIndex
        while index != scalars.endIndex {
            let u = scalars[index]
            let v = u.value
            let kind: DateToken.Kind?
            if v >= 48 && v <= 57 {
                kind = .number
            } else if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) {
                kind = .word
            } else if v < 128 {
                kind = v == 32 || v == 9 || v == 10 || v == 13 || v == 11 || v == 12 ? nil : .punct
            } else if TextTools.isSpace(u) {
                kind = nil
            } else {
                kind = u.properties.isAlphabetic ? .word : .punct
            }
            if kind == nil {
                flush(upTo: index)
                space = true
            } else if kind == currentKind && kind != .punct {
                if kind == .number && value < 100_000_000 { value = value * 10 + Int(v - 48) }
                count += 1
            } else {
                flush(upTo: index)
                currentKind = kind
                currentStartIndex = index
                currentStart = offset
                currentSpace = space
                value = kind == .number ? Int(v - 48) : 0
                count = 1
                capitalised = kind == .word && (v < 128 ? (v >= 65 && v <= 90) : u.properties.isUppercase)
                space = false
            }
            offset += v < 0x10000 ? 1 : 2
            scalars.formIndex(after: &index)
        }
        flush(upTo: scalars.endIndex)
        return tokens
    }
}
