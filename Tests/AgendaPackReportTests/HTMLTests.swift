@testable import AgendaPackReport
@testable import Contract
import Foundation
@testable import LayoutModel
import Testing


@Suite("Escaping in the report's HTML")
struct HTMLTests {
    @Test("text and attribute values: markup characters become entities")
    func escape() {
        #expect(HTML.escape(#"Item 4 <b>"A & B"</b> 'x'"#) == "Item 4 &lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt; &#39;x&#39;")
        #expect(HTML.escape("Café – £5") == "Café – £5")
        #expect(HTML.escape("a\u{1}b") == "a\u{FFFD}b")
    }

    @Test("JSON in a script element cannot end it, and parses back to the same text")
    func scriptJSON() throws {
        let text = "</script><script>alert(1)</script> <!-- & \u{2028}"
        let json = try JSONSerialization.data(withJSONObject: ["text": text])
        let safe = HTML.scriptJSON(json)
        #expect(!safe.contains("<"))
        #expect(!safe.contains(">"))
        #expect(!safe.contains("\u{2028}"))
        let back = try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String]
        #expect(back?["text"] == text)
    }

    @Test("lengths in pixels have two decimals at most", arguments: [
        (12.5, "12.5"), (0, "0"), (100.256, "100.26"), (-0.001, "0"), (826.388888, "826.39"), (3, "3"),
    ])
    func px(value: Double, text: String) {
        #expect(HTML.px(value) == text)
    }

    @Test("paths in links are escaped per segment")
    func url() {
        #expect(HTML.url("a b_pages/p0001.png") == "a%20b_pages/p0001.png")
        #expect(HTML.url("x#1?.html") == "x%231%3F.html")
    }
}
