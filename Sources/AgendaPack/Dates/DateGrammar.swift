/// The hand-written grammar shared by `DateParser` (whole string) and `DateFinder`
/// (anywhere in a line). See `DateParser` for the grammar in prose.
final class DateGrammar {
    let t: [DateToken]
    let ctx: DateContext
    /// Finder mode: stricter about capitalisation, bare months and bare years.
    let finder: Bool
    /// `single(i)` is asked for by several combinations at the same token.
    private var singleMemo: [Int: Cand?] = [:]

    init(t: [DateToken], ctx: DateContext, finder: Bool) {
        self.t = t
        self.ctx = ctx
        self.finder = finder
    }

    // MARK: Pieces and candidates

    struct Piece {
        var d = PartialDate()
        var twoDigit = false
        var ambiguous = false
        var alternative: PartialDate? = nil
        var weekday: Int? = nil
        var qualifier: DateQualifier? = nil
        var yearInferred = false
    }

    enum Kind { case date, numeric, bareYear, bareMonth, time, range, period }

    struct Cand {
        var next: Int
        var kind: Kind
        var start: Piece?
        var end: Piece? = nil
        var precision: DatePrecision? = nil
        var time: String? = nil
    }

    // MARK: Word tables

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    static let fullMonths: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]
    static let seasons: [String: DateQualifier] = [
        "spring": .spring, "summer": .summer, "autumn": .autumn, "fall": .autumn, "winter": .winter,
    ]
    static let ordinals: Set<String> = ["st", "nd", "rd", "th"]
    static let dashes: Set<String> = ["-", "–", "—", "‐", "‑"]
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
        s.formUnion(["w", "week", "wc", "q", "quarter", "by", "the", "end", "beginning", "beg",
                     "start", "early", "mid", "late", "noon", "midday", "midnight"])
        return s
    }()

    // MARK: Token helpers

    func word(_ i: Int) -> String? { i < t.count && t[i].kind == .word ? t[i].lower : nil }
    func isWord(_ i: Int, _ w: String) -> Bool { word(i) == w }
    func punct(_ i: Int, _ set: Set<String>) -> Bool { i < t.count && t[i].kind == .punct && set.contains(t[i].text) }
    func punct(_ i: Int, _ s: String) -> Bool { i < t.count && t[i].kind == .punct && t[i].text == s }
    func number(_ i: Int) -> DateToken? { i < t.count && t[i].kind == .number ? t[i] : nil }
    func joined(_ i: Int) -> Bool { i < t.count && !t[i].spaceBefore }

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
    func month(_ i: Int, afterDay: Bool) -> (Int, Int)? {
        guard let w = word(i), let m = Self.months[w] else { return nil }
        if finder && !t[i].capitalised && !afterDay { return nil }
        var n = i + 1
        if !Self.fullMonths.contains(w) && punct(n, ".") && joined(n) { n += 1 }
        return (m, n)
    }

    /// Weekday name with an optional joined full stop and an optional comma.
    func weekday(_ i: Int) -> (Int, Int)? {
        guard let w = word(i), let d = Self.weekdays[w] else { return nil }
        if finder && !t[i].capitalised { return nil }
        var n = i + 1
        if w.count <= 5 && punct(n, ".") && joined(n) { n += 1 }
        if punct(n, ",") { n += 1 }
        return (d, n)
    }

    /// Day number 1–31 with an optional ordinal suffix (joined or split: "10 th"),
    /// then optional "day of" / "of" after an ordinal.
    func day(_ i: Int) -> (day: Int, next: Int, ordinal: Bool)? {
        guard let n = number(i), n.digits <= 2, n.value >= 1, n.value <= 31 else { return nil }
        var j = i + 1
        var ord = false
        if let w = word(j), Self.ordinals.contains(w) {
            ord = true
            j += 1
        }
        if ord {
            if isWord(j, "day") && isWord(j + 1, "of") { j += 2 } else if isWord(j, "of") { j += 1 }
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
        if punct(n, Self.commaStop) { n += 1 }
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
        if finder && !t[j1].capitalised && (p.d.year == nil || p.twoDigit) { return nil }
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

    /// M [,] YYYY, or M 'YY.
    func monthYear(_ i: Int) -> Cand? {
        guard let (m, j) = month(i, afterDay: false) else { return nil }
        var n = j
        if punct(n, ",") { n += 1 }
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
    func numeric(_ i: Int) -> Cand? {
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
            // "2025-35", "2015 - 17": a span of years written with the second year's last two digits.
            if n.digits == 2 && !slash, n.value > y % 100, n.value - y % 100 < 50 {
                return Cand(next: j + 2, kind: .range, start: Piece(d: PartialDate(year: y)),
                            end: Piece(d: PartialDate(year: y - y % 100 + n.value)), precision: .range)
            }
            if n.digits == 4 && n.value > y && n.value - y < 100 {
                return Cand(next: j + 2, kind: .range, start: Piece(d: PartialDate(year: y)),
                            end: Piece(d: PartialDate(year: n.value)), precision: .range)
            }
        }
        // "2015 - 17" with spaces round the dash.
        if punct(j, Self.dashes), !joined(j), let n = number(j + 1), n.digits == 2, cleanAfter(j + 2),
            n.value > y % 100, n.value - y % 100 < 50
        {
            return Cand(next: j + 2, kind: .range, start: Piece(d: PartialDate(year: y)),
                        end: Piece(d: PartialDate(year: y - y % 100 + n.value)), precision: .range)
        }
        guard cleanAfter(j) || punct(j, ":") else { return nil }
        return Cand(next: j, kind: .bareYear, start: Piece(d: PartialDate(year: y)))
    }

    /// A financial year ("2015/16", "2024-25"): the two years as printed, precision
    /// financial_year. The months are not printed, so none are written (a UK council year
    /// runs April to March, a US fiscal year may start in July or October: the precision
    /// says which kind of year it is, the reader knows the rest).
    func financialYear(_ y: Int, next: Int) -> Cand {
        Cand(next: next, kind: .period, start: Piece(d: PartialDate(year: y)),
             end: Piece(d: PartialDate(year: y + 1)), precision: .financialYear)
    }

    /// Q1–Q4 (or "Quarter 3") followed by a financial year or a calendar year.
    func quarter(_ i: Int) -> Cand? {
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
        guard let w = word(i), Self.fullMonths.contains(w) || Self.months[w] != nil,
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

    /// "2.00 pm", "6:00 p.m.", "5pm", "12 noon"; 24-hour "18:30" only when `allow24`.
    func time(_ i: Int, allow24: Bool = false) -> (String, Int)? {
        if let w = word(i), w == "noon" || w == "midday" {
            if finder { return nil }
            return ("12:00", i + 1)
        }
        guard let h = number(i), h.digits <= 2 else { return nil }
        var j = i + 1
        var minute = 0
        var colon = false
        if (punct(j, ".") || punct(j, ":")) && joined(j), let mm = number(j + 1), joined(j + 1), mm.digits == 2 {
            guard mm.value <= 59 else { return nil }
            colon = punct(j, ":")
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
        if allow24 && colon && h.value <= 23 && cleanAfter(j) {
            return (hhmm(h.value, minute), j)
        }
        return nil
    }

    // MARK: Combinations

    /// A single calendar date (day, month or year precision).
    func single(_ i: Int) -> Cand? {
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

    /// TIME [,] [on] [,] DATE  or  DATE [,] [at] TIME.
    func joinedTime(_ i: Int) -> Cand? {
        if let (tm, j0) = time(i) {
            var j = j0
            if punct(j, ",") { j += 1 }
            if isWord(j, "on") { j += 1 }
            if var c = dayDate(j) {
                c.time = tm
                return c
            }
            return nil
        }
        guard var c = dayDate(i) else { return nil }
        var j = c.next
        if punct(j, Self.timeJoiners) { j += 1 }
        var at = false
        if isWord(j, "at") || isWord(j, "from") { j += 1; at = true }
        guard let (tm, k) = time(j, allow24: at) else { return nil }
        c.time = tm
        c.next = k
        return c
    }

    /// LEFT sep RIGHT, with the year (and month) of the right side carried to the left.
    func range(_ i: Int) -> Cand? {
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
            } else if let w = word(j), Self.rangeWords.contains(w) || (w == "and" && i > 0 && word(i - 1) == "between") {
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

    /// Every reading that starts at token `i`, longest first in `best`.
    func best(at i: Int) -> Cand? {
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
        if let (tm, n) = time(i) { consider(Cand(next: n, kind: .time, start: nil, time: tm)) }
        return best
    }

    // MARK: Finishing

    func resolveYearless(_ p: inout Piece) {
        guard p.d.year == nil, let m = p.d.month, let y = ctx.yearFor(month: m, day: p.d.day) else { return }
        p.d.year = y
        p.yearInferred = true
    }

    func finish(_ c: Cand) -> ParsedDate {
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
                          ambiguous: s.ambiguous || (e?.ambiguous ?? false),
                          alternative: s.alternative?.iso, weekdayMismatch: mismatch, weekday: s.weekday,
                          yearInferred: s.yearInferred || (e?.yearInferred ?? false),
                          twoDigitYear: s.twoDigit || (e?.twoDigit ?? false),
                          qualifier: s.qualifier)
    }
}
