@testable import Contract
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
import Foundation
import Testing

/// A pattern behind a word guard is compiled and tried only on text holding one of the guard's
/// words: the guard must hold for every text the pattern matches. Each test gives an example
/// of every alternative of its pattern, in the cases papers print, and checks both.
@Suite("Pattern guards: every alternative holds one of its guard's words")
struct PatternGuardTests {
    @Test("Each result's pattern and its words", arguments: [
        (Motion.Outcome.carried, [
            "The motion was put to the vote and was declared carried.", "PUT TO THE VOTE AND AGREED", "Motion carried.",
            "It was duly passed.", "The resolution passes.", "The amendment was approved.", "which carried on a show of hands",
            "Carried.", "ADOPTED.", "Approved 5-0", "Carried unanimously", "Unanimously adopted", "moved 4-1",
            "Adoptée à l'unanimité", "Adopté.", "à l’unanimité des membres présents", "La motion est adoptée",
        ]),
        (.lost, [
            "The motion was put to the vote and was declared lost.", "put to the vote and not carried", "The motion failed.",
            "Motion fails", "The amendment fell", "It was not carried", "LOST.", "Defeated 2-3", "Denied.", "Rejetée.",
            "Refusé.", "La motion est rejetée",
        ]),
        (.withdrawn, ["The motion was withdrawn.", "Item withdrawn", "WITHDRAWN."]),
        (.tabled, ["The motion was tabled.", "Resolution tabled", "TABLED."]),
        (.deferred, ["The item was deferred.", "Motion postponed", "Deferred to the next meeting.", "POSTPONED."]),
    ])
    func outcomes(outcome: Motion.Outcome, texts: [String]) throws {
        let rule = try #require(MotionDetails.outcomeRules.first { $0.outcome == outcome })
        for text in texts {
            #expect(rule.pattern().matches(text), "\(text)")
            #expect(TextTools.mayContainIgnoringCase(text, rule.words), "\(text)")
            #expect(MotionDetails.outcome(in: text) == outcome, "\(text)")
        }
    }

    @Test("A text with none of the results' words has no result")
    func noWords() {
        #expect(MotionDetails.outcome(in: "The Board received the report and noted its contents.") == nil)
    }

    @Test("French counts hold pour, contre or abstention")
    func frenchCounts() {
        for text in ["12 voix pour", "DOUZE VOIX POUR", "3 contre", "deux voix contre", "1 abstention", "2 ABSTENTIONS",
                     "Pour : 12", "CONTRE : 3", "Abstentions : 1"] {
            #expect(TextTools.mayContainIgnoringCase(text, MotionDetails.frenchCountWords), "\(text)")
            #expect(MotionDetails.votes(in: text) != nil, "\(text)")
        }
    }

    @Test("Every form of a moved motion is still read behind its guard", arguments: [
        ("Motion by Commissioner Davis, second by Commissioner Perez to approve the minutes. Motion carried 5-0.", "Commissioner Davis"),
        ("MOVED BY: Councilmember Ruiz SECONDED BY: Councilmember Chen to adopt the resolution.", "Councilmember Ruiz"),
        ("Il est proposé par le conseiller Jean Tremblay, appuyé par la conseillère Marie Roy et résolu que le procès-verbal soit adopté.",
         "le conseiller Jean Tremblay"),
        ("MOTION: To approve the budget MOVED: Smith SECONDED: Jones Carried.", "Smith"),
        ("Upon motion by Director Lee, seconded by Director Park, the Board approved the contract.", "Director Lee"),
        ("Minutes of 3 June approved – Smith (motion), Jones (second)", "Smith"),
        ("Commissioner Davis moved to approve the permit and Commissioner Perez seconded the motion.", "Commissioner Davis"),
        ("The item was moved by Councillor Brown and seconded by Councillor Green.", "Councillor Brown"),
        ("A motion to approve the plan was made by Trustee Adams and seconded by Trustee Baker.", "Trustee Adams"),
    ])
    func motions(text: String, mover: String) throws {
        let found = try #require(MinutesMotionParser.motion(in: text), "\(text)")
        #expect(found.motion.mover == mover)
    }

