import LayoutModel
import Parsing

// Value types shared by the date parser and finder. Pure Swift, no Foundation needed.

/// How a numeric date such as `10/09/2015` is to be read.
public enum DateConvention: String, Sendable, Hashable, Codable, CaseIterable {
    /// Day first (UK papers): `10/09/2015` is 10 September 2015.
    case dayFirst
    /// Month first (US papers): `10/09/2015` is October 9, 2015.
    case monthFirst
    /// Nothing decides; readings that differ are marked ambiguous.
    case unknown
}

/// The `precision` of a `dates[]` record in the output contract.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
    case day, month, year, quarter
    case financialYear = "financial_year"
    case range
}

/// A word that qualifies a date without changing its value ("end of May 16", "Autumn 16").
public enum DateQualifier: String, Sendable, Hashable, Codable, CaseIterable {
    case early, mid, late, beginning, end
    /// "by end of March", "by the end of 2016": a deadline.
    case byEnd = "by_end"
    case spring, summer, autumn, winter
}

/// A calendar date with any component possibly missing. Nothing is ever filled in.
public struct PartialDate: Sendable, Hashable, Codable {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 with reduced precision: `2016-07-21`, `2016-07`, `2016`.
    /// Without a year the ISO 8601:2000 truncated forms are used: `--07-21`, `--07`.
    public var iso: String {
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
        }
        var out = year.map { pad($0, 4) } ?? "-"
        if let m = month {
            out += "-" + pad(m, 2)
            if let d = day { out += "-" + pad(d, 2) }
        }
        return out
    }
}

/// The result of parsing one date expression.
public struct ParsedDate: Sendable, Hashable, Codable {
    /// A date printed without a year ("--06-20", "--06") given the paper's year
    /// (`DateFinder.paperYear`), marked ambiguous: what reading it with
    /// `DateContext.withPaperYear` gives. nil for a date that has a year or no month.
    public func withPaperYear(_ year: Int) -> ParsedDate? {
        guard let v = value, v.hasPrefix("--"), v.count == 7 || v.count == 4 else { return nil }
        var d = self
        d.value = String(year) + v.dropFirst(1)
        if let e = end, e.hasPrefix("--") { d.end = String(year) + e.dropFirst(1) }
        d.ambiguous = true
        d.yearInferred = true
        return d
    }

    /// ISO 8601, reduced precision (`2016-07-21`, `2016-07`, `2016`), or the start of a
    /// range/period. `--MM-DD` / `--MM` when the text has no year and the context gives
    /// none. `nil` only for a bare time ("4.35 pm") with no date.
    public var value: String?
    /// ISO end of a range or period, else nil.
    public var end: String?
    /// nil only for a bare time.
    public var precision: DatePrecision?
    /// "HH:MM", 24-hour, when a time is printed with (or instead of) the date.
    public var time: String?
    /// True when the text allows more than one reading (numeric date with no deciding
    /// convention, "June 16" with no convention).
    public var ambiguous: Bool
    /// The other reading of an ambiguous text, ISO as `value`.
    public var alternative: String?
    /// A printed weekday that does not match the date. The caller turns this into a diagnostic.
    public var weekdayMismatch: Bool
    /// The printed weekday, 1 = Monday … 7 = Sunday.
    public var weekday: Int?
    /// The year was not printed and was taken from the context's reference date.
    public var yearInferred: Bool
    /// A two-digit year was expanded to four digits.
    public var twoDigitYear: Bool
    /// "end of", "early", a season, … (value unchanged by it).
    public var qualifier: DateQualifier?

    public init(value: String?, end: String? = nil, precision: DatePrecision?, time: String? = nil,
                ambiguous: Bool = false, alternative: String? = nil, weekdayMismatch: Bool = false,
                weekday: Int? = nil, yearInferred: Bool = false, twoDigitYear: Bool = false,
                qualifier: DateQualifier? = nil) {
        self.value = value
        self.end = end
        self.precision = precision
        self.time = time
        self.ambiguous = ambiguous
        self.alternative = alternative
        self.weekdayMismatch = weekdayMismatch
        self.weekday = weekday
        self.yearInferred = yearInferred
        self.twoDigitYear = twoDigitYear
        self.qualifier = qualifier
    }
}

/// Calendar arithmetic (proleptic Gregorian).
package enum Calendar {
    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    package static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2: return year.map { isLeap($0) ? 29 : 28 } ?? 29
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static func isValid(year: Int?, month: Int, day: Int) -> Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// Days since 1970-01-01.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// 1 = Monday … 7 = Sunday.
    package static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let z = daysFromCivil(y, m, d)
        // 1970-01-01 was a Thursday (4).
        return ((z % 7 + 7) % 7 + 3) % 7 + 1
    }
}
