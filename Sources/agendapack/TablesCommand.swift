import AgendaPack
import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

struct TablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tables",
        abstract: "Find the tables of a PDF; print a summary, JSON, or one CSV per table.",
        discussion: """
            The summary gives each table's pages, rows × columns, whether it is ruled and its
            title. --csv DIR writes DIR/<stem>-tbl-N.csv (RFC 4180, CRLF line ends).
            """)

    @OptionGroup var input: PDFInput

    @Option(help: "Pages to search, e.g. 3, 3-5 or 1,4-6 (1-based physical pages).")
    var pages: String?

    @Option(help: "Write one CSV per table into this folder.")
    var csv: String?

    @Flag(help: "Print the tables as JSON (the tables[] records of the output contract).")
    var json = false

    @Flag(help: "Fill cells from the layout segments instead of the glyphs (to compare).")
    var noGlyphs = false

    @Flag(help: "Read rulings from the rendered page instead of the painted shapes (slower; to compare).")
    var pixels = false

    @Flag(help: "Print the time spent reading text and finding tables on standard error.")
    var timing = false

    func validate() throws {
        if let pages, PageSelection(pages) == nil {
            throw ValidationError("--pages takes page numbers and ranges such as 3, 3-5 or 1,4-6")
        }
    }

    func run() throws {
        let started = Date()
        let timing = TableTiming()
        var pageCount = 0
        let tables = try withExitStatus { () throws -> [TableRecord] in
            let document = try PDFDocument(path: input.file, password: input.password)
            let count = document.info.pageCount
            let selected = pages.flatMap(PageSelection.init)?.pages(upTo: count) ?? Array(1...count)
            if let outside = selected.first(where: { $0 > count }) {
                throw PDFError.pageOutOfRange(path: input.file, page: outside, pageCount: count)
            }
            pageCount = selected.count
            var settings = TableSettings()
            if pixels { settings.rulingSource = .pixels }
            // The pass `extract` runs: the same strategies, tagged evidence and ids.
            return try TablePass(settings: settings).run(on: document, pages: selected, useGlyphs: !noGlyphs, timing: timing).tables
        }
        if self.timing {
            let seconds = Date().timeIntervalSince(started)
            let tableSeconds = timing.tableSeconds
            let line = String(
                format: "%d pages: %.3f s in all; text %.3f s; tables %.3f s (%.2f ms/page), of which rendering %.3f s (%d regions, %.1f megapixels)\n",
                pageCount, seconds, timing.textSeconds, tableSeconds, pageCount > 0 ? tableSeconds * 1000 / Double(pageCount) : 0,
                timing.renderSeconds, timing.regions, Double(timing.renderedPixels) / 1e6)
            Console.error(line)
        }
        if let csv {
            let folder = URL(fileURLWithPath: csv, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let stem = URL(fileURLWithPath: input.file).deletingPathExtension().lastPathComponent
            for table in tables {
                try TableCSV.write(table.rows, to: folder.appendingPathComponent("\(stem)-\(table.id).csv"))
            }
        }
        if json {
            try emit(String(decoding: try PackJSON.pretty(tables), as: UTF8.self))
            return
        }
        var out = ""
        for table in tables {
            let first = table.pages.first ?? table.page, last = table.pages.last ?? table.page
            let pages = first == last ? "p\(first)" : "p\(first)-\(last)"
            out += "\(table.id)  \(pages)  \(table.nRows)x\(table.nCols)  \(table.ruled ? "ruled" : "unruled")  header \(table.headerRows)  \(table.title ?? "-")\n"
        }
        if tables.isEmpty { out = "no tables\n" }
        try emit(out)
    }
}
