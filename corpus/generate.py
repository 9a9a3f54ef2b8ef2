#!/usr/bin/env python3
"""Typeset the AgendaPack sample corpus and write its expected results.

Each pack is described by corpus/sources/<pack>/pack.py, which defines PACK (see README.md).
Document bodies are HTML carrying a light markup that this script strips before typesetting:

  [[d:VALUE|TEXT]] / [[d:VALUE|TEXT|opt,opt]]   a date mention printed as TEXT
        VALUE is ISO with reduced precision (2016-07-21, 2016-07, 2016) or START/END for a range.
        opts: t=HH:MM (time), amb (ambiguous), p=PRECISION (day/month/year/quarter/
        financial_year/range; default from VALUE: length 10 day, 7 month, 4 year, A/B range)
  <rec k=KIND label=.. lead=.. to=.. status=.. outcome=.. votes="F,A,Ab" by=.. date=.. item=..>TEXT</rec>
        a recommendation/resolution/decision/action/information record; TEXT is printed as is,
        the label is printed by the source outside the tag. motion=KEY / parts=KEY add the
        contract 1.1 `motion` object and `parts` list from PACK["motions"] / PACK["parts"].
  <table data-title="..." border=..>   a data table (its cells go to tables[]);
  <table data-layout="1">              a layout table (not listed in tables[]).

Expected records come from the sources. The only thing read back from the typeset PDF is
where (which physical page) a known string landed: pdftotext page text is searched for the
string the source printed, and the self-check fails the build if a string is missing.
"""
import copy
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import ArrayObject, ByteStringObject, NameObject, NumberObject
from reportlab.pdfgen import canvas as rl_canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
OUT_PDF = os.path.join(HERE, "pdf")
OUT_JSON = os.path.join(HERE, "expected")
EPOCH = int(os.environ.get("SOURCE_DATE_EPOCH", "1468886400"))
PDF_DATE = "D:" + __import__("time").strftime("%Y%m%d%H%M%S", __import__("time").gmtime(EPOCH)) + "Z"

PAPER = {"A4": ("21cm", "29.7cm", 595.28, 841.89), "Letter": ("8.5in", "11in", 612.0, 792.0)}


# ----------------------------------------------------------------------------- markup
DATE_RE = re.compile(r"\[\[d:([^|\]]+)\|([^|\]]+)(?:\|([^\]]*))?\]\]")
REC_OPEN_RE = re.compile(r"<rec\b([^>]*)>", re.S)
ATTR_RE = re.compile(r'([\w-]+)="([^"]*)"')
TOKEN_RE = re.compile(r"\[\[d:[^\]]+\]\]|<rec\b[^>]*>|</rec>", re.S)


NOTDATE_RE = re.compile(r"\[\[x:([^\]]*)\]\]")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
LINT_RE = re.compile(r"\b(?:%s)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d{2}\b" % MONTHS)


# Month names of the other languages a pack may be written in (PACK["lang"]).
LINT_LANG = {
    "fr": re.compile(r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b",
                     re.I),
    "cy": re.compile(r"\b(?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\b"),
}


