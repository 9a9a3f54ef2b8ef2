import Contract
import Dates
import LayoutModel
import Parsing

/// The printed label that opens an agenda entry: a number, letter or roman numeral with
/// its punctuation, alone or after a word such as "Item".
///
/// Grammar (at the start of a line):
///
///     label     = [prefix] ["("] token [frame]
///     prefix    = "Item" | "Agenda Item" | "Point" | "Article" | "Item No."     (any case)
///     token     = the shared label token (`LabelToken`) under `LabelToken.Policy.outline`:
///                 up to four parts "7", "5.1", "V.A", "4A", "12.3.1"; digit{1,3}; roman
///                 I…XXXIX canonical in either case; minute numbers "2020-038", "72/15"
///     frame     = "." | ")" | ":" | "/" | ".)" | " – " | " : "   "(a)" closes its own parenthesis
///
/// A label of one part without punctuation ("3 Budget") is read only where the layout sets
/// it apart (its own segment) or a prefix word names it ("Item 3 Budget"), so that a line of
/// wrapped text starting with a number is not cut. One letter is both a letter and a
/// roman numeral ("I" after "H", or before "II"); the outline decides which, by the
/// sequence model the list labels share (`LabelSequence`).
package struct OutlineLabel: Sendable, Hashable {
    /// How a part counts: the kinds of the shared sequence model (`LabelSequence`).
    package typealias PartKind = LabelSequence.Kind

    /// A part of the token, as the shared lexer reads it (`LabelToken`).
    package typealias Part = LabelToken.Part

    package enum Frame: String, Sendable, Hashable { case dot = ".", closingParen = ")", parenthesised = "()", colon = ":", slash = "/", dash = "–", bare = "" }

    /// The parts of the token: ["V", "A"] for "V.A", ["4", "A"] for "4A".
    package var parts: [Part]
    package var frame: Frame
    /// "item" / "agenda item" / "point" / "article", lower case, or nil.
    package var prefix: String?
    /// A minute or resolution number carrying a year or series ("2020-038", "72/15").
    var isMinuteNumber: Bool
    /// The label as printed, without the text after it.
    package var printed: String
    /// The text after the label.
    package var rest: String

    /// The token as the record's number: parts joined by "." except a letter straight after
    /// digits ("4A"), minute numbers as printed.
    package var number: String {
        if isMinuteNumber { return parts.map(\.text).joined(separator: "-") }
        var out = ""
        for (i, part) in parts.enumerated() {
            if i > 0 {
                let previousIsNumber = parts[i - 1].kinds == [.number]
                let isLetter = part.kinds.contains(.upperLetter) || part.kinds.contains(.lowerLetter)
                if !(previousIsNumber && isLetter && part.text.count == 1) { out += "." }
            }
            out += part.text
        }
        return out
    }

    // MARK: Reading

    static let prefixes = ["agenda item no.", "agenda item", "item no.", "item", "point", "article"]

    /// Reads a label from the start of `text` (already squashed). `ownSegment` says that the
    /// first segment of the line is the label alone (so a bare number counts).
    package init?(_ text: String, firstSegment: String? = nil) {
        var s = Substring(text)
        var prefix: String? = nil
        let lower = text.prefix(16).lowercased()
        for p in OutlineLabel.prefixes where lower.hasPrefix(p + " ") {
            prefix = p.replacingOccurrences(of: " no.", with: "")
            s = s.dropFirst(p.count).drop { $0 == " " }
            break
        }
        let start = s.startIndex
        var opened = false
        if s.first == "(" {
            opened = true
            s = s.dropFirst()
        }
        // The token, by the lexer the list labels share, under the outline's policy
        // (canonical roman numerals, up to four parts, minute numbers).
        guard let (token, after) = LabelToken.lex(s, policy: .outline) else { return nil }
        let parts = token.parts, minute = token.isMinuteNumber
        s = after
        // Frame.
        var frame = Frame.bare
        if opened {
            guard s.first == ")" else { return nil }
            frame = .parenthesised
            s = s.dropFirst()
        } else if let spaced = OutlineLabel.spacedFrame(s) {
            // French and typewritten frames set apart by spaces: "1 – FINANCES", "1-1 : Subventions".
            frame = spaced.frame
            s = s.dropFirst(spaced.length)
        } else if let f = s.first {
            switch f {
            case ".": frame = .dot; s = s.dropFirst(); if s.first == ")" { s = s.dropFirst() }
            case ")": frame = .closingParen; s = s.dropFirst()
            case ":": frame = .colon; s = s.dropFirst()
            case "/": frame = .slash; s = s.dropFirst()
            case "-", "–": frame = .dash; s = s.dropFirst()
            default: break
            }
        }
        let printed = String(text[text.startIndex..<s.startIndex]).trimmingWhitespace()
        let label = String(text[start..<s.startIndex])
        // After the label: white space and the text, or nothing.
        if let f = s.first, f != " " { return nil }
        let rest = String(s.drop { $0 == " " })
        // A bare label needs the layout or a prefix word to say it is one; so does a lone
        // multi-letter word that could be text ("DC", "MIX").
        if frame == .bare && prefix == nil && !minute && parts.count < 2 {
            guard let firstSegment, firstSegment.trimmingWhitespace() == label.trimmingWhitespace() else { return nil }
        }
        if frame == .colon && prefix == nil && !minute && parts.count == 1 && parts[0].kinds != [.number] { return nil }
        self.parts = parts
        self.frame = frame
        self.prefix = prefix
        self.isMinuteNumber = minute
        self.printed = printed
        self.rest = rest
    }

    /// " – ", " - ", " — " (a dash frame) or " : " (a colon set apart), with its length.
    static func spacedFrame(_ s: Substring) -> (frame: Frame, length: Int)? {
        let chars = Array(s.prefix(3))
        guard chars.count == 3, chars[0] == " ", chars[2] == " " else { return nil }
        switch chars[1] {
        case "–", "-", "—": return (.dash, 2)
        case ":": return (.colon, 2)
        default: return nil
        }
    }

    /// I…XXXIX (either case, canonical form only), else nil.
    package static func romanValue(_ s: String) -> Int? { LabelSequence.romanValue(s) }
}
