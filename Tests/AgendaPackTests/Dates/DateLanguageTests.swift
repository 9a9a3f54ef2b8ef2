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


/// French, Welsh and Spanish dates and times, identifier numbers, year runs and same-line
/// times. Fixture lines are written for these tests in the papers' conventions.
@Suite("Date languages")
struct DateLanguageTests {
    let fr = DateContext(convention: .dayFirst, referenceYear: 2023, referenceMonth: 7, referenceDay: 12, language: .french)
    let cy = DateContext(convention: .dayFirst, referenceYear: 2019, referenceMonth: 2, referenceDay: 6, language: .welsh)
    let es = DateContext(convention: .dayFirst, referenceYear: 2024, referenceMonth: 3, referenceDay: 12, language: .spanish)
    let us = DateContext(convention: .monthFirst, referenceYear: 2023, referenceMonth: 1, referenceDay: 10, language: .english)
    let uk = DateContext(convention: .dayFirst, referenceYear: 2017, language: .english)

    func found(_ line: String, _ ctx: DateContext) -> [(String, String?, String?)] {
        DateFinder.find(in: line, context: ctx).map { ($0.text, $0.date.value, $0.date.time) }
    }

    @Test func frenchDatesInProse() {
        let f = found("Réunion du Conseil Municipal du 12 juillet 2023, convoqué le 06 juillet 2023.", fr)
        #expect(f.map(\.1) == ["2023-07-12", "2023-07-06"])
        let g = DateFinder.find(in: "Le conseil s'est réuni le mardi 20 juin 2023 à 16 h dans la salle", context: fr)
        #expect(g.count == 1)
        #expect(g.first?.date.value == "2023-06-20")
        #expect(g.first?.date.time == "16:00")
        #expect(g.first?.date.weekdayMismatch == false)
        #expect(found("révisées au 1er mars 2024 et au 2e trimestre", fr).first?.1 == "2024-03-01")
        #expect(found("depuis février 2021", fr).first?.1 == "2021-02")
    }

    @Test func frenchTimes() {
        #expect(DateParser.parse("12 juillet 2023 à 20h30", context: fr)?.time == "20:30")
        #expect(DateParser.parse("12 juillet 2023 à 18 h 30", context: fr)?.time == "18:30")
        #expect(DateParser.parse("12 juillet 2023 à 19 heures", context: fr)?.time == "19:00")
        #expect(DateParser.parse("samedi 25 juillet à 10H30", context: fr)?.time == "10:30")
        // A bare "16h00" is a time; "16 h" with a space is only one after "à".
        #expect(found("ouverture 16h00 au public", fr).map(\.2) == ["16:00"])
        #expect(found("il reste 16 h de travaux", fr).isEmpty)
        // English papers do not read "h".
        #expect(found("open 24h a day since 2020", us).map(\.0) == ["2020"])
    }

    @Test func frenchDateInWords() {
        let f = DateFinder.find(in: "Le douze juillet deux mil vingt-trois, à 20 heures, le Conseil", context: fr)
        #expect(f.first?.date.value == "2023-07-12")
        #expect(f.first?.date.time == "20:00")
        #expect(found("Le vingt trois Juillet deux mille vingt", fr).first?.1 == "2020-07-23")
        #expect(found("le trente et un décembre deux mille dix-neuf", fr).first?.1 == "2019-12-31")
        // Number words alone are not a date.
        #expect(found("deux mille personnes le douze", fr).isEmpty)
    }

    @Test func welshDates() {
        let f = DateFinder.find(in: "Dydd Mawrth 6ed Chwefror 2019 am 2.00 yh", context: cy)
        #expect(f.count == 1)
        #expect(f.first?.date.value == "2019-02-06")
        #expect(f.first?.date.time == "14:00")
        #expect(f.first?.date.weekday == 2)
        #expect(found("ar 2il Mawrth 2020", cy).first?.1 == "2020-03-02")
        #expect(found("Cynllun Datblygu Lleol 2018-2033", cy).map { [$0.1, DateFinder.find(in: $0.0, context: cy).first?.date.end] } == [["2018", "2033"]])
        #expect(found("Cynllun 2018 - 2033 wedi", cy).first.map { $0.0 } == "2018 - 2033")
    }

