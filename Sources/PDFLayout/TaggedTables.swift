import LayoutModel
import PopplerInterface

extension PDFDocument {
    /// The tables of the structure tree, in document order; empty for an untagged PDF.
    /// Walks at most `limit` elements, so a huge or looping tree cannot hold the pass up.
    ///
    /// Read through poppler's core library: the text of every cell on a page comes from the
    /// page's text pass (with the default limit, for pages read before), or from one
    /// interpreting pass over that page. (poppler-glib's `poppler_structure_element_get_text`
    /// interprets the page again for every marked-content item: on a tagged election notice
    /// of 19 pages that was 3.5 seconds, 95% of the whole conversion.)
    public func taggedTables(limit: Int = Int(AGENDAPACK_TAGGED_DEFAULT_LIMIT)) -> [TaggedTable] {
        guard let core = coreDocument() else { return [] }
        var count = 0
        let entries = agendapack_vector_tagged_tables(core, limit, &count)
        keepNewMessages(page: nil, earlier: treeMessages)
        treeMessages = []
        guard let entries else { return [] }
        defer { agendapack_vector_tagged_free(entries, count) }
        var tables: [TaggedTable] = []
        for i in 0..<count {
            let entry = entries[i]
            switch Int32(entry.kind) {
            case Int32(AGENDAPACK_TAGGED_TABLE):
                tables.append(TaggedTable(page: entry.page > 0 ? Int(entry.page) : nil, rows: []))
            case Int32(AGENDAPACK_TAGGED_ROW):
                guard !tables.isEmpty else { continue }
                tables[tables.count - 1].rows.append([])
            default:
                guard !tables.isEmpty, !tables[tables.count - 1].rows.isEmpty else { continue }
                let raw = entry.text.map { String(cString: $0) } ?? ""
                let text = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                let t = tables.count - 1, r = tables[t].rows.count - 1
                tables[t].rows[r].append(TaggedTable.Cell(text: text, header: Int32(entry.kind) == Int32(AGENDAPACK_TAGGED_HEADER)))
            }
        }
        return tables
    }
}
