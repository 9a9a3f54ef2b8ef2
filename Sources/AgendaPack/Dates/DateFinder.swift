/// One date expression found in a line or paragraph.
public struct FoundDate: Sendable, Hashable {
    /// UTF-16 offsets into the scanned string (`NSRange`-compatible, cheap to map to
    /// glyph positions); use `range(in:)` for `String.Index`.
    public var utf16Range: Range<Int>
    /// The text as printed.
    public var text: String
    public var date: ParsedDate

    public init(utf16Range: Range<Int>, text: String, date: ParsedDate) {
        self.utf16Range = utf16Range
        self.text = text
        self.date = date
    }

    /// The match as a `String.Index` range of the string it was found in.
    public func range(in string: String) -> Range<String.Index> {
        let u = string.utf16
        let lo = u.index(u.startIndex, offsetBy: utf16Range.lowerBound)
        let hi = u.index(u.startIndex, offsetBy: utf16Range.upperBound)
        return lo..<hi
    }
}

/// Finds every date, date range and time in a line or paragraph.
///
/// Scans left to right; at each token it takes the longest expression the `DateParser`
/// grammar reads there, so matches never overlap and the longest wins ("2.00 pm on
/// Thursday, 21st July, 2016" is one match, not three). Stricter than the parser to keep
/// false positives down:
/// - month and weekday names must be capitalised unless they follow a day number
///   ("12th march 2025"), so "may" and "march" as words are never dates;
/// - a month name on its own counts only as a full name after a preposition or qualifier
///   ("in February", "by end of March"), never as a forename ("June Hutchinson");
/// - a bare four-digit number counts as a year only in 1990–2099, not after £/$/€/#, "page",
///   "no.", "tel" and similar, and not before a count noun ("2000 people", "the 2000 mark");
/// - a number glued to other digits or letters is never the start of a date ("4.2.18",
///   "Min-11-15-22", "£2,016", "7683 3111" are not dates); dotted numeric dates need
///   two-digit day and month or a four-digit year ("10.09.15" yes, "4.2.18" no);
/// - bare times need am/pm or noon ("4.35 pm"); "2.1" is never a time.
/// Lines with no digit and no capitalised/known date word are skipped after tokenising.
public enum DateFinder {
    static let prepositions: Set<String> = [
        "in", "since", "until", "till", "during", "from", "before", "after", "by", "throughout",
        "of", "to", "early", "late", "mid", "end", "beginning", "on",
    ]
    static let currency: Set<String> = ["£", "$", "€", "#", "¥"]
    static let joiners: Set<String> = [".", ",", "/", "-", ":", "–"]
    static let continuers: Set<String> = ["/", "-", "."]
    static let rejectBeforeYear: Set<String> = [
        "page", "pages", "p", "pp", "para", "paragraph", "paragraphs", "item", "items", "no", "nos",
        "number", "ref", "reference", "room", "tel", "telephone", "phone", "ext", "extension", "box",
        "route", "bus", "section", "clause", "regulation", "rule", "appendix", "annex", "line", "id",
        "approximately", "around", "over", "than", "circa", "about", "total",
        "unit", "flat", "house", "code",
    ]
    static let countNouns: Set<String> = [
        "mark", "people", "persons", "children", "families", "pupils", "staff", "homes", "houses",
        "units", "places", "members", "residents", "votes", "hours", "miles", "metres", "meters",
        "km", "kg", "tonnes", "sq", "square", "beds", "jobs", "cases", "calls", "visits",
        "referrals", "contacts", "properties", "vehicles", "spaces", "employees", "students",
        "words", "pages", "items", "per", "x", "dwellings", "acres", "hectares", "ha", "m", "mm",
        "cm", "ft", "feet", "sqm", "patients", "beds", "bed", "young", "adults", "households",
        "street", "st", "road", "rd", "avenue", "ave", "lane", "suite", "blvd", "boulevard", "way",
    ]

