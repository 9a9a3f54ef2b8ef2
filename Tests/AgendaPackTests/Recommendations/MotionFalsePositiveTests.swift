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


/// Sentences that look like motions, votes or decisions and are not: each fixture is written
/// for the convention it tests, in the shape such lines take in unseen councils' papers.
@Suite("Motion false positives")
struct MotionFalsePositiveTests {
    func extract(_ fixture: LineFixture, kind: String? = "minutes") -> [RecommendationRecord] {
        RecommendationExtractor().extract(lines: fixture.lines, documentKind: kind).records
    }

    func counts(_ votes: MotionVotes?) -> [Int?] {
        [votes?.for?.count, votes?.against?.count, votes?.abstain?.count, votes?.absent?.count]
    }

    @Test("'The Board moved to Closed Session' is no motion; 'The Applicant proposed' in a report is no decision")
    func subjectsThatAreNoMovers() {
        let minutes = LineFixture {
            $0.line("The Board moved to Closed Session at 6:05 p.m.")
            $0.gap()
            $0.line("The Committee reconvened at 6:40 p.m.")
        }
        #expect(extract(minutes).isEmpty)
        let report = LineFixture {
            $0.line("The Applicant proposed a two-storey rear extension to the dwelling.")
        }
        #expect(extract(report, kind: "report").isEmpty)
        let staff = LineFixture {
            $0.line("Staff proposed that the fee schedule be reviewed next year.")
        }
        #expect(extract(staff).isEmpty)
    }

