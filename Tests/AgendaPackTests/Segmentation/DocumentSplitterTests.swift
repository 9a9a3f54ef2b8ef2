import Foundation
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


@Suite("DocumentSplitter")
struct DocumentSplitterTests {
    static func page(_ number: Int, _ texts: [String], blank: Bool = false, stamp: String? = nil, bold: Set<Int> = []) -> FurnitureDetector.PageResult {
        let lines = texts.enumerated().map { i, t in Line(t, page: number, x: 56, y: 60 + Double(i) * 16, size: 11, bold: bold.contains(i)) }
        return FurnitureDetector.PageResult(page: number, label: String(number), furniture: [], blank: blank || texts.isEmpty, itemStamp: stamp, lines: lines, width: 595, height: 842)
    }

    @Test("what the top of a page announces", arguments: [
        (["Minutes of the Meeting of Cabinet"], DocumentRecord.Kind.minutes),
        (["Coventry City Council", "Briefing note"], .briefingNote),
        (["KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION"], .decisionNotice),
        (["Appendix 2: Early Help Action Plan"], .appendix),
        (["ATTACHMENT 1", "Check Summary Information Sheet"], .appendix),
        (["Exhibit A – Legal Description"], .appendix),
        (["From:\tRoger Gough, Leader of the Council", "To:\tCounty Council", "Subject:\tDevolution"], .report),
        (["CITY OF RIVERTON", "STAFF REPORT"], .report),
        (["RESOLUTION NO. 2022-88"], .other),
        (["Our ref: 123", "Dear Councillor Gough"], .letter),
    ])
    func signals(texts: [String], kind: DocumentRecord.Kind) {
        let lines = texts.enumerated().map { i, t in Line(t, x: 56, y: 60 + Double(i) * 16) }
        #expect(DocumentSplitter().signal(lines, pageHeight: 842) == kind)
    }

    @Test("an ordre du jour convening a séance du conseil is an agenda, not the sitting's minutes")
    func ordreDuJour() {
        let agenda = ["MUNICIPALITÉ DE SAINT-ANSELME-DU-LAC", "ORDRE DU JOUR", "Séance ordinaire du conseil municipal qui se tiendra le lundi 5 février 2024"]
            .enumerated().map { i, t in Line(t, x: 56, y: 60 + Double(i) * 16) }
        #expect(DocumentSplitter().signal(agenda, pageHeight: 842) == nil)
        let minutes = ["MUNICIPALITÉ DE SAINT-ANSELME-DU-LAC", "Séance ordinaire du conseil municipal tenue le lundi 5 février 2024"]
            .enumerated().map { i, t in Line(t, x: 56, y: 60 + Double(i) * 16) }
        #expect(DocumentSplitter().signal(minutes, pageHeight: 842) == .minutes)
    }

    @Test("an ordinary paragraph announces nothing")
    func noSignal() {
        let lines = [Line("1.2 To the Board the recommendations of the review were presented in June.", x: 56, y: 60)]
        #expect(DocumentSplitter().signal(lines, pageHeight: 842) == nil)
    }

    @Test("a pack splits at announcements, item starts, stamps and blank pages")
    func split() {
        let pages = [
            Self.page(1, ["Agenda"]),
            Self.page(2, ["Minutes of the Meeting of the Board held on 9 June 2016"]),
            Self.page(3, ["continued minutes"]),
            Self.page(4, [], blank: true),
            Self.page(5, ["Briefing note", "To\tScrutiny Board", "Date\t14th July 2016", "Subject\tOutstanding Issues"]),
            Self.page(6, ["Work programme details"]),
            Self.page(7, ["More text"], stamp: "8"),
        ]
        let drafts = DocumentSplitter().split(pages: pages, frontSheet: 1...1, itemStarts: [6], context: DateContext(convention: .dayFirst))
        #expect(drafts.map(\.firstPage) == [1, 2, 5, 6, 7])
        #expect(drafts.map(\.lastPage) == [1, 3, 5, 6, 7])
        #expect(drafts.map(\.kind) == [.frontSheet, .minutes, .briefingNote, .other, .other])
        #expect(drafts[2].to == "Scrutiny Board")
        #expect(drafts[2].subject == "Outstanding Issues")
        #expect(drafts[2].date == "2016-07-14")
        #expect(drafts[2].title == "Briefing note")
        #expect(drafts[4].itemStamp == "8")
    }

    @Test("minutes headed again with the same meeting's date go on; minutes of another meeting start")
    func minutesRunningHead() {
        let pages = [
            Self.page(1, ["MINUTES OF THE REGULAR MEETING", "NORWALK HOUSING AUTHORITY", "OCTOBER 18, 2022", "CALL TO ORDER"]),
            Self.page(2, ["Minutes of the Regular Meeting", "Norwalk Housing Authority", "October 18, 2022", "ORAL COMMUNICATIONS"]),
            Self.page(3, ["Minutes of the Regular Meeting", "Norwalk Housing Authority", "September 20, 2022", "CALL TO ORDER"]),
        ]
        let drafts = DocumentSplitter().split(pages: pages, frontSheet: nil, itemStarts: [], context: DateContext(convention: .monthFirst))
        #expect(drafts.map(\.firstPage) == [1, 3])
        #expect(drafts.map(\.kind) == [.minutes, .minutes])
    }

