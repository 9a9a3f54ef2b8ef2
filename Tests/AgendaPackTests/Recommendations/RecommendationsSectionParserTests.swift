@testable import AgendaPack
import AgendaPackTestSupport
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
import PDFLayout
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("RecommendationsSectionParser")
struct RecommendationsSectionParserTests {
    func parse(_ fixture: LineFixture) -> [RecommendationRecord] {
        RecommendationsSectionParser().parse(fixture.lines).found.map(\.record)
    }

    @Test("Coventry briefing note: 2.1 lead-in, items 1) 2) 3) with the label in its own segment")
    func earlyHelpBriefingNote() {
        let fixture = LineFixture {
            $0.line("1\tPurpose of the Note", bold: true)
            $0.line("1.1\tTo bring the Education and Children's Services Scrutiny Board up to date with")
            $0.line("progress on Early Help and Prevention.", x: 108)
            $0.gap()
            $0.line("2\tRecommendations", bold: true)
            $0.gap()
            $0.line("2.1\tThe Education and Children's Services Scrutiny Board are recommended to:")
            $0.line("1)\tConsider the content of the briefing note and appendices", x: 108)
            $0.line("2)\tReceive further progress reports as requested", x: 108)
            $0.line("3)\tIdentify any further recommendations for the appropriate Cabinet Member.", x: 108)
            $0.gap()
            $0.line("Appendices:")
            $0.line("Appendix 1: Early Help Strategy")
        }
        let records = parse(fixture)
        #expect(records.labels == ["1)", "2)", "3)"])
        #expect(records.texts == [
            "Consider the content of the briefing note and appendices",
            "Receive further progress reports as requested",
            "Identify any further recommendations for the appropriate Cabinet Member.",
        ])
        #expect(records.allSatisfy { $0.kind == .recommendation })
        #expect(records.allSatisfy { $0.leadIn == "The Education and Children's Services Scrutiny Board are recommended to" })
        #expect(records.allSatisfy { $0.addressee == "The Education and Children's Services Scrutiny Board" })
    }

    @Test("Coventry SCR briefing note: a single 2.1 paragraph is the recommendation")
    func singleParagraph() {
        let fixture = LineFixture {
            $0.line("2 Recommendations", bold: true)
            $0.gap()
            $0.line("2.1 Scrutiny Board are asked to note the recommendations arising from this report.")
            $0.gap()
            $0.line("3 Information/Background", bold: true)
            $0.line("3.1 The primary aim of a SCR is to help agencies learn lessons from these events, and to")
        }
        let records = parse(fixture)
        #expect(records.count == 1)
        #expect(records.first?.label == "2.1")
        #expect(records.first?.text == "Scrutiny Board are asked to note the recommendations arising from this report.")
        #expect(records.first?.leadIn == nil)
        #expect(records.first?.addressee == "Scrutiny Board")
    }

    @Test("Coventry improvement briefing: 'It is recommended that Scrutiny Board 2:', list running onto the next page")
    func listAcrossPages() {
        let fixture = LineFixture {
            $0.line("2 Recommendations")
            $0.gap()
            $0.line("2.1 It is recommended that Scrutiny Board 2:")
            $0.line("1) Note the progress made to date.", x: 108)
            $0.line("2) Receive regular updates from the Children's Services Improvement Board that will", x: 108)
            $0.newPage()
            $0.line("include further progress relating to the children's services improvement plan", x: 124)
            $0.gap()
            $0.line("3 Information/Background")
        }
        let records = parse(fixture)
        #expect(records.labels == ["1)", "2)"])
        #expect(records.last?.text == "Receive regular updates from the Children's Services Improvement Board that will include further progress relating to the children's services improvement plan")
        #expect(records.last?.page == 1)
        #expect(records.allSatisfy { $0.addressee == "Scrutiny Board 2" && $0.leadIn == "It is recommended that Scrutiny Board 2" })
        // The box covers the item's lines on its first page only.
        #expect(records.last?.bbox?.y0 == 128.0)  // the fifth line: 72 + 14 * 4
        #expect(records.last.flatMap(\.bbox).map { abs($0.y1 - $0.y0 - 11 * 1.2) < 0.001 } == true)
    }

    @Test("Coventry outstanding issues: 'Members are recommended to:' with one item")
    func oneItem() {
        let fixture = LineFixture {
            $0.line("2 Recommendations")
            $0.line("2.1 Members are recommended to:")
            $0.line("1) Note the attached template and examples from 2015-16", x: 108)
            $0.gap()
            $0.line("3 Information/Background")
            $0.line("3.1 When recommendations and actions are made following a scrutiny meeting, they are")
        }
        let records = parse(fixture)
        #expect(records.count == 1)
        #expect(records.first?.label == "1)")
        #expect(records.first?.text == "Note the attached template and examples from 2015-16")
        #expect(records.first?.addressee == "Members")
    }

    @Test("Cabinet report layout: bold 'Recommendation(s):', 'Cabinet is asked to:', A. and B. wrapped, '; and' dropped")
    func cabinetReport() {
        let fixture = LineFixture {
            $0.line("Recommendation(s):", bold: true)
            $0.line("Cabinet is asked to:")
            $0.gap()
            $0.line("A. Agree to MOVE the road safety team from the Highways Directorate to the", x: 88)
            $0.line("Environment Directorate from 1 June 2025; and", x: 106)
            $0.gap()
            $0.line("B. DELEGATE authority to the Corporate Director of Environment to take the", x: 88)
            $0.line("relevant actions to implement the decision.", x: 106)
            $0.gap()
            $0.line("1.\tIntroduction", bold: true)
            $0.line("1.1 The road safety team was formed in 2019.")
        }
        let records = parse(fixture)
        #expect(records.labels == ["A.", "B."])
        #expect(records.texts == [
            "Agree to MOVE the road safety team from the Highways Directorate to the Environment Directorate from 1 June 2025",
            "DELEGATE authority to the Corporate Director of Environment to take the relevant actions to implement the decision.",
        ])
        #expect(records.allSatisfy { $0.leadIn == "Cabinet is asked to" })
        // The lead-in names who decides; B. names who is to act.
        #expect(records.map(\.addressee) == ["Cabinet", "the Corporate Director of Environment"])
    }

    @Test("Council report layout: '5. Recommendations:' with (1) (2), stopped by the next numbered heading")
    func parenthesisedNumbers() {
        let fixture = LineFixture {
            $0.line("5. Recommendations:", bold: true)
            $0.gap()
            $0.line("County Council is asked to:")
            $0.gap()
            $0.line("(1) Endorse the joint bid with the neighbouring unitary council for funding of the")
            $0.line("coastal path", x: 90)
            $0.line("(2) Note that the bid, if successful, will require match funding from 2026-")
            $0.line("27 onwards", x: 90)
            $0.newPage()
            $0.line("6. Relevant Director:", bold: true)
            $0.line("A Person, Chief Executive Officer")
        }
        let records = parse(fixture)
        #expect(records.labels == ["(1)", "(2)"])
        #expect(records.texts == [
            "Endorse the joint bid with the neighbouring unitary council for funding of the coastal path",
            "Note that the bid, if successful, will require match funding from 2026-27 onwards",
        ])
        #expect(records.allSatisfy { $0.addressee == "County Council" })
    }

    @Test("Decimal paragraphs without a lead-in are one record each; a compound broken at its hyphen is rejoined")
    func decimalParagraphs() {
        let fixture = LineFixture {
            $0.line("2. Recommendations", bold: true)
            $0.line("2.1 That the Committee approves the revised terms of reference and the decision-")
            $0.line("making role of the youth forum.", x: 100)
            $0.line("2.2 That the Committee notes the timetable for the review.")
            $0.line("3. Background", bold: true)
        }
        let records = parse(fixture)
        #expect(records.labels == ["2.1", "2.2"])
        #expect(records.first?.text == "That the Committee approves the revised terms of reference and the decision-making role of the youth forum.")
    }

    @Test("A sub-list inside an item is folded into it; bullets under a lead-in without a colon")
    func nestedAndBullets() {
        let nested = LineFixture {
            $0.line("Recommendations")
            $0.line("The Committee is recommended to:")
            $0.line("1) Approve the fees for 2025-26, namely:")
            $0.line("(a) £20 for a pitch", x: 100)
            $0.line("(b) £35 for a pavilion", x: 100)
            $0.line("2) Note the income forecast.")
            $0.line("Background", bold: true)
        }
        let records = parse(nested)
        #expect(records.labels == ["1)", "2)"])
        #expect(records.first?.text == "Approve the fees for 2025-26, namely: (a) £20 for a pitch (b) £35 for a pavilion")

        let bullets = LineFixture {
            $0.line("Recommendation", bold: true)
            $0.line("The Panel is recommended to")
            $0.line("•\tnote the report; and", x: 90)
            $0.line("•\tagree the work programme.", x: 90)
            $0.gap()
            $0.line("Report Author(s)", bold: true)
        }
        let bulletRecords = parse(bullets)
        #expect(bulletRecords.labels == ["•", "•"])
        #expect(bulletRecords.texts == ["note the report", "agree the work programme."])
        #expect(bulletRecords.allSatisfy { $0.leadIn == "The Panel is recommended to" && $0.addressee == "The Panel" })
    }

    @Test("Not a recommendations heading", arguments: [
        "Cabinet Committee recommendations and other consultation:",
        "7. Recommendations for the Boards\tPage 39",
        "3.4 Recommendations that are multi-agency are the responsibility of the LSCB, and an action plan",
        "Recommendations from the report being implemented",
    ])
    func notAHeading(text: String) {
        let fixture = LineFixture {
            $0.line(text, bold: true)
            $0.line("The Children’s and Young People Cabinet Committee endorsed the plan on 21 November 2024.")
            $0.line("1) Note the plan.")
        }
        #expect(parse(fixture).isEmpty)
    }

    @Test("A heading with nothing under it is reported, not recorded")
    func emptySection() {
        let fixture = LineFixture {
            $0.line("2 Recommendations", bold: true)
            $0.line("3 Background", bold: true)
        }
        let result = RecommendationsSectionParser().parse(fixture.lines)
        #expect(result.found.isEmpty)
        #expect(result.diagnostics.map(\.code) == ["recommendations-section-empty"])
    }

    @Test("Kingsmere briefing: a last item's wrapped word 'consultation' is its text, not a closing heading")
    func wrappedWordNamedLikeHeading() {
        var lines = [
            Line("2 Recommendations", x: 62.5, y: 245.5, size: 14, bold: true),
            Line("2.1 The Communities Scrutiny Panel is recommended to:", x: 62.5, y: 267.2, size: 12),
            Line("1)\tNote the chronology of the review set out in section 3", x: 96.5, y: 290.1, size: 12),
            Line("2)\tAsk for a further report at its meeting on 13th October 16 on the outcome of the", x: 96.5, y: 312.9, size: 12),
            Line("consultation", x: 119.2, y: 328.8, size: 12),
            Line("3 Chronology", x: 62.5, y: 359.0, size: 14, bold: true),
        ]
        lines[3].bbox = Rect(x0: 96.5, y0: 312.9, x1: 496.37, y1: 328.5)
        lines[4].bbox = Rect(x0: 119.2, y0: 328.8, x1: 180.36, y1: 344.4)
        let records = RecommendationsSectionParser().parse(lines).found.map(\.record)
        #expect(records.labels == ["1)", "2)"])
        #expect(records.last?.text == "Ask for a further report at its meeting on 13th October 16 on the outcome of the consultation")
    }

    @Test("A closing heading starts with a capital; the same word in lowercase is text")
    func closingHeadingIsCapitalised() {
        #expect(RecommendationText.isClosingHeading("Consultation"))
        #expect(RecommendationText.isClosingHeading("5. CONSULTATION"))
        #expect(!RecommendationText.isClosingHeading("consultation"))
        #expect(!RecommendationText.isClosingHeading("background papers listed above"))
    }

    @Test("Eastmarsh cabinet report: a closing 'Recommendation(s):' sentence restating the opening list is not a record")
    func closingSentenceRestatesList() {
        let fixture = LineFixture {
            $0.line("Recommendation(s): Cabinet is asked to:", bold: true)
            $0.line("(1)\tNOTE the responses to the consultation summarised in Appendix 1;", x: 90)
            $0.line("(2)\tAGREE the changes to the draft strategy set out in section 4; and", x: 90)
            $0.line("(3)\tDELEGATE to the Corporate Director, authority to make minor changes.", x: 90)
            $0.line("1. Introduction", bold: true)
            $0.line("1.1 District councils welcomed the maps.")
            $0.gap()
            $0.line("6. Recommendation(s): Cabinet is asked to note the responses, agree the changes in")
            $0.line("section 4 and delegate minor changes.")
            $0.line("7. Contact details", bold: true)
        }
        let result = RecommendationsSectionParser().parse(fixture.lines)
        #expect(result.found.map(\.record).labels == ["(1)", "(2)", "(3)"])
        #expect(result.diagnostics.map(\.code).contains("recommendations-restated"))
    }

    @Test("A one-sentence recommendation is kept when no earlier list has its lead-in")
    func singleSentenceWithoutEarlierList() {
        #expect(RecommendationsSectionParser.restatesLeadIn("Cabinet is asked to note the responses, agree the changes.", of: ["Cabinet is asked to"]))
        #expect(!RecommendationsSectionParser.restatesLeadIn("Cabinet is asked to note the responses, agree the changes.", of: []))
        #expect(!RecommendationsSectionParser.restatesLeadIn("The Board is asked to note the report.", of: ["Cabinet is asked to"]))
        #expect(!RecommendationsSectionParser.restatesLeadIn("Cabinet is asked to note the report. It is also asked to agree the plan.", of: ["Cabinet is asked to"]))
    }
}
