import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the rebuilt lines of a PDF with page, position, font size and segments.",
        discussion: """
            Each line prints as: page, top y and left x in points (origin top-left), the
            largest font size (b for bold), then the line's segments separated by " ┃ ".
            Segments are runs of text split at wide gaps: table cells, columns, right-aligned
            page ranges. Superscripts (footnote markers) print as ^{...}.
            """)

    @OptionGroup var input: PDFInput

    @Option(help: "Pages to print, e.g. 3, 3-5 or 1,4-6 (1-based physical pages).")
    var pages: String?

    @Flag(name: .customLong("no-ocr"), help: "Leave pages printed without text (scans) unread instead of reading them with tesseract.")
    var noOCR = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Flag(help: "Join lines that wrap under a hanging indent (a numbered item's title and its page range) onto one line.")
    var join = false

    func validate() throws {
        if let pages, PageSelection(pages) == nil {
            throw ValidationError("--pages takes page numbers and ranges such as 3, 3-5 or 1,4-6")
        }
    }

    struct Report: Encodable {
        var file: String
        var pages: [PageReport]
    }

    struct PageReport: Encodable {
        var page: Int
        var label: String?
        var width: Double
        var height: Double
        var rotation: Int
        var lines: [LineReport]
    }

    struct LineReport: Encodable {
        var text: String
        var bbox: Rect
        var size: Double
        var segments: [Segment]
    }

    func run() throws {
        let report = try withExitStatus {
            let document = try PDFDocument(path: input.file, password: input.password)
            let count = document.info.pageCount
            let selected = pages.flatMap(PageSelection.init)?.pages(upTo: count) ?? Array(1...count)
            if let outside = selected.first(where: { $0 > count }) {
                throw PDFError.pageOutOfRange(path: input.file, page: outside, pageCount: count)
            }
            let pageReports = try selected.map { number -> PageReport in
                var page = document.readingScans(try document.pageText(number), ocr: !noOCR)
                if join { page.lines = WrapJoiner.join(page.lines) }
                return PageReport(
                    page: number, label: page.info.label, width: (page.info.width * 100).rounded() / 100,
                    height: (page.info.height * 100).rounded() / 100, rotation: page.info.rotation,
                    lines: page.lines.map {
                        LineReport(text: $0.text, bbox: $0.bbox, size: $0.fontSize, segments: $0.segments)
                    })
            }
            return Report(file: input.file, pages: pageReports)
        }
        if json {
            try emit(try encodeJSON(report))
            return
        }
        var out = ""
        for page in report.pages {
            out += "--- page \(page.page)\(page.label.map { " (label \($0))" } ?? "") \(Int(page.width))x\(Int(page.height))pt\(page.rotation != 0 ? " rotated" : "")\n"
            for line in page.lines {
                let text = line.segments.map(TextCommand.render).joined(separator: " ┃ ")
                let bold = line.segments.allSatisfy(\.bold) ? "b" : " "
                out += String(format: "p%-3d %6.1f %6.1f %5.1f%@  ", page.page, line.bbox.y0, line.bbox.x0, line.size, bold as NSString) + text + "\n"
            }
        }
        try emit(out)
    }

    /// A segment's text with superscript runs shown as ^{...}.
    static func render(_ segment: Segment) -> String {
        guard !segment.superscripts.isEmpty else { return segment.text }
        let scalars = Array(segment.text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        for range in segment.superscripts {
            out.append(contentsOf: scalars[index..<min(range.start, scalars.count)])
            out.append(contentsOf: "^{".unicodeScalars)
            out.append(contentsOf: scalars[min(range.start, scalars.count)..<min(range.end, scalars.count)])
            out.append("}")
            index = min(range.end, scalars.count)
        }
        out.append(contentsOf: scalars[index...])
        return String(out)
    }
}

/// A set of 1-based pages written as "3", "3-5" or "1,4-6".
struct PageSelection {
    var ranges: [ClosedRange<Int>]

    init?(_ text: String) {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            guard (1...2).contains(bounds.count), let first = bounds[0], let last = bounds.last!, first >= 1, first <= last
            else { return nil }
            ranges.append(first...last)
        }
        guard !ranges.isEmpty else { return nil }
        self.ranges = ranges
    }

    /// The selected pages in order, each once; pages past `count` are kept so the caller can report them.
    func pages(upTo count: Int) -> [Int] {
        var seen = Set<Int>()
        return ranges.flatMap { $0 }.filter { seen.insert($0).inserted }
    }
}
