@testable import Parsing
import Testing

@Suite("LabelToken: one lexer, a policy per context")
struct LabelTokenTests {
    @Test("Outline tokens: parts, what follows them", arguments: [
        ("5.1 Minutes", ["5", "1"], " Minutes"),
        ("V.A Budget", ["V", "A"], " Budget"),
        ("4A) Housing", ["4", "A"], ") Housing"),
        ("12.3.1. Parks", ["12", "3", "1"], ". Parks"),
        ("VA Roads", ["V", "A"], " Roads"),
        ("iv. Report", ["iv"], ". Report"),
    ])
    func outline(text: String, parts: [String], rest: String) throws {
        let (token, after) = try #require(LabelToken.lex(Substring(text), policy: .outline))
        #expect(token.parts.map(\.text) == parts)
        #expect(String(after) == rest)
        #expect(!token.isMinuteNumber)
    }

    @Test("Minute numbers are outline tokens only")
    func minuteNumbers() throws {
        let (token, _) = try #require(LabelToken.lex("2020-038 Budget", policy: .outline))
        #expect(token.isMinuteNumber)
        #expect(token.parts.map(\.text) == ["2020", "038"])
        #expect(LabelToken.lex("72/15 Apologies", policy: .outline)?.token.isMinuteNumber == true)
        #expect(LabelToken.lex("2020-038", policy: .list) == nil)
    }

    @Test("Roman numerals: canonical in an outline, any i/v/x run in a list")
    func romans() {
        #expect(LabelToken.lex("IIII.", policy: .outline) == nil)
        #expect(LabelToken.lex("Iv.", policy: .outline) == nil)
        #expect(LabelToken.lex("IIII.", policy: .list)?.token.text == "IIII")
        #expect(LabelToken.lex("Iv.", policy: .list)?.token.text == "Iv")
        #expect(LabelToken.lex("iviv.", policy: .list)?.token.text == "iviv")
        #expect(LabelToken.lex("ivxivx.", policy: .list) == nil)
        #expect(LabelToken.lex("ab.", policy: .list) == nil)
    }

    @Test("A list token is one part of at most two digits")
    func listToken() {
        #expect(LabelToken.lex("12)", policy: .list)?.token.text == "12")
        #expect(LabelToken.lex("123)", policy: .list) == nil)
        #expect(LabelToken.lex("123)", policy: .outline)?.token.text == "123")
        #expect(LabelToken.lex("1.2)", policy: .list).map { String($0.rest) } == ".2)")
        #expect(LabelToken.lex("4A)", policy: .list).map { String($0.rest) } == "A)")
    }

    @Test("Parts carry the readings of the sequence model")
    func readings() throws {
        let (token, _) = try #require(LabelToken.lex("I.", policy: .outline))
        #expect(token.parts[0].kinds == [.upperLetter, .upperRoman])
        #expect(token.parts[0].value(as: .upperRoman) == 1)
    }

    @Test("List labels read through the lexer keep their forms", arguments: [
        ("(a)", ListLabel.Form.parenthesised, "a"), ("iv.", .dot, "iv"), ("12)", .closingParen, "12"), ("(IIII)", .parenthesised, "IIII"),
    ])
    func listLabels(text: String, form: ListLabel.Form, token: String) throws {
        let label = try #require(ListLabel(whole: text))
        #expect(label.form == form)
        #expect(label.token == token)
    }

    @Test("Not list labels", arguments: ["(1a)", "(1.)", "1a.", "ab.", "123.", "(é)"])
    func notListLabels(text: String) {
        #expect(ListLabel(whole: text) == nil)
    }
}
