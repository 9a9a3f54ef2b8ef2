#!/usr/bin/env python3
"""make bench: AgendaPack's speed and memory next to pdftotext and pdfplumber, in one run.

Every figure is a ratio measured side by side in the same run, because times on a shared
machine are noisy. For each tool and input set the median of several runs is kept.

Inputs: the corpus (corpus/pdf/*.pdf) and a generated pack of at least 500 pages (the
corpus PDFs concatenated with qpdf, repeated). Tools: `agendapack extract` one file at a
time, `agendapack batch` with 1 job and with all cores, `pdftotext -layout` and
`pdftotext -bbox-layout` (the floor: poppler's own text pass), and pdfplumber extracting
words and tables (installed into .build/bench-venv from PyPI if missing).

When ../shared/samples is there (real council papers and table PDFs, never part of the
project), every text PDF of its council and tables folders is timed as well, one process
per file and tool, in interleaved rounds (each round runs every tool on a file before the
next file), beside `pdftotext -bbox-layout`, pdfplumber (words + find_tables) and PyMuPDF
(get_text("dict") + find_tables; the classic 1.x line, pymupdf<1.24, and the 2.x line in
its own venv): per file the median of the rounds, the ratio to pdftotext pair by pair,
the median file, the worst files and the whole set; and packs of about 500 and 2,000
pages made by concatenating those samples with qpdf (time and peak RSS per page). Start-up
(`--version`, `--help`, an `extract` of a one-page file) is measured too.
BENCH_SAMPLE_ROUNDS (default 3) sets the rounds; BENCH_SAMPLES=0 skips the samples;
BENCH_MUPDF2=0 leaves PyMuPDF 2.x out (its find_tables is slow: tens of seconds per file).

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
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "agendapack")
OUT = os.path.join(ROOT, ".build", "bench")
VENV = os.path.join(ROOT, ".build", "bench-venv")
VENV2 = os.path.join(ROOT, ".build", "bench-venv-mupdf2")
SAMPLES = os.path.join(os.path.dirname(ROOT), "shared", "samples")
SAMPLE_ROUNDS = int(os.environ.get("BENCH_SAMPLE_ROUNDS", "3"))
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


def peak_rss(cmd):
    """The peak RSS in MB of `cmd` alone, as GNU time reports it for a process it started.
    The kernel's figure for a process Python starts counts Python's own pages (the child
    shares them until it execs: about 16 MB here), so every tool read at least that."""
    with tempfile.NamedTemporaryFile("r") as out:
        subprocess.run([TIME, "-o", out.name, "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        last = (out.read().strip().splitlines() or [""])[-1]
    return int(last) / 1024.0 if last.isdigit() else 0.0


def run_once(cmd, stdout=subprocess.DEVNULL, rss=True):
    """Runs one process; returns (wall seconds, peak RSS in MB). The time is the process's
    own, started directly; the RSS is taken from a second run under GNU time (see
    `peak_rss`), or 0 with `rss` false."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(cmd)} failed ({proc.returncode})")
    return wall, peak_rss(cmd) if rss else 0.0


def venv_with(path, requirement, probe):
    """A venv at `path` with `requirement` installed from PyPI (once); its python, or None."""
    py = os.path.join(path, "bin", "python")
    try:
        if not os.path.exists(py):
            sh([sys.executable, "-m", "venv", path])
        if subprocess.run([py, "-c", probe], capture_output=True).returncode != 0:
            sh([py, "-m", "pip", "install", "-q", requirement])
        return py
    except subprocess.CalledProcessError as e:
        print(f"bench: could not install {requirement}: {e.stderr.strip()[-300:]}", file=sys.stderr)
        return None


MUPDF = r'''
import sys
try:
    import pymupdf
except ImportError:
    import fitz as pymupdf
for path in sys.argv[1:]:
    doc = pymupdf.open(path)
    for page in doc:
        page.get_text("dict")
        page.find_tables()
    doc.close()
'''

