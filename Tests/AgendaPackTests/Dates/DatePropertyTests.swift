@testable import AgendaPack
@testable import Batch
@testable import Contract
@testable import Dates
import Foundation
@testable import LayoutModel
@testable import Parsing
import PropertyBased
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


/// Formats dates the way council papers print them, independently of the parser
/// (weekdays come from Foundation's Gregorian calendar).
enum DateFormats {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let abbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func daysIn(_ m: Int, _ y: Int) -> Int {
        var c = Foundation.Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        let date = c.date(from: DateComponents(year: y, month: m, day: 1))!
        return c.range(of: .day, in: .month, for: date)!.count
    }

    static func weekday(_ y: Int, _ m: Int, _ d: Int) -> String {
        var c = Foundation.Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        let date = c.date(from: DateComponents(year: y, month: m, day: d))!
        return weekdays[c.component(.weekday, from: date) - 1]
    }

    static func ordinal(_ d: Int) -> String {
        if (11...13).contains(d % 100) { return "th" }
        switch d % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    static func pad(_ n: Int, _ w: Int = 2) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, w - s.count)) + s
    }

    static let styleCount = 13

    /// One full date in style `style`, with the context it needs.
    static func format(_ y: Int, _ m: Int, _ d: Int, style: Int) -> (String, DateContext) {
        let month = months[m - 1]
        let uk = DateContext(convention: .dayFirst, referenceYear: y)
        let us = DateContext(convention: .monthFirst, referenceYear: y)
        switch style {
        case 0: return ("\(d) \(month) \(y)", uk)
        case 1: return ("\(d)\(ordinal(d)) \(month), \(y)", uk)
        case 2: return ("\(weekday(y, m, d)), \(d)\(ordinal(d)) \(month), \(y)", uk)
        case 3: return ("\(month) \(d), \(y)", us)
        case 4: return ("\(month) \(d)\(ordinal(d)), \(y)", uk)
        case 5: return ("\(y)-\(pad(m))-\(pad(d))", DateContext())
        case 6: return ("\(pad(d))/\(pad(m))/\(y)", uk)
        case 7: return ("\(m)/\(d)/\(y)", us)
        case 8: return ("\(pad(d)).\(pad(m)).\(pad(y % 100))", uk)
        case 9: return ("\(d)-\(m)-\(y)", uk)
        case 10: return ("\(d) \(ordinal(d)) \(abbreviations[m - 1]) \(y)", uk)
        case 11: return ("\(weekday(y, m, d).uppercased()), \(month.uppercased()) \(d), \(y)", us)
        default: return ("\(weekday(y, m, d)) \(d) \(month) \(y)", uk)
        }
    }
}

@Suite("Date properties")
struct DatePropertyTests {
    @Test func fullDatesRoundTrip() async {
        await propertyCheck(count: 600, input: Gen.int(in: 1990...2060), Gen.int(in: 1...12), Gen.int(in: 1...31),
                            Gen.int(in: 0...(DateFormats.styleCount - 1))) { y, m, d0, style in
            let d = min(d0, DateFormats.daysIn(m, y))
            let (text, ctx) = DateFormats.format(y, m, d, style: style)
            let p = DateParser.parse(text, context: ctx)
            #expect(p?.value == "\(y)-\(DateFormats.pad(m))-\(DateFormats.pad(d))", "\(text)")
            #expect(p?.precision == .day, "\(text)")
            #expect(p?.weekdayMismatch == false, "\(text)")
            #expect(p?.ambiguous == false, "\(text)")
            // The finder sees the same expression, whole, inside a sentence.
            let line = "The meeting held on \(text) was quorate."
            let found = DateFinder.find(in: line, context: ctx)
            #expect(found.map(\.text) == [text], "\(line)")
        }
    }

