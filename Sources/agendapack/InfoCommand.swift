import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print a PDF's metadata and per-page facts (size, rotation, label).")

    @OptionGroup var input: PDFInput

    @Flag(help: "Print JSON instead of text.")
    var json = false

    struct Report: Encodable {
        var file: String
        var document: DocumentInfo
        var pages: [PageInfo]
        var diagnostics: [PDFDiagnostic]
    }

    func run() throws {
        let report = try withExitStatus {
            let document = try PDFDocument(path: input.file, password: input.password)
            let pages = try (1...document.info.pageCount).map { try document.pageInfo($0) }
            return Report(file: input.file, document: document.info, pages: pages, diagnostics: document.diagnostics)
        }
        if json {
            try emit(try encodeJSON(report))
            return
        }
        let d = report.document
        var out = """
            File:        \(report.file)
            PDF version: \(d.pdfVersion ?? "-")
            Producer:    \(d.producer ?? "-")
            Creator:     \(d.creator ?? "-")
            Title:       \(d.title ?? "-")
            Pages:       \(d.pageCount)
            Encrypted:   \(d.encrypted ? "yes" : "no")

            page  label     width  height  rotation\n
            """
        for p in report.pages {
            let label = (p.label ?? "-").padding(toLength: max(8, (p.label ?? "-").count), withPad: " ", startingAt: 0)
            out += String(format: "%4d  ", p.number) + label + String(format: " %6.1f  %6.1f  %4d\n", p.width, p.height, p.rotation)
        }
        for diagnostic in report.diagnostics {
            out += "poppler: \(diagnostic.page.map { "p\($0): " } ?? "")\(diagnostic.message)\n"
        }
        try emit(out)
    }
}
