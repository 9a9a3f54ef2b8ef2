import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Motions narrated in minutes by who moved and seconded them: kind decision, with `motion`.
///
/// Grammar, over the sentences of a paragraph (a sentence ends at ". " before a capital,
/// not after a title or an initial: "Mr.", "No.", "T."):
///
///     moved-first  = name "moved" ["," "seconded by" name ","] ("to" | "that" | "approval"
///                    | "adoption" | ...) text ["and" name "seconded" ["the motion"]]
///                    ("Councilor T. moved to approve the final findings ...")
///                  | name "moved and" name "seconded" text
///                    ("Commissioner Perez moved and Chair Ramirez seconded to approve ...")
///     moved-after  = text ("was" | "were") "moved" ["for approval"] "by" name
///                    ["and" | ","] "seconded by" name
///                    ("The minutes of ... were moved for approval by Trustee S. and seconded by Trustee E.")
///                  | ["A"] "motion" [text] "was made by" name "," ["and"] "seconded by" name
///     headed       = [resolution-number] ("Moved by" | "Motion by" | "Proposed by") name [","|";"]
///                    ("Seconded by" | "second by") name [","|";"|":"] text
///                    ("R2025-191 Moved by Councillor A, Seconded by Councillor B That Council ...")
///     french       = ("Il est proposé par" | "Proposé par" [":"]) name "," ["et"] "appuyé par" [":"] name
///                    ["et" ["il est"] "résolu" ["à l'unanimité" | "à la majorité"] [":"] ["que"]] text
///     on-motion    = ("On" | "Upon") ["a"] "motion" ("by" | "of") name "," "seconded by" name "," text
///                    ("On a motion by Supervisor Hale, seconded by Supervisor Ito, the Board ...")
///     labelled     = "MOTION:" text "MOVED" ["by"] ":" name "SECONDED" ["by"] ":" name
///     seconder     = a later sentence name "seconded" ["the motion"] when the motion's own
///                    sentence names none ("Vice Chair Chen seconded the motion, which carried ...")
///
/// The record's text is the motion's sentence (or, for the headed and French forms, the text
/// after the names). The outcome and vote are read (see `MotionDetails`) from the rest of the
/// paragraph and the paragraphs after it, up to the next motion, a bold heading or twelve
/// lines. A headed or French motion is a resolution (the form of a numbered resolution); a
/// narrated one is the meeting's decision.
struct MinutesMotionParser {
    /// The contract's document kind when known. The forms are those of minutes: in an agenda
    /// or a report ("The Applicant proposed a two-storey extension") they state no decision,
    /// so the parser reads only minutes, decision notices and documents of unknown kind; a
    /// narrated "proposed" is read only in minutes.
    package var documentKind: String?

