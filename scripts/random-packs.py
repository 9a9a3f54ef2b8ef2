#!/usr/bin/env python3
"""Writes N valid PDFs of random agenda text, for a stress run of the pipeline.

    python3 scripts/random-packs.py DIR [--count 10000] [--seed 1]
    agendapack batch DIR --out OUT --quiet
    python3 scripts/random-packs.py --report OUT     # counts of the manifest's outcomes

Each PDF is well formed (a hand-written writer: standard fonts, one content stream per
page, a correct xref) and holds what council papers print, drawn at random and often
at the edges: front sheets with dates and times (29 February of any year, years 1 to
9999, two-digit years, "00-1-03"), numbered agenda items with printed page ranges (0,
reversed, past the end), page stamps that repeat or skip, recommendations, RESOLVED
clauses with votes, tables in columns, tiny and huge page sizes, rotated pages. A run
is good when no file ends in an internal error (exit 70): every valid PDF gives a pack.
The same seed writes the same files.
"""
import argparse
import json
import os
import random
import sys
from collections import Counter

WORDS = ("council cabinet committee highways budget report minutes appendix library housing planning "
         "application scrutiny strategy contract safeguarding waste transport leisure review members "
         "officer director delegated decision approve note consider agree recommend").split()
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
FONTS = ["Helvetica", "Helvetica-Bold", "Times-Roman", "Courier"]


def words(r, lo=2, hi=9):
    return " ".join(r.choice(WORDS) for _ in range(r.randint(lo, hi))).capitalize()


def a_date(r):
    year = r.choice([r.randint(1, 9999), r.randint(1990, 2030), r.randint(0, 99)])
    day = r.choice([29, 30, 31, r.randint(0, 32)])
    month = r.randint(0, 13)
    forms = [
        f"{r.choice(DAYS)}, {day} {r.choice(MONTHS)} {year}",
        f"{r.choice(MONTHS)} {day}, {year}",
        f"{day}/{month}/{year}",
        f"{year:04d}-{month:02d}-{day:02d}",
        f"{day:02d}-{r.choice([-1, 0, 1])}-{year % 100:02d}",
        f"{day}th {r.choice(MONTHS)}",
        f"{r.choice(MONTHS)} {year}",
        f"{year}/{(year + 1) % 100:02d}",
        f"Q{r.randint(0, 5)} {year}/{(year + 1) % 100:02d}",
        f"{r.randint(0, 25)}.{r.randint(0, 70):02d} {r.choice(['am', 'pm', 'hrs'])} on {day} {r.choice(MONTHS)} {year}",
    ]
    return r.choice(forms)


def a_line(r, n_pages):
    kind = r.random()
    if kind < 0.2:
        a, b = r.randint(-2, n_pages + 5), r.randint(-2, n_pages + 5)
        return f"{r.randint(0, 30)}{r.choice(['', 'a', '.', '.1'])} {words(r)} (Pages {a} - {b})"
    if kind < 0.35:
        return f"Date: {a_date(r)}"
    if kind < 0.45:
        return f"RESOLVED that {words(r)} ({r.choice('abcd')}) {words(r)}. For {r.randint(0, 99)}, Against {r.randint(0, 99)}, Abstentions {r.randint(0, 9)}"
    if kind < 0.55:
        return f"{r.randint(1, 9)}.{r.randint(1, 9)} Recommendation: {words(r, 4, 20)}"
    if kind < 0.62:
        return f"Moved by Councillor {r.choice(WORDS).title()}, Seconded by Councillor {r.choice(WORDS).title()}. Carried {r.randint(0, 12)}-{r.randint(0, 12)}"
    if kind < 0.7:
        return f"Page {r.randint(-1, n_pages + 3)}"
    if kind < 0.78:
        return "     ".join(str(r.randint(0, 10 ** r.randint(1, 6))) for _ in range(r.randint(2, 6)))
    if kind < 0.84:
        return f"Agenda Item {r.randint(0, 40)}"
    return words(r, 1, 14)


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(r):
    n_pages = r.randint(1, 6)
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font_ids = [add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>") for name in FONTS]
    fonts = " ".join(f"/F{i} {fid} 0 R" for i, fid in enumerate(font_ids))
    pages_id = len(objects) + 2 * n_pages + 2  # after each page and its content, and the catalog
    page_ids = []
    for p in range(n_pages):
        width, height = r.choice([(595, 842), (612, 792), (842, 595), (r.uniform(1, 3000), r.uniform(1, 3000))])
        y = height - 40
        content = []
        if p == 0:
            content.append(f"BT /F1 16 Tf 60 {y:.2f} Td ({escape(r.choice(['Cabinet', 'Planning Committee', 'County Council', 'AGENDA']))}) Tj ET")
            y -= 30
        for _ in range(r.randint(0, 40)):
            font, size = r.randrange(len(FONTS)), r.choice([8, 9, 10, 11, 12, 14])
            x = r.choice([60, 72, 90, 100, r.uniform(0, width)])
            content.append(f"BT /F{font} {size} Tf {x:.2f} {y:.2f} Td ({escape(a_line(r, n_pages))}) Tj ET")
            y -= r.choice([12, 14, 15, 20, 30])
            if y < 20:
                break
        if r.random() < 0.2:
            content.append(f"0.5 w 60 {y:.2f} m {width - 60:.2f} {y:.2f} l S")
        stream = "\n".join(content) + "\n"
        content_id = add(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream")
        rotate = f" /Rotate {r.choice([90, 180, 270])}" if r.random() < 0.05 else ""
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {width:.2f} {height:.2f}]{rotate} "
                            f"/Resources << /Font << {fonts} >> >> /Contents {content_id} 0 R >>"))
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    assert add(f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] /Count {n_pages} >>") == pages_id
    out = bytearray(b"%PDF-1." + str(r.randint(3, 7)).encode() + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def report(out):
    outcomes = Counter()
    internal = []
    with open(os.path.join(out, "manifest.jsonl"), encoding="utf-8") as f:
        latest = {}
        for line in f:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            latest[(entry.get("root"), entry["file"])] = entry
    for entry in latest.values():
        reason = entry.get("reason") or ""
        outcomes[entry["outcome"]] += 1
        if "internal error" in reason or "crashed" in reason:
            internal.append(f"{entry['file']}: {reason}")
    print(f"{sum(outcomes.values())} files: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    print(f"internal errors (exit 70) or crashes: {len(internal)}")
    for line in internal[:20]:
        print("  " + line)
    return 1 if internal else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--report", action="store_true", help="DIR is a batch output folder: count its outcomes")
    args = parser.parse_args()
    if args.report:
        sys.exit(report(args.dir))
    os.makedirs(args.dir, exist_ok=True)
    for index in range(args.count):
        r = random.Random(f"{args.seed}-{index}")
        with open(os.path.join(args.dir, f"random-{index:05d}.pdf"), "wb") as f:
            f.write(pdf(r))


if __name__ == "__main__":
    main()
