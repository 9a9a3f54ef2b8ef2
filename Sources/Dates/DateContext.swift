import LayoutModel
import Parsing

/// What the parser knows about the document a date expression comes from.
///
/// - `convention` decides numeric dates (`10/09/2015`) and "Month NN" (`June 16`).
/// - The reference date (normally the meeting date, else the document date) resolves
///   two-digit years and supplies the year of yearless dates ("w/c 3 June", "16 December").
public struct DateContext: Sendable, Hashable {
    public var convention: DateConvention
    public var referenceYear: Int?
    public var referenceMonth: Int?
    public var referenceDay: Int?
    /// The document's language, for its month and weekday names, ordinals and time forms
    /// ("12 juillet 2023 à 20h30", "6ed Chwefror 2019", "12 de marzo de 2024"). English
    /// names are always read (bilingual papers). nil reads every language's tables.
    public var language: DateLanguage?
    /// The reference year was not printed for this meeting or document but is the year the
    /// paper prints elsewhere: a date given its year from it is marked ambiguous.
    public var referenceYearIsLoose: Bool = false

    public init(convention: DateConvention = .unknown, referenceYear: Int? = nil,
                referenceMonth: Int? = nil, referenceDay: Int? = nil, language: DateLanguage? = nil) {
        self.convention = convention
        self.referenceYear = referenceYear
        self.referenceMonth = referenceMonth
        self.referenceDay = referenceDay
        self.language = language
    }

    /// Whether the month and weekday names of `lang` are read in this context.
    package func reads(_ lang: DateLanguage) -> Bool { lang == .english || language == nil || language == lang }

    /// `reference` is ISO with reduced precision ("2016-07-21", "2016-07", "2016").
    public init(convention: DateConvention, reference: String?, language: DateLanguage? = nil) {
        self.init(convention: convention, language: language)
        guard let reference else { return }
        let parts = reference.split(separator: "-").map { Int($0) }
        if parts.count >= 1 { referenceYear = parts[0] }
        if parts.count >= 2 { referenceMonth = parts[1] }
        if parts.count >= 3 { referenceDay = parts[2] }
    }

    /// Paper size of the document, as far as the caller knows it.
    public enum PaperSize: Sendable, Hashable { case a4, letter, other }

    /// Decides the numeric-date convention of a document.
    ///
    /// In order of strength:
    /// 1. unambiguous numeric dates seen in the document (`25/12/2015` votes day-first,
    ///    `4/23/19` votes month-first); used when at least 80% of the votes agree;
    /// 2. the document's language: French, Welsh and Spanish papers write the day first,
    ///    unless the spelling votes (which count a US state and ZIP code) show a US paper;
    /// 3. the authority's country (`"UK"`, `"GB"`, `"England"`, `"Wales"`, `"Scotland"`,
    ///    `"Northern Ireland"` → day-first; `"US"`, `"USA"` → month-first);
    /// 4. the spelling and currency of the text (`spellingVotes`: "£", "organisation",
    ///    "programme" … against "color", "organization" …, and a US state with a ZIP code),
    ///    when one side has at least three votes and twice the other's;
    /// 5. the paper size (A4 → day-first, Letter → month-first);
    /// otherwise `.unknown`.
    public static func decideConvention(country: String? = nil, paperSize: PaperSize? = nil,
                                        numericDates: [String] = [], language: DateLanguage? = nil,
                                        spelling: (dayFirst: Int, monthFirst: Int) = (0, 0)) -> DateConvention {
        var dayFirstVotes = 0
        var monthFirstVotes = 0
        for text in numericDates {
            guard let (a, b, _) = DateParser.numericParts(text) else { continue }
            if a > 12 && a <= 31 && b <= 12 { dayFirstVotes += 1 }
            if b > 12 && b <= 31 && a <= 12 { monthFirstVotes += 1 }
        }
        let votes = dayFirstVotes + monthFirstVotes
        if votes > 0 {
            if dayFirstVotes * 5 >= votes * 4 { return .dayFirst }
            if monthFirstVotes * 5 >= votes * 4 { return .monthFirst }
        }
        // French, Welsh and Spanish papers write the day first, unless the paper shows clearly
        // that it is American (US spelling, a state and ZIP code): a Spanish-speaking US city's
        // paper keeps the country's order.
        let american = spelling.monthFirst >= 3 && spelling.monthFirst >= 2 * spelling.dayFirst
        if let language, language != .english, !american { return .dayFirst }
        if let c = country?.lowercased() {
            if ["uk", "gb", "united kingdom", "england", "wales", "scotland", "northern ireland"].contains(c) {
                return .dayFirst
            }
            if ["us", "usa", "united states"].contains(c) { return .monthFirst }
        }
        if spelling.dayFirst >= 3 && spelling.dayFirst >= 2 * spelling.monthFirst { return .dayFirst }
        if spelling.monthFirst >= 3 && spelling.monthFirst >= 2 * spelling.dayFirst { return .monthFirst }
        switch paperSize {
        case .a4: return .dayFirst
        case .letter: return .monthFirst
        default: return .unknown
        }
    }

