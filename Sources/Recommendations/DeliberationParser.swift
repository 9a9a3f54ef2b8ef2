import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Decisions of French and Québec minutes (procès-verbal, compte rendu, délibération):
/// kind resolution, with `motion` (outcome and the vote as printed).
///
/// Grammar, over the sentences of a paragraph:
///
///     decision  = sentence with a deliberation phrase, and what continues it
///     phrase    = "après en avoir délibéré" | "après avoir délibéré" | "après délibération"
///               | "IL EST RÉSOLU" | "le Conseil municipal" ... verb ("décide", "désigne",
///                 "accepte", "valide", "approuve", "autorise", "adopte", "émet")
///               | "est approuvé(e)(s) à l'unanimité" | "est adopté(e)(s) à l'unanimité"
///     continues = the rest of the sentence's paragraph (another sentence with a phrase
///                 starts a new decision); then, while the text so far ends with ":" or ","
///                 or no full stop, list entries ("- ...", "• ..."); and a paragraph that
///                 opens with a vote ("Par 13 voix POUR ...") or a verb in capitals
///                 ("DESIGNE ...", "DECIDENT,") after a text ending in "," or ":"
///     ends at     a numbered deliberation heading ("2020-039 ..."), a bold heading,
///                 or a paragraph that continues nothing
///
/// The text starts at its sentence, or after the last ";" before the phrase ("ATTENDU ...;
/// IL EST RÉSOLU ..."). The label and `motion.number` are the deliberation's number from the
/// nearest heading above ("2020-038 SUBVENTION ...", "Résolution DM-2023-001",
/// "Délibération n° 2024-22"). Two or more list entries after the decision ("DECIDENT, - de
/// créer ... - de supprimer ...") are also its `parts`. The outcome is carried (the council decided), lost when the
/// vote printed has more against than for; the vote is read by `MotionDetails`
/// ("Par 13 voix POUR – 1 ABSTENTION", "Pour : 10, Contre : 2, Abstention : 1"); "à
/// l'unanimité" alone prints no count.
struct DeliberationParser {
    /// The contract's document kind when known: a decision is read only in minutes
    /// (procès-verbal, compte rendu), decision notices (délibération) and documents of unknown
    /// kind; a note de synthèse or a convocation proposes ("Il est proposé que le Conseil
    /// municipal approuve ...") and decides nothing.
    package var documentKind: String?

    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        guard MinutesMotionParser.readsMinutes(documentKind) else { return result }
        var cursor = LineCursor(lines)
        while cursor.current != nil {
            let start = cursor.index
            guard let paragraph = cursor.readParagraph(stop: Self.closes) else { break }
            if paragraph.range.isEmpty { cursor.advance() }
            guard Self.mayDecide(paragraph.text) else { continue }
            let sentences = MinutesMotionParser.sentences(TextTools.squash(paragraph.text))
            var texts: [String] = []
            for sentence in sentences {
                if let clause = Self.decisionClause(sentence) {
                    texts.append(clause)
                } else if !texts.isEmpty {
                    texts[texts.count - 1] += " " + sentence
                }
            }
            guard !texts.isEmpty else { continue }
            // What continues the last decision.
            var end = cursor.index
            var probe = cursor
            var extra = 0
            var entryStyle: ListLabel?
            var voteText = ""
            var parts: [RecommendationPart] = []
            while let next = probe.current, extra < 12, !Self.closes(next) {
                let nextText = TextTools.squash(next.text)
                if Self.mayDecide(next.text), Self.decisionClause(nextText) != nil { break }
                let sofar = texts[texts.count - 1]
                let open = sofar.hasSuffix(":") || sofar.hasSuffix(",") || !(sofar.hasSuffix(".") || sofar.hasSuffix(";"))
                let label = ListLabel.split(next)
                let isEntry = label?.label.form == .bullet || (label != nil && sofar.hasSuffix(":"))
                let sameList = entryStyle.map { style in label.map { $0.label.sameStyle(as: style) } ?? false } ?? false
                let opensVote = Self.voteOpening.matches(nextText)
                let capitalVerb = Self.capitalVerb.matches(nextText)
                // A vote or result after a finished decision ("Adopté à l'unanimité", "Pour : 10,
                // Contre : 2") is read for the vote, not added to the text.
                if sofar.hasSuffix("."), opensVote || Self.resultLine.matches(nextText) {
                    guard let more = probe.readParagraph(stop: Self.closes) else { break }
                    voteText += " " + TextTools.squash(more.text)
                    end = probe.index
                    extra += more.lines.count
                    continue
                }
                guard (isEntry && open) || sameList || ((opensVote || capitalVerb) && (sofar.hasSuffix(",") || sofar.hasSuffix(":") || opensVote || !sofar.hasSuffix("."))) else { break }
                if isEntry { entryStyle = label?.label }
                guard let more = probe.readParagraph(stop: Self.closes) else { break }
                var moreText = TextTools.squash(more.text)
                if let label = more.label, isEntry || sameList {
                    parts.append(RecommendationPart(label: label.form == .bullet ? nil : label.printed, text: moreText))
                }
                if let label = more.label, label.form == .bullet { moreText = label.printed + " " + moreText }
                texts[texts.count - 1] += " " + moreText
                end = probe.index
                extra += more.lines.count
            }
            let number = Self.number(before: start, in: lines)
            for (position, text) in texts.enumerated() {
                let last = position == texts.count - 1
                var votes = MotionDetails.votes(in: text) ?? (last ? MotionDetails.votes(in: voteText) : nil)
                if votes.map({ $0.for == nil && $0.against == nil && $0.abstain == nil }) ?? false { votes = nil }
                var outcome: Motion.Outcome = .carried
                if let v = votes, let f = v.for?.count, let a = v.against?.count, a > f { outcome = .lost }
                if last, MotionDetails.outcome(in: voteText) == .lost { outcome = .lost }
                let record = RecommendationRecord(
                    kind: .resolution, label: number, text: text, outcome: outcome == .carried ? .carried : .lost, votes: votes?.counts,
                    page: paragraph.page, bbox: paragraph.bbox, motion: Motion(number: number, outcome: outcome, votes: votes),
                    parts: last && parts.count >= 2 ? parts : nil)
                result.found.append(FoundRecord(record: record, start: start))
            }
            result.claimed.append(start..<max(end, paragraph.range.upperBound))
            cursor.move(to: max(end, paragraph.range.upperBound))
        }
        return result
    }

    /// A quick test before any pattern: the line could hold a deliberation phrase.
    static func mayDecide(_ text: String) -> Bool {
        TextTools.containsAny(text, ["élib", "ELIB", "ÉLIB", "onseil", "ONSEIL", "RÉSOLU", "RESOLU", "nanimit", "NANIMIT"])
    }

    package static func closes(_ line: Line) -> Bool {
        RecommendationText.isBoldHeading(line) || numberedHeading.matches(TextTools.squash(line.text))
    }

    /// The decision's text from `sentence`, or nil when it states no decision.
    static func decisionClause(_ sentence: String) -> String? {
        let ns = sentence as NSString
        let all = NSRange(location: 0, length: ns.length)
        // A proposal or an invitation is no decision: "Il est proposé que le Conseil municipal
        // approuve ...", "le Conseil municipal est invité à ...".
        guard let m = phrase.matches(in: sentence, range: all).first(where: { m in
            !ns.substring(with: m.range).lowercased().contains("conseil") || !proposal.matches(String(ns.substring(to: m.range.location).suffix(50)))
        }) else { return nil }
        let before = ns.substring(to: m.range.location)
        if let semicolon = before.lastIndex(of: ";") {
            return TextTools.squash(String(before[before.index(after: semicolon)...]) + ns.substring(from: m.range.location))
        }
        // A capitalised article mid-sentence ("... à l'EHPAD Le Conseil Municipal après ...")
        // starts a sentence whose full stop the line break left out; a full stop before a
        // capital after a one-letter word ("catégories C. Après avoir ...") ends one too.
        let starts = missedStop.matches(in: sentence, range: NSRange(location: 0, length: ns.length)).filter { $0.range.location <= m.range.location }
            + looseStop.matches(in: before, range: NSRange(location: 0, length: (before as NSString).length))
        if let last = starts.map({ $0.range.location + ($0.numberOfRanges > 1 && $0.range(at: 1).location != NSNotFound ? $0.range(at: 1).location - $0.range.location : 0) }).max(), last > 0 {
            return TextTools.squash(ns.substring(from: last))
        }
        return sentence
    }

    /// The deliberation number of the nearest heading above `index`, or nil.
    package static func number(before index: Int, in lines: [Line]) -> String? {
        var position = index - 1
        while position >= 0, index - position <= 120 {
            let text = TextTools.squash(lines[position].text)
            if let g = numberedHeading.groups(in: text), let n = g[1] { return n.replacingOccurrences(of: " ", with: "") }
            if let g = namedNumber.groups(in: text), let n = g[1] { return n }
            position -= 1
        }
        return nil
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    /// The conventions of a délibération: "après en avoir délibéré", "IL EST RÉSOLU", the
    /// council's verb in capitals on its own ("DÉCIDE", "DÉCIDENT"), "le conseil municipal" and a
    /// verb of decision in the present tense (a clause between commas may come before it:
    /// "Le conseil municipal, à l'unanimité, fixe ..."), or "est approuvé à l'unanimité".
    private static let phrase = Patterns.make(
        #"apr[èe]s\s+(?:en\s+)?avoir\s+d[ée]lib[ée]r[ée]|apr[èe]s\s+d[ée]lib[ée]ration|\bil\s+est\s+r[ée]solu\b|(?-i:\bD[ÉE]CIDENT?\b)|\bconseil\s+municipal\b[^.;]{0,60}?\b(?:d[ée]cide|d[ée]signe|accepte|valide|approuve|autorise|adopte|[ée]met|fixe|vote|attribue|sollicite|refuse|prend\s+acte|donne|charge|arr[êe]te|accorde|confie|octroie|d[ée]cerne|renouvelle|modifie|abroge|mandate|retient|[ée]lit|d[ée]l[èe]gue|institue|cr[ée]e|supprime|approuve)(?:nt)?\b|\bconseil\s+municipal\s*(?:,[^,.;]{1,60},\s*)?(?!(?:de|se|le|la|les|que|qui|ce|comme|une|elle|même|ne|entre|contre|sera|sont|est|du|des|dans|lors|réuni|présente?|compétente?|suivante?)\b)(?-i:[a-zàâçéèêëîïôûù]{2,}(?:e|ent)|prend|prennent|[ée]met|[ée]mettent)\b|\b(?:est|sont)\s+(?:approuv[ée]e?s?|adopt[ée]e?s?)\s+à\s+l['’]unanimit[ée]"#)
    /// Words before a phrase that make it a proposal, not a decision.
    private static let proposal = Patterns.make(#"propos[ée]e?s?\b|\binvit[ée]e?s?\b|\bdemand[ée]e?s?\b|\bsollicit[ée]\s+(?:de|pour)\b|\bpourrait\b|\bdevra\b|\bqu['’]\s*$|\bque\s+(?:le|la|les)?\s*$"#)
    private static let resultLine = Patterns.make(#"^(?:adopt[ée]e?s?|rejet[ée]e?s?|refus[ée]e?s?)\b(?:\s+à\s+l['’]unanimit[ée]|\s+à\s+la\s+majorit[ée]|\s*[.:]|$)"#)
    private static let looseStop = Patterns.make(#"(?<!\bM|\bMe|\bMme|\bSt|\bMM|\bNo|\bn°)[.!?]\s+(\p{Lu})"#, caseInsensitive: false)
    /// A capitalised opening mid-sentence where a line break lost the full stop: "Le Conseil",
    /// "Les membres du Conseil", "Après en avoir délibéré", "Il est résolu", "DÉCIDE".
    private static let missedStop = Patterns.make(#"(?<=\s)(?:(?:Le|La|Les|LE|LA|LES)\s+(?:[Mm]embres\s+du\s+)?(?:[Cc]onseil|CONSEIL)\b|Apr[èe]s\s+(?:en\s+)?avoir\s+d[ée]lib|APR[ÈE]S\s+(?:EN\s+)?AVOIR\s+D[ÉE]LIB|Il\s+est\s+r[ée]solu|IL\s+EST\s+R[ÉE]SOLU|D[ÉE]CIDENT?\b)"#, caseInsensitive: false)
    /// A deliberation's number and title: "2020-038 SUBVENTION ...", "2020- 047 REDEVANCE ...",
    /// "D2023-045 ...", "2023/045 ...", "DCM_2023_45 ...", "Délibération n° 2023-45 ...".
    private static let numberedHeading = Patterns.make(#"^(?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+(?:n[°o]\.?\s*)?)?((?:[A-Z]{1,4}[_-]?)?(?:19|20)\d{2}\s*[-/_]\s*\d{2,4})\s*[:.–-]?\s+\p{Lu}"#, caseInsensitive: false)
    private static let namedNumber = Patterns.make(#"^(?:R[ée]solution|D[ée]lib[ée]ration|RÉSOLUTION|RESOLUTION|DÉLIBÉRATION)\s+(?:n[°o]\.?\s*)?([A-Z0-9][\w/-]*\d)\b"#, caseInsensitive: false)
    private static let voteOpening = Patterns.make(#"^(?:par\s*:?\s*)?(?:\d{1,3}|"# + FrenchNumbers.pattern + #")\s+(?:voix\s+)?(?:pour|contre)\b|^(?:pour|contre)\s*:"#)
    private static let capitalVerb = Patterns.make(#"^(?:D['’]|DE\s+)?[A-ZÉÈ]{3,}(?:ENT)?\b(?:\s*[,:]|\s+(?:\p{Ll}|D['’]|DE\b))"#, caseInsensitive: false)
}