    @Test func timesJoinToTheirDate() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...12), Gen.int(in: 0...59), Gen.int(in: 0...1),
                            Gen.int(in: 0...2)) { h, mm, pm, style in
            let suffix = [pm == 1 ? "pm" : "am", pm == 1 ? "p.m." : "a.m.", pm == 1 ? "PM" : "AM"][style]
            let sep = style == 0 ? "." : ":"
            let text = "\(h)\(sep)\(DateFormats.pad(mm)) \(suffix) on Thursday, 21st July, 2016"
            let p = DateParser.parse(text, context: DateContext(convention: .dayFirst))
            let hour = h % 12 + (pm == 1 ? 12 : 0)
            #expect(p?.time == "\(DateFormats.pad(hour)):\(DateFormats.pad(mm))", "\(text)")
            #expect(p?.value == "2016-07-21")
        }
    }

    @Test func monthsAndTwoDigitYearsRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1990...2060), Gen.int(in: 1...12), Gen.int(in: 0...3)) { y, m, style in
            let ctx = DateContext(convention: .dayFirst, referenceYear: y)
            let text: String
            switch style {
            case 0: text = "\(DateFormats.months[m - 1]) \(y)"
            case 1: text = "\(DateFormats.abbreviations[m - 1]) \(y)"
            case 2: text = "\(DateFormats.months[m - 1]) \(DateFormats.pad(y % 100))"
            default: text = "End of \(DateFormats.abbreviations[m - 1]) \(DateFormats.pad(y % 100))"
            }
            let p = DateParser.parse(text, context: ctx)
            #expect(p?.value == "\(y)-\(DateFormats.pad(m))", "\(text)")
            #expect(p?.precision == .month, "\(text)")
            #expect(p?.end == nil)
        }
    }

    @Test func financialYearsRoundTrip() async {
        await propertyCheck(count: 200, input: Gen.int(in: 1990...2060), Gen.int(in: 0...2), Gen.int(in: 0...4)) { y, style, q in
            let next = y + 1
            let text = [
                "\(y)/\(DateFormats.pad(next % 100))", "\(y)-\(DateFormats.pad(next % 100))", "\(y)/\(next)",
            ][style]
            let ctx = DateContext(convention: .dayFirst, referenceYear: y)
            if q == 0 {
                let p = DateParser.parse(text, context: ctx)
                #expect(p?.value == "\(y)", "\(text)")
                #expect(p?.end == "\(next)", "\(text)")
                #expect(p?.precision == .financialYear)
            } else {
                let p = DateParser.parse("Q\(q) \(text)", context: ctx)
                let startMonth = [4, 7, 10, 1][q - 1]
                let sy = q == 4 ? next : y
                #expect(p?.value == "\(sy)-\(DateFormats.pad(startMonth))", "Q\(q) \(text)")
                #expect(p?.end == "\(sy)-\(DateFormats.pad(startMonth + 2))", "Q\(q) \(text)")
                #expect(p?.precision == .quarter)
            }
        }
    }

    static let fragments = [
        "21st", "July", ",", "2016", " ", "/", "-", "10", "th", "pm", "2.00", "on", "w/c", "Q3", "2024/25",
        "End of", "May", "16", "£", "4.2.18", "Thursday", "a.m.", "–", "to", "\u{00A0}", "é", "👍🏽", "\n",
        "12 noon", "31", "02", "29", "Feb", "0", "99999999999999999999", "'", "’", "Autumn", "mid-", ".", ":",
        "\t", "through", "week commencing", "Jan/", "1999", "2100", "by the end of",
    ]

    @Test func randomFragmentsNeverCrash() async {
        let gen = Gen<String?>.element(of: Self.fragments).array(of: 0...14).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 1000, input: gen, Gen.int(in: 0...2)) { text, c in
            let ctx = DateContext(convention: DateConvention.allCases[c], referenceYear: c == 1 ? nil : 2016)
            _ = DateParser.parse(text, context: ctx)
            Self.checkFinder(text, ctx)
        }
    }

    @Test func randomUnicodeNeverCrashes() async {
        let gen = Gen.character(in: "\u{0}"..."\u{2FF}").string(of: 0...60)
        await propertyCheck(count: 1000, input: gen) { text in
            _ = DateParser.parse(text)
            Self.checkFinder(text, DateContext(convention: .dayFirst, referenceYear: 2025, referenceMonth: 1))
        }
    }

    static func checkFinder(_ text: String, _ ctx: DateContext) {
        let found = DateFinder.find(in: text, context: ctx)
        let u = Array(text.utf16)
        var last = 0
        for f in found {
            #expect(f.utf16Range.lowerBound >= last && f.utf16Range.upperBound <= u.count)
            last = f.utf16Range.upperBound
            #expect(String(decoding: u[f.utf16Range], as: UTF16.self) == f.text)
            // Never an invented component: every value is ISO reduced precision.
            if let v = f.date.value {
                #expect(v.count == 4 || v.count == 7 || v.count == 10 || v.hasPrefix("--"), "\(v)")
            }
        }
    }
}
