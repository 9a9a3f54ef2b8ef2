import AgendaPack
import Batch
import Contract
import Dates
import Foundation
import JSONSchema
import LayoutModel
import Parsing
import Recommendations
import Segmentation
import Tables
import Testing

@Suite("RecordStream: one JSON line per record")
struct BatchRecordStreamTests {
    @Test("each record gets type, file and sha256; sections in contract order")
    func lines() throws {
        var pack = PackDocument(
            source: Source(file: "x.pdf", sha256: "ab", bytes: 1, pageCount: 1, pdfVersion: nil, producer: nil, creator: nil, title: nil))
        pack.agendaItems = [AgendaItemRecord(id: "item-1", number: "1", title: "Apologies", page: 1)]
        pack.recommendations = [RecommendationRecord(id: "rec-1", kind: .recommendation, text: "Approve the budget.", page: 1)]
        pack.dates = [DateRecord(id: "date-1", text: "9 January 2025", value: "2025-01-09", precision: .day, page: 1)]
        let value = try PackJSON.value(pack)
        let lines = RecordStream.lines(pack: value, file: "council/x.pdf", sha256: "ab")
        #expect(lines.count == 3)
        let parsed = try lines.map { try JSONValue(parsing: $0) }
        #expect(parsed.map { $0["type"]?.stringValue } == ["agenda_item", "recommendation", "date"])
        #expect(parsed.allSatisfy { $0["file"]?.stringValue == "council/x.pdf" && $0["sha256"]?.stringValue == "ab" })
        #expect(parsed[1]["text"]?.stringValue == "Approve the budget.")
        #expect(!lines[0].contains("\n"))
    }
}
