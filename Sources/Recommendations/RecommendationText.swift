import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// The recommendation parsers' phrase tests: who is asked to act (addressees, actors),
/// "It is recommended that …", and what counts as a heading that ends a block. The generic
/// text and line tools (joining, squashing, paragraph breaks, boxes, list lead-ins) are in
/// `Parsing/`.
enum RecommendationText {
    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let recommendedThat = Patterns.make(#"^it\s+is\s+(?:therefore\s+)?recommended\s+that\s+"#)
    private static let actorPatterns = [
        #"^(?:to\s+)?ask\s+(.+?)\s+to\b"#,
        #"^(?:to\s+)?delegate\s+(?:authority\s+)?to\s+(.+?)(?:,?\s+in\s+consultation\b|,?\s+to\b|,?\s+authority\b|;|$)"#,
        #"^(?:to\s+)?recommend\s+that\s+(.+?)\s+(?:adopts?|approves?|agrees?|notes?|endorses?|considers?|takes?)\b"#,
    ].map { Patterns.make($0) }
    private static let askedSubject = Patterns.make(#"^(?:That\s+)?(.+?)\s+(?:is|are)\s+(?:recommended|asked|invited|requested|advised)\b"#)
    private static let recommendsWhom = Patterns.make(#"\brecommend(?:s|ed)?\s+(?:that\s+)?(?:it\s+be\s+recommended\s+to\s+)?(.*)$"#)

    /// Splits "It is recommended that the Board of Education adopt ..." into the opening
    /// ("It is recommended that the Board of Education") and what the body is to do.
    static func splitRecommendedThat(_ text: String) -> (leadIn: String, text: String)? {
        guard let match = recommendedThat.range(in: text),
            let subject = subject(atStartOf: String(text[match.upperBound...]))
        else { return nil }
        let rest = String(text[match.upperBound...].dropFirst(subject.count)).trimmingWhitespace()
        guard let first = rest.first, first.isLowercase || verbs.contains(String(rest.prefix(while: { $0.isLetter }))) else { return nil }
        return (String(text[..<match.upperBound]) + subject, rest)
    }

    /// Who an item itself names to act: "ask the Director of Place to", "DELEGATE to the
    /// Corporate Director ...,", "RECOMMEND that the Cabinet Member ... adopts".
    static func itemActor(in text: String) -> String? {
        for pattern in actorPatterns {
            guard let group = pattern.groups(in: text)?[1] else { continue }
            let name = group.trimmingWhitespace()
            if name.split(separator: " ").count <= 12 { return name }
        }
        return nil
    }

    /// A quick test, before any pattern is tried, for lines that could open a
    /// recommendation: they mention "recommend" in some case.
    static func mentionsRecommend(_ text: String) -> Bool {
        TextTools.containsAny(text, ["ecommend", "ECOMMEND"])
    }

    /// Who a lead-in or recommendation asks to act, when it says so.
    ///
    /// "The Scrutiny Board is recommended to" gives "The Scrutiny Board"; "Cabinet is asked to"
    /// gives "Cabinet"; "It is recommended that Scrutiny Board 2" gives "Scrutiny Board 2";
    /// "Staff recommends the Housing Authority approve" gives "the Housing Authority".
    package static func addressee(in text: String) -> String? {
        let text = TextTools.squash(text)
        if let subject = askedSubject.groups(in: text)?[1] {
            // "It is recommended that X ..." names X further on.
            if subject.lowercased() != "it" { return subject.count <= 80 ? subject : nil }
        }
        if let whom = recommendsWhom.groups(in: text)?[1] {
            return subject(atStartOf: whom)
        }
        return nil
    }

    /// A named body at the start of `text` ("the County Council", "Scrutiny Board 2", "Cabinet"):
    /// capitalised words, with "the", "of", "and", "&" and numbers between them.
    package static func subject(atStartOf text: String) -> String? {
        var words: [Substring] = []
        for word in text.split(separator: " ") {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            let joining = ["the", "of", "and", "&", "for"].contains(bare)
            if verbs.contains(bare) { break }
            if bare.first?.isUppercase == true || (bare.first?.isNumber == true && !words.isEmpty) || (joining && (words.isEmpty ? bare == "the" : true)) {
                words.append(word)
                if word.last.map({ ",:;".contains($0) }) == true { break }
            } else {
                break
            }
        }
        while let last = words.last, ["the", "of", "and", "&", "for"].contains(last) { words.removeLast() }
        let subject = words.joined(separator: " ").trimming(scalarsIn: ",:;")
        let named = words.contains { $0.first?.isUppercase == true }
        return named && !subject.isEmpty ? subject : nil
    }

    /// Verbs that begin the action after a named body, capitalised in some agendas ("the City Council Approve").
    private static let verbs: Set<String> = [
        "Approve", "Adopt", "Deny", "Authorize", "Authorise", "Receive", "Note", "Agree", "Accept", "Direct", "Find", "Determine",
        "Consider", "Endorse", "Award", "Ratify", "Reject", "Introduce", "Waive",
    ]

    /// Headings that close a recommendations block, with or without a number and colon,
    /// starting with a capital letter.
    static func isClosingHeading(_ text: String) -> Bool {
        guard text.count < 120 else { return false }
        let text = TextTools.squash(text)
        guard text.split(separator: " ").count <= 10 else { return false }
        // Headings are capitalised: "consultation" wrapped onto a line of its own ends a
        // sentence ("... on the outcome of the" / "consultation"), it heads nothing.
        guard text.first(where: \.isLetter)?.isUppercase == true else { return false }
        return closingHeading.matches(text)
    }

    // NSRegularExpression is immutable and documented as thread-safe, so one shared instance is safe.
    private static let closingHeading = Patterns.make(#"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:Appendix|Appendices|Background|Report Authors?|Report Author\(s\)|Authors?|Contact|Contact Officer|Contact Details|Relevant Director|Reasons? for|Reason\(s\) for|Introduction|Purpose|Summary|Executive Summary|Financial Implications|Legal Implications|Equalit(?:y|ies)|Information\/Background|Options|Risks?|Implications|Corporate Implications|Other Implications|Consultation|List of Background Papers|Background Papers|Background Documents|Key Decision|Is the decision|Any alternatives|Alternatives considered)\b"#)

    /// A heading line: bold throughout and short, not a sentence of body text.
    static func isBoldHeading(_ line: Line) -> Bool {
        line.bold && line.text.split(separator: " ").count <= 14
    }

    /// "3 Background", "3. ┃ Introduction": a bare section number and a short title.
    static func sectionHeadingNumber(_ line: Line) -> Int? {
        guard line.segments.first?.text.first?.isNumber == true else { return nil }
        let text = TextTools.squash(line.text)
        guard let groups = sectionHeading.groups(in: text), let number = groups[1], let title = groups[2] else { return nil }
        guard title.split(separator: " ").count <= 7, !title.hasSuffix(",") else { return nil }
        // "1. Note the report" is a list item, not a heading, unless it is set in bold or
        // the number stands in its own segment without a dot.
        let ownSegment = line.segments.count >= 2 && line.segments[0].text.trimming(scalarsIn: " .").allSatisfy(\.isNumber)
        // "3 Information/Background" in plain type is a heading; "24 November 2024;" at the
        // start of a wrapped line is not.
        let bareNumber = !text.hasPrefix("\(number).") && !title.contains(where: \.isNumber) && !(title.last.map { ";,.".contains($0) } ?? false)
        guard line.bold || bareNumber || ownSegment else { return nil }
        return Int(number)
    }

    // NSRegularExpression is immutable and documented as thread-safe, so one shared instance is safe.
    private static let sectionHeading = Patterns.make(#"^(\d{1,2})\.?\s+([A-Z][^.]{0,60})$"#, caseInsensitive: false)
}
