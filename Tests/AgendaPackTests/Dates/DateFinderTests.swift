@testable import AgendaPack
@testable import Batch
@testable import Contract
@testable import Dates
import Foundation
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("DateFinder")
struct DateFinderTests {
    let uk = DateContext(convention: .dayFirst, referenceYear: 2016, referenceMonth: 7, referenceDay: 21)
    let us = DateContext(convention: .monthFirst, referenceYear: 2022, referenceMonth: 11, referenceDay: 15)

    func texts(_ line: String, _ ctx: DateContext) -> [String] {
        DateFinder.find(in: line, context: ctx).map(\.text)
    }

    @Test func meetingLineIsOneMatchWithTime() {
        let found = DateFinder.find(in: "The meeting will be held at 2.00 pm on Thursday, 21st July, 2016 in Committee Room 3", context: uk)
        #expect(found.count == 1)
        #expect(found.first?.text == "2.00 pm on Thursday, 21st July, 2016")
        #expect(found.first?.date.value == "2016-07-21")
        #expect(found.first?.date.time == "14:00")
    }

    @Test func dateThenTime() {
        let found = DateFinder.find(in: "Date: Thursday, 13th March, 2025, at 10.00 am Ask for: Democratic Services", context: uk)
        #expect(found.map(\.text) == ["Thursday, 13th March, 2025, at 10.00 am"])
        #expect(found.first?.date.time == "10:00")
    }

    @Test func utf16OffsetsAndStringRange() {
        let line = "£5 – Child G: 10 th June 2012 ✓ noted"
        let found = DateFinder.find(in: line, context: uk)
        #expect(found.count == 1)
        let f = found[0]
        #expect(String(line[f.range(in: line)]) == "10 th June 2012")
        let u = Array(line.utf16)
        #expect(String(decoding: u[f.utf16Range], as: UTF16.self) == "10 th June 2012")
    }

    @Test func severalInOneSentence() {
        let line = "Reviews were completed on 20 January 2015, 30 June 2016 and 2 February 2016."
        #expect(texts(line, uk) == ["20 January 2015", "30 June 2016", "2 February 2016"])
    }

