import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// Stage 4: recommendations, resolutions and decisions, document by document (each
/// document's lines read by `RecommendationExtractor`, which knows the document's kind).
struct RecommendationStage {
    package struct Result {
        /// One list per document, in the documents' order; ids and links are given in `Assemble`.
        var byDocument: [[RecommendationRecord]]
        package var diagnostics: [Diagnostic]
    }

    package func run(documents: [DocumentRecord], lines: [Line]) -> Result {
        let extractor = RecommendationExtractor()
        var byDocument: [[RecommendationRecord]] = []
        var diagnostics: [Diagnostic] = []
        for doc in documents {
            let docLines = lines.filter { $0.page >= doc.firstPage && $0.page <= doc.lastPage }
            let (records, found) = extractor.extract(lines: docLines, documentKind: doc.kind.rawValue)
            diagnostics += found
            byDocument.append(records)
        }
        return Result(byDocument: byDocument, diagnostics: diagnostics)
    }
}
