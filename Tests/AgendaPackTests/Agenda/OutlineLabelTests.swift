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


@Suite("OutlineLabel")
struct OutlineLabelTests {
    @Test("labels of every numbering style, with their number and the text after them", arguments: [
        ("1. Call to Order", "1", "Call to Order"),
        ("12) Budget Report", "12", "Budget Report"),
        ("(3) Minutes", "3", "Minutes"),
        ("IV. EXECUTIVE OFFICER REPORTS", "IV", "EXECUTIVE OFFICER REPORTS"),
        ("V.A Community Affairs", "V.A", "Community Affairs"),
        ("VA. Community Affairs", "V.A", "Community Affairs"),
        ("5.1 Minutes of the last meeting", "5.1", "Minutes of the last meeting"),
        ("4A. Closed session item", "4A", "Closed session item"),
        ("4-A Pension Payroll", "4A", "Pension Payroll"),
        ("A. Roll Call", "A", "Roll Call"),
        ("b) Matters Arising", "b", "Matters Arising"),
        ("(iv) Noting the report", "iv", "Noting the report"),
        ("Item 7 Housing Strategy", "7", "Housing Strategy"),
        ("Agenda Item 12: Budget", "12", "Budget"),
        ("1/ Approbation du procès-verbal", "1", "Approbation du procès-verbal"),
        ("A/ Finances", "A", "Finances"),
        ("2020-038 Vote des subventions", "2020-038", "Vote des subventions"),
        ("72/15 Apologies for absence", "72-15", "Apologies for absence"),
        ("5.0 CONSENT CALENDAR", "5.0", "CONSENT CALENDAR"),
    ])
    func reads(text: String, number: String, rest: String) throws {
        let label = try #require(OutlineLabel(text))
        #expect(label.number == number)
        #expect(label.rest == rest)
    }

    @Test("text that only starts like a label is not one", arguments: [
        "3 Budget lines were cut",         // a bare number needs its own segment
        "Council noted the report.",
        "25 section of the Act",
        "DC. Comics",                       // not a roman numeral, not one letter
        "1.5 million pounds",               // decimal followed by a word: a label, but see below
    ].filter { $0 != "1.5 million pounds" })
    func rejects(text: String) {
        #expect(OutlineLabel(text) == nil)
    }

    @Test("a bare number is a label when the layout sets it apart as its own segment")
    func bareNumberOwnSegment() throws {
        let label = try #require(OutlineLabel("3 Budget Report", firstSegment: "3"))
        #expect(label.number == "3" && label.rest == "Budget Report")
        #expect(OutlineLabel("3 Budget Report", firstSegment: "3 Budget Report") == nil)
    }

    @Test("one letter reads as a letter and as a roman numeral; two roman letters only as a numeral")
    func ambiguity() throws {
        let i = try #require(OutlineLabel("I. Management Reports"))
        #expect(i.parts[0].kinds.contains(.upperLetter) && i.parts[0].kinds.contains(.upperRoman))
        #expect(i.parts[0].value(as: .upperLetter) == 9 && i.parts[0].value(as: .upperRoman) == 1)
        let ii = try #require(OutlineLabel("II. Election of Officers"))
        #expect(ii.parts[0].kinds == [.upperRoman])
        #expect(OutlineLabel.romanValue("XXXIX") == 39 && OutlineLabel.romanValue("IIII") == nil && OutlineLabel.romanValue("VX") == nil)
    }
}