    @Test func rangesAreOneMatch() {
        #expect(texts("Recruitment Activity for the period 11 February – 3 June 2016", uk) == ["11 February – 3 June 2016"])
        #expect(texts("4.2 January 2010-May 2012 Page 12", uk) == ["January 2010-May 2012"])
        #expect(texts("life insurance coverage from April 1, 2019 through March 31, 2020", us)
            == ["April 1, 2019 through March 31, 2020"])
        #expect(texts("Early Help and Prevention Action Plan 2015 – 2018", uk) == ["2015 – 2018"])
        #expect(texts("Visited Children and Families teams – Jan/Feb 16", uk) == ["Jan/Feb 16"])
        let grant = DateFinder.find(in: "Budget revision in the 2016/2018 Community Development Block Grant", context: us)
        #expect(grant.map(\.text) == ["2016/2018"])
        #expect(grant.first?.date.precision == .range)
    }

    @Test func betweenAndIsOneRange() {
        let found = DateFinder.find(in: "consultation, held between 7 October and 2 December 2024, and sets out", context: uk)
        #expect(found.map(\.text) == ["7 October and 2 December 2024"])
        #expect(found.first?.date.value == "2024-10-07")
        #expect(found.first?.date.end == "2024-12-02")
        #expect(found.first?.date.precision == .range)
        // Without "between", "and" joins two dates.
        #expect(texts("Reports were received on 7 October and 2 December 2024.", uk) == ["7 October", "2 December 2024"])
    }

    @Test func trackerTimescales() {
        let found = DateFinder.find(in: "outcomes will be completed by the End of May 16, so that auditors can approve", context: uk)
        // "by the end of" is a deadline and part of the expression.
        #expect(found.map(\.text) == ["by the End of May 16"])
        #expect(found.first?.date.value == "2016-05")
        #expect(found.first?.date.qualifier == .byEnd)
        #expect(DateFinder.find(in: "End of May 16 – completed", context: uk).first?.date.qualifier == .end)
        #expect(texts("Starting February 16 – every two months", uk) == ["February 16"])
        #expect(texts("In the year 2015/16, 171 staff", uk) == ["2015/16"])
    }

    @Test func nearMissesAreNotDates() {
        let lines = [
            "See Page 12 for details",
            "Recommendation 2.1 is agreed",
            "4.2.18. Given the significance of adoption breakdown",
            "1.2.10. Towards the end of the Review a meeting",
            "The cost was £2,016 in total",
            "Telephone: 024 7683 3111",
            "Approval of Agreement No. FO-881-07/2021 and Short",
            "1. Action Min-11-15-22 PC Mtg",
            "a variance from Section 3701-29-12 (P)(2) of the Ohio",
            "tion rates 2/3/4/ years olds",
            "just below the 2000 mark",
            "Stephanie J Hulme June Hoppitt",
            "Name of proposer: Woolley, June.",
            "the children may have problems",
            "Phase 2 started with 203 children over 82 families",
            "Room 1999 is on the first floor",
            "REF iw15/3/22513",
            "at 10.5% of the total",
            "Percentage 98.12.5",
        ]
        for line in lines {
            #expect(texts(line, uk).isEmpty, "\(line)")
        }
    }

    @Test func yearsInContext() {
        #expect(texts("Children Act 1989 and since 2012 major changes", uk) == ["2012"])
        #expect(texts("(Working Together, 2015:73)", uk) == ["2015"])
        #expect(texts("over 2000 people attended", uk).isEmpty)
    }

    @Test func bareMonthsNeedAPreposition() {
        #expect(texts("In February, Mr Murphy was scheduled to meet", us) == ["February"])
        #expect(texts("The minimum wage rises in April.", uk).map { $0 } == ["April"])
        #expect(texts("Hollands April J ++", uk).isEmpty)
        // The month is a date; the count after it is not a two-digit year.
        #expect(DateFinder.find(in: "In March 45 people attended the session", context: uk).map(\.date.value) == ["2016-03"])
        #expect(texts("mid-March. The economy team", uk) == ["mid-March"])
    }

    @Test func lowercaseMonthAfterDay() {
        #expect(texts("on 12th march 2025 the board", uk) == ["12th march 2025"])
        #expect(texts("we march on", uk).isEmpty)
        #expect(texts("children who, upon turning 18 may be eligible for a Care", uk).isEmpty)
    }

    @Test func usNumericAndTimes() {
        let found = DateFinder.find(in: "12/19/22, 4:46 PM   Agenda", context: us)
        #expect(found.map(\.text) == ["12/19/22, 4:46 PM"])
        #expect(found.first?.date.value == "2022-12-19")
        #expect(found.first?.date.time == "16:46")
        #expect(texts("between the hours of 7:00 am and 10:00 pm.", uk) == ["7:00 am", "10:00 pm"])
        #expect(texts("(Meeting closed at 4.35 pm)", uk) == ["4.35 pm"])
    }

    @Test func weekCommencingTakesYearFromContext() {
        let found = DateFinder.find(in: "Training w/c 3 June for all staff", context: uk)
        #expect(found.first?.date.value == "2016-06-03")
        #expect(found.first?.date.end == "2016-06-09")
        #expect(found.first?.date.yearInferred == true)
    }

    @Test func yearlessNearestToReference() {
        // A January 2025 pack talking about "16 December" means December 2024.
        let ctx = DateContext(convention: .dayFirst, referenceYear: 2025, referenceMonth: 1, referenceDay: 30)
        #expect(DateFinder.find(in: "the Minister's letter of 16 December, and", context: ctx).first?.date.value == "2024-12-16")
        #expect(DateFinder.find(in: "a decision on 13th February for final", context: ctx).first?.date.value == "2025-02-13")
    }

    @Test func weekdayPicksTheYearOfAYearlessDate() {
        // 2 May 2019 was a Thursday; the nearest 2 May to August 2018 is in 2018 (a Wednesday).
        let ctx = DateContext(convention: .dayFirst, referenceYear: 2018, referenceMonth: 8, referenceDay: 1)
        let p = DateParser.parse("Thursday 2 May", context: ctx)
        #expect(p?.value == "2019-05-02")
        #expect(p?.weekdayMismatch == false)
        #expect(p?.yearInferred == true)
    }

    @Test func noDigitNoMonthIsEmpty() {
        #expect(DateFinder.find(in: "The Board noted the report and agreed the recommendations.").isEmpty)
        #expect(DateFinder.find(in: "").isEmpty)
    }

    @Test func matchesDoNotOverlapAndAreOrdered() {
        let line = "2nd claim – September 16, 535 families will need to be claimed by March 17; review 14/10/15 COMPLETE"
        let found = DateFinder.find(in: line, context: uk)
        #expect(found.map(\.text) == ["September 16", "March 17", "14/10/15"])
        for (a, b) in zip(found, found.dropFirst()) {
            #expect(a.utf16Range.upperBound <= b.utf16Range.lowerBound)
        }
    }

    /// Many long lines give the same dates on every line (speed is measured by `make bench`,
    /// not by a timed test, which a slow or busy machine would fail).
    @Test func longPackLineByLine() {
        let sample = "11.5 54 children were adopted in 2015/16. At the end of May 2016, 39 children were placed; "
            + "Telephone 024 7683 3111, see Page 12 and section 4.2.18 for £2,016 — Thursday, 21st July, 2016 at 2.00 pm\n"
        let lines = Array(repeating: sample, count: 2_000)
        var n = 0
        for l in lines { n += DateFinder.find(in: l, context: uk).count }
        #expect(n == 6_000)
    }
}

