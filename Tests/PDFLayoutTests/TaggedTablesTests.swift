import Foundation
import Testing
import TestSupport

@testable import PDFLayout

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
}
