#!/usr/bin/env python3
"""Compare AgendaPack's tables with pdfplumber's on the same pages.

Usage: scripts/compare-tables.py [SAMPLES_DIR] [--bin PATH] [--max-pages N] [--diffs N]
       scripts/compare-tables.py --truth [TRUTH_DIR] [--bin PATH] [--tools agendapack,pdfplumber,lattice,stream,network,hybrid]

With --truth (default ../shared/truth beside the repository), every labelled file with
tables is scored per tool the way ../shared/tools/score.py scores AgendaPack ("cells right
of all labelled": empty rows and columns dropped, truth rows aligned to output rows, a
cell right when its text equals the output cell in the same column), each tool reading
only the pages the labels cover (each labelled table compared with the tool's best table
on its page): AgendaPack (`extract`), pdfplumber, and camelot's
lattice, stream, network and hybrid flavours (camelot-py; a tool that is not installed
or fails on a file shows "-"). The scoring functions are imported from score.py at run
time. Nothing here is needed by `make test`.

For every PDF in SAMPLES_DIR (default: ../shared/samples/tables beside the repository)
runs `agendapack tables FILE --json --pages 1-N` and pdfplumber's `extract_tables()` on
pages 1..N, and prints side by side: tables found per page, rows x cols, and the cells
that differ between the two at the same row and column (whitespace collapsed; a table
AgendaPack joined over pages is compared with pdfplumber's pieces on those pages, put
end to end without a repeated header). pdfplumber is installed from PyPI if missing.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure_pdfplumber():
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        print("installing pdfplumber from PyPI ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pdfplumber"], check=True)
    import pdfplumber
    return pdfplumber


def norm(text):
    return " ".join((text or "").split())


def overlap(a, b):
    """Area of the intersection of two [x0, y0, x1, y1] boxes."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0, w) * max(0, h)


def agendapack_tables(binary, path, last_page):
    out = subprocess.run([binary, "tables", path, "--json", "--pages", f"1-{last_page}"], capture_output=True, text=True)
    if out.returncode != 0:
        return None, out.stderr.strip()
    return json.loads(out.stdout), None


def plumber_tables(pdfplumber, path, last_page):
    pages = {}
    with pdfplumber.open(path) as pdf:
        for index, page in enumerate(pdf.pages[:last_page]):
            found = []
            for table in page.find_tables():
                rows = [[norm(c) for c in row] for row in table.extract()]
                found.append({"bbox": list(table.bbox), "rows": rows})
            pages[index + 1] = found
    return pages


def load_scorer(path):
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tool_tables(tool, binary, path, pages):
    """Lists of rows (strings) per table on `pages`, or None when the tool cannot run."""
    if tool == "agendapack":
        out = subprocess.run([binary, "extract", path], capture_output=True, text=True)
        if out.returncode != 0:
            return None
        tables = json.loads(out.stdout).get("tables") or []
        return [(t.get("pages") or [t.get("page")], t.get("rows") or []) for t in tables if set(t.get("pages") or []) & set(pages)]
    if tool == "pdfplumber":
        try:
            import pdfplumber
        except ImportError:
            return None
        found = []
        with pdfplumber.open(path) as pdf:
            for n in pages:
                if 1 <= n <= len(pdf.pages):
                    for table in pdf.pages[n - 1].extract_tables():
                        found.append(([n], [[norm(c) for c in row] for row in table]))
        return found
    try:
        import camelot
    except ImportError:
        return None
    try:
        tables = camelot.read_pdf(path, pages=",".join(str(n) for n in pages), flavor=tool)
    except Exception:
        return None
    return [([int(t.page)], [[norm(c) for c in row] for row in t.df.values.tolist()]) for t in tables]