def lint_dates(raw, where, lang="en"):
    """Every date-like string in a source must be marked as a date ([[d:..]]) or as not one ([[x:..]])."""
    s = DATE_RE.sub(" ", raw)
    s = NOTDATE_RE.sub(" ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    found = list(LINT_RE.finditer(s)) + (list(LINT_LANG[lang].finditer(s)) if lang in LINT_LANG else [])
    bad = sorted(set(m.group(0) + " in '..." + s[max(0, m.start() - 30):m.end() + 20].replace("\n", " ") + "...'"
                     for m in found))
    if bad:
        raise SystemExit("unmarked date-like text in %s:\n  " % where + "\n  ".join(bad[:40]))


def strip_markup(s):
    s = NOTDATE_RE.sub(lambda m: m.group(1), s)
    s = DATE_RE.sub(lambda m: m.group(2), s)
    s = REC_OPEN_RE.sub("", s)
    return s.replace("</rec>", "")


def plain(s):
    """Markup and tags stripped, entities decoded, whitespace collapsed (the text a reader sees)."""
    s = strip_markup(s)
    s = re.sub(r"<a class=\"sdfootnoteanc\".*?</a>", "", s, flags=re.S)
    s = re.sub(r"<br\s*/?>|</p>|</li>|</div>|</h\d>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def parse_date(m):
    value, text, opts = m.group(1), m.group(2), (m.group(3) or "")
    rec = {"text": text, "value": value, "end": None, "time": None, "ambiguous": False}
    prec = None
    for o in [o.strip() for o in opts.split(",") if o.strip()]:
        if o == "amb":
            rec["ambiguous"] = True
        elif o.startswith("t="):
            rec["time"] = o[2:]
        elif o.startswith("p="):
            prec = o[2:]
        else:
            raise ValueError("bad date option %r in %r" % (o, m.group(0)))
    if "/" in value:
        rec["value"], rec["end"] = value.split("/")
        prec = prec or "range"
    if not prec:
        prec = {10: "day", 7: "month", 4: "year"}[len(rec["value"])]
    rec["precision"] = prec
    return rec


def collect_records(raw):
    """Dates and recommendation records of one HTML body, in reading (source) order."""
    dates, recs, stack = [], [], []
    # <thead> rows are printed again on every page a table continues onto: a date in them is
    # printed (so mentioned) once per page; remember which table's header holds it.
    heads = [(m.start(), m.end()) for m in re.finditer(r"<thead\b.*?</thead>", raw, re.S)]
    tables_before = [m.start() for m in re.finditer(r"<table\b", raw)]
    for m in TOKEN_RE.finditer(raw):
        tok = m.group(0)
        if tok.startswith("[[d:"):
            rec = parse_date(DATE_RE.match(tok))
            if any(a <= m.start() < b for a, b in heads):
                rec["_thead_table"] = sum(1 for t in tables_before if t < m.start()) - 1
            dates.append(rec)
        elif tok.startswith("<rec"):
            attrs = dict(ATTR_RE.findall(tok))
            stack.append((attrs, m.end()))
        else:
            attrs, start = stack.pop()
            inner = raw[start:m.start()]
            # The record is the recommendation, not the sentence around it: no closing full stop.
            recs.append({"attrs": attrs, "text": plain(inner).rstrip(" .;,")})
    assert not stack, "unclosed <rec>"
    return dates, recs


class TableParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.rows, self.in_head, self.cell, self.buf = [], False, None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.rows.append({"head": self.in_head, "cells": []})
        elif tag in ("td", "th"):
            self.cell = {"colspan": int(a.get("colspan", 1)), "rowspan": int(a.get("rowspan", 1)),
                         "header": self.in_head or tag == "th"}
            self.buf = []
        elif self.cell is not None:
            self.buf.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        if tag == "thead":
            self.in_head = False
        elif tag in ("td", "th") and self.cell is not None:
            self.cell["text"] = plain("".join(self.buf))
            self.rows[-1]["cells"].append(self.cell)
            self.cell = None
        elif self.cell is not None:
            self.buf.append("</%s>" % tag)

    def handle_data(self, d):
        if self.cell is not None:
            self.buf.append(d)

    def handle_entityref(self, name):
        if self.cell is not None:
            self.buf.append("&%s;" % name)

    def handle_charref(self, name):
        if self.cell is not None:
            self.buf.append("&#%s;" % name)


TABLE_RE = re.compile(r"<table\b([^>]*)>(.*?)</table>", re.S)


def collect_tables(raw):
    tables = []
    for m in TABLE_RE.finditer(raw):
        attrs = dict(ATTR_RE.findall(m.group(1)))
        if attrs.get("data-layout"):
            continue
        p = TableParser()
        p.feed(m.group(0))
        grid, cells = {}, []
        for r, row in enumerate(p.rows):
            c = 0
            for cell in row["cells"]:
                while (r, c) in grid:
                    c += 1
                for dr in range(cell["rowspan"]):
                    for dc in range(cell["colspan"]):
                        grid[(r + dr, c + dc)] = (r, c)
                cells.append({"row": r, "col": c, "row_span": cell["rowspan"], "col_span": cell["colspan"],
                              "text": cell["text"], "header": cell["header"]})
                c += cell["colspan"]
        n_rows = len(p.rows)
        n_cols = max(c for _, c in grid) + 1
        rows = [["" for _ in range(n_cols)] for _ in range(n_rows)]
        for cell in cells:
            rows[cell["row"]][cell["col"]] = cell["text"]
        header_rows = 0
        for row in p.rows:
            if row["cells"] and all(c["header"] for c in row["cells"]):
                header_rows += 1
            else:
                break
        tables.append({
            "title": plain(attrs["data-title"]) if attrs.get("data-title") else None,
            "ruled": attrs.get("border", "0") not in ("0", ""),
            "n_rows": n_rows, "n_cols": n_cols, "header_rows": header_rows, "rows": rows,
            "cells": [c for c in cells if c["text"] or c["row_span"] > 1 or c["col_span"] > 1],
            "_body": [r for r in rows[header_rows:]],
        })
    return tables


# ----------------------------------------------------------------------------- helpers for sources
def FN(n):
    return ('<a class="sdfootnoteanc" name="sdfootnote%danc" href="#sdfootnote%dsym"><sup>%d</sup></a>'
            % (n, n, n))


def FNTEXT(n, text):
    return ('<div id="sdfootnote%d"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote%dsym" '
            'href="#sdfootnote%danc">%d</a> %s</p></div>' % (n, n, n, n, text))


def esc(s):
    return html.escape(s, quote=False)


HELPERS = {"FN": FN, "FNTEXT": FNTEXT, "esc": esc}


# ----------------------------------------------------------------------------- typesetting
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode(errors="replace"))
        raise SystemExit("command failed: %s" % " ".join(cmd))
    return r.stdout


def html_page(doc, body):
    w, h, _, _ = PAPER[doc.get("paper", "A4")]
    if doc.get("landscape"):
        w, h = h, w
    margin = doc.get("margin", "2cm")
    css = ("@page { size: %s %s; margin: %s }\n body { font-family: '%s'; font-size: %s }\n%s"
           % (w, h, margin, doc.get("font", "Liberation Sans"), doc.get("font_size", "11pt"), doc.get("css", "")))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s</body></html>\n' % (esc(plain(doc.get("title") or "")), css, body))


def typeset(doc, body, workdir, tagged=False):
    name = doc["key"]
    src = os.path.join(workdir, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_page(doc, strip_markup(body)))
    flt = 'pdf:writer_pdf_Export'
    if tagged:
        flt += ':{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    profile = "file://" + os.path.join(workdir, "lo-profile")
    run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", flt, "--outdir", workdir, src])
    return os.path.join(workdir, name + ".pdf")


def overlay_page(w, h, draws):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    for kind, text, size in draws:
        c.setFont("Helvetica", size)
        if kind == "bottom":
            c.drawCentredString(w / 2, 22, text)
        elif kind == "top":
            c.drawRightString(w - 56, h - 36, text)
        elif kind == "blank":
            c.drawCentredString(w / 2, h / 2, text)
    c.showPage()
    c.save()
    buf.seek(0)
    return PdfReader(buf).pages[0]


def blank_page(w, h):
    return overlay_page(w, h, [("blank", "This page is intentionally left blank", 12)])


# ----------------------------------------------------------------------------- locating known strings
def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf, n, mode):
    out = []
    for p in range(1, n + 1):
        args = ["pdftotext", "-q", "-f", str(p), "-l", str(p)] + ([mode] if mode else []) + [pdf, "-"]
        out.append(norm(run(args).decode("utf-8", errors="replace")))
    return out


