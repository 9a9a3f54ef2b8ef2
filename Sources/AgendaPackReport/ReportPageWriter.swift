import AgendaPack
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

/// The images of one page, as paths relative to the report's HTML file.
public struct PageImageRef: Sendable, Equatable {
    public var src: String
    public var thumbnail: String?
    public init(src: String, thumbnail: String?) {
        self.src = src
        self.thumbnail = thumbnail
    }
}

/// Writes a pack's report: one HTML file (style and script inline) showing every page's
/// image with the records drawn over it, a side panel listing the records, and the pack's
/// JSON for the record selected.
///
/// The boxes are placed by the writer (absolutely, in CSS pixels: a point is `scale`
/// pixels), so the report shows its overlays even with scripts off; the script only
/// selects, filters and scrolls. Nothing depends on the time of the run.
public struct ReportPageWriter: Sendable {
    /// CSS pixels per point of the page (100 dpi is 100/72).
    public var scale: Double
    /// Pixels per point of the thumbnails.
    public var thumbnailScale: Double
    /// Page thumbnails are listed from this many pages on.
    public var thumbnailsFrom = 6

    public init(scale: Double, thumbnailScale: Double = 12.0 / 72) {
        self.scale = scale
        self.thumbnailScale = thumbnailScale
    }

    public func html(pack: PackDocument, packJSON: Data, model: ReportModel, images: [Int: PageImageRef], indexLink: String? = nil) -> String {
        var h = ""
        h.reserveCapacity(64 * 1024 + model.entries.count * 200)
        let title = "AgendaPack report: \(model.title)"
        h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(HTML.escape(title))</title>\n<style>\n\(ReportAssets.css)\(kindCSS())</style>\n</head>\n"
        let thumbs = model.pages.count >= thumbnailsFrom
        h += "<body class=\"\(thumbs ? "with-thumbs" : "")\">\n"

        // The side panel: the pack, the legend with its filters, the records, the JSON.
        h += "<aside id=\"panel\">\n<header>\n"
        if let indexLink { h += "<a class=\"back\" href=\"\(HTML.escape(HTML.url(indexLink)))\">← all packs</a>\n" }
        h += "<h1>\(HTML.escape(model.title))</h1>\n"
        h += "<p class=\"facts\">\(pack.source.pageCount) pages · schema \(HTML.escape(pack.schemaVersion))</p>\n"
        h += meetingHTML(pack.meeting)
        h += "</header>\n<fieldset id=\"legend\"><legend>Show</legend>\n"
        for kind in OverlayKind.allCases {
            let count = model.counts[kind] ?? 0
            h += "<label class=\"k-\(kind.rawValue)\(count == 0 ? " none" : "")\"><input type=\"checkbox\" data-kind=\"\(kind.rawValue)\" checked>"
            h += "<span class=\"sw\"></span>\(HTML.escape(kind.title)) <span class=\"n\">\(count)</span></label>\n"
        }
        h += "</fieldset>\n<ol id=\"records\">\n"
        for entry in model.entries {
            let page = entry.page.map { "p\($0)" } ?? "pack"
            h += "<li class=\"entry k-\(entry.kind.rawValue)\" data-key=\"\(HTML.escape(entry.key))\" tabindex=\"0\">"
            h += "<span class=\"sw\"></span><span class=\"pg\">\(page)</span> \(HTML.escape(entry.label))</li>\n"
        }
        h += "</ol>\n<section id=\"detail\"><h2 id=\"detail-title\">Select a record</h2><pre id=\"json\"></pre></section>\n</aside>\n"

        if thumbs {
            h += "<nav id=\"thumbs\">\n"
            for page in model.pages {
                let w = page.width * thumbnailScale, ratio = page.height / max(page.width, 1)
                h += "<a href=\"#page-\(page.number)\" data-page=\"\(page.number)\">"
                if let src = images[page.number]?.thumbnail {
                    h += "<img loading=\"lazy\" decoding=\"async\" alt=\"\" src=\"\(HTML.escape(HTML.url(src)))\" "
                    h += "width=\"\(HTML.px(w))\" height=\"\(HTML.px(w * ratio))\">"
                }
                h += "<span>\(page.number)</span></a>\n"
            }
            h += "</nav>\n"
        }

        h += "<main id=\"pages\">\n"
        for page in model.pages { h += pageHTML(page, image: images[page.number]) }
        h += "</main>\n"
        h += "<script type=\"application/json\" id=\"pack-data\">\(HTML.scriptJSON(packJSON))</script>\n"
        h += "<script>\n\(ReportAssets.script)</script>\n</body>\n</html>\n"
        return h
    }

    func meetingHTML(_ meeting: Meeting?) -> String {
        guard let meeting else { return "<p class=\"meeting none\">No meeting found</p>\n" }
        var h = "<dl class=\"meeting\" data-key=\"meeting\">"
        let fields: [(String, String?)] = [
            ("Authority", meeting.authority), ("Body", meeting.body), ("Date", meeting.date), ("Time", meeting.startTime), ("Venue", meeting.venue),
        ]
        for (name, value) in fields {
            h += "<dt>\(name)</dt><dd>\(value.map(HTML.escape) ?? "<i>—</i>")</dd>"
        }
        return h + "</dl>\n"
    }

