import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// Stage 6: every date, range and time, page by page, read in the pack's language and
/// numeric order (`context(of:lines:)`) and against the meeting's date, else the document's.
///
/// Dates are read segment by segment; a date that wraps onto the next line in the same
/// column, or from the foot of a page onto the head of the next, is read across the break
/// (`mayWrap`, `dateAcross`). Running headers and footers are read too; page-number stamps
/// only when they carry a date. Ids are given in `Assemble`.
struct DateStage {
    /// A date record (id empty, document not set) and the index of the document it is in.
    struct Dated {
        package var record: DateRecord
        package var document: Int?
    }

    package struct Result {
        package var dates: [Dated]
        package var diagnostics: [Diagnostic]
    }

    /// The date context of a pack from its first page's paper size and its lines.
    package static func context(of pages: [PageText], lines: [Line]) -> DateContext {
        let first = pages.first?.info
        let paper: DateContext.PaperSize = first.map { abs($0.width - 612) < 8 && abs($0.height - 792) < 8 ? .letter : (abs($0.width - 595) < 8 ? .a4 : .other) } ?? .other
        return dateContext(paper: paper, lines: lines)
    }

    package static let numericDate = Patterns.make(#"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"#)

    static func numericDateSamples(_ lines: [Line]) -> [String] {
        var samples: [String] = []
        for line in lines where samples.count < 200 {
            let text = line.text
            // Only lines with a digit, a separator and a digit in a row can hold one.
            guard Self.digitSeparatorDigit(text), let r = Self.numericDate.range(in: text) else { continue }
            samples.append(String(text[r]))
        }
        return samples
    }

    static func digitSeparatorDigit(_ text: String) -> Bool {
        var previous2: UInt8 = 0, previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 && (previous == 47 || previous == 46 || previous == 45) && previous2 >= 48 && previous2 <= 57 { return true }
            previous2 = previous
            previous = byte
        }
        return false
    }

    /// The date context of a pack: its language from its words (the first 400 lines), and the
    /// order of numeric dates from the numeric dates it prints, its language, its spelling and
    /// currency, and its paper size (see `DateContext.decideConvention`).
    static func dateContext(paper: DateContext.PaperSize, lines: [Line]) -> DateContext {
        let (language, spelling) = DateContext.languageAndSpelling(lines.prefix(400).map(\.text))
        let convention = DateContext.decideConvention(paperSize: paper, numericDates: numericDateSamples(lines), language: language,
                                                      spelling: spelling)
        return DateContext(convention: convention, language: language)
    }

    /// A segment of a page: its line's index and its index in the line.
    struct SegmentKey: Hashable {
        package var line: Int
        package var segment: Int
    }

    /// One date found on a page, before ids are given.
    struct PendingDate {
        package var found: FoundDate
        package var page: Int
        package var box: Rect
        package var document: Int?
    }