    @Test("A headed motion names its seconder in one of three spellings")
    func headedGuard() {
        for text in ["Motion by A, Second by B", "MOVED BY A SECONDED BY B", "Proposed by A, seconded by B"] {
            #expect(MinutesMotionParser.mayBeHeaded(text), "\(text)")
        }
        #expect(!MinutesMotionParser.mayBeHeaded("Motion by A to approve"))
    }

    @Test("Both amendment lead-ins are read behind the word amendment, in any case")
    func amendmentLeadIns() throws {
        let moved = try #require(AmendmentParser.leadIn(in: "Councillor Hill moved, and Councillor Vale seconded, the following AMENDMENT:"))
        #expect(moved.mover == "Councillor Hill")
        let passive = try #require(AmendmentParser.leadIn(in: "The following amendment was moved by Councillor Hill and seconded by Councillor Vale:"))
        #expect(passive.seconder == "Councillor Vale")
        #expect(AmendmentParser.leadIn(in: "Councillor Hill moved, and Councillor Vale seconded, the following motion:") == nil)
    }
}

@Suite("MeetingParser: the guards of the agency and French date patterns")
struct MeetingGuardTests {
    @Test("A city agency's text ends with \"the\" and white space")
    func agency() {
        #expect(MeetingParser.endsWithThe("DEPARTMENT OF WATER AND POWER OF THE "))
        #expect(MeetingParser.endsWithThe("Port Authority of the\u{00A0}\n"))
        #expect(!MeetingParser.endsWithThe("DEPARTMENT OF WATER AND POWER OF THE"))
        #expect(!MeetingParser.endsWithThe("Agenda of "))
        #expect(!MeetingParser.endsWithThe(" "))
        #expect(!MeetingParser.endsWithThe("bathe "))
        for text in ["DEPARTMENT OF WATER AND POWER OF THE ", "Port Authority of the\u{00A0}\n", "the Housing Agency of the "] {
            #expect(MeetingParser.cityAgency.matches(text) == true, "\(text)")
        }
        #expect(MeetingParser().authority(in: ["DEPARTMENT OF WATER AND POWER OF THE CITY OF LOS ANGELES"]) != nil)
    }

    @Test("The sentence and body patterns' examples hold their guards' words")
    func sentences() {
        let cases: [(NSRegularExpression, [StaticString], [String])] = [
            (MeetingParser.heldSentence, ["held"], ["Minutes of the meeting of the Planning Committee held on 3 June 2024",
                                                    "A REGULAR MEETING OF THE CITY COUNCIL WAS HELD ON MONDAY"]),
            (MeetingParser.summonsSentence, ["attend"], ["Members of the Finance Committee are summoned to attend a meeting of the Committee to be held at the Town Hall on 4 May",
                                                        "YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF THE COUNCIL WHICH WILL BE HELD AT THE GUILDHALL"]),
            (MeetingParser.frenchMet, ["uni"], ["Le conseil municipal s’est réuni en séance publique à la mairie, sous la présidence de M. Roy",
                                               "LE CONSEIL S'EST RÉUNI À LA SALLE DES FÊTES. "]),
            (MeetingParser.frenchMet, ["est"], ["Le conseil municipal s'est légalement réuni à la mairie"]),
            (MeetingParser.frenchSittingAtStart, ["union", "ance"], ["Réunion du Conseil Municipal", "SÉANCE ORDINAIRE DU CONSEIL", "seance de la commission"]),
            (MeetingParser.namedBody, ["council", "commission", "committee", "board", "panel", "authority", "cabinet"],
             ["Overview and Scrutiny COMMITTEE", "Health and Wellbeing Board", "Police and Crime Panel", "Fire Authority", "CABINET 2",
              "Planning Commission", "Parish Council"]),
        ]
        for (pattern, words, texts) in cases {
            for text in texts {
                #expect(pattern.matches(text), "\(text)")
                #expect(TextTools.mayContainIgnoringCase(text, words), "\(text)")
            }
        }
    }

    @Test("A French date at the end ends with a digit")
    func frenchDate() {
        #expect(MeetingParser.mayEndWithDigits("Conseil municipal du 12 juillet 2023"))
        #expect(MeetingParser.mayEndWithDigits("Conseil municipal du 12 juillet ٢٠٢٣"))
        #expect(!MeetingParser.mayEndWithDigits("Conseil municipal"))
        #expect(!MeetingParser.mayEndWithDigits(""))
    }
}
