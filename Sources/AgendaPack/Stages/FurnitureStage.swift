import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// Stage 1: page furniture (page stamps, item stamps, running heads, blank notices) set
/// aside from the text, and the page labels the stamps give. Each page result carries the
/// page's size, so later stages read geometry from the page itself.
struct FurnitureStage {
    package struct Result {
        /// One per page, in physical order: the lines left for the parsers, the furniture, the size.
        package var pages: [FurnitureDetector.PageResult]
        package var labels: PageLabels
        /// Every page's lines, in reading order.
        package var lines: [Line]
        package var diagnostics: [Diagnostic]
    }

    package func run(_ pages: [PageText]) -> Result {
        let furniture = FurnitureDetector().detect(pages)
        let labels = PageLabels(furniture.compactMap { r in r.label.map { (page: r.page, label: $0) } }, pageCount: pages.count)
        var diagnostics: [Diagnostic] = []
        for repeat_ in labels.repeated {
            diagnostics.append(Diagnostic(.info, "page-label-repeated", "page label \(repeat_.label) is printed on pages \(repeat_.pages.map(String.init).joined(separator: ", ")); a printed range naming it resolves to the page nearest the usual offset", page: repeat_.pages[1]))
        }
        return Result(pages: furniture, labels: labels, lines: furniture.flatMap(\.lines), diagnostics: diagnostics)
    }
}
