import Foundation
import LayoutModel

/// The printed number, letter or bullet that opens a list item or numbered paragraph.
///
/// Grammar (at the start of a line, or as the line's whole first segment):
///
///     label   = "(" token ")" | token ")" | token "." | decimal | bullet
///     token   = the shared label token (`LabelToken`) under `LabelToken.Policy.list`:
///               digit{1,2} | letter | roman       roman = [ivx]{1,5}, either case
///     decimal = digit{1,2} ("." digit{1,2})+ "."?     "2.1", "7.1.", "4.2.18."
///     bullet  = "•" | "●" | "▪" | "◦" | "-" | "–" | "✓" | "✔"
///     section = "Section" digit{1,2} "."              in resolutions: "Section 1."
///
/// A bare integer ("3 Background") is a label only when it is a segment of its own,
/// so that wrapped text starting with a number ("25 section of the ...") is not cut.
/// Excerpt (Coventry briefing note, 21 July 2016): `2.1 The ... are recommended to:` then
/// `1) Consider the content of the briefing note and appendices`.
package struct ListLabel: Sendable, Hashable {
    package enum Form: Sendable, Hashable { case parenthesised, closingParen, dot, decimal, bare, bullet, section }

    /// Kinds of token a label can be read as: "i" is both a letter and a roman numeral.
    package enum TokenClass: Sendable, Hashable { case number, letter, roman, bullet, decimal(depth: Int) }

    /// The label as printed, e.g. "(1)", "2.1", "A)".
    package var printed: String
    package var form: Form
    package var classes: Set<TokenClass>
    /// The token without its punctuation: "1", "a", "2.1".
    package var token: String

    /// The label a record carries: as printed, except that a decimal number loses the
    /// full stop after it ("7.1." gives "7.1", as "2.1" is printed elsewhere).
    package var recordLabel: String { form == .decimal ? token : printed }

    /// The first number of a decimal or numeric label: 2 for "2.1" and for "2".
    package var leadingNumber: Int? {
        Int(token.split(separator: ".").first.map(String.init) ?? "")
    }

    /// The token's readings in the sequence model shared with the agenda labels
    /// (`LabelSequence`): "ii" is roman two, "i" the ninth letter or roman one.
    package var readings: [LabelSequence.Reading] { LabelSequence.readings(of: token) }

    /// Whether this label is the next entry after `previous` in one list: the same style
    /// and the next ordinal of a shared reading ("(b)" after "(a)", "iv." after "iii.",
    /// "2.2" after "2.1"). Bullets follow bullets of the same style.
    package func follows(_ previous: ListLabel) -> Bool {
        guard sameStyle(as: previous) else { return false }
        switch form {
        case .bullet: return printed == previous.printed
        case .decimal:
            let parts = token.split(separator: "."), before = previous.token.split(separator: ".")
            guard parts.count == before.count, parts.dropLast() == before.dropLast() else { return false }
            return LabelSequence.follows(String(parts.last!), after: String(before.last!)) != nil
        default: return LabelSequence.follows(token, after: previous.token) != nil
        }
    }

    /// Whether two labels belong to the same list: same punctuation and a shared token class.
    package func sameStyle(as other: ListLabel) -> Bool {
        let forms: Set<Form> = [form, other.form]
        let formsMatch = form == other.form || forms == [.decimal, .bare] && classes.contains(.number) == other.classes.contains(.number)
        guard formsMatch else { return false }
        if form == .decimal || other.form == .decimal { return classes == other.classes }
        return !classes.isDisjoint(with: other.classes)
    }

    /// Reads a label from printed text that is nothing but the label.
    package init?(whole text: String) {
        let text = text.trimmingWhitespace()
        guard let first = text.first, text.dropFirst(12).isEmpty else { return nil }
        if ListLabel.bullets.contains(text) {
            self.init(printed: text, form: .bullet, classes: [.bullet], token: text)
            return
        }
        // Settle most words before any pattern: a label opens with a digit or "(", or is a
        // letter or roman numeral of at most five characters and its punctuation, or "Section".
        let isSection = text.hasPrefix("Section") || text.hasPrefix("SECTION")
        guard first.isASCII, first.isNumber || first == "(" || (first.isLetter && (text.dropFirst(6).isEmpty || isSection)) else { return nil }
        if first.isNumber, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard text.count <= 2 else { return nil }
            self.init(printed: text, form: .bare, classes: [.number], token: text)
            return
        }
        if first.isNumber, let groups = Self.wholeDecimal.groups(in: text), let token = groups[1] {
            let depth = token.split(separator: ".").count
            self.init(printed: text, form: .decimal, classes: [.decimal(depth: depth)], token: token)
            return
        }
        if isSection, let groups = Self.wholeSection.groups(in: text), let token = groups[1] {
            self.init(printed: text, form: .section, classes: [.number], token: token)
            return
        }
        // One token, by the lexer the outline labels share, under the list's policy (one
        // part, two digits, any i/v/x run as a roman numeral), in its frame.
        if first == "(" {
            guard let (token, rest) = LabelToken.lex(text.dropFirst(), policy: .list), rest == ")" else { return nil }
            self.init(printed: text, form: .parenthesised, token: token.text)
            return
        }
        guard let (token, rest) = LabelToken.lex(Substring(text), policy: .list), rest == ")" || rest == "." else { return nil }
        self.init(printed: text, form: rest == ")" ? .closingParen : .dot, token: token.text)
    }

    private init(printed: String, form: Form, token: String) {
        var classes: Set<TokenClass> = []
        if token.allSatisfy(\.isNumber) { classes.insert(.number) }
        if token.count == 1, token.allSatisfy(\.isLetter) { classes.insert(.letter) }
        if token.lowercased().allSatisfy({ "ivx".contains($0) }) { classes.insert(.roman) }
        self.init(printed: printed, form: form, classes: classes, token: token)
    }

    private init(printed: String, form: Form, classes: Set<TokenClass>, token: String) {
        self.printed = printed
        self.form = form
        self.classes = classes
        self.token = token
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let wholeDecimal = Patterns.make(#"^(\d{1,2}(?:\.\d{1,2})+)\.?$"#, caseInsensitive: false)
    private static let wholeSection = Patterns.make(#"^(?:Section|SECTION)\s+(\d{1,2})\.?$"#, caseInsensitive: false)
    /// Label openings of a line, tried in order; group 1 is the label.
    private static let openings = [
        #"^(\d{1,2}(?:\.\d{1,2})+\.?)\s+"#,
        #"^((?:Section|SECTION)\s+\d{1,2}\.)\s+"#,
        #"^(\((?:[0-9]{1,2}|[A-Za-z]|[ivxIVX]{1,5})\))\s*"#,
        #"^((?:[0-9]{1,2}|[A-Za-z]|[ivxIVX]{1,5})[.)])\s+"#,
    ].map { Patterns.make($0, caseInsensitive: false) }

    package static let bullets: Set<String> = ["•", "●", "▪", "◦", "‣", "∙", "-", "–", "—", "✓", "✔", "➢", "§"]

    /// Splits a line into its opening label and the rest of its text, or nil when it has none.
    package static func split(_ line: Line) -> (label: ListLabel, rest: String)? {
        if line.segments.count >= 2, let label = ListLabel(whole: line.segments[0].text) {
            let rest = line.segments.dropFirst().map(\.text).joined(separator: " ")
            return (label, rest.trimmingWhitespace())
        }
        return split(line.text)
    }

    /// Splits plain text into its opening label and the rest; a bare integer is not taken here.
    package static func split(_ text: String) -> (label: ListLabel, rest: String)? {
        // Lines come trimmed from the layout: trim (costly in Foundation) only when needed.
        let text = text.first?.isWhitespace == false && text.last?.isWhitespace == false ? text : text.trimmingWhitespace()
        guard let first = text.first else { return nil }
        // Most lines open with a word: settle those before any pattern is run.
        let second = text.dropFirst().first
        guard first.isNumber || first == "(" || bullets.contains(String(first)) || second == "." || second == ")"
            || (second?.isLetter == true && (text.hasPrefix("Section ") || text.hasPrefix("SECTION ") || "ivxIVX".contains(first)))
        else { return nil }
        if text.dropFirst().first?.isWhitespace == true, let bullet = ListLabel(whole: String(first)), bullet.form == .bullet {
            return (bullet, String(text.dropFirst()).trimmingWhitespace())
        }
        let whole = NSRange(text.startIndex..., in: text)
        for pattern in openings {
            guard let match = pattern.firstMatch(in: text, range: whole), let matched = Range(match.range, in: text),
                let printed = Range(match.range(at: 1), in: text), let label = ListLabel(whole: String(text[printed]))
            else { continue }
            let rest = String(text[matched.upperBound...])
            guard !rest.isEmpty else { return nil }
            // "(m)In February" has no space; "(1)" glued to a lowercase word is not a label.
            if text[matched].last == ")", let next = rest.first, !next.isUppercase, !next.isNumber {
                continue
            }
            return (label, rest)
        }
        return nil
    }
}
