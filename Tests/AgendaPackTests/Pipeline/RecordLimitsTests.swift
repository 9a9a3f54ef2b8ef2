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


@Suite("RecordLimits")
struct RecordLimitsTests {
    @Test("ISO dates: years 1–9999, real months and days", arguments: [
        ("2016", true), ("2016-07", true), ("2016-07-21", true), ("2024-02-29", true),
        ("2023-02-29", false), ("10000-02-29", false), ("0000-12-29", false), ("00-1-03", false),
        ("2016-13", false), ("2016-7-21", false), ("", false), ("-07-21", false),
    ])
    func isoDates(text: String, valid: Bool) {
        #expect(RecordLimits.isISODate(text) == valid)
    }

    @Test("times and PDF versions")
    func timesAndVersions() {
        #expect(RecordLimits.isTime("09:30") && RecordLimits.isTime("23:59"))
        #expect(!RecordLimits.isTime("24:00") && !RecordLimits.isTime("9:30") && !RecordLimits.isTime("09:60"))
        #expect(RecordLimits.isPDFVersion("1.7") && !RecordLimits.isPDFVersion("0") && !RecordLimits.isPDFVersion("1.10"))
    }

    @Test("values outside the contract are repaired or dropped, each with a diagnostic; the rest stays")
    func repairs() {
        var pack = PackDocument(source: Source(file: "x.pdf", sha256: nil, bytes: nil, pageCount: 2, pdfVersion: "0", producer: nil, creator: nil, title: nil))
        pack.meeting = Meeting(authority: nil, body: "Cabinet", date: "10000-02-29", startTime: "25:00", venue: nil, page: 1)
        pack.agendaItems = [
            AgendaItemRecord(id: "item-1", number: "1", parent: nil, title: "Apologies", description: nil,
                             printedPages: PageSpan(first: 0, last: 2), business: .public, page: 1, bbox: nil),
            AgendaItemRecord(id: "item-2", number: "2", parent: nil, title: "Minutes", description: nil,
                             printedPages: PageSpan(first: 1, last: 2), business: .public, page: 1, bbox: nil),
        ]
        pack.dates = [
            DateRecord(id: "date-1", text: "29 February", value: "10000-02-29", precision: .day, page: 1),
            DateRecord(id: "date-2", text: "1 March 2024", value: "2024-03-01", precision: .day, page: 1),
        ]
        let found = RecordLimits.enforce(&pack)
        #expect(pack.source.pdfVersion == nil)
        #expect(pack.meeting?.date == nil && pack.meeting?.startTime == nil && pack.meeting?.body == "Cabinet")
        #expect(pack.agendaItems[0].printedPages == nil)
        #expect(pack.agendaItems[1].printedPages == PageSpan(first: 1, last: 2))
        #expect(pack.dates.map(\.value) == ["2024-03-01"])
        #expect(pack.dates.map(\.id) == ["date-1"])
        #expect(found.count == 5)
        #expect(found.allSatisfy { $0.code == "value-out-of-range" })
    }
}
