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
        // Pages that print without text, one diagnostic per run of them.
        var run: [Int] = []
        for page in furniture.map(\.page) + [0] {
            if page != 0, pages[page - 1].printedWithoutText, run.last.map({ $0 + 1 == page }) ?? true {
                run.append(page)
                continue
            }
            if let first = run.first, let last = run.last {
                let which = first == last ? "page \(first) prints" : "pages \(first)-\(last) print"
                diagnostics.append(Diagnostic(.warning, "page-without-text", "\(which) without a text layer (a scanned image or text drawn as outlines); the words on them are not read", page: first))
            }
            run = page != 0 && pages[page - 1].printedWithoutText ? [page] : []
        }
        return Result(pages: furniture, labels: labels, lines: furniture.flatMap(\.lines), diagnostics: diagnostics)
    }
}
