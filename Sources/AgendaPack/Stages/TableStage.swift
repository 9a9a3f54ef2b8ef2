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
/// them; here a tracker table's rows become recommendations. Links are given in `Assemble`.
struct TableStage {
    package struct Result {
        package var tables: [TableRecord]
        /// One list per table: the records a tracker's rows give.
        var trackerRecords: [[RecommendationRecord]]
        package var diagnostics: [Diagnostic]
    }

    package func run(tables: [TableRecord], diagnostics: [Diagnostic]) -> Result {
        let extractor = RecommendationExtractor()
        return Result(tables: tables, trackerRecords: tables.map { extractor.records(fromTracker: $0) }, diagnostics: diagnostics)
    }
}
