import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Reads the meeting — authority, body, date, start time, venue — from the first pages of
/// a pack.
///
/// Forms accepted, from the reference pack and the Kent and US samples:
///
///     Time and Date / 2.00 pm on Thursday, 21st July, 2016 / Place / Committee Rooms 2 and 3 - Council House
///     Date: 4 March 2025   Time: 10.00 am   Venue: Council Chamber
///     A meeting of the County Council will be held in the Council Chamber, County Hall,
///       Maidstone, Kent, ME14 1XQ on Thursday, 13th February, 2025 at 9.30 am
///     Minutes of the Meeting of Education and Children's Services Scrutiny Board (2)
///       held at 3.30 pm on Thursday, 16 June 2016
///     MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House,
///       County Hall, Maidstone on Thursday, 30 January 2025.
///     AGENDA / TUESDAY, November 1, 2022 / 7:00 P.M.   (a US agenda's title block)
///
/// When no sentence or label says it, the body is the largest heading of the first page
/// and the date the first full date near the top. Nothing is guessed beyond that: an
/// unknown field is nil.
public struct MeetingParser: Sendable {
    public init() {}

    static let heldSentence = Patterns.make(
        #"(?:minutes\s+of\s+(?:the|a)\s+(?:\w+\s+)?meeting\s+of|(?:a|the)\s+(?:\w+\s+)?meeting\s+of)\s+(?:the\s+)?(?<body>.+?)\s+(?:will\s+be\s+|to\s+be\s+|which\s+was\s+|was\s+)?held\b\s*(?<after>.*)$"#)
    /// A UK town or parish council's summons: "Members of the Finance and General Purposes
    /// Committee are summoned to attend a meeting of the Committee in the Council Chamber, …
    /// on Tuesday 4 March 2025 at 7.00 pm", "You are hereby summoned to attend a meeting of
    /// X to be held at … on …".
    static let summonsSentence = Patterns.make(
        #"\b(?:members\s+of\s+(?:the\s+)?(?<members>.+?)\s+are\s+|you\s+are\s+)(?:hereby\s+)?(?:summoned|invited|requested)\s+to\s+attend\s+(?:a|the)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(?<body>.+?)\s+(?:(?:to\s+be|which\s+will\s+be)\s+held\s+)?(?<after>(?:in|at)\s+.+)$"#)
    /// A body named by its noun alone ("the Committee", "the Council").
    static let bareBodyNoun = Patterns.make(#"^(?:sub-?)?(?:committee|council|panel|board|commission|cabinet|forum)$"#)
    /// "Séance ordinaire du conseil municipal qui se tiendra le …" / "… aura lieu le …".
    static let frenchConvened = Patterns.make(
        #"\bs[ée]ance\s+(?:(?:ordinaire|extraordinaire|publique|sp[ée]ciale|r[ée]guli[èe]re)\s+)?(?:du|de\s+la)\s+(?<body>conseil(?:\s+(?:municipal|communautaire|d['’]arrondissement|d['’]administration|r[ée]gional))?|comit[ée]\s+(?-i:[\p{L}'’ -]){3,40}?|commission\s+(?-i:[\p{L}'’ -]){3,40}?)\s+(?:qui\s+)?(?:se\s+tiendra|aura\s+lieu|sera\s+tenue)\s+(?<after>.+)$"#)
    /// The place after a convocation's date: "à la salle du conseil, 12, rue de l'Église",
    /// "au centre communautaire", "à l'hôtel de ville" (the article is not part of it).
    static let frenchPlace = Patterns.make(#"^[\s,]*(?:(?:à|a|dans|en)\s+(?:la\s+|l['’])|au\s+|aux\s+)(?<place>\S.+)$"#)
    static let frenchMet = Patterns.make(#"\bs['’]est\s+(?:l[ée]galement\s+)?r[ée]uni(?:e|s|es)?\s+(?:en\s+s[ée]ance\s+(?:publique\s+|ordinaire\s+|extraordinaire\s+)?)?(?:à|au|en|dans)\s+(?:la\s+|l['’])?(?<place>.+?)(?:,\s*(?:sous\s+la\s+pr[ée]sidence|en\s+pr[ée]sence)|\.\s|$)"#)
    static let otherDateLabel = Patterns.make(#"^date\s+(?:de|du|d['’]|of|published|issued|printed|despatched|dispatched|sent)\b[^:]{0,30}:"#)
    /// A field label, alone or joined to a second one ("Location/Address:", "Date/Time:").
    package static let label = Patterns.make(#"^(?<label>time\s+and\s+date|date\s+and\s+time|date|time|place|venue|location|where|when)(?:\s*/\s*[a-z]+)?\b\s*:?\s*(?<value>.*)$"#)
    /// A word every alternative of `authority` holds ("town" of township too): the pattern
    /// runs only on a text with one.
    static let authorityWords: [StaticString] = ["borough", "city", "county", "town", "municipality", "village", "board", "council", "district"]
    package static let authority = Patterns.make(
        #"\b(?<name>(?i:(?:the\s+)?(?:london\s+)?borough\s+of|city\s+and\s+county\s+of|city\s+of|county\s+of|town\s+of|township\s+of|municipality\s+of|village\s+of|royal\s+borough\s+of)\s+[A-Z][\w'’.-]+(?:\s+(?:and\s+)?[A-Z][\w'’.-]+){0,3}|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+(?i:county|city)\s+(?i:board\s+of\s+(?:public\s+)?(?:health|education|elections))\b|[A-Z][\w'’.-]+(?:\s+(?:(?:of|and|upon|on|in|le)\s+)?[A-Z][\w'’.-]+){0,4}\s+(?i:council|(?:unified\s+|independent\s+|community\s+)?school\s+district|college\s+district)\b)"#,
        caseInsensitive: false)
    /// A date value only when it has its year ("--05-02" has none: better unknown).
    static func fullYear(_ value: String?) -> String? {
        guard let value, value.count >= 4, value.prefix(4).allSatisfy(\.isNumber) else { return nil }
        return value
    }

    /// Whether a line is letter-spaced ("C I T Y O F G A R D E N A").
    static func letterSpaced(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 4 && words.filter { $0.count == 1 }.count * 10 >= words.count * 8
    }

    static let weekdayOnly = Patterns.make(#"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$"#)

    static let bodyDashDate = Patterns.make(#"^(?<body>[A-Za-z][A-Za-z '&’()-]{2,80}?)\s+[-–—]\s+(?<date>(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*)$"#)
    static let venueWords = Patterns.make(
        #"\b(chamber|room|rooms|hall|house|centre|center|offices|building|civic|guildhall|library|street|road|avenue|boulevard|virtual|online|teams|zoom|suite|auditorium)\b"#)
    package static let titleWords = Patterns.make(#"^(agenda|summons|minutes|notice|public\s+reports?\s+pack|supplement|a\s*g\s*e\s*n\s*d\s*a|proc[eè]s[\s-]*verbal|compte[\s-]+rendu|ordre\s+du\s+jour|cofnodion|agenda)\b"#)

    /// `banners` are texts set aside as page furniture on the first page (a running header
    /// that names the authority), searched for the authority's name too.
    public func parse(_ lines: [Line], context: DateContext, banners: [String] = []) -> Meeting? {
        let head = Array(lines.prefix(80))
        guard !head.isEmpty else { return nil }
        let texts = head.map { TextTools.squash($0.text) }
        var meeting = Meeting(page: head[0].page)

        // 1b. A heading "CABINET - THURSDAY, 30 JANUARY 2025": the body and the date.
        for (i, text) in texts.enumerated() where head[i].bold {
            guard TextTools.mayContainIgnoringCase(text, ["day"]), let g = MeetingParser.bodyDashDate.match(in: text), let body = g["body"],
                let rest = g["date"]
            else { continue }
            guard let d = DateFinder.find(in: rest, context: context).first(where: { $0.date.precision == .day }) else { continue }
            if meeting.date == nil { meeting.date = MeetingParser.fullYear(d.date.value) }
            if meeting.body == nil { meeting.body = cleanBody(body) }
            if meeting.startTime == nil, let t = d.date.time { meeting.startTime = t }
            break
        }

        // 1. Labelled fields: the value on the same line or the next. A plain "Date:" at
        // the right of the page dates a covering letter, not the meeting.
        for (i, text) in texts.enumerated() {
            guard let g = MeetingParser.label.match(in: text), let name = g["label"]?.lowercased() else { continue }
            // "Date de convocation : …", "Date of publication: …", "Date/Time: …" of another
            // field: a label of its own, not the meeting's date.
            if MeetingParser.otherDateLabel.matches(text) { continue }
            var value = g["value"] ?? ""
            // A label with no value (an empty form field) takes the next line only when that
            // line is not a heading or a label of its own.
            var fromNextLine = false
            if value.isEmpty, i + 1 < texts.count {
                value = texts[i + 1]
                fromNextLine = true
            }
            guard !value.isEmpty, value.count < 160 else { continue }
            if name.contains("date") || name == "when" || name == "time" {
                if name == "date" && head[i].bbox.x0 > head[i].pageWidth * 0.45 { continue }
                let found = DateFinder.find(in: value, context: context)
                // A filled-in field may print no year ("Date/Time: June 6, 530pm"): the
                // labelled date is still the meeting's, with the year the paper prints.
                if meeting.date == nil, let d = found.first(where: { $0.date.precision == .day }), let value = d.date.value {
                    meeting.date = MeetingParser.fullYear(value)
                        ?? (value.hasPrefix("--") ? DateFinder.paperYear(in: texts, context: context).map { String($0) + value.dropFirst(1) } : nil)
                }
                if meeting.startTime == nil, let t = found.first(where: { $0.date.time != nil }) { meeting.startTime = t.date.time }
                if meeting.page == head[0].page { meeting.page = head[i].page }
            } else if meeting.venue == nil {
                if fromNextLine && (MeetingParser.label.matches(value) || !(MeetingParser.venueWords.matches(value) || value.contains { $0.isNumber })) { continue }
                meeting.venue = cleanVenue(value)
            }
        }

        // 2. "A meeting of X will be held in VENUE on DATE at TIME" / "Minutes of the meeting of X held at ...".
        // The sentence that describes this meeting stands in its heading, before the first
        // numbered entry: "That the minutes of the meeting of Council held on June 3" further
        // down describes an earlier meeting.
        let firstEntry = head.indices.first { i in
            OutlineLabel(texts[i], firstSegment: head[i].segments.first.map { TextTools.squash($0.text) }) != nil
        } ?? head.count
        let paragraphs = joinedParagraphs(Array(head.prefix(firstEntry)), Array(texts.prefix(firstEntry)))
        for paragraph in paragraphs {
            var sentence: (body: String, after: String)? = nil
            // Each sentence pattern runs only on a paragraph holding a word it needs.
            if TextTools.mayContainIgnoringCase(paragraph.text, ["held"]), let g = MeetingParser.heldSentence.match(in: paragraph.text), let body = g["body"] {
                sentence = (body, g["after"] ?? "")
            } else if TextTools.mayContainIgnoringCase(paragraph.text, ["attend"]), let g = MeetingParser.summonsSentence.match(in: paragraph.text),
                var body = g["body"]
            {
                // "Members of the X Committee are summoned to attend a meeting of the
                // Committee": the members' body, where the meeting's is named by its noun alone.
                if let members = g["members"], MeetingParser.bareBodyNoun.matches(body) { body = members }
                sentence = (body, g["after"] ?? "")
            }
            guard let (body, after) = sentence else { continue }
            if meeting.body == nil { meeting.body = cleanBody(body) }
            let found = DateFinder.find(in: after, context: context)
            if meeting.date == nil, let d = found.first(where: { $0.date.precision == .day }) { meeting.date = MeetingParser.fullYear(d.date.value) }
            if meeting.startTime == nil, let t = found.first(where: { $0.date.time != nil }) { meeting.startTime = t.date.time }
            if meeting.venue == nil { meeting.venue = venue(inHeldClause: after) }
            meeting.page = paragraph.page
            break
        }

        // 2b. French minutes: "… s'est réuni en séance publique à la mairie, salle du Conseil,
        // sous la présidence de …": the venue is where the council met.
        if meeting.venue == nil {
            for paragraph in paragraphs.prefix(6) {
                if TextTools.mayContainIgnoringCase(paragraph.text, ["uni"]), TextTools.mayContainIgnoringCase(paragraph.text, ["est"]),
                    let g = MeetingParser.frenchMet.match(in: paragraph.text), let v = g["place"]
                {
                    meeting.venue = cleanVenue(v)
                    break
                }
            }
        }

        // 2c. A French convocation or agenda ("Séance ordinaire du conseil municipal qui se
        // tiendra le lundi 5 février 2024 à 19 h 30, à la salle du conseil, …"): the body it
        // convenes, the date and time, then the place (in the sentence or on the line below).
        for (k, paragraph) in paragraphs.prefix(8).enumerated() {
            guard TextTools.mayContainIgnoringCase(paragraph.text, ["ance"]), TextTools.mayContainIgnoringCase(paragraph.text, ["tiendra", "lieu", "tenue"]),
                let g = MeetingParser.frenchConvened.match(in: paragraph.text), let body = g["body"], let after = g["after"] else { continue }
            // Named mid-sentence in small letters: "conseil municipal" is the "Conseil municipal".
            if meeting.body == nil { meeting.body = cleanBody(body).map { $0.prefix(1).uppercased() + $0.dropFirst() } }
            let found = DateFinder.find(in: after, context: context)
            if meeting.date == nil, let d = found.first(where: { $0.date.precision == .day }) { meeting.date = MeetingParser.fullYear(d.date.value) }
            if meeting.startTime == nil, let t = found.first(where: { $0.date.time != nil }) { meeting.startTime = t.date.time }
            if meeting.venue == nil {
                let rest = found.last.map { String(after[$0.range(in: after).upperBound...]) } ?? ""
                let place = MeetingParser.frenchPlace.match(in: rest) ?? (k + 1 < paragraphs.count ? MeetingParser.frenchPlace.match(in: paragraphs[k + 1].text) : nil)
                if let v = place?["place"] { meeting.venue = cleanVenue(v) }
            }
            meeting.page = paragraph.page
            break
        }

        // 3. Fallbacks from the title block: the date printed largest near the top wins.
        if meeting.date == nil {
            var best: (score: Double, index: Int, found: FoundDate)? = nil
            for (i, text) in texts.prefix(40).enumerated() {
                guard let d = DateFinder.find(in: text, context: context).first(where: { $0.date.precision == .day && MeetingParser.fullYear($0.date.value) != nil })
                else { continue }
                // A date with its weekday or its time is the meeting's; one inside a title is not.
                let score = head[i].fontSize + (head[i].bold ? 2 : 0) - Double(i) * 0.1 - (head[i].page != head[0].page ? 5 : 0)
                    + (d.date.weekday != nil ? 3 : 0) + (d.date.time != nil ? 3 : 0)
                if best == nil || score > best!.score { best = (score, i, d) }
            }
            if let best {
                meeting.date = MeetingParser.fullYear(best.found.date.value)
                if meeting.startTime == nil, let t = best.found.date.time { meeting.startTime = t }
                if meeting.venue == nil { meeting.venue = venue(after: best.index, lines: head) }
                // A time printed on its own line right below the date ("7:00 P.M.").
                if meeting.startTime == nil {
                    for j in best.index..<min(best.index + 3, texts.count) {
                        if let t = DateFinder.find(in: texts[j], context: context).first(where: { $0.date.time != nil }) {
                            meeting.startTime = t.date.time
                            break
                        }
                    }
                }
            }
        }
        // A meeting date printed without its year in the heading ("Séance publique tenue le
        // 20 juin, à 16h00"), where the full date found is further down: the heading's date,
        // with the year the paper prints (marked in a diagnostic by the dates pass).
        if let (i, found) = texts.prefix(10).enumerated().lazy.compactMap({ i, t in
            DateFinder.find(in: t, context: context).first { $0.date.precision == .day && ($0.date.value?.hasPrefix("--") ?? false) }.map { (i, $0) }
        }).first, meeting.date == nil || !texts.prefix(i + 6).contains(where: { t in DateFinder.find(in: t, context: context).contains { MeetingParser.fullYear($0.date.value) == meeting.date } }),
            let year = DateFinder.paperYear(in: texts, context: context), let value = found.date.value
        {
            meeting.date = String(year) + value.dropFirst(1)
            if let t = found.date.time { meeting.startTime = t }
        }
        if meeting.startTime == nil, meeting.date != nil {
            for text in texts.prefix(25) {
                if let t = DateFinder.find(in: text, context: context).first(where: { $0.date.time != nil && $0.date.value == nil }) {
                    meeting.startTime = t.date.time
                    break
                }
            }
        }
        // A body read from a sentence or a heading must name a body ("REGULAR", "MEETING
        // INFORMATION" do not); else the body phrase of the title block, else its largest heading.
        let firstPage = head.filter { $0.page == head[0].page }
        if meeting.body.map({ !MeetingParser.bodyNoun.matches($0) }) ?? true {
            // The largest heading when it is the name of a body ("CABINET", "Education and
            // Children's Services Scrutiny Board (2)").
            let largest = largestHeading(firstPage)
            let shortBody = largest.flatMap { MeetingParser.bodyNoun.matches($0) && $0.split(separator: " ").count <= 10 ? $0 : nil }
            meeting.body = shortBody ?? bodyPhrase(firstPage) ?? meeting.body ?? largest
        }
        // The authority named in the title block, then in a running banner, then elsewhere
        // on the first pages, outside the agenda's entries (an item's "Maple Heights School
        // District" is not the meeting's authority).
        // Lines of agenda entries (a labelled line and the lines indented under it) are the
        // items' text, not the heading's.
        var outside: [String] = []
        var entryX: Double? = nil
        for (line, text) in zip(head, texts) {
            if OutlineLabel(text, firstSegment: line.segments.first.map { TextTools.squash($0.text) }) != nil {
                entryX = line.bbox.x0
                continue
            }
            if let x = entryX, line.bbox.x0 > x + 4 { continue }
            entryX = nil
            outside.append(text)
        }
        let printedAuthority = authority(in: Array(outside.prefix(15))) ?? authority(in: banners) ?? authority(in: Array(outside.dropFirst(15)))
        meeting.authority = printedAuthority.map { MeetingParser.authorityName($0, usCity: context.convention == .monthFirst) }
        // "Lomita City Council" names the authority and its council: the body is the council
        // ("City Council"); "Cuyahoga County Board of Health" names a board that is its own
        // authority: the body is the board ("Board of Health"); any other name of the
        // authority alone names no body.
        if let body = meeting.body, let authority = printedAuthority, TextTools.fold(authority) == TextTools.fold(body) {
            meeting.body = MeetingParser.councilOfPlace.match(in: body)?["body"].map(TextTools.squash)
                ?? body.range(of: "board of ", options: .caseInsensitive).map { TextTools.squash(String(body[$0.lowerBound...])) }
        }
        if meeting.body == nil && meeting.date == nil && meeting.venue == nil { return nil }
        return meeting
    }

    /// Lines of the heading joined by proximity: their text and the page they start on.
    struct TextBlock {
        package var text: String
        package var page: Int
    }

    /// Lines joined into paragraphs where they follow closely at the same left edge.
    private func joinedParagraphs(_ lines: [Line], _ texts: [String]) -> [TextBlock] {
        var out: [TextBlock] = []
        var parts: [String] = []
        var page = lines.first?.page ?? 1
        var previous: Line? = nil
        for (line, text) in zip(lines, texts) {
            if let p = previous, line.page == p.page, line.bbox.y0 - p.bbox.y1 < max(p.bbox.height, 8) * 0.8, abs(line.bbox.x0 - p.bbox.x0) < 40 {
                parts.append(text)
            } else {
                if !parts.isEmpty { out.append(TextBlock(text: TextTools.join(parts), page: page)) }
                parts = [text]
                page = line.page
            }
            previous = line
        }
        if !parts.isEmpty { out.append(TextBlock(text: TextTools.join(parts), page: page)) }
        return out
    }

    /// A venue printed in the lines right below the date, in the same column
    /// ("Thursday, 30th January, 2025, at 10.00 am" / "Council Chamber, Sessions House,").
    private func venue(after index: Int, lines: [Line]) -> String? {
        var parts: [String] = []
        let dateLine = lines[index]
        // At most three lines, each close below the last, in the date's column.
        var cursor = LineCursor(lines, at: index + 1, end: index + 4)
        while let line = cursor.current, let previous = cursor.previous, line.page == previous.page,
            line.gap(below: previous) < max(previous.bbox.height, 8) * 0.8,
            abs(line.bbox.x0 - dateLine.bbox.x0) < 6 || abs(line.bbox.midX - dateLine.bbox.midX) < 25
        {
            cursor.advance()
            var first = TextTools.squash(line.segments.first?.text ?? "")
            // A label of the next column that ran into this one ("Sessions House, Telephone:").
            if let label = MeetingParser.nextColumnLabel.foundationRange(in: first) { first = String(first[..<label.lowerBound]) }
            if first.hasSuffix(":") || first.isEmpty { break }
            // The time of a date line that wrapped ("Thursday, 30th January, 2025, at" / "10.00 am").
            if parts.isEmpty, DateFinder.find(in: first, context: DateContext()).contains(where: { $0.date.time != nil && $0.text.count * 10 >= first.count * 8 }) {
                continue
            }
            if parts.isEmpty && !MeetingParser.venueWords.matches(first) { break }
            // An address goes on only after a line that ends with a comma.
            if let last = parts.last, !last.hasSuffix(",") { break }
            parts.append(first)
        }
        return parts.isEmpty ? nil : cleanVenue(TextTools.join(parts))
    }

    static let nextColumnLabel = Patterns.make(#"\s\S+:(\s|$)"#, caseInsensitive: false)

    /// The venue in "held in the Council Chamber, County Hall, Maidstone on Thursday, ...".
    static let heldClause = Patterns.make(#"^(?:at\s+\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\s+)?(?:in|at)\s+(?:the\s+)?(?<venue>.+?)\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)"#)
    static let leadingTime = Patterns.make(#"^\d{1,2}[.:]\d{2}"#)

    private func venue(inHeldClause clause: String) -> String? {
        let trimmed = TextTools.squash(clause)
        guard let g = MeetingParser.heldClause.match(in: trimmed), let v = g["venue"] else { return nil }
        if MeetingParser.leadingTime.matches(v) { return nil }
        return cleanVenue(v)
    }

    private func cleanVenue(_ s: String) -> String? {
        var v = TextTools.squash(s).trimming(scalarsIn: " ,.;:")
        if v.lowercased().hasPrefix("the ") { v = String(v.dropFirst(4)) }
        return v.isEmpty ? nil : v
    }

    static let meetingWordsAtEnd = Patterns.make(
        #"\s+(?:[-–]\s+)?(?:(?:regular|special|adjourned|annual|extraordinary|ordinary|budget)\s+)?(?:meeting\s+)?(?:agenda|minutes|meeting)$"#)
    static let sittingKindAtStart = Patterns.make(#"^(?:regular|special|adjourned|annual|extraordinary|ordinary|emergency)\s+(?=\S)"#)
    static let frenchSittingAtStart = Patterns.make(
        #"^(?:r[ée]union|s[ée]ance)\s+(?:ordinaire\s+|extraordinaire\s+|publique\s+)?(?:du|de\s+la|de\s+l['’])\s+"#)
    static let frenchDateAtEnd = Patterns.make(#"\s+(?:du|le)\s+\d{1,2}(?:er)?\s+(?-i:\p{L})+\s+\d{4}$"#)

    private func cleanBody(_ s: String) -> String? {
        var b = TextTools.squash(s)
        // "CORPORATE PARENTING PANEL – 10th December 2024": the date is not part of the name.
        for found in DateFinder.find(in: b, context: DateContext()).reversed() where found.date.precision == .day {
            let r = found.range(in: b)
            if b[r.upperBound...].trimmingWhitespace().isEmpty { b = String(b[..<r.lowerBound]) }
        }
        b = b.trimming(scalarsIn: " ,.;:–-")
        // "CITY COUNCIL REGULAR MEETING AGENDA": the body is the part before the meeting words.
        if let r = MeetingParser.meetingWordsAtEnd.foundationRange(in: b) {
            b = String(b[..<r.lowerBound]).trimming(scalarsIn: " ,.;:–-")
        }
        // "REGULAR COUNCIL" → "COUNCIL": the kind of sitting is not part of the body's name.
        if let r = MeetingParser.sittingKindAtStart.foundationRange(in: b),
            b[r.upperBound...].split(separator: " ").count >= 1, MeetingParser.bodyNoun.matches(String(b[r.upperBound...]))
        {
            b = String(b[r.upperBound...])
        }
        // "Réunion du Conseil Municipal du 12 juillet 2023", "Séance du conseil": the body
        // without the words of the sitting and its date.
        if TextTools.mayContainIgnoringCase(b, ["union", "ance"]), let r = MeetingParser.frenchSittingAtStart.foundationRange(in: b) {
            b = String(b[r.upperBound...])
        }
        if MeetingParser.mayEndWithDigits(b), let r = MeetingParser.frenchDateAtEnd.foundationRange(in: b) {
            b = String(b[..<r.lowerBound])
        }
        // A venue or an address is not a body.
        if b.contains(",") && MeetingParser.venueWords.matches(b) { return nil }
        return b.isEmpty || b.count > 120 ? nil : b
    }

    static let councilOfPlace = Patterns.make(#"\b(?<body>(?:city|county|town|borough|district|parish|village|community|municipal)\s+council)$"#)

    /// The nouns that name a deliberative body, in English, French and Welsh.
    static let bodyNoun = Patterns.make(#"\b(?:council|commission|committee|board|panel|authority|cabinet|trustees|commissioners|assembly|conseil|comit[ée]|cyngor|pwyllgor|cabinet)\b"#)

    /// A body's name in a heading (conventions of council papers):
    ///   "Board of Water and Power Commissioners", "Board of Trustees" (board of + its members
    ///   or charge); capitalised words before a body noun ("Pension Board", "Open Government
    ///   Commission", "Lomita City Council"), without the words of the meeting ("Minutes of
    ///   the", "Regular Meeting of the"); French "Conseil Municipal", "Comité de démolition".
    static let boardOf = Patterns.make(#"\b(?<body>board\s+of\s+(?:(?-i:[\p{L}'’&])+\s+){0,4}?(?:trustees|education|health|commissioners|directors|supervisors|governors|aldermen|selectmen|regents|elections|zoning\s+appeals|adjustment))\b"#)
    static let namedBody = Patterns.make(
        #"(?<body>(?:\b(?!(?:THE|OF|A|AN|AND|TO|REGULAR|SPECIAL|ADJOURNED|MEETING|MINUTES|AGENDA|NOTICE|JOINT|SESSION|HELD|BY|FOR|ON|IN|AT)\b)[\p{Lu}][\p{L}'’&.-]*\s+){0,5}(?i:council|commission|committee|board|panel|authority|cabinet)(?:\s+\d{1,3}\b)?)"#,
        caseInsensitive: false)
    static let frenchBody = Patterns.make(#"\b(?<body>conseil\s+(?:municipal|communautaire|d['’]administration|d['’]arrondissement|r[ée]gional|d[ée]partemental)|comit[ée]\s+(?:de\s+|d['’]|du\s+|des\s+)(?-i:[\p{L}'’-])+|commission\s+(?:de\s+|d['’]|du\s+|des\s+)(?-i:[\p{L}'’-])+)"#)

    /// The body phrase of the title block: the first heading line (or two heading lines
    /// read together) of the first page's top that names a body.
    func bodyPhrase(_ lines: [Line]) -> String? {
        // Heading lines: short lines near the top, with the line after them when it goes
        // on in the same type ("BOARD OF WATER AND POWER" / "COMMISSIONERS").
        let top = Array(lines.prefix(20))
        var blocks: [String] = []
        for (i, line) in top.enumerated() {
            let text = TextTools.squash(line.text)
            guard text.split(separator: " ").count <= 12 else { continue }
            if i + 1 < top.count, top[i + 1].page == line.page, top[i + 1].bold == line.bold, abs(top[i + 1].fontSize - line.fontSize) < 0.5,
                top[i + 1].bbox.y0 - line.bbox.y1 < line.bbox.height * 0.8
            {
                blocks.append(text + " " + TextTools.squash(top[i + 1].text))
            }
            blocks.append(text)
        }
        // The first phrase that is not the authority's name ("Coventry City Council" over
        // its "Scrutiny Board"), else the first.
        var found: [String] = []
        for block in blocks {
            // Each pattern is tried (and compiled) only where the words it needs are.
            let patterns: [(words: [StaticString], pattern: () -> NSRegularExpression)] = [
                (["board"], { MeetingParser.boardOf }),
                (["conseil", "comit", "commission"], { MeetingParser.frenchBody }),
                (["council", "commission", "committee", "board", "panel", "authority", "cabinet"], { MeetingParser.namedBody }),
            ]
            for (words, pattern) in patterns {
                guard TextTools.mayContainIgnoringCase(block, words),
                    let g = pattern().match(in: block), let phrase = g["body"] else { continue }
                // One bare noun ("Council", "Board") names no body by itself.
                guard phrase.split(separator: " ").count >= 2 else { continue }
                found.append(TextTools.squash(phrase))
                break
            }
        }
        return found.first { !namesAuthorityOnly($0) } ?? found.first
    }

    /// Whether `text` is an authority's name and names no body: "Kent County Council" does
    /// not name the meeting's body; "Cuyahoga County Board of Health", a board that is its
    /// own authority, does.
    private func namesAuthorityOnly(_ text: String) -> Bool {
        guard let name = authority(in: [text]) else { return false }
        return name.range(of: "board of ", options: .caseInsensitive) == nil
    }

    /// The largest text near the top of the first page that is not "Agenda" or the authority.
    private func largestHeading(_ lines: [Line]) -> String? {
        let bodySize = DocumentSplitter.bodySize(lines)
        let candidates = lines.prefix(25).filter { line in
            // The cheap tests first: most lines are neither bold nor large.
            guard line.bold || line.fontSize >= bodySize + 1.5 else { return false }
            let t = TextTools.squash(line.text)
            guard t.count > 3, !MeetingParser.letterSpaced(t), !MeetingParser.titleWords.matches(t),
                !namesAuthorityOnly(t), let body = cleanBody(t) else { return false }
            return body.filter(\.isLetter).count >= 3 && !MeetingParser.weekdayOnly.matches(body)
                && !DateFinder.find(in: t, context: DateContext()).contains { $0.text.count * 2 > t.count }
        }
        guard let size = candidates.map(\.fontSize).max() else { return nil }
        let biggest = candidates.filter { abs($0.fontSize - size) < 0.6 }
        guard let first = biggest.first else { return nil }
        // Join a heading that wraps onto a second line right below.
        var parts = [TextTools.squash(first.text)]
        for line in biggest.dropFirst() where line.page == first.page && line.bbox.y0 - first.bbox.y1 < size * 1.6 * Double(parts.count) {
            parts.append(TextTools.squash(line.text))
        }
        return cleanBody(TextTools.join(parts))
    }

    /// French and Quebec municipalities: "la commune de Coulon", "Ville de Sainte-Adèle".
    /// The part before "City of X" that names one of the city's own departments or
    /// authorities ("Department of Water and Power of the ", "Housing Authority of the ").
    /// Whether `text` ends as `cityAgency` needs: white space, "the" (in any case: no other
    /// letter folds to these three) and white space. Most texts before an authority's name do not, and the
    /// pattern (a capital closed over case, about 4 M instructions to compile) is left alone.
    static func endsWithThe(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last, last.properties.isWhitespace else { return false }
        let word = Array(scalars.reversed().drop(while: { $0.properties.isWhitespace }).prefix(4))
        return word.count == 4 && word[3].properties.isWhitespace && String(String.UnicodeScalarView(word[..<3].reversed())).lowercased() == "the"
    }

    /// Whether `text` may end as `frenchDateAtEnd` needs: with a digit (or a line's end).
    static func mayEndWithDigits(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last.properties.numericType == .decimal || last.properties.isWhitespace
    }

    static let cityAgency = Patterns.make(#"^\s*(?:the\s+)?(?<agency>(?:[\p{Lu}](?-i:[\w'’&-])*\s+){0,4}(?:department|authority|agency|port)\b(?:\s+(?:of|and|for)\s+(?:[\p{Lu}](?-i:[\w'’&-])*\s+){1,4})?\s*of\s+the\s+)$"#)
    static let frenchAuthority = Patterns.make(
        #"\b(?<name>(?i:commune|ville|municipalit[ée])\s+(?i:de|d['’])\s*[\p{Lu}][\p{L}'’]*(?:[\s-]+(?:(?i:sur|sous|en|de|du|la|le|les|lès|aux)[\s-]+)?[\p{Lu}][\p{L}'’]*)*)"#,
        caseInsensitive: false)
    /// A French municipality's name joins its words with hyphens ("Preuilly-sur-Claise",
    /// "Saint-Eloi-des-Bouleaux": the rule of French place names), except after a leading
    /// article ("La Rochelle", "Le Mans"); a paper may print it with spaces in capitals
    /// ("COMMUNE DE PREUILLY SUR CLAISE"). "Commune de X" keeps its own words as they are.
    static func frenchPlaceName(_ name: String) -> String {
        guard let de = name.range(of: #"^\S+\s+(?:de|d['’])\s*"#, options: [.regularExpression, .caseInsensitive]) else { return name }
        let words = name[de.upperBound...].split(separator: " ").map(String.init)
        guard words.count >= 2 else { return name }
        let articles: Set<String> = ["le", "la", "les"]
        var place = words[0]
        for (i, word) in words.enumerated().dropFirst() {
            place += (i == 1 && articles.contains(words[0].lowercased())) ? " " + word : "-" + word
        }
        return String(name[..<de.upperBound]) + place
    }
    static let cityCouncil = Patterns.make(#"^(?<place>.+?)\s+(?<kind>city|town|village)\s+council$"#)

    /// An authority's name as a name: names in capitals in title case ("CITY OF ALAMEDA" →
    /// "City of Alameda"); on a US paper (month-first dates) "LA HABRA HEIGHTS CITY COUNCIL"
    /// is the City of La Habra Heights (a US city's council is named after the city), while a
    /// UK "Coventry City Council" is the authority's own name.
    static func authorityName(_ name: String, usCity: Bool = false) -> String {
        var n = name
        if n == n.uppercased() {
            let small: Set<String> = ["of", "and", "the", "de", "du", "la", "le", "les", "des", "sur", "sous", "en", "lès", "upon", "on", "in"]
            // Word by word, and part by part of a hyphenated name ("VILLERS-SOUS-BRÈVES" →
            // "Villers-sous-Brèves").
            n = n.lowercased().split(separator: " ").enumerated().map { i, w in
                w.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { j, part in
                    (i > 0 || j > 0) && small.contains(String(part)) ? String(part) : part.prefix(1).uppercased() + part.dropFirst()
                }.joined(separator: "-")
            }.joined(separator: " ")
        }
        if usCity, let g = cityCouncil.match(in: n), let place = g["place"], let kind = g["kind"] { n = "\(kind.prefix(1).uppercased() + kind.dropFirst().lowercased()) of \(place)" }
        return n.prefix(1).uppercased() + n.dropFirst()
    }

    /// The authority's name: "Coventry City Council", "Kent County Council", "City of Gardena";
    /// a special-purpose board named for its county or city ("Cuyahoga County Board of
    /// Health", "… County Board of Education / of Elections") is a public body of its own,
    /// not a committee of the county, so its name is the authority.
    package func authority(in texts: [String]) -> String? {
        for text in texts {
            if TextTools.mayContainIgnoringCase(text, ["commune", "ville", "municipalit"]),
                let g = MeetingParser.frenchAuthority.match(in: text), let name = g["name"] { return MeetingParser.frenchPlaceName(TextTools.squash(name)) }
            guard TextTools.mayContainIgnoringCase(text, MeetingParser.authorityWords), let g = MeetingParser.authority.match(in: text),
                var name = g["name"], let range = g.range("name") else { continue }
            // A city's own department or authority names itself after the city ("DEPARTMENT
            // OF WATER AND POWER OF THE CITY OF LOS ANGELES"): the whole name is the authority.
            if MeetingParser.endsWithThe(text[..<range.lowerBound]), let agency = MeetingParser.cityAgency.match(in: String(text[..<range.lowerBound]))?["agency"] {
                name = agency + name
            }
            name = TextTools.squash(name)
            let lower = name.lowercased()
            if lower.hasPrefix("the ") { name = String(name.dropFirst(4)) }
            // "the County Council" names a body, not an authority; a name needs a proper noun first.
            let firstWord = name.split(separator: " ").first.map { $0.capitalized } ?? ""
            if ["County", "City", "Borough", "District", "Town", "Parish", "Full", "Cabinet", "All"].contains(firstWord) && !lower.contains(" of ") { continue }
            // "REGULAR COUNCIL" names a sitting of a council, not an authority.
            if ["Regular", "Special", "Adjourned", "Annual", "Extraordinary", "Ordinary", "Joint", "Budget", "Emergency"].contains(firstWord) { continue }
            // One word ("Council") names no authority.
            guard name.split(separator: " ").count >= 2 else { continue }
            return name
        }
        return nil
    }
}