PLUMBER_FIND = r'''
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.find_tables()
            page.flush_cache()
'''


def sample_files():
    """The text PDFs of the council and tables samples, from the manifest: (path, pages)."""
    manifest = os.path.join(SAMPLES, "MANIFEST.tsv")
    if not os.path.exists(manifest) or os.environ.get("BENCH_SAMPLES") == "0":
        return []
    files = []
    with open(manifest) as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in f:
            row = line.rstrip("\n").split("\t")
            if row[col["category"]] in ("council", "tables") and row[col["text_ok"]] == "yes":
                path = os.path.join(SAMPLES, row[col["local_file"]])
                if os.path.exists(path):
                    files.append((path, pages_of(path)))
    return sorted(files)


def startup(rounds=15):
    """Start-up: the median wall time and the peak RSS of tiny invocations."""
    one_page = sorted(glob.glob(os.path.join(ROOT, "corpus", "pdf", "*.pdf")), key=pages_of)[0]
    cases = [
        ("agendapack --version", [BIN, "--version"]),
        ("agendapack --help", [BIN, "--help"]),
        (f"agendapack extract (a {pages_of(one_page)}-page corpus file)", [BIN, "extract", one_page]),
        ("pdftotext -v", ["pdftotext", "-v"]),
        ("pdftotext -bbox-layout (same file)", ["pdftotext", "-bbox-layout", one_page, "/dev/null"]),
    ]
    times = {name: [] for name, _ in cases}
    rss = {name: 0.0 for name, _ in cases}
    for r in range(rounds):
        for name, cmd in cases:
            wall, peak = run_once(cmd, rss=r == 0)
            times[name].append(wall)
            rss[name] = max(rss[name], peak)
    lines = ["| command | ms (median of %d) | peak RSS MB |" % rounds, "|---|---:|---:|"]
    figures = {}
    for name, _ in cases:
        ms = statistics.median(times[name]) * 1000
        figures[name] = (ms, rss[name])
        lines.append(f"| {name} | {ms:.1f} | {rss[name]:.1f} |")
    size = os.path.getsize(BIN) / 1e6
    lines.append("")
    lines.append(f"Executable: {size:.1f} MB ({BIN[len(ROOT) + 1:]}).")
    return lines, figures


