import Foundation
import PDFLayout

/// Splits a merged pack into its documents: front sheet, minutes, reports, briefing notes,
/// appendices, decision notices, letters.
///
/// A document starts on a page where:
/// - the top of the page announces one ("Minutes of the Meeting of ...", "Briefing note",
///   "Record of Decision", "Appendix 2", a To/From/Subject header, a letter's "Dear ...");
/// - an agenda item's printed range begins (resolved through the "Page N" stamps);
/// - an "Agenda Item N" stamp appears that the page before did not carry;
/// - the page before was blank (packs pad documents with blank pages).
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
        public var bbox: Rect?
    }

    static let minutesHeading = Patterns.make(#"^(?:draft\s+|confirmed\s+|unconfirmed\s+|printed\s+)?minutes\b|\bminutes\s+of\s+(?:the|a)\s+(?:\w+\s+)?meeting\b"#)
    static let decisionHeading = Patterns.make(
        #"^(?:proposed\s+)?(?:record\s+of\s+(?:\w+\s+)?decision|decision\s+notice|notice\s+of\s+(?:key\s+|executive\s+)?decision|(?:executive|officer|key|cabinet\s+member)\s+decision\s+(?:notice|record)|decision\s+record)\b"#)
    static let briefingHeading = Patterns.make(#"^briefing\s+(?:note|paper)\b"#)
    static let appendixHeading = Patterns.make(#"^(?:appendix|annex|annexe|schedule)\s+(?:[A-Z]|\d{1,2}|[ivx]{1,4})(?:\b|[.:)–-])"#)
    static let letterOpening = Patterns.make(#"^dear\s+\S"#)
    static let headerLabel = Patterns.make(
        #"^(to|from|date|subject|title|report\s+of|report\s+to|report\s+title|decision\s+no\.?|classification|key\s+decision|meeting|electoral\s+divisions?|ward\(?s?\)?\s+affected)\s*(?::|$)\s*(.*)$"#)
    static let reportHeading = Patterns.make(#"^(?:public\s+)?report\s+(?:of|to|from|title)\b|^(?:cabinet|council|committee)\s+report\b"#)
    static let authorsHeading = Patterns.make(#"^(?:\d{1,2}\.?\s+)?(?:report\s+)?authors?(?:\(s\))?\s*:?\s*(.*)$"#)

    /// Why a page starts a document, and the kind it suggests.
    func signal(_ lines: [Line], pageHeight: Double) -> DocumentRecord.Kind? {
        let top = lines.filter { $0.bbox.y0 < pageHeight * 0.5 }.prefix(14)
        let texts = top.map { TextTools.squash($0.text) }
        for text in texts.prefix(6) {
            if DocumentSplitter.decisionHeading.matches(text) { return .decisionNotice }
        }
        for text in texts.prefix(5) {
            if DocumentSplitter.minutesHeading.matches(text) { return .minutes }
            if DocumentSplitter.briefingHeading.matches(text) { return .briefingNote }
        }
        for text in texts.prefix(2) where DocumentSplitter.appendixHeading.matches(text) { return .appendix }
        let labels = Set(top.compactMap { line -> String? in
            let t = TextTools.squash(line.text)
            guard let g = DocumentSplitter.headerLabel.groups(in: t), let label = g[1]?.lowercased() else { return nil }
            // "To" and "Date" start ordinary sentences; as labels they carry a colon or stand in their own segment.
            if !t.contains(":") && (line.segments.count < 2 || line.segments[0].text.count > 16) { return nil }
            return label
        })
        if labels.count >= 2 && (labels.contains("subject") || labels.contains("to") || labels.contains("from") || labels.contains("title")) {
            return labels.contains("decision no") || labels.contains("decision no.") ? .report : .report
        }
        for text in texts.prefix(4) where DocumentSplitter.reportHeading.matches(text) { return .report }
        for text in texts where DocumentSplitter.letterOpening.matches(text) { return .letter }
        return nil
    }

    /// Splits the pages (front sheet pages given) into document drafts.
    /// `itemStarts` are the physical first pages of agenda items' printed ranges.
    public func split(pages: [FurnitureDetector.PageResult], heights: [Int: Double], frontSheet: ClosedRange<Int>?, itemStarts: Set<Int>,
                      context: DateContext) -> [Draft] {
        var drafts: [Draft] = []
        var current: Draft? = nil
        var previousStamp: String? = nil
        var previousBlank = false
        for page in pages {
            let number = page.page
            if page.blank, let fs = frontSheet, fs.contains(number) {
                previousBlank = false
                continue
            }
            if page.blank {
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
            let height = heights[number] ?? 842
            let kind = signal(page.lines, pageHeight: height)
            let stampChanged = page.itemStamp != nil && page.itemStamp != previousStamp
            let starts = current == nil || kind != nil || stampChanged || itemStarts.contains(number) || previousBlank
                || current?.kind == .frontSheet
            if starts {
                if var c = current { drafts.append(finish(&c, pages: pages, context: context)) }
                current = Draft(kind: kind ?? .report, firstPage: number, lastPage: number, itemStamp: page.itemStamp)
                if kind == nil { current!.kind = guessKind(page.lines) }
            } else {
                current!.lastPage = number
            }
            if page.itemStamp != nil { previousStamp = page.itemStamp }
            previousBlank = false
        }
        if var c = current { drafts.append(finish(&c, pages: pages, context: context)) }
        return drafts
    }

    /// The kind of a document whose first page announces nothing.
    private func guessKind(_ lines: [Line]) -> DocumentRecord.Kind {
        let texts = lines.prefix(8).map { TextTools.squash($0.text) }
        if texts.contains(where: { DocumentSplitter.appendixHeading.matches($0) }) { return .appendix }
        return .report
    }

    /// Fills title, header fields and authors from the document's pages.
    private func finish(_ draft: inout Draft, pages: [FurnitureDetector.PageResult], context: DateContext) -> Draft {
        let docPages = pages.filter { $0.page >= draft.firstPage && $0.page <= draft.lastPage }
        let firstLines = docPages.first?.lines ?? []
        let allLines = docPages.flatMap(\.lines)
        draft.bbox = firstLines.first.map { first in firstLines.prefix(6).reduce(first.bbox) { $0.union($1.bbox) } }

        // Header labels: "To: ...", "Subject ┃ ...", value continuing on indented lines.
        let head = Array(firstLines.prefix(30))
        var i = 0
        while i < head.count {
            let line = head[i]
            let text = TextTools.squash(line.text)
            guard let g = DocumentSplitter.headerLabel.groups(in: text), let label = g[1]?.lowercased(),
                text.contains(":") || (line.segments.count >= 2 && line.segments[0].text.count <= 16)
            else {
                i += 1
                continue
            }
            var value = [g[2] ?? ""]
            let valueX = line.segments.count >= 2 ? line.segments[1].bbox.x0 : line.bbox.x0 + 40
            var j = i + 1
            while j < head.count, head[j].bbox.y0 - head[j - 1].bbox.y1 < head[j - 1].bbox.height * 0.7,
                abs(head[j].bbox.x0 - valueX) < 6, DocumentSplitter.headerLabel.groups(in: TextTools.squash(head[j].text)) == nil
            {
                value.append(TextTools.squash(head[j].text))
                j += 1
            }
            let joined = TextTools.join(value).trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            if !joined.isEmpty {
                switch label {
                case "to": if draft.to == nil { draft.to = joined }
                case "from", "report of": if draft.from == nil { draft.from = joined }
                case "subject", "title", "report title": if draft.subject == nil { draft.subject = joined }
                case "date":
                    if draft.date == nil, let d = DateFinder.find(in: joined, context: context).first(where: { $0.date.precision == .day || $0.date.precision == .month }) {
                        draft.date = d.date.value
                    }
                default: break
                }
            }
            i = j
        }

        draft.title = title(for: draft, lines: firstLines)
        draft.authors = authors(in: allLines)
        return draft
    }

    private func title(for draft: Draft, lines: [Line]) -> String? {
        if let subject = draft.subject, draft.kind != .minutes { return subject }
        let texts = lines.prefix(14).map { TextTools.squash($0.text) }
        switch draft.kind {
        case .minutes:
            if let i = texts.firstIndex(where: { DocumentSplitter.minutesHeading.matches($0) }) {
                return paragraph(from: i, lines: lines)
            }
        case .appendix:
            if let i = texts.firstIndex(where: { DocumentSplitter.appendixHeading.matches($0) }) {
                return paragraph(from: i, lines: lines)
            }
        case .decisionNotice:
            if let i = texts.firstIndex(where: { DocumentSplitter.decisionHeading.matches($0) }) { return texts[i] }
        default:
            break
        }
        // The largest text in the top half of the first page.
        let top = lines.prefix(20).filter { $0.text.contains(where: \.isLetter) && !DocumentSplitter.letterOpening.matches($0.text) }
        guard let size = top.map(\.fontSize).max() else { return nil }
        let biggest = top.filter { abs($0.fontSize - size) < 0.5 }
        guard let first = biggest.first, let start = lines.firstIndex(of: first) else { return nil }
        return paragraph(from: start, lines: lines, sameSize: true)
    }

    /// A heading and the lines that continue it closely below.
    private func paragraph(from start: Int, lines: [Line], sameSize: Bool = false) -> String {
        var parts = [TextTools.squash(lines[start].text)]
        var j = start + 1
        while j < lines.count, j < start + 4, lines[j].page == lines[j - 1].page,
            lines[j].bbox.y0 - lines[j - 1].bbox.y1 < lines[j - 1].bbox.height * 0.6,
            !sameSize || abs(lines[j].fontSize - lines[start].fontSize) < 0.5,
            lines[j].bold == lines[start].bold
        {
            parts.append(TextTools.squash(lines[j].text))
            j += 1
        }
        return TextTools.join(parts)
    }

    /// Names under an "Authors" / "Report Author(s):" heading: the part before the first comma.
    func authors(in lines: [Line]) -> [String] {
        var names: [String] = []
        for (i, line) in lines.enumerated() {
            let text = TextTools.squash(line.segments.first?.text ?? "")
            guard let g = DocumentSplitter.authorsHeading.groups(in: text) else { continue }
            var values: [String] = []
            if let same = g[1], !same.isEmpty { values.append(same) }
            var j = i + 1
            while values.count < 6, j < lines.count, lines[j].page == line.page || j == i + 1 {
                let t = TextTools.squash(lines[j].segments.first?.text ?? "")
                if t.isEmpty || t.lowercased().hasPrefix("contact") || t.lowercased().hasPrefix("tel") || t.contains("@")
                    || lines[j].bbox.y0 - lines[j - 1].bbox.y1 > max(lines[j - 1].bbox.height, 10) * 2.5 || DocumentSplitter.appendixHeading.matches(t)
                    || t.lowercased().hasPrefix("appendices")
                { break }
                values.append(t)
                j += 1
            }
            for value in values {
                let name = value.split(separator: ",").first.map { TextTools.squash(String($0)) } ?? ""
                let stripped = name.replacingOccurrences(of: #"^(?:name(?:\s+and\s+job\s+title)?\s*:\s*)"#, with: "", options: [.regularExpression, .caseInsensitive])
                let words = stripped.split(separator: " ")
                if words.count >= 2 && words.count <= 5 && words.allSatisfy({ $0.first?.isUppercase ?? false }) && !names.contains(stripped) {
                    names.append(stripped)
                }
            }
        }
        return names
    }
}
