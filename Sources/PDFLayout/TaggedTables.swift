import CPoppler

/// A table as a tagged PDF's structure tree declares it (Table / TR / TH / TD), with no
/// positions: the producer's own account of which text is a table and which cells are
/// headings, used as evidence next to what the layout shows.
public struct TaggedTable: Sendable, Hashable {
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var header: Bool
        public init(text: String, header: Bool) {
            self.text = text
            self.header = header
        }
    }
    /// 1-based page of the table element, when the tree says.
    public var page: Int?
    public var rows: [[Cell]]
    public init(page: Int?, rows: [[Cell]]) {
        self.page = page
        self.rows = rows
    }
}

extension PDFDocument {
    /// The tables of the structure tree, in document order; empty for an untagged PDF.
    /// Walks at most `limit` elements, so a huge or looping tree cannot hold the pass up.
    public func taggedTables(limit: Int = 200_000) -> [TaggedTable] {
        guard let root = poppler_structure_element_iter_new(handle) else { return [] }
        defer { poppler_structure_element_iter_free(root) }
        var tables: [TaggedTable] = []
        var visited = 0

        func text(_ element: OpaquePointer) -> String {
            guard let raw = poppler_structure_element_get_text(element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE) else { return "" }
            defer { g_free(raw) }
            return String(cString: raw).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }

        /// Rows under a table element (directly, or inside THead/TBody/TFoot).
        func rows(_ iter: OpaquePointer) -> [[TaggedTable.Cell]] {
            var out: [[TaggedTable.Cell]] = []
            repeat {
                visited += 1
                guard visited < limit, let element = poppler_structure_element_iter_get_element(iter) else { break }
                defer { g_object_unref(UnsafeMutableRawPointer(element)) }
                let kind = poppler_structure_element_get_kind(element)
                guard let child = poppler_structure_element_iter_get_child(iter) else { continue }
                defer { poppler_structure_element_iter_free(child) }
                if kind == POPPLER_STRUCTURE_ELEMENT_TABLE_ROW {
                    var cells: [TaggedTable.Cell] = []
                    repeat {
                        visited += 1
                        guard visited < limit, let cell = poppler_structure_element_iter_get_element(child) else { break }
                        defer { g_object_unref(UnsafeMutableRawPointer(cell)) }
                        let cellKind = poppler_structure_element_get_kind(cell)
                        if cellKind == POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING || cellKind == POPPLER_STRUCTURE_ELEMENT_TABLE_DATA {
                            cells.append(TaggedTable.Cell(text: text(cell), header: cellKind == POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING))
                        }
                    } while poppler_structure_element_iter_next(child) != 0
                    out.append(cells)
                } else if kind == POPPLER_STRUCTURE_ELEMENT_TABLE_HEADER || kind == POPPLER_STRUCTURE_ELEMENT_TABLE_BODY
                    || kind == POPPLER_STRUCTURE_ELEMENT_TABLE_FOOTER
                {
                    out += rows(child)
                }
            } while poppler_structure_element_iter_next(iter) != 0
            return out
        }

        func walk(_ iter: OpaquePointer, depth: Int) {
            repeat {
                visited += 1
                guard visited < limit, depth < 64, let element = poppler_structure_element_iter_get_element(iter) else { return }
                defer { g_object_unref(UnsafeMutableRawPointer(element)) }
                let child = poppler_structure_element_iter_get_child(iter)
                defer { if let child { poppler_structure_element_iter_free(child) } }
                if poppler_structure_element_get_kind(element) == POPPLER_STRUCTURE_ELEMENT_TABLE {
                    let page = Int(poppler_structure_element_get_page(element))
                    tables.append(TaggedTable(page: page >= 0 ? page + 1 : nil, rows: child.map(rows) ?? []))
                } else if let child {
                    walk(child, depth: depth + 1)
                }
            } while poppler_structure_element_iter_next(iter) != 0
        }
        walk(root, depth: 0)
        _ = PopplerLog.drain()
        return tables
    }
}
