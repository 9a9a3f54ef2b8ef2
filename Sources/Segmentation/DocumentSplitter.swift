import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Splits a merged pack into its documents: front sheet, minutes, reports, briefing notes,
/// appendices, decision notices, letters.
///
/// A document starts on a page where:
/// - the top of the page announces one ("Minutes of the Meeting of ...", "Briefing note",
///   "Record of Decision", "Appendix 2", a To/From/Subject header, a letter's "Dear ...");
/// - an agenda item's printed range begins (resolved through the "Page N" stamps);
/// - an "Agenda Item N" stamp appears that the page before did not carry;
/// - the page before was blank (packs pad documents with blank pages);
/// - pages printed without text (scans) follow pages of text, or the other way round, or
///   change size among themselves.
///
/// Blank pages belong to no document. Each document gets its kind, title, To / From /
/// Date / Subject where printed, and its authors.
public struct DocumentSplitter: Sendable {
    public init() {}

    /// A document before ids are given.
    public struct Draft: Sendable, Equatable {
        public var kind: DocumentRecord.Kind
        public var firstPage: Int
        public var lastPage: Int
        public var title: String?
        public var to: String?
        public var from: String?
        public var subject: String?
        public var date: String?
        public var authors: [String] = []
        /// The number of an "Agenda Item N" stamp on its first page.
        public var itemStamp: String?
        /// Whether its first page announced its kind (a heading or header labels).
        public var signalled = false
        public var bbox: Rect?
    }

