import Foundation
import LayoutModel
@testable import PDFLayout
import TestSupport
import Testing


@Suite("tagged tables")
struct TaggedTablesTests {
    static let corpus = TestPaths.root.appendingPathComponent("corpus/pdf")

    @Test("a tagged export declares its table with headings; its untagged twin declares none")
    func twins() throws {
        let tagged = try PDFDocument(path: Self.corpus.appendingPathComponent("kingsmere-bc-key-dates-briefing-tagged.pdf").path)
        let untagged = try PDFDocument(path: Self.corpus.appendingPathComponent("kingsmere-bc-key-dates-briefing-untagged.pdf").path)
        let tables = tagged.taggedTables()
        #expect(untagged.taggedTables().isEmpty)
        #expect(!tables.isEmpty)
        // The key-dates table: "Date | Event" headings, then one row per event.
        let keyDates = try #require(tables.first { $0.rows.first?.map(\.text) == ["Date", "Event"] })
        #expect(keyDates.rows.first?.allSatisfy(\.header) == true)
        #expect(keyDates.rows.count > 5)
        #expect(keyDates.page == 1)
    }

    @Test("cell text collected by the page passes equals the text of a separate pass, and another limit walks again")
    func samePassText() throws {
        let path = Self.corpus.appendingPathComponent("kingsmere-bc-key-dates-briefing-tagged.pdf").path
        // Tables read without any page read first: one marked-content pass per page.
        let alone = try PDFDocument(path: path).taggedTables()
        // Pages read first (their text passes collect the cells' text), then the tables.
        let document = try PDFDocument(path: path)
        for number in 1...document.info.pageCount { _ = try document.pageText(number) }
        let collected = document.taggedTables()
        #expect(!alone.isEmpty)
        #expect(collected == alone)
        // Asked again, and with another walk limit, the answer is the same.
        #expect(document.taggedTables() == alone)
        #expect(document.taggedTables(limit: 1_000_000) == alone)
        #expect(document.taggedTables(limit: 3).count <= 1)
    }
}