    @Test func spanishDates() {
        let f = DateFinder.find(in: "Sesión ordinaria del lunes, 12 de marzo de 2024 a las 18:00 horas", context: es)
        #expect(f.count == 1)
        #expect(f.first?.date.value == "2024-03-12")
        #expect(f.first?.date.time == "18:00")
        #expect(found("aprobado en marzo de 2023", es).first?.1 == "2023-03")
        #expect(found("el 1º de abril de 2024", es).first?.1 == "2024-04-01")
    }

    @Test func languageGatesForeignNames() {
        // "Mars" and "mai" are read as months only in a paper whose language has them.
        #expect(found("Le 3 mars 2022", fr).first?.1 == "2022-03-03")
        #expect(found("the 3 mars 2022 rover", us).map(\.1) == ["2022"])
        #expect(found("Dydd Mawrth 6ed Chwefror 2019", us).map(\.1) == ["2019"])
    }

    @Test func identifierNumbersAreNotDates() {
        #expect(found("Next Resolution No. 2022-38", us).isEmpty)
        #expect(found("A. RESOLUTION (2019-37) Accept the grant", us).isEmpty)
        #expect(found("Resolution No. 2022-31 confirming the report", us).isEmpty)
        #expect(found("Ordinance 2021-05 was adopted", us).isEmpty)
        #expect(found("Case #2023-04 and Ref 10/09/15", uk).isEmpty)
        #expect(found("décret n° 2016-1372 du 12 Octobre 2016", fr).map(\.1) == ["2016-10-12"])
        // A span of years is at most ten years long when its end is two digits.
        #expect(found("the plan for 2025-35 and series 2019-37", uk).map(\.0) == ["2025-35"])
        // Context from the line before: "Resolution No." / "2021-25 to continue".
        #expect(DateFinder.find(in: "2021-25 to continue", context: us, lead: "Resolution No.").isEmpty)
        #expect(DateFinder.find(in: "2021-25 to continue", context: us, lead: "for the years").count == 1)
    }

    @Test func yearClosingARunAppliesToTheRun() {
        let ctx = DateContext(convention: .monthFirst, language: .english)
        let f = DateFinder.find(in: "Meetings on Feb 10th, March 10th and October 6th, 2025 at the Hall", context: ctx)
        #expect(f.map { $0.date.value } == ["2025-02-10", "2025-03-10", "2025-10-06"])
        let g = DateFinder.find(in: "on February 13, March 3 and June 12, 2025.", context: us)
        #expect(g.map { $0.date.value } == ["2025-02-13", "2025-03-03", "2025-06-12"])
        #expect(g.allSatisfy { !$0.date.yearInferred })
        // A run that goes back over the new year takes the year before.
        let h = DateFinder.find(in: "on 14 November, 12 December and 9 January 2025", context: DateContext(convention: .dayFirst))
        #expect(h.map { $0.date.value } == ["2024-11-14", "2024-12-12", "2025-01-09"])
        // Two sentences are not a run.
        let k = DateFinder.find(in: "on 14 November. Then 9 January 2025", context: DateContext(convention: .dayFirst))
        #expect(k.first?.date.value == "--11-14")
    }

    @Test func timesOnTheDatesLine() {
        let f = DateFinder.find(in: "Tuesday, January 10, 2023 Council Chambers 5:00 PM", context: us)
        #expect(f.first?.date.value == "2023-01-10")
        #expect(f.first?.date.time == "17:00")
        let g = DateFinder.find(in: "Thursday 2 May 2019, between the hours of 7:00 am and 10:00 pm", context: uk)
        #expect(g.first?.date.time == "07:00")
        // A time in the next sentence is not the date's.
        let h = DateFinder.find(in: "minutes of 5 June 2017 were approved. The meeting closed at 9.15 pm", context: uk)
        #expect(h.first?.date.time == nil)
    }

