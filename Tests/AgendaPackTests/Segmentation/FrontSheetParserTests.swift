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


/// Lines laid out top to bottom, 14 points apart from `y`, each at its x.
func lines(_ rows: [(x: Double, text: String)], page: Int = 1, y: Double = 100, pitch: Double = 14, bold: Set<Int> = []) -> [Line] {
    rows.enumerated().map { i, row in Line(row.text, page: page, x: row.x, y: y + Double(i) * pitch, size: 11, bold: bold.contains(i)) }
}

@Suite("FrontSheetParser")
struct FrontSheetParserTests {
    /// The Coventry front sheet (reference text, page 1), as a ModernGov sheet lays it out.
    @Test("the reference front sheet: items, sub-items, ranges, descriptions, public and private business")
    func coventry() {
        let sheet = lines([
            (56, "Public Business"),
            (56, "1.\tApologies and Substitutions"),
            (56, "2.\tDeclarations of Interests"),
            (56, "3.\tMinutes (Pages 3 - 6)"),
            (84, "a) To agree the minutes of the meeting held on 16th June, 2016"),
            (84, "b) Matters Arising"),
            (56, "4.\tSerious Case Review (Pages 7 - 50)"),
            (84, "Report of the Independent Chair of the Local Safeguarding Children's Board (LSCB)"),
            (56, "5.\tEarly Help Strategy Progress Report (Pages 51 - 76)"),
            (84, "Briefing Note of the Director for Children's Services"),
            (56, "9.\tAny Other Business"),
            (56, "Private Business"),
            (56, "10.\tMeeting Evaluation"),
        ], pitch: 24)
        let items = FrontSheetParser().parse(sheet).items
        #expect(items.map(\.number) == ["1", "2", "3", "3a", "3b", "4", "5"])
        #expect(items.first { $0.number == "3" }?.printedPages == PageSpan(first: 3, last: 6))
        #expect(items.first { $0.number == "3" }?.title == "Minutes")
        #expect(items.first { $0.number == "3a" }?.title == "To agree the minutes of the meeting held on 16th June, 2016")
        #expect(items.first { $0.number == "3a" }?.parentNumber == "3")
        #expect(items.first { $0.number == "4" }?.description == "Report of the Independent Chair of the Local Safeguarding Children's Board (LSCB)")
        #expect(items.first { $0.number == "4" }?.printedPages == PageSpan(first: 7, last: 50))
        #expect(items.first { $0.number == "5" }?.description == "Briefing Note of the Director for Children's Services")
        #expect(items.allSatisfy { $0.business == .public })
    }

    @Test("a numbering gap ends the run; a private heading marks the items after it")
    func privateBusiness() {
        let sheet = lines([
            (56, "1.\tApologies"),
            (56, "2.\tMinutes (Pages 1 - 4)"),
            (56, "PART 2 - EXEMPT ITEMS"),
            (56, "3.\tDisposal of Land at Harbour Road (Pages 5 - 9)"),
        ], pitch: 24)
        let items = FrontSheetParser().parse(sheet).items
        #expect(items.map(\.number) == ["1", "2", "3"])
        #expect(items.map(\.business) == [.public, .public, .private])
    }

    /// Kent's layout: number and title in separate segments, the range right-aligned or on
    /// the title's second line.
    @Test("titles over two lines with the range on the second; a right-aligned range")
    func kent() {
        let sheet = lines([
            (230, "UNRESTRICTED ITEMS"),
            (54, "1.\tApologies"),
            (54, "5.\t24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25"),
        ], pitch: 25) + [
            Line("(Pages 11 - 84)", page: 1, x: 82, y: 164, size: 11),
            Line("6.\tDraft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35", page: 1, x: 54, y: 189, size: 11),
            Line("and Treasury Management Strategy (Pages 85 - 276)", page: 1, x: 98, y: 203, size: 11),
            Line("7.\tSection 25 Report\t(Pages 277 - 326)", page: 1, x: 54, y: 228, size: 11),
        ]
        var kentLines = sheet
        // Renumber to a consecutive run as printed: 5, 6, 7 after 4.
        kentLines[1] = Line("4.\tApologies", page: 1, x: 54, y: 139, size: 11)
        let items = FrontSheetParser().parse(kentLines).items
        #expect(items.map(\.number) == ["4", "5", "6", "7"])
        #expect(items[1].title == "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25")
        #expect(items[1].printedPages == PageSpan(first: 11, last: 84))
        #expect(items[2].title == "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and Treasury Management Strategy")
        #expect(items[2].printedPages == PageSpan(first: 85, last: 276))
        #expect(items[3].title == "Section 25 Report")
        #expect(items[3].printedPages == PageSpan(first: 277, last: 326))
    }