    /// A minutes heading: "Minutes", "Minutes of the meeting", and the French and Welsh
    /// records of a meeting ("Procès-verbal", "Compte rendu", "Réunion du Conseil Municipal
    /// du …", "Cofnodion").
    /// A word every alternative of `minutesHeading` holds ("proc" of procès-verbal, "union"
    /// of réunion, "ance" of séance).
    static let minutesWords: [StaticString] = ["minutes", "proc", "compte", "union", "ance", "cofnodion"]
    static let minutesHeading = Patterns.make(#"^(?:draft\s+|confirmed\s+|unconfirmed\s+|printed\s+)?minutes\b|\bminutes\s+of\s+(?:the|a)\s+(?:\w+\s+)?meeting\b|^(?:projet\s+de\s+)?proc[eè]s[\s-]*verba(?:l|ux)\b|^compte[\s-]+rendu\b|^r[ée]union\s+du\s+conseil\s+municipal\b|^s[ée]ance\s+(?:ordinaire\s+|extraordinaire\s+|publique\s+)?du\s+conseil\b|^cofnodion\b|\bmeeting\s+minutes$"#)
    /// The title of an agenda: "Agenda", "Ordre du jour", "Agenda de la séance" (a line of its own).
    static let agendaHeading = Patterns.make(#"^(?:(?:projet\s+d['’])?ordre\s+du\s+jour|agenda)$"#)
    static let decisionHeading = Patterns.make(
        #"(?:^|[–—:-]\s*)(?:proposed\s+)?(?:record\s+of\s+(?:\w+\s+)?decision|decision\s+notice|notice\s+of\s+(?:key\s+|executive\s+)?decision|(?:executive|officer|key|cabinet\s+member)\s+decision\s+(?:notice|record)|decision\s+record)\b"#)
    static let briefingHeading = Patterns.make(#"^briefing\s+(?:note|paper)\b"#)
    /// The words `appendixHeading` opens with ("annex" of annexe too).
    static let appendixWords: [StaticString] = ["appendix", "annex", "schedule", "attachment", "exhibit", "enclosure"]
    static let appendixHeading = Patterns.make(#"^(?:appendix|annex|annexe|schedule|attachment|exhibit|enclosure)\s+(?:[A-Z]|\d{1,2}|[ivx]{1,4})(?:\b|[.:)–-])"#)
    package static let letterOpening = Patterns.make(#"^dear\s+\S"#)
    static let headerLabel = Patterns.make(
        #"^(?<label>to|from|date|subject|title|report\s+of|report\s+to|report\s+title|decision\s+no\.?|classification|key\s+decision|meeting|electoral\s+divisions?|ward\(?s?\)?\s+affected)\s*(?::|$)\s*(?<value>.*)$"#)
    package static let reportHeading = Patterns.make(#"^(?:public\s+)?report\s+(?:of|to|from|title)\b|^(?:cabinet|council|committee|staff|officer'?s?)\s+report\b"#)
    static let reportWord = Patterns.make(#"\breport\b"#)
    static let instrumentHeading = Patterns.make(#"^(?:resolution|ordinance|motion)\s+(?:no\.?|number)\s*\S+"#)
    static let authorsHeading = Patterns.make(#"^(?:\d{1,2}\.?\s+)?(?:report\s+)?authors?(?:\(s\))?\s*:?\s*(?<names>.*)$"#)

    static let bareLabel = Patterns.make(#"^(?<label>to|from|date|subject|title|report\s+of|report\s+to|report\s+title|decision\s+no\.?|classification|key\s+decision|meeting|decision\s+(?:to\s+be\s+)?taken\s+by|decision\s+maker|date\s+of\s+decision|decision\s+date|subject\s+matter\s*/\s*title\s+of\s+decision|title\s+of\s+decision|subject\s+matter)\s*:?$"#)

    /// A header label and its value: "Subject: Early Help" or "Subject ┃ Early Help".
    package static func labelled(_ line: Line) -> (label: String, value: String)? {
        let first = TextTools.squash(line.segments.first?.text ?? "")
        // Every label is short and starts with one of these letters: most lines are no label.
        if first.utf8.count <= 60, let initial = first.utf8.first.map({ $0 | 0x20 }), "tfdsrckm".utf8.contains(initial),
            let g = bareLabel.match(in: first), let label = g["label"],
            line.segments.count >= 2 || (line.bold && line.segments.count == 1 && label.count > 4)
        {
            return (TextTools.squash(label.lowercased()), TextTools.squash(line.segments.dropFirst().map(\.text).joined(separator: " ")))
        }
        let text = TextTools.squash(line.text)
        guard text.utf8.contains(UInt8(ascii: ":")), let g = headerLabel.match(in: text), let label = g["label"] else { return nil }
        return (label.lowercased(), g["value"] ?? "")
    }

    /// A line that names an organisation rather than a document.
    static let banner = Patterns.make(#"^(?:the\s+)?(?:(?:[A-Z](?-i:[\w'’&-])*\s+){0,6}(?:council|board|committee|panel|partnership|authority|cabinet|commission|trust)(?:\s*\(\d+\))?|(?:city|county|town|borough|village|district)\s+of\s+[A-Z](?-i:[\w'’-])*(?:\s+[A-Z](?-i:[\w'’-])*){0,2})$"#)

    static let reportEvidence = Patterns.make(#"^(?:\d{1,2}\.?\s+)?(?:purpose|introduction|summary|executive\s+summary|background|recommendations?|proposals?|options|financial\s+implications|legal\s+implications|report)\b"#)

    /// Why a page starts a document, and the kind it suggests.
    package func signal(_ lines: [Line], pageHeight: Double) -> DocumentRecord.Kind? {
        let top = lines.filter { $0.bbox.y0 < pageHeight * 0.5 }.prefix(14)
        let texts = top.map { TextTools.squash($0.text) }
        // Each heading pattern is tried only on a line that holds one of its words in some
        // mix of cases (`mayContainIgnoringCase`: exact for these case-insensitive patterns);
        // this runs on the head of every page.
        func may(_ text: String, _ words: [StaticString]) -> Bool { TextTools.mayContainIgnoringCase(text, words) }
        for text in texts.prefix(6) {
            if may(text, ["decision"]), DocumentSplitter.decisionHeading.matches(text) { return .decisionNotice }
        }
        for text in texts.prefix(5) {
            // An agenda's title above the meeting it convenes ("ORDRE DU JOUR" / "Séance
            // ordinaire du conseil municipal qui se tiendra le …"): not a record of it.
            if may(text, ["ordre", "agenda"]), DocumentSplitter.agendaHeading.matches(text) { break }
            if may(text, DocumentSplitter.minutesWords), DocumentSplitter.minutesHeading.matches(text) { return .minutes }
            if may(text, ["briefing"]), DocumentSplitter.briefingHeading.matches(text) { return .briefingNote }
        }
        for text in texts.prefix(2) where may(text, DocumentSplitter.appendixWords) && DocumentSplitter.appendixHeading.matches(text) { return .appendix }
        // "To" and "Date" start ordinary sentences; as labels they carry a colon or stand in their own segment.
        let labels = Set(top.compactMap { DocumentSplitter.labelled($0)?.label })
        if labels.count >= 2 && (labels.contains("subject") || labels.contains("to") || labels.contains("from") || labels.contains("title")) {
            return labels.contains("decision no") || labels.contains("decision no.") ? .report : .report
        }
        for text in texts.prefix(4) where may(text, ["report"]) && DocumentSplitter.reportHeading.matches(text) { return .report }
        // A short heading at the head of the page that calls itself a report ("PERSONNEL REPORT NO. 14").
        let bodySize = DocumentSplitter.bodySize(Array(top))
        for line in top.prefix(2) where line.bold || line.fontSize > bodySize + 1 {
            let t = TextTools.squash(line.text)
            if t.split(separator: " ").count <= 10, may(t, ["report"]), DocumentSplitter.reportWord.matches(t), !DocumentSplitter.numberedHeading.matches(t) { return .report }
        }
        for text in texts.prefix(3) where may(text, ["resolution", "ordinance", "motion"]) && DocumentSplitter.instrumentHeading.matches(text) { return .other }
        for text in texts where may(text, ["dear"]) && DocumentSplitter.letterOpening.matches(text) { return .letter }
        return nil
    }

    /// Splits the pages (front sheet pages given) into document drafts.
    /// `itemStarts` are the physical first pages of agenda items' printed ranges.
    /// `itemTitles`: agenda item titles; a page headed by one starts a document.
    public func split(pages: [FurnitureDetector.PageResult], frontSheet: ClosedRange<Int>?, itemStarts: Set<Int>,
                      itemTitles: [String] = [], context: DateContext) -> [Draft] {
        let titles = Set(itemTitles.map(TextTools.fold).filter { $0.count >= 8 })
        var drafts: [Draft] = []
        var current: Draft? = nil
        var previousStamp: String? = nil
        var previousBlank = false
        var previousHead = HeadingBlock()
        var currentHead = HeadingBlock()
        var currentDate: String? = nil
        var previousPage: FurnitureDetector.PageResult? = nil
        for page in pages {
            let number = page.page
            if page.blank, let fs = frontSheet, fs.contains(number) {
                previousBlank = false
                continue
            }
            if page.blank {
                previousPage = nil
                if var c = current {
                    drafts.append(finish(&c, pages: pages, context: context))
                    current = nil
                }
                previousBlank = true
                continue
            }
            if let fs = frontSheet, fs.contains(number) {
                if current == nil { current = Draft(kind: .frontSheet, firstPage: number, lastPage: number) }
                current!.lastPage = number
                previousBlank = false
                continue
            }
            let height = page.height
            let kind = signal(page.lines, pageHeight: height)
            let stampChanged = page.itemStamp != nil && page.itemStamp != previousStamp
            let headedByItem = page.lines.prefix(3).contains { titles.contains(TextTools.fold($0.text)) }
            // A page whose heading block numbers it as a later page ("Page 2") and announces
            // the same kind of document goes on with the document before it: its heading is
            // the running head of that document, not a new one.
            let stampAtTop = page.furniture.contains { $0.kind == .pageStamp && $0.bbox.y0 < height * 0.15 } && (Int(page.label ?? "") ?? 0) >= 2
            // Minutes headed again with the date of the meeting the minutes before record are
            // their running head: a pack holds one record of a meeting.
            let date = kind == .minutes ? DocumentSplitter.headingDate(page.lines, pageHeight: height, context: context) : nil
            let sameMeeting = kind == .minutes && current?.kind == .minutes && date != nil && date == currentDate
            let continued = kind != nil && kind == current?.kind && (DocumentSplitter.continuationNumber(page.lines) != nil || stampAtTop || sameMeeting)
            // A heading block printed again, line for line, on the next page is that
            // document's running head ("APPENDIX F – …" on every page), not a new document.
            let head = DocumentSplitter.headingBlock(page.lines, labels: DocumentSplitter.numberedLabels(page), pageHeight: height)
            let repeatedHead = kind != nil && !head.isEmpty && head.lines == previousHead.lines
            // A form printed once per subject: a page that opens with the title of its
            // document's first page ("STATEMENT OF PERSONS NOMINATED", set as a title) with
            // another subject under it, or with the next number of a numbered heading
            // ("Question 1", "Question 2"), starts the next one.
            let sameForm = current != nil && !head.isEmpty && head.shape == currentHead.shape
            // The subject may be set below the heading block, after a sentence: the same
            // display lines but one are the next sheet too.
            let otherSubject = head.display.count >= 2 && head.display.count == previousHead.display.count && head.display != previousHead.display
            let nextOfForm = sameForm && ((head.titled && currentHead.titled && (head.lines != previousHead.lines || otherSubject))
                || (head.number != nil && head.number != currentHead.number))
            // Pages printed without text (scans) next to pages of text are another document
            // (a scanned attachment); among them, a change of page size is.
            let unreadBoundary = previousPage.map { previous in
                previous.printedWithoutText != page.printedWithoutText
                    || (page.printedWithoutText && (abs(previous.width - page.width) > 1 || abs(previous.height - page.height) > 1))
            } ?? false
            let starts = current == nil || (kind != nil && !continued && !repeatedHead) || stampChanged || itemStarts.contains(number) || previousBlank || headedByItem
                || current?.kind == .frontSheet || nextOfForm || unreadBoundary
            if starts {
                let formKind = nextOfForm && kind == nil ? current?.kind : nil
                if var c = current { drafts.append(finish(&c, pages: pages, context: context)) }
                currentHead = head
                currentDate = date
                current = Draft(kind: kind ?? formKind ?? .other, firstPage: number, lastPage: number, itemStamp: page.itemStamp)
                // A next document of the same form announces its kind as the one before did.
                current!.signalled = kind != nil || formKind != nil
                if kind == nil && formKind == nil { current!.kind = guessKind(page.lines) }
            } else {
                current!.lastPage = number
            }
            if page.itemStamp != nil { previousStamp = page.itemStamp }
            previousBlank = false
            previousPage = page
            previousHead = head
        }
        if var c = current { drafts.append(finish(&c, pages: pages, context: context)) }
        return drafts
    }

    /// The day a page's heading names: the first full date in its first six lines, in the
    /// top third of the page.
    static func headingDate(_ lines: [Line], pageHeight: Double, context: DateContext) -> String? {
        for line in lines.prefix(6) where line.bbox.y0 < pageHeight * 0.33 {
            if let d = DateFinder.find(in: TextTools.squash(line.text), context: context).first(where: { $0.date.precision == .day }), let v = d.date.value {
                return v
            }
        }
        return nil
    }

    /// A page's heading block: its first lines (at most six) in the top third of the page,
    /// each short (ten words at most); empty when the page opens with text.
    struct HeadingBlock: Equatable {
        package var lines: [String] = []
        /// The first line is set as a title: bold or much larger than the page's text, with words.
        package var titled = false
        /// The display lines of the top third (set much larger than the page's text), in
        /// order: the form's title and, on a form printed once per subject, the subject.
        package var display: [String] = []
        package var isEmpty: Bool { lines.isEmpty }
        package var shape: String? { lines.first.map(DocumentSplitter.shape) }
        /// The first line is a numbered heading ("Question 3"): its number.
        package var number: String? {
            guard let first = lines.first, first.filter(\.isLetter).count >= 3 else { return nil }
            return DocumentSplitter.digits.foundationRange(in: first).map { String(first[$0]) }
        }
    }

    /// `labels`: numbered labels the furniture pass set aside at the head of the page
    /// (`numberedLabels`); they take their place in the block by height, so that a label
    /// printed at the same spot on some pages and elsewhere on others reads the same.
    static func headingBlock(_ lines: [Line], labels: [Furniture] = [], pageHeight: Double) -> HeadingBlock {
        var block = HeadingBlock()
        let body = bodySize(lines)
        var entries: [(y: Double, text: String, line: Line?)] = lines.prefix(6).map { ($0.bbox.y0, TextTools.squash($0.text), $0) }
        for label in labels { entries.append((label.bbox.y0, TextTools.squash(label.text), nil)) }
        if !labels.isEmpty { entries.sort { $0.y < $1.y } }
        for entry in entries.prefix(6) {
            guard entry.y < pageHeight * 0.33, entry.text.split(separator: " ").count <= 10 else { break }
            if block.lines.isEmpty, let line = entry.line {
                block.titled = (line.bold || line.fontSize >= body + 4) && entry.text.filter(\.isLetter).count >= 3
            }
            block.lines.append(TextTools.fold(entry.text))
        }
        guard block.lines.count >= 2 else { return HeadingBlock() }
        block.display = lines.prefix(40).filter { $0.bbox.y0 < pageHeight * 0.33 && $0.fontSize >= body + 4 && $0.text.filter(\.isLetter).count >= 3 }
            .map { TextTools.fold(TextTools.squash($0.text)) }
        return block
    }

    /// A label of a word or two and a number alone on its line ("Question 3", "Petition 12").
    static let numberedLabel = Patterns.make(#"^[A-Za-z][A-Za-z'’]+(?:\s+[A-Za-z][A-Za-z'’]+)?\s+(?<n>\d{1,3})[A-Za-z]?$"#)

    /// The running-header furniture of a page that is a numbered label of the document it
    /// heads ("Question 3" at the top right of each answer; page counters are page stamps,
    /// not headers). A pack whose documents each print such a label puts it in the header
    /// band of some pages and in the text of others, depending on where the document's first
    /// line falls; the heading block sees it either way.
    static func numberedLabels(_ page: FurnitureDetector.PageResult) -> [Furniture] {
        page.furniture.filter { f in
            f.kind == .header && f.bbox.y0 < page.height * 0.33 && numberedLabel.matches(TextTools.squash(f.text))
        }
    }

    static let nameLabel = Patterns.make(#"^(?:name(?:\s+and\s+job\s+title)?\s*:\s*)"#)
    static let digits = Patterns.make(#"\d+"#, caseInsensitive: false)

    /// A heading's shape: its folded text with every number as "#" ("question #").
    package static func shape(_ folded: String) -> String {
        digits.replacingMatches(in: folded, with: "#")
    }

    static let pageNumberLine = Patterns.make(#"(?:^|\s)page\s+(?<page>\d{1,3})(?:\s+of\s+\d{1,3})?$"#)

    /// The page number a page prints in its heading block ("Page 2", "… 2018 Page 3"), when
    /// it is a later page (2 or more).
    static func continuationNumber(_ lines: [Line]) -> Int? {
        for line in lines.prefix(6) {
            if let g = pageNumberLine.match(in: TextTools.squash(line.text)), let n = g["page"].flatMap({ Int($0) }), n >= 2 { return n }
        }
        return nil
    }

    /// The kind of a document whose first page announces nothing.
    private func guessKind(_ lines: [Line]) -> DocumentRecord.Kind {
        let texts = lines.prefix(8).map { TextTools.squash($0.text) }
        if texts.contains(where: { DocumentSplitter.appendixHeading.matches($0) }) { return .appendix }
        // A report shows itself by its sections ("1. Introduction", "Purpose", "Recommendations").
        let headings = lines.prefix(60).filter { $0.bold || $0.fontSize > (lines.first?.fontSize ?? 0) }.map { TextTools.squash($0.text) }
        if headings.contains(where: { DocumentSplitter.reportEvidence.matches($0) }) { return .report }
        return .other
    }

    /// Fills title, header fields and authors from the document's pages.
    private func finish(_ draft: inout Draft, pages: [FurnitureDetector.PageResult], context: DateContext) -> Draft {
        let docPages = pages.filter { $0.page >= draft.firstPage && $0.page <= draft.lastPage }
        let firstLines = docPages.first?.lines ?? []
        let allLines = docPages.flatMap(\.lines)
        draft.bbox = firstLines.first.map { first in firstLines.prefix(6).reduce(first.bbox) { $0.union($1.bbox) } }

        // Header labels: "To: ...", "Subject ┃ ...". The value may wrap onto lines below,
        // start on a line above (a label centred in a two-line table cell), or, after a
        // bold label on its own ("DECISION TAKEN BY:"), sit on the lines below it.
        let head = Array(firstLines.prefix(40))
        let labelled = head.map { DocumentSplitter.labelled($0) }
        for (i, found) in labelled.enumerated() {
            guard let (label, first) = found else { continue }
            let line = head[i]
            var value: [(y: Double, text: String)] = first.isEmpty ? [] : [(line.bbox.y0, first)]
            let valueX = line.segments.count >= 2 ? line.segments[1].bbox.x0 : line.bbox.x0
            // Lines of one table cell follow at the line pitch; a wider step is the next cell.
            let step = max(line.fontSize, 8) * 1.3
            if !first.isEmpty {
                var k = i - 1
                var upper = line
                while k >= 0, labelled[k] == nil, head[k].page == line.page, upper.bbox.y0 - head[k].bbox.y0 <= step {
                    if abs(head[k].bbox.x0 - valueX) < 6 {
                        value.insert((head[k].bbox.y0, TextTools.squash(head[k].text)), at: 0)
                        upper = head[k]
                    } else if abs(head[k].bbox.x0 - valueX) < 40 {
                        break
                    }
                    k -= 1
                }
            }
            var j = i + 1
            var lower = line
            let column = first.isEmpty ? line.bbox.x0 : valueX
            while j < head.count, head[j].page == line.page, head[j].bbox.y0 - lower.bbox.y0 <= step * (first.isEmpty ? 1.7 : 1) {
                let x = head[j].bbox.x0
                if abs(x - column) >= 40 && !(first.isEmpty && abs(x - column) < 80) {
                    j += 1
                    continue
                }
                if labelled[j] != nil || (first.isEmpty && head[j].bold) || abs(x - column) > 10 { break }
                value.append((head[j].bbox.y0, TextTools.squash(head[j].text)))
                lower = head[j]
                j += 1
            }
            let joined = TextTools.join(value.map(\.text)).trimming(scalarsIn: " :")
            guard !joined.isEmpty else { continue }
            switch label {
            case "to": if draft.to == nil { draft.to = joined }
            case "from", "report of", "decision taken by", "decision to be taken by", "decision maker":
                if draft.from == nil { draft.from = joined }
            case "subject", "title", "report title", "title of decision", "subject matter / title of decision", "subject matter":
                if draft.subject == nil { draft.subject = joined }
            case "date", "date of decision", "decision date":
                if draft.date == nil, let d = DateFinder.find(in: joined, context: context).first(where: { $0.date.precision == .day || $0.date.precision == .month }),
                    let v = d.date.value, v.first?.isNumber == true
                {
                    draft.date = v
                }
            default: break
            }
        }
        if draft.kind == .decisionNotice, draft.authors.isEmpty, let maker = draft.from {
            let name = TextTools.squash(String(maker.split(separator: ",").first ?? ""))
            if name.split(separator: " ").count >= 2 { draft.authors = [name] }
        }

        if draft.date == nil && draft.kind != .frontSheet {
            // A date printed at the head of the document ("Final report, June 2016", "Last updated 6th July 2016").
            for line in firstLines.prefix(8) {
                if let d = DateFinder.find(in: TextTools.squash(line.text), context: context).first(where: { $0.date.precision == .day || $0.date.precision == .month }),
                    let v = d.date.value, v.first?.isNumber == true
                {
                    draft.date = v
                    break
                }
            }
        }
        if draft.kind == .frontSheet { signOff(&draft, lines: allLines, context: context) }
        if let first = docPages.first { draft.title = title(for: draft, lines: first.lines, pageHeight: first.height, context: context) }
        if draft.authors.isEmpty { draft.authors = authors(in: allLines) }
        return draft
    }

    private func title(for draft: Draft, lines: [Line], pageHeight: Double, context: DateContext) -> String? {
        let texts = lines.prefix(14).map { TextTools.squash($0.text) }
        switch draft.kind {
        case .minutes:
            if let i = texts.firstIndex(where: { DocumentSplitter.minutesHeading.matches($0) }) {
                return paragraph(from: i, lines: lines)
            }
        case .appendix:
            if let i = texts.firstIndex(where: { DocumentSplitter.appendixHeading.matches($0) }) {
                // "Appendix 1" alone on its line: the title is the heading below it.
                if DocumentSplitter.appendixLabelOnly.matches(texts[i]), i + 1 < lines.count,
                    lines[i + 1].bold || lines[i + 1].fontSize > lines[min(i + 2, lines.count - 1)].fontSize
                {
                    return paragraph(from: i + 1, lines: lines, sameSize: true)
                }
                return paragraph(from: i, lines: lines, sameSize: true)
            }
        case .decisionNotice:
            if let i = texts.firstIndex(where: { DocumentSplitter.decisionHeading.matches($0) }) { return texts[i] }
        case .briefingNote:
            if let i = texts.firstIndex(where: { DocumentSplitter.briefingHeading.matches($0) }) { return texts[i] }
        default:
            break
        }
        // The largest heading at the top of the first page, above any header labels, passing
        // over a banner that names the authority or the body ("Wrenbury City Council") and
        // numbered section headings ("1. INTRODUCTION") and a line that is only a date (the
        // meeting's, printed in the heading block); else the Subject; else the largest text.
        let labelIndex = lines.prefix(30).firstIndex { DocumentSplitter.labelled($0) != nil } ?? min(lines.count, 20)
        let bodySize = DocumentSplitter.bodySize(lines)
        let headings = lines.prefix(min(labelIndex, 20)).filter { line in
            let t = TextTools.squash(line.text)
            return t.contains(where: \.isLetter) && (line.bold || line.fontSize > bodySize + 0.5) && !DocumentSplitter.banner.matches(t)
                && !DocumentSplitter.numberedHeading.matches(t) && !DocumentSplitter.letterOpening.matches(t)
                && line.bbox.y0 < 0.45 * pageHeight && !DocumentSplitter.onlyDate(t, context: context)
        }
        if let size = headings.map(\.fontSize).max(), let first = headings.first(where: { abs($0.fontSize - size) < 0.5 }),
            let start = lines.firstIndex(of: first)
        {
            return paragraph(from: start, lines: lines, sameSize: true)
        }
        if let subject = draft.subject { return subject }
        let top = lines.prefix(20).filter { $0.text.contains(where: \.isLetter) && !DocumentSplitter.letterOpening.matches($0.text) }
        guard let size = top.map(\.fontSize).max(), let first = top.first(where: { abs($0.fontSize - size) < 0.5 }),
            let start = lines.firstIndex(of: first)
        else { return nil }
        return paragraph(from: start, lines: lines, sameSize: true)
    }

    /// A line that is a date and little else ("Thursday 13 March 2025").
    static func onlyDate(_ text: String, context: DateContext) -> Bool {
        guard text.contains(where: \.isNumber), let d = DateFinder.find(in: text, context: context).first else { return false }
        return d.text.count * 10 >= text.count * 8
    }

    /// The most common font size of a page's lines: the body text.
    static func bodySize(_ lines: [Line]) -> Double {
        var counts: [Double: Int] = [:]
        for line in lines { counts[(line.fontSize * 2).rounded() / 2, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 11
    }

    /// Words of a job title, not a name ("General Counsel", "Executive Director").
    static let jobTitle = Patterns.make(#"\b(counsel|director|executive|officer|manager|clerk|chief|head|services|resources|secretary|solicitor|governance|democratic|monitoring|council|committee)\b"#)
    static let appendixLabelOnly = Patterns.make(#"^(?:appendix|annex|annexe|schedule|attachment|exhibit|enclosure)\s+(?:[A-Z]|\d{1,2}|[ivx]{1,4})[.:]?$"#)
    package static let numberedHeading = Patterns.make(#"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S"#)

    /// A heading and the lines that continue it closely below.
    private func paragraph(from start: Int, lines: [Line], sameSize: Bool = false) -> String {
        let head = lines[start]
        // At most three lines more, close below, in the heading's weight (and size).
        var cursor = LineCursor(lines, at: start + 1, end: start + 4)
        let more = cursor.take { line, previous in
            guard let previous else { return false }
            return line.page == previous.page && line.gap(below: previous) < previous.bbox.height * 0.6
                && (!sameSize || abs(line.fontSize - head.fontSize) < 0.5) && line.bold == head.bold
        }
        return TextTools.join(([head] + more).map { TextTools.squash($0.text) })
    }

    /// A front sheet's sign-off: the date of issue on a line of its own, and the officer
    /// named just above it ("Martin Ashdown, Executive Director, Resources" / "Wednesday, 6 July 2016").
    func signOff(_ draft: inout Draft, lines: [Line], context: DateContext) {
        for (i, line) in lines.enumerated().reversed() {
            let text = TextTools.squash(line.text)
            guard let d = DateFinder.find(in: text, context: context).first, d.date.precision == .day, d.text.count * 10 >= text.count * 8,
                let v = d.date.value, v.first?.isNumber == true
            else { continue }
            draft.date = v
            for j in stride(from: i - 1, through: max(0, i - 4), by: -1) where lines[j].page == line.page {
                let name = TextTools.squash(String(lines[j].text.split(separator: ",").first ?? ""))
                let words = name.split(separator: " ")
                if words.count >= 2 && words.count <= 4 && words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." } })
                    && !DocumentSplitter.jobTitle.matches(name)
                {
                    draft.authors = [name]
                    break
                }
            }
            return
        }
    }

    /// Names under an "Authors" / "Report Author(s):" heading: the part before the first comma.
    package func authors(in lines: [Line]) -> [String] {
        var names: [String] = []
        for (i, line) in lines.enumerated() {
            let text = TextTools.squash(line.segments.first?.text ?? "")
            guard text.count < 40, TextTools.containsAny(text, ["uthor", "UTHOR"]), let g = DocumentSplitter.authorsHeading.match(in: text) else { continue }
            var values: [String] = []
            if let same = g["names"], !same.isEmpty { values.append(same) }
            // Up to six names in all, on the heading's page (the first may be over the page),
            // until a contact line, a wide gap or the appendices.
            var cursor = LineCursor(lines, at: i + 1, end: i + 1 + 6 - values.count)
            values += cursor.take { next, previous in
                guard let previous, next.page == line.page || previous == line else { return false }
                let t = TextTools.squash(next.segments.first?.text ?? "")
                return !(t.isEmpty || t.lowercased().hasPrefix("contact") || t.lowercased().hasPrefix("tel") || TextTools.containsAny(t, ["@"])
                    || next.gap(below: previous) > max(previous.bbox.height, 10) * 2.5 || DocumentSplitter.appendixHeading.matches(t)
                    || t.lowercased().hasPrefix("appendices"))
            }.map { TextTools.squash($0.segments.first?.text ?? "") }
            for value in values {
                let name = value.split(separator: ",").first.map { TextTools.squash(String($0)) } ?? ""
                let stripped = DocumentSplitter.nameLabel.replacingMatches(in: name, with: "")
                let words = stripped.split(separator: " ")
                if words.count >= 2 && words.count <= 5 && words.allSatisfy({ $0.first?.isUppercase ?? false }) && !names.contains(stripped) {
                    names.append(stripped)
                }
            }
        }
        return names
    }
}
