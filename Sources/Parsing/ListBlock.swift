import Foundation
import LayoutModel

/// Paragraphs of a recommendations block, resolution or decision read as lead-ins and items.
///
/// Grammar over paragraphs (each paragraph may open with a `ListLabel`):
///
///     block   = (leadIn item+ | item)*
///     leadIn  = paragraph ending in ":" (or "to", "that", or without a full stop),
///               followed by a labelled paragraph in a different style from its own
///     item    = labelled paragraph in the style of the first item after the lead-in,
///               with any paragraphs in a third style ("(a)" under "1)") folded into it
///
/// An unlabelled paragraph after the items ends the block. Excerpt (Coventry briefing
/// note, 21 July 2016): `2.1 It is recommended that Scrutiny Board 2:` / `1) Note the
/// progress made to date.` / `2) Receive regular updates ...`.
package struct ListBlock {
    package struct Item: Sendable {
        package var label: ListLabel?
        package var text: String
        /// The shared opening without its colon, when the item sits under one.
        package var leadIn: String?
        package var lines: [Line]
        package var range: Range<Int>
    }

    package var items: [Item] = []
    /// Lines of the block actually used, lead-ins included.
    package var range: Range<Int>?

    package init(_ paragraphs: [Paragraph]) {
        var leadIn: String?
        var outerStyle: ListLabel?
        var itemStyle: ListLabel?
        for (position, paragraph) in paragraphs.enumerated() {
            let next = position + 1 < paragraphs.count ? paragraphs[position + 1] : nil
            if let style = itemStyle {
                if let label = paragraph.label, label.sameStyle(as: style) {
                    append(paragraph, leadIn: leadIn)
                    continue
                }
                let backOut = paragraph.label.map { label in
                    (outerStyle.map { label.sameStyle(as: $0) } ?? false) || (label.form == .decimal && style.form != .decimal)
                } ?? true
                if !backOut, let label = paragraph.label, !items.isEmpty {
                    // A sub-list inside an item ("(a)" under "1)") belongs to that item.
                    items[items.count - 1].text += " " + label.printed + " " + paragraph.text
                    items[items.count - 1].lines += paragraph.lines
                    items[items.count - 1].range = items[items.count - 1].range.lowerBound..<paragraph.range.upperBound
                    extend(paragraph.range)
                    continue
                }
                leadIn = nil
                outerStyle = nil
                itemStyle = nil
                if paragraph.label == nil && !ListBlock.isLeadIn(paragraph, before: next) { break }
            }
            if ListBlock.isLeadIn(paragraph, before: next), let nextLabel = next?.label {
                leadIn = ListBlock.leadIn(paragraph.text)
                outerStyle = paragraph.label
                itemStyle = nextLabel
                extend(paragraph.range)
                continue
            }
            if paragraph.label == nil && !items.isEmpty { break }
            append(paragraph, leadIn: nil)
        }
    }

    private mutating func append(_ paragraph: Paragraph, leadIn: String?) {
        items.append(Item(label: paragraph.label, text: paragraph.text, leadIn: leadIn, lines: paragraph.lines, range: paragraph.range))
        extend(paragraph.range)
    }

    private mutating func extend(_ more: Range<Int>) {
        range = range.map { min($0.lowerBound, more.lowerBound)..<max($0.upperBound, more.upperBound) } ?? more
    }

    /// Whether `paragraph` opens a list: the next paragraph is labelled in another style and
    /// this one ends as an unfinished sentence ("... recommended to:", "... agree to").
    static func isLeadIn(_ paragraph: Paragraph, before next: Paragraph?) -> Bool {
        guard let nextLabel = next?.label else { return false }
        if let own = paragraph.label, nextLabel.sameStyle(as: own) { return false }
        return opensList(paragraph.text)
    }

    /// Text that ends as an opening rather than a sentence.
    package static func opensList(_ text: String) -> Bool {
        let text = TextTools.squash(text)
        if text.hasSuffix(":") || text.hasSuffix("–") || text.hasSuffix(" -") { return true }
        return listOpeningWord.matches(text)
    }

    // NSRegularExpression is immutable and documented as thread-safe, so one shared instance is safe.
    private static let listOpeningWord = Patterns.make(#"\b(?:to|that|recommended|asked|following|resolved|RESOLVED|agree|agreed)$"#, caseInsensitive: false)

    /// An item's text without the connective that ties it to the next item: "...; and",
    /// "...;", "...; or", "..., and".
    package static func dropConnective(_ text: String) -> String {
        var text = text
        if let match = connective.range(in: text) {
            text.removeSubrange(match)
        }
        return text
    }

    /// A lead-in without its trailing colon or dash.
    package static func leadIn(_ text: String) -> String {
        var text = TextTools.squash(text)
        while let last = text.last, ":–—-".contains(last) || last.isWhitespace { text.removeLast() }
        return text
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let connective = Patterns.make(#"\s*(?:[;,]\s*(?:and|or)|;)$"#, caseInsensitive: false)
}
