import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Resolutions in minutes: "RESOLVED that ...", with sub-clauses as one record each.
///
/// Grammar:
///
///     resolution = [paragraph-number] opener text [clauses]
///     opener     = ["NOW, THEREFORE,"] ["It was" | "BE IT"] ["unanimously" | "FURTHER"]
///                  "RESOLVED" ["that" | ":" | "–" | "-"]
///                | "Resolved" (":" | "–" | "-" | "that")
///                | "NOW, THEREFORE, THE CITY COUNCIL ... DOES RESOLVE AS FOLLOWS:"
///     clauses    = when the text ends as an opening ("... agree to:"), the labelled
///                  paragraphs that follow: "(a)", "(1)", "A)", "b)", each one record;
///                  a sub-list inside a clause is folded into it
///     ends at      a bold heading, another resolution, an unlabelled paragraph, or a
///                  paragraph numbered like the resolution itself ("4." after "3.")
///
/// The outcome is read from the words of the minutes: "be noted"/"Note the" is noted,
/// "agree"/"approve"/"endorse"/"adopt" is agreed, "deferred" is deferred, "was carried"
/// or "lost" is carried or lost; the earliest such word wins, the clause's own words
/// before its lead-in's, then "the motion was carried" just before it. A resolution whose
/// words state none was agreed (that is what resolving is), or carried when a vote is
/// recorded for it. A recorded vote ("For 7, Against 2, Abstentions 1", "(For: 7;
/// Against: 2; Abstain: 1)", "7 votes for, 2 against and 1 abstention") in the
/// resolution or the paragraph just before it is kept as numbers; abstentions not
/// mentioned count as 0.
///
/// A motion moved and seconded in the paragraph just before ("Cllr A moved, and Cllr B
/// seconded, that the recommendations be agreed.") or a recorded vote gives the record a
/// `motion` (mover, seconder, carried or lost, the counts); the motion is then not a record
/// of its own (see `MinutesMotionParser`).
///
/// Excerpt (Kent Cabinet minutes, 30 January 2025, p10):
///
///     3. RESOLVED that Cabinet agree to:
///     A) Note the forecast revenue overspend of £23.3m (excluding Schools).
///     b) Note the forecast overspend on Schools’ Delegated Budgets of £30.4m.
///     ...
///     e) Agree the Capital budget changes.
struct ResolutionParser {
    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            guard let opening = Self.opening(of: line) else {
                cursor.advance()
                continue
            }
            let start = cursor.index
            let closes: (Line) -> Bool = { RecommendationText.isBoldHeading($0) || Self.opening(of: $0) != nil }
            guard let first = cursor.readParagraph(stop: closes) else { break }
            if opening.isEmpty && !RecommendationPatterns.resolveWord.matches(first.text) { continue }
            var body = Self.withoutVote(TextTools.squash(String(first.text.dropFirst(min(first.text.count, opening.count)))))
            body = body.trimmingWhitespace()
            // "RESOLVED that:" with its text in the next, unlabelled paragraph.
            if body.isEmpty || body == ":" || body == "–" || body == "-" {
                if let next = cursor.current, ListLabel.split(next) == nil, !closes(next), let more = cursor.readParagraph(stop: closes) {
                    body = Self.withoutVote(TextTools.squash(more.text))
                } else {
                    body = ""
                }
            } else if body.hasPrefix(": ") {
                body = String(body.dropFirst(2))
            }
            var clauses: [Paragraph] = []
            if ListBlock.opensList(first.text) {
                var probe = cursor
                var clauseStyle: ListLabel?
                while let next = probe.current, !closes(next), let split = ListLabel.split(next) {
                    if let own = first.label, split.label.sameStyle(as: own) { break }
                    guard let paragraph = probe.readParagraph(stop: closes), let label = paragraph.label else { break }
                    if clauseStyle == nil { clauseStyle = label }
                    if let style = clauseStyle, label.sameStyle(as: style) || clauses.isEmpty {
                        clauses.append(paragraph)
                    } else {
                        clauses[clauses.count - 1].text += " " + label.printed + " " + paragraph.text
                        clauses[clauses.count - 1].lines += paragraph.lines
                        clauses[clauses.count - 1].range = clauses[clauses.count - 1].range.lowerBound..<paragraph.range.upperBound
                    }
                }
                if !clauses.isEmpty { cursor = probe }
            }
            let end = cursor.index
            let opener = ListBlock.leadIn(RecommendationPatterns.nowTherefore.removingFirst(from: first.text))
            let formal = opening.isEmpty || opening.contains("BE IT") || opening.contains("Be it")
            let before = Self.textBefore(start, in: lines)
            // "The motion was carried" just before the resolution is its outcome.
            let voted = Self.outcome(in: before).flatMap { [.carried, .lost].contains($0) ? $0 : nil }
            let votes = Self.votes(in: ([first] + clauses).map(\.text).joined(separator: " "))
                ?? Self.votes(in: before)
                ?? (end < lines.count && lines[end].text.hasPrefix("(") ? Self.votes(in: lines[end].text) : nil)
            // A motion moved and seconded just before, or a recorded vote: the resolution's motion.
            var motion: Motion?
            let moved = MinutesMotionParser.motion(in: TextTools.squash(before))
            if moved != nil || votes != nil || voted != nil {
                motion = Motion(
                    mover: moved?.motion.mover, seconder: moved?.motion.seconder ?? MinutesMotionParser.seconderSentence(in: before),
                    outcome: voted == .lost ? .lost : .carried,
                    votes: votes.map { MotionVotes(for: .count($0.for), against: .count($0.against), abstain: .count($0.abstentions)) })
            }
            if clauses.isEmpty {
                if body.isEmpty {
                    result.diagnostics.append(Diagnostic(.warning, "resolution-without-text", "RESOLVED with no text after it", page: line.page))
                }
                let record = RecommendationRecord(
                    kind: .resolution, label: nil, text: body, leadIn: ListBlock.leadIn(RecommendationPatterns.nowTherefore.removingFirst(from: opening)),
                    addressee: Self.actor(in: body), outcome: Self.outcome(in: body) ?? voted ?? Self.resolvedOutcome(votes, formal: formal), votes: votes,
                    page: first.page, bbox: first.bbox, motion: motion)
                result.found.append(FoundRecord(record: record, start: start))
            } else {
                let leadOutcome = Self.outcome(in: body)
                for clause in clauses {
                    let text = ListBlock.dropConnective(Self.withoutVote(clause.text))
                    let record = RecommendationRecord(
                        kind: .resolution, label: clause.label?.recordLabel, text: text, leadIn: opener, addressee: Self.actor(in: body),
                        outcome: Self.outcome(in: text) ?? leadOutcome ?? voted ?? Self.resolvedOutcome(votes, formal: formal), votes: votes,
                        page: clause.page, bbox: clause.bbox, motion: motion)
                    result.found.append(FoundRecord(record: record, start: clause.range.lowerBound))
                }
            }
            result.claimed.append(start..<max(end, start + 1))
            cursor.move(to: max(end, start + 1))
        }
        return result
    }

    /// The opener of a resolution as printed ("RESOLVED that", "RESOLVED:", "BE IT RESOLVED
    /// that"), or nil. After a colon or dash the "That" belongs to the text, as printed.
    package static func opening(of line: Line) -> String? {
        let raw = line.text
        guard TextTools.containsAny(raw, ["RESOLV", "Resolv", "NOW"]) else { return nil }
        let text = TextTools.squash(ListLabel.split(line)?.rest ?? raw)
        if let match = Self.capitalOpener.range(in: text) ?? Self.titleOpener.range(in: text) {
            return String(text[match])
        }
        // "NOW, THEREFORE, THE CITY COUNCIL ... DOES RESOLVE AS FOLLOWS:" may break its line
        // before "RESOLVE"; the whole paragraph is then the opener.
        if text.hasPrefix("NOW, THEREFORE,") || text.hasPrefix("NOW THEREFORE") { return "" }
        return nil
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let capitalOpener = Patterns.make(
        #"^(?:NOW,?\s+THEREFORE,?\s+)?(?:It was\s+|BE IT\s+|Be it\s+)?(?:(?:unanimously|accordingly|further|FURTHER)\s+)?RESOLVED\b(?:\s*[–—:-]|\s+that\b)?"#, caseInsensitive: false)
    private static let titleOpener = Patterns.make(#"^(?:It was\s+)?Resolved(?:\s*[–—:-]|\s+that\b)"#, caseInsensitive: false)

    /// The outcome of a resolution whose words state none: resolving is agreeing, and a
    /// resolution passed on a recorded vote is a motion carried.
    static func resolvedOutcome(_ votes: Votes?, formal: Bool) -> RecommendationRecord.Outcome? {
        if votes != nil { return .carried }
        // "BE IT RESOLVED" and "DOES RESOLVE" open the text of a resolution put to a meeting,
        // not the record of one passed.
        return formal ? nil : .agreed
    }

    /// Who acts, when the resolution names a body before its verb: "Cabinet agree to", "the Panel notes".
    static func actor(in text: String) -> String? {
        guard let subject = RecommendationText.subject(atStartOf: text) else { return nil }
        let after = text.dropFirst(subject.count).split(separator: " ").first.map { $0.lowercased() } ?? ""
        let verbs: Set<String> = [
            "agree", "agrees", "agreed", "note", "notes", "noted", "approve", "approves", "approved", "endorse", "endorses", "endorsed",
            "adopt", "adopts", "adopted", "consider", "considers", "considered", "to", "accept", "accepts", "accepted", "support", "supports",
            "request", "requests", "requested", "recommend", "recommends", "delegate", "delegates", "resolve", "resolves", "receive", "receives",
        ]
        return verbs.contains(after) ? subject : nil
    }

    /// The outcome the words of the minutes state, or nil.
    ///
    /// "Noted" counts when the resolution opens with the verb ("Note the ...", "Cabinet notes
    /// ...") or says "be noted"/"was noted"; "agreed" when it opens with "Agree",
    /// "Approve", "Endorse" or "Adopt" ("be approved" is agreed by default). Words inside the matter resolved ("a plan to be agreed before works
    /// begin") do not count: the opening verb or the closing "be noted" does.
    package static func outcome(in text: String) -> RecommendationRecord.Outcome? {
        if Self.deferredWords.matches(text) { return .deferred }
        if Self.lostWords.matches(text) { return .lost }
        if Self.carriedWords.matches(text) { return .carried }
        let opening = text.split(separator: " ").prefix(5).joined(separator: " ")
        if let groups = Self.openingVerb.groups(in: opening), let verb = groups[1] {
            return verb.lowercased().hasPrefix("not") ? .noted : .agreed
        }
        if Self.notedWords.matches(text) { return .noted }
        return nil
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let deferredWords = Patterns.make(#"\b(?:be|been|was|were|is|are)\s+deferred\b|\bdefer(?:red)?\s+(?:consideration|the\s+item|to)\b"#)
    private static let lostWords = Patterns.make(#"\b(?:was|were|be|been|being|declared|duly|motion|amendment)\s+(?:duly\s+)?(?:lost|defeated|not\s+carried)\b"#)
    private static let carriedWords = Patterns.make(#"\b(?:was|were|be|been|being|declared|duly|motion|amendment)\s+(?:duly\s+)?carried\b"#)
    private static let openingVerb = Patterns.make(
        #"^(?:that\s+)?(?:(?:the\s+)?[A-Z](?-i:[\w’'])*(?:\s+[A-Z](?-i:[\w’'])*)*\s+(?:to\s+)?)?(note|notes|noted|noting|agree|agrees|agreed|approve|approves|approved|endorse|endorses|endorsed|adopt|adopts|adopted)\b"#)
    private static let notedWords = Patterns.make(#"\b(?:be|been|was|were|is|are)\s+(?:received\s+and\s+)?noted\b"#)

    /// The text without a recorded vote closing it: "... agreement. (For 7, Against 2, Abstentions 1)".
    static func withoutVote(_ text: String) -> String {
        guard let match = closingVote.range(in: text), votes(in: String(text[match])) != nil else { return text }
        return String(text[..<match.lowerBound])
    }

    /// A recorded vote in `text`, or nil.
    package static func votes(in text: String) -> Votes? {
        // Every form names votes "against": settle other texts without a pattern.
        guard text.range(of: "against", options: .caseInsensitive) != nil else { return nil }
        for pattern in [forAgainst, countsForAgainst] {
            if let m = pattern.groups(in: text), let f = m[1].flatMap({ Int($0) }), let a = m[2].flatMap({ Int($0) }) {
                return Votes(for: f, against: a, abstentions: m[3].flatMap { Int($0) } ?? 0)
            }
        }
        return nil
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let closingVote = Patterns.make(#"\s*\((?i:for|votes)\b[^()]*\)\.?$"#, caseInsensitive: false)
    private static let forAgainst = Patterns.make(
        #"\bFor\s*[:\-–]?\s*(\d{1,3})\s*[,;]?\s*Against\s*[:\-–]?\s*(\d{1,3})(?:\s*[,;]?\s*(?:and\s+)?(?:Abstentions?|Abstain(?:ed|ing)?)\s*[:\-–]?\s*(\d{1,3}))?"#)
    private static let countsForAgainst = Patterns.make(
        #"\b(\d{1,3})\s+(?:votes?\s+)?(?:for|in favour)\s*[,;]?\s*(\d{1,3})\s+(?:votes?\s+)?against(?:\s*[,;]?\s*(?:and\s+)?(\d{1,3})\s+(?:abstentions?|abstained|abstaining))?"#)

    /// The paragraph just before `index` (up to six lines, not past a heading): where
    /// minutes record the vote.
    static func textBefore(_ index: Int, in lines: [Line]) -> String {
        var texts: [String] = []
        var position = index - 1
        while position >= 0, texts.count < 6 {
            let line = lines[position]
            // An item heading just above means nothing was recorded before the resolution.
            if RecommendationText.isBoldHeading(line) { break }
            texts.insert(line.text, at: 0)
            if position > 0, Paragraph.isBreak(between: lines[position - 1], and: line) { break }
            position -= 1
        }
        return TextTools.join(texts)
    }
}
