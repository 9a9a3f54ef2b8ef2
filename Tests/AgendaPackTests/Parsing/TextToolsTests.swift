@testable import AgendaPack
import Foundation
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("TextTools")
struct TextToolsTests {
    @Test("Joining wrapped lines: one policy for items, headings and recommendations", arguments: [
        // Compounds: the hyphen stays, no space.
        (["a relationship-", "based model"], "a relationship-based model"),
        (["the decision-", "making process"], "the decision-making process"),
        (["to co-", "ordinate the work"], "to co-ordinate the work"),
        (["a non-", "statutory consultation"], "a non-statutory consultation"),
        (["the long-", "term plan"], "the long-term plan"),
        // A capital or a digit after the hyphen: a compound or a range.
        (["Once-", "Through-Cooling Policy"], "Once-Through-Cooling Policy"),
        (["Statewide Once-", "Through-Cooling"], "Statewide Once-Through-Cooling"),
        (["the 18-", "25 section"], "the 18-25 section"),
        (["from 2026-", "27 onwards"], "from 2026-27 onwards"),
        (["an 18-", "month term"], "an 18-month term"),
        // A word broken by hyphenation: mended.
        (["the recom-", "mendation of the board"], "the recommendation of the board"),
        (["the devel-", "opment of the site"], "the development of the site"),
        // A dash, not a hyphen: kept with its spaces.
        (["sexual abuse -", "the police"], "sexual abuse - the police"),
        (["the budget --", "revised"], "the budget -- revised"),
        (["a cost-", "(see Appendix A)"], "a cost- (see Appendix A)"),
        // White space squashed; empty parts dropped.
        (["  Note   the ", "progress made"], "Note the progress made"),
        (["Minutes", "", "  ", "of the meeting"], "Minutes of the meeting"),
    ])
    func join(parts: [String], joined: String) {
        #expect(TextTools.join(parts) == joined)
    }

    @Test("The hyphen rule on its own", arguments: [
        ("recom-", "mendation", TextTools.HyphenJoin.mend),
        ("co-", "ordinate", .keepHyphen),
        ("Preuilly-", "sur-Claise", .keepHyphen),
        ("Soekarno-", "Hatta", .keepHyphen),
        ("abuse -", "the", .space),
        ("end.", "next", .space),
    ])
    func hyphen(before: String, after: String, expected: TextTools.HyphenJoin) {
        #expect(TextTools.hyphenJoin(before, after) == expected)
    }

    @Test("Squash collapses white space of every kind and trims")
    func squash() {
        #expect(TextTools.squash("  a\t b \u{00A0} c  ") == "a b c")
        #expect(TextTools.squash("already clean") == "already clean")
        #expect(TextTools.squash("") == "")
    }

    @Test("The byte scan behind the quick tests finds needles anywhere, in any script around them")
    func containsAny() {
        #expect(TextTools.containsAny("2.1 The Board is recommended to:", ["ecommend", "ECOMMEND"]))
        #expect(TextTools.containsAny("RECOMMENDATION", ["ecommend", "ECOMMEND"]))
        #expect(TextTools.containsAny("Schools’ budgets — RESOLVED", ["RESOLV"]))
        #expect(TextTools.containsAny("ends with NOW", ["NOW"]))
        #expect(!TextTools.containsAny("Recommend", ["ecommendation"]))
        #expect(!TextTools.containsAny("", ["NOW"]))
        #expect(!TextTools.containsAny("now and then", ["NOW", "Resolv"]))
    }

    @Test("mayContainIgnoringCase: a word in any mix of cases; true whenever ICU could fold other characters to the word's letters")
    func mayContainIgnoringCase() throws {
        #expect(TextTools.mayContainIgnoringCase("The AMENDMENT was moved", ["amendment"]))
        #expect(TextTools.mayContainIgnoringCase("an amEndMent", ["amendment"]))
        #expect(TextTools.mayContainIgnoringCase("Séance ordinaire", ["ance"]))
        #expect(TextTools.mayContainIgnoringCase("Board of Health", ["conseil", "board"]))
        #expect(!TextTools.mayContainIgnoringCase("an amend ment", ["amendment"]))
        #expect(!TextTools.mayContainIgnoringCase("Comité exécutif", ["board"]))
        #expect(!TextTools.mayContainIgnoringCase("", ["board"]))
        #expect(!TextTools.mayContainIgnoringCase("bo", ["board"]))
        // Characters whose case folding spells ASCII letters: the answer is true, as ICU may match.
        for text in ["commiſſion", "Straße", "\u{FB01}nance", "\u{212A}ent", "İ"] {
            #expect(TextTools.mayContainIgnoringCase(text, ["xyz"]), "\(text)")
        }
        // Held to ICU itself: wherever the quick answer is false, the case-insensitive pattern does not match.
        let pattern = try NSRegularExpression(pattern: "amendment|board|ance", options: [.caseInsensitive])
        for text in ["AMENDMENT", "Amendment", "aMeNdMeNt", "BOARD", "séance", "SÉANCE", "amend-ment", "bored", "anc e", "Ämendment"] {
            let quick = TextTools.mayContainIgnoringCase(text, ["amendment", "board", "ance"])
            let icu = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(quick || !icu, "\(text)")
            #expect(quick == icu, "\(text)")
        }
    }

    /// `fold` and `squash` as they were written over `String.UnicodeScalarView`, the reference
    /// for the byte-built versions.
    static func referenceSquash(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if TextTools.isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func referenceFold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in referenceSquash(s).unicodeScalars {
            switch scalar {
            case "’", "‘": out.append("'")
            case "“", "”": out.append("\"")
            case "–", "—": out.append("-")
            default:
                if scalar.value < 0x80 {
                    out.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar)
                } else {
                    out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            }
        }
        return String(out)
    }

    @Test("squash and fold give the scalar-by-scalar results on random text")
    func squashAndFoldMatchTheReference() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [" ", "  ", "\t", "\n", "\r", "\u{0B}", "\u{00A0}", "\u{2003}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{2028}",
                      "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{3001}", "\u{85}", "\u{1A80}", "A", "z", "É", "ß", "İ", "Σ", "’", "“", "—", "–",
                      "\u{301}", "1", "🇬🇧", "ﬁ", "\u{E9A}", "\u{2081}"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(TextTools.squash(text) == Self.referenceSquash(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextTools.fold(text) == Self.referenceFold(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("squash reads white space from UTF-8 bytes exactly as isSpace reads scalars, for every scalar")
    func squashEveryScalar() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let x = String(Character(scalar))
            for text in ["a" + x + "b", x, "a " + x, x + " b"] where TextTools.squash(text) != Self.referenceSquash(text) {
                differing.append(value)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
    }
}