    package func run(_ furniture: [FurnitureDetector.PageResult], documents: [DocumentRecord], context: DateContext) -> Result {
        var diagnostics: [Diagnostic] = []
        var pending: [PendingDate] = []
        var pageCarry: Int? = nil
        var ambiguousOrder = 0
        for page in furniture {
            let docIndex = documents.firstIndex { $0.firstPage <= page.page && page.page <= $0.lastPage }
            let doc = docIndex.map { documents[$0] }
            // Dates without a year are read against the meeting date, else the document's own date.
            var local = context
            if local.referenceYear == nil, let reference = doc?.date {
                local = DateContext(convention: context.convention, reference: reference, language: context.language)
            }
            // Running headers and footers print dates too ("Meeting of the Commission September 19,
            // 2022 1", a browser's "12/21/22, 5:56 PM" stamp); page-number stamps do not.
            // Headers are listed before the page's text, footers after it.
            var footers: [PendingDate] = []
            // A page stamp may carry the meeting's date ("Docket – September 29, 2022 Page 3").
            for item in page.furniture where item.kind == .header || item.kind == .footer || item.kind == .pageStamp {
                let segment = Segment(text: item.text, bbox: item.bbox, fontName: "", fontSize: item.bbox.height, bold: false, italic: false)
                for found in DateFinder.find(in: item.text, context: local) {
                    let date = PendingDate(found: found, page: page.page, box: DateStage.subBox(segment, utf16Range: found.utf16Range.clamped(to: 0..<max(item.text.utf16.count, 1))), document: docIndex)
                    let top = item.kind == .header || (item.kind == .pageStamp && item.bbox.y1 < (page.lines.first?.bbox.y0 ?? 0) + 1)
                    if top { pending.append(date) } else { footers.append(date) }
                }
            }
            defer { pending += footers }
            // Characters at the start of a segment already taken by a date that wrapped onto it,
            // keyed by (line index, segment index); the first segment of a page may have been
            // taken by a date that began at the foot of the page before.
            var carried: [SegmentKey: Int] = [:]
            if let taken = pageCarry {
                carried[SegmentKey(line: 0, segment: 0)] = taken
                pageCarry = nil
            }
            for (index, line) in page.lines.enumerated() {
                for (s, segment) in line.segments.enumerated() {
                    // The end of the line above in the same column, read as context ("Resolution No." / "2021-25").
                    let lead = index > 0 && segment.bbox.y0 - page.lines[index - 1].bbox.y1 < segment.bbox.height
                        ? page.lines[index - 1].segments.first(where: { $0.bbox.x0 < segment.bbox.x1 && $0.bbox.x1 > segment.bbox.x0 })?.text : nil
                    var found = DateFinder.find(in: segment.text, context: local, lead: lead.map { String($0.suffix(40)) })
                    if let taken = carried[SegmentKey(line: index, segment: s)] {
                        found.removeAll { $0.utf16Range.lowerBound < taken }
                    }
                    var wrapped: FoundDate? = nil
                    var wrappedBox: Rect? = nil
                    var wrappedInto: (line: Int, segment: Segment)? = nil
                    // A date that wraps onto the next line in the same column ("Thursday, 30th
                    // January, 2025, at" / "10.00 am"; a table cell's "11" / "April 2023").
                    // The line below in the same column: the next line, or (in columns set side
                    // by side) one of the next few.
                    let below = (index + 1..<min(page.lines.count, index + 5)).first { k in
                        let candidate = page.lines[k]
                        return candidate.bbox.y0 >= line.bbox.y0 + line.bbox.height * 0.5
                            && candidate.segments.contains { abs($0.bbox.x0 - segment.bbox.x0) < 6 || (s == line.segments.count - 1 && $0 == candidate.segments[0] && abs($0.bbox.x0 - line.bbox.x0) < 40) }
                    }
                    // At the foot of a page, a date may go on at the head of the next page.
                    if below == nil, index == page.lines.count - 1, DateStage.mayWrap(segment.text, found: found),
                        let nextPage = furniture.first(where: { $0.page == page.page + 1 }), let head = nextPage.lines.first?.segments.first
                    {
                        if let (across, taken) = DateStage.dateAcross(segment.text, head.text, context: local) {
                            wrapped = across
                            found.removeAll { $0.utf16Range.upperBound > across.utf16Range.lowerBound }
                            pageCarry = taken
                        }
                    }
                    if let k = below, DateStage.mayWrap(segment.text, found: found) {
                        let nextLine = page.lines[k]
                        if nextLine.bbox.y0 - segment.bbox.y1 < segment.bbox.height * 0.8,
                            let t = nextLine.segments.firstIndex(where: { abs($0.bbox.x0 - segment.bbox.x0) < 6 || (s == line.segments.count - 1 && $0 == nextLine.segments[0] && abs($0.bbox.x0 - line.bbox.x0) < 40) })
                        {
                            let next = nextLine.segments[t]
                            if let (across, taken) = DateStage.dateAcross(segment.text, next.text, context: local) {
                                wrapped = across
                                wrappedBox = next.bbox
                                if taken * 2 >= TextTools.squash(next.text).count { wrappedInto = (k, next) }
                                found.removeAll { $0.utf16Range.upperBound > across.utf16Range.lowerBound }
                                carried[SegmentKey(line: k, segment: t)] = taken
                            }
                        }
                    }
                    for var item in found + (wrapped.map { [$0] } ?? []) {
                        if item.date.ambiguous, item.date.alternative != nil, context.convention == .unknown { ambiguousOrder += 1 }
                        if item.date.time == nil, item.date.precision == .day, item.date.end == nil {
                            let heading = item.text.count * 2 >= TextTools.squash(segment.text).count
                            if item != wrapped, let time = DateFinder.timeBeside(segment: s, of: line, heading: heading, context: local)
                                ?? DateFinder.headingTime(below: index, segment: segment, heading: heading, lines: page.lines, context: local) {
                                item.date.time = time
                            } else if item == wrapped, let (k, next) = wrappedInto,
                                let time = DateFinder.headingTime(below: k, segment: next, heading: true, lines: page.lines, context: local) {
                                item.date.time = time
                            }
                        }
                        var box = DateStage.subBox(segment, utf16Range: item.utf16Range.clamped(to: 0..<max(segment.text.utf16.count, 1)))
                        if item == wrapped, let extra = wrappedBox { box = box.union(extra) }
                        pending.append(PendingDate(found: item, page: page.page, box: box, document: docIndex))
                    }
                }
            }
        }
        // A date printed without a year where nothing gives the meeting's or the document's
        // year takes the year the paper prints most in its full dates, marked ambiguous.
        let paperYear = DateFinder.paperYear(of: pending.map(\.found))
        var records: [Dated] = []
        var yearless = 0
        var fromPaper = 0
        for p in pending {
            let item = p.found
            guard var value = item.date.value, let precision = item.date.precision,
                let recordPrecision = DateRecord.Precision(rawValue: precision.rawValue)
            else { continue }
            var end = item.date.end
            var ambiguous = item.date.ambiguous
            if value.hasPrefix("--") {
                guard let y = paperYear, let dated = item.date.withPaperYear(y), let v = dated.value else {
                    yearless += 1
                    continue
                }
                value = v
                end = dated.end
                ambiguous = dated.ambiguous
                fromPaper += 1
            } else if value.hasPrefix("-") {
                yearless += 1
                continue
            }
            if item.date.weekdayMismatch {
                diagnostics.append(Diagnostic(.warning, "weekday-mismatch", "\"\(item.text)\": the weekday does not match the date", page: p.page))
            }
            let record = DateRecord(
                text: TextTools.squash(item.text), value: value, end: end, precision: recordPrecision,
                time: item.date.time, ambiguous: ambiguous, page: p.page, bbox: p.box)
            records.append(Dated(record: record, document: p.document))
        }
        if yearless > 0 {
            diagnostics.append(Diagnostic(.info, "date-without-year", "\(yearless) date(s) print no year and nothing in the pack gives one; they are not listed"))
        }
        if fromPaper > 0, let y = paperYear {
            diagnostics.append(Diagnostic(.info, "date-year-from-paper", "\(fromPaper) date(s) print no year; they take \(y), the year the paper's full dates print most, and are marked ambiguous"))
        }
        if ambiguousOrder > 0 {
            diagnostics.append(Diagnostic(.info, "date-order-unknown", "\(ambiguousOrder) numeric date(s) read either day first or month first and nothing in the pack decides; they are marked ambiguous"))
        }
        return Result(dates: records, diagnostics: diagnostics)
    }

