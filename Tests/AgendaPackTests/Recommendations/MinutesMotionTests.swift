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


/// Motions, resolutions and deliberations in minutes, read by the whole extractor so that
/// the parsers' order and line claims are part of what is tested. Every fixture is written
/// for the test in the convention it exercises.
@Suite("Minutes motions")
struct MinutesMotionTests {
    func extract(_ fixture: LineFixture, kind: String? = "minutes") -> [RecommendationRecord] {
        RecommendationExtractor().extract(lines: fixture.lines, documentKind: kind).records
    }

    func counts(_ votes: MotionVotes?) -> [Int?] {
        [votes?.for?.count, votes?.against?.count, votes?.abstain?.count, votes?.absent?.count]
    }

    @Test("US minutes: mover first, seconder in its own sentence, 'Moved 5-0'")
    func moverFirst() {
        let fixture = LineFixture {
            $0.line("Councilor Tran moved to approve the final findings of the audit committee. Councilor")
            $0.line("Baker seconded. Moved 5-0.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        let r = records.first
        #expect(r?.kind == .decision)
        #expect(r?.text == "Councilor Tran moved to approve the final findings of the audit committee")
        #expect(r?.motion?.mover == "Councilor Tran")
        #expect(r?.motion?.seconder == "Councilor Baker")
        #expect(r?.motion?.outcome == .carried)
        #expect(counts(r?.motion?.votes) == [5, 0, nil, nil])
        #expect(r?.votes == Votes(for: 5, against: 0, abstentions: 0))
    }

    @Test("US minutes: the seconder's paragraph carries a named roll call")
    func namedRollCall() {
        let fixture = LineFixture {
            $0.line("Commissioner Ortiz moved approval of the June 6, 2023 minutes.")
            $0.gap()
            $0.line("Vice Chair Wong seconded the motion, which carried by the following roll call vote:")
            $0.line("Commissioners Ortiz: Aye; Wong: Aye; Patel: Abstain; and Chair Grady: Aye. Ayes: 3.")
            $0.line("Abstention: 1.")
            $0.gap()
            $0.line("The commission then discussed the public records request log.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        let motion = records.first?.motion
        #expect(motion?.mover == "Commissioner Ortiz")
        #expect(motion?.seconder == "Vice Chair Wong")
        #expect(motion?.outcome == .carried)
        #expect(motion?.votes?.for == .names(["Ortiz", "Wong", "Chair Grady"]))
        #expect(motion?.votes?.abstain == .names(["Patel"]))
    }

    @Test("US minutes: moved and seconded in one clause, then a roll call printed in capitals")
    func rollCallBlock() {
        let fixture = LineFixture {
            $0.line("Items on the consent calendar are routine and may be enacted by one motion.")
            $0.line("Director Silva moved and Director Kahn seconded to approve the consent calendar. MOTION")
            $0.line("CARRIED BY THE FOLLOWING ROLL CALL VOTE:", bold: true)
            $0.gap()
            $0.line("AYES:\tDirectors *Silva, Kahn, and Moore, and Chair Obi", bold: true)
            $0.line("NOES:\tNone", bold: true)
            $0.line("ABSENT:\tDirector Lund", bold: true)
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        let r = records.first
        #expect(r?.text == "Director Silva moved and Director Kahn seconded to approve the consent calendar")
        #expect(r?.motion?.mover == "Director Silva")
        #expect(r?.motion?.seconder == "Director Kahn")
        #expect(r?.motion?.outcome == .carried)
        #expect(r?.motion?.votes?.for == .names(["Silva", "Kahn", "Moore", "Chair Obi"]))
        #expect(r?.motion?.votes?.against == .names([]))
        #expect(r?.motion?.votes?.absent == .names(["Director Lund"]))
    }

    @Test("Motion text first, mover after, roll call with dashes, 'Motion passes'")
    func textFirst() {
        let fixture = LineFixture {
            $0.line("A motion to accept the treasurer's report was made by Trustee Evans, seconded by")
            $0.line("Trustee Adams.")
            $0.gap()
            $0.line("Trustee Evans – yes, Trustee Adams – yes, Trustee Park – absent, Trustee Lee – no.")
            $0.line("Motion passes.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        let motion = records.first?.motion
        #expect(motion?.mover == "Trustee Evans")
        #expect(motion?.seconder == "Trustee Adams")
        #expect(motion?.outcome == .carried)
        #expect(counts(motion?.votes) == [2, 1, 0, 1])
    }

    @Test("Narrated decision: 'were moved for approval by ... and seconded by ... Passed 3-0'")
    func movedForApproval() {
        let fixture = LineFixture {
            $0.line("The minutes of the special meeting of May 4, 2021 were moved for approval by")
            $0.line("Member Diaz and seconded by Member Ruiz. Passed 3-0.")
        }
        let records = extract(fixture)
        #expect(records.first?.motion?.mover == "Member Diaz")
        #expect(records.first?.motion?.seconder == "Member Ruiz")
        #expect(counts(records.first?.motion?.votes) == [3, 0, nil, nil])
        #expect(records.first?.text.hasPrefix("The minutes of the special meeting") == true)
    }

    @Test("'Motion by ..., second by ...; motion carried unanimously' after the sentence it decides")
    func motionByAfterText() {
        let fixture = LineFixture {
            $0.line("Approve the purchase of two snow ploughs. Motion by Keller, second by Ahmed; motion")
            $0.line("carried unanimously.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        #expect(records.first?.text == "Approve the purchase of two snow ploughs")
        #expect(records.first?.motion?.mover == "Keller")
        #expect(records.first?.motion?.seconder == "Ahmed")
        #expect(records.first?.motion?.outcome == .carried)
    }

    @Test("Canadian numbered resolution: number, Moved by, Seconded by, That ..., Carried")
    func canadianResolution() {
        let fixture = LineFixture {
            $0.line("R2026-014")
            $0.line("Moved by Councillor Martin")
            $0.line("Seconded by Councillor Roy")
            $0.line("That Council award the winter road maintenance contract to Northbay Paving for")
            $0.line("$412,000.")
            $0.line("Carried.")
            $0.gap()
            $0.line("R2026-015")
            $0.line("Moved by Councillor Roy")
            $0.line("Seconded by Councillor Singh")
            $0.line("That the request to close Elm Street for the festival be refused.")
            $0.line("Defeated.")
        }
        let records = extract(fixture)
        #expect(records.count == 2)
        #expect(records.map(\.kind) == [.resolution, .resolution])
        #expect(records.map(\.label) == ["R2026-014", "R2026-015"])
        #expect(records.map { $0.motion?.number } == ["R2026-014", "R2026-015"])
        #expect(records.first?.text == "That Council award the winter road maintenance contract to Northbay Paving for $412,000")
        #expect(records.map { $0.motion?.mover } == ["Councillor Martin", "Councillor Roy"])
        #expect(records.map { $0.motion?.seconder } == ["Councillor Roy", "Councillor Singh"])
        #expect(records.map { $0.motion?.outcome } == [.carried, .lost])
    }

    @Test("Action minutes: 'APPROVED – ...' and '... approved – X (motion), Y (second)'")
    func actionMinutes() {
        let fixture = LineFixture {
            $0.line("APPROVED – Minutes of the regular meeting of March 2, 2024.")
            $0.gap()
            $0.line("Lease renewal for the senior centre approved – Garcia (motion), Howe (second).")
        }
        let records = extract(fixture)
        #expect(records.count == 2)
        #expect(records.first?.text == "Minutes of the regular meeting of March 2, 2024")
        #expect(records.first?.motion?.outcome == .carried)
        #expect(records.last?.text == "Lease renewal for the senior centre")
        #expect(records.last?.motion?.mover == "Garcia")
        #expect(records.last?.motion?.seconder == "Howe")
        #expect(records.last?.motion?.outcome == .carried)
    }

    @Test("Québec: 'Il est proposé par ..., appuyé par ... et résolu à l'unanimité que ...'")
    func quebecProposed() {
        let fixture = LineFixture {
            $0.line("Il est proposé par M. Jean Tremblay, appuyé par Mme Louise Gagnon et résolu à")
            $0.line("l’unanimité que le conseil adopte le règlement 2024-12 sur le stationnement.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        #expect(records.first?.kind == .resolution)
        #expect(records.first?.text == "le conseil adopte le règlement 2024-12 sur le stationnement")
        #expect(records.first?.motion?.mover == "M. Jean Tremblay")
        #expect(records.first?.motion?.seconder == "Mme Louise Gagnon")
        #expect(records.first?.motion?.outcome == .carried)
    }

    @Test("French délibération: numbered heading, decision, vote counts in words and digits, bullets")
    func frenchDeliberation() {
        let fixture = LineFixture {
            $0.line("2024-031 TARIFS DE LA SALLE DES FÊTES", bold: true)
            $0.gap()
            $0.line("Monsieur le Maire présente les nouveaux tarifs de location.")
            $0.line("Le Conseil Municipal après en avoir délibéré,")
            $0.line("Par 11 voix POUR – DEUX voix CONTRE – 1 ABSTENTION")
            $0.line("FIXE les tarifs suivants à compter du 1er janvier :")
            $0.line("-\tjournée : 150 €")
            $0.line("-\tweek-end : 250 €")
            $0.gap()
            $0.line("2024-032 ADHÉSION AU SYNDICAT D’ÉNERGIE", bold: true)
            $0.gap()
            $0.line("Le conseil municipal, après en avoir délibéré, décide d’adhérer au syndicat.")
            $0.gap()
            $0.line("Adopté à l’unanimité.")
        }
        let records = extract(fixture)
        #expect(records.count == 2)
        #expect(records.map(\.kind) == [.resolution, .resolution])
        #expect(records.map(\.label) == ["2024-031", "2024-032"])
        #expect(records.first?.text == "Le Conseil Municipal après en avoir délibéré, Par 11 voix POUR – DEUX voix CONTRE – 1 ABSTENTION FIXE les tarifs suivants à compter du 1er janvier : - journée : 150 € - week-end : 250 €")
        #expect(counts(records.first?.motion?.votes) == [11, 2, 1, nil])
        #expect(records.first?.parts?.map(\.text) == ["journée : 150 €", "week-end : 250 €"])
        #expect(records.first?.motion?.outcome == .carried)
        #expect(records.last?.text == "Le conseil municipal, après en avoir délibéré, décide d’adhérer au syndicat")
        #expect(records.last?.motion?.outcome == .carried)
        #expect(records.last?.motion?.votes == nil)
    }

    @Test("French counts 'Pour : 10, Contre : 12' after the decision: the vote, and a majority against is lost")
    func frenchCountsAfter() {
        let fixture = LineFixture {
            $0.line("Après délibération, le conseil municipal approuve le projet de parc éolien.")
            $0.gap()
            $0.line("Pour : 10, Contre : 12, Abstention : 1")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        #expect(records.first?.text == "Après délibération, le conseil municipal approuve le projet de parc éolien")
        #expect(counts(records.first?.motion?.votes) == [10, 12, 1, nil])
        #expect(records.first?.motion?.outcome == .lost)
    }

    @Test("Québec resolution: ATTENDU clauses, then IL EST RÉSOLU and the number from its heading")
    func quebecResolved() {
        let fixture = LineFixture {
            $0.line("Résolution CU-2024-007")
            $0.gap()
            $0.line("ATTENDU la demande de dérogation mineure pour le lot 12;")
            $0.line("IL EST RÉSOLU À L’UNANIMITÉ D’ACCORDER la dérogation mineure demandée.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        #expect(records.first?.label == "CU-2024-007")
        #expect(records.first?.text == "IL EST RÉSOLU À L’UNANIMITÉ D’ACCORDER la dérogation mineure demandée")
    }

    @Test("Board agenda: lettered entries 'RESOLUTION (yyyy-n)' are numbered resolutions")
    func resolutionEntries() {
        let fixture = LineFixture {
            $0.line("A.\tRESOLUTION (2024-12) Accept the state grant for the lead screening programme from")
            $0.line("July 1, 2024 through June 30, 2025.", x: 90)
            $0.line("B.\tRESOLUTION (2024-13) Renew the janitorial services contract.")
        }
        let records = extract(fixture, kind: nil)
        #expect(records.map(\.label) == ["(2024-12)", "(2024-13)"])
        #expect(records.map(\.kind) == [.resolution, .resolution])
        #expect(records.first?.text == "Accept the state grant for the lead screening programme from July 1, 2024 through June 30, 2025")
    }

    @Test("Agenda entry with 'Staff recommends' after its title, and decisions minutes narrate")
    func staffRecommendsAndNarrated() {
        let agenda = LineFixture {
            $0.line("1.\tWARRANTS – Staff recommends the Authority approve the warrant run in the amount")
            $0.line("of $12,400.00.\t315-03-02", x: 90)
        }
        let records = extract(agenda, kind: "front_sheet")
        #expect(records.texts == ["Staff recommends the Authority approve the warrant run in the amount of $12,400.00"])
        #expect(records.first?.kind == .recommendation)

        let minutes = LineFixture {
            $0.line("The Planning Board approved the minutes of the meeting of May 2, 2024, as submitted.")
        }
        #expect(extract(minutes).map(\.kind) == [.resolution])
        // Outside minutes the same sentence is narrative.
        #expect(extract(minutes, kind: "report").isEmpty)
    }

    @Test("'RECOMMENDATION: It is recommended that the City Council:' keeps its lettered entries as parts, across a page")
    func inlineWithParts() {
        let fixture = LineFixture {
            $0.line("RECOMMENDATION:\tIt is recommended that the City")
            $0.line("Council:", x: 300)
            $0.newPage()
            $0.line("A.\tAppoint Council Member Reyes to serve as Mayor; AND")
            $0.line("B.\tAppoint Council Member Kim to serve as Mayor Pro Tempore.")
        }
        let records = extract(fixture, kind: nil)
        #expect(records.count == 1)
        #expect(records.first?.parts?.map(\.label) == ["A.", "B."])
        #expect(records.first?.parts?.last?.text == "Appoint Council Member Kim to serve as Mayor Pro Tempore.")
        #expect(records.first?.leadIn == "It is recommended that the City Council")
        #expect(records.first?.text.hasSuffix("B. Appoint Council Member Kim to serve as Mayor Pro Tempore") == true)
    }

    @Test("Amendments name the recommendation they change")
    func amendments() {
        let fixture = LineFixture {
            $0.line("To replace Recommendation (d) with “agree the revised capital programme for 2025-26”.")
            $0.gap()
            $0.line("The amendment was carried.")
            $0.gap()
            $0.line("To add a new recommendation: “ask officers to report back on the consultation”.")
        }
        let records = extract(fixture)
        #expect(records.count == 2)
        #expect(records.map { $0.motion?.amends } == ["(d)", nil])
        #expect(records.first?.motion?.outcome == .carried)
        #expect(records.first?.text.hasPrefix("To replace Recommendation (d) with") == true)
    }

    @Test("'RESOLVED that:' with its text in the next paragraph")
    func resolvedColon() {
        let fixture = LineFixture {
            $0.line("RESOLVED that:")
            $0.gap()
            $0.line("the annual governance statement be approved for publication.")
        }
        let records = extract(fixture)
        #expect(records.texts == ["the annual governance statement be approved for publication"])
    }

    @Test("Discussion that mentions a motion is not one")
    func notMotions() {
        let fixture = LineFixture {
            $0.line("Member Diaz suggested continuing the item, and the board concurred.")
            $0.line("Consent items may be enacted by one motion and roll call vote.")
        }
        #expect(extract(fixture).isEmpty)
    }

    @Test("Vote readers: tallies, roll calls, French number words")
    func voteReaders() {
        #expect(counts(MotionDetails.votes(in: "Ayes: 4. Noes: 1. Absent: 2.")) == [4, 1, nil, 2])
        #expect(MotionDetails.votes(in: "AYES: Members Cho and Diaz NOES: None")?.for == .names(["Cho", "Diaz"]))
        #expect(counts(MotionDetails.votes(in: "Par : DEUX voix POUR - ONZE voix CONTRE et 1 ABSTENTION")) == [2, 11, 1, nil])
        #expect(counts(MotionDetails.votes(in: "Motion carried 4-1-0.")) == [4, 1, 0, nil])
        #expect(MotionDetails.outcome(in: "The motion was withdrawn by the mover.") == .withdrawn)
        #expect(MotionDetails.outcome(in: "The item was tabled to the next meeting.") == .tabled)
        #expect(MotionDetails.outcome(in: "Motion failed 2-3.") == .lost)
        #expect(MotionDetails.outcome(in: "The board discussed the budget.") == nil)
    }

    @Test("UK report: 'Cabinet is asked to:' and bulleted Note/Agree entries, one record each under the lead-in")
    func ukAskedTo() {
        let fixture = LineFixture {
            $0.line("Recommendations", bold: true)
            $0.gap()
            $0.line("Cabinet is asked to:")
            $0.line("•\tNote the outcome of the public consultation;", x: 90)
            $0.line("•\tAgree the revised library opening hours; and", x: 90)
            $0.line("•\tDelegate authority to the Director of Communities to implement them.", x: 90)
        }
        let records = extract(fixture, kind: "report")
        #expect(records.count == 3)
        #expect(records.first?.leadIn == "Cabinet is asked to")
        #expect(records.map(\.kind) == [.recommendation, .recommendation, .recommendation])
        #expect(records.last?.text == "Delegate authority to the Director of Communities to implement them")
    }

    @Test("UK report: 'Council is recommended to approve:' with lettered parts a) to c)")
    func ukRecommendedTo() {
        let fixture = LineFixture {
            $0.line("Recommendations", bold: true)
            $0.gap()
            $0.line("Council is recommended to approve:")
            $0.line("a)\tthe revenue budget for 2025-26;", x: 90)
            $0.line("b)\tthe capital programme; and", x: 90)
            $0.line("c)\tthe treasury management strategy.", x: 90)
        }
        let records = extract(fixture, kind: "report")
        #expect(records.map(\.label) == ["a)", "b)", "c)"])
        #expect(records.first?.addressee == "Council")
    }

    @Test("Canadian resolution in capitals: bold number line, 'Moved by:', THAT ..., CARRIED with no full stop")
    func canadianCapitals() {
        let fixture = LineFixture {
            $0.line("Resolution No. 2025-088", bold: true)
            $0.line("Moved by: Councillor Dubois")
            $0.line("Seconded by: Councillor Nakamura")
            $0.line("THAT Council receive the quarterly water quality report for information")
            $0.line("CARRIED")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        #expect(records.first?.motion?.number == "2025-088")
        #expect(records.first?.text == "THAT Council receive the quarterly water quality report for information")
        #expect(records.first?.motion?.mover == "Councillor Dubois")
        #expect(records.first?.motion?.seconder == "Councillor Nakamura")
        #expect(records.first?.motion?.outcome == .carried)
    }

    @Test("'Staff recommends that the Commission ...' opening a report paragraph")
    func staffRecommendsOpening() {
        let fixture = LineFixture {
            $0.line("Staff recommends that the Commission approve the conditional use permit. The applicant")
            $0.line("has agreed to every condition.")
        }
        let records = extract(fixture, kind: "report")
        #expect(records.texts == ["Staff recommends that the Commission approve the conditional use permit"])
    }

    @Test("Québec layout: 'Proposé par : ...' / 'Appuyé par : ...' / 'ET RÉSOLU À L'UNANIMITÉ :' then the text")
    func quebecLayout() {
        let fixture = LineFixture {
            $0.line("Proposé par : Mme Claire Bouchard")
            $0.line("Appuyé par : M. Luc Pelletier")
            $0.line("ET RÉSOLU À L’UNANIMITÉ :")
            $0.line("D’autoriser le directeur général à signer l’entente intermunicipale.")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        #expect(records.first?.motion?.mover == "Mme Claire Bouchard")
        #expect(records.first?.motion?.seconder == "M. Luc Pelletier")
        #expect(records.first?.motion?.outcome == .carried)
        #expect(records.first?.text == "D’autoriser le directeur général à signer l’entente intermunicipale")
    }

    @Test("'On a motion by ..., seconded by ..., the Board ...' and labelled MOTION / MOVED / SECONDED blocks")
    func onMotionAndLabelled() {
        let fixture = LineFixture {
            $0.line("On a motion by Supervisor Hale, seconded by Supervisor Ito, the Board adopted the")
            $0.line("revised fee schedule. Motion carried 4-1.")
            $0.gap()
            $0.line("MOTION: To approve the parks master plan.")
            $0.line("MOVED: Commissioner Bell")
            $0.line("SECONDED: Commissioner Reyes")
            $0.line("AYES: 6 NOES: 0 ABSENT: 1")
        }
        let records = extract(fixture)
        #expect(records.count == 2)
        #expect(records.map { $0.motion?.mover } == ["Supervisor Hale", "Commissioner Bell"])
        #expect(records.map { $0.motion?.seconder } == ["Supervisor Ito", "Commissioner Reyes"])
        #expect(records.first?.text == "the Board adopted the revised fee schedule")
        #expect(counts(records.first?.motion?.votes) == [4, 1, nil, nil])
        #expect(records.last?.text == "To approve the parks master plan")
        #expect(counts(records.last?.motion?.votes) == [6, 0, nil, 1])
        // No result is printed: the vote is not turned into one.
        #expect(records.last?.motion?.outcome == nil)
    }

    @Test("UK minutes: 'It was proposed by ..., seconded by ... and RESOLVED that ...', and 'X proposed, and Y seconded, that ...'")
    func ukProposed() {
        let fixture = LineFixture {
            $0.line("It was proposed by Cllr Hughes, seconded by Cllr Patel and RESOLVED that the")
            $0.line("revised parking strategy be adopted.")
            $0.gap()
            $0.line("Cllr Morgan proposed, and Cllr Shah seconded, that the item be deferred to the next")
            $0.line("meeting. On being put to the vote the motion was lost.")
        }
        let records = extract(fixture)
        #expect(records.count == 2)
        #expect(records.first?.kind == .resolution)
        #expect(records.first?.text == "RESOLVED that the revised parking strategy be adopted")
        #expect(records.map { $0.motion?.mover } == ["Cllr Hughes", "Cllr Morgan"])
        #expect(records.map { $0.motion?.seconder } == ["Cllr Patel", "Cllr Shah"])
        #expect(records.map { $0.motion?.outcome } == [.carried, .lost])
    }

    @Test("A motion moved just before 'RESOLVED that ...' is the resolution's motion, not a record of its own")
    func motionBeforeResolved() {
        let fixture = LineFixture {
            $0.line("Cllr Evans moved, and Cllr Price seconded, that the recommendations be agreed.")
            $0.gap()
            $0.line("RESOLVED that the Cabinet agree the revised waste strategy. (For 6, Against 2, Abstentions 0)")
        }
        let records = extract(fixture)
        #expect(records.count == 1)
        #expect(records.first?.kind == .resolution)
        #expect(records.first?.motion?.mover == "Cllr Evans")
        #expect(records.first?.motion?.seconder == "Cllr Price")
        #expect(records.first?.motion?.outcome == .carried)
        #expect(counts(records.first?.motion?.votes) == [6, 2, 0, nil])
    }
}

@Suite("Minutes motions: seconder after a semicolon, a result on a bold line of its own")
struct MinutesMotionFormsTests {
    @Test("'X moved to approve …; Y seconded.' names both")
    func semicolonSeconder() throws {
        let fixture = LineFixture {
            $0.line("Councilmember Ruiz moved to approve the consent calendar as presented; Councilmember Tran seconded. Motion carried 4-0.")
        }
        let records = RecommendationExtractor().extract(lines: fixture.lines, documentKind: "minutes").records
        let motion = try #require(records.first?.motion)
        #expect(motion.mover == "Councilmember Ruiz")
        #expect(motion.seconder == "Councilmember Tran")
        #expect(motion.outcome == .carried)
    }

    @Test("a numbered resolution whose result is a bold line of its own: 'CARRIED.'")
    func boldResult() throws {
        let fixture = LineFixture {
            $0.line("R2025-201", x: 89, bold: true)
            $0.line("Moved by Councillor Patel", x: 89)
            $0.line("Seconded by Councillor Roy", x: 89)
            $0.line("That Council adopt the agenda as circulated.", x: 89)
            $0.gap()
            $0.line("CARRIED.", x: 89, bold: true)
        }
        let records = RecommendationExtractor().extract(lines: fixture.lines, documentKind: "minutes").records
        let motion = try #require(records.first?.motion)
        #expect(motion.number == "R2025-201")
        #expect(motion.outcome == .carried)
    }
}