    /// This context with `year` as a loose reference: the year the paper prints elsewhere
    /// (`DateFinder.paperYear`), for dates printed without one. Dates that take it are
    /// marked ambiguous. A context that already has a reference year is returned unchanged.
    public func withPaperYear(_ year: Int?) -> DateContext {
        guard referenceYear == nil, let year else { return self }
        var c = self
        c.referenceYear = year
        c.referenceYearIsLoose = true
        return c
    }

    /// Four-digit year for a two-digit one: the century that puts it nearest the
    /// reference year (ties go to the earlier); without a reference, 00–69 → 20xx, 70–99 → 19xx.
    public func expandTwoDigitYear(_ yy: Int) -> Int {
        guard let r = referenceYear else { return yy < 70 ? 2000 + yy : 1900 + yy }
        let base = (r / 100) * 100
        let candidates = [base - 100 + yy, base + yy, base + 100 + yy]
        return candidates.min { abs($0 - r) < abs($1 - r) || (abs($0 - r) == abs($1 - r) && $0 < $1) }!
    }

    /// Year for a yearless month/day: with a full reference date, the occurrence nearest to
    /// it (reference year ± 1); with only a reference year, that year; else nil.
    public func yearFor(month: Int, day: Int?) -> Int? {
        guard let r = referenceYear else { return nil }
        guard let rm = referenceMonth else { return r }
        let rd = referenceDay ?? 15
        let ref = Calendar.daysFromCivil(r, rm, min(rd, 28))
        let d = min(day ?? 15, 28)
        return [r - 1, r, r + 1].min {
            abs(Calendar.daysFromCivil($0, month, d) - ref) < abs(Calendar.daysFromCivil($1, month, d) - ref)
        }
    }
}

/// The language of a document's dates.
public enum DateLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case english, french, welsh, spanish
}

extension DateContext {
    /// Common function words of each language; a word counts for the language whose list
    /// holds it (words shared by two languages, or common in English papers as abbreviations
    /// or names — "para", "son", "EU" — are in none). Only words of three letters or more,
    /// written in lower case, are counted: one- and two-letter words ("y" of a Y/N column,
    /// "el", "le") are too often letters or abbreviations, and place names ("Los Angeles",
    /// "Del Mar", "El Monte") are capitalised.
    static let languageWords: [(DateLanguage, Set<String>)] = [
        (.english, [
            "the", "and", "for", "with", "that", "this", "will", "are", "was", "have", "from", "which", "been", "were", "not", "but",
            "than", "there", "should", "would", "can", "has", "its", "their", "all", "any", "may", "shall",
        ]),
        (.french, ["les", "des", "est", "pour", "dans", "une", "aux", "sur", "par", "qui", "été", "être", "sont", "conseil", "séance", "mairie",
                   "ordre", "jour", "règlement", "numéro", "période", "avec", "cette", "ainsi"]),
        (.welsh, ["gan", "cyngor", "mae", "wedi", "hyn", "fydd", "neu", "hefyd", "gyda", "ydy", "dydd", "rhaid", "bydd"]),
        (.spanish, ["los", "las", "del", "por", "una", "con", "sesión", "ayuntamiento", "fue", "está"]),
    ]

