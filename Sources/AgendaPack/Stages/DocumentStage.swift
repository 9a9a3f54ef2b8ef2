import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// Stage 3: the documents of the pack, each with its kind, title, header fields, the agenda
/// item it belongs to, and for minutes their attendance and minute items.
///
/// `DocumentSplitter` finds where documents start and reads each one's first page; this
/// stage owns the decisions that need the agenda too: which item a document belongs to,
/// and its final kind (a front sheet that opens "Dear …" is a covering letter; within one
/// item, an unannounced document after the first is an appendix). Ids are given in
/// `Assemble`; here documents are known by their place in the list.
struct DocumentStage {
    package struct Result {
        /// In page order; `id` is left empty.
        package var documents: [DocumentRecord]
        package var diagnostics: [Diagnostic]
    }

    static let minutesItem = Patterns.make(#"^(?:(?:approval|confirmation|adoption)\s+of\s+(?:the\s+)?|to\s+(?:agree|approve|confirm)\s+the\s+)?minutes\b"#)

    /// `meeting`: the meeting as reported (its body names the front sheet).
    package func run(_ furniture: FurnitureStage.Result, frontSheet: ClosedRange<Int>?, items: [AgendaItemRecord], meeting: Meeting?,
             context: DateContext) -> Result
    {
        let allLines = furniture.lines
        let itemStarts = Set(items.compactMap { $0.parent == nil ? $0.pages?.first : nil })
        let drafts = DocumentSplitter().split(pages: furniture.pages, frontSheet: frontSheet, itemStarts: itemStarts,
                                              itemTitles: items.map(\.title), context: context)
        var documents: [DocumentRecord] = []
        for draft in drafts {
            var doc = DocumentRecord(
                id: "", kind: draft.kind, title: draft.title, to: draft.to, from: draft.from, subject: draft.subject,
                date: draft.date, firstPage: draft.firstPage, lastPage: draft.lastPage, authors: draft.authors, bbox: draft.bbox)
            doc.agendaItem = DocumentStage.itemByPages(draft, items: items)
            if doc.kind == .frontSheet {
                // The front sheet's title is its heading that names the meeting.
                if let body = meeting?.body, let line = allLines.first(where: { $0.page == draft.firstPage && TextTools.fold($0.text).contains(TextTools.fold(body)) && $0.fontSize >= 12 }) {
                    doc.title = TextTools.squash(line.text)
                }
                if let page = furniture.pages.first(where: { $0.page == draft.firstPage }), DocumentStage.coveringLetter(page) {
                    doc.kind = .letter
                }
            }
            if doc.kind == .minutes {
                doc.minutes = MinutesParser().parse(allLines.filter { $0.page >= draft.firstPage && $0.page <= draft.lastPage })
            }
            documents.append(doc)
        }
        DocumentStage.decideAppendices(&documents, signalled: drafts.map(\.signalled))
        DocumentStage.linkBySubject(&documents, items: items)
        return Result(documents: documents, diagnostics: [])
    }

    /// The agenda item a document belongs to by the pages: the top-level item whose printed
    /// range holds its first page, else the item its "Agenda Item N" stamp names.
    static func itemByPages(_ draft: DocumentSplitter.Draft, items: [AgendaItemRecord]) -> String? {
        if let item = items.first(where: { $0.parent == nil && $0.pages.map { $0.first <= draft.firstPage && draft.firstPage <= $0.last } ?? false }) {
            return item.id
        }
        if let stamp = draft.itemStamp, items.contains(where: { $0.id == "item-\(stamp)" }) {
            return "item-\(stamp)"
        }
        return nil
    }

    /// A front sheet that lists the items in a letter ("Dear Member") is a covering letter.
    static func coveringLetter(_ page: FurnitureDetector.PageResult) -> Bool {
        page.lines.prefix(25).contains { DocumentSplitter.letterOpening.matches(TextTools.squash($0.text)) }
    }

    /// Within one item, documents after the first that announce no kind of their own are
    /// its appendices (a report's appendices follow it in the item's pages).
    /// `signalled`: whether each document's first page announced its kind.
    static func decideAppendices(_ documents: inout [DocumentRecord], signalled: [Bool]) {
        for i in documents.indices.dropFirst() where documents[i].agendaItem != nil && documents[i].agendaItem == documents[i - 1].agendaItem {
            if (documents[i].kind == .other || documents[i].kind == .report) && signalled[i] == false {
                documents[i].kind = .appendix
            }
        }
    }

    /// Links made without printed ranges or stamps. Minutes belong to the one item that
    /// takes minutes ("Minutes", "Approval of the minutes"). When no item prints a range, a
    /// document belongs to the item whose title its subject or title repeats, and the
    /// documents after it (its attachments) follow it.
    static func linkBySubject(_ documents: inout [DocumentRecord], items: [AgendaItemRecord]) {
        let minutesItems = items.filter { DocumentStage.minutesItem.matches(TextTools.squash($0.title)) }
        if minutesItems.count == 1 {
            for i in documents.indices where documents[i].kind == .minutes && documents[i].agendaItem == nil {
                documents[i].agendaItem = minutesItems[0].id
            }
        }
        guard items.allSatisfy({ $0.printedPages == nil }) else { return }
        var current: String? = nil
        for i in documents.indices where documents[i].kind != .frontSheet && documents[i].kind != .letter {
            if documents[i].agendaItem == nil {
                let names = [documents[i].subject, documents[i].title].compactMap { $0 }
                if let item = items.first(where: { item in names.contains { DocumentStage.sameSubject($0, item.title) } }) {
                    documents[i].agendaItem = item.id
                } else {
                    documents[i].agendaItem = current
                }
            }
            current = documents[i].agendaItem ?? current
        }
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
}