    func pageHTML(_ page: ReportPage, image: PageImageRef?) -> String {
        let w = page.width * scale, hgt = page.height * scale
        var h = "<section class=\"page\(page.blank ? " blank" : "")\" id=\"page-\(page.number)\" data-page=\"\(page.number)\" style=\"width:\(HTML.px(w))px\" "
        h += "data-width=\"\(HTML.px(page.width))\" data-height=\"\(HTML.px(page.height))\">\n"
        h += "<div class=\"page-head\"><b>Page \(page.number)</b>"
        if let label = page.label { h += " <span class=\"label\">printed \(HTML.escape(label))</span>" }
        for span in page.spans {
            h += " <span class=\"span-tag k-document\" data-key=\"\(HTML.escape(span.key))\">\(HTML.escape(span.text))\(span.first ? " begins" : "")\(span.last && !span.first ? " ends" : "")</span>"
        }
        for marker in page.markers {
            h += " <span class=\"marker k-\(marker.kind.rawValue)\" data-key=\"\(HTML.escape(marker.key))\">\(HTML.escape(marker.text))</span>"
        }
        h += "</div>\n"
        h += "<div class=\"sheet\" style=\"width:\(HTML.px(w))px;height:\(HTML.px(hgt))px\">"
        if let image {
            // The first pages at once; the others as they come near the view.
            h += "<img class=\"render\" loading=\"\(page.number <= 2 ? "eager" : "lazy")\" decoding=\"async\" alt=\"Page \(page.number)\" src=\"\(HTML.escape(HTML.url(image.src)))\">"
        }
        if !page.spans.isEmpty {
            let span = page.spans[0]
            h += "<div class=\"span-bar k-document\(span.first ? " first" : "")\(span.last ? " last" : "")\" data-key=\"\(HTML.escape(span.key))\" title=\"\(HTML.escape(span.text))\"></div>"
        }
        if page.blank { h += "<div class=\"blank-hatch\"></div>" }
        for box in page.boxes {
            let r = box.rect
            h += "<div class=\"box k-\(box.kind.rawValue)\" data-key=\"\(HTML.escape(box.key))\" "
            h += "style=\"left:\(HTML.px(r.x0 * scale))px;top:\(HTML.px(r.y0 * scale))px;"
            h += "width:\(HTML.px(max(0, r.width) * scale))px;height:\(HTML.px(max(0, r.height) * scale))px\">"
            if let grid = box.grid { h += gridHTML(grid, in: r) }
            if let tag = box.tag { h += "<span class=\"tag\">\(HTML.escape(tag))</span>" }
            h += "</div>"
        }
        h += "</div>\n</section>\n"
        return h
    }

    /// The cell grid of a table piece, drawn inside its box (positions relative to the box):
    /// each cell with its spans, header cells shaded; or, without cells, the row and column
    /// boundaries as lines with the header rows as a band.
    func gridHTML(_ grid: TableGrid, in box: Rect) -> String {
        var h = "<div class=\"grid\">"
        let columns = grid.columns, rows = grid.rows
        let cells = grid.cells.filter {
            $0.row >= 0 && $0.col >= 0 && $0.rowSpan >= 1 && $0.colSpan >= 1 && $0.row + $0.rowSpan < rows.count && $0.col + $0.colSpan < columns.count
        }
        if !cells.isEmpty {
            for cell in cells {
                let x0 = columns[cell.col] - box.x0, x1 = columns[cell.col + cell.colSpan] - box.x0
                let y0 = rows[cell.row] - box.y0, y1 = rows[cell.row + cell.rowSpan] - box.y0
                h += "<i class=\"cell\(cell.header ? " head" : "")\" style=\"left:\(HTML.px(x0 * scale))px;top:\(HTML.px(y0 * scale))px;"
                h += "width:\(HTML.px((x1 - x0) * scale))px;height:\(HTML.px((y1 - y0) * scale))px\"></i>"
            }
            return h + "</div>"
        }
        let top = (rows.first ?? box.y0) - box.y0, bottom = (rows.last ?? box.y1) - box.y0
        let left = (columns.first ?? box.x0) - box.x0, right = (columns.last ?? box.x1) - box.x0
        if grid.headerRows > 0, rows.count > grid.headerRows {
            let headerBottom = rows[grid.headerRows] - box.y0
            h += "<i class=\"head\" style=\"left:\(HTML.px(left * scale))px;top:\(HTML.px(top * scale))px;"
            h += "width:\(HTML.px((right - left) * scale))px;height:\(HTML.px((headerBottom - top) * scale))px\"></i>"
        }
        for x in columns.dropFirst().dropLast() {
            h += "<i class=\"col\" style=\"left:\(HTML.px((x - box.x0) * scale))px;top:\(HTML.px(top * scale))px;height:\(HTML.px((bottom - top) * scale))px\"></i>"
        }
        for y in rows.dropFirst().dropLast() {
            h += "<i class=\"row\" style=\"top:\(HTML.px((y - box.y0) * scale))px;left:\(HTML.px(left * scale))px;width:\(HTML.px((right - left) * scale))px\"></i>"
        }
        return h + "</div>"
    }

    /// Colours per kind: boxes, swatches, markers; and the rule that hides a kind.
    func kindCSS() -> String {
        var css = ""
        for kind in OverlayKind.allCases {
            let c = kind.colour, k = kind.rawValue
            css += ".k-\(k){--c:\(c)}\n"
            css += "body.hide-\(k) .box.k-\(k),body.hide-\(k) .entry.k-\(k),body.hide-\(k) .marker.k-\(k){display:none}\n"
        }
        return css
    }
}
