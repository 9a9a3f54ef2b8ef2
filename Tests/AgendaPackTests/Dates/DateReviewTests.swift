@testable import AgendaPack
import AgendaPackTestSupport
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


/// Readings that the sample papers did not exercise: durations, quantities and form labels
/// beside dates, long plan periods, hyphens at a line's end, and the evidence for a paper's
/// language and numeric date order. Each line is written for the convention it tests.
@Suite("Dates: conventions beyond the samples")
struct DateReviewTests {
    let uk = DateContext(convention: .dayFirst, referenceYear: 2024, referenceMonth: 5, referenceDay: 14)
    let us = DateContext(convention: .monthFirst, referenceYear: 2024, referenceMonth: 5, referenceDay: 14)
    let fr = DateContext(convention: .dayFirst, referenceYear: 2024, referenceMonth: 5, referenceDay: 14, language: .french)

    func find(_ line: String, _ ctx: DateContext) -> [FoundDate] {
        DateFinder.find(in: line, context: ctx)
    }

    @Test("Long plan periods are spans; a code's series number is not")
    func longPlanPeriods() {
        #expect(find("Local Plan 2011-31 policies", uk).first?.date.end == "2031")
        #expect(find("the Core Strategy 2006-26 sets the housing target", uk).first?.date.end == "2026")
        #expect(find("Resolution No. 2019-37 was adopted", us).allSatisfy { $0.date.end == nil })
        #expect(find("CRC 2019-48: Memorandums of Understanding", us).allSatisfy { $0.date.end == nil })
        #expect(find("article L 2121-33 du code", fr).allSatisfy { $0.date.end == nil })
    }

    @Test("A year and a hyphen: a reference before three digits, a span before a later year's two, a wrap at the end")
    func yearAndHyphen() {
        #expect(find("2020- 047 REDEVANCE D'OCCUPATION", fr).isEmpty)
        #expect(find("permis de démolir 2023-0379", fr).isEmpty)
        // A financial year wrapped over a line, joined by the wrap joiner.
        #expect(DateStage.mayWrap("as set out in the 2024-", found: find("as set out in the 2024-", uk)))
        let across = DateStage.dateAcross("as set out in the 2024-", "25 budget book", context: uk)
        #expect(across?.0.date.precision == .financialYear)
        #expect(across?.0.date.end == "2025")
    }

    @Test("Durations are not times")
    func durations() {
        #expect(find("The post is 18.50 hours per week from 1 June 2024", uk).allSatisfy { $0.date.time == nil })
        #expect(find("On 3 May 2024 we funded 1500 hours of tutoring", uk).allSatisfy { $0.date.time == nil })
        #expect(find("Le 12 mars 2024, une formation de 14 heures", fr).allSatisfy { $0.date.time == nil })
        // Times stay times.
        #expect(find("Tuesday 12 March 2024 at 1900 hours", uk).first?.date.time == "19:00")
        #expect(find("le 12 mars 2024 à 19 heures", fr).first?.date.time == "19:00")
    }

    @Test("A quantity after a date and a comma is not a time")
    func quantityAfterComma() {
        let found = find("As at 31 March 2024, 12.50 FTE posts were vacant", uk)
        #expect(found.first?.date.value == "2024-03-31")
        #expect(found.first?.date.time == nil)
        #expect(find("Thursday 21 March 2024, 19.00", uk).first?.date.time == "19:00")
    }

    @Test("A form's label does not hide a date; a number's marker does")
    func formLabels() {
        #expect(find("Date of application: 12/03/2024", uk).first?.date.value == "2024-03-12")
        #expect(find("Permit: 2024-03-12", us).first?.date.value == "2024-03-12")
        #expect(find("Report No. 2024-03-12", us).isEmpty)
        #expect(DateFinder.find(in: "12/03/2024 Minutes", context: uk, lead: "Councillor Smith seconded the motion").first?.date.value == "2024-03-12")
    }

    @Test("Y/N columns and place names do not make an English paper Spanish")
    func languageEvidence() {
        let checklist = [String](repeating: "Inspection item Y N Y N y n Los Angeles El Monte Del Mar", count: 6)
            + ["The inspector will check that the work has been done and that the permit is posted."]
        #expect(DateContext.detectLanguage(checklist) != .spanish)
        // A Spanish-language paper from a US city keeps the US order.
        let spelling = DateContext.spellingVotes(["Ciudad de El Monte, 11333 Valley Blvd, El Monte, CA 91731"])
        #expect(DateContext.decideConvention(paperSize: .letter, language: .spanish, spelling: spelling) == .monthFirst)
        #expect(DateContext.decideConvention(paperSize: .letter, language: .spanish) == .dayFirst)
    }

    @Test("Spelling that Canada shares with the UK does not make a paper day-first")
    func canadianSpelling() {
        let votes = DateContext.spellingVotes(["Councillor Roy asked the centre's labour liaison; Cllr Tremblay agreed with the councillors."])
        #expect(votes.dayFirst == 0)
        #expect(DateContext.decideConvention(spelling: votes) == .unknown)
    }

    @Test("A heading date on the last line (or past it) has no time below and does not trap")
    func headingTimeAtTheEnd() {
        let date = Line("TUESDAY, DECEMBER 6, 2022", x: 200, y: 100, size: 12)
        #expect(DateFinder.headingTime(below: 0, segment: date.segments[0], heading: true, lines: [date], context: us) == nil)
        #expect(DateFinder.headingTime(below: 3, segment: date.segments[0], heading: true, lines: [date], context: us) == nil)
    }
}

@Suite("Dates: the paper's year, one rule")
struct PaperYearRuleTests {
    @Test("Years inferred from the reference do not count; a yearless date takes the paper's year, ambiguous")
    func oneRule() {
        let ref = DateContext(convention: .dayFirst, referenceYear: 2021, referenceMonth: 6, referenceDay: 1)
        // "16 December" takes 2021 from the reference: it is not a printed year.
        let found = ["16 December", "17 December", "3 March 2024"].flatMap { DateFinder.find(in: $0, context: ref) }
        #expect(DateFinder.paperYear(of: found) == 2024)
        let yearless = DateFinder.find(in: "20 juin", context: DateContext(convention: .dayFirst, language: .french)).first?.date
        let dated = yearless?.withPaperYear(2024)
        #expect(dated?.value == "2024-06-20")
        #expect(dated?.ambiguous == true)
    }
}

@Suite("Dates: numbered by-laws")
struct DateByLawTests {
    @Test("a by-law or law numbered by its year is an identifier, not a range of years", arguments: [
        "That By-law 2025-31, being a by-law to appoint a Deputy Fire Chief, be read a third time",
        "grant an exemption from Noise By-law 2019-22 to the Speedway",
        "under Public Law 2019-22 as amended",
    ])
    func byLaws(text: String) {
        #expect(DateFinder.find(in: text, context: DateContext(convention: .monthFirst)).allSatisfy { $0.date.precision != .range })
    }
}
