import Foundation
import LayoutModel
@testable import Tables
import Testing

@Suite("TextToken: cell text joined and normalised")
struct TextTokenTests {
    /// What `normalise` promises, by characters: runs of " ", "\n" and "\t" are one space.
    static func byCharacters(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    @Test("normalise gives the character-by-character result, ASCII or not",
          arguments: ["", " ", "  a  b\tc\n", "a", "Total\t\t£1,200 ", "x\r\ny", "caf\u{65} \u{301}x", " é  ü ", "a \u{301}", "\n\n", "tab\tend"])
    func normaliseMatchesCharacters(text: String) {
        #expect(TextToken.normalise(text) == Self.byCharacters(text))
    }

    @Test("normalise agrees with the character rule on random mixes of separators, letters and marks")
    func normaliseRandom() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [" ", "\n", "\t", "\r", "a", "B", "é", "\u{301}", "-", "£", "1"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(TextToken.normalise(text) == Self.byCharacters(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("Dot leaders go; a cell of an ellipsis keeps it")
    func leaders() {
        #expect(TextToken.withoutLeaders("AFM revisions ........ $85") == "AFM revisions $85")
        #expect(TextToken.withoutLeaders("Budget …… 12") == "Budget 12")
        #expect(TextToken.withoutLeaders("...") == "...")
        #expect(TextToken.withoutLeaders("No leaders here.") == "No leaders here.")
    }

    @Test("Lines of a cell are joined top to bottom; a word broken at a hyphen is joined without a space")
    func join() {
        func token(_ text: String, x: Double, y: Double) -> TextToken {
            TextToken(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * 5, y1: y + 10), bold: false, fontSize: 10, spaceBefore: true)
        }
        #expect(TextToken.join([token("agency", x: 0, y: 12), token("multi-", x: 0, y: 0)]) == "multi-agency")
        #expect(TextToken.join([token("Mortimer -", x: 0, y: 0), token("Chair", x: 0, y: 12)]) == "Mortimer - Chair")
        #expect(TextToken.join([token("Lena", x: 0, y: 0), token("Mortimer", x: 40, y: 0)]) == "Lena Mortimer")
    }
}
