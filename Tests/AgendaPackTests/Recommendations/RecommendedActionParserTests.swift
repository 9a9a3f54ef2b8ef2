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


@Suite("RecommendedActionParser")
struct RecommendedActionParserTests {
    func parse(_ fixture: LineFixture) -> [RecommendationRecord] {
        RecommendedActionParser().parse(fixture.lines).found.map(\.record)
    }

    @Test("Consent calendar items each with a 'RECOMMENDED ACTION:' line, some wrapped")
    func consentCalendar() {
        let fixture = LineFixture {
            $0.line("a. Minutes of the Regular City Council Meeting of March 4, 2025", x: 90)
            $0.line("RECOMMENDED ACTION: Approve minutes.", x: 108, bold: true)
            $0.line("b. Agreement with a paving contractor for the Elm Street resurfacing", x: 90)
            $0.line("RECOMMENDED ACTION: Authorize the City Manager to execute a two-year contract", x: 108)
            $0.line("with the contractor to resurface Elm Street.", x: 108)
            $0.line("c. Treasurer's Report", x: 90)
        }
        let records = parse(fixture)
        #expect(records.texts == ["Approve minutes.", "Authorize the City Manager to execute a two-year contract with the contractor to resurface Elm Street."])
        #expect(records.allSatisfy { $0.kind == .recommendation && $0.label == nil })
    }

    @Test("A 'Recommended Action:' heading with the text after a gap; the addressee from 'Staff recommends'")
    func headingThenParagraph() {
        let fixture = LineFixture {
            $0.line("Recommended Action:", bold: true)
            $0.gap()
            $0.line("Staff recommends the Housing Authority approve the warrant run of March 1, 2025 for")
            $0.line("a total of $12,400.00.")
            $0.gap()
            $0.line("Attachments:", bold: true)
            $0.line("1.\tCheck Summary")
        }
        let records = parse(fixture)
        #expect(records.texts == ["Staff recommends the Housing Authority approve the warrant run of March 1, 2025 for a total of $12,400.00."])
        #expect(records.first?.addressee == "the Housing Authority")
    }

    @Test("'DEPARTMENT RECOMMENDATION' heading, the next item's bold title ends it")
    func departmentRecommendation() {
        let fixture = LineFixture {
            $0.line("DEPARTMENT RECOMMENDATION", x: 121, bold: true)
            $0.line("Recommend that the City Council Approve the Project", x: 121)
            $0.line("ITEM 2: HARBOR VIEW LOT 4 – PROJECT NO. 123456", x: 81, bold: true)
        }
        let records = parse(fixture)
        #expect(records.texts == ["Recommend that the City Council Approve the Project"])
        #expect(records.first?.addressee == "the City Council")
    }

    @Test("Not recommended actions", arguments: [
        "1. Recommended by External and Regulatory Affairs",
        "H. Consideration of Items Recommended for Approval",
        "have imposed or recommended social distancing measures.",
        "Contract Recommendation for Board Approval",
    ])
    func nearMiss(text: String) {
        let fixture = LineFixture { $0.line(text, bold: true) }
        #expect(RecommendationExtractor().extract(lines: fixture.lines, documentKind: nil).records.isEmpty)
    }
}
