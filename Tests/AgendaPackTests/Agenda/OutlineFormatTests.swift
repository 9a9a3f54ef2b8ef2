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


/// Outlines typed line by line as the conventions print them (x is the left edge).
@Suite("OutlineFormat")
struct OutlineFormatTests {
    func read(_ rows: [(x: Double, text: String)], bold: Set<Int> = [], pitch: Double = 14) -> [FrontSheetParser.Item] {
        OutlineFormat().read(lines(rows, pitch: pitch, bold: bold)).items
    }

    @Test("roman items with lettered sub-items and numbered actions under them")
    func romanOutline() {
        let items = read([
            (72, "AGENDA"),
            (72, "I. ROLL CALL"),
            (72, "II. APPROVAL OF THE MINUTES"),
            (72, "III. COMMITTEE REPORTS"),
            (99, "A. COMMUNITY AFFAIRS"),
            (117, "1. Approval of Grants and Gifts"),
            (99, "B. MANAGEMENT"),
            (112, "1. Approval of the Disability Plan"),
            (112, "2. Approval of Healthcare Plans"),
            (72, "IV. ADJOURNMENT"),
        ])
        #expect(items.map(\.number) == ["I", "II", "III", "III.A", "III.A.1", "III.B", "III.B.1", "III.B.2", "IV"])
        #expect(items.map(\.parentNumber) == [nil, nil, nil, "III", "III.A", "III", "III.B", "III.B", nil])
        #expect(items[8].title == "ADJOURNMENT")
    }

    @Test("letters that run past H: I is the ninth letter, not roman one; a numbered order of business before the agenda is not the agenda")
    func letteredBoardAgenda() {
        let items = read([
            (72, "THE ORDER OF BUSINESS"),
            (90, "1. The Board will hear the public first."),
            (90, "2. Then the Board considers the items."),
            (72, "Meeting Agenda"),
            (80, "A. Roll Call"), (80, "B. Opening remarks"), (80, "C. Public Comment"), (80, "D. Report of the General Manager"),
            (80, "E. Motions"), (80, "F. Advocate Comments"), (80, "G. Neighborhood Councils"), (80, "H. Consent Items"),
            (80, "I. Management Reports"),
            (117, "1. Presentation on injuries"),
            (117, "2. Presentation on diversity"),
            (80, "J. Adjournment"),
        ])
        #expect(items.map(\.number) == ["A", "B", "C", "D", "E", "F", "G", "H", "I", "I.1", "I.2", "J"])
        #expect(items[9].parentNumber == "I")
    }

    @Test("numbering that restarts under a section heading is read run by run, lettered runs under an item at the margin are its sub-items")
    func restartsAndMarginLetters() {
        let items = read([
            (72, "CLOSED SESSION"),
            (106, "1. CALL MEETING TO ORDER"),
            (106, "2. PUBLIC COMMENTS"),
            (72, "REGULAR BUSINESS"),
            (106, "1. CALL MEETING TO ORDER"),
            (106, "2. APPROVAL OF RESOLUTIONS:"),
            (106, "A. Accept the transport grant"),
            (106, "B. Authorize the beach monitoring contract"),
            (106, "A. Grant a variance for a building sewer"),
            (106, "3. ADJOURNMENT"),
        ])
        #expect(items.map(\.number) == ["1", "2", "1", "2", "2A", "2B", "2A", "3"])
        #expect(items.filter { $0.parentNumber == "2" }.count == 3)
    }