    @Test("A motion still reads when moved with a complement")
    func realMotionStillReads() {
        let fixture = LineFixture {
            $0.line("Trustee Kim moved to adopt the budget and Trustee Ross seconded the motion. Motion carried.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        #expect(records.first?.motion?.mover == "Trustee Kim")
        #expect(records.first?.motion?.seconder == "Trustee Ross")
        let denial = LineFixture {
            $0.line("Commissioner Lee moved denial of the variance. Motion carried 4-1.")
        }
        #expect(extract(denial).first?.motion?.mover == "Commissioner Lee")
    }

    @Test("A signature 'APPROVED: Jane Doe, City Manager' is no decision")
    func signatureIsNoDecision() {
        let fixture = LineFixture {
            $0.line("APPROVED: Jane Doe, City Manager")
        }
        #expect(extract(fixture).isEmpty)
        #expect(extract(fixture, kind: "report").isEmpty)
    }

    @Test("French counts stand alone: not the end of a year or of a word")
    func frenchCountsNeedABoundary() {
        #expect(MotionDetails.votes(in: "Le conseil adopte le budget primitif 2024 pour un montant de 1 200 000 €.") == nil)
        #expect(MotionDetails.votes(in: "Il crée un groupement commun pour les achats de fournitures.") == nil)
    }

    @Test("French counts in words past twenty")
    func frenchCountsPastTwenty() {
        #expect(counts(MotionDetails.votes(in: "Par vingt-trois voix pour et quatre voix contre")) == [23, 4, nil, nil])
        #expect(counts(MotionDetails.votes(in: "Pour : trente et un, Contre : 2")) == [31, 2, nil, nil])
        #expect(FrenchNumbers.value(of: "quatre-vingt-dix-neuf") == 99)
        #expect(FrenchNumbers.value(of: "soixante-douze") == 72)
    }

    @Test("'Resolution No: 2022-31' is no vote against")
    func numberLabelIsNoVote() {
        let votes = MotionDetails.votes(in: "Trustee Kim moved to adopt Resolution No: 2022-31. Motion carried.")
        #expect(votes?.against == nil)
        #expect(counts(MotionDetails.votes(in: "Yes: 5 No: 0")) == [5, 0, nil, nil])
    }

    @Test("A form's 'Key decision – No … Exempt – No' is no roll call")
    func formAnswersAreNoRollCall() {
        #expect(MotionDetails.rollCall(in: "Key decision – No. Exempt – No. Ward – All").isEmpty)
        #expect(MotionDetails.rollCall(in: "key decision – no; exempt – no").isEmpty)
        #expect(MotionDetails.rollCall(in: "Trustee Evans – yes, Trustee Park – no").count == 2)
    }

    @Test("An outcome word used as an adjective states no result")
    func adjectivesAreNoOutcome() {
        #expect(MotionDetails.outcome(in: "Approved minutes are posted online.") == nil)
        #expect(MotionDetails.outcome(in: "Deferred revenue is shown in note 4.") == nil)
        #expect(MotionDetails.outcome(in: "Tabled reports are listed below.") == nil)
        #expect(MotionDetails.outcome(in: "Carried.") == .carried)
        #expect(MotionDetails.outcome(in: "Approved as amended.") == .carried)
        #expect(MotionDetails.outcome(in: "CARRIED UNANIMOUSLY") == .carried)
        #expect(MotionDetails.outcome(in: "Deferred to the next meeting.") == .deferred)
    }

    @Test("A vote printed without its result leaves the outcome unknown")
    func voteWithoutResult() {
        let fixture = LineFixture {
            $0.line("Councilmember Diaz moved to approve the rezoning and Councilmember Cho seconded the motion.")
            $0.line("Ayes: 3. Noes: 2.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        #expect(counts(records.first?.motion?.votes) == [3, 2, nil, nil])
        #expect(records.first?.motion?.outcome == nil)
        #expect(records.first?.outcome == nil)
    }

    @Test("A note de synthèse proposes: 'Il est proposé que le Conseil municipal approuve' is no resolution")
    func proposalIsNoDeliberation() {
        let fixture = LineFixture {
            $0.line("Il est proposé que le Conseil municipal approuve la convention avec le département.")
        }
        #expect(extract(fixture, kind: "report").isEmpty)
        #expect(extract(fixture).isEmpty)
    }

    @Test("Délibération verbs beyond a list: fixe, prend acte, vote; DÉCIDE on its own")
    func deliberationVerbs() {
        let fixture = LineFixture {
            $0.line("D2023-045 TARIFS DE LA CANTINE", bold: true)
            $0.gap()
            $0.line("Le conseil municipal fixe le prix du repas à 3,50 €.")
            $0.gap()
            $0.line("2023/046 RAPPORT ANNUEL", bold: true)
            $0.gap()
            $0.line("Le conseil municipal prend acte du rapport annuel du délégataire.")
            $0.gap()
            $0.line("DCM_2023_47 SUBVENTIONS", bold: true)
            $0.gap()
            $0.line("Le conseil municipal, à l’unanimité, attribue une subvention de 500 € au club.")
            $0.gap()
            $0.line("Délibération n° 2023-48 : Budget annexe", bold: true)
            $0.gap()
            $0.line("Le conseil municipal, par vingt-trois voix pour et deux voix contre, vote le budget annexe.")
        }
        let records = extract(fixture)
        #expect(records.map(\.label) == ["D2023-045", "2023/046", "DCM_2023_47", "2023-48"])
        #expect(counts(records.last?.motion?.votes) == [23, 2, nil, nil])
    }

    @Test("An amendment does not take the next paragraph for an outcome word in it")
    func amendmentKeepsTheNextRecommendation() {
        let fixture = LineFixture {
            $0.line("To amend Recommendation (b) to read “note the revised payment plan”.")
            $0.gap()
            $0.line("Deferred payments from tenants will be collected over twelve months.")
        }
        let records = extract(fixture, kind: "report")
        #expect(records.first?.motion?.outcome == nil)
        #expect(records.first?.outcome == nil)
    }

    /// A long gapless paragraph that only mentions motions gives none. (Its cost, once
    /// quadratic, is measured by `make bench`, not by a timed test a busy machine would fail.)
    @Test("A long gapless paragraph of sentences that mention a motion gives no motion")
    func longParagraph() {
        let fixture = LineFixture {
            for i in 0..<2000 { $0.line("Sentence \(i) notes the motion of the tide. It was discussed.") }
        }
        #expect(MinutesMotionParser(documentKind: "minutes").parse(fixture.lines).found.isEmpty)
    }
}
