import Foundation
import PDFLayout

/// Runs the parsing stages over a pack's pages and assembles the records, their ids and
/// the links between them. Pure: pages in, records out.
public struct PackAssembler {
    public let pages: [PageText]
    /// The tables of `TablePass.finish`: joined over pages, numbered, tagged evidence
    /// applied (documents and items not set).
    public let tables: [TableRecord]
    /// The table pass's diagnostics (a declared table the layout did not show).
    public let tableDiagnostics: [Diagnostic]
    var diagnostics: [Diagnostic] = []

    public init(pages: [PageText], tables: [TableRecord] = [], tableDiagnostics: [Diagnostic] = []) {
        self.pages = pages
        self.tables = tables
        self.tableDiagnostics = tableDiagnostics
    }

    static let minutesItem = Patterns.make(#"^(?:(?:approval|confirmation|adoption)\s+of\s+(?:the\s+)?|to\s+(?:agree|approve|confirm)\s+the\s+)?minutes\b"#)
    static let agendaCue = Patterns.make(#"\bagenda\b|\bsummons\b|\border\s+of\s+business\b|\bpublic\s+business\b|\(pages?\s+\d|\bunrestricted\s+items\b|\bcall\s+to\s+order\b"#)

    public mutating func run(into pack: inout PackDocument) {
        let furniture = FurnitureDetector().detect(pages)
        let labels = PageLabels(furniture.compactMap { r in r.label.map { (page: r.page, label: $0) } }, pageCount: pages.count)
        for repeat_ in labels.repeated {
            diagnostics.append(Diagnostic(.info, "page-label-repeated", "page label \(repeat_.label) is printed on pages \(repeat_.pages.map(String.init).joined(separator: ", ")); a printed range naming it resolves to the page nearest the usual offset", page: repeat_.pages[1]))
        }
        let allLines = furniture.flatMap(\.lines)

        // Dates are read day-first or month-first by the paper and what the pack prints.
        let first = pages.first?.info
        let paper: DateContext.PaperSize = first.map { abs($0.width - 612) < 8 && abs($0.height - 792) < 8 ? .letter : (abs($0.width - 595) < 8 ? .a4 : .other) } ?? .other
        var context = dateContext(paper: paper, lines: allLines)

        // Front sheet: the leading pages that hold a numbered agenda.
        let (frontSheet, items) = readFrontSheet(furniture, labels: labels)

        // The meeting, then dates read against its date.
        let meetingLines = frontSheet.map { fs in allLines.filter { fs.contains($0.page) } } ?? Array(allLines.prefix(80))
        let banners = furniture.first.map { $0.furniture.filter { $0.kind == .header || $0.kind == .footer }.map(\.text) } ?? []
        let meeting = MeetingParser().parse(meetingLines, context: context, banners: banners)
        // A meeting is reported for an agenda or minutes, never made up from a letter or a report.
        let firstKind = furniture.first.flatMap { page in DocumentSplitter().signal(page.lines, pageHeight: page.height) }
        if frontSheet != nil || firstKind == .minutes {
            pack.meeting = meeting
        }
        context = DateContext(convention: context.convention, reference: meeting?.date, language: context.language)

        // Agenda items resolved to physical pages.
        var itemRecords = itemRecords(items, labels: labels)

        // Documents.
        let itemStarts = Set(itemRecords.compactMap { $0.parent == nil ? $0.pages?.first : nil })
        let drafts = DocumentSplitter().split(pages: furniture, frontSheet: frontSheet, itemStarts: itemStarts,
                                              itemTitles: itemRecords.map(\.title), context: context)
        var documents: [DocumentRecord] = []
        for (index, draft) in drafts.enumerated() {
            var doc = DocumentRecord(
                id: "doc-\(index + 1)", kind: draft.kind, title: draft.title, to: draft.to, from: draft.from, subject: draft.subject,
                date: draft.date, firstPage: draft.firstPage, lastPage: draft.lastPage, authors: draft.authors, bbox: draft.bbox)
            // The agenda item: by printed range, else by "Agenda Item N" stamp.
            if let item = itemRecords.first(where: { $0.parent == nil && $0.pages.map { $0.first <= draft.firstPage && draft.firstPage <= $0.last } ?? false }) {
                doc.agendaItem = item.id
            } else if let stamp = draft.itemStamp, itemRecords.contains(where: { $0.id == "item-\(stamp)" }) || itemRecords.isEmpty {
                doc.agendaItem = itemRecords.isEmpty ? nil : "item-\(stamp)"
            }
            // The front sheet's title is its heading that names the meeting; a covering letter
            // that lists the items ("Dear Member") is a letter.
            if doc.kind == .frontSheet {
                if let body = pack.meeting?.body, let line = allLines.first(where: { $0.page == draft.firstPage && TextTools.fold($0.text).contains(TextTools.fold(body)) && $0.fontSize >= 12 }) {
                    doc.title = TextTools.squash(line.text)
                }
                if furniture.first(where: { $0.page == draft.firstPage }).map({ $0.lines.prefix(25).contains { DocumentSplitter.letterOpening.matches(TextTools.squash($0.text)) } }) == true {
                    doc.kind = .letter
                }
            }
            if doc.kind == .minutes {
                doc.minutes = MinutesParser().parse(allLines.filter { $0.page >= draft.firstPage && $0.page <= draft.lastPage })
            }
            documents.append(doc)
        }
        // Within one item, documents after the first that announce no kind of their own are
        // its appendices (a report's appendices follow it in the item's pages).
        for i in documents.indices.dropFirst() where documents[i].agendaItem != nil && documents[i].agendaItem == documents[i - 1].agendaItem {
            if (documents[i].kind == .other || documents[i].kind == .report) && drafts[i].signalled == false {
                documents[i].kind = .appendix
            }
        }
        // Without printed ranges or stamps, a document belongs to the item whose title its
        // subject or title repeats; the documents after it (its attachments) follow it.
        // Minutes belong to the one item that takes minutes ("Minutes", "Approval of the minutes").
        let minutesItems = itemRecords.filter { PackAssembler.minutesItem.matches(TextTools.squash($0.title)) }
        if minutesItems.count == 1 {
            for i in documents.indices where documents[i].kind == .minutes && documents[i].agendaItem == nil {
                documents[i].agendaItem = minutesItems[0].id
            }
        }
        if itemRecords.allSatisfy({ $0.printedPages == nil }) {
            var current: String? = nil
            for i in documents.indices where documents[i].kind != .frontSheet && documents[i].kind != .letter {
                if documents[i].agendaItem == nil {
                    let names = [documents[i].subject, documents[i].title].compactMap { $0 }
                    if let item = itemRecords.first(where: { item in names.contains { PackAssembler.sameSubject($0, item.title) } }) {
                        documents[i].agendaItem = item.id
                    } else {
                        documents[i].agendaItem = current
                    }
                }
                current = documents[i].agendaItem ?? current
            }
        }
        // Minutes without an agenda before them: their numbered minute items and resolutions
        // are the items of the meeting they record, with their numbers as printed.
        if itemRecords.isEmpty, let record = documents.first(where: { $0.kind == .minutes }) {
            let lines = allLines.filter { $0.page >= record.firstPage && $0.page <= record.lastPage }
            let areas = tables.flatMap { table in table.bbox.map { box in table.pages.map { (page: $0, box: box) } } ?? [] }
            let result = OutlineFormat(tableAreas: areas, minutes: true).read(lines)
            diagnostics += result.diagnostics
            itemRecords = self.itemRecords(result.items, labels: labels)
            for i in itemRecords.indices where itemRecords[i].parent == nil { itemRecords[i].documents = [] }
            for i in documents.indices where documents[i].kind == .minutes && documents[i].agendaItem == nil && documents[i].id != record.id {
                documents[i].agendaItem = nil
            }
        }
        for i in itemRecords.indices {
            itemRecords[i].documents = documents.filter { $0.agendaItem == itemRecords[i].id }.map(\.id)
        }

        // Pages.
        // A page poppler could not give has no size: it takes its neighbour's, with a diagnostic.
        let sized = pages.filter { $0.info.width > 0 && $0.info.height > 0 }.map(\.info)
        pack.pages = furniture.map { result in
            var info = pages[result.page - 1].info
            if info.width <= 0 || info.height <= 0 {
                let near = sized.min { abs($0.number - result.page) < abs($1.number - result.page) }
                info.width = near?.width ?? 612
                info.height = near?.height ?? 792
                diagnostics.append(Diagnostic(.warning, "page-unreadable", "page \(result.page) could not be read; its size is taken from page \(near?.number ?? 0)", page: result.page))
            }
            let doc = documents.first { $0.firstPage <= result.page && result.page <= $0.lastPage && !result.blank }
            return PageRecord(page: result.page, pageLabel: result.label, width: info.width, height: info.height, rotation: info.rotation,
                              blank: result.blank, document: doc?.id, furniture: result.furniture)
        }

        // Recommendations, resolutions and decisions, document by document.
        var recommendations: [RecommendationRecord] = []
        let extractor = RecommendationExtractor()
        for doc in documents {
            let lines = allLines.filter { $0.page >= doc.firstPage && $0.page <= doc.lastPage }
            let (records, found) = extractor.extract(lines: lines, documentKind: doc.kind.rawValue)
            diagnostics += found
            for var record in records {
                record.document = doc.id
                record.agendaItem = doc.agendaItem
                recommendations.append(record)
            }
        }
        // Tables (numbered by the table pass): tied to their document and item; a tracker's
        // rows are records too.
        var tableRecords = tables
        diagnostics += tableDiagnostics
        for i in tableRecords.indices {
            let doc = documents.first { $0.firstPage <= tableRecords[i].page && tableRecords[i].page <= $0.lastPage }
            tableRecords[i].document = doc?.id
            tableRecords[i].agendaItem = doc?.agendaItem
            for var record in extractor.records(fromTracker: tableRecords[i]) {
                record.document = doc?.id
                record.agendaItem = doc?.agendaItem
                recommendations.append(record)
            }
        }
        pack.tables = tableRecords
        // Reading order: by page, then position on the page.
        recommendations = recommendations.enumerated().sorted { a, b in
            (a.element.page, a.element.bbox?.y0 ?? .infinity, a.offset) < (b.element.page, b.element.bbox?.y0 ?? .infinity, b.offset)
        }.map(\.element)
        for i in recommendations.indices { recommendations[i].id = "rec-\(i + 1)" }
        pack.recommendations = recommendations

        crossCheck(items: itemRecords, furniture: furniture, labels: labels)
        if itemRecords.isEmpty {
            // Say what the PDF is, since it is not an agenda: nothing is invented to fill the gap.
            let parts = documents.map { "\($0.kind.rawValue.replacingOccurrences(of: "_", with: " ")) (pages \($0.firstPage)-\($0.lastPage))" }
            let blank = furniture.filter(\.blank).count
            diagnostics.append(Diagnostic(.info, "no-agenda",
                "no numbered agenda found; the PDF reads as " + (parts.isEmpty ? "no text" : parts.joined(separator: ", "))
                + (blank > 0 ? "; \(blank) blank or image-only page(s)" : "")))
        }
        pack.agendaItems = itemRecords
        pack.documents = documents
        pack.dates = findDates(furniture: furniture, documents: documents, context: context)
        pack.diagnostics = diagnostics
    }

    /// Whether a document's subject or title names the same thing as an item's title: at
    /// least 80% of the item's words (three or more) appear in it, or the other way round.
    static func sameSubject(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> Set<String> {
            Set(TextTools.fold(s).split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count > 1 || $0.first?.isNumber == true })
        }
        let wa = words(a), wb = words(b)
        guard wa.count >= 3, wb.count >= 3 else { return false }
        let shared = wa.intersection(wb).count
        return Double(shared) >= 0.8 * Double(min(wa.count, wb.count))
    }

    // MARK: Items

    /// Item records from the items read, with ids and physical pages. Ids come from the
    /// numbers; a number printed again (numbering restarted under a section heading) gets
    /// "-2", "-3"; a sub-item's parent is the latest item with its number.
    mutating func itemRecords(_ items: [FrontSheetParser.Item], labels: PageLabels) -> [AgendaItemRecord] {
        var itemRecords: [AgendaItemRecord] = []
        var idCount: [String: Int] = [:]
        var latestId: [String: String] = [:]
        for item in items {
            let base = "item-" + item.number.replacingOccurrences(of: "/", with: "-")
            idCount[base, default: 0] += 1
            let id = idCount[base]! == 1 ? base : "\(base)-\(idCount[base]!)"
            if idCount[base]! == 2 {
                diagnostics.append(Diagnostic(.info, "item-number-repeated", "agenda item \(item.number) is printed again (numbering restarts); the second is \(id)", page: item.page))
            }
            let parent = item.parentNumber.map { latestId[$0] ?? "item-" + $0.replacingOccurrences(of: "/", with: "-") }
            latestId[item.number] = id
            var record = AgendaItemRecord(
                id: id, number: item.number, parent: parent, title: item.title, description: item.description,
                printedPages: item.printedPages, business: item.business, page: item.page, bbox: item.bbox)
            if let printed = item.printedPages {
                let firstPage = labels.physicalPage(printed.first)
                let lastPage = labels.physicalPage(printed.last, notBefore: firstPage)
                if let f = firstPage, let l = lastPage, f <= l, l <= pages.count {
                    record.pages = PageSpan(first: f, last: l)
                } else if labels.isEmpty || (firstPage ?? Int.max) > pages.count || (lastPage ?? Int.max) > pages.count {
                    diagnostics.append(Diagnostic(.warning, "range-past-end", "agenda item \(item.number): printed pages \(printed.first) - \(printed.last) are not in this PDF (\(pages.count) pages)", page: item.page))
                }
            }
            itemRecords.append(record)
        }
        return itemRecords
    }

    // MARK: Front sheet

    /// The front sheet's pages and its items, or nil and none when the pack has no agenda.
    mutating func readFrontSheet(_ furniture: [FurnitureDetector.PageResult], labels: PageLabels)
        -> (ClosedRange<Int>?, [FrontSheetParser.Item])
    {
        let splitter = DocumentSplitter()
        var candidatePages: [FurnitureDetector.PageResult] = []
        for page in furniture.prefix(12) {
            let signal = page.blank ? nil : splitter.signal(page.lines, pageHeight: page.height)
            // Minutes or a decision from the first page on: no agenda to read.
            if candidatePages.isEmpty, signal == .minutes || signal == .decisionNotice { break }
            if !candidatePages.isEmpty, signal != nil { break }
            // A document stamped for an agenda item is not the front sheet.
            if page.itemStamp != nil { break }
            candidatePages.append(page)
        }
        let lines = candidatePages.flatMap(\.lines)
        let text = lines.map(\.text).joined(separator: "\n")
        guard PackAssembler.agendaCue.matches(text) else { return (nil, []) }
        let areas = tables.flatMap { table in table.bbox.map { box in table.pages.map { (page: $0, box: box) } } ?? [] }
        let result = AgendaReader(tableAreas: areas).read(lines)
        diagnostics += result.diagnostics
        guard !result.items.isEmpty else { return (nil, []) }
        // The sheet runs from page 1 to the last page with an item, and on over pages
        // (sign-off, notes) until the first page an item's range points to.
        let lastItemPage = result.items.map(\.page).max() ?? 1
        var end = lastItemPage
        let firstTargets = result.items.compactMap { $0.printedPages.flatMap { labels.physicalPage($0.first) } }
        let firstTarget = firstTargets.filter { $0 > lastItemPage }.min()
        for page in candidatePages where page.page > lastItemPage {
            if let t = firstTarget, page.page >= t { break }
            if page.blank { continue }
            end = page.page
        }
        return (1...end, result.items)
    }

    // MARK: Pages

    // MARK: Cross-checks

    mutating func crossCheck(items: [AgendaItemRecord], furniture: [FurnitureDetector.PageResult], labels: PageLabels) {
        let spans = items.filter { $0.parent == nil }.compactMap { item in item.printedPages.map { (item, $0) } }.sorted { $0.1.first < $1.1.first }
        for (a, b) in zip(spans, spans.dropFirst()) where b.1.first <= a.1.last {
            diagnostics.append(Diagnostic(.warning, "ranges-overlap", "agenda items \(a.0.number) and \(b.0.number): printed ranges \(a.1.first)-\(a.1.last) and \(b.1.first)-\(b.1.last) overlap", page: b.0.page))
        }
        for (a, b) in zip(spans, spans.dropFirst()) where b.1.first > a.1.last + 1 {
            diagnostics.append(Diagnostic(.info, "pages-unaccounted", "printed pages \(a.1.last + 1)-\(b.1.first - 1) between agenda items \(a.0.number) and \(b.0.number) belong to no item", page: b.0.page))
        }
        for item in items {
            guard let span = item.pages else { continue }
            let blank = furniture.filter { span.first <= $0.page && $0.page <= span.last }.allSatisfy(\.blank)
            if blank { diagnostics.append(Diagnostic(.warning, "item-pages-blank", "agenda item \(item.number): all its pages are blank", page: span.first)) }
        }
        // Gaps in the "Page N" sequence.
        let stamped = labels.entries.compactMap { entry in Int(entry.label).map { (entry.page, $0) } }
        for (a, b) in zip(stamped, stamped.dropFirst()) where b.1 - a.1 != b.0 - a.0 {
            diagnostics.append(Diagnostic(.warning, "page-stamp-gap", "page stamps jump from \(a.1) on page \(a.0) to \(b.1) on page \(b.0)", page: b.0))
        }
    }

    // MARK: Dates

    static let numericDate = Patterns.make(#"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"#)

    func numericDateSamples(_ lines: [Line]) -> [String] {
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
    func dateContext(paper: DateContext.PaperSize, lines: [Line]) -> DateContext {
        let texts = lines.prefix(400).map(\.text)
        let language = DateContext.detectLanguage(texts)
        let convention = DateContext.decideConvention(paperSize: paper, numericDates: numericDateSamples(lines), language: language,
                                                      spelling: DateContext.spellingVotes(texts))
        return DateContext(convention: convention, language: language)
    }

    /// A segment of a page: its line's index and its index in the line.
    struct SegmentKey: Hashable {
        var line: Int
        var segment: Int
    }

    /// One date found on a page, before ids are given.
    struct PendingDate {
        var found: FoundDate
        var page: Int
        var box: Rect
        var document: String?
    }

    mutating func findDates(furniture: [FurnitureDetector.PageResult], documents: [DocumentRecord], context: DateContext) -> [DateRecord] {
        var pending: [PendingDate] = []
        var pageCarry: Int? = nil
        var ambiguousOrder = 0
        for page in furniture {
            let doc = documents.first { $0.firstPage <= page.page && page.page <= $0.lastPage }
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
                    let date = PendingDate(found: found, page: page.page, box: PackAssembler.subBox(segment, utf16Range: found.utf16Range.clamped(to: 0..<max(item.text.utf16.count, 1))), document: doc?.id)
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
                    if below == nil, index == page.lines.count - 1, PackAssembler.mayWrap(segment.text, found: found),
                        let nextPage = furniture.first(where: { $0.page == page.page + 1 }), let head = nextPage.lines.first?.segments.first
                    {
                        if let (across, taken) = PackAssembler.dateAcross(segment.text, head.text, context: local) {
                            wrapped = across
                            found.removeAll { $0.utf16Range.upperBound > across.utf16Range.lowerBound }
                            pageCarry = taken
                        }
                    }
                    if let k = below, PackAssembler.mayWrap(segment.text, found: found) {
                        let nextLine = page.lines[k]
                        if nextLine.bbox.y0 - segment.bbox.y1 < segment.bbox.height * 0.8,
                            let t = nextLine.segments.firstIndex(where: { abs($0.bbox.x0 - segment.bbox.x0) < 6 || (s == line.segments.count - 1 && $0 == nextLine.segments[0] && abs($0.bbox.x0 - line.bbox.x0) < 40) })
                        {
                            let next = nextLine.segments[t]
                            if let (across, taken) = PackAssembler.dateAcross(segment.text, next.text, context: local) {
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
                        var box = PackAssembler.subBox(segment, utf16Range: item.utf16Range.clamped(to: 0..<max(segment.text.utf16.count, 1)))
                        if item == wrapped, let extra = wrappedBox { box = box.union(extra) }
                        pending.append(PendingDate(found: item, page: page.page, box: box, document: doc?.id))
                    }
                }
            }
        }
        // A date printed without a year where nothing gives the meeting's or the document's
        // year takes the year the paper prints most in its full dates, marked ambiguous.
        let paperYear = DateFinder.paperYear(of: pending.map(\.found))
        var records: [DateRecord] = []
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
            records.append(DateRecord(
                id: "date-\(records.count + 1)", text: TextTools.squash(item.text), value: value, end: end, precision: recordPrecision,
                time: item.date.time, ambiguous: ambiguous, page: p.page, bbox: p.box, document: p.document))
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
        return records
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
    static func trimmed(_ text: String, of characters: StaticString) -> String {
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
    static func subBox(_ segment: Segment, utf16Range: Range<Int>) -> Rect {
        let total = max(segment.text.utf16.count, 1)
        let width = segment.bbox.width
        let x0 = segment.bbox.x0 + width * Double(utf16Range.lowerBound) / Double(total)
        let x1 = segment.bbox.x0 + width * Double(utf16Range.upperBound) / Double(total)
        return Rect(x0: x0, y0: segment.bbox.y0, x1: x1, y1: segment.bbox.y1)
    }
}