    /// A form field's lines sit in a tall box: the gap between boxes is small, but the step
    /// between their tops is a blank line's. What is typed in the box under an item is not
    /// its title.
    @Test("lines a blank line's step below an item's title do not continue it, however close their boxes")
    func stepAfterTitle() {
        let sheet = [
            Line("4.\tDistrict Council member updates", page: 1, x: 86, y: 268, size: 11),
            Line("5.\tDiscussions", page: 1, x: 86, y: 280.7, size: 11),
            Line("Introductions", page: 1, x: 103, y: 299.8, size: 12),
            Line("Vacancy Search Update", page: 1, x: 103, y: 313.8, size: 12),
            Line("6.\tVotes", page: 1, x: 86, y: 381.9, size: 11),
        ]
        let items = FrontSheetParser().parse(sheet).items
        #expect(items.map(\.number) == ["4", "5", "6"])
        #expect(items[1].title == "Discussions")
    }

    @Test("numbered notes and instructions do not become items; the longest run wins")
    func notesAreNotItems() {
        let sheet = lines([
            (36, "1.\tPARTICIPATE BEFORE THE MEETING by emailing the Commission"),
            (36, "2.\tATTEND THE MEETING IN PERSON"),
            (36, "1.\tCALL MEETING TO ORDER"),
            (36, "2.\tROLL CALL"),
            (36, "3.\tPLEDGE OF ALLEGIANCE"),
            (36, "4.\tAPPROVAL OF MINUTES – NONE"),
            (56, "Notes: 1) The person to contact about the agenda is Michelle Rose"),
        ], pitch: 24)
        let items = FrontSheetParser().parse(sheet).items
        #expect(items.map(\.title) == ["CALL MEETING TO ORDER", "ROLL CALL", "PLEDGE OF ALLEGIANCE", "APPROVAL OF MINUTES – NONE"])
    }

    @Test("item numbers as printed", arguments: [
        ("3. Minutes", "3", "Minutes"), ("3 Minutes", "3", "Minutes"), ("Item 3 Minutes", "3", "Minutes"),
        ("3) Minutes", "3", "Minutes"), ("Item 3. Minutes", "3", "Minutes"), ("3: Minutes", "3", "Minutes"),
    ])
    func numbers(text: String, number: String, title: String) {
        let sheet = lines([(56, text), (56, text.replacingOccurrences(of: "3", with: "4").replacingOccurrences(of: "Minutes", with: "Reports"))], pitch: 24)
        let items = FrontSheetParser().parse(sheet).items
        #expect(items.first?.number == number)
        #expect(items.first?.title == title)
    }

    @Test("a date is not an item number; a year is not either")
    func datesAreNotNumbers() {
        let sheet = lines([(56, "10 January 2025 deadline for responses"), (56, "2025 and, if in order, approved"), (56, "11 February the board met")], pitch: 24)
        #expect(FrontSheetParser().parse(sheet).items.isEmpty)
    }

    @Test("page ranges", arguments: [
        ("Minutes (Pages 3 - 6)", "Minutes", 3, 6), ("Minutes (Page 5)", "Minutes", 5, 5), ("Minutes (Pages 3 – 6)", "Minutes", 3, 6),
        ("Budget Pages 37 - 250", "Budget", 37, 250), ("Minutes (Pages 461 to 610)", "Minutes", 461, 610),
    ])
    func ranges(text: String, title: String, first: Int, last: Int) {
        let (rest, span) = FrontSheetParser().splitRange(text)
        #expect(rest == title)
        #expect(span == PageSpan(first: first, last: last))
    }

    @Test("\"pages\" inside a title is not a range")
    func pagesWord() {
        let (rest, span) = FrontSheetParser().splitRange("Review of web pages 3 and their accessibility")
        #expect(span == nil)
        #expect(rest == "Review of web pages 3 and their accessibility")
    }
}
