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


/// Layouts met in real and generated packs beyond the reference pack: headings that carry
/// their lead-in, restated sections, formal US resolutions, roomy line pitches.
@Suite("Recommendation layout variants")
struct LayoutVariantsTests {
    func extract(_ fixture: LineFixture, kind: String? = nil) -> (records: [RecommendationRecord], diagnostics: [Diagnostic]) {
        RecommendationExtractor().extract(lines: fixture.lines, documentKind: kind)
    }

    @Test("'Recommendation(s): Cabinet is asked to:' on one bold line; a wrapped line opening with a date is not a heading")
    func headingWithLeadIn() {
        let fixture = LineFixture {
            $0.line("Recommendation(s): Cabinet is asked to:", bold: true)
            $0.line("(1) CONSIDER the responses to the consultation that closed on", x: 90)
            $0.line("24 November 2024;", x: 90)
            $0.line("(2) ENDORSE the revised parking strategy; and", x: 90)
            $0.line("(3) ASK the Director of Highways to report progress in six months.", x: 90)
            $0.line("1. Introduction", bold: true)
        }
        let records = extract(fixture).records
        #expect(records.labels == ["(1)", "(2)", "(3)"])
        #expect(records[0].text == "CONSIDER the responses to the consultation that closed on 24 November 2024")
        #expect(records.map(\.addressee) == ["Cabinet", "Cabinet", "the Director of Highways"])
        #expect(records.allSatisfy { $0.leadIn == "Cabinet is asked to" })
    }

    @Test("A report that restates its recommendations at the end counts them once")
    func restated() {
        let fixture = LineFixture {
            $0.line("Recommendations:", bold: true)
            $0.line("Cabinet is asked to:")
            $0.line("(1) NOTE the forecast overspend of £2.3m;")
            $0.line("(2) AGREE the revised capital programme.")
            $0.line("1. Introduction", bold: true)
            $0.line("1.1 The forecast has worsened since the last report.")
            $0.newPage()
            $0.line("6. Recommendations:", bold: true)
            $0.line("Cabinet is asked to:")
            $0.line("(1) NOTE the forecast overspend of £2.3m;")
            $0.line("(2) AGREE the revised capital programme.")
            $0.line("7. Contact details", bold: true)
        }
        let (records, diagnostics) = extract(fixture)
        #expect(records.map(\.page) == [1, 1])
        #expect(diagnostics.map(\.code) == ["recommendations-repeated"])
    }

    @Test("Planning conditions under a recommendation are not recommendations")
    func conditions() {
        let fixture = LineFixture {
            $0.line("8. Recommendation", bold: true)
            $0.line("That planning permission be GRANTED, subject to the following conditions:")
            $0.line("1. The development shall be begun within three years.", x: 80)
            $0.line("2. The development shall accord with the approved plans.", x: 80)
            $0.line("Informatives", bold: true)
        }
        let (records, diagnostics) = extract(fixture)
        #expect(records.isEmpty)
        #expect(diagnostics.map(\.code) == ["recommendation-conditions-skipped"])
    }

    @Test("US staff report: 'RECOMMENDATION' then 'It is recommended that the Board of Trustees approve ...'")
    func recommendedThat() {
        let fixture = LineFixture {
            $0.line("RECOMMENDATION", bold: true)
            $0.line("It is recommended that the Board of Trustees approve the library lease with the county")
            $0.line("for a term of ten years.")
            $0.line("BACKGROUND", bold: true)
        }
        let record = extract(fixture).records.first
        #expect(record?.leadIn == "It is recommended that the Board of Trustees")
        #expect(record?.text == "approve the library lease with the county for a term of ten years")
        #expect(record?.addressee == "the Board of Trustees")
    }

    @Test("A role's recommendation under a consent item")
    func rolesRecommendation() {
        let fixture = LineFixture {
            $0.line("C. Donations", x: 90, bold: true)
            $0.line("Superintendent's Recommendation: Accept the donations listed with thanks.", x: 108)
        }
        #expect(extract(fixture).records.texts == ["Accept the donations listed with thanks"])
    }

