import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// The last stage: the records of the stages put together. The ids are numbered here, in
/// one place (documents `doc-N` in page order, recommendations `rec-N` in reading order,
/// dates `date-N`; agenda items keep the ids their printed numbers give, tables the `tbl-N`
/// of `TablePass.finish`, which `agendapack tables` shows too),
/// records are linked to their document and item, pages get their records, and the pack
/// is cross-checked. Diagnostics come out in the order the stages ran.
struct Assemble {
    package struct Result {
        package var meeting: Meeting?
        package var pages: [PageRecord]
        package var agendaItems: [AgendaItemRecord]
        package var documents: [DocumentRecord]
        package var recommendations: [RecommendationRecord]
        package var tables: [TableRecord]
        package var dates: [DateRecord]
        package var diagnostics: [Diagnostic]
    }

    package func run(pages: [PageText], furniture: FurnitureStage.Result, agenda: AgendaStage.Result, documents documentStage: DocumentStage.Result,
             items itemStage: MinutesItemsStage.Result, recommendations: RecommendationStage.Result, tables tableStage: TableStage.Result,
             dates: DateStage.Result) -> Result
    {
        // Documents, numbered in page order; each item lists its documents.
        var documents = documentStage.documents
        for i in documents.indices { documents[i].id = Assemble.documentId(i) }
        var items = itemStage.items
        for i in items.indices {
            items[i].documents = documents.filter { $0.agendaItem == items[i].id }.map(\.id)
        }
        func document(on page: Int) -> DocumentRecord? {
            documents.first { $0.firstPage <= page && page <= $0.lastPage }
        }

        let (pageRecords, pageDiagnostics) = Assemble.pageRecords(pages: pages, furniture: furniture.pages, documents: documents)

        // Recommendations of each document, then a tracker table's rows, in reading order.
        var recs: [RecommendationRecord] = []
        for (doc, records) in zip(documents, recommendations.byDocument) {
            for var record in records {
                record.document = doc.id
                record.agendaItem = doc.agendaItem
                recs.append(record)
            }
        }
        var tables = tableStage.tables
        for i in tables.indices {
            let doc = document(on: tables[i].page)
            tables[i].document = doc?.id
            tables[i].agendaItem = doc?.agendaItem
            for var record in tableStage.trackerRecords[i] {
                record.document = doc?.id
                record.agendaItem = doc?.agendaItem
                recs.append(record)
            }
        }
        recs = Assemble.readingOrder(recs)
        for i in recs.indices { recs[i].id = "rec-\(i + 1)" }

        var dateRecords = dates.dates.map(\.record)
        for (i, dated) in dates.dates.enumerated() {
            dateRecords[i].id = "date-\(i + 1)"
            dateRecords[i].document = dated.document.map(Assemble.documentId)
        }

        var checks = Assemble.crossCheck(items: items, furniture: furniture.pages, labels: furniture.labels)
        if items.isEmpty {
            // Say what the PDF is, since it is not an agenda: nothing is invented to fill the gap.
            let parts = documents.map { "\($0.kind.rawValue.replacingOccurrences(of: "_", with: " ")) (pages \($0.firstPage)-\($0.lastPage))" }
            let blank = furniture.pages.filter(\.blank).count
            checks.append(Diagnostic(.info, "no-agenda",
                "no numbered agenda found; the PDF reads as " + (parts.isEmpty ? "no text" : parts.joined(separator: ", "))
                + (blank > 0 ? "; \(blank) blank or image-only page(s)" : "")))
        }

        let diagnostics = furniture.diagnostics + agenda.diagnostics + documentStage.diagnostics + itemStage.diagnostics + pageDiagnostics
            + recommendations.diagnostics + tableStage.diagnostics + checks + dates.diagnostics
        return Result(meeting: agenda.meeting, pages: pageRecords, agendaItems: items, documents: documents, recommendations: recs,
                      tables: tables, dates: dateRecords, diagnostics: diagnostics)
    }

    /// The id of the document at `index` in page order.
    static func documentId(_ index: Int) -> String { "doc-\(index + 1)" }

    /// Reading order: by page, then position on the page (records without a box last), then as found.
    static func readingOrder(_ records: [RecommendationRecord]) -> [RecommendationRecord] {
        records.enumerated().sorted { a, b in
            (a.element.page, a.element.bbox?.y0 ?? .infinity, a.offset) < (b.element.page, b.element.bbox?.y0 ?? .infinity, b.offset)
        }.map(\.element)
    }

    /// One record per page, with its document. A page poppler could not give has no size: it
    /// takes its nearest neighbour's, with a diagnostic.
    static func pageRecords(pages: [PageText], furniture: [FurnitureDetector.PageResult], documents: [DocumentRecord]) -> ([PageRecord], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let sized = pages.filter { $0.info.width > 0 && $0.info.height > 0 }.map(\.info)
        let records = furniture.map { result in
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
        return (records, diagnostics)
    }

    /// Printed ranges that overlap or leave pages out, items whose pages are all blank, and
    /// gaps in the "Page N" sequence.
    static func crossCheck(items: [AgendaItemRecord], furniture: [FurnitureDetector.PageResult], labels: PageLabels) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
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
        return diagnostics
    }
}
