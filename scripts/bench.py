#!/usr/bin/env python3
"""make bench: AgendaPack's speed and memory next to pdftotext and pdfplumber, in one run.

Every figure is a ratio measured side by side in the same run, because times on a shared
machine are noisy. For each tool and input set the median of several runs is kept.

Inputs: the corpus (corpus/pdf/*.pdf) and a generated pack of at least 500 pages (the
corpus PDFs concatenated with qpdf, repeated). Tools: `agendapack extract` one file at a
time, `agendapack batch` with 1 job and with all cores, `pdftotext -layout` and
`pdftotext -bbox-layout` (the floor: poppler's own text pass), and pdfplumber extracting
words and tables (installed into .build/bench-venv from PyPI if missing).

Writes BENCHMARKS.md (the latest run) and prints the table.
"""
import datetime
import glob
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "agendapack")
OUT = os.path.join(ROOT, ".build", "bench")
VENV = os.path.join(ROOT, ".build", "bench-venv")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
TIME = "/usr/bin/time"


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def pages_of(path):
    out = sh(["pdfinfo", path]).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def timed(cmds):
    """Runs the commands one after another; returns (seconds, peak RSS in MB of the largest)."""
    start = datetime.datetime.now()
    peak = 0
    for cmd in cmds:
        r = subprocess.run([TIME, "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode not in (0, 1):
            raise SystemExit(f"bench: {' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()[-400:]}")
        rss = r.stderr.strip().splitlines()[-1]
        peak = max(peak, int(rss) if rss.isdigit() else 0)
    return (datetime.datetime.now() - start).total_seconds(), peak / 1024.0


def median_run(cmds_fn):
    results = [timed(cmds_fn()) for _ in range(RUNS)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def ensure_pdfplumber():
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        sh([sys.executable, "-m", "venv", VENV])
    r = subprocess.run([py, "-c", "import pdfplumber"], capture_output=True)
    if r.returncode != 0:
        sh([py, "-m", "pip", "install", "-q", "pdfplumber"])
    version = sh([py, "-c", "import pdfplumber; print(pdfplumber.__version__)"]).stdout.strip()
    return py, version


PLUMBER = r'''
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.extract_tables()
            page.flush_cache()
'''


def main():
    os.makedirs(OUT, exist_ok=True)
    corpus = sorted(glob.glob(os.path.join(ROOT, "corpus", "pdf", "*.pdf")))
    if not corpus:
        raise SystemExit("bench: corpus/pdf is empty")
    if not os.path.exists(BIN):
        raise SystemExit("bench: build first (make release)")

    # A pack of at least 500 pages from the corpus, repeated.
    big = os.path.join(OUT, "big-pack.pdf")
    corpus_pages = sum(pages_of(p) for p in corpus)
    repeats = -(-500 // corpus_pages)
    if not os.path.exists(big) or pages_of(big) < 500:
        sh(["qpdf", "--empty", "--pages"] + corpus * repeats + ["--", big])
    big_pages = pages_of(big)

    py, plumber_version = ensure_pdfplumber()
    plumber_script = os.path.join(OUT, "plumber.py")
    with open(plumber_script, "w") as f:
        f.write(PLUMBER)

    jobs = os.cpu_count() or 2
    batch_in = os.path.join(OUT, "batch-in")
    shutil.rmtree(batch_in, ignore_errors=True)
    os.makedirs(batch_in)
    for p in corpus:
        shutil.copy(p, batch_in)

    def batch(n):
        out = tempfile.mkdtemp(prefix="batch-", dir=OUT)
        return [[BIN, "batch", batch_in, "--out", out, "--jobs", str(n), "--quiet", "--force"]]

    sets = {"corpus": (corpus, corpus_pages), "500-page pack": ([big], big_pages)}
    tools = {
        "pdftotext -layout": lambda files: [["pdftotext", "-layout", f, "/dev/null"] for f in files],
        "pdftotext -bbox-layout": lambda files: [["pdftotext", "-bbox-layout", f, "/dev/null"] for f in files],
        # One process converts the whole set (the command takes many files), single-threaded.
        "agendapack extract": lambda files: [[BIN, "extract"] + files + ["--out", os.path.join(OUT, "extract")]],
        "pdfplumber words+tables": lambda files: [[py, plumber_script] + files],
    }
    rows = []
    results = {}
    for set_name, (files, pages) in sets.items():
        for tool, make in tools.items():
            seconds, rss = median_run(lambda: make(files))
            results[(set_name, tool)] = (seconds, rss, pages)
            rows.append((set_name, tool, pages, seconds, pages / seconds if seconds else 0, rss))
    for n in (1, jobs):
        seconds, rss = median_run(lambda: batch(n))
        results[("corpus", f"batch {n} job(s)")] = (seconds, rss, corpus_pages)
        rows.append(("corpus", f"agendapack batch --jobs {n}", corpus_pages, seconds, corpus_pages / seconds, rss))

    def pps(key):
        s, _, p = results[key]
        return p / s if s else 0

    ratios = [
        ("extract time / pdftotext -bbox-layout time (corpus, single-threaded)",
         results[("corpus", "agendapack extract")][0] / results[("corpus", "pdftotext -bbox-layout")][0], "<= 1.5"),
        (f"batch --jobs {jobs} pages/s / batch --jobs 1 pages/s (corpus)",
         pps(("corpus", f"batch {jobs} job(s)")) / pps(("corpus", "batch 1 job(s)")), ">= 1.7"),
        ("peak memory of extract on the 500-page pack (MB)", results[("500-page pack", "agendapack extract")][1], "< 150"),
        ("extract pages/s / pdfplumber pages/s (corpus)",
         pps(("corpus", "agendapack extract")) / pps(("corpus", "pdfplumber words+tables")), ">= 25"),
        ("500-page pack pages/s / corpus pages/s (extract)",
         pps(("500-page pack", "agendapack extract")) / pps(("corpus", "agendapack extract")), "within 0.8 - 1.2"),
    ]

    def met(value, target):
        if target.startswith("<="):
            return value <= float(target[2:])
        if target.startswith(">="):
            return value >= float(target[2:])
        if target.startswith("<"):
            return value < float(target[1:])
        lo, hi = [float(x) for x in target.split()[1::2]]
        return lo <= value <= hi

    poppler = sh(["pdftotext", "-v"]).stderr.splitlines()[0]
    swift = sh(["swift", "--version"]).stdout.splitlines()[0] if shutil.which("swift") else "?"
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except Exception:
        pass
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    table = ["| input | tool | pages | seconds (median of %d) | pages/s | peak RSS MB |" % RUNS, "|---|---|---:|---:|---:|---:|"]
    for r in rows:
        table.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]:.2f} | {r[4]:.0f} | {r[5]:.0f} |")
    ratio_lines = ["| ratio | value | target | met |", "|---|---:|---|---|"]
    for name, value, target in ratios:
        ratio_lines.append(f"| {name} | {value:.2f} | {target} | {'yes' if met(value, target) else 'NO'} |")

    text = "\n".join(table + [""] + ratio_lines)
    print(text)
    profile = ""
    bench_md = os.path.join(ROOT, "BENCHMARKS.md")
    if os.path.exists(bench_md):
        old = open(bench_md).read()
        marker = "## Profile"
        if marker in old:
            profile = old[old.index(marker):]
    with open(bench_md + ".tmp", "w") as f:
        f.write(f"# Benchmarks\n\nLatest `make bench` run: {now}.\n\n"
                f"- Machine: {platform.node()}, {os.cpu_count()} cores, {cpu}, Linux {platform.release()}\n"
                f"- Versions: AgendaPack (release build of this commit), {swift}, "
                f"{poppler}, pdfplumber {plumber_version}\n"
                f"- Inputs: the corpus ({len(corpus)} PDFs, {corpus_pages} pages) and a {big_pages}-page pack "
                f"(the corpus concatenated {repeats} times)\n\n"
                f"{text}\n\n" + (profile or "## Profile\n\n(see the closing notes)\n"))
    os.replace(bench_md + ".tmp", bench_md)


if __name__ == "__main__":
    main()
