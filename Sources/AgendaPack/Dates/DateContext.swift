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

    public init(convention: DateConvention = .unknown, referenceYear: Int? = nil,
                referenceMonth: Int? = nil, referenceDay: Int? = nil) {
        self.convention = convention
        self.referenceYear = referenceYear
        self.referenceMonth = referenceMonth
        self.referenceDay = referenceDay
    }

    /// `reference` is ISO with reduced precision ("2016-07-21", "2016-07", "2016").
    public init(convention: DateConvention, reference: String?) {
        self.init(convention: convention)
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
    /// 2. the authority's country (`"UK"`, `"GB"`, `"England"`, `"Wales"`, `"Scotland"`,
    ///    `"Northern Ireland"` → day-first; `"US"`, `"USA"` → month-first);
    /// 3. the paper size (A4 → day-first, Letter → month-first);
    /// otherwise `.unknown`.
    public static func decideConvention(country: String? = nil, paperSize: PaperSize? = nil,
                                        numericDates: [String] = []) -> DateConvention {
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
        if let c = country?.lowercased() {
            if ["uk", "gb", "united kingdom", "england", "wales", "scotland", "northern ireland"].contains(c) {
                return .dayFirst
            }
            if ["us", "usa", "united states"].contains(c) { return .monthFirst }
        }
        switch paperSize {
        case .a4: return .dayFirst
        case .letter: return .monthFirst
        default: return .unknown
        }
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
