import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Reads who moved a motion, who seconded it, what became of it and how the meeting voted,
/// from the words minutes print around it. Shared by the minutes motion parsers.
///
/// Grammar (English and French, any case unless said):
///
///     outcome  = "Motion carried" | "MOTION CARRIED" | "which carried" | "Carried [unanimously]"
///              | "Passed 3-0" | "Moved 5-0" | "Motion passes" | "approved"/"adopted" after
///                "motion" | "Adopté(e) à l'unanimité" | "à l'unanimité"      -> carried
///              | "Motion failed" | "lost" | "defeated" | "rejeté(e)"         -> lost
///              | "put to the vote and was" ("carried" | "lost" | ...)          -> as the word says
///              | "withdrawn" -> withdrawn | "tabled" -> tabled | "deferred" | "postponed" -> deferred
///              the earliest such phrase wins
///     count    = outcome word ["by a vote of"] for "-" against ["-" abstain]   ("Passed 3-0")
///     tallies  = side ":" (number | "None" | names)   side = "Ayes" | "Yes" | "Noes" | "Nays"
///              | "Abstain" | "Abstention(s)" | "Absent" | "Recused" (recused counts as abstain)
///              | "For" | "In favour" | "Against" | "Opposed" (a recorded vote of names:
///                "For: Councillor A, Councillor B. Against: Councillor C")
///     roll     = name ":" vote (";" name ":" vote)*   ("Commissioners Cambra: Aye; Chen: Aye")
///              | name ("–" | "-") vote ("," name ("–" | "-") vote)*   ("Trustee E. – yes")
///     french   = n "voix"? "POUR" | n "voix"? "CONTRE" | n "ABSTENTION(S)"
///              | "Pour :" n | "Contre :" n | "Abstention(s) :" n, n in digits or words
///              ("DEUX", "onze")
///
/// A named roll call gives names; a side printed only as a number gives the number. Names
/// lose a plural title before a list ("Commissioners Davis, Hernandez, and Perez" gives
/// "Davis", "Hernandez", "Perez") and footnote stars; a singular title stays ("Chair Ramirez").
package enum MotionDetails {
    /// One capitalised person's name with its title: "Commissioner Cambra", "Vice Chair Chen",
    /// "Councilor T.", "M. Dupont". Stops at the words that open the next clause. A subject
    /// that is no person ("The Board", "The Applicant", "Staff") is no name. Capitals are
    /// required only where the pattern using it is compiled case-sensitively.
    package static let name = #"(?:(?!(?:The|THE|This|These|Those|There|It|He|She|They|We|Staff|STAFF|Applicants?|APPLICANTS?|Seconded|Second|SECONDED|SECOND|Moved|MOVED|That|THAT|Motion|MOTION|Carried|CARRIED|And|To|Il|Et|ET|AYES?|Ayes?|NOES|Noes|NAYS?|Nays?|ABSENT|Absent|ABSTAIN\w*|Abstain\w*|Roll|ROLL|Vote|VOTE)\b)(?:(?:de|du|van|von|der|da|di|la|le|St\.)\s+)?[\p{Lu}][\p{L}'’\-]*\.?(?:\s+(?=[\p{Lu}])|(?=[\s,;:.]|$))){1,5}"#

    // MARK: outcome

    package static func outcome(in text: String) -> Motion.Outcome? {
        var best: (Int, Motion.Outcome)?
        let range = NSRange(text.startIndex..., in: text)
        for rule in outcomeRules where TextTools.mayContainIgnoringCase(text, rule.words) {
            if let m = rule.pattern().firstMatch(in: text, range: range), best.map({ m.range.location < $0.0 }) ?? true {
                best = (m.range.location, rule.outcome)
            }
        }
        return best?.1
    }

    /// What may follow a result word that opens a sentence ("Carried.", "CARRIED UNANIMOUSLY",
    /// "Approved as amended", "Carried 5-0", "Lost by a vote of"): the sentence's end, a count,
    /// a manner, or a capitalised name or heading. "Approved minutes are posted online" and
    /// "Deferred revenue ..." use the word as an adjective and state no result.
    private static let closes = #"(?=\s*(?:$|[.;,:!)–—-]|\(|\d|(?-i:\p{Lu})|(?i:unanimously|by\s+(?:a|the|roll|majority|consensus|\d)|as\s+(?:amended|presented|printed|read|submitted|corrected|revised|recommended)|with\s+(?:\d|one|two|three|all|no|the\s+following)|on\s+(?:a|the)\s+(?:vote|division|show)|without|(?:and|&)\s+(?:seconded|signed)|until|to\s+(?:the\s+)?(?:next|a\s+future|date)|à|par)\b))"#

    /// A result's pattern, compiled only for a text holding one of its words (each
    /// alternative of the pattern spells one of them, whatever the case: tested).
    package struct OutcomeRule: Sendable {
        package let words: [StaticString]
        package let pattern: @Sendable () -> NSRegularExpression
        package let outcome: Motion.Outcome
    }

    package static let outcomeRules: [OutcomeRule] = [
        OutcomeRule(words: ["carried", "passe", "agreed", "approved", "adopt", "unanim", "moved"], pattern: { carriedPattern }, outcome: .carried),
        OutcomeRule(words: ["lost", "fail", "defeated", "fell", "carried", "denied", "rejet", "refus"], pattern: { lostPattern }, outcome: .lost),
        OutcomeRule(words: ["withdrawn"], pattern: { withdrawnPattern }, outcome: .withdrawn),
        OutcomeRule(words: ["tabled"], pattern: { tabledPattern }, outcome: .tabled),
        OutcomeRule(words: ["deferred", "postponed"], pattern: { deferredPattern }, outcome: .deferred),
    ]
    private static let carriedPattern = Patterns.make(#"\bput\s+to\s+(?:the\s+)?vote\s+and\s+(?:was\s+|were\s+)?(?:declared\s+|duly\s+)?(?:carried|passed|agreed)\b|\b(?:motion|it|resolution|amendment)\s+(?:was\s+)?(?:duly\s+)?(?:carried|passed|passes|approved|adopted)\b|\bwhich\s+(?:carried|passed)\b|(?:^|[.;:]\s*)(?:carried|passed|adopted|approved)\b"# + closes + #"|\b(?:carried|passed|approved|adopted)\s+unanimously\b|\bunanimously\s+(?:carried|approved|adopted)\b|\bmoved\s+\d{1,2}\s*[-–]\s*\d{1,2}\b|\badopt[ée]e?s?\s+à\s+l['’]unanimit[ée]|(?:^|[.;:]\s*)adopt[ée]e?s?\b|\bà\s+l['’]unanimit[ée]|\bmotion\s+(?:est\s+)?adopt[ée]e\b"#)
    private static let lostPattern = Patterns.make(#"\bput\s+to\s+(?:the\s+)?vote\s+and\s+(?:was\s+|were\s+)?(?:declared\s+|duly\s+)?(?:lost|defeated|not\s+carried)\b|\b(?:motion|it|resolution|amendment)\s+(?:was\s+)?(?:failed|fails|lost|defeated|fell|not\s+carried)\b|(?:^|[.;:]\s*)(?:lost|failed|defeated|denied)\b"# + closes + #"|(?:^|[.;:]\s*)(?:rejet[ée]e?s?|refus[ée]e?s?)\b|\bmotion\s+(?:est\s+)?rejet[ée]e\b"#)
    private static let withdrawnPattern = Patterns.make(#"\b(?:motion|it|item|amendment)\s+(?:was\s+)?withdrawn\b|(?:^|[.;:]\s*)withdrawn\b"# + closes)
    private static let tabledPattern = Patterns.make(#"\b(?:motion|it|item|resolution)\s+(?:was\s+)?tabled\b|(?:^|[.;:]\s*)tabled\b"# + closes)
    private static let deferredPattern = Patterns.make(#"\b(?:motion|it|item|resolution)\s+(?:was\s+)?(?:deferred|postponed)\b|(?:^|[.;:]\s*)(?:deferred|postponed)\b"# + closes)

    // MARK: votes

    /// Where a tally's sentence ends ("Noes: Alvarez, Ruiz. Motion failed"), and a value
    /// that is a pair of numbers ("2022-31"), not a tally.
    static let sentenceEnd = Patterns.make(#"\.\s+\p{Lu}"#, caseInsensitive: false)
    static let numberPair = Patterns.make(#"^\s*\d+\s*[-/]\s*\d"#, caseInsensitive: false)

    /// The vote printed in `text`, or nil.
    package static func votes(in text: String) -> MotionVotes? {
        var votes = MotionVotes()
        var any = false
        // A named roll call.
        let pairs = rollCall(in: text)
        if pairs.count >= 2 {
            var sides: [Side: [String]] = [:]
            for (who, side) in pairs { sides[side, default: []].append(who) }
            votes.for = .names(sides[.for] ?? [])
            votes.against = .names(sides[.against] ?? [])
            votes.abstain = .names(sides[.abstain] ?? [])
            votes.absent = .names(sides[.absent] ?? [])
            return votes
        }
        // Labelled tallies "AYES: ... NOES: ... ABSENT: ...".
        let ns = text as NSString
        let matches = tallyLabel.matches(in: text, range: NSRange(location: 0, length: ns.length))
        for (i, m) in matches.enumerated() {
            let end = i + 1 < matches.count ? matches[i + 1].range.location : ns.length
            let valueRange = NSRange(location: m.range.location + m.range.length, length: max(0, end - m.range.location - m.range.length))
            var value = ns.substring(with: valueRange)
            // The value ends with its sentence: "Noes: Alvarez, Ruiz. Motion failed 2-3."
            if let stop = sentenceEnd.foundationRange(in: value) { value = String(value[..<stop.lowerBound]) }
            guard let side = Side(label: ns.substring(with: m.range(at: 1))), let tally = tally(value) else { continue }
            // "Resolution No: 2022-31": a number's label, not a vote.
            let before = ns.substring(to: m.range.location).split(whereSeparator: { $0 == " " }).last.map { $0.lowercased() } ?? ""
            if identifierNouns.contains(before.trimmingCharacters(in: .punctuationCharacters)) { continue }
            if numberPair.foundationRange(in: value) != nil { continue }
            any = true
            votes[side] = tally
        }
        if any { return votes }
        // A count after the outcome: "Passed 3-0", "carried 4-1-0".
        if let g = outcomeCount.groups(in: text), let f = g[1].flatMap({ Int($0) }), let a = g[2].flatMap({ Int($0) }) {
            return MotionVotes(for: .count(f), against: .count(a), abstain: g[3].flatMap { Int($0) }.map { .count($0) })
        }
        // French counts (each pattern holds "pour", "contre" or "abstention").
        for (pattern, side) in TextTools.mayContainIgnoringCase(text, frenchCountWords) ? frenchCounts : [] {
            if let g = pattern.groups(in: text), let n = g[1].flatMap(number) {
                votes[side] = .count(n)
                any = true
            }
        }
        if any { return votes }
        // English counts "For 7, Against 2, Abstentions 1".
        if let v = ResolutionParser.votes(in: text) {
            return MotionVotes(for: .count(v.for), against: .count(v.against), abstain: .count(v.abstentions))
        }
        return nil
    }

    package enum Side: Hashable {
        case `for`, against, abstain, absent

        package init?(label: String) {
            let l = label.lowercased()
            if l.hasPrefix("aye") || l == "yes" || l == "yeas" || l == "yea" || l == "for" || l == "pour" || l.hasPrefix("in ") { self = .for }
            else if l.hasPrefix("no") || l.hasPrefix("nay") || l == "against" || l == "opposed" || l == "contre" { self = .against }
            else if l.hasPrefix("abst") || l.hasPrefix("recus") { self = .abstain }
            else if l.hasPrefix("absent") { self = .absent }
            else { return nil }
        }
    }

    /// "Commissioners Cambra: Aye; Chen: Aye" or "Trustee E. – yes, Trustee P. – absent".
    static func rollCall(in text: String) -> [(String, Side)] {
        var out: [(String, Side)] = []
        for pattern in [rollColon, rollDash] {
            let ns = text as NSString
            for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                guard let side = Side(label: ns.substring(with: m.range(at: 2))) else { continue }
                out.append((cleanName(ns.substring(with: m.range(at: 1))), side))
            }
            if out.count >= 2 { return out }
            out = []
        }
        return out
    }

    /// A side's value: a count, "None" (nobody), or names.
    static func tally(_ raw: String) -> VoteTally? {
        var value = TextTools.squash(raw)
        while let last = value.last, ".;,".contains(last) { value.removeLast() }
        if value.isEmpty { return nil }
        if let n = Int(value.prefix { $0.isNumber }), value.first?.isNumber == true { return .count(n) }
        if value.lowercased().hasPrefix("none") { return .names([]) }
        if let n = FrenchNumbers.value(of: value) { return .count(n) }  // "Pour : trente et un"
        // Names: "Commissioners *Davis, **Hernandez, and Perez, Vice Chair Valencia, and Chair Ramirez".
        let pieces = value.replacingOccurrences(of: " and ", with: ", ").split(separator: ",").map { cleanName(String($0)) }.filter { !$0.isEmpty }
        return .names(pieces)
    }

    /// A name without footnote stars and a plural title ("Commissioners Ayala" gives "Ayala").
    static func cleanName(_ raw: String) -> String {
        var s = TextTools.squash(raw.replacingOccurrences(of: "*", with: ""))
        if s.hasPrefix("and ") { s = String(s.dropFirst(4)) }
        if let first = s.split(separator: " ").first, s.contains(" "), pluralTitles.contains(first.lowercased()) {
            s = String(s.dropFirst(first.count + 1))
        }
        return s.trimming(scalarsIn: " .;,")
    }

    private static let pluralTitles: Set<String> = [
        "commissioners", "councilmembers", "councillors", "councilors", "trustees", "members", "directors", "supervisors",
        "aldermen", "boardmembers", "conseillers", "conseillères",
    ]

    package static func number(_ s: String) -> Int? {
        if let n = Int(s) { return n }
        return FrenchNumbers.value(of: s)
    }

    /// A count in digits or French words ("23", "vingt-trois"), standing alone: not the end of
    /// a longer number or word ("budget primitif 2024 pour", "un groupement commun pour").
    private static let frenchNumber = #"(?<!(?-i:[\p{L}\d]))(\d{1,3}|"# + FrenchNumbers.pattern + #")(?!(?-i:[\p{L}\d]))"#

    /// Words that print a number after "No:" or "Yes:" without voting ("Resolution No: 2022-31").
    private static let identifierNouns: Set<String> = [
        "resolution", "ordinance", "item", "bylaw", "by-law", "file", "report", "case", "minute", "application", "permit",
        "agenda", "motion", "contract", "reference", "ref", "account", "project", "decision", "policy", "appeal",
    ]

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let tallyLabel = Patterns.make(#"\b(AYES?|YEAS?|YES|NOES|NOE|NAYS?|NO|FOR|AGAINST|IN\s+FAVOU?R|OPPOSED|ABSTAIN(?:ED|ING|S)?|ABSTENTIONS?|ABSENT|RECUSED|RECUSALS?|POUR|CONTRE)\s*:\s*"#)
    private static let outcomeCount = Patterns.make(#"\b(?:carried|passed|passes|moved|failed|fails|lost|defeated|approved|adopted)\s*(?:by\s+a\s+(?:vote|margin)\s+of\s+)?\(?(\d{1,2})\s*[-–]\s*(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\b"#)
    private static let rollColon = Patterns.make(#"((?:[\p{Lu}][\p{L}'’.\-]*\s+){0,3}[\p{Lu}][\p{L}'’\-]*)\s*:\s*(Aye|Yes|No|Nay|Abstain(?:ed)?|Absent|Recused)\b"#, caseInsensitive: false)
    private static let rollDash = Patterns.make(#"((?:[\p{Lu}][\p{L}'’.\-]*\s+){0,3}[\p{Lu}][\p{L}'’.\-]*)\s*[–—-]\s*((?i:aye|yes|no|nay|abstain(?:ed)?|absent|recused))\b"#, caseInsensitive: false)
    package static let frenchCountWords: [StaticString] = ["pour", "contre", "abstention"]
    private static let frenchCounts: [(NSRegularExpression, Side)] = [
        (Patterns.make(frenchNumber + #"\s+(?:voix\s+)?pour\b"#), .for),
        (Patterns.make(frenchNumber + #"\s+(?:voix\s+)?contre\b"#), .against),
        (Patterns.make(frenchNumber + #"\s+abstentions?\b"#), .abstain),
        (Patterns.make(#"\bpour\s*:\s*"# + frenchNumber), .for),
        (Patterns.make(#"\bcontre\s*:\s*"# + frenchNumber), .against),
        (Patterns.make(#"\babstentions?\s*:\s*"# + frenchNumber), .abstain),
    ]
}

extension MotionVotes {
    package subscript(side: MotionDetails.Side) -> VoteTally? {
        get {
            switch side {
            case .for: self.for
            case .against: against
            case .abstain: abstain
            case .absent: absent
            }
        }
        set {
            switch side {
            case .for: self.for = newValue
            case .against: against = newValue
            case .abstain: abstain = newValue
            case .absent: absent = newValue
            }
        }
    }
}
