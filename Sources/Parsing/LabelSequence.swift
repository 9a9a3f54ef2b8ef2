import LayoutModel

/// The sequence model shared by the label grammars (`OutlineLabel` for agenda entries,
/// `ListLabel` for list items): the kinds a label's token can be read as, its ordinal in
/// each, and what follows what.
///
///     kind    = number | upperLetter | lowerLetter | upperRoman | lowerRoman
///     number  = digits                          "7" is 7
///     letter  = one letter                      "c" is 3, "H" is 8
///     roman   = I…XXXIX, canonical, one case    "iv" is 4, "XII" is 12 ("IIII", "Iv" are not)
///
/// A token may have several readings: "i" is the ninth letter and roman one, "C" only a
/// letter, "ii" only a roman numeral. A token *follows* another when one of its readings is
/// the next ordinal of a reading of the same kind ("I" after "H" as a letter, "iv" after
/// "iii", "10" after "9"); the readings that open a sequence have ordinal 1 ("I" as roman one,
/// "a", "1").
package enum LabelSequence {
    package enum Kind: Sendable, Hashable { case number, upperLetter, lowerLetter, upperRoman, lowerRoman }

    package struct Reading: Sendable, Hashable {
        package var kind: Kind
        package var ordinal: Int
    }

    /// The kinds `token` can be read as, the plainest first (a letter before a roman numeral).
    package static func kinds(of token: String) -> [Kind] {
        guard let first = token.first, token.allSatisfy(\.isASCII) else { return [] }
        if token.allSatisfy(\.isNumber) { return [.number] }
        guard token.allSatisfy(\.isLetter) else { return [] }
        var kinds: [Kind] = []
        if token.count == 1 { kinds.append(first.isUppercase ? .upperLetter : .lowerLetter) }
        if romanValue(token) != nil, token == token.uppercased() || token == token.lowercased() {
            kinds.append(first.isUppercase ? .upperRoman : .lowerRoman)
        }
        return kinds
    }

    /// The ordinal of `token` read as `kind` ("I": 9 as a letter, 1 as a roman numeral).
    package static func ordinal(of token: String, as kind: Kind) -> Int? {
        switch kind {
        case .number: return Int(token)
        case .upperLetter, .lowerLetter:
            guard token.count == 1, let a = token.unicodeScalars.first?.value else { return nil }
            return Int(a) - (kind == .upperLetter ? 64 : 96)
        case .upperRoman, .lowerRoman: return romanValue(token)
        }
    }

    /// Every reading of `token`, in the order of `kinds(of:)`.
    package static func readings(of token: String) -> [Reading] {
        kinds(of: token).compactMap { kind in ordinal(of: token, as: kind).map { Reading(kind: kind, ordinal: $0) } }
    }

    /// The reading in which `token` follows `previous` (the next ordinal of the same kind), if any.
    package static func follows(_ token: String, after previous: String) -> Reading? {
        let before = readings(of: previous)
        return readings(of: token).first { reading in before.contains { $0.kind == reading.kind && $0.ordinal + 1 == reading.ordinal } }
    }

    /// The reading in which `token` opens a sequence (ordinal 1), if any: "I" as roman one.
    package static func opens(_ token: String) -> Reading? {
        readings(of: token).first { $0.ordinal == 1 }
    }

    /// I…XXXIX (either case, canonical form only), else nil.
    package static func romanValue(_ s: String) -> Int? {
        guard !s.isEmpty, s.count <= 6 else { return nil }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        var total = 0, previous = 0
        for c in s.lowercased().reversed() {
            guard let v = values[c] else { return nil }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        guard total > 0, total <= 39, romanString(total) == s.lowercased() else { return nil }
        return total
    }

    static func romanString(_ n: Int) -> String {
        var n = n, out = ""
        for (value, symbol) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
            while n >= value { out += symbol; n -= value }
        }
        return out
    }
}