    /// A date that starts in `text` and goes on in `next` (the text that follows it on the
    /// next line or page), with how many UTF-16 units of `next` it takes.
    static func dateAcross(_ text: String, _ next: String, context: DateContext) -> (FoundDate, Int)? {
        let boundary = text.utf16.count
        guard let across = DateFinder.find(in: text + " " + next, context: context).first(where: {
            $0.utf16Range.lowerBound < boundary && $0.utf16Range.upperBound > boundary + 1
        }) else { return nil }
        return (across, across.utf16Range.upperBound - boundary - 1)
    }

    /// Whether a segment may end in the first part of a date that goes on on the next line.
    static func mayWrap(_ text: String, found: [FoundDate]) -> Bool {
        if let last = found.last, last.utf16Range.upperBound >= text.utf16.count - 1 { return true }
        // The last word only, read from the end.
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars.reversed() {
            if TextTools.isSpace(scalar) {
                if scalars.isEmpty { continue }
                break
            }
            scalars.append(scalar)
            if scalars.count > 24 { return false }
        }
        guard !scalars.isEmpty else { return false }
        if scalars.first == "," { return true }
        var word = String(String.UnicodeScalarView(scalars.reversed())).lowercased()
        if joinerWords.contains(word) { return true }
        // A day number or a month or weekday name that the next line may complete ("11" / "April 2023").
        word = trimmed(word, of: ".,(")
        // "the 2024-" / "25 budget": a year and a hyphen that the next line completes.
        if word.count == 5, word.hasSuffix("-") || word.hasSuffix("–"), Int(word.prefix(4)).map({ $0 >= 1900 && $0 <= 2099 }) == true { return true }
        // "(Tabled-February" / "27, 2019)": the part after a hyphen.
        if let dash = word.lastIndex(of: "-") { word = String(word[word.index(after: dash)...]) }
        if let n = Int(trimmed(word, of: "stndrh")), n >= 1 && n <= 31 { return true }
        return wrapWords.contains(word)
    }

    static let joinerWords: Set<String> = ["at", "on", "to", "and", "between", "from", "through", "until", "-", "–", "of", "by"]

    /// `text` without the given ASCII characters at either end.
    package static func trimmed(_ text: String, of characters: StaticString) -> String {
        let set = UnsafeBufferPointer(start: characters.utf8Start, count: characters.utf8CodeUnitCount)
        let bytes = Array(text.utf8)
        var lo = 0, hi = bytes.count
        while lo < hi && set.contains(bytes[lo]) { lo += 1 }
        while hi > lo && set.contains(bytes[hi - 1]) { hi -= 1 }
        return lo == 0 && hi == bytes.count ? text : String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    static let wrapWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// The part of a segment's box that a substring takes, by its share of the characters.
    package static func subBox(_ segment: Segment, utf16Range: Range<Int>) -> Rect {
        let total = max(segment.text.utf16.count, 1)
        let width = segment.bbox.width
        let x0 = segment.bbox.x0 + width * Double(utf16Range.lowerBound) / Double(total)
        let x1 = segment.bbox.x0 + width * Double(utf16Range.upperBound) / Double(total)
        return Rect(x0: x0, y0: segment.bbox.y0, x1: x1, y1: segment.bbox.y1)
    }
}