    @Test("scanned pages after pages of text are another document; a change of size among them is another")
    func scannedPages() {
        func scan(_ n: Int, width: Double = 595, height: Double = 842) -> FurnitureDetector.PageResult {
            FurnitureDetector.PageResult(page: n, label: nil, furniture: [], blank: false, itemStamp: nil, lines: [], width: width, height: height, printedWithoutText: true)
        }
        let pages = [Self.page(1, ["Staff report"]), Self.page(2, ["continued"]), scan(3), scan(4), scan(5, width: 792, height: 1224), Self.page(6, ["Minutes of the Meeting of the Board held on 9 June 2016"])]
        let drafts = DocumentSplitter().split(pages: pages, frontSheet: nil, itemStarts: [], context: DateContext(convention: .dayFirst))
        #expect(drafts.map(\.firstPage) == [1, 3, 5, 6])
        #expect(drafts.map(\.lastPage) == [2, 4, 5, 6])
        // A wholly scanned file is one document.
        #expect(DocumentSplitter().split(pages: [scan(1), scan(2)], frontSheet: nil, itemStarts: [], context: DateContext()).map(\.firstPage) == [1])
    }

    @Test("authors under an Authors heading, names before the comma")
    func authors() {
        let lines = [
            Line("Authors", x: 56, y: 100, bold: true),
            Line("Fran Doyle, Head of Early Help and Prevention", x: 56, y: 116),
            Line("John Gregg, Director of Children's Services", x: 56, y: 132),
            Line("Contact details: john.gregg@coventry.gov.uk", x: 56, y: 160),
        ]
        #expect(DocumentSplitter().authors(in: lines) == ["Fran Doyle", "John Gregg"])
    }
}

@Suite("DocumentSplitter forms and running heads")
struct DocumentSplitterFormTests {
    /// A page of the given heading lines (size 24 bold first) and body text below.
    func page(_ n: Int, _ heading: [String], titleBold: Bool = true, body: String = "The following persons stand nominated for election.") -> FurnitureDetector.PageResult {
        var lines: [Line] = []
        for (i, text) in heading.enumerated() {
            lines.append(Line(text, page: n, x: 60, y: 40 + Double(i) * 28, size: i == 0 && titleBold ? 24 : 11, bold: i == 0 && titleBold))
        }
        for k in 0..<12 {
            lines.append(Line(body + " Line \(k) of the notice runs on with its ordinary text here.", page: n, x: 60, y: 300 + Double(k) * 14, size: 11))
        }
        return FurnitureDetector.PageResult(page: n, label: nil, furniture: [], blank: false, itemStamp: nil, lines: lines, width: 595, height: 842)
    }

    func split(_ pages: [FurnitureDetector.PageResult]) -> [Int] {
        DocumentSplitter().split(pages: pages, frontSheet: nil, itemStarts: [], context: DateContext()).map(\.firstPage)
    }

    @Test("a notice printed once per ward: each page with the title and another ward starts a document")
    func formPerSubject() {
        let pages = ["Appleton", "Beechwood", "Birchfield"].enumerated().map { i, ward in
            page(i + 1, ["STATEMENT OF PERSONS NOMINATED", "Borough of Halton", "Election of a Borough Councillor for", ward])
        }
        #expect(split(pages) == [1, 2, 3])
    }

    @Test("a form whose subject is set large below a sentence: each subject starts a sheet")
    func formSubjectBelowSentence() {
        func sheet(_ n: Int, _ ward: String) -> FurnitureDetector.PageResult {
            var p = page(n, ["STATEMENT OF PERSONS NOMINATED", "Election of Councillors", "Three Councillors to be elected to each ward"])
            p.lines.insert(Line("The following is a statement of the persons nominated for election as a Councillor for", page: n, x: 60, y: 180, size: 11), at: 3)
            p.lines.insert(Line(ward, page: n, x: 150, y: 205, size: 18), at: 4)
            p.lines[1] = Line("Election of Councillors", page: n, x: 60, y: 68, size: 24, bold: true)
            return p
        }
        #expect(split([sheet(1, "Iver"), sheet(2, "Little Chalfont & Amersham Common"), page(3, [], body: "A poll will be taken"), sheet(4, "Penn Wood")]) == [1, 2, 4])
        // The same subject again is the same sheet's next page.
        #expect(split([sheet(1, "Iver"), sheet(2, "Iver")]) == [1])
    }

    @Test("numbered sheets: Question 1, Question 2 start documents; an untitled next page goes on")
    func numberedSheets() {
        let pages = [
            page(1, ["Question 1", "COUNTY COUNCIL", "Question by A to B"], titleBold: false),
            page(2, [], body: "The answer goes on here"),
            page(3, ["Question 2", "COUNTY COUNCIL", "Question by C to D"], titleBold: false),
        ]
        #expect(split(pages) == [1, 3])
    }

