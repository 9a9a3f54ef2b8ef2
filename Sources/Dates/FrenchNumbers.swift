import Foundation
import LayoutModel
import Parsing

/// French numbers 0–99 written in words ("onze", "vingt-trois", "trente et un",
/// "soixante-douze", "quatre-vingt-dix-neuf"): the one table that the date grammar (days
/// and years in words) and the vote counts of deliberations ("Par vingt-trois voix pour") share.
package enum FrenchNumbers {
    package static let units: [String: Int] = [
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    ]
    package static let tens: [String: Int] = [
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    ]

    /// A regular-expression fragment (no capture group) for one number in words, 0–99,
    /// hyphenated or spaced ("vingt-trois", "vingt trois", "trente et un").
    package static let pattern: String = {
        let unit = #"(?:dix[-\s]+(?:sept|huit|neuf)|z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)"#
        let ten = #"(?:quatre[-\s]+vingts?|vingt|trente|quarante|cinquante|soixante)"#
        return "(?:" + ten + #"(?:[-\s]+(?:et[-\s]+)?"# + unit + ")?|" + unit + ")"
    }()

    /// The value of a number in words ("vingt-trois" gives 23), or nil.
    package static func value(of text: String) -> Int? {
        let words = text.lowercased().split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "\u{2011}" }).map(String.init).filter { $0 != "et" }
        guard !words.isEmpty else { return nil }
        if words == ["zéro"] || words == ["zero"] { return 0 }
        var total = 0
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == "quatre", i + 1 < words.count, words[i + 1] == "vingt" || words[i + 1] == "vingts" {
                total += 80
                i += 2
                continue
            }
            guard let v = units[w] ?? tens[w] else { return nil }
            total += v
            i += 1
        }
        return total < 100 ? total : nil
    }
}