    @Test func compactTimes() {
        let f = DateFinder.find(in: "Date/Time: June 6, 530pm", context: us)
        #expect(f.first?.date.value == "2023-06-06")
        #expect(f.first?.date.time == "17:30")
        #expect(DateParser.parse("1130 am", context: us)?.time == "11:30")
        #expect(DateParser.parse("1330 pm", context: us) == nil)
    }

    @Test func twentyFourHourTimes() {
        #expect(DateParser.parse("Wednesday 5 June 2024 at 1900", context: uk)?.time == "19:00")
        #expect(DateParser.parse("Wednesday 5 June 2024, 19.00", context: uk)?.time == "19:00")
        #expect(DateParser.parse("5 June 2024 19.00 hrs", context: uk)?.time == "19:00")
        #expect(DateParser.parse("Tuesday, January 10, 2023 at 5:00 PM", context: us)?.time == "17:00")
        #expect(DateParser.parse("5 June 2024 at 12 noon", context: uk)?.time == "12:00")
        // "21 June 2023, 2024" lists two years; it is not 20:24.
        let two = DateFinder.find(in: "on 21 June 2023, 2024 and 2025", context: uk)
        #expect(two.first?.date.time == nil)
    }

    @Test func numericOrderFollowsTheLanguage() {
        #expect(DateContext.decideConvention(language: .french) == .dayFirst)
        #expect(DateContext.decideConvention(language: .welsh) == .dayFirst)
        #expect(DateContext.decideConvention(paperSize: .letter, language: .spanish) == .dayFirst)
        // An English parish's paper on Letter paper that spells British and prices in pounds.
        #expect(DateContext.decideConvention(paperSize: .letter, language: .english, spelling: (4, 0)) == .dayFirst)
        #expect(DateContext.decideConvention(paperSize: .a4, language: .english, spelling: (0, 5)) == .monthFirst)
        // "Councillors" and "centre" are Canadian too: only "£" and "programme" vote.
        let votes = DateContext.spellingVotes(["The Parish Councillors agreed £450 for the centre's programme."])
        #expect(votes.dayFirst == 2 && votes.monthFirst == 0)
        let parish = DateContext(convention: .dayFirst)
        #expect(DateFinder.find(in: "Minutes of the meeting held 11-10-17", context: parish).first?.date.value == "2017-10-11")
    }

    @Test func languageFromWords() {
        #expect(DateContext.detectLanguage(["Le conseil municipal s'est réuni dans la salle de la mairie pour les questions du jour et des délibérations sur le budget par le maire, qui a été élu pour une durée de six ans, et les conseillers sont présents au conseil. Le conseil est ouvert et le maire est sur place pour la séance et le vote des élus et du public, par les voies de droit."]) == .french)
        #expect(DateContext.detectLanguage(["The council met in the chamber and the members agreed to the minutes of the last meeting, which will be signed by the chair. This is the report for the year and it was approved by the committee with the amendments."]) == .english)
        #expect(DateContext.detectLanguage(["Short"]) == nil)
    }

    @Test("a short Quebec ordre du jour, few function words but its agenda's own (ordre du jour, règlement, numéro, période), reads French")
    func languageOfAShortAgenda() {
        let lines = [
            "Séance ordinaire du conseil municipal qui se tiendra le lundi 5 février 2024 à 19 h 30", "à la salle du conseil",
            "1. Ouverture de la séance", "2. Adoption de l'ordre du jour", "3.1 Adoption du procès-verbal de la séance ordinaire du 15 janvier 2024",
            "3.2 Adoption des comptes à payer au 31 janvier 2024", "3.3 Avis de motion et dépôt du projet de règlement numéro 2024-02 sur le code d'éthique",
            "4.1 Rapport du service de sécurité incendie pour janvier 2024", "6.2 Nomination d'un membre au comité consultatif d'urbanisme",
            "10. Période de questions", "11. Levée de la séance", "Le projet de règlement peut être consulté au bureau municipal.",
            "Les citoyens peuvent s'adresser au conseil pendant la période de questions.",
            "3.4 Renouvellement de l'adhésion à la Fédération québécoise des municipalités", "Donné le 1er février 2024.",
            "5.2 Programme d'aide à la voirie locale : reddition de comptes", "Avis de motion : règlement numéro 2024-03 sur la gestion contractuelle",
            "Les documents sont disponibles pour consultation.",
        ]
        #expect(DateContext.detectLanguage(lines) == .french)
    }
}

