@testable import AgendaPack
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
import PDFLayout
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("ResolutionParser")
struct ResolutionParserTests {
    func parse(_ fixture: LineFixture) -> [RecommendationRecord] {
        ResolutionParser().parse(fixture.lines).found.map(\.record)
    }

    @Test("Coventry minutes, 16 June 2016: two RESOLVED without sub-clauses or full stops")
    func coventryMinutes() {
        let fixture = LineFixture {
            $0.line("Members discussed with officers whether there could be useful recommendations resulting")
            $0.line("from focussing on these issues.")
            $0.gap()
            $0.line("RESOLVED that the task and finish group be established and membership be sought")
            $0.line("from Scrutiny Members")
            $0.gap()
            $0.line("5.\tDraft Work Programme", bold: true)
            $0.line("The Scrutiny Board considered the draft work programme and requested that the following")
            $0.gap()
            $0.line("-\tPrevent", x: 90)
            $0.gap()
            $0.line("RESOLVED that the work programme be updated")
            $0.gap()
            $0.line("6.\tAny Other Business", bold: true)
        }
        let records = parse(fixture)
        #expect(records.texts == [
            "the task and finish group be established and membership be sought from Scrutiny Members",
            "the work programme be updated",
        ])
        #expect(records.allSatisfy { $0.kind == .resolution && $0.label == nil && $0.leadIn == "RESOLVED that" })
        // Nothing more is stated: resolving is agreeing.
        #expect(records.allSatisfy { $0.outcome == .agreed && $0.votes == nil && $0.addressee == nil })
        #expect(records.map(\.page) == [1, 1])
        #expect(records.first?.bbox?.y0 == 114.0)  // the fourth line: 72 + 14 * 3
    }

    @Test("Cabinet minutes layout: 'RESOLVED that Cabinet agree to:' with lettered clauses running onto the next page")
    func clauses() {
        let fixture = LineFixture {
            $0.line("4. RESOLVED that Cabinet agree to:", x: 88)
            $0.gap()
            $0.line("(a) Adopt the Library Strategy on behalf of the County Council", x: 124)
            $0.gap()
            $0.line("(b) Note the consultation responses summarised in appendix B; and", x: 124)
            $0.newPage()
            $0.line("(c) Delegate authority to the Director of Libraries to make non-substantial", x: 124)
            $0.line("revisions to the strategy.", x: 142)
            $0.line("93.\tCapital Programme Update", x: 70, bold: true)
            $0.line("(Item 10)", x: 70)
        }
        let records = parse(fixture)
        #expect(records.labels == ["(a)", "(b)", "(c)"])
        #expect(records.texts == [
            "Adopt the Library Strategy on behalf of the County Council",
            "Note the consultation responses summarised in appendix B",
            "Delegate authority to the Director of Libraries to make non-substantial revisions to the strategy.",
        ])
        #expect(records.map(\.outcome) == [.agreed, .noted, .agreed])
        #expect(records.map(\.page) == [1, 1, 2])
        #expect(records.allSatisfy { $0.leadIn == "RESOLVED that Cabinet agree to" && $0.addressee == "Cabinet" })
    }

    @Test("Mixed-case letters ('A)' then 'b)') stay one list; the next minute paragraph ends it")
    func mixedCaseLetters() {
        let fixture = LineFixture {
            $0.line("3. RESOLVED that the Panel agree to:", x: 88)
            $0.line("A) Note the forecast overspend of £2.1m.", x: 106)
            $0.line("b) Agree the revised savings plan.", x: 106)
            $0.line("4. The Chair thanked officers for the report.", x: 88)
        }
        let records = parse(fixture)
        #expect(records.labels == ["A)", "b)"])
        #expect(records.map(\.outcome) == [.noted, .agreed])
        #expect(records.allSatisfy { $0.addressee == "the Panel" })
    }

    @Test("Outcome stated by the minutes", arguments: [
        ("RESOLVED that the report be noted.", RecommendationRecord.Outcome.noted),
        ("3. RESOLVED that the update be noted.", .noted),
        ("RESOLVED that consideration of the item be deferred to the next meeting.", .deferred),
        ("Resolved – That the recommendations in the report be approved.", .agreed),
        ("It was RESOLVED that the motion, having been put to the vote, was carried.", .carried),
        ("RESOLVED: that the amendment was lost.", .lost),
        ("Resolved that the Committee endorses the draft plan.", .agreed),
    ])
    func outcome(text: String, expected: RecommendationRecord.Outcome) {
        let records = parse(LineFixture { $0.line(text) })
        #expect(records.count == 1)
        #expect(records.first?.outcome == expected)
    }

    @Test("Openers and the text after them; after a colon or dash 'That' stays with the text", arguments: [
        ("RESOLVED that the minutes be signed.", "RESOLVED that", "the minutes be signed."),
        ("RESOLVED: The minutes be signed.", "RESOLVED:", "The minutes be signed."),
        ("Resolved – That the minutes be signed.", "Resolved –", "That the minutes be signed."),
        ("It was RESOLVED that the minutes be signed.", "It was RESOLVED that", "the minutes be signed."),
    ])
    func openers(text: String, leadIn: String, body: String) {
        let records = parse(LineFixture { $0.line(text) })
        #expect(records.first?.leadIn == ListBlock.leadIn(leadIn))
        #expect(records.first?.text.lowercased() == body.lowercased())
    }

    @Test("Recorded votes", arguments: [
        ("RESOLVED that the recommendation be agreed (For 7, Against 2, Abstentions 1).", Votes(for: 7, against: 2, abstentions: 1)),
        ("RESOLVED that the recommendation be agreed (For: 7; Against: 2; Abstain: 1)", Votes(for: 7, against: 2, abstentions: 1)),
        ("RESOLVED that the recommendation be agreed by 7 votes for, 2 against and 1 abstention.", Votes(for: 7, against: 2, abstentions: 1)),
        ("RESOLVED that the motion be agreed. For 30, Against 12", Votes(for: 30, against: 12, abstentions: 0)),
    ])
    func votes(text: String, expected: Votes) {
        #expect(parse(LineFixture { $0.line(text) }).first?.votes == expected)
    }

    @Test("A vote and 'carried' recorded just before the resolution belong to it")
    func voteBefore() {
        let fixture = LineFixture {
            $0.line("On being put to the vote the motion was carried (For: 41; Against: 20;")
            $0.line("Abstain: 3).")
            $0.gap()
            $0.line("RESOLVED that the Council adopts the Pay Policy Statement 2025-26.")
        }
        let record = parse(fixture).first
        #expect(record?.votes == Votes(for: 41, against: 20, abstentions: 3))
        #expect(record?.outcome == .agreed)
        let bare = LineFixture {
            $0.line("The amendment was put to the vote and was carried. 12 votes for, 9 against.")
            $0.line("RESOLVED that the amended motion stands.")
        }
        #expect(parse(bare).first?.outcome == .carried)
        #expect(parse(bare).first?.votes == Votes(for: 12, against: 9, abstentions: 0))
    }

    @Test("Not resolutions", arguments: [
        "The issue remained unresolved at the close of the meeting.",
        "Members resolved to return to the matter in March.",
        "The Leader noted that the resolution of the dispute would take time.",
        "Further to Minute 74/15 the Scrutiny Board noted a joint briefing note which detailed progress on the Children's Services Improvement Plan.",
        "The Scrutiny Board considered the draft work programme and requested that the following areas of interest be considered during the year:",
    ])
    func nearMiss(text: String) {
        #expect(parse(LineFixture { $0.line(text) }).isEmpty)
    }
}
