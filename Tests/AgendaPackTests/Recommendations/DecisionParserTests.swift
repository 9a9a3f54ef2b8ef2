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


@Suite("DecisionParser")
struct DecisionParserTests {
    func parse(_ fixture: LineFixture, kind: String? = nil) -> ParseResult {
        DecisionParser(documentKind: kind).parse(fixture.lines)
    }

    @Test("Kent record of decision layout: maker and number under a two-column header, 'Decision:' then a lead-in and A)")
    func recordOfDecision() {
        let fixture = LineFixture {
            $0.line("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION", x: 54, bold: true)
            $0.columns([("DECISION TO BE TAKEN BY:", 113.8), ("DECISION NO:", 380)], bold: true)
            $0.columns([("Cabinet", 175), ("24/00096", 390)], bold: true)
            $0.line("Key decision: YES", x: 28.8, bold: true)
            $0.line("Key decision criteria. The decision will:", x: 28.8)
            $0.line("a) be significant in terms of its effects on communities living or working in two or", x: 46.8)
            $0.line("more electoral divisions", x: 64.8)
            $0.line("Subject Matter / Title of Decision", x: 28.8, bold: true)
            $0.line("Library Strategy 2025-30", x: 28.8, bold: true)
            $0.line("Decision:", x: 28.8, bold: true)
            $0.gap()
            $0.line("Cabinet agree to:", x: 28.8)
            $0.gap()
            $0.line("A) the Library Strategy 2025-30", x: 28.8)
            $0.gap()
            $0.line("Reason(s) for decision:", x: 28.8, bold: true)
            $0.line("1.1\tThe County Council runs 99 libraries.", x: 28.8)
            $0.columns([("signed", 42), ("date", 300)])
        }
        let records = parse(fixture).found.map(\.record)
        #expect(records.count == 1)
        #expect(records.first?.kind == .decision)
        #expect(records.first?.label == "A)")
        #expect(records.first?.text == "the Library Strategy 2025-30")
        #expect(records.first?.leadIn == "Cabinet agree to")
        #expect(records.first?.decidedBy == "Cabinet")
        #expect(records.first?.date == nil)
        // Proposed, not yet taken.
        #expect(records.first?.outcome == nil)
    }

    @Test("Officer decision notice: 'I agree to' under 'Decision:', maker and date beside their labels")
    func officerDecision() {
        let fixture = LineFixture {
            $0.line("RECORD OF DECISION", bold: true)
            $0.line("Decision taken by: Director of Education")
            $0.line("Date of decision: 14th March, 2025")
            $0.line("Decision:", bold: true)
            $0.line("I agree to award the contract for home to school transport in the north area to the")
            $0.line("preferred bidder for three years.")
            $0.gap()
            $0.line("Reasons for decision:", bold: true)
        }
        let records = parse(fixture).found.map(\.record)
        #expect(records.texts == ["I agree to award the contract for home to school transport in the north area to the preferred bidder for three years."])
        #expect(records.first?.decidedBy == "Director of Education")
        #expect(records.first?.date == "2025-03-14")
    }

    @Test("'Decision: text' on one line; a lone decision takes the decision number as its label")
    func inlineDecision() {
        let fixture = LineFixture {
            $0.line("Decision No: 25/00012")
            $0.line("Decision maker: Cabinet Member for Highways")
            $0.line("Date of decision: 03/04/2025")
            $0.line("Decision: To approve the revised parking charges set out in the report.")
        }
        let record = parse(fixture).found.first?.record
        #expect(record?.label == "25/00012")
        #expect(record?.text == "To approve the revised parking charges set out in the report.")
        #expect(record?.decidedBy == "Cabinet Member for Highways")
        // A numeric date could be read two ways: left to the date parser.
        #expect(record?.date == nil)
    }

    @Test("'I agree' counts only in a decision notice")
    func personalOnlyInNotice() {
        let fixture = LineFixture { $0.line("I agree with the Member that the figures are worrying.") }
        #expect(parse(fixture).found.isEmpty)
        let notice = LineFixture { $0.line("I agree to the proposed closure of the depot.") }
        #expect(parse(notice, kind: "decision_notice").found.first?.record.text == "I agree to the proposed closure of the depot.")
    }

    @Test("Report covers and decision criteria are not decisions", arguments: [
        "Decision no:\t24/00109",
        "Key Decision:\tYes - It affects more than 2 Electoral Divisions",
        "Is the decision eligible for call-in? Yes",
        "Future Pathway of report: Cabinet decision",
        "Key decision criteria. The decision will:",
        "Decision - 24/00093 - Future of Commissioned Services was called in.",
    ])
    func nearMiss(text: String) {
        #expect(parse(LineFixture { $0.line(text) }).found.isEmpty)
    }
}
