import PDFLayout

/// Finds tables without a drawn grid from the alignment of segments.
enum UnruledTableFinder {
    static func find(lines: [Line], excluding taken: Set<Int>, page: Int, pageWidth: Double) -> [PageTable] {
        []
    }
}