    @Test("Formal US resolution: 'NOW, THEREFORE, ... DOES' / 'RESOLVE AS FOLLOWS:' and Section clauses; no outcome yet")
    func formalResolution() {
        let fixture = LineFixture {
            $0.line("WHEREAS, a public hearing was held on March 3, 2025;")
            $0.gap()
            $0.line("NOW, THEREFORE, THE BOARD OF TRUSTEES OF THE LIBRARY DISTRICT DOES")
            $0.line("RESOLVE AS FOLLOWS:")
            $0.gap()
            $0.line("Section 1. The lease attached as Exhibit A is approved.")
            $0.gap()
            $0.line("Section 2. The President is authorized to sign the lease.")
            $0.gap()
            $0.line("PASSED, APPROVED AND ADOPTED this 3rd day of March, 2025.")
        }
        let records = extract(fixture).records
        #expect(records.labels == ["Section 1.", "Section 2."])
        #expect(records.allSatisfy { $0.leadIn == "THE BOARD OF TRUSTEES OF THE LIBRARY DISTRICT DOES RESOLVE AS FOLLOWS" })
        #expect(records.allSatisfy { $0.kind == .resolution && $0.outcome == nil })
        #expect(records.last?.text == "The President is authorized to sign the lease")

        let beIt = LineFixture {
            $0.line("NOW, THEREFORE, BE IT RESOLVED that:")
            $0.line("1. the two library assistant posts be deleted; and", x: 90)
            $0.line("2. the Clerk give notice to the affected staff.", x: 90)
        }
        let clauses = extract(beIt).records
        #expect(clauses.labels == ["1.", "2."])
        #expect(clauses.first?.leadIn == "BE IT RESOLVED that")
        #expect(clauses.first?.text == "the two library assistant posts be deleted")
    }

    @Test("Minutes set on a roomy pitch: the next paragraph and the vote line are not run into the resolution")
    func roomyPitch() {
        // 12-point type (boxes 14.4 high) on a 15.9 pitch, paragraphs 22.9 apart.
        var fixture = LineFixture { _ in }
        fixture.size = 12
        fixture.pitch = 15.9
        fixture.line("RESOLVED that planning permission be granted subject to conditions. (For 9, Against 1,")
        fixture.line("Abstentions 0)")
        fixture.gap(7)
        fixture.line("PC/70 Planning Appeals", bold: true)
        fixture.gap(7)
        fixture.line("RESOLVED that:")
        fixture.gap(7)
        fixture.line("(a) the list of appeals be noted.", x: 100)
        fixture.gap(7)
        fixture.line("(For 10, Against 0, Abstentions 0)")
        fixture.gap(7)
        fixture.line("The meeting ended at 8.10 pm.")
        let records = extract(fixture, kind: "minutes").records
        #expect(records.texts == ["planning permission be granted subject to conditions", "the list of appeals be noted"])
        #expect(records.map(\.outcome) == [.carried, .noted])
        #expect(records.map(\.votes) == [Votes(for: 9, against: 1, abstentions: 0), Votes(for: 10, against: 0, abstentions: 0)])
    }

    @Test("Resolutions under 'RESOLVED:' keep their 'That'")
    func resolvedColon() {
        let fixture = LineFixture {
            $0.line("RESOLVED:")
            $0.line("(1) That the update be noted.", x: 90)
            $0.line("(2) That a report on respite care be brought to the July meeting.", x: 90)
        }
        let records = extract(fixture, kind: "minutes").records
        #expect(records.texts == ["That the update be noted", "That a report on respite care be brought to the July meeting"])
        #expect(records.map(\.outcome) == [.noted, .agreed])
        #expect(records.allSatisfy { $0.leadIn == "RESOLVED" })
    }

    @Test("Cabinet Member's record of decision: 'As ..., I agree to:' gives the decision maker; the signed date is day-first")
    func cabinetMemberDecision() {
        let fixture = LineFixture {
            $0.line("RECORD OF DECISION", bold: true)
            $0.line("Decision:", bold: true)
            $0.line("As Cabinet Member for Highways, I agree to:")
            $0.line("A) introduce a 20mph limit on the High Street; and", x: 90)
            $0.line("B) delegate authority to the Director of Highways to make the traffic order.", x: 90)
            $0.line("Reason(s) for decision:", bold: true)
            $0.columns([("signed", 60), ("date: 19/03/2025", 300)])
        }
        let records = extract(fixture).records
        #expect(records.labels == ["A)", "B)"])
        #expect(records.first?.text == "introduce a 20mph limit on the High Street")
        #expect(records.allSatisfy { $0.kind == .decision && $0.decidedBy == "Cabinet Member for Highways" && $0.date == "2025-03-19" && $0.outcome == .agreed })
    }
}
