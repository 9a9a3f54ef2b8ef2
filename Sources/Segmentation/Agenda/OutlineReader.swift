import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Reads an agenda's items from the outline its labels make, whatever the numbering style.
///
/// Conventions read (shared by ModernGov, CMIS, Legistar, Granicus, PrimeGov and CivicPlus
/// agendas, board agendas and minutes alike):
///
/// 1. A *chain* is a run of labels of one style (arabic, letters, roman numerals, decimal
///    "5.1", "4A", minute numbers; with the same punctuation and prefix word) whose ordinals
///    follow one another at one left position (within `indentTolerance`). A label that could
///    be a letter or a roman numeral ("I") joins the chain it continues ("I" after "H").
/// 2. A chain *nests* in another when it lies wholly between two consecutive entries of that
///    chain (whatever its indentation: a lettered run under "10." may sit at the margin), or
///    after its last entry, indented and on that entry's page.
/// 3. The items of a level are its best chain (most entries, short title-like entries
///    favoured) and the chains of the same style at the same position that restart beside it
///    (numbering that restarts under each section heading). Chains outside them — a numbered
///    "order of business" or ways of attending printed before the agenda — are not items.
/// 4. A run of entries under a recommendation ("RECOMMENDATION: … A. … B.") is the
///    recommendation's parts, not agenda items.
/// 5. An entry's title is its text and the lines that continue it (close below, indented to
///    the text, same weight, not labelled); a printed page range closes it.
package struct OutlineReader: Sendable {
    package struct Settings: Sendable {
        /// How far the labels of one chain may stand apart horizontally (points).
        var indentTolerance = 12.0
        /// How far below the previous line a title line may start, in line heights.
        var titleGap = 0.75
        /// Minutes: the top level is the record's headings (capitals, bold or a short line),
        /// not its numbered paragraphs, and not minute numbers that cite the agenda
        /// item they record ("84. Apologies (Item 2)": the minutes' own numbering).
        var headingsOnly = false
    }

    package var settings = Settings()

    /// One labelled line, read in one of its label's kinds.
    package struct Entry: Sendable {
        package var line: Int
        package var label: OutlineLabel
        package var kind: OutlineLabel.PartKind
        package var ordinal: Int
        package var x: Double
    }

    /// What chains must share: the kind and depth of the label, its punctuation and prefix,
    /// and the parts before the last ("5" in "5.1").
    package struct Key: Hashable, Sendable {
        package var kind: OutlineLabel.PartKind
        package var depth: Int
        package var frame: OutlineLabel.Frame
        package var prefix: String?
        package var minute: Bool
        package var head: [String]
    }

    struct Chain: Sendable {
        package var key: Key
        package var entries: [Entry]
        package var x: Double { entries[0].x }
        package var first: Int { entries[0].line }
        package var last: Int { entries[entries.count - 1].line }
    }

    /// An item of the outline with its sub-items.
    package struct Node: Sendable {
        package var entry: Entry
        package var children: [Node]
    }

    // MARK: Labels and chains

    /// The labelled lines of `lines`, each with the kinds its label can be read as.
    package func labels(_ lines: [Line], skipping skip: [Bool] = []) -> [(line: Int, label: OutlineLabel)] {
        var out: [(Int, OutlineLabel)] = []
        for (i, line) in lines.enumerated() where i >= skip.count || !skip[i] {
            let text = TextTools.squash(line.text)
            guard let first = text.first, first.isLetter || first.isNumber || first == "(" else { continue }
            guard var label = OutlineLabel(text, firstSegment: line.segments.first.map { TextTools.squash($0.text) }) else { continue }
            // "5.0 CONSENT CALENDAR" is item 5.
            if label.parts.count == 2, label.parts[1].text == "0" || label.parts[1].text == "00", label.parts[0].kinds == [.number] {
                label.parts.removeLast()
            }
            // The text after the label must read as a title: a letter, digit, quote or bracket,
            // or nothing (the title in the next segment).
            // A title starts with a capital ("price increases" is the rest of a sentence).
            if let c = label.rest.first, !(c.isUppercase || c.isNumber || "\"'‘“([«*".contains(c)) { continue }
            if label.rest.isEmpty && line.segments.count < 2 { continue }
            // "1 November 2022" is a date, not item 1 (a dotted "1. November 15 Minutes" is an item).
            if label.frame == .bare, label.parts.count == 1, label.parts[0].kinds == [.number], FrontSheetParser.monthAfterNumber.matches(label.rest) { continue }
            out.append((i, label))
        }
        return out
    }

    /// The chains the labels make, in order of their first entry.
    func chains(_ lines: [Line], labels: [(line: Int, label: OutlineLabel)]) -> [Chain] {
        var chains: [Chain] = []
        for (lineIndex, label) in labels {
            let x = lines[lineIndex].bbox.x0
            let last = label.parts[label.parts.count - 1]
            let readings: [(kind: OutlineLabel.PartKind, ordinal: Int)] = last.kinds.compactMap { kind in last.value(as: kind).map { (kind, $0) } }
            // A label that prints its parent's number ("4-A", "4-B.") is told apart by its
            // parts; its punctuation varies more than a list's.
            func key(_ kind: OutlineLabel.PartKind) -> Key {
                Key(kind: kind, depth: label.parts.count, frame: label.parts.count > 1 ? .bare : label.frame, prefix: label.prefix,
                    minute: label.isMinuteNumber, head: label.parts.dropLast().map { $0.text.uppercased() })
            }
            // Continue the most recently extended chain that this label follows.
            var best: (chain: Int, reading: Int)? = nil
            for (r, reading) in readings.enumerated() {
                let k = key(reading.kind)
                for c in chains.indices where chains[c].key == k && abs(chains[c].x - x) <= settings.indentTolerance {
                    guard chains[c].entries.last!.ordinal + 1 == reading.ordinal else { continue }
                    if best == nil || chains[c].last > chains[best!.chain].last { best = (c, r) }
                }
            }
            // A heading (bold or capitals) that continues a chain typed at another margin
            // ("1 – FINANCES" … "2- RAPPORT DES DECISIONS"), where no chain at its own margin
            // continues, on the chain's page or the next.
            if best == nil, lines[lineIndex].bold || OutlineFormat.isUpper(label.rest) {
                for (r, reading) in readings.enumerated() {
                    let k = key(reading.kind)
                    for c in chains.indices where chains[c].key.kind == k.kind && chains[c].key.depth == k.depth && chains[c].key.head == k.head
                        && chains[c].key.prefix == k.prefix && chains[c].entries.last!.ordinal + 1 == reading.ordinal
                        && lines[chains[c].last].page + 1 >= lines[lineIndex].page
                        && (lines[chains[c].last].bold || OutlineFormat.isUpper(chains[c].entries.last!.label.rest))
                    {
                        if best == nil || chains[c].last > chains[best!.chain].last { best = (c, r) }
                    }
                }
            }
            if let best {
                let reading = readings[best.reading]
                chains[best.chain].entries.append(Entry(line: lineIndex, label: label, kind: reading.kind, ordinal: reading.ordinal, x: x))
                continue
            }
            // Or start a chain: as the reading that opens a list ("I" as roman one), else the
            // plainest reading (a single letter as a letter).
            guard let reading = readings.first(where: { $0.ordinal == 1 }) ?? readings.first else { continue }
            chains.append(Chain(key: key(reading.kind), entries: [Entry(line: lineIndex, label: label, kind: reading.kind, ordinal: reading.ordinal, x: x)]))
        }
        return chains.sorted { $0.first < $1.first }
    }

    // MARK: The outline

    /// The outline of `lines`: the top-level items with their sub-items.
    package func read(_ lines: [Line], skipping skip: [Bool] = []) -> [Node] {
        let all = chains(lines, labels: labels(lines, skipping: skip))
        let usable = all.filter { !underRecommendation($0, lines: lines) }
        return level(usable, lines: lines, after: -1, before: lines.count, parent: nil, depth: 0)
    }

    /// The items of one level between line `after` and line `before`.
    private func level(_ chains: [Chain], lines: [Line], after: Int, before: Int, parent: Entry?, depth: Int) -> [Node] {
        guard depth < 5 else { return [] }
        var candidates = chains.filter { $0.first > after && $0.last < before }
        if let parent {
            // Below an item: indented, or printed between it and its next sibling.
            candidates = candidates.filter { chain in
                chain.entries.allSatisfy { $0.line > parent.line } && (before < lines.count || chain.x > parent.x + 2)
            }
        }
        if settings.headingsOnly && depth > 0 {
            // Below a heading of the minutes: sub-headings that print their parent's number
            // ("4-A") or are set as headings, not numbered paragraphs of the record.
            candidates = candidates.filter { chain in
                chain.key.depth > 1 || chain.entries.filter { headingLike($0, lines: lines) }.count * 5 >= chain.entries.count * 3
            }
        }
        if settings.headingsOnly && depth == 0 {
            candidates = candidates.filter { chain in
                // Sub-item numbers printing their parent's ("4-A") are headings whatever their length.
                let headings = chain.key.depth > 1 ? chain.entries.count : chain.entries.filter { headingLike($0, lines: lines) }.count
                let citing = chain.entries.filter { entry in
                    OutlineReader.citesItem.matches(entry.label.rest)
                        || (entry.line + 1 < lines.count && OutlineReader.citesItem.matches(TextTools.squash(lines[entry.line + 1].text)))
                }.count
                // Minute numbers with a year may start anywhere ("2020-038"); other headings
                // start the record at one.
                let starts = chain.key.minute || chain.entries[0].ordinal == 1
                return starts && headings * 5 >= chain.entries.count * 3 && citing * 2 < chain.entries.count
            }
        }
        guard !candidates.isEmpty else { return [] }
        let tops = candidates.indices.filter { b in !candidates.indices.contains { a in a != b && nests(candidates[b], in: candidates[a], lines: lines) } }
        guard let mainIndex = tops.max(by: { score(candidates[$0], lines: lines) < score(candidates[$1], lines: lines) }) else { return [] }
        let main = candidates[mainIndex]
        if parent == nil && main.entries.count < 2 { return [] }
        if parent != nil && main.entries.count < 2 && main.entries[0].ordinal != 1 { return [] }
        var levelChains = [main]
        for t in tops where t != mainIndex {
            let other = candidates[t]
            let sameStyle = other.key.kind == main.key.kind && other.key.depth == main.key.depth && other.key.frame == main.key.frame
                && other.key.prefix == main.key.prefix && abs(other.x - main.x) <= settings.indentTolerance
            let apart = other.last < main.first || other.first > main.last
            if sameStyle && apart && (other.entries.count >= 2 || other.entries[0].ordinal == 1) && !introducedBySentence(other, lines: lines) {
                levelChains.append(other)
            }
        }
        // Restarted runs must not interleave with one another.
        levelChains.sort { $0.first < $1.first }
        var kept: [Chain] = []
        for chain in levelChains where kept.last.map({ chain.first > $0.last }) ?? true { kept.append(chain) }
        let entries = kept.flatMap(\.entries)
        var nodes: [Node] = []
        for (k, entry) in entries.enumerated() {
            var end = k + 1 < entries.count ? entries[k + 1].line : before
            if k + 1 == entries.count {
                // The last entry's sub-items stand on its own page.
                let page = lines[entry.line].page
                var rest = LineCursor(lines, at: entry.line + 1, end: end)
                _ = rest.take { line, _ in line.page == page }
                end = rest.index
            }
            let children = level(chains, lines: lines, after: entry.line, before: end, parent: entry, depth: depth + 1)
            nodes.append(Node(entry: entry, children: children))
        }
        return nodes
    }

    /// Whether `inner` sits inside `outer`: between two consecutive entries, or after the
    /// last one, indented, on its page.
    private func nests(_ inner: Chain, in outer: Chain, lines: [Line]) -> Bool {
        for (a, b) in zip(outer.entries, outer.entries.dropFirst()) where a.line < inner.first && inner.last < b.line {
            return true
        }
        let lastEntry = outer.entries[outer.entries.count - 1]
        return inner.first > lastEntry.line && inner.x > outer.x + 2 && inner.entries.allSatisfy { lines[$0.line].page == lines[lastEntry.line].page }
    }

    /// How much a chain looks like a run of agenda items: its entries, more for entries with
    /// short, title-like text (capitals, bold, under a dozen words) than for sentences.
    private func score(_ chain: Chain, lines: [Line]) -> Double {
        var s = Double(chain.entries.count)
        for entry in chain.entries {
            let line = lines[entry.line]
            let words = entry.label.rest.split(separator: " ").count
            let upper = entry.label.rest.contains { $0.isLetter } && entry.label.rest == entry.label.rest.uppercased()
            if words <= 12 || upper || line.bold { s += 0.5 }
            if FrontSheetParser.range.matches(entry.label.rest) { s += 0.5 }
        }
        if chain.entries[0].ordinal == 1 { s += 1 }
        return s
    }

    static let citesItem = Patterns.make(#"\(\s*(?:agenda\s+)?items?\s+\d+[a-z]?(?:\s*(?:,|and|&|-)\s*\d+[a-z]?)*\s*\)\s*$"#)

    /// An entry set as a heading: capitals, bold, or a short line (eight words at most, not
    /// broken off at a comma), and not a resolution or a sentence leading into a list.
    private func headingLike(_ entry: Entry, lines: [Line]) -> Bool {
        let rest = entry.label.rest
        if rest.uppercased().hasPrefix("RESOLVED") { return false }
        let upper = rest.contains { $0.isLetter } && rest == rest.uppercased()
        // A sentence that introduces what follows ("Il propose d’appliquer les tarifs suivants :").
        if !upper && rest.hasSuffix(":") && rest.split(separator: " ").count >= 6 { return false }
        return upper || lines[entry.line].bold || (rest.split(separator: " ").count <= 8 && !rest.hasSuffix(","))
    }

    /// A run introduced by a sentence that ends in a colon ("… you can participate via the
    /// following options:") is a list in the text, not a run of items restarting under a
    /// section heading (headings are short or in capitals).
    private func introducedBySentence(_ chain: Chain, lines: [Line]) -> Bool {
        guard chain.first > 0 else { return false }
        let text = TextTools.squash(lines[chain.first - 1].text)
        let words = text.split(separator: " ").count
        return text.hasSuffix(":") && words >= 6 && !OutlineFormat.isUpper(text)
    }

    /// A section heading: a short line in capitals or bold (six words at most, not running on
    /// with a comma or colon) at or left of the items' margin ("CONSENT CALENDAR", "New
    /// Business").
    static func sectionHeading(_ line: Line, text: String, before x: Double) -> Bool {
        guard line.bbox.x0 <= x + 2, OutlineFormat.isUpper(text) || line.bold, let last = text.last, !",:;.".contains(last) else { return false }
        return text.split(separator: " ").count <= 6 && OutlineLabel(text, firstSegment: line.segments.first.map { TextTools.squash($0.text) }) == nil
    }

    static let recommendationCue = Patterns.make(
        #"\brecommend(?:ation|ations|ed|s)?\b|\bresolved\b|\bis\s+asked\s+to\b|\bare\s+asked\s+to\b|\bmoved\b|\bil\s+est\s+propos|\bd[ée]cide\b|\bproposed\s+motion\b"#)

    /// A chain printed straight under a recommendation's lead-in is its list of parts. A
    /// section heading between them ("Recommendation: … $412,500." / "NEW BUSINESS" / "1. …":
    /// numbering that restarts under each heading) opens the section the chain is in.
    private func underRecommendation(_ chain: Chain, lines: [Line]) -> Bool {
        let first = chain.first
        for j in stride(from: first - 1, through: max(0, first - 3), by: -1) {
            let text = TextTools.squash(lines[j].text)
            if OutlineReader.recommendationCue.matches(text) { return true }
            if OutlineReader.sectionHeading(lines[j], text: text, before: chain.x) { return false }
            // Another labelled entry before the cue: the chain belongs to that entry.
            if OutlineLabel(text, firstSegment: lines[j].segments.first.map { TextTools.squash($0.text) }) != nil { return false }
        }
        return false
    }
}
