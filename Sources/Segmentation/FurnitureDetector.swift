import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Finds page furniture and sets it aside from the text the parsers see.
///
/// Per page:
/// - "Page N" stamps ("Page 64", "Page 3 of 20", a bare "12" or "- 12 -" alone in the
///   bottom band): they give `page_label`;
/// - "Agenda Item N" stamps in the top band: they tie a page to an item;
/// - "This page is intentionally left blank" notices;
/// - running headers and footers: text repeated at the same place (digits aside) in the
///   top or bottom band of at least three pages and a quarter of the pack.
///
/// A page with nothing left once furniture is set aside is `blank`, unless it prints
/// something without text (a scanned page).
///
/// Built on ModernGov packs (Coventry, Kent): "Page 1" centred at the foot of each page,
/// "Agenda Item 3" at the top right of a report's first page, and
/// "This page is intentionally left blank" alone on padding pages.
public struct FurnitureDetector: Sendable {
    /// Share of the page height, from the top and from the bottom, where furniture lives.
    public var topBand = 0.10
    public var bottomBand = 0.11

    public init() {}

    public struct PageResult: Sendable {
        public var page: Int
        public var label: String?
        public var furniture: [Furniture]
        public var blank: Bool
        /// The number of an "Agenda Item N" stamp on the page.
        public var itemStamp: String?
        /// The lines left for the parsers.
        public var lines: [Line]
        /// The page's size in points, as displayed: page geometry travels with the page, and
        /// every stage that measures a page reads it here.
        public var width: Double
        public var height: Double
        /// The page prints something but has no text (a scan, outlined text): not blank.
        public var printedWithoutText = false
    }

    package static let pageStamp = Patterns.make(#"^(?:page|pg\.?)\s+(\d{1,4})(?:\s+of\s+\d{1,4})?$"#)
    package static let bareNumber = Patterns.make(#"^[-–]?\s*(\d{1,4})\s*[-–]?$"#)
    package static let itemStamp = Patterns.make(#"^agenda\s+item\s+(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,2})?[a-z]?)$"#)
    package static let blankNotice = Patterns.make(#"^(?:this\s+page\s+(?:has\s+been\s+|is\s+)?(?:intentionally|deliberately)\s+(?:left\s+)?blank|intentionally\s+(?:left\s+)?blank|\[?page\s+intentionally\s+left\s+blank\]?)\.?$"#)

    /// Detects furniture on every page. `pages` are in physical order.
    public func detect(_ pages: [PageText]) -> [PageResult] {
        // Running headers and footers: count each band line's shape over the pages.
        var shapeCount: [String: Set<Int>] = [:]
        for page in pages {
            for line in page.lines {
                guard let key = bandKey(line, page: page.info) else { continue }
                shapeCount[key, default: []].insert(page.info.number)
            }
        }
        let minimumRepeats = max(3, Int((Double(pages.count) * 0.25).rounded(.up)))
        let running = Set(shapeCount.filter { $0.value.count >= minimumRepeats }.keys)

        return pages.map { page in
            var furniture: [Furniture] = []
            var kept: [Line] = []
            kept.reserveCapacity(page.lines.count)  // at most every line; an appended array keeps up to twice the room
            var label: String? = nil
            var stamp: String? = nil
            let height = max(page.info.height, 1)
            for line in page.lines {
                let text = TextTools.squash(line.text)
                let top = line.bbox.y0 / height
                let bottom = line.bbox.y1 / height
                let inTop = bottom <= topBand + 0.03
                let inBottom = top >= 1 - bottomBand
                if inTop || inBottom {
                    if let number = FurnitureDetector.stampNumber(line, inBottom: inBottom) {
                        if label == nil { label = number }
                        furniture.append(Furniture(kind: .pageStamp, text: text, bbox: line.bbox))
                        continue
                    }
                }
                if top < 0.2, text.first == "A" || text.first == "a", let groups = FurnitureDetector.itemStamp.groups(in: text), let number = groups[1] {
                    stamp = stamp ?? number.lowercased()
                    furniture.append(Furniture(kind: .itemStamp, text: text, bbox: line.bbox))
                    continue
                }
                if text.count < 80, TextTools.containsAny(text, ["lank"]), FurnitureDetector.blankNotice.matches(text) {
                    furniture.append(Furniture(kind: .blankNotice, text: text, bbox: line.bbox))
                    continue
                }
                if let key = bandKey(line, page: page.info), running.contains(key) {
                    furniture.append(Furniture(kind: inTop ? .header : .footer, text: text, bbox: line.bbox))
                    continue
                }
                kept.append(Line(line, page: page.info.number, pageWidth: page.info.width))
            }
            return PageResult(
                page: page.info.number, label: label, furniture: furniture, blank: kept.isEmpty && !page.printedWithoutText, itemStamp: stamp, lines: kept,
                width: page.info.width, height: page.info.height, printedWithoutText: page.printedWithoutText)
        }
    }

    /// The page number a stamp line prints, if the line is one.
    static func stampNumber(_ line: TextLine, inBottom: Bool) -> String? {
        // A stamp may share its line with footer text in other segments ("Kent County Council ┃ Page 4").
        for segment in line.segments {
            let text = TextTools.squash(segment.text)
            if let groups = pageStamp.groups(in: text), let n = groups[1] { return String(Int(n) ?? 0) }
        }
        let text = TextTools.squash(line.text)
        if inBottom, line.segments.count == 1, let groups = bareNumber.groups(in: text), let n = groups[1] {
            return String(Int(n) ?? 0)
        }
        return nil
    }

    /// The shape of a line in the top or bottom band (position, and text with digits folded),
    /// or nil when the line is outside the bands.
    private func bandKey(_ line: TextLine, page: PageInfo) -> String? {
        let height = max(page.height, 1)
        let top = line.bbox.y0 / height, bottom = line.bbox.y1 / height
        let inTop = bottom <= topBand + 0.03
        let inBottom = top >= 1 - bottomBand
        guard inTop || inBottom else { return nil }
        var shape = ""
        for ch in TextTools.fold(line.text) { shape.append(ch.isNumber ? "#" : ch) }
        guard shape.contains(where: \.isLetter) else { return nil }
        let y = Int((line.bbox.y0 / 6).rounded())
        return "\(inTop ? "t" : "b")|\(y)|\(shape)"
    }
}