def truth_mode(args):
    scorer = load_scorer(os.path.join(os.path.dirname(args.truth_dir), "tools", "score.py"))
    samples = os.path.join(os.path.dirname(args.truth_dir), "samples")
    pdfs = {}
    for folder, _, files in os.walk(samples):
        for name in files:
            if name.lower().endswith(".pdf"):
                pdfs[name[:-4]] = os.path.join(folder, name)
    tools = args.tools.split(",")
    print(f"{'file':<55}" + "".join(f"{t:>12}" for t in tools))
    sums = {t: [0, 0] for t in tools}
    for name in sorted(os.listdir(args.truth_dir)):
        if not name.endswith(".json") or name[:-5] not in pdfs:
            continue
        with open(os.path.join(args.truth_dir, name)) as handle:
            truth = json.load(handle)
        labelled = [t for t in truth.get("tables") or [] if not t.get("optional") and t.get("rows")]
        if not labelled:
            continue
        pages = sorted({int(p) for t in labelled for p in (t.get("pages") or [t["page"]])} | set(truth.get("tables_pages") or []))
        line = f"{name[:-5][:54]:<55}"
        for tool in tools:
            found = tool_tables(tool, args.bin, pdfs[name[:-5]], pages)
            if found is None:
                line += f"{'-':>12}"
                continue
            grids = [(p, scorer.clean_grid(rows)) for p, rows in found]
            right = total = 0
            for t in labelled:
                want = scorer.clean_grid(t["rows"])
                total += sum(len(r) for r in want)
                # The best table on the labelled page (a tool may split or join differently).
                right += max((scorer.align_cells(want, g) for p, g in grids if int(t["page"]) in p), default=0)
            sums[tool][0] += right
            sums[tool][1] += total
            line += f"{right / total if total else 0:>12.3f}"
        print(line)
    print(f"{'all labelled cells':<55}" + "".join(f"{(s[0] / s[1] if s[1] else 0):>12.3f}" for s in sums.values()))
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("samples", nargs="?", default=os.path.join(os.path.dirname(ROOT), "shared", "samples", "tables"))
    parser.add_argument("--truth", dest="truth_dir", nargs="?", const=os.path.join(os.path.dirname(ROOT), "shared", "truth"),
                        help="score every tool against the labels in this folder")
    parser.add_argument("--tools", default="agendapack,pdfplumber,lattice,stream,network,hybrid")
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "agendapack"))
    parser.add_argument("--max-pages", type=int, default=20)
    parser.add_argument("--diffs", type=int, default=3, help="differing cells to print per table")
    args = parser.parse_args()
    if args.truth_dir:
        if not os.path.isdir(args.truth_dir):
            print(f"skipped: {args.truth_dir} is absent")
            return 0
        return truth_mode(args)

    if not os.path.isdir(args.samples):
        print(f"skipped: {args.samples} is absent")
        return 0
    if not os.path.exists(args.bin):
        print(f"{args.bin} is missing: run `swift build` first", file=sys.stderr)
        return 2
    pdfplumber = ensure_pdfplumber()

    totals = {"files": 0, "ap": 0, "pp": 0, "ap_pages": 0, "pp_pages": 0, "both_pages": 0,
              "matched": 0, "same_shape": 0, "cells": 0, "same_cells": 0}
    for name in sorted(os.listdir(args.samples)):
        if not name.lower().endswith(".pdf"):
            continue
        path = os.path.join(args.samples, name)
        totals["files"] += 1
        try:
            plumber = plumber_tables(pdfplumber, path, args.max_pages)
        except Exception as error:  # a sample pdfplumber cannot read
            print(f"== {name}: pdfplumber failed: {error}")
            continue
        ours, error = agendapack_tables(args.bin, path, min(args.max_pages, max(plumber) if plumber else 1))
        if ours is None:
            print(f"== {name}: agendapack failed: {error}")
            continue
        print(f"== {name}")
        per_page = {}
        for table in ours:
            for page in table["pages"]:
                per_page.setdefault(page, []).append(table)
        pages = sorted(set(per_page) | {p for p, t in plumber.items() if t})
        for page in pages:
            a = per_page.get(page, [])
            b = plumber.get(page, [])
            shapes_a = ", ".join(f"{t['n_rows']}x{t['n_cols']}{'' if t['pages'][0] == page else ' (cont.)'}" for t in a) or "-"
            shapes_b = ", ".join(f"{len(t['rows'])}x{max((len(r) for r in t['rows']), default=0)}" for t in b) or "-"
            print(f"  p{page:<3} agendapack {len(a)} [{shapes_a}]   pdfplumber {len(b)} [{shapes_b}]")
            totals["ap_pages"] += bool(a)
            totals["pp_pages"] += bool(b)
            totals["both_pages"] += bool(a) and bool(b)
        totals["ap"] += len(ours)
        totals["pp"] += sum(len(t) for t in plumber.values())

        for table in ours:
            first = table["pages"][0]
            candidates = plumber.get(first, [])
            if not candidates or not table.get("bbox"):
                continue
            best = max(candidates, key=lambda t: overlap(t["bbox"], table["bbox"]))
            if overlap(best["bbox"], table["bbox"]) <= 0:
                continue
            totals["matched"] += 1
            rows_b = list(best["rows"])
            # A table AgendaPack joined over pages: add pdfplumber's largest table on each
            # later page, without a first row that repeats the header.
            for page in table["pages"][1:]:
                later = plumber.get(page, [])
                if not later:
                    continue
                piece = max(later, key=lambda t: len(t["rows"]))["rows"]
                if piece and rows_b and piece[0] == rows_b[0]:
                    piece = piece[1:]
                rows_b += piece
            cols_b = max((len(r) for r in rows_b), default=0)
            if len(rows_b) == table["n_rows"] and cols_b == table["n_cols"]:
                totals["same_shape"] += 1
            differing = []
            compared = same = 0
            for r, row in enumerate(table["rows"][: len(rows_b)]):
                for c, text in enumerate(row):
                    other = rows_b[r][c] if c < len(rows_b[r]) else None
                    compared += 1
                    if other is not None and norm(text) == other:
                        same += 1
                    else:
                        differing.append((r, c, norm(text), other))
            totals["cells"] += compared
            totals["same_cells"] += same
            print(f"  {table['id']} p{first}: agendapack {table['n_rows']}x{table['n_cols']} vs pdfplumber "
                  f"{len(rows_b)}x{cols_b}; cells equal {same}/{compared}")
            for r, c, x, y in differing[: args.diffs]:
                print(f"      r{r} c{c}: agendapack {x[:40]!r} | pdfplumber {None if y is None else y[:40]!r}")

    print()
    print(f"files {totals['files']}; tables: agendapack {totals['ap']}, pdfplumber {totals['pp']}; "
          f"pages with tables: agendapack {totals['ap_pages']}, pdfplumber {totals['pp_pages']}, both {totals['both_pages']}")
    share = totals["same_cells"] / totals["cells"] if totals["cells"] else 0
    print(f"matched tables {totals['matched']}, same rows x cols {totals['same_shape']}; "
          f"cells equal at the same row and column {totals['same_cells']}/{totals['cells']} = {share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
