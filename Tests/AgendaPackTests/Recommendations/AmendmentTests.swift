@testable import Contract
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
import Testing


/// Amendments moved at a meeting ("X moved and Y seconded the following amendment:"), their
/// results after debate and recorded votes of names ("For: …", "Against: …"), read by the
/// whole extractor. Every fixture is written for the test in the convention it exercises.
@Suite("Amendments and recorded votes")
struct AmendmentTests {
    func extract(_ fixture: LineFixture, kind: String? = "minutes") -> [RecommendationRecord] {
        RecommendationExtractor().extract(lines: fixture.lines, documentKind: kind).records
    }

    func names(_ tally: VoteTally?) -> [String]? {
        if case .names(let n)? = tally { return n }
        return nil
    }

    @Test("A moved and seconded amendment: its text is the next paragraph; debate, a recorded vote, then the result")
    func movedAmendmentLost() throws {
        let fixture = LineFixture {
            $0.line("Councillor Ferris moved and Councillor Quayle seconded the following amendment:")
            $0.gap()
            $0.line("To replace Recommendation (c) with “approve the parking charges at Appendix 4, except that", x: 100)
            $0.line("evening charges in district car parks remain free”.", x: 100)
            $0.gap()
            $0.line("Following debate, the amendment was put to the vote. A recorded vote was taken:")
            $0.gap()
            $0.line("For: Councillors Ferris, Quayle and Ward")
            $0.line("Against: Councillors Bell, Carr, Dunn and Eade")
            $0.line("Abstain: Councillor Gale")
            $0.gap()
            $0.line("The amendment was LOST.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        let r = try #require(records.first)
        #expect(r.kind == .recommendation)
        #expect(r.text.hasPrefix("To replace Recommendation (c) with “approve the parking charges"))
        #expect(r.text.hasSuffix("remain free”"))
        let motion = try #require(r.motion)
        #expect(motion.mover == "Councillor Ferris")
        #expect(motion.seconder == "Councillor Quayle")
        #expect(motion.amends == "(c)")
        #expect(motion.outcome == .lost)
        #expect(r.outcome == .lost)
        #expect(names(motion.votes?.for) == ["Ferris", "Quayle", "Ward"])
        #expect(names(motion.votes?.against) == ["Bell", "Carr", "Dunn", "Eade"])
        #expect(names(motion.votes?.abstain) == ["Councillor Gale"])
        #expect(r.votes == Votes(for: 3, against: 4, abstentions: 1))
    }

    @Test("An amendment adding a new recommendation changes none: amends is nil; 'put to the vote and was CARRIED'")
    func newRecommendationCarried() throws {
        let fixture = LineFixture {
            $0.line("The following amendment was moved by Councillor Ward and seconded by Councillor Bell:")
            $0.gap()
            $0.line("To add a new recommendation (h): “ask the Cabinet to report on bus subsidies by the autumn”.", x: 100)
            $0.gap()
            $0.line("The amendment was put to the vote and was CARRIED.")
        }
        let r = try #require(extract(fixture).first)
        #expect(r.motion?.mover == "Councillor Ward")
        #expect(r.motion?.seconder == "Councillor Bell")
        #expect(r.motion?.amends == nil)
        #expect(r.motion?.outcome == .carried)
        #expect(r.motion?.votes == nil)
    }

    @Test("The amendment's text may follow the colon on the lead-in's own line")
    func textAfterColon() throws {
        let fixture = LineFixture {
            $0.line("Councillor Ferris moved, and Councillor Quayle seconded, an amendment: To delete Recommendation 3.")
            $0.gap()
            $0.line("The amendment was carried.")
        }
        let r = try #require(extract(fixture).first)
        #expect(r.text == "To delete Recommendation 3")
        #expect(r.motion?.amends == "3")
        #expect(r.motion?.outcome == .carried)
    }

    @Test("The substantive motion's result is not the amendment's")
    func substantiveResultStaysOut() throws {
        let fixture = LineFixture {
            $0.line("Councillor Ferris moved and Councillor Quayle seconded the following amendment:")
            $0.gap()
            $0.line("To replace Recommendation (b) with “defer the decision to the March meeting”.", x: 100)
            $0.gap()
            $0.line("The substantive motion was then put to the vote and was CARRIED.")
        }
        let r = try #require(extract(fixture).first)
        #expect(r.motion?.amends == "(b)")
        #expect(r.motion?.outcome == nil)
        #expect(r.outcome == nil)
    }

    @Test("Not an amendment's lead-in", arguments: [
        "Councillor Ferris reported that the following amendment had been circulated to Members:",
        "The following amendments to the Constitution were noted:",
        "Councillor Ferris moved that the report be received. Councillor Quayle seconded the motion.",
    ])
    func notLeadIns(_ text: String) {
        #expect(AmendmentParser.leadIn(in: text) == nil)
    }

    @Test("A numbered resolution defeated after a recorded vote of names ('For: …', 'Against: …', then DEFEATED)")
    func defeatedAfterNamedVote() throws {
        let fixture = LineFixture {
            $0.line("R2026-031", x: 89, bold: true)
            $0.line("Moved by Councillor Okafor", x: 89)
            $0.line("Seconded by Councillor Brandt", x: 89)
            $0.line("That Council close Pier Road to vehicles on summer weekends.", x: 89)
            $0.line("Recorded vote requested by Councillor Okafor. For: Councillor Okafor, Councillor Brandt.", x: 89)
            $0.line("Against: Mayor Hale, Councillor Lund, Councillor Varga.", x: 89)
            $0.gap()
            $0.line("DEFEATED.", x: 89, bold: true)
        }
        let motion = try #require(extract(fixture).first?.motion)
        #expect(motion.number == "R2026-031")
        #expect(motion.outcome == .lost)
        #expect(names(motion.votes?.for) == ["Councillor Okafor", "Councillor Brandt"])
        #expect(names(motion.votes?.against) == ["Mayor Hale", "Councillor Lund", "Councillor Varga"])
        #expect(motion.votes?.abstain == nil)
    }

    @Test("'In favour:' and 'Opposed:' name the sides of a recorded vote")
    func inFavourOpposed() {
        let votes = MotionDetails.votes(in: "In favour: Councillor Lund, Councillor Varga; Opposed: Mayor Hale")
        #expect(names(votes?.for) == ["Councillor Lund", "Councillor Varga"])
        #expect(names(votes?.against) == ["Mayor Hale"])
    }

    @Test("Result phrases after 'put to the vote'", arguments: [
        ("Following debate, the amendment was put to the vote and was LOST.", Motion.Outcome.lost),
        ("The motion was put to the vote and declared carried.", .carried),
        ("On being put to the vote and duly defeated, the matter closed.", .lost),
        ("The amendment fell.", .lost),
    ])
    func putToTheVote(_ text: String, _ expected: Motion.Outcome) {
        #expect(MotionDetails.outcome(in: text) == expected)
    }

    @Test("Not results", arguments: [
        "The Chair asked whether the item should be put to the vote.",
        "Members asked that the proposals be put to the vote at the next meeting.",
    ])
    func notResults(_ text: String) {
        #expect(MotionDetails.outcome(in: text) == nil)
    }

    @Test("A 'For:' line in a report's cover is not a vote: no motion, no record")
    func forLineInReport() {
        let fixture = LineFixture {
            $0.line("For: Decision")
            $0.line("Against: none of the options in section 4")
        }
        #expect(extract(fixture, kind: "report").isEmpty)
    }
}
