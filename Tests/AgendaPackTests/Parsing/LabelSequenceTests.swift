@testable import AgendaPack
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("LabelSequence: what follows what")
struct LabelSequenceTests {
    @Test("Readings of a token", arguments: [
        ("7", [LabelSequence.Reading(kind: .number, ordinal: 7)]),
        ("c", [.init(kind: .lowerLetter, ordinal: 3)]),
        ("i", [.init(kind: .lowerLetter, ordinal: 9), .init(kind: .lowerRoman, ordinal: 1)]),
        ("I", [.init(kind: .upperLetter, ordinal: 9), .init(kind: .upperRoman, ordinal: 1)]),
        ("iv", [.init(kind: .lowerRoman, ordinal: 4)]),
        ("XII", [.init(kind: .upperRoman, ordinal: 12)]),
        ("IIII", []),
        ("Iv", []),
        ("ab", []),
    ])
    func readings(token: String, expected: [LabelSequence.Reading]) {
        #expect(LabelSequence.readings(of: token) == expected)
    }

    @Test("A token follows the one before it in one of its readings", arguments: [
        ("b", "a", LabelSequence.Kind.lowerLetter),
        ("I", "H", .upperLetter),
        ("ii", "i", .lowerRoman),
        ("v", "iv", .lowerRoman),
        ("10", "9", .number),
        ("j", "i", .lowerLetter),
    ])
    func follows(token: String, previous: String, kind: LabelSequence.Kind) {
        #expect(LabelSequence.follows(token, after: previous)?.kind == kind)
    }

    @Test("Tokens that do not follow", arguments: [("c", "a"), ("B", "a"), ("iii", "i"), ("2", "b"), ("ii", "h")])
    func doesNotFollow(token: String, previous: String) {
        #expect(LabelSequence.follows(token, after: previous) == nil)
    }

    @Test("What opens a sequence: 'I' as roman one, 'a', '1'; 'b' opens nothing")
    func opens() {
        #expect(LabelSequence.opens("I")?.kind == .upperRoman)
        #expect(LabelSequence.opens("a")?.kind == .lowerLetter)
        #expect(LabelSequence.opens("1")?.kind == .number)
        #expect(LabelSequence.opens("b") == nil)
    }

    @Test("List labels follow one another by style and sequence", arguments: [
        ("(b)", "(a)", true),
        ("(ii)", "(i)", true),
        ("b)", "(a)", false),
        ("3.", "2.", true),
        ("2.2", "2.1", true),
        ("3.1", "2.1", false),
        ("(c)", "(a)", false),
    ])
    func listLabels(text: String, previous: String, follows: Bool) throws {
        let label = try #require(ListLabel(whole: text)), before = try #require(ListLabel(whole: previous))
        #expect(label.follows(before) == follows)
    }

    @Test("The agenda grammar reads parts by the same model")
    func outlineParts() throws {
        let label = try #require(OutlineLabel("IV. Reports"))
        #expect(label.parts.last?.kinds == [.upperRoman])
        #expect(label.parts.last?.value(as: .upperRoman) == 4)
    }
}
