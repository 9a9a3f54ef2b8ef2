@testable import AgendaPack
@testable import Contract
@testable import LayoutModel
import Testing

@Suite("TableStage")
struct TableStageTests {
    static func table(_ id: String, page: Int, box: Rect) -> TableRecord {
        TableRecord(id: id, pages: [page], bbox: box, ruled: false, headerRows: 0, rows: [["a", "b"]], cells: [])
    }

    @Test("a table standing where the agenda is laid out as a table is the agenda: not listed, the tables after it numbered again")
    func agendaTableSetAside() {
        let agenda = [(page: 1, box: Rect(x0: 60, y0: 249, x1: 540, y1: 730))]
        let tables = [
            Self.table("tbl-1", page: 1, box: Rect(x0: 58, y0: 300, x1: 542, y1: 520)),  // an unruled finder's piece of the agenda
            Self.table("tbl-2", page: 1, box: Rect(x0: 58, y0: 520, x1: 542, y1: 735)),  // another piece
            Self.table("tbl-3", page: 4, box: Rect(x0: 58, y0: 300, x1: 542, y1: 420)),  // a budget table in a report
        ]
        let result = TableStage().run(tables: tables, diagnostics: [], agendaTable: agenda)
        #expect(result.tables.map(\.id) == ["tbl-1"])
        #expect(result.tables.map(\.pages) == [[4]])
        #expect(result.trackerRecords.count == 1)
        #expect(result.diagnostics.filter { $0.code == "table-is-agenda" }.count == 2)
    }

    @Test("a table beside the agenda's area, or on another page, stays; with no agenda table nothing changes")
    func otherTablesStay() {
        let agenda = [(page: 1, box: Rect(x0: 60, y0: 249, x1: 540, y1: 400))]
        let tables = [
            Self.table("tbl-1", page: 1, box: Rect(x0: 58, y0: 380, x1: 542, y1: 700)),  // mostly below the agenda
            Self.table("tbl-2", page: 2, box: Rect(x0: 58, y0: 249, x1: 542, y1: 400)),
        ]
        #expect(TableStage().run(tables: tables, diagnostics: [], agendaTable: agenda).tables.map(\.id) == ["tbl-1", "tbl-2"])
        #expect(TableStage().run(tables: tables, diagnostics: []).tables.map(\.id) == ["tbl-1", "tbl-2"])
    }
}