    static func readsMinutes(_ kind: String?) -> Bool {
        kind == nil || kind == "minutes" || kind == "decision_notice"
    }

    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        guard Self.readsMinutes(documentKind) else { return result }
        let proposedMeansMoved = documentKind == "minutes"
        var cursor = LineCursor(lines)
        while cursor.current != nil {
            let start = cursor.index
            guard let paragraph = cursor.readParagraph(stop: { RecommendationText.isBoldHeading($0) }) else { break }
            if paragraph.range.isEmpty { cursor.advance() }
            guard TextTools.containsAny(paragraph.text, ["oved", "OVED", "otion", "OTION", "roposé", "ROPOSÉ", "roposed", "ROPOSED", "ADOPTED", "CARRIED", "DEFEATED", "DENIED", "TABLED", "WITHDRAWN", "DEFERRED"]) else { continue }
            let text = TextTools.squash(paragraph.text)
            // "X moved and Y seconded the following amendment:" opens an amendment, whose text
            // and result `AmendmentParser` reads.
            if AmendmentParser.leadIn(in: text) != nil { continue }
            guard let found = Self.motion(in: text, proposed: proposedMeansMoved) else { continue }
            // The outcome and vote: the rest of this paragraph and what follows, up to the next motion.
            var after = found.rest
            var probe = cursor
            var end = cursor.index
            var linesRead = 0
            while let next = probe.current, linesRead < 12 {
                let nextText = TextTools.squash(next.text)
                // Once the result is known only the vote may follow ("Carried." then a new motion).
                if MotionDetails.outcome(in: after) != nil, !Self.isVoteLine(nextText), !after.hasSuffix(":") { break }
                // A bold line carries on only as the vote or the result ("MOTION" / "CARRIED BY
                // THE FOLLOWING ROLL CALL VOTE:", "AYES: ...").
                let boldResult = RecommendationText.isBoldHeading(next)
                    && (Self.isVoteLine(nextText) || (MotionDetails.outcome(in: after) == nil && MotionDetails.outcome(in: TextTools.squash(after + " " + nextText)) != nil))
                if RecommendationText.isBoldHeading(next) && !boldResult { break }
                if Self.motion(in: nextText, proposed: proposedMeansMoved) != nil && !nextText.lowercased().contains("seconded the motion") { break }
                if LineCursor.opensConstruct(next) { break }
                let more: Paragraph
                if boldResult {
                    // The vote line and the lines that wrap under it ("and Chair Ramirez").
                    var end = probe.index + 1
                    while end < lines.count, end - probe.index < 4, !Paragraph.isBreak(between: lines[end - 1], and: lines[end]),
                        !Self.isVoteLine(lines[end].text), lines[end].bbox.x0 > next.bbox.x0 + 20 {
                        end += 1
                    }
                    more = Paragraph(label: nil, text: TextTools.join(lines[probe.index..<end].map(\.text)), lines: Array(lines[probe.index..<end]), range: probe.index..<end)
                    probe.move(to: end)
                } else {
                    guard let read = probe.readParagraph(stop: { RecommendationText.isBoldHeading($0) }) else { break }
                    more = read
                }
                let moreText = TextTools.squash(more.text)
                if Self.motion(in: moreText, proposed: proposedMeansMoved) != nil { break }
                let relevant = boldResult || Self.isVoteLine(moreText) || Self.seconderSentence(in: moreText) != nil || MotionDetails.outcome(in: moreText) != nil
                    || MotionDetails.votes(in: moreText) != nil
                if !relevant { break }
                after += " " + moreText
                end = probe.index
                linesRead += more.lines.count
                if MotionDetails.outcome(in: after) != nil && !Self.isVoteLine(moreText) && !moreText.hasSuffix(":") {
                    break
                }
            }
            after = TextTools.squash(after)
            // A narrated motion followed by "RESOLVED that ..." is that resolution's motion:
            // the resolution is the record and carries the mover and seconder.
            if found.kind == .decision, MotionDetails.outcome(in: after) == nil,
                lines[paragraph.range.upperBound..<min(lines.count, paragraph.range.upperBound + 4)].contains(where: { ResolutionParser.opening(of: $0) != nil }) {
                continue
            }
            var motion = found.motion
            if motion.seconder == nil, let seconder = Self.seconderSentence(in: after) { motion.seconder = seconder }
            motion.outcome = MotionDetails.outcome(in: after)
            motion.votes = MotionDetails.votes(in: after)
            let outcome: RecommendationRecord.Outcome? = switch motion.outcome {
            case .carried: .carried
            case .lost: .lost
            case .deferred, .tabled: .deferred
            default: nil
            }
            if found.kind == .resolution, motion.number == nil, start > 0,
                let g = Self.numberLine.groups(in: TextTools.squash(lines[start - 1].text)), let number = g[1] {
                // "R2026-014" printed as a heading line of its own above "Moved by ...".
                motion.number = number
            }
            if motion.outcome == nil {
                // Nothing missing is filled in: a vote without a result printed leaves the
                // outcome unknown (a majority need not carry: two-thirds and four-fifths votes).
                let what = motion.votes == nil ? "no result printed after it" : "a vote but no result printed"
                result.diagnostics.append(Diagnostic(.info, "motion-without-result", "a motion with \(what): \(found.text.prefix(60))", page: paragraph.page))
            }
            let record = RecommendationRecord(
                kind: found.kind, label: motion.number, text: found.text, outcome: outcome, votes: motion.votes?.counts,
                page: paragraph.page, bbox: paragraph.bbox, motion: motion)
            result.found.append(FoundRecord(record: record, start: start))
            result.claimed.append(start..<max(end, paragraph.range.upperBound))
            cursor.move(to: max(end, paragraph.range.upperBound))
        }
        return result
    }

    /// "AYES: ...", "NOES: None", "ABSENT: ...", "Ayes: 5." lines of a roll call.
    static func isVoteLine(_ text: String) -> Bool {
        voteLine.matches(TextTools.squash(text))
    }

    struct FoundMotion {
        package var text: String
        package var motion: Motion
        package var kind: RecommendationRecord.Kind
        /// The paragraph's text after the motion's sentence.
        package var rest: String
    }

    /// The first motion in a paragraph's text, or nil.
    package static func motion(in text: String, proposed: Bool = true) -> FoundMotion? {
        guard TextTools.containsAny(text, ["oved", "OVED", "otion", "OTION", "roposé", "ROPOSÉ", "roposed", "ROPOSED", "ADOPTED", "CARRIED", "DEFEATED", "DENIED", "TABLED", "WITHDRAWN", "DEFERRED", "pproved", "dopted", "arried"]) else { return nil }
        // Headed and French forms run over the whole paragraph.
        if Self.mayBeHeaded(text), let g = headed.groups(in: text), let mover = g[2], let seconder = g[3], var body = g[4], !body.isEmpty {
            // "It was proposed by ..., seconded by ... and RESOLVED that ...": resolving is carrying.
            if body.hasPrefix("and ") { body = String(body.dropFirst(4)) }
            var (motionText, rest) = splitOutcome(body)
            if RecommendationPatterns.resolveWord.matches(String(motionText.prefix(30))), MotionDetails.outcome(in: rest) == nil { rest = "Carried. " + rest }
            return FoundMotion(
                text: ListBlock.dropConnective(motionText), motion: Motion(number: g[1], mover: trimName(mover), seconder: trimName(seconder)),
                kind: .resolution, rest: rest)
        }
        if TextTools.mayContainIgnoringCase(text, ["appuy"]), let g = french.groups(in: text), let whole = g[0], let mover = g[1], let seconder = g[2], let body = g[3], !body.isEmpty {
            let (motionText, rest) = splitOutcome(body)
            // "... et résolu à l'unanimité que ...": the outcome sits before the text.
            let prefix = String(whole.dropLast(body.count))
            return FoundMotion(
                text: motionText, motion: Motion(mover: trimName(mover), seconder: trimName(seconder)), kind: .resolution,
                rest: (MotionDetails.outcome(in: prefix) != nil ? prefix + " " : "") + rest)
        }
        if text.hasPrefix("MOTION") || text.hasPrefix("Motion"), let g = labelled.groups(in: text), let motionText = g[1], let mover = g[2], let seconder = g[3] {
            return FoundMotion(text: motionText, motion: Motion(mover: trimName(mover), seconder: trimName(seconder)), kind: .decision, rest: g[4] ?? "")
        }
        if text.hasPrefix("On") || text.hasPrefix("Upon"), TextTools.containsAny(text, ["seconded"]), let g = onMotion.groups(in: text), let mover = g[1], let seconder = g[2], let body = g[3] {
            let (motionText, rest) = splitOutcome(body)
            return FoundMotion(text: motionText, motion: Motion(mover: trimName(mover), seconder: trimName(seconder)), kind: .decision, rest: rest)
        }
        let sentences = Self.sentences(text)
        for (i, sentence) in sentences.enumerated() {
            // The rest of the paragraph is joined only for a sentence that states a motion.
            var rest: String { sentences[(i + 1)...].joined(separator: " ") }
            // "Motion by A, second by B; motion carried unanimously." after the sentence that states it.
            if i > 0, Self.mayBeHeaded(sentence), let g = headed.groups(in: sentence), let mover = g[2], let seconder = g[3] {
                let (_, tail) = splitOutcome(g[4] ?? "")
                let after = (tail.isEmpty ? (g[4] ?? "") : tail) + " " + rest
                return FoundMotion(
                    text: sentences[i - 1], motion: Motion(mover: trimName(mover), seconder: trimName(seconder)), kind: .resolution, rest: after)
            }
            // "Minutes of 3 June approved – Smith (motion), Jones (second)".
            if TextTools.mayContainIgnoringCase(sentence, ["(motion)", "(moved)", "(mover)"]), let g = approvedDash.groups(in: sentence), let motionText = g[1], let word = g[2] {
                let motion = Motion(mover: g[3].map(trimName), seconder: g[4].map(trimName), outcome: MotionDetails.outcome(in: word))
                return FoundMotion(text: motionText, motion: motion, kind: .decision, rest: word + ". " + rest)
            }
            // "APPROVED – Minutes of the 3 June meeting".
            if let g = outcomeFirst.groups(in: sentence), let word = g[1], let motionText = g[2], !Self.isSignature(g[0] ?? sentence) {
                return FoundMotion(text: motionText, motion: Motion(), kind: .decision, rest: word + ". " + rest)
            }
            if TextTools.containsAny(sentence, ["moved", "proposed"]), let g = movedFirst.groups(in: sentence), let mover = g[1], proposed || g[2] != "proposed" {
                var motion = Motion(mover: trimName(mover))
                if let s = g[3] ?? g[4] ?? g[5] { motion.seconder = trimName(s) }
                return FoundMotion(text: sentence, motion: motion, kind: .decision, rest: rest)
            }
            if TextTools.containsAny(sentence, ["moved"]), let g = movedAfter.groups(in: sentence), let mover = g[1] {
                var motion = Motion(mover: trimName(mover))
                if let s = g[2] { motion.seconder = trimName(s) }
                return FoundMotion(text: sentence, motion: motion, kind: .decision, rest: rest)
            }
            if TextTools.containsAny(sentence, ["made"]), let g = madeBy.groups(in: sentence), let mover = g[1] {
                var motion = Motion(mover: trimName(mover))
                if let s = g[2] { motion.seconder = trimName(s) }
                return FoundMotion(text: sentence, motion: motion, kind: .decision, rest: rest)
            }
        }
        return nil
    }

    /// Whether `text` may hold a headed motion: every form names its seconder ("Second",
    /// "seconded", "SECOND"), so a text without "econd" or "ECOND" leaves the pattern
    /// uncompiled and untried. The guards before the other patterns name a word each of them
    /// spells in its case (case-sensitive patterns) or in any case (`mayContainIgnoringCase`).
    static func mayBeHeaded(_ text: String) -> Bool {
        TextTools.containsAny(text, ["econd", "ECOND"])
    }

    /// "APPROVED: Jane Doe, City Manager", "Approved – J. Smith": a signature block's name, not a decision.
    static func isSignature(_ text: String) -> Bool {
        signature.matches(text)
    }

    /// The name in "X seconded [the motion]" or "Seconded by X", or nil.
    static func seconderSentence(in text: String) -> String? {
        if let g = seconded.groups(in: text), let name = g[1] ?? g[2] { return trimName(name) }
        return nil
    }

    static let outcomeAfterSemicolon = Patterns.make(#";\s*(?=(?:the\s+)?motion\s|carried|lost|defeated)"#)

    /// The motion's text and what follows it: "That Council ... Carried." gives the text and "Carried.".
    static func splitOutcome(_ body: String) -> (String, String) {
        // "...; motion carried unanimously."
        if let r = MinutesMotionParser.outcomeAfterSemicolon.foundationRange(in: body),
            MotionDetails.outcome(in: String(body[r.upperBound...])) != nil {
            return (String(body[..<r.lowerBound]), String(body[r.upperBound...]))
        }
        // "THAT Council receive the report CARRIED": a result closing the text without a stop.
        if let r = closingResult.range(in: body), r.lowerBound > body.startIndex {
            return (String(body[..<r.lowerBound]), String(body[r.lowerBound...]))
        }
        let sentences = Self.sentences(body)
        // The text ends at the first later sentence that states the result or opens a recorded
        // vote ("Recorded vote requested by X. For: A, B. Against: C.").
        let result = sentences.firstIndex(where: { MotionDetails.outcome(in: $0) != nil && $0.count < 80 && sentences.first != $0 })
        let vote = sentences.indices.dropFirst().first(where: { recordedVote.matches(sentences[$0]) })
        if let index = [result, vote].compactMap({ $0 }).min() {
            return (sentences[..<index].joined(separator: " "), sentences[index...].joined(separator: " "))
        }
        return (body, "")
    }

    /// A name without the punctuation after it; an initial keeps its point ("Councilor T.").
    static func trimName(_ s: String) -> String {
        var s = TextTools.squash(s)
        while let last = s.last, ",;:.".contains(last) {
            if last == ".", let word = s.split(separator: " ").last, word.count == 2, word.first?.isUppercase == true { break }
            s.removeLast()
        }
        return s
    }

    /// Sentences of `text`: a break after ".", "!" or "?" and a space before a capital, a
    /// digit or a quote, unless the word before the stop is a title, an abbreviation or an initial.
    package static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (i, word) in words.enumerated() {
            current += current.isEmpty ? String(word) : " " + word
            guard let last = word.last, ".!?".contains(last), i + 1 < words.count else { continue }
            let next = words[i + 1]
            guard let first = next.first, first.isUppercase || first.isNumber || "\"“*(".contains(first) else { continue }
            let bare = word.dropLast().trimmingCharacters(in: CharacterSet(charactersIn: "(\"“"))
            if bare.count == 1, bare.first?.isUppercase == true { continue }  // an initial
            if abbreviations.contains(bare.lowercased()) { continue }
            out.append(current)
            current = ""
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "no", "nos", "st", "cllr", "cr", "me", "mme", "m", "mm", "messrs", "vs", "etc", "inc", "ltd", "co", "jr", "sr",
        "p.m", "a.m", "approx", "dept", "gen", "hon", "prof", "rev", "sgt", "lt", "capt",
    ]

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    /// The complement that makes "X moved" a motion: an infinitive ("to approve", not "to
    /// Closed Session" or "to the next item"), "that ...", or a noun of approval.
    private static let motionComplement = #"(?:to\s+(?!the\b|a\b|an\b|this\b|that\b|its\b|their\b|his\b|her\b)[a-z]|that\b|approval|adoption|acceptance|denial|rejection|receipt|ratification|reconsideration|referral|introduction|continuance|per\s+staff|(?:an?\s+)?amendment|for\s+(?:approval|adoption|acceptance|the\s+(?:approval|adoption|acceptance|receipt))|staff['’]s\s+recommendation|the\s+(?:approval|adoption|acceptance|recommendation|staff|minutes|consent|item|resolution|ordinance|motion|following|amendment|agenda|budget|report)\b|(?:Resolution|Ordinance|Item|Agenda|Minutes|Consent)\b)"#
    private static let movedFirst = Patterns.make(
        #"^("# + MotionDetails.name + #")\s*(moved|proposed)(?:,?\s+and\s+("# + MotionDetails.name + #")\s*seconded)?,?\s+(?:(?:and\s+)?seconded\s+by\s+("# + MotionDetails.name + #")\s*,?\s*)?"# + motionComplement + #".*?(?:(?:,?\s+and\s+|\s*;\s*)("# + MotionDetails.name + #")\s*seconded(?:\s+the\s+motion)?)?[.]?$"#, caseInsensitive: false)
    private static let movedAfter = Patterns.make(
        #"\b(?:was|were|is|are)\s+moved\b(?:\s+(?:for|to)\s+(?:approval|adoption))?\s+by\s+("# + MotionDetails.name + #")\s*(?:,?\s*(?:and\s+)?seconded\s+by\s+("# + MotionDetails.name + #"))?"#, caseInsensitive: false)
    private static let madeBy = Patterns.make(
        #"\b[Mm]otion\b.*?\bwas\s+made\s+by\s+("# + MotionDetails.name + #")\s*(?:,?\s*(?:and\s+)?seconded\s+by\s+("# + MotionDetails.name + #"))?"#, caseInsensitive: false)
    private static let headed = Patterns.make(
        #"^(?:(?:Resolution|RESOLUTION)\s+(?:No\.?|#)?\s*)?(?:((?:[A-Z]{1,3}-?)?\d{2,4}[-/]\d{1,4}|No\.\s*\d[\w-]*)\s*[:.]?\s+)?(?:It\s+was\s+)?(?:[Mm]otion|MOTION|[Mm]oved|MOVED|[Pp]roposed|PROPOSED)\s+(?:by|BY)\s*:?\s*("# + MotionDetails.name + #")\s*[,;.]?\s*(?:and\s+)?(?:[Ss]econd(?:ed)?|SECONDED|SECOND)\s+(?:by|BY)\s*:?\s*("# + MotionDetails.name + #")\s*[,;.:]?\s*(?:to\s+)?(.*)$"#, caseInsensitive: false)
    private static let french = Patterns.make(
        #"(?i:\bil\s+est\s+propos[ée]\s+par|^propos[ée]e?\s+par\s*:?)\s+((?i:(?:le|la)\s+conseill[eè]re?\s+|(?:madame|monsieur)\s+)?"# + MotionDetails.name + #")\s*,?\s*(?i:(?:et\s+)?appuy[ée]e?\s+par\s*:?)\s+((?i:(?:le|la)\s+conseill[eè]re?\s+|(?:madame|monsieur)\s+)?"# + MotionDetails.name + #")\s*,?\s*(?i:(?:et\s+)?(?:il\s+est\s+)?r[ée]solu\s*(?:à\s+l['’]unanimit[ée]|à\s+la\s+majorit[ée])?\s*:?\s*(?:que\s+|qu['’]\s*)?)?(.*)$"#, caseInsensitive: false)
    /// "On a motion by X, seconded by Y, the Board ...": the text follows the names.
    private static let onMotion = Patterns.make(
        #"^(?:On|Upon)\s+(?:a\s+)?motion\s+(?:by|of|from)\s+("# + MotionDetails.name + #")\s*,?\s*(?:and\s+)?seconded\s+by\s+("# + MotionDetails.name + #")\s*,\s*(.+)$"#, caseInsensitive: false)
    /// "MOTION: To approve ... MOVED: Smith SECONDED: Jones": labelled motion blocks.
    private static let labelled = Patterns.make(
        #"^(?:MOTION|Motion)\s*:\s*(.+?)\s+(?:MOVED|Moved)(?:\s+(?:by|BY))?\s*:\s*("# + MotionDetails.name + #")\s*[.,;]?\s*(?:SECOND(?:ED)?|Second(?:ed)?)(?:\s+(?:by|BY))?\s*:\s*("# + MotionDetails.name + #")\s*[.,;]?\s*(.*)$"#, caseInsensitive: false)
    private static let numberLine = Patterns.make(#"^(?:(?:Resolution|RESOLUTION)\s+(?:No\.?|#)?\s*)?((?:[A-Z]{1,3}-?)?\d{2,4}[-/]\d{1,4})\s*$"#, caseInsensitive: false)
    /// A sentence that opens a recorded vote: "Recorded vote requested by …", "A recorded vote
    /// was taken", or a side's label ("For: …", "AYES: …", "In favour: …").
    private static let recordedVote = Patterns.make(
        #"^(?:(?:A\s+)?recorded\s+vote\b|(?:AYES?|YEAS?|NOES|NAYS?|FOR|AGAINST|IN\s+FAVOU?R|OPPOSED|ABSTAIN(?:ED|S)?|ABSTENTIONS?|ABSENT)\s*:)"#)
    private static let closingResult = Patterns.make(#"\s+(?:CARRIED|DEFEATED|LOST|WITHDRAWN|TABLED|DEFERRED)(?:\s+UNANIMOUSLY)?\.?$"#, caseInsensitive: false)
    private static let approvedDash = Patterns.make(
        #"^(.+?)\s+((?i:approved|adopted|carried|denied|defeated|tabled|withdrawn))\s*[–—-]\s*("# + MotionDetails.name + #")\s*\((?i:motion|moved|mover)\)(?:\s*[,;]?\s*("# + MotionDetails.name + #")\s*\((?i:second(?:ed|er)?)\))?"#, caseInsensitive: false)
    private static let outcomeFirst = Patterns.make(#"^(APPROVED|ADOPTED|CARRIED|DEFEATED|DENIED|TABLED|WITHDRAWN|DEFERRED)\s*[–—:-]\s*(\S.*)$"#, caseInsensitive: false)
    /// An outcome word and a person's name with a comma and a post, or the name alone.
    private static let signature = Patterns.make(
        #"^(?:APPROVED|ADOPTED|Approved|Adopted)(?:\s+by)?\s*[–—:-]\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’\-]*\.?\s+){1,3}\p{Lu}[\p{L}'’\-]*\s*,"#, caseInsensitive: false)
    private static let seconded = Patterns.make(
        #"(?:^|[.;]\s+)("# + MotionDetails.name + #")\s*seconded\b|\b[Ss]econded\s+by\s+("# + MotionDetails.name + #")"#, caseInsensitive: false)
    private static let voteLine = Patterns.make(#"^(?:AYES?|YEAS?|NOES|NAYS?|FOR|AGAINST|IN\s+FAVOU?R|OPPOSED|ABSTAIN(?:ED|S)?|ABSTENTIONS?|ABSENT|RECUSED)\s*:|^(?:Ayes|Noes|Nays)\b"#)
}
