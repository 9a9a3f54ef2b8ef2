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
///     token     = part (sep part)*                 "7", "5.1", "V.A", "4A", "4-A", "12.3.1"
///     part      = digit{1,3} | roman | letter       roman = I…XXXIX in either case
///     sep       = "." | "-" | ""   ("" only between digits and a letter: "4A", "10b")
///     frame     = "." | ")" | ":" | "/" | ".)" | " – " | " : "   "(a)" closes its own parenthesis
///     minute    = year ("-" | "/") digit{2,4}        "2020-038", "2019/14", and "72/15"
///
/// A label of one part without punctuation ("3 Budget") is read only where the layout sets
/// it apart (its own segment) or a prefix word names it ("Item 3 Budget"), so that a line of
/// wrapped text starting with a number is not cut. One letter is both a letter and a
/// roman numeral ("I" after "H", or before "II"); the outline decides which, by the
/// sequence model the list labels share (`LabelSequence`).
package struct OutlineLabel: Sendable, Hashable {
    /// How a part counts: the kinds of the shared sequence model (`LabelSequence`).
    package typealias PartKind = LabelSequence.Kind

    package struct Part: Sendable, Hashable {
        package var text: String
        package var kinds: [PartKind]
        /// The part's value in each of its kinds ("I": 9 as a letter, 1 as a roman numeral).
        package func value(as kind: PartKind) -> Int? { LabelSequence.ordinal(of: text, as: kind) }
    }

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
        // Parts.
        var parts: [Part] = []
        var minute = false
        while parts.count < 4 {
            guard let c = s.first, c.isASCII else { break }
            if c.isNumber {
                let digits = s.prefix { $0.isASCII && $0.isNumber }
                // A year and a serial: "2020-038", "2019/14".
                if parts.isEmpty, digits.count == 4, let y = Int(digits), (1900...2099).contains(y) {
                    let after = s.dropFirst(4)
                    if let sep = after.first, sep == "-" || sep == "/" {
                        let serial = after.dropFirst().prefix { $0.isASCII && $0.isNumber }
                        if (2...4).contains(serial.count) {
                            parts = [Part(text: String(digits), kinds: [.number]), Part(text: String(serial), kinds: [.number])]
                            minute = true
                            s = after.dropFirst(1 + serial.count)
                            break
                        }
                    }
                    return nil
                }
                guard digits.count <= 3 else { return nil }
                // "72/15": a minute number and its year.
                if parts.isEmpty, s.dropFirst(digits.count).first == "/" {
                    let year = s.dropFirst(digits.count + 1).prefix { $0.isASCII && $0.isNumber }
                    if year.count == 2, !(s.dropFirst(digits.count + 3).first?.isNumber ?? false), s.dropFirst(digits.count + 3).first != "/" {
                        parts = [Part(text: String(digits), kinds: [.number]), Part(text: String(year), kinds: [.number])]
                        minute = true
                        s = s.dropFirst(digits.count + 3)
                        break
                    }
                }
                parts.append(Part(text: String(digits), kinds: [.number]))
                s = s.dropFirst(digits.count)
            } else if c.isLetter {
                let letters = s.prefix { $0.isASCII && $0.isLetter }
                let word = String(letters)
                let kinds = LabelSequence.kinds(of: word)
                // A letter straight after digits ("4A") or "VA" (roman then letter) are two parts.
                if kinds.isEmpty, word.count == 2, parts.isEmpty, let r = OutlineLabel.romanValue(String(word.dropLast())), r > 0,
                    word == word.uppercased(), let last = word.last
                {
                    parts.append(Part(text: String(word.dropLast()), kinds: [.upperRoman]))
                    parts.append(Part(text: String(last), kinds: [.upperLetter]))
                    s = s.dropFirst(2)
                } else {
                    guard !kinds.isEmpty else { return nil }
                    // A letter after digits is one letter only ("4A", not "4Am").
                    parts.append(Part(text: word, kinds: kinds))
                    s = s.dropFirst(word.count)
                }
            } else {
                break
            }
            // Between parts: "." or "-" followed by another part, or digits then a letter.
            guard let next = s.first else { break }
            if next == "." || next == "-" {
                let after = s.dropFirst()
                guard let a = after.first, a.isASCII, a.isNumber || a.isLetter else { break }
                // "A.B" goes on only where the next part is short ("V.A", "5.1"), not a word.
                let run = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
                let tail = after.dropFirst(run.count).first
                guard run.count <= 3, tail == nil || tail == "." || tail == " " || tail == ")" || tail == "-" || tail == ":" else { break }
                if a.isLetter, run.count > 1, OutlineLabel.romanValue(String(run)) == nil { break }
                s = after
            } else if next.isLetter, parts.last?.kinds == [.number] {
                // "4A", "10b": one letter glued to the number.
                let run = s.prefix { $0.isASCII && $0.isLetter }
                guard run.count == 1 else { break }
                continue
            } else {
                break
            }
        }
        guard !parts.isEmpty else { return nil }
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
        let printed = String(text[text.startIndex..<s.startIndex]).trimmingCharacters(in: .whitespaces)
        let label = String(text[start..<s.startIndex])
        // After the label: white space and the text, or nothing.
        if let f = s.first, f != " " { return nil }
        let rest = String(s.drop { $0 == " " })
        // A bare label needs the layout or a prefix word to say it is one; so does a lone
        // multi-letter word that could be text ("DC", "MIX").
        if frame == .bare && prefix == nil && !minute && parts.count < 2 {
            guard let firstSegment, firstSegment.trimmingCharacters(in: .whitespaces) == label.trimmingCharacters(in: .whitespaces) else { return nil }
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
