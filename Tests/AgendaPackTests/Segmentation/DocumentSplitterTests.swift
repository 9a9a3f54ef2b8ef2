import Testing

@testable import AgendaPack

@Suite("DocumentSplitter")
struct DocumentSplitterTests {
    static func page(_ number: Int, _ texts: [String], blank: Bool = false, stamp: String? = nil, bold: Set<Int> = []) -> FurnitureDetector.PageResult {
        let lines = texts.enumerated().map { i, t in Line(t, page: number, x: 56, y: 60 + Double(i) * 16, size: 11, bold: bold.contains(i)) }
        return FurnitureDetector.PageResult(page: number, label: String(number), furniture: [], blank: blank || texts.isEmpty, itemStamp: stamp, lines: lines)
    }

    @Test("what the top of a page announces", arguments: [
        (["Minutes of the Meeting of Cabinet"], DocumentRecord.Kind.minutes),
        (["Coventry City Council", "Briefing note"], .briefingNote),
        (["KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION"], .decisionNotice),
        (["Appendix 2: Early Help Action Plan"], .appendix),
        (["From:\tRoger Gough, Leader of the Council", "To:\tCounty Council", "Subject:\tDevolution"], .report),
        (["CITY OF RIVERTON", "STAFF REPORT"], .report),
        (["RESOLUTION NO. 2022-88"], .other),
        (["Our ref: 123", "Dear Councillor Gough"], .letter),
    ])
    func signals(texts: [String], kind: DocumentRecord.Kind) {
        let lines = texts.enumerated().map { i, t in Line(t, x: 56, y: 60 + Double(i) * 16) }
        #expect(DocumentSplitter().signal(lines, pageHeight: 842) == kind)
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
        let drafts = DocumentSplitter().split(pages: pages, heights: [:], frontSheet: 1...1, itemStarts: [6], context: DateContext(convention: .dayFirst))
        #expect(drafts.map(\.firstPage) == [1, 2, 5, 6, 7])
        #expect(drafts.map(\.lastPage) == [1, 3, 5, 6, 7])
        #expect(drafts.map(\.kind) == [.frontSheet, .minutes, .briefingNote, .other, .other])
        #expect(drafts[2].to == "Scrutiny Board")
        #expect(drafts[2].subject == "Outstanding Issues")
        #expect(drafts[2].date == "2016-07-14")
        #expect(drafts[2].title == "Briefing note")
        #expect(drafts[4].itemStamp == "8")
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