def samples_bench(py_plumber, py_mupdf1, py_mupdf2, versions):
    files = sample_files()
    if not files:
        return ["## Real papers", "", "(../shared/samples is not there: skipped)"], {}
    scripts = {}
    for name, text in (("plumber-find.py", PLUMBER_FIND), ("mupdf.py", MUPDF)):
        scripts[name] = os.path.join(OUT, name)
        with open(scripts[name], "w") as f:
            f.write(text)
    out_dir = os.path.join(OUT, "samples-out")
    os.makedirs(out_dir, exist_ok=True)
    tools = [
        ("pdftotext -bbox-layout", lambda f: ["pdftotext", "-bbox-layout", f, "/dev/null"]),
        # --no-ocr: like for like with the text passes beside it, which read no scans.
        ("agendapack extract", lambda f: [BIN, "extract", f, "--out", out_dir, "--no-ocr"]),
    ]
    if py_plumber:
        tools.append(("pdfplumber words+tables", lambda f: [py_plumber, scripts["plumber-find.py"], f]))
    if py_mupdf1:
        tools.append((f"PyMuPDF {versions.get('mupdf1', '1.x')} dict+tables", lambda f: [py_mupdf1, scripts["mupdf.py"], f]))
    if py_mupdf2:
        tools.append((f"PyMuPDF {versions.get('mupdf2', '2.x')} dict+tables", lambda f: [py_mupdf2, scripts["mupdf.py"], f]))
    names = [t[0] for t in tools]
    # times[tool][file] = [seconds per round]; rss[tool][file] = peak MB
    times = {n: {f: [] for f, _ in files} for n in names}
    rss = {n: {f: 0.0 for f, _ in files} for n in names}
    for r in range(SAMPLE_ROUNDS):
        print(f"bench: samples, round {r + 1} of {SAMPLE_ROUNDS}", file=sys.stderr)
        for f, _ in files:
            order = tools if r % 2 == 0 else list(reversed(tools))
            for name, make in order:
                wall, peak = run_once(make(f), rss=r == 0)
                times[name][f].append(wall)
                rss[name][f] = max(rss[name][f], peak)
    base = names[0]

    def ratio(name, f):
        # pair by pair: each round's time over pdftotext's in the same round
        return statistics.median(a / b for a, b in zip(times[name][f], times[base][f]))

    def median_time(name, f):
        return statistics.median(times[name][f])

    total_pages = sum(p for _, p in files)
    summary = ["| tool | median file / pdftotext | worst file / pdftotext | whole set seconds | whole set / pdftotext | peak RSS MB |",
               "|---|---:|---:|---:|---:|---:|"]
    figures = {}
    for name in names:
        per_file = [ratio(name, f) for f, _ in files]
        set_ratios = [sum(times[name][f][r] for f, _ in files) / sum(times[base][f][r] for f, _ in files)
                      for r in range(SAMPLE_ROUNDS)]
        total = sum(median_time(name, f) for f, _ in files)
        peak = max(rss[name].values())
        figures[name] = (statistics.median(per_file), max(per_file), total, statistics.median(set_ratios), peak)
        summary.append(f"| {name} | {statistics.median(per_file):.2f} | {max(per_file):.2f} | {total:.2f} | "
                       f"{statistics.median(set_ratios):.2f} | {peak:.0f} |")
    ours = "agendapack extract"
    lines = [f"## Real papers", "",
             f"Every text PDF of ../shared/samples/council and /tables ({len(files)} files, {total_pages} pages), one "
             f"process per file and tool, {SAMPLE_ROUNDS} interleaved rounds; ratios are taken pair by pair (the "
             f"same file in the same round) and their median kept; \"whole set\" is the sum over the files.", ""]
    lines += summary
    others = [n for n in names if n not in (base, ours)]
    lines += ["", "agendapack extract against the others over the set (their time / ours, median of rounds):", ""]
    for n in others:
        set_ratio = statistics.median(
            sum(times[n][f][r] for f, _ in files) / sum(times[ours][f][r] for f, _ in files) for r in range(SAMPLE_ROUNDS))
        slower_files = [os.path.basename(f) for f, _ in files if statistics.median(
            a / b for a, b in zip(times[n][f], times[ours][f])) < 1]
        figures[f"vs {n}"] = (set_ratio, slower_files)
        lines.append(f"- {n}: {set_ratio:.1f}x slower over the set; files where agendapack is slower: "
                     f"{len(slower_files)}" + (f" ({', '.join(slower_files[:8])})" if slower_files else ""))
    worst = sorted(files, key=lambda fp: -ratio(ours, fp[0]))[:8]
    lines += ["", "Worst files (agendapack extract / pdftotext -bbox-layout):", "",
              "| file | pages | pdftotext s | agendapack s | ratio | peak RSS MB |", "|---|---:|---:|---:|---:|---:|"]
    for f, p in worst:
        lines.append(f"| {os.path.relpath(f, SAMPLES)} | {p} | {median_time(base, f):.3f} | {median_time(ours, f):.3f} | "
                     f"{ratio(ours, f):.2f} | {rss[ours][f]:.0f} |")
    return lines, figures


