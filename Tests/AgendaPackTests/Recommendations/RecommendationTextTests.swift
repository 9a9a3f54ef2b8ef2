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


@Suite("RecommendationText")
struct RecommendationTextTests {
    @Test("Addressee from a lead-in", arguments: [
        ("The Scrutiny Board is recommended to", "The Scrutiny Board"),
        ("Cabinet is asked to", "Cabinet"),
        ("County Council is asked to", "County Council"),
        ("the County Council is recommended to", "the County Council"),
        ("Members are recommended to", "Members"),
        ("It is recommended that Scrutiny Board 2", "Scrutiny Board 2"),
        ("It is recommended that the County Council approve the budget", "the County Council"),
        ("The Committee is invited to", "The Committee"),
    ])
    func addressee(leadIn: String, expected: String) {
        #expect(RecommendationText.addressee(in: leadIn) == expected)
    }

    @Test("No addressee where none is named", arguments: [
        "It is recommended that the report be noted",
        "Note the progress made to date.",
    ])
    func noAddressee(text: String) {
        #expect(RecommendationText.addressee(in: text) == nil)
    }
}

@Suite("RecommendationText item actors")
struct ItemActorTests {
    @Test("Who an item names to act", arguments: [
        ("ask the Director of Place to begin the procurement", "the Director of Place"),
        ("DELEGATE to the Corporate Director Growth, Environment and Transport, in consultation with", "the Corporate Director Growth, Environment and Transport"),
        ("delegate authority to the Head of Finance to agree minor changes", "the Head of Finance"),
        ("RECOMMEND that the Cabinet Member for Education and Skills adopts the policy", "the Cabinet Member for Education and Skills"),
    ])
    func actor(text: String, expected: String) {
        #expect(RecommendationText.itemActor(in: text) == expected)
    }

    @Test("Numeric dates only when plainly day-first", arguments: [
        ("14/02/2025", "2025-02-14"),
        ("03/04/2025", nil),
        ("21st July, 2016", "2016-07-21"),
        ("July 2016", nil),
    ] as [(String, String?)])
    func dates(text: String, expected: String?) {
        #expect(DecisionParser.isoDate(text) == expected)
    }
}