@Suite("Date context in the pack")
struct DatePackContextTests {
    @Test func yearPrintedElsewhereIsLooseAndAmbiguous() {
        let fr = DateContext(convention: .dayFirst, language: .french)
        let lines = ["Procès-verbal de la séance du comité", "le 20 juin, à 16h00, à l'hôtel de ville", "la demande reçue le 7 juin 2023 et le 9 mai 2023", "vu le règlement de 2019"]
        let year = DateFinder.paperYear(in: lines, context: fr)
        #expect(year == 2023)
        let meeting = DateFinder.find(in: lines[1], context: fr.withPaperYear(year)).first
        #expect(meeting?.date.value == "2023-06-20")
        #expect(meeting?.date.time == "16:00")
        #expect(meeting?.date.ambiguous == true)
        // Without the paper's year the date has none.
        #expect(DateFinder.find(in: lines[1], context: fr).first?.date.value == "--06-20")
        // A printed year is not ambiguous under a loose reference.
        #expect(DateFinder.find(in: lines[2], context: fr.withPaperYear(year)).first?.date.ambiguous == false)
        #expect(DateFinder.paperYear(in: ["no dates here", "in 2019"], context: fr) == nil)
    }

    @Test func headingBlockTime() {
        let date = Line("TUESDAY, DECEMBER 6, 2022", x: 200, y: 100, size: 12)
        let venue = Line("COUNCIL CHAMBERS", x: 210, y: 115, size: 12)
        let time = Line("6:00 P.M.", x: 230, y: 130, size: 12)
        let us = DateContext(convention: .monthFirst, language: .english)
        let lines = [date, venue, time]
        #expect(DateFinder.headingTime(below: 0, segment: date.segments[0], heading: true, lines: lines, context: us) == "18:00")
        // Another date between stops the search; so does a sentence instead of a heading.
        let other = Line("NOVEMBER 15, 2022", x: 210, y: 115, size: 12)
        #expect(DateFinder.headingTime(below: 0, segment: date.segments[0], heading: true, lines: [date, other, time], context: us) == nil)
        #expect(DateFinder.headingTime(below: 0, segment: date.segments[0], heading: false, lines: lines, context: us) == nil)
        // A time beside the date on the same line, in its own segment.
        let row = Line("Tuesday, January 10, 2023\tCouncil Chambers\t5:00 PM", y: 100, size: 12)
        #expect(DateFinder.timeBeside(segment: 0, of: row, heading: true, context: us) == "17:00")
        let row2 = Line("Tuesday, January 10, 2023\tJanuary 12, 2023\t5:00 PM", y: 100, size: 12)
        #expect(DateFinder.timeBeside(segment: 0, of: row2, heading: true, context: us) == nil)
        // A time in another column is not the date's.
        let aside = Line("6:00 P.M.", x: 480, y: 115, size: 12)
        #expect(DateFinder.headingTime(below: 0, segment: date.segments[0], heading: true, lines: [date, aside], context: us) == nil)
    }
}

@Suite("Reference numbers")
struct DateReferenceNumberTests {
    let fr = DateContext(convention: .dayFirst, referenceYear: 2020, language: .french)

    @Test func yearHeadingANumberIsNotAYear() {
        #expect(DateFinder.find(in: "2020- 047 REDEVANCE POUR OCCUPATION", context: fr).isEmpty)
        #expect(DateFinder.find(in: "accepter la demande de démolition 2023-", context: fr).isEmpty)
        // A year between decorative dashes, or before a spaced dash and text, is a year.
        #expect(DateFinder.find(in: "LOCATION DES EQUIPEMENTS SPORTIFS –2019-", context: fr).map(\.text) == ["2019"])
        #expect(DateFinder.find(in: "Budget 2020 - rapport", context: fr).map(\.text) == ["2020"])
    }
}