def batch_bench(files_pages):
    """`batch` on the real papers against one `extract` of the same files: the workers serve
    many files each, so `--jobs 1` should cost what one process converting them all costs,
    and `--jobs N` should divide it by the N cores."""
    if not files_pages:
        return [], {}
    files = [f for f, _ in files_pages]
    jobs = os.cpu_count() or 2
    rounds = max(SAMPLE_ROUNDS, 3)
    out = os.path.join(OUT, "batch-samples")

    def fresh(name):
        path = os.path.join(out, name)
        shutil.rmtree(path, ignore_errors=True)
        return path

    cases = [
        ("one extract of all the files", lambda: [BIN, "extract"] + files + ["--out", fresh("extract"), "--no-ocr"]),
        ("batch --jobs 1", lambda: [BIN, "batch"] + files + ["--out", fresh("jobs1"), "--jobs", "1", "--no-ocr", "--quiet", "--force"]),
        (f"batch --jobs {jobs}", lambda: [BIN, "batch"] + files + ["--out", fresh(f"jobs{jobs}"), "--jobs", str(jobs), "--no-ocr", "--quiet", "--force"]),
    ]
    times = {name: [] for name, _ in cases}
    rss = {name: 0.0 for name, _ in cases}
    for r in range(rounds):
        print(f"bench: batch on the samples, round {r + 1} of {rounds}", file=sys.stderr)
        # Each round in another order, so that no case always runs first or last.
        order = cases[r % len(cases):] + cases[:r % len(cases)]
        for name, make in order:
            wall, peak = run_once(make(), rss=r == 0)
            times[name].append(wall)
            rss[name] = max(rss[name], peak)
    one, single, many = (name for name, _ in cases)

    def paired(a, b):
        return statistics.median(x / y for x, y in zip(times[a], times[b]))

    lines = ["", "### Batch (the same files, one conversion each)", "",
             f"{len(files)} files, {rounds} rounds, each case in turn (the order rotated every round); "
             "ratios taken round by round and their median kept. Peak RSS is the parent's and its "
             "workers' largest (GNU time reports the largest process of the tree).", "",
             f"| command | seconds (median of {rounds}) | peak RSS MB |", "|---|---:|---:|"]
    for name, _ in cases:
        lines.append(f"| {name} | {statistics.median(times[name]):.2f} | {rss[name]:.0f} |")
    figures = {"batch1/extract": paired(single, one), "jobs1/jobsN": paired(single, many), "jobs": jobs}
    return lines, figures


