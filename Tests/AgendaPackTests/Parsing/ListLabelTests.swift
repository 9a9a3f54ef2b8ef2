@testable import AgendaPack
import AgendaPackTestSupport
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("ListLabel")
struct ListLabelTests {
    @Test("Labels read from the start of a line", arguments: [
        ("1) Consider the content", "1)", "Consider the content"),
        ("(1) Endorse the ongoing joint work", "(1)", "Endorse the ongoing joint work"),
        ("2.1 The Scrutiny Board is recommended to:", "2.1", "The Scrutiny Board is recommended to:"),
        ("7.1. Recommendation: The LSCB", "7.1.", "Recommendation: The LSCB"),
        ("A) Note the forecast", "A)", "Note the forecast"),
        ("A. Agree to TRANSFER", "A.", "Agree to TRANSFER"),
        ("(a) Adopt the plan", "(a)", "Adopt the plan"),
        ("(iv) Delegate authority", "(iv)", "Delegate authority"),
        ("• note the report", "•", "note the report"),
        ("(m)In February, Mr Murphy", "(m)", "In February, Mr Murphy"),
    ])
    func reads(text: String, label: String, rest: String) {
        let split = ListLabel.split(text)
        #expect(split?.label.printed == label)
        #expect(split?.rest == rest)
    }

    @Test("Not labels", arguments: [
        "25 section of the Strengthening Independence Service",
        "e.g. expanding a school by a whole FE",
        "1.1% accuracy rate in 2023",
        "April 2025; and",
        "I agree to award the contract",
        "(excluding Schools).",
        "Recommendation: The Board",
    ])
    func notLabels(text: String) {
        #expect(ListLabel.split(text) == nil)
    }

    @Test("A bare number is a label only in a segment of its own")
    func bareNumber() {
        #expect(ListLabel.split(Line("3\tBackground"))?.label.printed == "3")
        #expect(ListLabel.split(Line("3 Background")) == nil)
    }

    @Test("Same list or not", arguments: [
        ("A)", "b)", true),
        ("h)", "i)", true),
        ("i)", "ii)", true),
        ("(1)", "(2)", true),
        ("(1)", "1)", false),
        ("2.1", "2.2", true),
        ("2.1", "2.1.1", false),
        ("1)", "(a)", false),
        ("•", "•", true),
        ("A.", "B.", true),
        ("1.", "(a)", false),
    ])
    func sameStyle(first: String, second: String, same: Bool) throws {
        let a = try #require(ListLabel(whole: first))
        let b = try #require(ListLabel(whole: second))
        #expect(a.sameStyle(as: b) == same)
    }

    @Test("A whole segment read as a label, or settled as a word before any pattern", arguments: [
        ("12", "12", true), ("2.1.", "2.1", true), ("Section 3.", "3", true), ("(iv)", "iv", true), ("xii)", "xii", true),
        ("B.", "B", true), ("•", "•", true), ("123", "", false), ("Subject", "", false), ("Note.", "", false),
        ("Section 3 applies", "", false), ("½", "", false), ("(a) and more", "", false),
    ])
    func wholeSegment(text: String, token: String, isLabel: Bool) {
        let label = ListLabel(whole: text)
        #expect((label != nil) == isLabel)
        if isLabel { #expect(label?.token == token) }
    }
}
