import LayoutModel
import Parsing

/// The hand-written grammar shared by `DateParser` (whole string) and `DateFinder`
/// (anywhere in a line). See `DateParser` for the grammar in prose.
package final class DateGrammar {
    package let t: [DateToken]
    let ctx: DateContext
    /// Finder mode: stricter about capitalisation, bare months and bare years.
    package let finder: Bool
    /// `single(i)` is asked for by several combinations at the same token.
    private var singleMemo: [Int: Cand?] = [:]

    package init(t: [DateToken], ctx: DateContext, finder: Bool) {
        self.t = t
        self.ctx = ctx
        self.finder = finder
    }

    // MARK: Pieces and candidates

    package struct Piece {
        package var d = PartialDate()
        var twoDigit = false
        package var ambiguous = false
        package var alternative: PartialDate? = nil
        package var weekday: Int? = nil
        var qualifier: DateQualifier? = nil
        var yearInferred = false
    }

    package enum Kind { case date, numeric, bareYear, bareMonth, time, range, period }

    package struct Cand {
        package var next: Int
        package var kind: Kind
        package var start: Piece?
        package var end: Piece? = nil
        package var precision: DatePrecision? = nil
        package var time: String? = nil
    }

    // MARK: Word tables

    package static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    static let fullMonths: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    /// Month names of the other languages, full names and the abbreviations papers print
    /// ("janv.", "févr.", "juil."). Welsh names include their mutated forms ("Fehefin", "Orffennaf").
    static let foreignMonths: [DateLanguage: [String: Int]] = [
        .french: [
            "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "mars": 3,
            "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
            "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
            "décembre": 12, "decembre": 12, "déc": 12,
        ],
        .spanish: [
            "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4, "mayo": 5,
            "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
            "sep": 9, "sept": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
        ],
        .welsh: [
            "ionawr": 1, "chwefror": 2, "mawrth": 3, "fawrth": 3, "ebrill": 4, "mai": 5, "fai": 5, "mehefin": 6, "fehefin": 6,
            "gorffennaf": 7, "orffennaf": 7, "awst": 8, "medi": 9, "fedi": 9, "hydref": 10, "tachwedd": 11,
            "dachwedd": 11, "rhagfyr": 12, "ragfyr": 12,
        ],
    ]
    /// Full (unabbreviated) foreign month names: these may be printed in lower case.
    static let foreignFullMonths: Set<String> = [
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
        "octobre", "novembre", "décembre", "decembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
        "octubre", "noviembre", "diciembre",
        "ionawr", "chwefror", "mawrth", "ebrill", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr",
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]
    /// French and Spanish weekdays; Welsh ones follow "Dydd" ("Dydd Mawrth").
    static let foreignWeekdays: [DateLanguage: [String: Int]] = [
        .french: ["lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7],
        .spanish: ["lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5,
                   "sábado": 6, "sabado": 6, "domingo": 7],
        .welsh: ["llun": 1, "mawrth": 2, "fawrth": 2, "mercher": 3, "iau": 4, "gwener": 5, "sadwrn": 6, "sul": 7],
    ]
    /// Ordinal suffixes joined to a day number: French "1er", "2e", "2ème"; Welsh "1af", "2il",
    /// "3ydd", "6ed", "7fed", "11eg", "21ain"; Spanish "1º", "1ro".
    static let foreignOrdinals: [DateLanguage: Set<String>] = [
        .french: ["er", "re", "ère", "e", "ème", "eme"],
        .welsh: ["af", "il", "ydd", "ed", "fed", "eg", "ain"],
        .spanish: ["º", "o", "ro", "ra", "ª"],
    ]
    /// Words that join a time to the date before it: English "at", "from", French "à", Welsh
    /// "am", Spanish "a las".
    static let atWords: Set<String> = ["at", "from", "à", "a", "am", "dès"]
    static let seasons: [String: DateQualifier] = [
        "spring": .spring, "summer": .summer, "autumn": .autumn, "fall": .autumn, "winter": .winter,
    ]
    package static let ordinals: Set<String> = ["st", "nd", "rd", "th"]
    /// Longest span of years read from "YYYY-YY" and from "YYYY-YYYY": a plan period may run
    /// twenty years or more ("Local Plan 2011-31", "Core Strategy 2006-26"); a number of a
    /// series ("Resolution No. 2019-37") is told by the words before it, not by its length.
    static let maxShortSpan = 30
    static let maxLongSpan = 50
    package static let dashes: Set<String> = ["-", "–", "—", "‐", "‑"]
    static let rangeWords: Set<String> = ["to", "through", "thru", "until", "till"]
    static let numberJoiners: Set<String> = [".", ":", "/", "-", ","]
    static let apostrophes: Set<String> = ["'", "’"]
    static let commaStop: Set<String> = [",", "."]
    static let numericSeparators: Set<String> = ["/", ".", "-"]
    static let weekWords: Set<String> = ["commencing", "beginning", "starting", "ending"]
    static let timeJoiners: Set<String> = [",", "-", "–", "·", "•", "|"]
    /// Words that may start a match (besides numbers).
    static let starters: Set<String> = {
        var s = Set(months.keys).union(weekdays.keys).union(seasons.keys)
        for (_, table) in foreignMonths { s.formUnion(table.keys) }
        for (_, table) in foreignWeekdays { s.formUnion(table.keys) }
        s.formUnion(["w", "week", "wc", "q", "quarter", "by", "the", "end", "beginning", "beg",
                     "start", "early", "mid", "late", "noon", "midday", "midnight", "dydd", "midi", "minuit", "mediodía"])
        return s
    }()

    // MARK: Token helpers

    package func word(_ i: Int) -> String? { i < t.count && t[i].kind == .word ? t[i].lower : nil }
    func isWord(_ i: Int, _ w: String) -> Bool { word(i) == w }
    func punct(_ i: Int, _ set: Set<String>) -> Bool { i < t.count && t[i].kind == .punct && set.contains(t[i].text) }
    func punct(_ i: Int, _ s: String) -> Bool { i < t.count && t[i].kind == .punct && t[i].text == s }
    package func number(_ i: Int) -> DateToken? { i < t.count && t[i].kind == .number ? t[i] : nil }
    package func joined(_ i: Int) -> Bool { i < t.count && !t[i].spaceBefore }

    /// A number is "clean" when nothing joined to its right continues it as another number
    /// (`10.30`, `2/3`, `16%`, `16abc`).
    func cleanAfter(_ i: Int) -> Bool {
        guard i < t.count, !t[i].spaceBefore else { return true }
        switch t[i].kind {
        case .number: return false
        case .word: return false
        case .punct:
            if t[i].text == "%" { return false }
            if Self.numberJoiners.contains(t[i].text), let n = number(i + 1), !n.spaceBefore { return false }
            return true
        }
    }

    // MARK: Atoms

    /// Month name, optionally followed by a joined full stop.
    package func month(_ i: Int, afterDay: Bool) -> (Int, Int)? {
        guard let w = word(i), let m = monthNumber(w) else { return nil }
        if finder && !t[i].capitalised && !afterDay && !lowerCaseMonthOK(w) { return nil }
        var n = i + 1
        if !Self.fullMonths.contains(w) && !Self.foreignFullMonths.contains(w) && punct(n, ".") && joined(n) { n += 1 }
        return (m, n)
    }

    /// The month a word names in English or in a language the context reads.
    func monthNumber(_ w: String) -> Int? {
        if let m = Self.months[w] { return m }
        for lang in [DateLanguage.french, .spanish, .welsh] where ctx.reads(lang) {
            if let m = Self.foreignMonths[lang]?[w] { return m }
        }
        return nil
    }

    /// French and Spanish write month names in lower case; none of their full names is an
    /// English word, so in a French or Spanish paper "juillet 2023" is read as printed.
    func lowerCaseMonthOK(_ w: String) -> Bool {
        guard let lang = ctx.language, lang == .french || lang == .spanish else { return false }
        return Self.foreignFullMonths.contains(w) && Self.foreignMonths[lang]?[w] != nil
    }

    /// A foreign weekday name (French, Spanish; Welsh after "Dydd") the context reads.
    func foreignWeekday(_ i: Int) -> (Int, Int)? {
        guard let w = word(i) else { return nil }
        if w == "dydd", ctx.reads(.welsh), let w2 = word(i + 1), let d = Self.foreignWeekdays[.welsh]?[w2] {
            return (d, i + 2)
        }
        for lang in [DateLanguage.french, .spanish] where ctx.reads(lang) {
            if let d = Self.foreignWeekdays[lang]?[w] { return (d, i + 1) }
        }
        return nil
    }

    /// A joined ordinal suffix of a language the context reads ("1er", "6ed", "1º").
    func foreignOrdinal(_ i: Int) -> Bool {
        guard i < t.count, !t[i].spaceBefore else { return false }
        let w = t[i].lower
        for lang in [DateLanguage.french, .welsh, .spanish] where ctx.reads(lang) {
            if Self.foreignOrdinals[lang]?.contains(w) == true { return true }
        }
        return false
    }

    /// Weekday name with an optional joined full stop and an optional comma.
    package func weekday(_ i: Int) -> (Int, Int)? {
        if let (d, n0) = foreignWeekday(i) {
            var n = n0
            if punct(n, ",") { n += 1 }
            if isWord(n, "le") || isWord(n, "el") { n += 1 }
            return (d, n)
        }
        guard let w = word(i), let d = Self.weekdays[w] else { return nil }
        if finder && !t[i].capitalised { return nil }
        var n = i + 1
        if w.count <= 5 && punct(n, ".") && joined(n) { n += 1 }
        if punct(n, ",") { n += 1 }
        if isWord(n, "the"), number(n + 1) != nil { n += 1 }
        return (d, n)
    }

    /// Day number 1–31 with an optional ordinal suffix (joined or split: "10 th"),
    /// then optional "day of" / "of" after an ordinal.
    package func day(_ i: Int) -> (day: Int, next: Int, ordinal: Bool)? {
        guard let n = number(i), n.digits <= 2, n.value >= 1, n.value <= 31 else { return nil }
        var j = i + 1
        var ord = false
        if let w = word(j), Self.ordinals.contains(w) {
            ord = true
            j += 1
        } else if foreignOrdinal(j) || (punct(j, "°") && joined(j) && ctx.reads(.spanish)) {
            ord = true
            j += 1
        }
        if ord {
            if isWord(j, "day") && isWord(j + 1, "of") { j += 2 } else if isWord(j, "of") { j += 1 }
        }
        // Spanish "12 de marzo", Welsh "6 o Chwefror": the joining word before a month name.
        if let w = word(j), (w == "de" && ctx.reads(.spanish)) || (w == "o" && ctx.reads(.welsh)),
           let m = word(j + 1), monthNumber(m) != nil {
            j += 1
        }
        return (n.value, j, ord)
    }

    func year4(_ i: Int) -> (Int, Int)? {
        guard let n = number(i), n.digits == 4, n.value >= 1000, n.value <= 2999 else { return nil }
        guard cleanAfter(i + 1) else { return nil }
        return (n.value, i + 1)
    }

    /// Two-digit year, optionally after an apostrophe ("'16").
    func year2(_ i: Int) -> (Int, Int)? {
        var j = i
        if punct(j, Self.apostrophes), joined(j + 1) { j += 1 }
        guard let n = number(j), n.digits == 2 else { return nil }
        guard cleanAfter(j + 1) else { return nil }
        return (ctx.expandTwoDigitYear(n.value), j + 1)
    }

    // MARK: Calendar dates

    /// [weekday] D[ord] M [,|.] [YYYY | YY]
    func dayMonthYear(_ i: Int) -> Cand? {
        var j = i
        var wd: Int? = nil
        if let (w, n) = weekday(j) { wd = w; j = n }
        guard let (d, j1, _) = day(j) else { return nil }
        guard let (m, j2) = month(j1, afterDay: true) else { return nil }
        guard Calendar.isValid(year: nil, month: m, day: d) else { return nil }
        var p = Piece(d: PartialDate(month: m, day: d), weekday: wd)
        var k = j2
        var n = j2
        if punct(n, Self.commaStop) { n += 1 } else if yearJoiner(n) { n += 1 }
        if let (y, n2) = year4(n) {
            p.d.year = y
            k = n2
        } else if n == j2, let (y, n2) = year2(n) {
            p.d.year = y
            p.twoDigit = true
            k = n2
        }
        if let y = p.d.year, !Calendar.isValid(year: y, month: m, day: d) { return nil }
        // "upon turning 18 may be eligible": a lower-case month needs a four-digit year in finder mode.
        if finder && !t[j1].capitalised && (p.d.year == nil || p.twoDigit) && !lowerCaseMonthOK(t[j1].lower) { return nil }
        return Cand(next: k, kind: .date, start: p)
    }

    /// [weekday] M D[ord] [,] [YYYY]; "M NN" with no year is decided by `monthNN`.
    func monthDayYear(_ i: Int) -> Cand? {
        var j = i
        var wd: Int? = nil
        if let (w, n) = weekday(j) { wd = w; j = n }
        guard let (m, j1) = month(j, afterDay: false) else { return nil }
        guard let dtok = number(j1) else { return nil }
        guard let (d, j2, ord) = day(j1) else {
            // "January 90", "March 45": two digits that cannot be a day are a year.
            if wd == nil && dtok.digits == 2 && cleanAfter(j1 + 1) { return monthNN(m, dtok, next: j1 + 1) }
            return nil
        }
        if !ord && !cleanAfter(j2) { return nil }
        var n = j2
        if punct(n, ",") { n += 1 }
        if let (y, n2) = year4(n) {
            guard Calendar.isValid(year: y, month: m, day: d) else { return nil }
            return Cand(next: n2, kind: .date, start: Piece(d: PartialDate(year: y, month: m, day: d), weekday: wd))
        }
        if ord || dtok.digits == 1 || wd != nil {
            guard Calendar.isValid(year: nil, month: m, day: d) else { return nil }
            return Cand(next: j2, kind: .date, start: Piece(d: PartialDate(month: m, day: d), weekday: wd))
        }
        return monthNN(m, dtok, next: j2)
    }

    /// "June 16": June 2016 or 16 June? See `DateParser` for the rule.
    func monthNN(_ m: Int, _ tok: DateToken, next: Int) -> Cand? {
        let nn = tok.value
        let y = ctx.expandTwoDigitYear(nn)
        let plausible = ctx.referenceYear.map { abs(y - $0) <= 10 } ?? true
        let dayOK = nn >= 1 && Calendar.isValid(year: nil, month: m, day: nn)
        let yearPiece = Piece(d: PartialDate(year: y, month: m), twoDigit: true)
        let dayPiece = Piece(d: PartialDate(month: m, day: nn))
        // "in March 45 people attended": neither a day nor a year near the reference.
        if !dayOK && !plausible { return nil }
        switch ctx.convention {
        case .dayFirst:
            if plausible || !dayOK { return Cand(next: next, kind: .date, start: yearPiece) }
            return Cand(next: next, kind: .date, start: dayPiece)
        case .monthFirst:
            if dayOK { return Cand(next: next, kind: .date, start: dayPiece) }
            return Cand(next: next, kind: .date, start: yearPiece)
        case .unknown:
            if plausible && dayOK {
                var p = yearPiece
                p.ambiguous = true
                p.alternative = dayPiece.d
                return Cand(next: next, kind: .date, start: p)
            }
            if dayOK { return Cand(next: next, kind: .date, start: dayPiece) }
            return Cand(next: next, kind: .date, start: yearPiece)
        }
    }

    /// Spanish "de"/"del" before a year ("marzo de 2024"), French "de l'année" is not read.
    func yearJoiner(_ i: Int) -> Bool {
        guard let w = word(i), w == "de" || w == "del", ctx.reads(.spanish) else { return false }
        return number(i + 1)?.digits == 4
    }

    /// M [,] YYYY, or M 'YY.
    func monthYear(_ i: Int) -> Cand? {
        guard let (m, j) = month(i, afterDay: false) else { return nil }
        var n = j
        if punct(n, ",") { n += 1 } else if yearJoiner(n) || (isWord(n, "of") && number(n + 1)?.digits == 4) { n += 1 }
        if let (y, k) = year4(n) {
            return Cand(next: k, kind: .date, start: Piece(d: PartialDate(year: y, month: m)))
        }
        if punct(j, Self.apostrophes), let (y, k) = year2(j) {
            return Cand(next: k, kind: .date, start: Piece(d: PartialDate(year: y, month: m), twoDigit: true))
        }
        return nil
    }

    /// A month name on its own (yearless month).
    func bareMonth(_ i: Int) -> Cand? {
        guard let (m, j) = month(i, afterDay: false) else { return nil }
        if finder && !Self.fullMonths.contains(t[i].lower) { return nil }
        return Cand(next: j, kind: .bareMonth, start: Piece(d: PartialDate(month: m)))
    }

    /// N1 s N2 s N3 with one separator (/ . -) and no spaces; or ISO YYYY-MM-DD.
    package func numeric(_ i: Int) -> Cand? {
        guard let a = number(i), let s1 = (i + 1 < t.count ? t[i + 1] : nil), s1.kind == .punct,
              Self.numericSeparators.contains(s1.text), !s1.spaceBefore,
              let b = number(i + 2), !b.spaceBefore, punct(i + 3, s1.text), joined(i + 3),
              let c = number(i + 4), !c.spaceBefore else { return nil }
        guard cleanAfter(i + 5) else { return nil }
        let next = i + 5
        if a.digits == 4 {
            guard s1.text != ".", b.digits <= 2, c.digits <= 2,
                  Calendar.isValid(year: a.value, month: b.value, day: c.value) else { return nil }
            return Cand(next: next, kind: .numeric, start: Piece(d: PartialDate(year: a.value, month: b.value, day: c.value)))
        }
        guard a.digits <= 2, b.digits <= 2, c.digits == 2 || c.digits == 4 else { return nil }
        if s1.text == "." && !(c.digits == 4 || (a.digits == 2 && b.digits == 2)) { return nil }
        let year = c.digits == 4 ? c.value : ctx.expandTwoDigitYear(c.value)
        let dayFirstOK = Calendar.isValid(year: year, month: b.value, day: a.value)
        let monthFirstOK = Calendar.isValid(year: year, month: a.value, day: b.value)
        let df = PartialDate(year: year, month: b.value, day: a.value)
        let mf = PartialDate(year: year, month: a.value, day: b.value)
        var p = Piece(twoDigit: c.digits == 2)
        switch (dayFirstOK, monthFirstOK) {
        case (false, false): return nil
        case (true, false): p.d = df
        case (false, true): p.d = mf
        case (true, true):
            switch ctx.convention {
            case .dayFirst: p.d = df
            case .monthFirst: p.d = mf
            case .unknown:
                p.d = df
                if a.value != b.value {
                    p.ambiguous = true
                    p.alternative = mf
                }
            }
        }
        return Cand(next: next, kind: .numeric, start: p)
    }

    /// YYYY, YYYY/YY, YYYY-YY, YYYY/YYYY (financial years), YYYY-YYYY (year range).
    func yearish(_ i: Int) -> Cand? {
        guard let (y, j) = year4(i) ?? (number(i).flatMap { n in
            n.digits == 4 && n.value >= 1000 && n.value <= 2999 ? (n.value, i + 1) : nil
        }) else { return nil }
        if (punct(j, "/") || punct(j, Self.dashes)) && joined(j), let n = number(j + 1), joined(j + 1), cleanAfter(j + 2) {
            let slash = punct(j, "/")
            if n.digits == 2 && n.value == (y + 1) % 100 {
                return financialYear(y, next: j + 2)
            }
            if n.digits == 4 && n.value == y + 1 && slash {
                return financialYear(y, next: j + 2)
            }
            // "2025-35", "Local Plan 2011-31": a span of years written with the second year's
            // last two digits, the second after the first.
            if n.digits == 2 && !slash, plausibleSpan(y, n.value, at: i) {
                return Cand(next: j + 2, kind: .range, start: Piece(d: PartialDate(year: y)),
                            end: Piece(d: PartialDate(year: y - y % 100 + n.value)), precision: .range)
            }
            if n.digits == 4 && n.value > y && n.value - y <= Self.maxLongSpan {
                return Cand(next: j + 2, kind: .range, start: Piece(d: PartialDate(year: y)),
                            end: Piece(d: PartialDate(year: n.value)), precision: .range)
            }
        }
        // "the 2024-" / "25 budget" joined across a line break: a hyphen glued to the year and
        // a space before the two digits of a later year.
        if punct(j, Self.dashes), joined(j), let n = number(j + 1), !joined(j + 1), n.digits == 2, cleanAfter(j + 2),
            plausibleSpan(y, n.value, at: i)
        {
            if n.value == (y + 1) % 100 { return financialYear(y, next: j + 2) }
            return Cand(next: j + 2, kind: .range, start: Piece(d: PartialDate(year: y)),
                        end: Piece(d: PartialDate(year: y - y % 100 + n.value)), precision: .range)
        }
        // "2015 - 17" with spaces round the dash.
        if punct(j, Self.dashes), !joined(j), let n = number(j + 1), n.digits == 2, cleanAfter(j + 2),
            plausibleSpan(y, n.value, at: i)
        {
            return Cand(next: j + 2, kind: .range, start: Piece(d: PartialDate(year: y)),
                        end: Piece(d: PartialDate(year: y - y % 100 + n.value)), precision: .range)
        }
        // "2018 - 2033" with spaces round the dash.
        if punct(j, Self.dashes), !joined(j), let n = number(j + 1), n.digits == 4, cleanAfter(j + 2),
            n.value > y, n.value - y <= Self.maxLongSpan
        {
            return Cand(next: j + 2, kind: .range, start: Piece(d: PartialDate(year: y)),
                        end: Piece(d: PartialDate(year: n.value)), precision: .range)
        }
        guard cleanAfter(j) || punct(j, ":") else { return nil }
        return Cand(next: j, kind: .bareYear, start: Piece(d: PartialDate(year: y)))
    }

    /// Whether "YYYY-YY" (the year at token `i`) is plausibly a span of years: the second
    /// year after the first, a year of 1900–2099, and a span of more than ten years named
    /// by a word before it ("Local Plan 2011-31", "Core Strategy 2006-26"); a bare "2019-48"
    /// in a list or a table cell, or after a code ("CRC 2019-48"), is a number of a series.
    func plausibleSpan(_ y: Int, _ yy: Int, at i: Int) -> Bool {
        guard y >= 1900, y <= 2099, yy > y % 100, yy - y % 100 <= Self.maxShortSpan else { return false }
        if yy - y % 100 <= 10 { return true }
        var k = i - 1
        if k >= 0, t[k].kind == .punct, t[k].text == "(" { k -= 1 }
        // A word in capitals ("CRC 2019-48") is a code's prefix, not a name.
        return k >= 0 && t[k].kind == .word && t[k].text.contains { $0.isLowercase }
    }

    /// A financial year ("2015/16", "2024-25"): the two years as printed, precision
    /// financial_year. The months are not printed, so none are written (a UK council year
    /// runs April to March, a US fiscal year may start in July or October: the precision
    /// says which kind of year it is, the reader knows the rest).
    package func financialYear(_ y: Int, next: Int) -> Cand {
        Cand(next: next, kind: .period, start: Piece(d: PartialDate(year: y)),
             end: Piece(d: PartialDate(year: y + 1)), precision: .financialYear)
    }

    /// Q1–Q4 (or "Quarter 3") followed by a financial year or a calendar year.
    package func quarter(_ i: Int) -> Cand? {
        var j = i
        var q = 0
        if isWord(j, "q"), let n = number(j + 1), joined(j + 1), n.digits == 1 {
            q = n.value
            j += 2
        } else if isWord(j, "quarter"), let n = number(j + 1), n.digits == 1 {
            q = n.value
            j += 2
        } else { return nil }
        guard q >= 1 && q <= 4 else { return nil }
        guard let inner = yearish(j) else { return nil }
        if inner.precision == .financialYear {
            guard let fy = inner.start?.d.year else { return nil }
            if ctx.convention == .monthFirst {
                return Cand(next: inner.next, kind: .period, start: Piece(d: PartialDate(year: fy)),
                            end: Piece(d: PartialDate(year: fy + 1)), precision: .quarter)
            }
            let startMonth = 4 + (q - 1) * 3  // Q1 April, Q2 July, Q3 October, Q4 January next year
            let sy = startMonth > 12 ? fy + 1 : fy
            let sm = startMonth > 12 ? startMonth - 12 : startMonth
            return Cand(next: inner.next, kind: .period, start: Piece(d: PartialDate(year: sy, month: sm)),
                        end: Piece(d: PartialDate(year: sy, month: sm + 2)), precision: .quarter)
        }
        guard inner.kind == .bareYear, let y = inner.start?.d.year else { return nil }
        let sm = 1 + (q - 1) * 3
        return Cand(next: inner.next, kind: .period, start: Piece(d: PartialDate(year: y, month: sm)),
                    end: Piece(d: PartialDate(year: y, month: sm + 2)), precision: .quarter)
    }

    /// [early|mid|late] season [term] [of] YYYY|YY → the year, qualified by the season.
    func season(_ i: Int) -> Cand? {
        guard let w = word(i), let s = Self.seasons[w] else { return nil }
        if finder && w == "fall" && !t[i].capitalised { return nil }
        var j = i + 1
        if isWord(j, "term") { j += 1 }
        if isWord(j, "of") { j += 1 }
        var p = Piece(qualifier: s)
        if let (y, k) = year4(j) {
            p.d.year = y
            return Cand(next: k, kind: .date, start: p)
        }
        if let (y, k) = year2(j) {
            p.d.year = y
            p.twoDigit = true
            return Cand(next: k, kind: .date, start: p)
        }
        return nil
    }

    /// Qualifier words before a month, year or season.
    func qualified(_ i: Int) -> Cand? {
        var j = i
        var q: DateQualifier
        if isWord(j, "by") {
            j += 1
            if isWord(j, "the") { j += 1 }
            guard isWord(j, "end") else { return nil }
            j += 1
            if isWord(j, "of") { j += 1 }
            q = .byEnd
        } else {
            if isWord(j, "the") { j += 1 }
            switch word(j) {
            case "end": q = .end; j += 1; if isWord(j, "of") { j += 1 }
            case "beginning": q = .beginning; j += 1; if isWord(j, "of") { j += 1 }
            case "beg": q = .beginning; j += 1; if punct(j, ".") { j += 1 }; if isWord(j, "of") { j += 1 }
            case "start": q = .beginning; j += 1; guard isWord(j, "of") else { return nil }; j += 1
            case "early": q = .early; j += 1
            case "mid": q = .mid; j += 1; if punct(j, Self.dashes) { j += 1 }
            case "late": q = .late; j += 1
            default: return nil
            }
        }
        if isWord(j, "the") { j += 1 }
        var inner: Cand? = nil
        for c in [season(j), monthYear(j), monthDayYear(j), yearish(j), bareMonthLoose(j)] {
            guard let c, c.kind != .range, c.kind != .period || c.precision == .financialYear else { continue }
            if c.start?.d.day != nil { continue }
            if inner == nil || c.next > inner!.next { inner = c }
        }
        guard var c = inner, var p = c.start else { return nil }
        if p.qualifier == nil || q == .byEnd { p.qualifier = q }
        c.start = p
        c.kind = .date
        return c
    }

    /// A month name on its own, allowed after a qualifier even in finder mode.
    func bareMonthLoose(_ i: Int) -> Cand? {
        guard let w = word(i), monthNumber(w) != nil,
              let (m, j) = month(i, afterDay: false) else { return nil }
        return Cand(next: j, kind: .date, start: Piece(d: PartialDate(month: m)))
    }

    /// "w/c 3 June", "week commencing 3 June 2016", "w/e 7 June": a seven-day range.
    func week(_ i: Int) -> Cand? {
        var j = i
        var ending = false
        if isWord(j, "w"), punct(j + 1, "/"), let w2 = word(j + 2), w2 == "c" || w2 == "e" {
            ending = w2 == "e"
            j += 3
        } else if isWord(j, "wc") {
            j += 1
        } else if isWord(j, "week"), let w2 = word(j + 1), Self.weekWords.contains(w2) {
            ending = w2 == "ending"
            j += 2
        } else { return nil }
        if punct(j, ".") { j += 1 }
        if punct(j, ":") { j += 1 }
        guard let c = dayMonthYear(j) ?? monthDayYear(j) ?? numeric(j), var p = c.start, p.d.day != nil else { return nil }
        resolveYearless(&p)
        guard let m = p.d.month, let d = p.d.day else { return nil }
        let y = p.d.year ?? (m == 2 && d == 29 ? 2000 : 2001)
        let base = Calendar.daysFromCivil(y, m, d)
        let (oy, om, od) = Calendar.civil(fromDays: ending ? base - 6 : base + 6)
        var other = Piece(d: PartialDate(year: p.d.year == nil ? nil : oy, month: om, day: od))
        other.yearInferred = p.yearInferred
        if p.d.year == nil && oy != y { other.d = PartialDate(month: om, day: od) }
        return Cand(next: c.next, kind: .range, start: ending ? other : p, end: ending ? p : other, precision: .range)
    }

    // MARK: Times

    func ampm(_ i: Int) -> (Bool, Int)? {
        if let w = word(i) {
            if w == "am" || w == "pm" {
                // A full stop after "am"/"pm" ends the sentence; it is not part of the time.
                return (w == "pm", i + 1)
            }
            // Welsh "yb" (y bore, morning), "yh" (yr hwyr, evening), "yp" (y prynhawn, afternoon).
            if (w == "yb" || w == "yh" || w == "yp") && ctx.reads(.welsh) { return (w != "yb", i + 1) }
            if (w == "a" || w == "p") && punct(i + 1, ".") && joined(i + 1) && isWord(i + 2, "m") && joined(i + 2) {
                var n = i + 3
                if punct(n, ".") && joined(n) { n += 1 }
                return (w == "p", n)
            }
        }
        return nil
    }

    func hhmm(_ h: Int, _ m: Int) -> String {
        (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    /// Words after a 24-hour time that say it is one: "19.00 hrs", "1900 hours", "18:00 horas".
    static let hourWords: Set<String> = ["hrs", "hr", "hours", "horas", "hs", "h"]

    /// Words before a number of hours that make it a duration: "for 1500 hours", "une
    /// formation de 14 heures", "pendant 3 heures".
    static let durationBefore: Set<String> = [
        "for", "of", "over", "than", "additional", "extra", "total", "approximately", "about", "around", "some", "up", "within",
        "de", "d", "pendant", "durant", "environ", "plus", "moins", "durée", "por", "durante",
    ]
    /// Words after a number of hours that make it a duration: "18.50 hours per week",
    /// "1500 hours of tutoring", "14 heures par semaine".
    static let durationAfter: Set<String> = [
        "per", "a", "an", "each", "every", "of", "weekly", "monthly", "annually", "a-week", "par", "de", "d", "hebdomadaires",
        "mensuelles", "annuelles", "por", "al", "semanales", "worked", "spent", "training", "tutoring", "contact",
    ]

    /// Whether the number of hours from `i` to `j` (after the hour word) is a duration, not a
    /// clock time: a quantity word before it or a rate or complement after it. "de 14 heures
    /// à 16 heures" is a time span and stays.
    func isDuration(_ i: Int, after j: Int) -> Bool {
        if i > 0, let w = word(i - 1), Self.durationBefore.contains(w) {
            // "de 14 heures à 16 heures", "from 1400 hours to 1600 hours": a span of times.
            if isWord(j, "à") || isWord(j, "to") || isWord(j, "a") || punct(j, Self.dashes) { return false }
            return true
        }
        if let w = word(j), Self.durationAfter.contains(w) { return true }
        if punct(j, "/") { return true }
        return false
    }

    /// "2.00 pm", "6:00 p.m.", "5pm", "12 noon"; French "20h30", "16 h", "16 h 30", "19 heures";
    /// 24-hour "18:30", "19.00", "1900" only when `allow24` (after "at", "à", "a las" or
    /// beside a date) or followed by "hrs"/"hours"/"horas".
    package func time(_ i: Int, allow24: Bool = false) -> (String, Int)? {
        if let w = word(i), w == "noon" || w == "midday" || w == "midi" || w == "mediodía" {
            if finder && !allow24 { return nil }
            return ("12:00", i + 1)
        }
        guard let h = number(i) else { return nil }
        // "1900", "1930 hrs": a four-digit 24-hour time, only where a time is expected.
        // "530pm", "1130 am": a compact 12-hour time.
        if h.digits == 3 || h.digits == 4, let (pm, n) = ampm(i + 1) {
            let hh = h.value / 100, mm = h.value % 100
            guard hh >= 1, hh <= 12, mm <= 59 else { return nil }
            return (hhmm(hh % 12 + (pm ? 12 : 0), mm), n)
        }
        if h.digits == 4 {
            let hh = h.value / 100, mm = h.value % 100
            guard hh <= 23, mm <= 59 else { return nil }
            if let w = word(i + 1), Self.hourWords.contains(w), w != "h" {
                return isDuration(i, after: i + 2) ? nil : (hhmm(hh, mm), i + 2)
            }
            if allow24 && cleanAfter(i + 1) && word(i + 1) == nil { return (hhmm(hh, mm), i + 1) }
            return nil
        }
        guard h.digits <= 2 else { return nil }
        // French "20h30", "16h", "16 h 30", "10H30", "19 heures (30)".
        if let w = word(i + 1), w == "h" || w == "heures" || w == "heure", h.value <= 23, ctx.reads(.french) {
            let glued = joined(i + 1)
            var j = i + 2
            var minute = 0
            if let mm = number(j), mm.digits == 2, mm.value <= 59, w == "h" ? (joined(j) == glued) : true {
                minute = mm.value
                j += 1
                if isWord(j, "min") || isWord(j, "minutes") { j += 1 }
            }
            // "16 h" with a space needs a time to be expected or minutes after it.
            if w == "h" && !glued && !allow24 && minute == 0 && j == i + 2 { return nil }
            if w == "h" && (j >= t.count || t[j].spaceBefore || t[j].kind == .punct) == false { return nil }
            if w != "h" && minute == 0 && isDuration(i, after: j) { return nil }  // "une formation de 14 heures"
            return (hhmm(h.value, minute), j)
        }
        var j = i + 1
        var minute = 0
        var colon = false
        var dotted = false
        if (punct(j, ".") || punct(j, ":")) && joined(j), let mm = number(j + 1), joined(j + 1), mm.digits == 2 {
            guard mm.value <= 59 else { return nil }
            colon = punct(j, ":")
            dotted = !colon
            minute = mm.value
            j += 2
        }
        if let (pm, n) = ampm(j) {
            guard h.value >= 1 && h.value <= 12 else { return nil }
            var hour = h.value % 12
            if pm { hour += 12 }
            return (hhmm(hour, minute), n)
        }
        if j == i + 1, h.value == 12, let w = word(j) {
            if w == "noon" || w == "midday" { return ("12:00", j + 1) }
            if w == "midnight" { return ("00:00", j + 1) }
        }
        if (colon || dotted) && h.value <= 23, let w = word(j), Self.hourWords.contains(w) {
            return isDuration(i, after: j + 1) ? nil : (hhmm(h.value, minute), j + 1)
        }
        // 24-hour: "18:30" after "at"; "19.00" only with a two-digit hour or one past noon
        // ("at 7.30" may be morning or evening).
        if allow24 && h.value <= 23 && cleanAfter(j) && (colon || (dotted && (h.digits == 2 || h.value >= 13))) {
            return (hhmm(h.value, minute), j)
        }
        return nil
    }

    // MARK: French dates in words

    static var frenchUnits: [String: Int] { FrenchNumbers.units }
    static var frenchTens: [String: Int] { FrenchNumbers.tens }

    /// A hyphen, a space or "et" between the parts of a French number ("vingt-trois",
    /// "vingt trois", "vingt et un").
    func frenchJoin(_ j: Int) -> Int {
        if punct(j, Self.dashes) && joined(j) && joined(j + 1) { return j + 1 }
        if isWord(j, "et") { return j + 1 }
        return j
    }

    /// 1–19 in words ("dix-sept").
    func frenchSmall(_ j: Int) -> (Int, Int)? {
        guard let w = word(j), let v = Self.frenchUnits[w] else { return nil }
        if v == 10 {
            let k = frenchJoin(j + 1)
            if let w2 = word(k), let u = Self.frenchUnits[w2], u >= 7 && u <= 9 { return (10 + u, k + 1) }
        }
        return (v, j + 1)
    }

    /// 1–99 in words ("vingt-trois", "trente et un", "quatre-vingt-dix").
    func frenchBelow100(_ j: Int) -> (Int, Int)? {
        var tens = 0
        var k = j
        if let w = word(j), let t0 = Self.frenchTens[w] {
            tens = t0
            k = j + 1
        } else if isWord(j, "quatre"), punct(j + 1, Self.dashes), let w = word(j + 2), w == "vingt" || w == "vingts" {
            tens = 80
            k = j + 3
        }
        guard tens > 0 else { return frenchSmall(j) }
        let n = frenchJoin(k)
        if let (u, after) = frenchSmall(n), u < 10 || tens == 60 || tens == 80 {
            return (tens + u, after)
        }
        return (tens, k)
    }

    /// "Le douze juillet deux mil vingt-trois", "vingt trois Juillet deux mille vingt", with an
    /// optional ", à 20 heures": a French date written out in words (years 2000–2099).
    package func wordDate(_ i: Int) -> Cand? {
        guard ctx.reads(.french) else { return nil }
        var day: Int
        var j: Int
        if isWord(i, "premier") || isWord(i, "1er") {
            day = 1
            j = i + 1
        } else {
            guard let (d, n) = frenchBelow100(i) else { return nil }
            day = d
            j = n
        }
        guard let w = word(j), let m = Self.foreignMonths[.french]?[w], Self.foreignFullMonths.contains(w),
              Calendar.isValid(year: nil, month: m, day: day) else { return nil }
        j += 1
        guard isWord(j, "deux"), let w2 = word(j + 1), w2 == "mille" || w2 == "mil" else { return nil }
        var year = 2000
        j += 2
        if let (y, n) = frenchBelow100(j) {
            year += y
            j = n
        }
        guard Calendar.isValid(year: year, month: m, day: day) else { return nil }
        var c = Cand(next: j, kind: .date, start: Piece(d: PartialDate(year: year, month: m, day: day)))
        var k = j
        if punct(k, ",") { k += 1 }
        if let n = atWord(k), let (tm, after) = time(n, allow24: true) {
            c.time = tm
            c.next = after
        }
        return c
    }

    // MARK: Combinations

    /// A single calendar date (day, month or year precision).
    package func single(_ i: Int) -> Cand? {
        if let m = singleMemo[i] { return m }
        let r = singleUncached(i)
        singleMemo[i] = r
        return r
    }

    func singleUncached(_ i: Int) -> Cand? {
        var best: Cand? = nil
        for c in [dayMonthYear(i), monthDayYear(i), monthYear(i), numeric(i), qualified(i), season(i)] {
            guard let c else { continue }
            if best == nil || c.next > best!.next { best = c }
        }
        return best
    }

    /// A full date that a time may be joined to.
    func dayDate(_ i: Int) -> Cand? {
        guard let c = single(i), c.kind == .date || c.kind == .numeric, c.start?.d.day != nil else { return nil }
        return c
    }

    /// After a date: "at", "from", French "à", Welsh "am", Spanish "a las"; returns the next index.
    package func atWord(_ j: Int) -> Int? {
        guard let w = word(j), Self.atWords.contains(w) else { return nil }
        switch w {
        case "a": return ctx.reads(.spanish) && (isWord(j + 1, "las") || isWord(j + 1, "la")) ? j + 2 : nil
        case "am": return ctx.reads(.welsh) && number(j + 1) != nil ? j + 1 : nil
        case "à", "dès": return ctx.reads(.french) ? j + 1 : nil
        default: return j + 1
        }
    }

    /// TIME [,] [on] [,] DATE  or  DATE [,] [at] TIME.
    func joinedTime(_ i: Int) -> Cand? {
        if let (tm, j0) = time(i) {
            var j = j0
            if punct(j, ",") { j += 1 }
            if isWord(j, "on") || (isWord(j, "le") && ctx.reads(.french)) { j += 1 }
            if var c = dayDate(j) {
                c.time = tm
                return c
            }
            return nil
        }
        guard var c = dayDate(i) else { return nil }
        var j = c.next
        var joiner = false
        if punct(j, Self.timeJoiners) { j += 1; joiner = true }
        var at = false
        if let n = atWord(j) { j = n; at = true }
        // "21 June 2023, 2024" is two years, not 20:24: a four-digit time needs "at".
        if !at, number(j)?.digits == 4, word(j + 1).map({ Self.hourWords.contains($0) }) != true { return nil }
        guard let (tm, k) = time(j, allow24: at || joiner) else { return nil }
        // "As at 31 March 2024, 12.50 FTE posts were vacant": after a bare joiner a 24-hour
        // time closes the phrase (the end, punctuation, "in"/"at"/"à", a capitalised place);
        // a number that a noun follows is a quantity.
        if !at, k == j + 3 || k == j + 1, !closesTime(k) { return nil }
        c.time = tm
        c.next = k
        return c
    }

    /// What may follow a time printed after a date and a comma or a dash.
    func closesTime(_ k: Int) -> Bool {
        guard k < t.count else { return true }
        switch t[k].kind {
        case .punct: return true
        case .number: return false
        case .word:
            if let w = word(k), ["in", "at", "à", "en", "a", "au", "via", "until", "to", "and", "et", "y", "hrs", "hr", "hours", "heures", "horas"].contains(w) { return true }
            // A capitalised word, not an abbreviation in capitals ("Council Chamber", not "FTE").
            let text = t[k].text
            return text.first?.isUppercase == true && text.dropFirst().contains { $0.isLowercase }
        }
    }

    /// LEFT sep RIGHT, with the year (and month) of the right side carried to the left.
    package func range(_ i: Int) -> Cand? {
        // M D-D [,] YYYY ("July 15-18, 2019")
        if let (m, j) = month(i, afterDay: false), let (d1, j1, _) = day(j), punct(j1, Self.dashes),
           let (d2, j2, _) = day(j1 + 1), d2 > d1 {
            var n = j2
            if punct(n, ",") { n += 1 }
            if let (y, k) = year4(n), Calendar.isValid(year: y, month: m, day: d2) {
                return Cand(next: k, kind: .range, start: Piece(d: PartialDate(year: y, month: m, day: d1)),
                            end: Piece(d: PartialDate(year: y, month: m, day: d2)), precision: .range)
            }
        }
        var lefts: [Cand] = []
        if let c = single(i) { lefts.append(c) }
        if let c = yearish(i), c.kind == .bareYear { lefts.append(c) }
        if let c = bareMonthLoose(i) { lefts.append(c) }
        if let (d, j, _) = day(i) {
            lefts.append(Cand(next: j, kind: .date, start: Piece(d: PartialDate(day: d))))
        }
        var best: Cand? = nil
        for left in lefts {
            guard var lp = left.start else { continue }
            var j = left.next
            var slash = false
            if punct(j, Self.dashes) {
                j += 1
            } else if punct(j, "/") && joined(j) && lp.d.day == nil && lp.d.year == nil {
                slash = true
                j += 1
            } else if let w = word(j), Self.rangeWords.contains(w) || (w == "and" && i > 0 && word(i - 1) == "between")
                        || foreignRangeWord(w, after: i) {
                // "between 7 October and 2 December 2024" is a span; "7 October and 2 December" alone is two dates.
                j += 1
            } else { continue }
            var rights: [Cand] = []
            if let c = single(j) { rights.append(c) }
            if let c = yearish(j), c.kind == .bareYear { rights.append(c) }
            for right in rights {
                guard let rp = right.start else { continue }
                if slash && (rp.d.day != nil || rp.d.month == nil) { continue }
                if rp.d.month == nil && rp.d.year == nil { continue }
                // Shapes must be compatible: a day-only left needs a day on the right.
                if lp.d.month == nil && lp.d.year == nil && rp.d.day == nil { continue }
                if lp.d.year != nil && lp.d.month == nil && rp.d.month != nil && lp.d.day == nil { continue }
                if lp.d.month == nil && lp.d.day != nil { lp.d.month = rp.d.month }
                if lp.d.year == nil, let ry = rp.d.year {
                    lp.d.year = ry
                    if let lm = lp.d.month, let rm = rp.d.month, lm > rm { lp.d.year = ry - 1 }
                    lp.twoDigit = rp.twoDigit
                }
                if let lm = lp.d.month, let ld = lp.d.day, !Calendar.isValid(year: lp.d.year, month: lm, day: ld) { continue }
                // Left must not come after right.
                if let ly = lp.d.year, let ry = rp.d.year {
                    let l = (ly, lp.d.month ?? 1, lp.d.day ?? 1)
                    let r = (ry, rp.d.month ?? 12, rp.d.day ?? 31)
                    if l > r { continue }
                    if ly == ry && lp.d.month == nil && rp.d.month == nil { continue }
                }
                if lp.d.year == nil && rp.d.year == nil, let lm = lp.d.month, let rm = rp.d.month,
                   (lm, lp.d.day ?? 1) > (rm, rp.d.day ?? 31) { continue }
                let c = Cand(next: right.next, kind: .range, start: lp, end: rp, precision: .range)
                if best == nil || c.next > best!.next { best = c }
            }
        }
        return best
    }

    /// "12 au 15 juillet", "del 1 al 15 de marzo", "6 i 8 Chwefror", "hasta"; "entre 3 et
    /// 5 mai" / "entre el 3 y el 5 de mayo" like "between … and".
    func foreignRangeWord(_ w: String, after i: Int) -> Bool {
        switch w {
        case "au": return ctx.reads(.french)
        case "al", "hasta": return ctx.reads(.spanish)
        case "i", "tan": return ctx.reads(.welsh)
        case "et": return ctx.reads(.french) && i > 0 && word(i - 1) == "entre"
        case "y": return ctx.reads(.spanish) && i > 0 && word(i - 1) == "entre"
        default: return false
        }
    }

    /// Every reading that starts at token `i`, longest first in `best`.
    package func best(at i: Int) -> Cand? {
        var best: Cand? = nil
        func consider(_ c: Cand?) {
            guard let c else { return }
            if best == nil || c.next > best!.next { best = c }
        }
        consider(joinedTime(i))
        consider(range(i))
        consider(week(i))
        consider(quarter(i))
        consider(single(i))
        consider(yearish(i))
        consider(bareMonth(i))
        consider(wordDate(i))
        if let (tm, n) = time(i) { consider(Cand(next: n, kind: .time, start: nil, time: tm)) }
        return best
    }

    // MARK: Finishing

    func resolveYearless(_ p: inout Piece) {
        guard p.d.year == nil, let m = p.d.month, let y = ctx.yearFor(month: m, day: p.d.day) else { return }
        p.d.year = y
        p.yearInferred = true
    }

    package func finish(_ c: Cand) -> ParsedDate {
        guard var s = c.start else {
            return ParsedDate(value: nil, precision: nil, time: c.time)
        }
        var e = c.end
        if var ep = e {
            resolveYearless(&ep)
            if s.d.year == nil, let ey = ep.d.year, ep.yearInferred {
                s.d.year = ey
                if let sm = s.d.month, let em = ep.d.month, sm > em { s.d.year = ey - 1 }
                s.yearInferred = true
            }
            e = ep
        }
        resolveYearless(&s)
        if var alt = s.alternative, alt.year == nil, let m = alt.month, let y = ctx.yearFor(month: m, day: alt.day) {
            alt.year = y
            s.alternative = alt
        }
        // A printed weekday picks the year of a yearless date when the nearest year does not fit
        // but the year either side does ("Thursday 2 May" in a pack dated August 2018).
        if s.yearInferred, let wd = s.weekday, let y = s.d.year, let m = s.d.month, let d = s.d.day,
           Calendar.weekday(y, m, d) != wd {
            for alt in [y - 1, y + 1] where Calendar.isValid(year: alt, month: m, day: d) && Calendar.weekday(alt, m, d) == wd {
                s.d.year = alt
                break
            }
        }
        var mismatch = false
        if let wd = s.weekday, let y = s.d.year, let m = s.d.month, let d = s.d.day {
            mismatch = Calendar.weekday(y, m, d) != wd
        }
        let precision: DatePrecision
        if let p = c.precision {
            precision = p
        } else if s.d.day != nil {
            precision = .day
        } else if s.d.month != nil {
            precision = .month
        } else {
            precision = .year
        }
        return ParsedDate(value: s.d.iso, end: e?.d.iso, precision: precision, time: c.time,
                          ambiguous: s.ambiguous || (e?.ambiguous ?? false) || (ctx.referenceYearIsLoose && (s.yearInferred || (e?.yearInferred ?? false))),
                          alternative: s.alternative?.iso, weekdayMismatch: mismatch, weekday: s.weekday,
                          yearInferred: s.yearInferred || (e?.yearInferred ?? false),
                          twoDigitYear: s.twoDigit || (e?.twoDigit ?? false),
                          qualifier: s.qualifier)
    }
}