def packs_bench(files_pages):
    """Packs of about 500 and 2,000 pages made from the samples with qpdf."""
    if not files_pages:
        return [], {}
    lines = ["", "### Long packs (the samples concatenated with qpdf)", "",
             "| pack | pages | tool | seconds (median of %d) | pages/s | peak RSS MB | peak RSS KB per page |" % RUNS,
             "|---|---:|---|---:|---:|---:|---:|"]
    figures = {}
    for target in (500, 2000):
        path = os.path.join(OUT, f"samples-pack-{target}.pdf")
        chosen, pages = [], 0
        while pages < target:
            for f, p in files_pages:
                chosen.append(f)
                pages += p
                if pages >= target:
                    break
        if not os.path.exists(path) or pages_of(path) != pages:
            r = subprocess.run(["qpdf", "--empty", "--warning-exit-0", "--pages"] + chosen + ["--", path], capture_output=True, text=True)
            if r.returncode not in (0, 3) or not os.path.exists(path):
                lines.append(f"(qpdf could not make the {target}-page pack: {r.stderr.strip()[-200:]})")
                continue
        pages = pages_of(path)
        for name, cmd in (("pdftotext -bbox-layout", ["pdftotext", "-bbox-layout", path, "/dev/null"]),
                          ("agendapack extract", [BIN, "extract", path, "--out", os.path.join(OUT, "packs-out"), "--no-ocr"])):
            runs = [run_once(cmd, rss=i == 0) for i in range(RUNS)]
            seconds = statistics.median(r[0] for r in runs)
            peak = max(r[1] for r in runs)
            figures[(target, name)] = (pages, seconds, peak)
            lines.append(f"| ~{target} pages | {pages} | {name} | {seconds:.2f} | {pages / seconds:.0f} | {peak:.0f} | "
                         f"{peak * 1024 / pages:.1f} |")
    return lines, figures



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

    # Start-up, real papers and long packs.
    start_lines, start_figures = startup()
    versions = {}
    py_mupdf1 = venv_with(VENV, "pymupdf<1.24", "import fitz")
    if py_mupdf1:
        versions["mupdf1"] = sh([py_mupdf1, "-c", "import fitz; print(fitz.VersionBind)"]).stdout.strip()
    py_mupdf2 = venv_with(VENV2, "pymupdf>=2", "import pymupdf") if os.environ.get("BENCH_MUPDF2") != "0" else None
    if py_mupdf2:
        versions["mupdf2"] = sh([py_mupdf2, "-c", "import pymupdf; print(pymupdf.VersionBind)"]).stdout.strip()
    sample_lines, sample_figures = samples_bench(py, py_mupdf1, py_mupdf2, versions)
    pack_lines, pack_figures = packs_bench(sample_files())
    batch_lines, batch_figures = batch_bench(sample_files())
    targets = []
    ours = "agendapack extract"
    if ours in sample_figures:
        med, worst, _, whole, _ = sample_figures[ours]
        targets.append(("median file: extract / pdftotext -bbox-layout (samples)", med, "<= 1.2"))
        targets.append(("whole set: extract / pdftotext -bbox-layout (samples)", whole, "<= 1.2"))
        key = "vs pdfplumber words+tables"
        if key in sample_figures:
            targets.append(("pdfplumber words+tables time / extract time (samples, whole set)", sample_figures[key][0], ">= 40"))
        for k, v in sample_figures.items():
            if k.startswith("vs PyMuPDF 1"):
                targets.append((f"sample files where extract is slower than {k[3:]}", float(len(v[1])), "<= 0"))
    if batch_figures:
        targets.append(("batch --jobs 1 / one extract of the same files, wall (samples)", batch_figures["batch1/extract"], "<= 1.1"))
        targets.append((f"batch --jobs 1 / batch --jobs {batch_figures['jobs']}, wall (samples)", batch_figures["jobs1/jobsN"], ">= 1.85"))
    if "agendapack --version" in start_figures:
        ms, mb = start_figures["agendapack --version"]
        targets.append(("agendapack --version ms", ms, "<= 5"))
        targets.append(("agendapack --version peak RSS MB", mb, "<= 15"))
    if (2000, ours) in pack_figures and (500, ours) in pack_figures:
        targets.append(("peak RSS of extract on the ~2,000-page pack (MB)", pack_figures[(2000, ours)][2], "<= 100"))
        targets.append(("peak RSS ~2,000-page pack / ~500-page pack (extract)",
                        pack_figures[(2000, ours)][2] / pack_figures[(500, ours)][2], "<= 1.1"))
    target_lines = ["| target | value | target | met |", "|---|---:|---|---|"]
    for name, value, target in targets:
        target_lines.append(f"| {name} | {value:.2f} | {target} | {'yes' if met(value, target) else 'NO'} |")
    extra = "\n".join(["## Start-up", ""] + start_lines + [""] + sample_lines + batch_lines + pack_lines + ["", "### Targets (real papers, start-up, memory)", ""] + target_lines)
    print(extra)
    mupdf_versions = ", ".join(f"PyMuPDF {v}" for v in versions.values())
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
                f"{poppler}, pdfplumber {plumber_version}" + (f", {mupdf_versions}" if mupdf_versions else "") + "\n"
                f"- Inputs: the corpus ({len(corpus)} PDFs, {corpus_pages} pages) and a {big_pages}-page pack "
                f"(the corpus concatenated {repeats} times)\n\n"
                f"{text}\n\n{extra}\n\n" + (profile or "## Profile\n\n(see the closing notes)\n"))
    os.replace(bench_md + ".tmp", bench_md)


if __name__ == "__main__":
    main()
