import AgendaPack
import AgendaPackReport
import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report of each PDF: its pages with the records drawn over them.",
        discussion: """
            For each FILE.pdf, DIR/FILE.html and DIR/FILE_pages/ (a PNG of every page). The
            report needs no network and no server: open the HTML file in a browser. A file that
            cannot be read gets a one-line error on standard error and no report; the others go
            on. Exit status as for extract, and 65 when --pack is not a pack document of FILE.
            """)

    @Argument(help: "The PDF files.")
    var files: [String]

    @Option(help: "The output folder.")
    var out: String

    @Option(help: "Resolution of the page images in dots per inch (24 to 300).")
    var dpi: Double = 100

    @Option(help: "The password of encrypted PDFs (user or owner).")
    var password: String?

    @Option(help: ArgumentHelp("A pack document already extracted from the one FILE, instead of extracting again.", visibility: .hidden))
    var pack: String?

    @Option(help: ArgumentHelp("A link back to a batch's index, relative to the report.", visibility: .hidden))
    var indexLink: String?

    @Option(help: ArgumentHelp("The report's name (NAME.html) instead of the one FILE's, for batch.", visibility: .hidden))
    var name: String?

    func validate() throws {
        if !(24...300).contains(dpi) { throw ValidationError("--dpi takes 24 to 300") }
        if pack != nil && files.count != 1 { throw ValidationError("--pack goes with exactly one FILE") }
        if let name, files.count != 1 || name.isEmpty || name.contains("/") {
            throw ValidationError("--name takes a name without / and goes with exactly one FILE")
        }
        var firstWithName: [String: String] = [:]
        for file in files {
            let name = self.name.map { $0 + ".html" } ?? Self.reportName(file)
            if let earlier = firstWithName[name] {
                throw ValidationError("\(earlier) and \(file) would both be written to \(name); report them into different --out folders")
            }
            firstWithName[name] = file
        }
    }

    func run() throws {
        var status: Int32 = 0
        let builder = ReportBuilder(dpi: dpi, password: password)
        for file in files {
            do {
                let document: PackDocument
                if let pack {
                    document = try PackJSON.decode(PackDocument.self, from: Data(contentsOf: URL(fileURLWithPath: pack)))
                    // Boxes drawn over the pages of another PDF would mislead: refuse.
                    if let recorded = document.source.sha256, let actual = FileDigest.sha256(path: file)?.hex, recorded != actual {
                        Console.error("agendapack: \(pack) was extracted from another PDF than \(file) (sha256 differs)\n")
                        if status == 0 { status = 65 }
                        continue
                    }
                } else {
                    document = try Extractor().extract(path: file, options: .init(password: password))
                }
                let reportName = name.map { $0 + ".html" } ?? Self.reportName(file)
                let html = URL(fileURLWithPath: out, isDirectory: true).appendingPathComponent(reportName, isDirectory: false)
                let written = try builder.write(pack: document, pdfPath: file, to: html, indexLink: indexLink)
                try emit("\(out.hasSuffix("/") ? out : out + "/")\(reportName) (\(written.pages) pages)\n")
            } catch let error as PDFError {
                Console.error("agendapack: \(error.description)\n")
                if status == 0 { status = ExitStatus.of(error) }
            } catch let error as ExitCode {
                throw error
            } catch let error as DecodingError {
                Console.error("agendapack: \(pack ?? file): not a pack document (\(error))\n")
                if status == 0 { status = 65 }
            } catch {
                Console.error("agendapack: \(file): \(Console.reason(error))\n")
                if status == 0 { status = 73 }
            }
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The report's file name for `file`.
    static func reportName(_ file: String) -> String {
        URL(fileURLWithPath: file, isDirectory: false).deletingPathExtension().lastPathComponent + ".html"
    }
}