    @Test("numbering restarting under each section heading (agenda-centre style): a heading between the last item's recommendation and the next run opens a section, so the run is items, not the recommendation's parts")
    func restartsAfterRecommendation() {
        let items = read([
            (65, "PUBLIC HEARINGS"),
            (71, "1. Zoning Map Amendment ZMA 24-06"),
            (88, "Recommendation: Conduct the public hearing and introduce the ordinance."),
            (65, "CONSENT CALENDAR"),
            (71, "1. Minutes of the Regular Meeting"),
            (88, "Recommendation: Approve the minutes as presented."),
            (71, "2. Agreement with Tri-County Animal Services"),
            (88, "Recommendation: Authorize the City Manager to execute the agreement in an amount"),
            (88, "not to exceed $412,500."),
            (65, "NEW BUSINESS"),
            (71, "1. Mid-Year Budget Review"),
            (88, "Recommendation: Receive the mid-year budget report."),
            (71, "2. Appointments to the Planning Commission"),
            (65, "ADJOURNMENT"),
        ], bold: [0, 1, 3, 4, 6, 9, 10, 12, 13])
        #expect(items.map(\.number) == ["1", "1", "2", "1", "2"])
        #expect(items.map(\.title) == ["Zoning Map Amendment ZMA 24-06", "Minutes of the Regular Meeting", "Agreement with Tri-County Animal Services",
                                       "Mid-Year Budget Review", "Appointments to the Planning Commission"])
        #expect(items.allSatisfy { $0.parentNumber == nil })
    }

    @Test("section headings set in bold title case open their sections too")
    func restartsUnderBoldHeadings() {
        let items = read([
            (65, "Consent Calendar"),
            (71, "1. Warrant Register"),
            (88, "Recommended Action: Ratify the warrant register."),
            (65, "New Business"),
            (71, "1. Mid-Year Budget Review"),
            (71, "2. Appointments to the Planning Commission"),
        ], bold: [0, 3])
        #expect(items.map(\.number) == ["1", "1", "2"])
    }

    @Test("lettered parts under a recommendation are the recommendation's, not agenda items")
    func recommendationParts() {
        let items = read([
            (106, "1. SELECT MAYOR"),
            (136, "RECOMMENDATION: It is recommended that the Council:"),
            (136, "A. Appoint a Mayor;"),
            (136, "B. Appoint a Mayor Pro Tempore."),
            (106, "2. COMMITTEE ASSIGNMENTS"),
        ])
        #expect(items.map(\.number) == ["1", "2"])
    }

    @Test("a title wraps onto indented lines; a capitals title stops before its explanation in small letters")
    func titles() {
        let items = read([
            (75, "1. Approval of the Minutes"),
            (75, "2. RESOLUTION (2019-37) Accept the Department of Transportation grant to implement"),
            (93, "education activities in the School District."),
            (75, "3. CONFERENCE WITH LEGAL COUNSEL"),
            (93, "Pursuant to Gov. Code section 54956.9"),
        ])
        #expect(items.map(\.title) == [
            "Approval of the Minutes",
            "RESOLUTION (2019-37) Accept the Department of Transportation grant to implement education activities in the School District.",
            "CONFERENCE WITH LEGAL COUNSEL",
        ])
    }

    @Test("a sentence cut at a list marker is not an item: titles start with a capital")
    func lowercaseRest() {
        let items = read([(72, "i) price increases in services"), (72, "ii) costs of new duties.")])
        #expect(items.isEmpty)
    }
}

@Suite("OutlineFormat conventions")
struct OutlineConventionTests {
    func read(_ rows: [(x: Double, text: String)], bold: Set<Int> = [], minutes: Bool = false) -> [FrontSheetParser.Item] {
        OutlineFormat(minutes: minutes).read(lines(rows, bold: bold)).items
    }

    @Test("French frames set apart by spaces and dashes; a heading typed at another margin continues its run")
    func frenchFrames() {
        let items = read([
            (85, "1 – FINANCES"),
            (113, "1-1 : Subventions 2023"),
            (113, "1-2 : Tarifs scolaires"),
            (56, "2- RAPPORT DES DECISIONS DU MAIRE"),
            (85, "3- INFORMATIONS DIVERSES"),
        ], bold: [0, 1, 2, 3, 4], minutes: true)
        #expect(items.map(\.number) == ["1", "1.1", "1.2", "2", "3"])
        #expect(items.map(\.title) == ["FINANCES", "Subventions 2023", "Tarifs scolaires", "RAPPORT DES DECISIONS DU MAIRE", "INFORMATIONS DIVERSES"])
    }

    @Test("a numbered list introduced by a sentence ending in a colon is not a run of agenda items")
    func leadInSentence() {
        let items = read([
            (36, "If you would like to take part, you can do so in the following ways:"),
            (36, "1. WRITE TO THE COMMISSION"),
            (36, "2. ATTEND THE MEETING IN PERSON"),
            (36, "1. CALL MEETING TO ORDER"),
            (36, "2. ROLL CALL"),
            (36, "3. PLEDGE OF ALLEGIANCE"),
        ])
        #expect(items.map(\.title) == ["CALL MEETING TO ORDER", "ROLL CALL", "PLEDGE OF ALLEGIANCE"])
    }

    @Test("a byline before the title: the title is the text below it, the byline its description")
    func byline() {
        let items = read([
            (80, "A. Items for Approval"),
            (117, "1. Recommended by the Office of the Chief Information Officer"),
            (135, "Approval of the Fiber Lease Agreement with the Switch Company."),
            (117, "2. Approval of the Grid Reliability Study"),
            (80, "B. Adjournment"),
        ], bold: [0, 1, 4])
        let one = items.first { $0.number == "A.1" }
        #expect(one?.title == "Approval of the Fiber Lease Agreement with the Switch Company.")
        #expect(one?.description == "Recommended by the Office of the Chief Information Officer")
    }

