@testable import AgendaPack
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("MotionParser")
struct MotionParserTests {
    func parse(_ fixture: LineFixture) -> [RecommendationRecord] {
        MotionParser().parse(fixture.lines).found.map(\.record)
    }

    @Test("US board minutes: motions with their result and count")
    func usMotions() {
        let fixture = LineFixture {
            $0.line("Motion by Alvarez, second by Chen, to approve the consent calendar. Motion carried 5-0.")
            $0.gap()
            $0.line("Motion by Chen, second by Okafor, to award the bus contract to Metro Coach Lines.")
            $0.line("Ayes: Chen, Okafor. Noes: Alvarez, Brandt, Ruiz. Motion failed 2-3.")
            $0.gap()
            $0.line("Motion by Ruiz, seconded by Brandt, to adopt the 2017-18 budget calendar as presented.")
            $0.line("Motion carried 4-0-1.")
        }
        let records = parse(fixture)
        #expect(records.texts == [
            "approve the consent calendar",
            "award the bus contract to Metro Coach Lines",
            "adopt the 2017-18 budget calendar as presented",
        ])
        #expect(records.map(\.outcome) == [.carried, .lost, .carried])
        #expect(records.map(\.votes) == [
            Votes(for: 5, against: 0, abstentions: 0), Votes(for: 2, against: 3, abstentions: 0), Votes(for: 4, against: 0, abstentions: 1),
        ])
        #expect(records.allSatisfy { $0.kind == .resolution })
    }

    @Test("UK minutes: a motion that was lost is a record; one carried and then RESOLVED is left to the resolution")
    func ukMotions() {
        let lost = LineFixture {
            $0.line("The motion was: the application be refused because the extension would harm the")
            $0.line("setting of the listed church.")
            $0.gap()
            $0.line("On being put to the vote the motion was LOST. (For 3, Against 6, Abstentions 2)")
            $0.gap()
            $0.line("RESOLVED that planning permission be granted subject to conditions.")
        }
        let records = parse(lost)
        #expect(records.texts == ["the application be refused because the extension would harm the setting of the listed church."])
        #expect(records.first?.outcome == .lost)
        #expect(records.first?.votes == Votes(for: 3, against: 6, abstentions: 2))

        let carried = LineFixture {
            $0.line("The motion was: planning permission be granted subject to conditions.")
            $0.gap()
            $0.line("On being put to the vote the motion was CARRIED. (For 8, Against 1, Abstentions 0)")
            $0.line("RESOLVED that planning permission be granted subject to conditions.")
        }
        #expect(parse(carried).isEmpty)
        let all = RecommendationExtractor().extract(lines: carried.lines, documentKind: "minutes").records
        #expect(all.count == 1)
        #expect(all.first?.outcome == .carried)
        #expect(all.first?.votes == Votes(for: 8, against: 1, abstentions: 0))
    }

    @Test("Not motions", arguments: [
        "Motion by Alvarez to table the item was withdrawn.",
        "The motion was discussed at length.",
    ])
    func nearMiss(text: String) {
        #expect(parse(LineFixture { $0.line(text) }).isEmpty)
    }
}
