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
        diagnostics += FurnitureStage.unreadPages(pages)
        // Every page's lines in one array of the size it needs (flatMap grows one by appending).
        var lines: [Line] = []
        lines.reserveCapacity(furniture.reduce(0) { $0 + $1.lines.count })
        for page in furniture { lines += page.lines }
        return Result(pages: furniture, labels: labels, lines: lines, diagnostics: diagnostics)
    }

    /// How a page printed without text was read.
    enum Reading: Equatable {
        case recognised, illegible, unread
    }

    /// One diagnostic per run of consecutive pages printed without text that were read the
    /// same way: by OCR (info), not legibly by OCR, or not at all (warnings).
    static func unreadPages(_ pages: [PageText]) -> [Diagnostic] {
        func reading(_ page: PageText) -> Reading? {
            // A page with a few words of text whose OCR found nothing legible (a map, a
            // script the installed languages do not read) is said too.
            if !page.printedWithoutText && page.ocrConfidence != nil && !page.recognised { return .illegible }
            guard page.printedWithoutText else { return nil }
            return page.recognised ? .recognised : page.ocrConfidence != nil ? .illegible : .unread
        }
        var diagnostics: [Diagnostic] = []
        var index = 0
        while index < pages.count {
            guard let kind = reading(pages[index]) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < pages.count && reading(pages[end + 1]) == kind { end += 1 }
            let first = pages[index].info.number, last = pages[end].info.number
            let which = first == last ? "page \(first) prints" : "pages \(first)-\(last) print"
            let what = "\(which) without a text layer, or with only a few words of one (a scanned image or text drawn as outlines)"
            switch kind {
            case .recognised:
                diagnostics.append(Diagnostic(.info, "page-read-by-ocr", "\(what); the words were read by OCR, less exactly than from a text layer", page: first))
            case .illegible:
                let confidence = pages[index...end].compactMap(\.ocrConfidence).max() ?? 0
                let found = confidence > 0 ? "no legible text (mean word confidence at most \(confidence)%: a script the installed languages do not read, a map or a picture)" : "no words (a picture)"
                diagnostics.append(Diagnostic(.warning, "page-without-text", "\(what), and OCR found \(found); the words on them are not read", page: first))
            case .unread:
                diagnostics.append(Diagnostic(.warning, "page-without-text", "\(what); the words on them are not read (OCR turned off or unavailable)", page: first))
            }
            index = end + 1
        }
        return diagnostics
    }
}