@Suite("DateContext")
struct DateContextTests {
    @Test func conventionFromEvidence() {
        #expect(DateContext.decideConvention(country: "US", numericDates: ["25/12/2015", "14/10/15"]) == .dayFirst)
        #expect(DateContext.decideConvention(country: "UK", numericDates: ["4/23/19"]) == .monthFirst)
        #expect(DateContext.decideConvention(country: "UK", numericDates: ["10/09/2015"]) == .dayFirst)
        #expect(DateContext.decideConvention(country: "US") == .monthFirst)
        #expect(DateContext.decideConvention(paperSize: .a4) == .dayFirst)
        #expect(DateContext.decideConvention(paperSize: .letter) == .monthFirst)
        #expect(DateContext.decideConvention() == .unknown)
        #expect(DateContext.decideConvention(numericDates: ["25/12/2015", "4/23/19"]) == .unknown)
    }

    @Test func twoDigitYears() {
        #expect(DateContext(referenceYear: 2016).expandTwoDigitYear(15) == 2015)
        #expect(DateContext(referenceYear: 2016).expandTwoDigitYear(99) == 1999)
        #expect(DateContext(referenceYear: 1998).expandTwoDigitYear(3) == 2003)
        #expect(DateContext().expandTwoDigitYear(69) == 2069)
        #expect(DateContext().expandTwoDigitYear(70) == 1970)
    }

    @Test func referenceFromISO() {
        let c = DateContext(convention: .dayFirst, reference: "2016-07-21")
        #expect(c.referenceYear == 2016 && c.referenceMonth == 7 && c.referenceDay == 21)
    }
}

@Suite("DateParser checks")
struct DateParserCheckTests {
    @Test func weekdayMismatchIsFlagged() {
        // 21 July 2016 was a Thursday.
        #expect(DateParser.parse("Thursday, 21st July, 2016")?.weekdayMismatch == false)
        let p = DateParser.parse("Friday, 21st July, 2016")
        #expect(p?.weekdayMismatch == true)
        #expect(p?.value == "2016-07-21")
        #expect(DateParser.parse("TUESDAY, DECEMBER 6, 2022", context: .init(convention: .monthFirst))?.weekdayMismatch == false)
    }

    @Test func neverInventsComponents() {
        for text in ["March 2016", "2016", "Autumn 16", "End of May 16", "by end of March", "16 December", "Dec 2011"] {
            let p = DateParser.parse(text, context: DateContext(convention: .dayFirst))
            let v = p?.value ?? ""
            #expect(!v.hasSuffix("-01") || text.contains("1"), "\(text) → \(v)")
            #expect(p != nil, "\(text)")
        }
        #expect(DateParser.parse("March 2016")?.value == "2016-03")
        #expect(DateParser.parse("by end of March")?.value == "--03")
    }

    @Test func ambiguousAlternative() {
        let p = DateParser.parse("10/09/2015")
        #expect(p?.ambiguous == true)
        #expect(p?.value == "2015-09-10")
        #expect(p?.alternative == "2015-10-09")
    }
}

