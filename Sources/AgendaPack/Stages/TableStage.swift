import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// Stage 5: the tables. The table pass (`TablePass`) found them page by page while the PDF
/// was open, joined them over pages, applied the tagged structure's evidence and numbered
/// them; here the agenda's own table is set aside and a tracker table's rows become
/// recommendations. Links are given in `Assemble`.
struct TableStage {
    package struct Result {
        package var tables: [TableRecord]
        /// One list per table: the records a tracker's rows give.
        var trackerRecords: [[RecommendationRecord]]
        package var diagnostics: [Diagnostic]
    }

    /// `agendaTable`: where the agenda stands when it is laid out as a table (the agenda
    /// stage's reading). A table found there is the agenda, its rows the items (a front
    /// sheet's item list is layout, as the contract's tables are data): it is not listed,
    /// and the tables after it are numbered again in order.
    package func run(tables: [TableRecord], diagnostics: [Diagnostic], agendaTable: [(page: Int, box: Rect)] = []) -> Result {
        var diagnostics = diagnostics
        var kept: [TableRecord] = []
        for table in tables {
            if let box = table.bbox, let page = table.pages.first, TableStage.isAgenda(box, page: page, agendaTable: agendaTable) {
                diagnostics.append(Diagnostic(.info, "table-is-agenda", "the table on page \(page) is the agenda laid out as a table (its rows are the agenda items); it is not listed as a table", page: page))
                continue
            }
            kept.append(table)
        }
        if kept.count < tables.count {
            for i in kept.indices { kept[i].id = "tbl-\(i + 1)" }
        }
        let extractor = RecommendationExtractor()
        return Result(tables: kept, trackerRecords: kept.map { extractor.records(fromTracker: $0) }, diagnostics: diagnostics)
    }

    /// Whether a table's box on its first page lies mostly (more than half its area) within
    /// the agenda's table on that page.
    static func isAgenda(_ box: Rect, page: Int, agendaTable: [(page: Int, box: Rect)]) -> Bool {
        guard box.width > 0, box.height > 0 else { return false }
        return agendaTable.contains { area in
            area.page == page && box.horizontalOverlap(area.box) * box.verticalOverlap(area.box) > box.width * box.height * 0.5
        }
    }
}
