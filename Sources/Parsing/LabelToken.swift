/// The token of a printed label, read by the one lexer that the list labels (`ListLabel`)
/// and the agenda labels (`OutlineLabel`) share; each context states what it accepts in a
/// `Policy`, and reads the token's parts with the sequence model (`LabelSequence`).
///
///     token   = part (sep part)*                 "7", "5.1", "V.A", "4A", "4-A", "12.3.1"
///     part    = digits | letters                 digits up to `maxDigits`; letters: one
///                                                letter or a roman numeral (see `Policy.Romans`)
///     sep     = "." | "-" | ""   ("" only between digits and one letter: "4A", "10b");
///               "." or "-" only before a short part ("V.A", "5.1"), not a word
///     minute  = year ("-" | "/") digit{2,4} | digit{1,3} "/" digit{2}   "2020-038", "72/15"
///
/// The lexer reads the token only: the frame around it ("(a)", "3.", "Item 5") is the
/// context's. It stops before anything it cannot take, and gives nil where the start cannot
/// be a token at all (a word, a long number).
package struct LabelToken: Sendable, Hashable {
    package struct Part: Sendable, Hashable {
        package var text: String
        /// The part's kinds in the sequence model ("I": a letter and a roman numeral).
        package var kinds: [LabelSequence.Kind]
        /// The part's value in each of its kinds ("I": 9 as a letter, 1 as a roman numeral).
        package func value(as kind: LabelSequence.Kind) -> Int? { LabelSequence.ordinal(of: text, as: kind) }
    }

    /// What a context accepts.
    package struct Policy: Sendable, Hashable {
        package enum Romans: Sendable, Hashable {
            /// I…XXXIX, canonical, in one case (`LabelSequence.romanValue`): an outline's
            /// "IV" is roman four, its "IIII" no label.
            case canonical
            /// Any run of i, v and x up to five letters, either case, as lists print them.
            case anyIVX
        }
        /// Parts at most: 4 in an outline ("12.3.1.4"), 1 in a list (its decimals are its own).
        package var maxParts: Int
        /// Digits of a number part at most.
        package var maxDigits: Int
        package var romans: Romans
        /// Whether a minute or resolution number ("2020-038", "72/15") is a token.
        package var minuteNumbers: Bool

        /// Agenda entries (`OutlineLabel`).
        package static let outline = Policy(maxParts: 4, maxDigits: 3, romans: .canonical, minuteNumbers: true)
        /// List items (`ListLabel`): "(a)", "iv.", "12)".
        package static let list = Policy(maxParts: 1, maxDigits: 2, romans: .anyIVX, minuteNumbers: false)
    }

    package var parts: [Part]
    /// A minute or resolution number carrying a year or series ("2020-038", "72/15").
    package var isMinuteNumber: Bool
    /// The token as printed, its parts and separators.
    package var text: String

    /// Reads the token at the start of `s`; gives it and what follows it.
    package static func lex(_ s: Substring, policy: Policy) -> (token: LabelToken, rest: Substring)? {
        let start = s.startIndex
        var s = s
        var parts: [Part] = []
        var minute = false
        while parts.count < policy.maxParts {
            guard let c = s.first, c.isASCII else { break }
            if c.isNumber {
                let digits = s.prefix { $0.isASCII && $0.isNumber }
                // A year and a serial: "2020-038", "2019/14".
                if policy.minuteNumbers, parts.isEmpty, digits.count == 4, let y = Int(digits), (1900...2099).contains(y) {
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
                guard digits.count <= policy.maxDigits else { return nil }
                // "72/15": a minute number and its year.
                if policy.minuteNumbers, parts.isEmpty, s.dropFirst(digits.count).first == "/" {
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
                switch policy.romans {
                case .anyIVX:
                    guard word.count == 1 || word.count <= 5 && word.allSatisfy({ "ivxIVX".contains($0) }) else { return nil }
                    parts.append(Part(text: word, kinds: kinds))
                    s = s.dropFirst(word.count)
                case .canonical:
                    // "VA" (roman then letter) is two parts.
                    if kinds.isEmpty, word.count == 2, parts.isEmpty, let r = LabelSequence.romanValue(String(word.dropLast())), r > 0,
                        word == word.uppercased(), let last = word.last, policy.maxParts >= 2
                    {
                        parts.append(Part(text: String(word.dropLast()), kinds: [.upperRoman]))
                        parts.append(Part(text: String(last), kinds: [.upperLetter]))
                        s = s.dropFirst(2)
                    } else {
                        guard !kinds.isEmpty else { return nil }
                        parts.append(Part(text: word, kinds: kinds))
                        s = s.dropFirst(word.count)
                    }
                }
            } else {
                break
            }
            // Between parts: "." or "-" followed by another part, or digits then a letter.
            guard parts.count < policy.maxParts, let next = s.first else { break }
            if next == "." || next == "-" {
                let after = s.dropFirst()
                guard let a = after.first, a.isASCII, a.isNumber || a.isLetter else { break }
                // "A.B" goes on only where the next part is short ("V.A", "5.1"), not a word.
                let run = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
                let tail = after.dropFirst(run.count).first
                guard run.count <= 3, tail == nil || tail == "." || tail == " " || tail == ")" || tail == "-" || tail == ":" else { break }
                if a.isLetter, run.count > 1, LabelSequence.romanValue(String(run)) == nil { break }
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
        return (LabelToken(parts: parts, isMinuteNumber: minute, text: String(s.base[start..<s.startIndex])), s)
    }
}
