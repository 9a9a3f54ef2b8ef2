import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// Runs the stages over a pack's pages, in order, and puts their records into the pack.
/// Pure: pages in, records out. Each stage takes plain values (pages, lines, earlier
/// stages' results) and returns its records and its diagnostics; `Assemble` numbers the
/// ids, links the records and cross-checks them.
public struct PackAssembler {
    public let pages: [PageText]
    /// The tables of `TablePass.finish`: joined over pages, numbered, tagged evidence
    /// applied (documents and items not set).
    public let tables: [TableRecord]
    /// The table pass's diagnostics (a declared table the layout did not show).
    public let tableDiagnostics: [Diagnostic]

    public init(pages: [PageText], tables: [TableRecord] = [], tableDiagnostics: [Diagnostic] = []) {
        self.pages = pages
        self.tables = tables
        self.tableDiagnostics = tableDiagnostics
    }

    public func run(into pack: inout PackDocument) {
        let tableAreas = AgendaStage.areas(of: tables)
        let furniture = FurnitureStage().run(pages)
        // Numeric dates are read day-first or month-first by the paper and what the pack prints.
        let paperContext = DateStage.context(of: pages, lines: furniture.lines)
        let agenda = AgendaStage(tableAreas: tableAreas).run(furniture, context: paperContext)
        // From here on, dates without a year are read against the meeting's date.
        let context = DateContext(convention: paperContext.convention, reference: agenda.meetingDate, language: paperContext.language)
        let documents = DocumentStage().run(furniture, frontSheet: agenda.frontSheet, items: agenda.items, meeting: agenda.meeting, context: context)
        let items = MinutesItemsStage(tableAreas: tableAreas).run(agendaItems: agenda.items, documents: documents.documents, furniture: furniture)
        let recommendations = RecommendationStage().run(documents: documents.documents, lines: furniture.lines)
        let found = TableStage().run(tables: tables, diagnostics: tableDiagnostics, agendaTable: agenda.agendaTable)
        let dates = DateStage().run(furniture.pages, documents: documents.documents, context: context)
        let assembled = Assemble().run(pages: pages, furniture: furniture, agenda: agenda, documents: documents, items: items,
                                       recommendations: recommendations, tables: found, dates: dates)

        pack.meeting = assembled.meeting
        pack.pages = assembled.pages
        pack.agendaItems = assembled.agendaItems
        pack.documents = assembled.documents
        pack.recommendations = assembled.recommendations
        pack.tables = assembled.tables
        pack.dates = assembled.dates
        pack.diagnostics = assembled.diagnostics
    }
}
