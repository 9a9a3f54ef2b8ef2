import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// Stage 3b: minutes without an agenda before them. Their numbered minute items and
/// resolutions are the items of the meeting they record, with their numbers as printed.
struct MinutesItemsStage {
    /// Where tables stand: rows of a table are not items.
    package var tableAreas: [(page: Int, box: Rect)] = []

    package struct Result {
        /// The agenda's items when it has some, else the first minutes' items.
        package var items: [AgendaItemRecord]
        package var diagnostics: [Diagnostic]
    }

    package func run(agendaItems: [AgendaItemRecord], documents: [DocumentRecord], furniture: FurnitureStage.Result) -> Result {
        guard agendaItems.isEmpty, let record = documents.first(where: { $0.kind == .minutes }) else {
            return Result(items: agendaItems, diagnostics: [])
        }
        let lines = furniture.lines.filter { $0.page >= record.firstPage && $0.page <= record.lastPage }
        let result = OutlineFormat(tableAreas: tableAreas, minutes: true).read(lines)
        var diagnostics = result.diagnostics
        let items = AgendaStage.itemRecords(result.items, labels: furniture.labels, pageCount: furniture.pages.count, diagnostics: &diagnostics)
        return Result(items: items, diagnostics: diagnostics)
    }
}
