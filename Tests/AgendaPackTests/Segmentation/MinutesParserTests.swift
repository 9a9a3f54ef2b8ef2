@testable import AgendaPack
import AgendaPackTestSupport
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("MinutesParser")
struct MinutesParserTests {
    @Test("the reference minutes: members one per line, co-opted in a list, employees, apologies, numbered items")
    func coventry() {
        let minutes = [
            Line("Present:", x: 56, y: 100, bold: true),
            Line("Members:\tCouncillor M Mutton (Chair)", x: 56, y: 116),
            Line("Councillor N Akhtar", x: 160, y: 130),
            Line("Councillor S Bains", x: 160, y: 144),
            Line("Co-Opted Members:\tMrs S Hanson, Mrs K Jones and Mr R Potter", x: 56, y: 170),
            Line("Employees (by Directorate):", x: 56, y: 196),
            Line("J Gregg, People Directorate", x: 56, y: 210),
            Line("G Holmes, Resources Directorate", x: 56, y: 224),
            Line("Apologies: Councillor E Ruane", x: 56, y: 250),
            Line("Public Business", x: 56, y: 280, bold: true),
            Line("1. Declarations of Interests", x: 56, y: 306, bold: true),
            Line("There were no Disclosable Pecuniary Interests.", x: 56, y: 330),
            Line("2. Minutes", x: 56, y: 356, bold: true),
            Line("3. Improvement Board Progress Review from 11th May, 2016", x: 56, y: 382, bold: true),
        ]
        let detail = MinutesParser().parse(minutes)
        #expect(detail.present == ["Councillor M Mutton (Chair)", "Councillor N Akhtar", "Councillor S Bains"])
        #expect(detail.coOpted == ["Mrs S Hanson", "Mrs K Jones", "Mr R Potter"])
        #expect(detail.officers == ["J Gregg, People Directorate", "G Holmes, Resources Directorate"])
        #expect(detail.apologies == ["Councillor E Ruane"])
        #expect(detail.items.map(\.number) == ["1", "2", "3"])
        #expect(detail.items.map(\.title) == ["Declarations of Interests", "Minutes", "Improvement Board Progress Review from 11th May, 2016"])
    }

    @Test("Kent: PRESENT as one list over lines, honours kept with their name; items numbered on from 84")
    func kent() {
        let minutes = [
            Line("PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs S Chandler, Mr D Jeffrey,", x: 71, y: 168),
            Line("Mr R C Love, OBE, Mr D Murphy and Mr R J Thomas", x: 71, y: 182),
            Line("UNRESTRICTED ITEMS", x: 230, y: 389, bold: true),
            Line("84.\tApologies", x: 71, y: 416, bold: true),
            Line("(Item 1)", x: 71, y: 430),
            Line("85.\tDeclarations of Interest", x: 71, y: 485, bold: true),
        ]
        let detail = MinutesParser().parse(minutes)
        #expect(detail.present == ["Mr R W Gough (Chairman)", "Mr N Baker", "Mrs S Chandler", "Mr D Jeffrey", "Mr R C Love, OBE", "Mr D Murphy", "Mr R J Thomas"])
        #expect(detail.items.map(\.number) == ["84", "85"])
        #expect(detail.items.map(\.title) == ["Apologies", "Declarations of Interest"])
    }
}
