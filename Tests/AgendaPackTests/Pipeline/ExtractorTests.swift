@testable import AgendaPack
import Contract
import LayoutModel
import TestSupport
import Testing

@Suite("Extractor")
struct ExtractorTests {
    @Test("a hidden copy left out by the PDF layer is an info diagnostic of its own, not a poppler message; its words reach no record")
    func hiddenTextDiagnostic() throws {
        var page = MiniPDF.Page()
        page.text("Budget risk register", x: 72, y: 72, size: 16, font: .bold)
        page.text("ASCH", x: 25, y: 200)
        page.text("Market", x: 95, y: 200)
        page.items.append(.raw("BT 3 Tr /F0 14 Tf 1 0 0 1 25.6 \(page.height - 203) Tm (Significant Risks) Tj ET\n"))
        let path = try MiniPDF(pages: [page]).write()
        let pack = try Extractor().extract(path: path)
        let hidden = pack.diagnostics.filter { $0.code == "hidden-text" }
        #expect(hidden.count == 1)
        #expect(hidden.first?.severity == .info && hidden.first?.page == 1)
        #expect(hidden.first?.message.contains("\"Significant Risks\"") == true)
        #expect(!pack.diagnostics.contains { $0.code == "pdf-syntax" && $0.message.contains("invisible") })
        let read = try Extractor.read(path: path, password: nil)
        #expect(read.pages[0].lines.map(\.text) == ["Budget risk register", "ASCH Market"])
        #expect(!read.pages.contains { $0.lines.contains { $0.text.contains("Significant") } })
    }
}