STAMP_TAIL = re.compile(r"\s*Page \d+\s*$")
STAMP_HEAD = re.compile(r"^\s*Agenda Item \S+\s*")


def spans_break(texts, p, s):
    """True when s starts on page p and runs over onto page p + 1 (a date split by a page break)."""
    a = STAMP_TAIL.sub("", texts[p - 1])
    b = STAMP_HEAD.sub("", texts[p]) if p < len(texts) else ""
    tail, head = a[-len(s) - 1:], b[:len(s) + 1]
    joined = tail + " " + head
    i = joined.find(s)
    return 0 <= i < len(tail)


class Locator:
    """Finds, in reading order, the physical page on which a known string was printed."""

    def __init__(self, texts, raw_texts, first, last):
        self.texts, self.raw, self.first, self.last = texts, raw_texts, first, last
        self.pos = (first, 0)

    def _search(self, needle, start_page, start_off):
        for p in range(start_page, self.last + 1):
            off = start_off if p == start_page else 0
            i = self.texts[p - 1].find(needle, off)
            if i >= 0:
                return p, i + len(needle)
        return None

    def find(self, s, what):
        s = norm(s)
        words = s.split(" ")
        for needle in (s, " ".join(words[:8]), " ".join(words[:4]), " ".join(words[:2])):
            if not needle:
                continue
            hit = (self._search(needle, *self.pos) or self._search(needle, self.pos[0], 0)
                   or self._search(needle, self.first, 0))
            if hit:
                self.pos = hit
                return hit[0]
            for p in range(self.pos[0], self.last + 1):
                if needle in self.raw[p - 1]:
                    self.pos = (p, 0)
                    return p
        for p in range(self.pos[0], self.last):
            if spans_break(self.texts, p, s):
                self.pos = (p + 1, 0)
                return p
        raise SystemExit("locate: %s %r not found on pages %d-%d" % (what, s, self.first, self.last))


