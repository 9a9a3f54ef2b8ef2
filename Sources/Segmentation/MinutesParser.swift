import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Reads who attended a meeting and the numbered minute items from minutes.
///
/// Grammar:
///
///     attendance := label ":" names
///     label      := "Present" | "Members" | "Co-opted Members" | "Employees" | "Officers"
///                 | "In Attendance" | "Also Present" | "Apologies" | "Apologies for absence"
///     names      := a list on one line ("Mr R W Gough (Chairman), Mr N Baker and Mr R J Thomas")
///                 | one name per line under the label ("Councillor N Akhtar")
///     item       := number title   (bold; numbers run on consecutively: "84. Apologies",
///                                   "4. Establish a Task and Finish Group ...")
///
/// Built on the Coventry minutes (reference text: "Present: / Members: Councillor M Mutton
/// (Chair) / Councillor N Akhtar ... / Apologies: Councillor E Ruane") and Kent's printed
/// minutes ("PRESENT: Mr R W Gough (Chairman), Mr N Baker, ..." and "84. ┃ Apologies").
public struct MinutesParser: Sendable {
    public init() {}

    package enum Role { case present, coOpted, officers, apologies }

    package static let label = Patterns.make(
        #"^(?<label>present|members(?:\s+present)?|councillors\s+present|co-?\s?opted\s+members?|employees(?:\s*\([^)]*\))?|officers(?:\s+present)?|in\s+attendance(?:\s+virtually)?|also\s+(?:present|in\s+attendance)|apologies(?:\s+for\s+absence)?(?:\s+were\s+received\s+from)?)\s*:\s*(?<names>.*)$"#)
    package static let item = Patterns.make(#"^(?<number>\d{1,3})(?:\.|\s)\s*(?<title>\S.*)$"#)

    public func parse(_ lines: [Line]) -> MinutesDetail {
        var detail = MinutesDetail()
        let texts = lines.map { TextTools.squash($0.text) }

        // Attendance, from the first pages only.
        var cursor = LineCursor(lines, end: 120)
        while let line = cursor.current {
            cursor.advance()
            guard let g = MinutesParser.label.match(in: TextTools.squash(line.text)), let name = g["label"]?.lowercased() else { continue }
            let role: Role
            if name.hasPrefix("apolog") { role = .apologies }
            else if name.hasPrefix("co") { role = .coOpted }
            else if name.hasPrefix("employees") || name.hasPrefix("officers") || name.contains("attendance") || name.hasPrefix("also") { role = .officers }
            else { role = .present }
            var entries: [String] = []
            let first = g["names"] ?? ""
            if !first.isEmpty { entries.append(first) }
            // Lines below that continue the list: plain lines close below, until the next
            // label, a bold heading or a wide gap.
            entries += cursor.take { next, previous in
                guard let previous else { return false }
                return next.page == previous.page && next.gap(below: previous) < max(previous.bbox.height, 10) * 1.6 && !next.bold
                    && !MinutesParser.label.matches(TextTools.squash(next.text))
            }.map { TextTools.squash($0.text) }
            let oneList = entries.count == 1 || entries.dropFirst().allSatisfy { !$0.hasPrefix("Councillor") && !$0.hasPrefix("Cllr") && !$0.hasPrefix("Mr") && !$0.hasPrefix("Mrs") && !$0.hasPrefix("Ms") && !$0.hasPrefix("Dr") }
            let names = oneList && role != .officers ? splitList(TextTools.join(entries)) : entries.flatMap { entry in
                role == .officers ? [entry] : splitList(entry)
            }
            switch role {
            case .present: detail.present += names
            case .coOpted: detail.coOpted += names
            case .officers: detail.officers += names
            case .apologies: detail.apologies += names
            }
        }

        // Numbered minute items: the longest run of consecutive numbers among bold lines.
        var runs: [[(index: Int, value: Int, title: String)]] = []
        for (k, text) in texts.enumerated() {
            guard lines[k].bold || lines[k].segments.first.map({ Int($0.text.trimming(scalarsIn: ". ")) != nil }) == true && lines[k].segments.count >= 2 && lines[k].segments[1].bold,
                let g = MinutesParser.item.match(in: text), let n = g["number"].flatMap({ Int($0) }), let title = g["title"],
                title.first?.isLetter == true || title.first == "'" || title.first == "‘" || title.first == "\""
            else { continue }
            if let r = runs.lastIndex(where: { $0.last!.value + 1 == n }) { runs[r].append((k, n, title)) } else { runs.append([(k, n, title)]) }
        }
        if let best = runs.max(by: { $0.count < $1.count }), best.count >= 2 {
            for entry in best {
                // The title goes on over the bold lines close below it, up to the next number.
                var cursor = LineCursor(lines, at: entry.index + 1)
                let more = cursor.take { next, previous in
                    guard let previous else { return false }
                    return next.bold && next.page == previous.page && next.gap(below: previous) < previous.bbox.height * 0.6
                        && !MinutesParser.item.matches(TextTools.squash(next.text))
                }
                let title = TextTools.join([entry.title] + more.map { TextTools.squash($0.text) })
                detail.items.append(MinutesDetail.Item(number: String(entry.value), title: title, page: lines[entry.index].page, bbox: lines[entry.index].bbox))
            }
        }
        return detail
    }

    /// "Mrs S Hanson, Mrs K Jones and Mr R Potter" into three names.
    func splitList(_ text: String) -> [String] {
        // Commas inside brackets ("(Corporate Director, Growth)") do not separate names.
        var parts: [String] = []
        var depth = 0
        var current = ""
        for ch in text {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth = max(0, depth - 1) }
            if (ch == "," || ch == ";") && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current)
        var names: [String] = []
        for part in parts {
            let pieces = part.components(separatedBy: " and ")
            for piece in pieces {
                let name = TextTools.squash(piece).trimming(scalarsIn: " .;:")
                if name.isEmpty { continue }
                // Honours after a comma ("Mr R C Love, OBE") stay with the name before.
                if name.count <= 4, name == name.uppercased(), let last = names.popLast() {
                    names.append(last + ", " + name)
                    continue
                }
                names.append(name)
            }
        }
        return names
    }
}
