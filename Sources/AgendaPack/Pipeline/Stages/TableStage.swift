import Foundation
import PDFLayout

/// Stage 5: the tables. They were found page by page while the PDF was open and joined over
/// pages (`Extractor.read`); here the tagged structure's evidence is applied, and a tracker
/// table's rows become recommendations. Ids and links are given in `Assemble`.
struct TableStage {
    struct Result {
        var tables: [TableRecord]
        /// One list per table: the records a tracker's rows give.
        var trackerRecords: [[RecommendationRecord]]
        var diagnostics: [Diagnostic]
    }

    func run(tables: [TableRecord], tagged: [TaggedTable]) -> Result {
        var diagnostics: [Diagnostic] = []
        let found = TaggedEvidence.apply(tagged, to: tables, diagnostics: &diagnostics)
        let extractor = RecommendationExtractor()
        return Result(tables: found, trackerRecords: found.map { extractor.records(fromTracker: $0) }, diagnostics: diagnostics)
    }
}
