import LayoutModel
import Parsing

/// Parses one date expression, as printed in council papers, into a `ParsedDate`.
///
/// Hand-written; no regular expressions, no Foundation, no defaults taken from today's
/// date. The text is split into tokens (digit runs, letter runs, single punctuation
/// characters; whitespace only separates). Words are matched case-insensitively.
///
/// Grammar (`[x]` optional, `|` alternatives, WD weekday name or abbreviation, M month
/// name or abbreviation incl. "Sept" and a trailing ".", D day 1–31 with optional ordinal
/// suffix that may be split off ("10 th"), then optional "day of"/"of", Y four-digit
/// year, YY two-digit year):
///
///     expr     := timed | range | week | quarter | date | year | month | time
///     date     := [WD [,]] D M [,|.] [Y | YY]          "Thursday, 13th March, 2025", "1st January 15"
///               | [WD [,]] M D [,] [Y]                 "June 16th, 2016", "TUESDAY, DECEMBER 6, 2022"
///               | M [,] Y | M 'YY                      "March, 2016", "Dec 2011"
///               | M NN                                 "June 16" — see two-digit rule below
///               | N s N s N  (s one of / . -)          "10/09/2015", "10.09.15", "31-3-25"
///               | Y-MM-DD                              "2016-07-21"
///               | qual (M [Y|YY] | Y | season)         "End of May 16", "by end of March", "mid-March"
///               | [early|mid|late] season [term] [of] (Y|YY)   "Autumn 16", "summer of 2012"
///     qual     := by [the] end [of] | [the] end [of] | beginning [of] | beg[.] | start of
///               | early | mid[-] | late
///     year     := Y | Y/YY | Y-YY | Y/Y(+1)            financial year when the second is Y+1
///               | Y-Y                                  "2010-2011": a range of years
///     quarter  := (Q1..Q4 | Quarter 1..4) (financial year | Y)
///     week     := (w/c | wc | week commencing|beginning|starting) date
///               | (w/e | week ending) date             seven days, precision range
///     range    := left (- | – | — | to | through | until | till) right | "between" left "and" right
///               | M/M (Y|YY)  "Jan/Feb 16"   | M D-D [,] Y  "July 15-18, 2019"
///                 left may lack the year (and month) of right: "11 February - 3 June 2016"
///     time     := H[.|:]MM (am|pm|a.m.|p.m.) | H (am|pm) | 12 noon | 12 midday | noon
///     timed    := time [,] [on] [,] date | date [,] [at|from] time (24-hour H:MM after "at")
///
/// Languages: besides English, the month and weekday names, ordinals ("1er", "6ed", "1º"),
/// joining words ("12 de marzo de 2024", "à", "am", "a las"), range words ("au", "al", "i")
/// and time forms ("20h30", "19 heures", "2.00 yh", "18:00 horas") of French, Welsh and
/// Spanish are in the grammar's tables, read when the context's `language` is that language
/// (or nil); French dates written in words ("le douze juillet deux mil vingt-trois") too.
///
/// Decisions (nothing missing is ever filled in):
/// - Numeric dates: the context convention decides when both readings are valid; a
///   date only one reading makes valid (25/12/2015, 4/23/19) decides itself. With
///   `.unknown` and two different valid readings, `value` is the day-first reading
///   (the project's papers are mostly British), `ambiguous` is true and `alternative`
///   holds the month-first reading. Day == month is never ambiguous.
/// - Two-digit years take the century that puts them nearest the reference year
///   (no reference: 00–69 → 20xx, 70–99 → 19xx).
/// - "M NN" without a year ("June 16"): day-first papers write month + two-digit year in
///   tables and timescales, so with `.dayFirst` NN is a year when it lands within 10 years
///   of the reference year (or there is no reference), else a day. With `.monthFirst` it is
///   a day (yearless) when valid. With `.unknown` both readings valid → the year reading,
///   `ambiguous` true, `alternative` the day reading. An ordinal ("June 16th"), a single
///   digit ("June 6") or a weekday makes it a day.
/// - Yearless dates ("w/c 3 June", "16 December", "by end of March") take their year from
///   the context: the occurrence nearest the reference date (reference year ± 1), or the
///   reference year when only a year is known; `yearInferred` is set. With no reference the
///   value is ISO 8601 without year: `--06-03`, `--03`.
/// - Seasons ("Autumn 16") and early/mid/late keep the precision of what they qualify
///   (a season gives the year, precision year) and record it in `qualifier`; no months
///   are invented for a season.
/// - Financial years ("2015/16", "2024-25") are the UK local-authority year 1 April –
///   31 March: value "2015-04", end "2016-03", precision financial_year. With `.monthFirst`
///   (US fiscal years start in different months) value "2015", end "2016".
/// - Quarters of a financial year count from April (Q3 2024/25 = 2024-10 … 2024-12);
///   of a calendar year from January (Q3 2024 = 2024-07 … 2024-09). Precision quarter.
/// - Week commencing: value the printed day, end six days later, precision range
///   (week ending: the reverse).
/// - Ranges: precision range, value the start, end the end, each at its own precision.
/// - A printed weekday that does not match the date sets `weekdayMismatch`.
///
/// Built on, among others, the Coventry Education and Children's Services Scrutiny Board
/// pack of 21 July 2016 (`shared/reference/`): the front sheet's "2.00 pm on Thursday,
/// 21st July, 2016", the chronology's "10 th June 2012" / "Sept 2011" / "28 th June", and the
/// improvement tracker's timescales:
///
///     Stuart Hunter – Perf Manager    June 2016    End of May 16    September 16
///     Visited Children and Families teams – Jan/Feb 16
public enum DateParser {
    /// Parses the whole of `text` (surrounding spaces and a trailing `.`, `,`, `;`, `:` or
    /// `)` are allowed). Returns nil when it is not one date expression.
    public static func parse(_ text: String, context: DateContext = DateContext()) -> ParsedDate? {
        let tokens = DateTokenizer.tokenize(text)
        guard !tokens.isEmpty else { return nil }
        let g = DateGrammar(t: tokens, ctx: context, finder: false)
        // A leading article or preposition is not part of the date: "le mardi 20 juin 2023",
        // "du 1er janvier au 31 décembre", "el 12 de marzo", "ar 6ed Chwefror", "à 20 heures".
        var start = 0
        if tokens.count > 1, tokens[0].kind == .word, DateParser.leadWords.contains(tokens[0].lower) { start = 1 }
        if tokens.count > 2, tokens[0].lower == "a", tokens[1].lower == "las" { start = 2 }
        guard let c = g.best(at: start) else { return nil }
        var n = c.next
        while n < tokens.count, tokens[n].kind == .punct, [".", ",", ";", ":", ")"].contains(tokens[n].text) { n += 1 }
        guard n == tokens.count else { return nil }
        return g.finish(c)
    }

    static let leadWords: Set<String> = ["le", "du", "au", "el", "del", "ar", "on", "à", "dès", "the", "y", "yr"]

    /// The three numbers of a numeric date "a/b/y" (any of / . -), or nil.
    static func numericParts(_ text: String) -> (Int, Int, Int)? {
        let t = DateTokenizer.tokenize(text)
        guard t.count == 5, t[0].kind == .number, t[2].kind == .number, t[4].kind == .number,
              t[1].kind == .punct, t[3].kind == .punct, t[1].text == t[3].text,
              t[0].digits <= 2, t[2].digits <= 2 else { return nil }
        return (t[0].value, t[2].value, t[4].value)
    }
}
