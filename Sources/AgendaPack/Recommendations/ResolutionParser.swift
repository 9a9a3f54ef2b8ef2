/// Resolutions in minutes: "RESOLVED that ...", with sub-clauses as one record each.
///
/// Grammar:
///
///     resolution = [paragraph-number] opener text [clauses]
///     opener     = ["It was"] ["unanimously"] "RESOLVED" ["that" | ":" | "–" | "-"] ["That"]
///                | "Resolved" (":" | "–" | "-" | "that") ["That"]
///     clauses    = when the text ends as an opening ("... agree to:"), the labelled
///                  paragraphs that follow: "(a)", "(1)", "A)", "b)", each one record;
///                  a sub-list inside a clause is folded into it
///     ends at      a bold heading, another resolution, an unlabelled paragraph, or a
///                  paragraph numbered like the resolution itself ("4." after "3.")
///
/// The outcome is read from the words of the minutes: "be noted"/"Note the" is noted,
/// "agree"/"approve"/"endorse"/"adopt" is agreed, "deferred" is deferred, "was carried"
/// or "lost" is carried or lost; the earliest such word wins, the clause's own words
/// before its lead-in's. A recorded vote ("For 7, Against 2, Abstentions 1", "(For: 7;
/// Against: 2; Abstain: 1)", "7 votes for, 2 against and 1 abstention") in the
/// resolution or the paragraph just before it is kept as numbers; abstentions not
/// mentioned count as 0.
///
/// Excerpt (Kent Cabinet minutes, 30 January 2025, p10):
///
///     3. RESOLVED that Cabinet agree to:
///     A) Note the forecast revenue overspend of £23.3m (excluding Schools).
///     b) Note the forecast overspend on Schools’ Delegated Budgets of £30.4m.
///     ...
///     e) Agree the Capital budget changes.
struct ResolutionParser {
    func parse(_ lines: [Line]) -> ParseResult {
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
            var body = RecommendationText.collapse(String(first.text.dropFirst(min(first.text.count, opening.count))))
            body = body.trimmingCharacters(in: .whitespaces)
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
            let before = Self.textBefore(start, in: lines)
            // "The motion was carried" just before the resolution is its outcome.
            let voted = Self.outcome(in: before).flatMap { [.carried, .lost].contains($0) ? $0 : nil }
            let votes = Self.votes(in: ([first] + clauses).map(\.text).joined(separator: " "))
                ?? Self.votes(in: before)
                ?? (end < lines.count && lines[end].text.hasPrefix("(") ? Self.votes(in: lines[end].text) : nil)
            if clauses.isEmpty {
                if body.isEmpty {
                    result.diagnostics.append(Diagnostic(.warning, "resolution-without-text", "RESOLVED with no text after it", page: line.page))
                }
                let record = RecommendationRecord(
                    kind: .resolution, label: nil, text: body, leadIn: RecommendationText.leadIn(opening), addressee: Self.actor(in: body),
                    outcome: Self.outcome(in: body) ?? voted, votes: votes, page: first.page, bbox: first.bbox)
                result.found.append(Found(record: record, start: start))
            } else {
                let leadIn = RecommendationText.leadIn(first.text)
                let leadOutcome = Self.outcome(in: body)
                for clause in clauses {
                    let record = RecommendationRecord(
                        kind: .resolution, label: clause.label?.printed, text: clause.text, leadIn: leadIn, addressee: Self.actor(in: body),
                        outcome: Self.outcome(in: clause.text) ?? leadOutcome ?? voted, votes: votes, page: clause.page, bbox: clause.bbox)
                    result.found.append(Found(record: record, start: clause.range.lowerBound))
                }
            }
            result.claimed.append(start..<max(end, start + 1))
            cursor.move(to: max(end, start + 1))
        }
        return result
    }

    /// The opener of a resolution as printed ("RESOLVED that", "Resolved – That"), or nil.
    static func opening(of line: Line) -> String? {
        let text = RecommendationText.collapse(ListLabel.split(line)?.rest ?? line.text)
        if let match = text.prefixMatch(of: /(?:It was\s+)?(?:(?:unanimously|accordingly|further)\s+)?RESOLVED\b(?:\s*[:–—-])?(?:\s+(?:that|That)\b)?/) {
            return String(match.0)
        }
        if let match = text.prefixMatch(of: /(?:It was\s+)?Resolved(?:\s*[:–—-]\s*(?:[Tt]hat\b)?|\s+that\b)/) {
            return String(match.0)
        }
        return nil
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
    static func outcome(in text: String) -> RecommendationRecord.Outcome? {
        if text.firstMatch(of: /\b(?:defer|deferred|deferral|postponed)\b/.ignoresCase()) != nil { return .deferred }
        if text.firstMatch(of: /\b(?:was|were|be|been|being|declared|duly|motion|amendment)\s+(?:duly\s+)?(?:lost|defeated|not carried)\b/.ignoresCase()) != nil {
            return .lost
        }
        if text.firstMatch(of: /\b(?:was|were|be|been|being|declared|duly|motion|amendment)\s+(?:duly\s+)?carried\b/.ignoresCase()) != nil { return .carried }
        let noted = text.firstMatch(of: /\b(?:note|notes|noted|noting)\b/.ignoresCase())?.range.lowerBound
        let agreed = text.firstMatch(of: /\b(?:agree|agrees|agreed|approve|approves|approved|endorse|endorses|endorsed|adopt|adopts|adopted|accept|accepts|accepted)\b/.ignoresCase())?.range.lowerBound
        switch (noted, agreed) {
        case let (n?, a?): return n < a ? .noted : .agreed
        case (_?, nil): return .noted
        case (nil, _?): return .agreed
        default: return nil
        }
    }

    /// A recorded vote in `text`, or nil.
    static func votes(in text: String) -> Votes? {
        if let m = text.firstMatch(of: /\bFor\s*[:\-–]?\s*(\d{1,3})\s*[,;]?\s*Against\s*[:\-–]?\s*(\d{1,3})(?:\s*[,;]?\s*(?:and\s+)?(?:Abstentions?|Abstain(?:ed|ing)?)\s*[:\-–]?\s*(\d{1,3}))?/.ignoresCase()),
            let f = Int(m.1), let a = Int(m.2)
        {
            return Votes(for: f, against: a, abstentions: m.3.flatMap { Int($0) } ?? 0)
        }
        if let m = text.firstMatch(of: /\b(\d{1,3})\s+(?:votes?\s+)?(?:for|in favour)\s*[,;]?\s*(\d{1,3})\s+(?:votes?\s+)?against(?:\s*[,;]?\s*(?:and\s+)?(\d{1,3})\s+(?:abstentions?|abstained|abstaining))?/.ignoresCase()),
            let f = Int(m.1), let a = Int(m.2)
        {
            return Votes(for: f, against: a, abstentions: m.3.flatMap { Int($0) } ?? 0)
        }
        return nil
    }

    /// Up to six lines just before `index` that run on without a gap: where minutes record the vote.
    static func textBefore(_ index: Int, in lines: [Line]) -> String {
        var texts: [String] = []
        var position = index - 1
        while position >= 0, texts.count < 6 {
            let line = lines[position]
            texts.insert(line.text, at: 0)
            if position > 0 {
                let above = lines[position - 1]
                let height = max(1, above.bbox.y1 - above.bbox.y0)
                if above.page == line.page && line.bbox.y0 - above.bbox.y1 > height * 0.5 { break }
            }
            position -= 1
        }
        return RecommendationText.join(texts)
    }
}
