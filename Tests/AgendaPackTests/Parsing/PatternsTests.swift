import Foundation
@testable import Parsing
import Testing

@Suite("Patterns: groups read by name")
struct PatternsTests {
    static let range = Patterns.make(#"\(?\bpages?\s+(?<first>\d{1,4})(?:\s*-\s*(?<last>\d{1,4}))?\s*\)?"#)

    @Test("A named group gives its text; the whole match its range")
    func named() throws {
        let text = "Minutes (Pages 3 - 6)"
        let m = try #require(Self.range.match(in: text))
        #expect(m["first"] == "3")
        #expect(m["last"] == "6")
        #expect(m.range.map { String(text[$0]) } == "(Pages 3 - 6)")
        #expect(m.range("last").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 19)
    }

    @Test("A group that took no part in the match is nil")
    func absent() throws {
        let m = try #require(Self.range.match(in: "Report (Page 5)"))
        #expect(m["first"] == "5")
        #expect(m["last"] == nil)
        #expect(m.range("last") == nil)
    }

    @Test("No match is nil; named groups are numbered too")
    func noMatchAndNumbers() {
        #expect(Self.range.match(in: "Apologies") == nil)
        #expect(Self.range.groups(in: "(Pages 7 - 50)")?[1...2].map { $0 } == ["7", "50"])
    }

    @Test("Groups read past characters outside the BMP and accents")
    func unicode() throws {
        let pattern = Patterns.make(#"^(?<label>\S+)\s*:\s*(?<value>.*)$"#)
        let m = try #require(pattern.match(in: "Lieu📍 : salle du Conseil, Mairie de Sées"))
        #expect(m["label"] == "Lieu📍")
        #expect(m["value"] == "salle du Conseil, Mairie de Sées")
    }
}