# ----------------------------------------------------------------------------- pack build
def page_range_text(a, b, style="pages"):
    """A printed range as the front sheet prints it: "(Pages 3 - 6)", or in a "Pages" column of
    an agenda laid out as a table, the bare "3 - 6" (PACK["range_style"] = "column")."""
    if style == "column":
        return "%d" % a if a == b else "%d - %d" % (a, b)
    return "(Page %d)" % a if a == b else "(Pages %d - %d)" % (a, b)


def build_pack(pack_dir):
    ns = dict(HELPERS)
    path = os.path.join(SRC, pack_dir, "pack.py")
    ns["__file__"] = path
    ns["SHARED"] = os.path.join(SRC, "_shared")
    with open(path, encoding="utf-8") as f:
        exec(compile(f.read(), path, "exec"), ns)
    P = ns["PACK"]
    name = P["name"]
    work = tempfile.mkdtemp(prefix="corpus-%s-" % name)
    try:
        return _build(P, ns, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _build(P, ns, work):
    name = P["name"]
    docs = P["documents"]
    tagged = P.get("tagged", False)
    stamp = P.get("stamp")               # None or "page" (ModernGov "Page N" bottom centre)
    number_front = P.get("number_front", True)
    pad = P.get("pad_blank", False)
    front = docs[0] if docs and (docs[0]["kind"] == "front_sheet" or docs[0].get("front")) else None
    items = P.get("items", [])
    # an item's key: its number, or where the number is printed again (numbering that restarts
    # under each section heading) the number and "-2", "-3" in reading order, as the contract's
    # ids read ("item-1", "item-1-2"); a source names parents and documents' items by key
    seen = {}
    for it in items:
        seen[it["number"]] = seen.get(it["number"], 0) + 1
        it["key"] = it["number"] if seen[it["number"]] == 1 else "%s-%d" % (it["number"], seen[it["number"]])

    # pass 1: typeset all documents except the front sheet
    pdfs = {}
    for d in docs:
        if d is front:
            continue
        pdfs[d["key"]] = typeset(d, d["html"], work, tagged)

    def layout(front_pages):
        seq = []  # (doc_key or None for blank, page index in doc)
        for d in docs:
            n = front_pages if d is front else len(PdfReader(pdfs[d["key"]]).pages)
            seq += [(d["key"], i) for i in range(n)]
            if pad and n % 2 == 1 and not d.get("no_pad"):
                seq.append((None, d["key"]))
        labels = []
        counter = 0
        fkey = front["key"] if front else None
        for key, i in seq:
            owner = key if key is not None else i
            if owner == fkey and not number_front:
                labels.append(None)
            else:
                counter += 1
                labels.append(counter if stamp else None)
        return seq, labels

    def item_ranges(seq, labels):
        rng = {}
        for it in items:
            keys = it.get("docs", [])
            if not keys or not stamp or it.get("no_pages"):
                continue
            idx = [k for k, (key, i) in enumerate(seq) if key in keys or (key is None and i in keys)]
            rng[it["key"]] = (labels[idx[0]], labels[idx[-1]], idx[0] + 1, idx[-1] + 1)
        return rng

    front_pages = 1
    if front:
        for _ in range(4):
            seq, labels = layout(front_pages)
            rng = item_ranges(seq, labels)
            ranges = {k: page_range_text(v[0], v[1], P.get("range_style", "pages")) for k, v in rng.items()}
            front["html"] = ns["front_html"](ranges)
            pdfs[front["key"]] = typeset(front, front["html"], work, tagged)
            n = len(PdfReader(pdfs[front["key"]]).pages)
            if n == front_pages:
                break
            front_pages = n
        else:
            raise SystemExit("front sheet page count does not settle")
    seq, labels = layout(front_pages)
    rng = item_ranges(seq, labels)

    # merge
    readers = {k: PdfReader(v) for k, v in pdfs.items()}
    single = len(docs) == 1 and not stamp and not docs[0].get("rotate") and not docs[0].get("agenda_stamp")
    if single:
        writer = PdfWriter(clone_from=readers[docs[0]["key"]])
    else:
        writer = PdfWriter()
        last_size = None
        for n, (key, i) in enumerate(seq):
            if key is None:
                w, h = last_size
                writer.add_page(blank_page(w, h))
            else:
                page = readers[key].pages[i]
                last_size = (float(page.mediabox.width), float(page.mediabox.height))
                writer.add_page(page)
        docmap = {d["key"]: d for d in docs}
        for n, (key, i) in enumerate(seq):
            page = writer.pages[n]
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            draws = []
            if labels[n] is not None:
                draws.append(("bottom", "Page %d" % labels[n], 10))
            if key is not None and i == 0 and docmap[key].get("agenda_stamp"):
                draws.append(("top", "Agenda Item %s" % docmap[key]["agenda_stamp"], 12))
            if draws:
                page.merge_page(overlay_page(w, h, draws))
            if key is not None and (i + 1) in docmap[key].get("rotate", []):
                # a landscape page stored portrait with /Rotate 90, as scanners and some exporters do
                page.add_transformation(Transformation().rotate(90).translate(h, 0))
                page.mediabox.upper_right = (h, w)
                page.cropbox.upper_right = (h, w)
                page[NameObject("/Rotate")] = NumberObject(90)
    first_reader = readers[docs[0]["key"]]
    producer = str(first_reader.metadata.get("/Producer", "")) if first_reader.metadata else ""
    # pin the trailer /ID (a cloned LibreOffice file carries LibreOffice's random one)
    import hashlib
    ident = ByteStringObject(hashlib.md5(("agendapack-corpus/" + name).encode()).digest())
    writer._ID = ArrayObject([ident, ident])
    writer.metadata = None
    writer.add_metadata({"/Title": plain(P.get("title", docs[0]["title"])), "/Producer": producer,
                         "/Creator": "Writer", "/CreationDate": PDF_DATE, "/ModDate": PDF_DATE})
    tmp = os.path.join(work, "merged.pdf")
    with open(tmp, "wb") as f:
        writer.write(f)
    final = os.path.join(OUT_PDF, name + ".pdf")
    run(["qpdf", "--deterministic-id", "--compress-streams=y", "--object-streams=generate", tmp, final])

    # expected
    R = PdfReader(final)
    npages = len(R.pages)
    assert npages == len(seq)
    texts = page_texts(final, npages, None)
    raws = page_texts(final, npages, "-raw")
    doc_id, doc_first, doc_last = {}, {}, {}
    k = 0
    for n, (key, i) in enumerate(seq):
        if key is not None and key not in doc_id:
            k += 1
            doc_id[key] = "doc-%d" % k
            doc_first[key] = n + 1
        if key is not None:
            doc_last[key] = n + 1
    pages = []
    for n, (key, i) in enumerate(seq):
        pg = R.pages[n]
        w, h = float(pg.mediabox.width), float(pg.mediabox.height)
        if int(pg.get("/Rotate", 0)) % 180:
            w, h = h, w
        pages.append({"page": n + 1, "page_label": None if labels[n] is None else str(labels[n]),
                      "width": round(w, 2), "height": round(h, 2), "blank": key is None,
                      "document": doc_id.get(key)})

    def item_id(num):
        return None if num is None else "item-" + num

    checks = []  # (page list, string, what)
    documents, recs, tables, dates = [], [], [], []
    for d in docs:
        key = d["key"]
        first, last = doc_first[key], doc_last[key]
        item = item_id(d.get("item"))
        documents.append({"id": doc_id[key], "kind": d["kind"], "title": plain(d["title"]) if d.get("title") else None,
                          "to": d.get("to"), "from": d.get("from"), "subject": d.get("subject"),
                          "date": d.get("date"), "agenda_item": item, "first_page": first, "last_page": last,
                          "authors": d.get("authors", [])})
        if d.get("title") and not d.get("title_not_printed"):
            checks.append(([first], plain(d["title"]), "title of " + key))
        lint_dates(d["html"], "%s/%s" % (name, key), P.get("lang", "en"))
        ds, rs = collect_records(d["html"])
        loc = Locator(texts, raws, first, last)
        for r in ds:
            p = loc.find(r["text"], "date")
            dates.append(dict(r, page=p, document=doc_id[key]))
            checks.append(([p], r["text"], "date"))
        loc = Locator(texts, raws, first, last)
        for r in rs:
            a = r["attrs"]
            p = loc.find(r["text"], "rec")
            votes = None
            if a.get("votes"):
                f_, ag, ab = [int(x) for x in a["votes"].split(",")]
                votes = {"for": f_, "against": ag, "abstentions": ab}
            recs.append({"kind": a.get("k", "recommendation"), "label": a.get("label"), "text": r["text"],
                         "lead_in": a.get("lead"), "addressee": a.get("to"), "status": a.get("status"),
                         "outcome": a.get("outcome"), "votes": votes, "decided_by": a.get("by"),
                         "date": a.get("date"), "document": doc_id[key],
                         "agenda_item": item_id(a["item"]) if "item" in a else item, "page": p})
            # contract 1.1: a motion object and a record's list entries, named by key in PACK
            # ("motions", "parts"); left out where the source gives none
            if a.get("motion"):
                m = dict({"number": None, "mover": None, "seconder": None, "outcome": None, "votes": None,
                          "amends": None}, **P["motions"][a["motion"]])
                if m["votes"] is not None:
                    m["votes"] = dict({"for": None, "against": None, "abstain": None, "absent": None}, **m["votes"])
                recs[-1]["motion"] = m
            if a.get("parts"):
                recs[-1]["parts"] = [{"label": l, "text": t} for l, t in P["parts"][a["parts"]]]
            checks.append(([p], " ".join(r["text"].split()[:6]), "rec"))
        loc = Locator(texts, raws, first, last)
        data_table_index = {}  # index among all <table>s of the body -> pages of that data table
        all_tables = [m.start() for m in re.finditer(r"<table\b", d["html"])]
        data_tables = [m.start() for m in re.finditer(r"<table\b(?![^>]*data-layout)", d["html"])]
        for t_index, t in enumerate(collect_tables(d["html"])):
            body = [c for row in t["_body"] for c in row if c]
            anchor_first = max([c for c in t["_body"][0] if c], key=len) if t["_body"] else body[0]
            anchor_last = max([c for c in t["_body"][-1] if c], key=len) if t["_body"] else body[-1]
            p0 = loc.find(anchor_first, "table start")
            p1 = loc.find(anchor_last, "table end")
            tp = list(range(p0, p1 + 1))
            t = {k2: v for k2, v in t.items() if not k2.startswith("_")}
            tables.append(dict(t, document=doc_id[key], agenda_item=item, pages=tp))
            if t_index < len(data_tables):
                data_table_index[all_tables.index(data_tables[t_index])] = tp
            for c in t["cells"]:
                if c["text"]:
                    checks.append((tp, c["text"], "table cell"))
        # A date in a repeated header is printed again on each page the table continues onto.
        for r in [r for r in dates if r.get("document") == doc_id[key] and "_thead_table" in r]:
            for p in data_table_index.get(r["_thead_table"], [])[1:]:
                if p != r["page"]:
                    dates.append(dict({k2: v for k2, v in r.items() if k2 != "_thead_table"}, page=p))
                    checks.append(([p], r["text"], "repeated header date"))
    for r in dates:
        r.pop("_thead_table", None)
    # reading order: documents in page order, within a document by page (a footnote's text comes
    # last in the source but is printed at the foot of its anchor's page), then source order
    doc_order = {doc_id[d["key"]]: k for k, d in enumerate(docs)}
    recs.sort(key=lambda r: (doc_order[r["document"]], r["page"]))
    dates.sort(key=lambda r: (doc_order[r["document"]], r["page"]))
    for i, r in enumerate(recs):
        r["id"] = "rec-%d" % (i + 1)
    for i, t in enumerate(tables):
        t["id"] = "tbl-%d" % (i + 1)
    for i, r in enumerate(dates):
        r["id"] = "date-%d" % (i + 1)

    agenda = []
    # items printed in a document other than a front sheet (minutes without an agenda: their
    # numbered minute items are the meeting's items)
    items_doc = next((d for d in docs if d["key"] == P["items_in"]), None) if P.get("items_in") else front
    if items_doc:
        floc = Locator(texts, raws, doc_first[items_doc["key"]], doc_last[items_doc["key"]])
    for it in items:
        num = it["number"]
        p = floc.find(plain(it["title"]), "agenda item") if items_doc else None
        r = rng.get(it["key"])
        agenda.append({"id": item_id(it["key"]), "number": num, "parent": item_id(it.get("parent")),
                       "title": plain(it["title"]), "description": it.get("description"),
                       "printed_pages": {"first": r[0], "last": r[1]} if r else None,
                       "pages": {"first": r[2], "last": r[3]} if r else None,
                       "business": it.get("business", "public"),
                       "documents": [doc_id[k2] for k2 in it.get("docs", [])], "page": p})
        if r and front:
            checks.append(([p, p + 1], page_range_text(r[0], r[1], P.get("range_style", "pages")), "page range"))
    meeting = None
    if P.get("meeting"):
        meeting = dict(P["meeting"])
        meeting.setdefault("page", 1)
    raw_ver = open(final, "rb").read(8).decode("latin-1")
    out = {
        "schema_version": "1.1",
        "source": {"file": name + ".pdf", "page_count": npages, "pdf_version": raw_ver[5:8]},
        "meeting": meeting, "pages": pages, "documents": documents, "agenda_items": agenda,
        "recommendations": recs, "tables": tables, "dates": dates, "diagnostics": [],
    }
    # self-check: every expected string is on the page(s) it is recorded on
    bad = []
    for pgs, s, what in checks:
        s = norm(s)
        if what == "table cell":
            # a cell's lines can interleave with its neighbours' and a row can break over a page:
            # every word of the cell must be printed on the table's pages
            wset = set(re.split(r"[\s\-]+", " ".join(texts[p - 1] + " " + raws[p - 1] for p in pgs)))
            if all(w in wset for w in re.split(r"[\s\-]+", s) if w):
                continue
        if not any(0 < p <= npages and (s in texts[p - 1] or s in raws[p - 1]
                                        or s.replace(" ", "") in texts[p - 1].replace(" ", "")
                                        or spans_break(texts, p, s))
                   for p in pgs):
            bad.append("%s %r not on page(s) %s" % (what, s, pgs))
    if bad:
        raise SystemExit("self-check failed for %s:\n  " % name + "\n  ".join(bad[:30]))
    with open(os.path.join(OUT_JSON, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    size = os.path.getsize(final)
    print("%-48s %3d pages %7d bytes  %d docs %d items %d recs %d tables %d dates"
          % (name, npages, size, len(documents), len(agenda), len(recs), len(tables), len(dates)))
    return npages


def main(argv):
    os.makedirs(OUT_PDF, exist_ok=True)
    os.makedirs(OUT_JSON, exist_ok=True)
    packs = [a.strip("/").split("/")[-1] for a in argv] or sorted(
        d for d in os.listdir(SRC) if os.path.isfile(os.path.join(SRC, d, "pack.py")))
    total = 0
    for p in packs:
        total += build_pack(p)
    print("%d packs, %d pages" % (len(packs), total))


if __name__ == "__main__":
    main(sys.argv[1:])
