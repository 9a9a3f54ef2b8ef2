import Foundation
import Parsing
import Testing

/// The parsers trim without Foundation (`trimmingWhitespace()` and its kin); these hold
/// them to `trimmingCharacters(in:)` with Foundation's own sets.
@Suite("Trimming without Foundation")
struct TrimmingTests {
    @Test("the whitespace sets are Foundation's, code point by code point")
    func sets() {
        var differences: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if TextTrim.isWhitespace(scalar) != CharacterSet.whitespaces.contains(scalar) {
                differences.append("whitespaces U+\(String(value, radix: 16, uppercase: true))")
            }
            if TextTrim.isWhitespaceOrNewline(scalar) != CharacterSet.whitespacesAndNewlines.contains(scalar) {
                differences.append("whitespacesAndNewlines U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }

    @Test("the same strings as trimmingCharacters(in:)", arguments: [
        "", " ", "   ", "a", " a ", "\ta b\t", " \u{301}a\u{A0}\u{2003}", "\u{200B}x\u{200B}", "\n line \r\n", "\u{2028}p\u{2029}",
        "\u{85}x\u{85}", "a\u{A0}", "  Item 3.  ", "é ", " 😀 ", ". 12 .", "(a)",
    ])
    func strings(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.trimming(scalarsIn: ". ") == text.trimmingCharacters(in: CharacterSet(charactersIn: ". ")))
        let inner = text.dropFirst(text.isEmpty ? 0 : 1)
        #expect(inner.trimmingWhitespace() == inner.trimmingCharacters(in: .whitespaces))
    }
}