    /// The language of a document from its function words: a language other than English
    /// when it has at least 20 such words and at least a third as many as English (bilingual
    /// Welsh papers read as Welsh, whose tables come with English's); else English; nil when
    /// the text has too few words to tell.
    public static func detectLanguage(_ texts: [String]) -> DateLanguage? {
        detectLanguage(tokenized: texts.map(DateTokenizer.tokenize))
    }

    /// `detectLanguage` and `spellingVotes` of the same texts, tokenized once.
    package static func languageAndSpelling(_ texts: [String]) -> (language: DateLanguage?, spelling: (dayFirst: Int, monthFirst: Int)) {
        let tokens = texts.map(DateTokenizer.tokenize)
        return (detectLanguage(tokenized: tokens), spellingVotes(tokenized: tokens))
    }

    /// `detectLanguage` of texts already tokenized (one token list per text).
    static func detectLanguage(tokenized texts: [[DateToken]]) -> DateLanguage? {
        var counts: [DateLanguage: Int] = [:]
        var total = 0
        for tokens in texts {
            for token in tokens where token.kind == .word && token.lower.count >= 3 && token.text == token.lower {
                for (lang, words) in languageWords where words.contains(token.lower) {
                    counts[lang, default: 0] += 1
                    total += 1
                }
            }
        }
        guard total >= 10 else { return nil }
        let english = counts[.english] ?? 0
        var best: (DateLanguage, Int)? = nil
        for lang in [DateLanguage.french, .welsh, .spanish] {
            let n = counts[lang] ?? 0
            if n >= 20 && n * 3 >= english && (best == nil || n > best!.1) { best = (lang, n) }
        }
        return best?.0 ?? .english
    }

    /// UK and US spelling (and the pound sign), counted for `decideConvention`'s `spelling`.
    /// Spellings that Canada shares with the UK ("councillor", "centre", "labour", "Cllr")
    /// vote for neither side: a Canadian paper is not day-first for its spelling alone.
    static let dayFirstSpellings: Set<String> = [
        "organisation", "organisations", "programme", "programmes", "authorised", "recognised", "organised", "realise", "whilst",
    ]
    static let monthFirstSpellings: Set<String> = [
        "color", "center", "organization", "organizations", "program", "programs", "councilmember", "councilmembers",
        "labor", "favor", "behavior", "neighborhood", "authorized", "recognized", "license", "defense",
    ]
    /// US states and their postal codes, for an address with a ZIP code ("Norwalk, CA 90650",
    /// "Canton, Ohio 44702"): clear evidence of a US paper.
    static let usStates: Set<String> = [
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md",
        "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc",
        "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
        "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
        "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
        "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming",
    ]

    public static func spellingVotes(_ texts: [String]) -> (dayFirst: Int, monthFirst: Int) {
        spellingVotes(tokenized: texts.map(DateTokenizer.tokenize))
    }

    /// `spellingVotes` of texts already tokenized (one token list per text).
    static func spellingVotes(tokenized texts: [[DateToken]]) -> (dayFirst: Int, monthFirst: Int) {
        var d = 0, m = 0
        var zip = false
        for tokens in texts {
            for (i, token) in tokens.enumerated() {
                // "£" is British; "$" is not American only (Canada, Australia, Latin America).
                if token.kind == .punct {
                    if token.text == "£" { d += 1 }
                } else if token.kind == .word {
                    if dayFirstSpellings.contains(token.lower) { d += 1 } else if monthFirstSpellings.contains(token.lower) { m += 1 }
                    // A state (its code in capitals) followed by a five-digit ZIP code.
                    if !zip, usStates.contains(token.lower), token.lower.count > 2 || token.text == token.text.uppercased(),
                        i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].digits == 5,
                        i + 2 >= tokens.count || tokens[i + 2].spaceBefore || tokens[i + 2].text == "-" || tokens[i + 2].kind == .punct {
                        zip = true
                    }
                }
            }
        }
        if zip { m += 3 }
        return (d, m)
    }
}