    @Test("numbered sheets whose label the furniture pass took as a running header on some pages")
    func numberedSheetsLabelInHeader() {
        // "Question N" sits in the header band where the sheet's text starts high and below
        // it where the text starts lower: the same label either way.
        func sheet(_ n: Int, _ q: Int, inHeader: Bool) -> FurnitureDetector.PageResult {
            var p = page(n, [], body: "The question and its answer")
            let heading = ["COUNTY COUNCIL", "Thursday 13 March 2025", "Question by A to B"]
            p.lines.insert(contentsOf: heading.enumerated().map { i, t in Line(t, page: n, x: 200, y: 80 + Double(i) * 28, size: 12, bold: true) }, at: 0)
            let label = Rect(x0: 480, y0: inHeader ? 57 : 71, x1: 540, y1: inHeader ? 69 : 83)
            if inHeader {
                p.furniture = [Furniture(kind: .header, text: "Question \(q)", bbox: label)]
            } else {
                p.lines.insert(Line("Question \(q)", page: n, x: label.x0, y: label.y0, size: 11), at: 0)
            }
            return p
        }
        let pages = [sheet(1, 1, inHeader: false), page(2, [], body: "The answer goes on here"), sheet(3, 2, inHeader: true), sheet(4, 3, inHeader: false), sheet(5, 4, inHeader: true)]
        let drafts = DocumentSplitter().split(pages: pages, frontSheet: nil, itemStarts: [], context: DateContext())
        #expect(drafts.map(\.firstPage) == [1, 3, 4, 5])
        // Each answer is a document of the same form as the one before (not an appendix of it),
        // and its title is the heading under the meeting's date, not the date.
        #expect(drafts.dropFirst().allSatisfy { $0.signalled })
        #expect(drafts.first?.title == "Question by A to B")
    }

    @Test("a header that is not a numbered label does not start documents")
    func runningHeaderNotLabel() {
        let pages = (1...3).map { n in
            var p = page(n, [], body: "The report goes on")
            p.furniture = [Furniture(kind: .header, text: "Kent County Council Budget \(2020 + n)", bbox: Rect(x0: 60, y0: 20, x1: 300, y1: 32))]
            return p
        }
        #expect(split(pages) == [1])
    }

    @Test("the same heading block on every page is a running head, not a new document each page")
    func runningHead() {
        let pages = (1...3).map { page($0, ["Appendix F – Budget Risk Register", "Electoral Area: North"]) }
        #expect(split(pages) == [1])
    }
}

@Suite("DocumentSplitter: heading patterns tried only on lines with their words")
struct DocumentSplitterGuardTests {
    /// A heading of every alternative of each guarded pattern: the guard lets it through and
    /// the pattern matches it, in the cases papers print.
    @Test("Every alternative of a guarded heading pattern holds one of its guard's words",
          arguments: [
            (DocumentSplitter.minutesWords, DocumentSplitter.minutesHeading,
             ["Minutes", "DRAFT MINUTES", "Minutes of the Annual Meeting", "Procès-verbal de la séance", "PROCES VERBAUX", "Compte rendu",
              "Réunion du conseil municipal", "Séance ordinaire du conseil", "SEANCE DU CONSEIL", "Cofnodion", "Planning Board Meeting Minutes"]),
            (DocumentSplitter.appendixWords, DocumentSplitter.appendixHeading,
             ["Appendix A", "ANNEX 2", "Annexe 1", "Schedule 3", "Attachment B", "Exhibit iv", "Enclosure 1"]),
          ] as [([StaticString], NSRegularExpression, [String])])
    func guardedAlternatives(words: [StaticString], pattern: NSRegularExpression, headings: [String]) {
        for heading in headings {
            #expect(pattern.matches(heading), "\(heading)")
            #expect(TextTools.mayContainIgnoringCase(heading, words), "\(heading)")
        }
    }

    @Test("The page signals read as before")
    func signals() {
        func kind(_ texts: [String]) -> DocumentRecord.Kind? {
            DocumentSplitter().signal(texts.enumerated().map { Line($0.element, page: 1, y: 72 + Double($0.offset) * 14) }, pageHeight: 842)
        }
        #expect(kind(["RECORD OF DECISION", "Decision No: 24/00096"]) == .decisionNotice)
        #expect(kind(["Minutes of the meeting of the Cabinet"]) == .minutes)
        #expect(kind(["ORDRE DU JOUR", "Séance ordinaire du conseil municipal"]) == nil)
        #expect(kind(["Briefing note"]) == .briefingNote)
        #expect(kind(["Appendix B", "Budget risks"]) == .appendix)
        #expect(kind(["Report to Cabinet"]) == .report)
        #expect(kind(["Resolution No. 2024-12"]) == .other)
        #expect(kind(["Dear Councillor Smith,"]) == .letter)
    }
}
