import AgendaPack
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

/// Writes the report of one pack: `NAME.html` and, beside it, `NAME_pages/` with a PNG of
/// every page (`p0001.png`) and, for packs long enough to list them, thumbnails (`t0001.png`).
///
/// Threading: opens its own `PDFDocument` for each call, so calls may run in parallel on
/// different files.
public struct ReportBuilder: Sendable {
    /// Resolution of the page images, in dots per inch (pixels per 72 points).
    public var dpi: Double = 100
    /// Resolution of the thumbnails.
    public var thumbnailDPI: Double = 12
    public var password: String?

    public init(dpi: Double = 100, password: String? = nil) {
        self.dpi = dpi
        self.password = password
    }

    public struct Written: Sendable, Equatable {
        public var html: URL
        public var pages: Int
        public var bytes: Int
    }

    /// The folder of page images for a report written to `html`.
    public static func imageFolderName(for html: URL) -> String {
        html.deletingPathExtension().lastPathComponent + "_pages"
    }

    /// Renders the pages of the PDF at `pdfPath`, finds its tables' grids again, and writes
    /// the report of `pack` (the document extracted from that PDF) to `html`, atomically.
    /// `indexLink`, relative to the HTML file, links back to a batch's index.
    public func write(pack: PackDocument, pdfPath: String, to html: URL, indexLink: String? = nil) throws -> Written {
        let document = try PDFDocument(path: pdfPath, password: password)
        let scale = dpi / 72
        let writer = ReportPageWriter(scale: scale, thumbnailScale: thumbnailDPI / 72)
        let pageCount = min(document.info.pageCount, max(pack.source.pageCount, pack.pages.count))

        // The table pieces of the pages that have tables: the grid is not in the contract.
        var grids: [TableGrid] = []
        let tablePass = TablePass()
        for number in Set(pack.tables.flatMap(\.pages)).sorted() where number >= 1 && number <= document.info.pageCount {
            for piece in (try? tablePass.readPage(number, of: document))?.tables ?? [] {
                let cells = piece.cells.map {
                    TableGrid.Cell(row: $0.row, col: $0.col, rowSpan: $0.rowSpan, colSpan: $0.colSpan, header: $0.header || $0.row < piece.headerRows)
                }
                grids.append(TableGrid(
                    page: piece.page, bbox: piece.bbox, columns: piece.columns, rows: piece.rowBounds, headerRows: piece.headerRows, cells: cells))
            }
        }
        let model = ReportModel(pack: pack, grids: grids)

        let folderName = Self.imageFolderName(for: html)
        let folder = html.deletingLastPathComponent().appendingPathComponent(folderName, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let thumbnails = model.pages.count >= writer.thumbnailsFrom
        var images: [Int: PageImageRef] = [:]
        var bytes = 0
        for number in 1...max(1, pageCount) where number <= document.info.pageCount {
            // An unreadable page is shown without its image.
            guard let rendered = try? document.pageImage(number, scale: scale, thumbnailScale: thumbnails ? writer.thumbnailScale : nil) else {
                continue
            }
            let name = String(format: "p%04d.png", number)
            try rendered.page.png.write(to: folder.appendingPathComponent(name))
            bytes += rendered.page.png.count
            var ref = PageImageRef(src: "\(folderName)/\(name)", thumbnail: nil)
            if let thumbnail = rendered.thumbnail {
                let thumbName = String(format: "t%04d.png", number)
                try thumbnail.png.write(to: folder.appendingPathComponent(thumbName))
                bytes += thumbnail.png.count
                ref.thumbnail = "\(folderName)/\(thumbName)"
            }
            images[number] = ref
        }

        let text = writer.html(pack: pack, packJSON: try PackJSON.compact(pack), model: model, images: images, indexLink: indexLink)
        let data = Data(text.utf8)
        try PackEncoder.writeAtomically(data, to: html)
        return Written(html: html, pages: images.count, bytes: bytes + data.count)
    }
}
