import Contract
import Dates
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// The printed page labels of a pack ("Page 64" stamps), in physical order, and the rule
/// that turns a printed page number back into a physical page.
///
/// A label can be printed on more than one page (a supplement that restarts its
/// numbering, a reprinted page). The rule for such a label is stated once, here, and
/// does not depend on any hash order: the page nearest to where the usual offset between
/// printed and physical numbers expects it (the earlier page on a tie), among the pages at
/// or after `notBefore` when there are any.
package struct PageLabels: Sendable {
    /// (physical page, printed label), sorted by physical page.
    package let entries: [(page: Int, label: String)]
    /// physical - printed, the most common over the stamped pages (the smaller on a tie).
    package let offset: Int?
    package let pageCount: Int

    package init(_ labels: [(page: Int, label: String)], pageCount: Int) {
        entries = labels.sorted { $0.page < $1.page }
        var counts: [Int: Int] = [:]
        for entry in entries {
            if let n = Int(entry.label) { counts[entry.page - n, default: 0] += 1 }
        }
        offset = counts.sorted { $0.key < $1.key }.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        self.pageCount = pageCount
    }

    package var isEmpty: Bool { entries.isEmpty }

    /// The label printed on a physical page, if any.
    package func label(of page: Int) -> String? { entries.first { $0.page == page }?.label }

    /// The labels printed on more than one page, each with its pages in order.
    package var repeated: [(label: String, pages: [Int])] {
        var pagesByLabel: [String: [Int]] = [:]
        for entry in entries { pagesByLabel[entry.label, default: []].append(entry.page) }
        return pagesByLabel.filter { $0.value.count > 1 }.map { (label: $0.key, pages: $0.value) }.sorted { $0.pages[0] < $1.pages[0] }
    }

    /// The physical page that prints `printed`, through the labels (or their usual offset).
    func physicalPage(_ printed: Int, notBefore: Int? = nil) -> Int? {
        let text = String(printed)
        let all = entries.filter { $0.label == text }.map(\.page)
        let later = notBefore.map { floor in all.filter { $0 >= floor } } ?? all
        let candidates = later.isEmpty ? all : later
        if candidates.count == 1 { return candidates[0] }
        if let first = candidates.first {
            guard let offset else { return first }
            let expected = printed + offset
            return candidates.min { a, b in abs(a - expected) != abs(b - expected) ? abs(a - expected) < abs(b - expected) : a < b } ?? first
        }
        guard let offset else { return nil }
        let page = printed + offset
        return page >= 1 && page <= pageCount ? page : nil
    }
}