    @Test("in minutes, sub-items that print their parent's number are items; sentences leading into lists are not")
    func minutesSubItems() {
        let items = read([
            (72, "REGULAR AGENDA ITEMS"),
            (72, "4-A Minutes of the May 2, 2022 Meeting and the May 18, 2022 Continued Meeting of the Commission"),
            (72, "Commissioner Tilos stated he would prefer to bifurcate the vote."),
            (72, "4-B. Discussion of the Unfounded Determination"),
        ], minutes: true)
        #expect(items.map(\.number) == ["4A", "4B"])
        let record = read([
            (72, "1. CALL TO ORDER"),
            (72, "2. CANTINE"),
            (90, "1. Il propose d’appliquer les tarifs suivants pour les enfants :"),
            (90, "2. Il propose d’appliquer le tarif suivant pour les adultes :"),
            (72, "3. QUESTIONS DIVERSES"),
        ], minutes: true)
        #expect(record.map(\.number) == ["1", "2", "3"])
    }
}

@Suite("OutlineFormat agendas laid out as tables")
struct OutlineTableLayoutTests {
    @Test("the title is its own column; a paper reference, a time and a presenter in other columns are not title")
    func titleColumn() {
        // Tab-separated parts become segments set apart by wide gaps.
        let rows: [(x: Double, text: String)] = [
            (60, "1.\tApologies for absence\tCAB/24/01\t10:00\tChair"),
            (60, "2.\tBudget monitoring report\tCAB/24/02\t10:10\tCllr Smith"),
            (60, "3.\tLeisure strategy\tCAB/24/03\t10:40\tDirector of Place"),
        ]
        let items = OutlineFormat().read(lines(rows)).items
        #expect(items.map(\.title) == ["Apologies for absence", "Budget monitoring report", "Leisure strategy"])
    }

    @Test("justified text split at narrow gaps stays whole")
    func justified() throws {
        var first = Line("21. GOVERNMENT FINANCE OFFICERS ASSOCIATION", x: 106, y: 100, size: 12)
        // Words set apart by justification: gaps of about one em.
        var x = 106.0
        first.segments = ["21. GOVERNMENT", "FINANCE", "OFFICERS", "ASSOCIATION"].map { word in
            let width = Double(word.count) * 6
            defer { x += width + 12 }
            return Segment(text: word, bbox: Rect(x0: x, y0: 100, x1: x + width, y1: 114), fontName: "Arial", fontSize: 12, bold: false, italic: false)
        }
        let label = try #require(OutlineLabel(TextTools.squash(first.text), firstSegment: "21. GOVERNMENT"))
        #expect(OutlineFormat.titleColumn(label, line: first) == "GOVERNMENT FINANCE OFFICERS ASSOCIATION")
    }
}

@Suite("OutlineFormat business and numbers under items")
struct OutlineBusinessTests {
    @Test("a closed-session item is private and so are its sub-items; a resolution number under an item is not its title")
    func closedSessionAndNumbers() {
        let items = OutlineFormat().read(lines([
            (72, "I. CALL TO ORDER"),
            (72, "II. ADOPTION OF THE AGENDA"),
            (89, "R2025-188"),
            (72, "III. CLOSED SESSION"),
            (99, "A. Conference with Legal Counsel"),
            (72, "IV. ADJOURNMENT"),
        ], bold: [2])).items
        #expect(items.map(\.number) == ["I", "II", "III", "III.A", "IV"])
        #expect(items.map(\.business) == [.public, .public, .private, .private, .public])
        #expect(items[1].title == "ADOPTION OF THE AGENDA")
    }
}

@Suite("OutlineFormat US session headings")
struct OutlineSessionTests {
    @Test("a CLOSED SESSION session heading leaves its procedural items public; the matters heard in closed session are private")
    func sessionHeading() {
        let items = OutlineFormat().read(lines([
            (218, "CLOSED SESSION - 5:00 p.m."),
            (61, "A. CALL TO ORDER"),
            (61, "B. ADJOURN TO CLOSED SESSION TO DISCUSS THE FOLLOWING:"),
            (90, "1. Conference with Legal Counsel - Existing Litigation"),
            (90, "2. Conference with Labor Negotiator"),
            (226, "OPEN SESSION - 6:00 p.m."),
            (61, "C. RECONVENE IN OPEN SESSION"),
        ], bold: [0, 5])).items
        #expect(items.map(\.number) == ["A", "B", "B.1", "B.2", "C"])
        #expect(items.map(\.business) == [.public, .public, .private, .private, .public])
    }
}
