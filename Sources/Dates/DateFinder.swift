import LayoutModel
import Parsing

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
/// - bare times need am/pm or noon ("4.35 pm"), or the French "20h30" shape in a paper that
///   reads French; "2.1" is never a time;
/// - a number after an identifier word ("No.", "#", "Resolution", "Ordinance", "Item", "Ref",
///   "Case", "décret n°", "Ordenanza", "Rhif" …, also at the end of the line above when the
///   caller gives it as `lead`) is never a date, and a year glued to a hyphen and a number
///   ("2020- 047") heads a reference number;
/// - dates in a run that prints its year once take that year ("February 13, March 3 and
///   June 12, 2025"), and a bare time later on a date's line joins the date.
/// Lines with no digit and no capitalised/known date word are skipped after tokenising.
public enum DateFinder {
    static let prepositions: Set<String> = [
        "in", "since", "until", "till", "during", "from", "before", "after", "by", "throughout",
        "of", "to", "early", "late", "mid", "end", "beginning", "on",
    ]
    package static let currency: Set<String> = ["£", "$", "€", "#", "¥"]
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
        find(in: text, context: context, lead: nil)
    }

    /// Finds the dates of `text`, reading `lead` (the end of the line before, in the same
    /// column) only as context: "Resolution No." at the end of one line makes the "2021-25"
    /// that opens the next a number, not a span of years. Matches are in `text`'s offsets.
    public static func find(in text: String, context: DateContext, lead: String?) -> [FoundDate] {
        guard let lead, !lead.isEmpty else { return scan(text, context: context) }
        let shift = lead.utf16.count + 1
        return scan(lead + "\n" + text, context: context, from: shift).map { f in
            var g = f
            g.utf16Range = (f.utf16Range.lowerBound - shift)..<(f.utf16Range.upperBound - shift)
            return g
        }
    }

    /// Matches start at or after UTF-16 offset `from`; what comes before is context only.
    package static func scan(_ text: String, context: DateContext, from: Int = 0) -> [FoundDate] {
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
        var matches: [(start: Int, cand: DateGrammar.Cand)] = []
        var i = tokens.firstIndex { $0.start >= from } ?? tokens.count
        while i < tokens.count {
            let tk = tokens[i]
            let startable = tk.kind == .number || (tk.kind == .word && (DateGrammar.starters.contains(tk.lower)
                || (context.reads(.french) && (DateGrammar.frenchUnits[tk.lower] != nil || DateGrammar.frenchTens[tk.lower] != nil || tk.lower == "premier"))))
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
            matches.append((i, c))
            i = c.next
        }
        closeYearRuns(&matches, tokens)
        attachLineTimes(&matches, tokens)
        let u = text.utf16
        return matches.map { m in
            let lo = tokens[m.start].start
            let hi = tokens[m.cand.next - 1].end
            let s = String(u[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)]) ?? ""
            return FoundDate(utf16Range: lo..<hi, text: s, date: g.finish(m.cand))
        }
    }

    /// The year a paper prints most in its full dates (day precision, year printed), latest
    /// first on a tie; nil when it prints none. For a meeting printed without its year
    /// ("20 juin, à 16h00", "June 6, 530pm"): read it again with `DateContext.withPaperYear`,
    /// and its dates come back with that year, marked ambiguous.
    public static func paperYear(in texts: [String], context: DateContext) -> Int? {
        var bare = context
        bare.referenceYear = nil
        bare.referenceMonth = nil
        bare.referenceDay = nil
        return paperYear(of: texts.flatMap { find(in: $0, context: bare) })
    }

    /// The one rule for the paper's year, over dates already found: the year printed most in
    /// full dates (day precision, the year printed, not inferred), latest first on a tie.
    public static func paperYear(of found: [FoundDate]) -> Int? {
        var counts: [Int: Int] = [:]
        for f in found where f.date.precision == .day && !f.date.yearInferred {
            if let v = f.date.value, !v.hasPrefix("-"), let y = Int(v.prefix(4)) { counts[y, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    /// The time printed on its own in the heading block below a date ("TUESDAY, DECEMBER 6,
    /// 2022" / "6:00 P.M."; "April 6, 2016" / "7:30 a.m." in the same column): in the next
    /// five lines, a segment under the date that holds only a time ("at 9.30 am"), with only
    /// short lines and no other date between. Only for a date that is most of its own segment
    /// (`heading`: a heading, not a sentence).
    public static func headingTime(below index: Int, segment: Segment, heading: Bool, lines: [Line], context: DateContext) -> String? {
        guard heading, index + 1 < lines.count, TextTools.squash(segment.text).count <= 80 else { return nil }
        var bottom = segment.bbox.y1
        for k in (index + 1)..<min(lines.count, index + 6) {
            let line = lines[k]
            guard line.bbox.y0 - bottom < segment.bbox.height * 3 else { return nil }
            bottom = line.bbox.y1
            for other in line.segments where other.bbox.x0 < segment.bbox.x1 && other.bbox.x1 > segment.bbox.x0 {
                let t = TextTools.squash(other.text)
                let found = find(in: t, context: context)
                if found.contains(where: { $0.date.value != nil }) { return nil }
                if found.count == 1, let time = found[0].date.time, found[0].text.count * 10 >= t.count * 6 { return time }
                if t.count > 70 { return nil }
            }
        }
        return nil
    }

    /// The time printed beside a heading's date, in a later segment of the same line
    /// ("Tuesday, January 10, 2023" ┃ "5:00 PM"): the first later segment that holds only a
    /// time, unless a segment with a date comes first.
    public static func timeBeside(segment s: Int, of line: Line, heading: Bool, context: DateContext) -> String? {
        guard heading, s + 1 < line.segments.count else { return nil }
        for other in line.segments[(s + 1)...] {
            let t = TextTools.squash(other.text)
            let found = find(in: t, context: context)
            if found.contains(where: { $0.date.value != nil }) { return nil }
            if found.count == 1, let time = found[0].date.time, found[0].text.count * 10 >= t.count * 6 { return time }
        }
        return nil
    }

    /// Words that may join the dates of a run: "Feb 10th, March 10th and October 6th, 2025",
    /// "13 février, 3 mars et 12 juin 2025".
    static let runJoiners: Set<String> = ["and", "&", "et", "y", "ac", "a", "or", "ou", "o", ",", ";"]

    /// A run of dates that prints its year once, on the last: the earlier ones take that year
    /// (the year before when the months go back), as printed, not from the context.
    static func closeYearRuns(_ m: inout [(start: Int, cand: DateGrammar.Cand)], _ t: [DateToken]) {
        guard m.count >= 2 else { return }
        var k = m.count - 1
        while k >= 1 {
            guard let last = m[k].cand.start, let year = last.d.year, !last.yearInferred, last.d.month != nil,
                  m[k].cand.kind == .date || m[k].cand.kind == .numeric || m[k].cand.kind == .range else { k -= 1; continue }
            var y = year
            var month = last.d.month!
            var j = k - 1
            while j >= 0 {
                let between = m[j].cand.next..<m[j + 1].start
                guard between.allSatisfy({ runJoiners.contains(t[$0].lower) }), !between.isEmpty || t[m[j + 1].start].spaceBefore,
                      m[j].cand.kind == .date, var p = m[j].cand.start, p.d.year == nil, let pm = p.d.month, m[j].cand.end == nil
                else { break }
                if pm > month { y -= 1 }
                p.d.year = y
                month = pm
                m[j].cand.start = p
                j -= 1
            }
            k = j
        }
    }

    /// A date printed with its time further along the same line ("Thursday 2 May 2019,
    /// between the hours of 7:00 am and 10:00 pm", "Tuesday, January 10, 2023 … 5:00 PM"):
    /// the first bare time after it takes the date when no other date comes between and the
    /// sentence does not end.
    static func attachLineTimes(_ m: inout [(start: Int, cand: DateGrammar.Cand)], _ t: [DateToken]) {
        for k in m.indices {
            guard m[k].cand.time == nil, m[k].cand.start?.d.day != nil, m[k].cand.end == nil, k + 1 < m.count,
                  m[k + 1].cand.kind == .time, let tm = m[k + 1].cand.time else { continue }
            let between = m[k].cand.next..<m[k + 1].start
            let words = between.filter { t[$0].kind == .word }.count
            let stop = between.contains { t[$0].kind == .punct && (t[$0].text == "." || t[$0].text == ";") && $0 + 1 < t.count && t[$0 + 1].spaceBefore }
            guard words <= 6, !stop else { continue }
            m[k].cand.time = tm
        }
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
            // "Tabled-February 27, 2019": a month name after a word's hyphen starts a date.
            if i >= 2, t[i].kind == .word, t[i].capitalised, DateGrammar.dashes.contains(prev.text), t[i - 2].kind == .word { return true }
            if joiners.contains(prev.text), i >= 2, !prev.spaceBefore,
               t[i - 2].kind != .punct { return false }
            return true
        }
    }

    /// Words after which a number is an identifier, never a date: "Resolution No. 2019-37",
    /// "Ordinance 2022-31", "Item 2024-25", "Ref 10/09/15", "décret n° 2000-815", "Case #2023-04",
    /// "By-law 2025-31".
    static let identifierWords: Set<String> = [
        "no", "nos", "number", "num", "n", "nº", "resolution", "resolutions", "ordinance", "ordinances", "item", "items",
        "ref", "reference", "case", "file", "bill", "motion", "application", "permit", "invoice", "docket", "decree", "id", "reso", "res",
        "décret", "decret", "loi", "arrêté", "arrete", "délibération", "deliberation", "dossier", "résolution",
        "règlement", "reglement", "ordenanza", "resolución", "resolucion", "expediente", "acuerdo", "rhif", "cyf",
        "account", "acct", "series",
        // Canadian and US by-laws and laws are numbered by year: "By-law 2025-31", "Public Law 2019-22".
        "law", "laws", "bylaw", "bylaws", "regulation", "regulations",
    ]

    /// Whether the word before token `i` (over "(", "#", ".", ":", "°") makes it an identifier.
    static func identifierBefore(_ t: [DateToken], _ i: Int) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0, t[j].kind == .punct, steps < 3 {
            guard ["(", "[", "#", ".", ":", "°", "º", "-", "–"].contains(t[j].text) else { return false }
            if t[j].text == "#" { return true }
            j -= 1
            steps += 1
        }
        guard j >= 0, t[j].kind == .word else { return false }
        return identifierWords.contains(t[j].lower)
    }

    /// Markers of a number, not a subject: "No.", "Nos", "#", "n°", "Number".
    static let numberMarkers: Set<String> = ["no", "nos", "number", "num", "n", "nº", "ref", "rhif", "cyf"]

    /// Whether a number's marker stands right before token `i` ("No. ", "#", "n° ").
    static func numberMarkerBefore(_ t: [DateToken], _ i: Int) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0, t[j].kind == .punct, steps < 2 {
            guard ["#", ".", "°", "º", ":"].contains(t[j].text) else { return false }
            if t[j].text == "#" { return true }
            j -= 1
            steps += 1
        }
        guard j >= 0, t[j].kind == .word else { return false }
        return numberMarkers.contains(t[j].lower)
    }

    static func hasMonthWord(_ t: [DateToken], _ from: Int, _ to: Int) -> Bool {
        (from..<min(to, t.count)).contains { t[$0].kind == .word && DateGrammar.starters.contains(t[$0].lower) && t[$0].lower.count > 2 }
    }

    package static func accept(_ c: DateGrammar.Cand, _ t: [DateToken], _ i: Int) -> Bool {
        // Nothing glued on the right.
        if c.next < t.count, !t[c.next].spaceBefore {
            let n = t[c.next]
            if n.kind == .number || n.kind == .word { return false }
            if continuers.contains(n.text), c.next + 1 < t.count, t[c.next + 1].kind == .number,
               !t[c.next + 1].spaceBefore { return false }
        }
        let prevWord = i > 0 && t[i - 1].kind == .word ? t[i - 1].lower : nil
        if t[i].kind == .number, c.start?.weekday == nil, !hasMonthWord(t, i, c.next) {
            // A complete valid date is blocked only by a number's marker ("No. 2024-03-12",
            // "#12/03/2024"); a form's label ("Date of application: 12/03/2024", "Permit:
            // 2024-03-12") or a line ending "... the motion" above it is no identifier.
            let complete = c.kind == .numeric && c.end == nil && c.start?.d.day != nil && c.start?.d.year != nil
            if complete ? numberMarkerBefore(t, i) : identifierBefore(t, i) { return false }
        }
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
            // A year glued to a hyphen: with a number of three or more digits after it, a
            // reference number ("2020-047", "2020- 047 REDEVANCE"); with two digits that are not
            // a later year, a number of a series. (A later year's two digits make a span, read
            // by the grammar.) A hyphen at the end of the text waits for the next line (the wrap
            // joiner reads "the 2024-" / "25 budget"); a year set between dashes ("–2019-") is a year.
            if c.next < t.count, t[c.next].kind == .punct, DateGrammar.dashes.contains(t[c.next].text), !t[c.next].spaceBefore {
                let after = c.next + 1
                if after < t.count, t[after].kind == .number { return false }
                let framed = i > 0 && t[i - 1].kind == .punct && DateGrammar.dashes.contains(t[i - 1].text) && !t[i].spaceBefore
                if after >= t.count && !framed { return false }
            }
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