    public static func find(in text: String, context: DateContext = DateContext()) -> [FoundDate] {
        let tokens = DateTokenizer.tokenize(text)
        guard !tokens.isEmpty else { return [] }
        // Cheap prefilter: nothing to find without a digit or a date word.
        var any = false
        for tk in tokens where tk.kind == .number || (tk.kind == .word && DateGrammar.starters.contains(tk.lower)) {
            any = true
            break
        }
        guard any else { return [] }
        let g = DateGrammar(t: tokens, ctx: context, finder: true)
        var out: [FoundDate] = []
        var i = 0
        while i < tokens.count {
            let tk = tokens[i]
            let startable = tk.kind == .number || (tk.kind == .word && DateGrammar.starters.contains(tk.lower))
            guard startable, startBoundaryOK(tokens, i), var c = g.best(at: i) else {
                i += 1
                continue
            }
            if !accept(c, tokens, i) {
                // "November 2024-25": the month and year do not read together (the year is a
                // financial year), but the month alone, after a title's dash, may.
                guard let month = g.bareMonthLoose(i), afterTitleDash(tokens, i, next: month.next) else {
                    i += 1
                    continue
                }
                c = month
            }
            let lo = tokens[i].start
            let hi = tokens[c.next - 1].end
            let u = text.utf16
            let s = String(u[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)]) ?? ""
            out.append(FoundDate(utf16Range: lo..<hi, text: s, date: g.finish(c)))
            i = c.next
        }
        return out
    }

    /// A title's period after a dash: "Monitoring Report – November 2024-25", or "... Report -
    /// November" at the end of a wrapped line. The month is capitalised and followed by a
    /// year or nothing.
    static func afterTitleDash(_ t: [DateToken], _ i: Int, next: Int) -> Bool {
        guard i > 0, t[i - 1].kind == .punct, DateGrammar.dashes.contains(t[i - 1].text), t[i - 1].spaceBefore,
              DateGrammar.fullMonths.contains(t[i].lower), t[i].text.first?.isUppercase == true else { return false }
        return next >= t.count || (t[next].kind == .number && t[next].digits == 4)
    }

    /// A match may not start inside a number or word ("4.2.18", "Min-11-15-22", "£2,016").
    static func startBoundaryOK(_ t: [DateToken], _ i: Int) -> Bool {
        guard i > 0, !t[i].spaceBefore else { return true }
        let prev = t[i - 1]
        switch prev.kind {
        case .number, .word: return false
        case .punct:
            if currency.contains(prev.text) { return false }
            if joiners.contains(prev.text), i >= 2, !prev.spaceBefore,
               t[i - 2].kind != .punct { return false }
            return true
        }
    }

    static func accept(_ c: DateGrammar.Cand, _ t: [DateToken], _ i: Int) -> Bool {
        // Nothing glued on the right.
        if c.next < t.count, !t[c.next].spaceBefore {
            let n = t[c.next]
            if n.kind == .number || n.kind == .word { return false }
            if continuers.contains(n.text), c.next + 1 < t.count, t[c.next + 1].kind == .number,
               !t[c.next + 1].spaceBefore { return false }
        }
        let prevWord = i > 0 && t[i - 1].kind == .word ? t[i - 1].lower : nil
        switch c.kind {
        case .bareYear:
            guard let y = c.start?.d.year, y >= 1990, y <= 2099 else { return false }
            if i > 0, t[i - 1].kind == .punct, currency.contains(t[i - 1].text) { return false }
            if let w = prevWord, rejectBeforeYear.contains(w) { return false }
            if i >= 2, t[i - 1].kind == .punct, t[i - 1].text == ".", t[i - 2].lower == "no" { return false }
            if c.next < t.count {
                let n = t[c.next]
                if n.kind == .word && countNouns.contains(n.lower) { return false }
                if n.kind == .punct && n.text == "%" { return false }
                // Part of a run of numbers: "2016 2017 2018" headers are fine, phone digits are not.
                if n.kind == .number && n.digits != 4 { return false }
            }
            if i > 0, t[i - 1].kind == .number, t[i - 1].digits != 4 { return false }
            return true
        case .bareMonth:
            guard DateGrammar.fullMonths.contains(t[i].lower) else { return false }
            if let w = prevWord, prepositions.contains(w) { return true }
            return afterTitleDash(t, i, next: c.next)
        default:
            return true
        }
    }
}
