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

@Suite("Patterns: letters and capitals spelled from binary properties")
struct PatternSpellingTests {
    /// Every scalar of Unicode (surrogates have none), one after the other.
    static let everyScalar: String = {
        var scalars = String.UnicodeScalarView()
        for value in UInt32(0)...0x10FFFF { if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } }
        return String(scalars)
    }()

    /// The UTF-16 offsets of the scalars `pattern` matches, one scalar at a time.
    static func matched(_ pattern: String, caseInsensitive: Bool) throws -> [Int] {
        let regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        return regex.matches(in: everyScalar, range: NSRange(location: 0, length: (everyScalar as NSString).length)).map(\.range.location)
    }

    @Test("The spelled sets match exactly the scalars of the general categories, alone and in a class, in both cases",
          arguments: [(#"\p{L}"#, Patterns.letter), (#"\p{Lu}"#, Patterns.capital),
                      (#"[\p{L}'’\-]"#, #"["# + Patterns.letter + #"'’\-]"#), (#"[\p{L}\d]"#, #"["# + Patterns.letter + #"\d]"#)])
    func sameScalars(category: String, spelled: String) throws {
        for caseInsensitive in [false, true] {
            let expected = try Self.matched(category, caseInsensitive: caseInsensitive)
            #expect(expected.count > 1_000)
            #expect(try Self.matched(spelled, caseInsensitive: caseInsensitive) == expected, "\(category), case-insensitive: \(caseInsensitive)")
        }
    }

    @Test("A class of word characters matches the same scalars closed over case or not, so a case-insensitive pattern names it inside (?-i:)")
    func wordClassClosedOverCase() throws {
        let closed = try Self.matched(#"[\w'’-]"#, caseInsensitive: true)
        #expect(closed.count > 100_000)
        #expect(try Self.matched(#"(?-i:[\w'’-])"#, caseInsensitive: true) == closed)
    }

    @Test("make compiles \\p{L} and \\p{Lu} as the spelled sets; other properties stay")
    func spelling() {
        #expect(Patterns.spelled(#"^[\p{Lu}][\p{L}'’]*\s\P{L}\p{Ll}"#) == "^[" + Patterns.capital + "][" + Patterns.letter + #"'’]*\s\P{L}\p{Ll}"#)
        #expect(Patterns.spelled(#"^\d+\.$"#) == #"^\d+\.$"#)
        #expect(Patterns.spelled(#"\\p{L}\p{L}"#) == #"\\p{L}"# + Patterns.letter)
        #expect(Patterns.spelled(#"é\p{Lu}"#) == "é" + Patterns.capital)
        #expect(Patterns.spelled(#"\p{Lu"#) == #"\p{Lu"#)
        let name = Patterns.make(#"^(?:\p{Lu}[\p{L}'’\-]*\s*){1,3}$"#, caseInsensitive: false)
        #expect(name.matches("Élodie O’Brien-Smith"))
        #expect(!name.matches("élodie"))
        #expect(!name.matches("Ⅻ"))
    }
}
