import Testing

@testable import AgendaPack

@Suite("RecommendationText")
struct RecommendationTextTests {
    @Test("Joining wrapped lines", arguments: [
        (["a relationship-", "based model"], "a relationship-based model"),
        (["the decision-", "making process"], "the decision-making process"),
        (["Once-", "Through-Cooling Policy"], "Once-Through-Cooling Policy"),
        (["the 18-", "25 section"], "the 18-25 section"),
        (["sexual abuse -", "the police"], "sexual abuse - the police"),
        (["  Note   the ", "progress made"], "Note the progress made"),
    ])
    func join(parts: [String], joined: String) {
        #expect(TextTools.join(parts) == joined)
    }

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

    @Test("The byte scan behind the quick tests finds needles anywhere, in any script around them")
    func containsAny() {
        #expect(TextTools.containsAny("2.1 The Board is recommended to:", ["ecommend", "ECOMMEND"]))
        #expect(TextTools.containsAny("RECOMMENDATION", ["ecommend", "ECOMMEND"]))
        #expect(TextTools.containsAny("Schools’ budgets — RESOLVED", ["RESOLV"]))
        #expect(TextTools.containsAny("ends with NOW", ["NOW"]))
        #expect(!TextTools.containsAny("Recommend", ["ecommendation"]))
        #expect(!TextTools.containsAny("", ["NOW"]))
        #expect(!TextTools.containsAny("now and then", ["NOW", "Resolv"]))
    }
}
