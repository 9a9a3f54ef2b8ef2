import AgendaPack
import Batch
import Contract
import Foundation
import LayoutModel
import TestSupport
import Testing

/// The pipeline on real council PDFs from ../shared/samples (skipped when absent). The
/// expected items are typed from the documents as printed (read with pdftotext), not from
/// this program's output.
@Suite("real agendas", .enabled(if: TestPaths.samples != nil, "../shared/samples is absent"))
struct SampleAgendaTests {
    static func extract(_ relative: String) throws -> PackDocument {
        let path = try #require(TestPaths.samples).appendingPathComponent(relative).path
        return try Extractor().extract(path: path)
    }

    struct Item: Equatable, CustomStringConvertible {
        var number: String
        var title: String
        var pages: PageSpan?
        var description: String { "\(number) \(title) \(pages.map { "\($0.first)-\($0.last)" } ?? "-")" }
    }

    static func items(_ pack: PackDocument) -> [Item] {
        pack.agendaItems.map { Item(number: $0.number, title: $0.title, pages: $0.printedPages) }
    }

    @Test("Kent cabinet front sheet, 30 January 2025: nine items with their printed ranges")
    func kentCabinet() throws {
        let pack = try Self.extract("council/uk/kent-cc_2025-01-30_cabinet_agenda-frontsheet.pdf")
        #expect(Self.items(pack) == [
            Item(number: "1", title: "Apologies"),
            Item(number: "2", title: "Declarations of Interest"),
            Item(number: "3", title: "Minutes of the Meeting held on 9th January 2025", pages: PageSpan(first: 1, last: 10)),
            Item(number: "4", title: "Cabinet Member Updates"),
            Item(number: "5", title: "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25", pages: PageSpan(first: 11, last: 84)),
            Item(number: "6", title: "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and Treasury Management Strategy", pages: PageSpan(first: 85, last: 276)),
            Item(number: "7", title: "24/00109 - Transfer the 18-25 section of the Strengthening Independence Service from the Children Young People and Education Directorate to the Adult Social Care and Health Directorate", pages: PageSpan(first: 277, last: 326)),
            Item(number: "8", title: "24/00115 - Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan", pages: PageSpan(first: 327, last: 460)),
            Item(number: "9", title: "24/00096 - Commissioning Plan for Education Provision in Kent 2025-29", pages: PageSpan(first: 461, last: 610)),
        ])
        #expect(pack.meeting?.date == "2025-01-30")
        #expect(pack.meeting?.startTime == "10:00")
        // The ranges point into the full pack, not this two-page sheet: said, not dropped.
        #expect(pack.diagnostics.filter { $0.code == "range-past-end" }.count == 6)
    }

    @Test("Kent County Council summons, 13 February 2025: the items of the budget meeting")
    func kentCountyCouncil() throws {
        let pack = try Self.extract("council/uk/kent-cc_2025-02-13_county-council_agenda-frontsheet.pdf")
        #expect(Self.items(pack) == [
            Item(number: "1", title: "Apologies for Absence"),
            Item(number: "2", title: "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda"),
            Item(number: "3", title: "Minutes of the meetings held on 19 December 2024 and 9 January 2025 and, if in order, to be approved as a correct record", pages: PageSpan(first: 1, last: 26)),
            Item(number: "4", title: "Chairman's Announcements"),
            Item(number: "5", title: "Section 25 Report", pages: PageSpan(first: 27, last: 36)),
            Item(number: "6", title: "Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax Setting 2025/26)", pages: PageSpan(first: 37, last: 250)),
        ])
        #expect(pack.meeting?.body == "County Council")
        #expect(pack.meeting?.date == "2025-02-13")
        #expect(pack.meeting?.startTime == "09:30")
        #expect(pack.pages[1].blank)
    }

    @Test("Kent public reports pack, 13 March 2025: three items, a blank page")
    func kentReportsPack() throws {
        let pack = try Self.extract("council/uk/kent-cc_2025-03-13_cabinet_public-reports-pack.pdf")
        #expect(Self.items(pack).map(\.title) == ["Apologies", "Declarations of Interest", "Consideration of Decision 24/00093 (if required)"])
        #expect(pack.pages.map(\.blank) == [false, true])
        #expect(pack.meeting?.startTime == "15:00")
    }

    @Test("Kent supplement packs: the covering letter's item, resolved to the pages after it")
    func kentSupplement() throws {
        let pack = try Self.extract("council/uk/kent-cc_2025-01-09_county-council_item3-supplement-pack.pdf")
        #expect(Self.items(pack) == [Item(number: "3", title: "English Devolution White Paper", pages: PageSpan(first: 1, last: 18))])
        #expect(pack.agendaItems.first?.pages == PageSpan(first: 3, last: 20))
        #expect(pack.pages[2].pageLabel == "1")
        let report = try #require(pack.documents.first { $0.firstPage == 3 })
        #expect(report.kind == .report)
        #expect(report.subject == "English Devolution White Paper")
        #expect(report.agendaItem == "item-3")
        #expect(pack.recommendations.filter { $0.document == report.id }.count >= 4)
    }

    @Test("Kent item 7 supplementary pack: a title that goes on in bold over three lines, with its range")
    func kentItem7() throws {
        let pack = try Self.extract("council/uk/kent-cc_2025-01-30_cabinet_item7-supplementary-pack.pdf")
        #expect(Self.items(pack) == [
            Item(number: "7", title: "24/00109 - Transfer the 18-25 section of the Strengthening Independence Service from the Children Young People and Education Directorate to the Adult Social Care and Health Directorate", pages: PageSpan(first: 1, last: 20)),
        ])
        #expect(pack.documents.first { $0.firstPage == 3 }?.agendaItem == "item-7")
    }

    @Test("Kent printed minutes: minutes, not an agenda; numbered minute items", arguments: [
        "council/uk/kent-cc_2025-01-30_cabinet_printed-minutes.pdf",
    ])
    func kentMinutes(file: String) throws {
        let pack = try Self.extract(file)
        #expect(pack.agendaItems.isEmpty)
        #expect(pack.documents.first?.kind == .minutes)
        let items = pack.documents.first?.minutes?.items ?? []
        #expect(items.first?.number == "84")
        #expect(items.first?.title == "Apologies")
        #expect(pack.meeting?.date == "2025-01-30")
        #expect(!pack.recommendations.filter { $0.kind == .resolution }.isEmpty)
    }

    @Test("PDFs that are not agendas get no invented items and say what they are", arguments: [
        "council/uk/kent-cc_2025-03-13_appendix-2_ministerial-letter_no-producer.pdf",
        "council/uk/bury-mbc_sopn_statement-of-persons-nominated.pdf",
        "council/uk/halton-bc_2019_sopn.pdf",
        "council/uk/hackney-lbc_sopn.pdf",
        "council/uk/isle-of-wight-council_2015-03-12_foi-response-letter.pdf",
    ])
    func notAgendas(file: String) throws {
        let pack = try Self.extract(file)
        #expect(pack.agendaItems.isEmpty, "\(file): \(pack.agendaItems.map(\.title))")
        #expect(pack.meeting == nil)
        #expect(pack.diagnostics.contains { $0.code == "no-agenda" && $0.message.contains("reads as") })
    }
}
