#!/usr/bin/env python3
"""Real papers against pdftotext, CPU time beside wall time, on a busy machine.

Every text PDF of ../shared/samples/council and /tables (MANIFEST.tsv, text_ok yes), one
process per file and tool, in interleaved rounds (each round runs every tool on a file
before the next file, the order reversed every other round). For each process the kernel's
accounting is kept: wall time, CPU time (user + sys, less affected by other work on the
machine than wall time) and peak RSS. Ratios are taken pair by pair (the same file in the
same round) and their median kept; "whole set" sums the files per round, median of rounds.

  scripts/bench-samples.py [--bin BIN] [--vs BIN2] [--rounds N] [--json FILE]

With --vs a second agendapack binary (for instance the build of the commit before) runs in
the same rounds, and the ratios BIN / BIN2 are printed too.

agendapack runs with --no-ocr, like for like with pdftotext's text pass, which reads no
scans (a few of these files carry scanned pages: OCR costs seconds a page, measured apart
with --ocr); --vs-args gives the second binary other arguments (an older build without
--no-ocr: --vs-args "").
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(os.path.dirname(ROOT), "shared", "samples")


def sample_files():
    files = []
    with open(os.path.join(SAMPLES, "MANIFEST.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in f:
            row = line.rstrip("\n").split("\t")
            if row[col["category"]] in ("council", "tables") and row[col["text_ok"]] == "yes":
                path = os.path.join(SAMPLES, row[col["local_file"]])
                if os.path.exists(path):
                    files.append(path)
    return sorted(files)


def peak_rss(cmd):
    """Peak RSS in MB of `cmd` alone, as GNU time reports it for a process it started: the
    kernel's figure for a process Python starts counts Python's own pages (the child shares
    them until it execs, about 16 MB here)."""
    with tempfile.NamedTemporaryFile("r") as out:
        subprocess.run(["/usr/bin/time", "-o", out.name, "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        last = (out.read().strip().splitlines() or [""])[-1]
    return int(last) / 1024.0 if last.isdigit() else 0.0


def run_once(cmd, rss=True):
    """(wall s, cpu s, peak RSS MB) of one process: time and CPU from the kernel's
    accounting of the process started directly, the RSS from a second run under GNU time
    (0 with `rss` false)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"bench-samples: {' '.join(cmd)} failed ({code})")
    return wall, usage.ru_utime + usage.ru_stime, peak_rss(cmd) if rss else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "agendapack"))
    ap.add_argument("--vs", help="a second agendapack binary, run in the same rounds")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", help="write the raw figures here")
    ap.add_argument("--ocr", action="store_true", help="let agendapack read scanned pages by OCR")
    ap.add_argument("--vs-args", default=None, help="the --vs binary's extra arguments (default: as --bin's)")
    args = ap.parse_args()
    files = sample_files()
    out = tempfile.mkdtemp(prefix="bench-samples-")
    extra = [] if args.ocr else ["--no-ocr"]
    vs_extra = extra if args.vs_args is None else args.vs_args.split()
    tools = [("pdftotext", lambda f: ["pdftotext", "-bbox-layout", f, "/dev/null"]),
             ("agendapack", lambda f: [args.bin, "extract", f, "--out", out] + extra)]
    if args.vs:
        tools.append(("vs", lambda f: [args.vs, "extract", f, "--out", out] + vs_extra))
    names = [t[0] for t in tools]
    fig = {n: {f: [] for f in files} for n in names}  # (wall, cpu, rss) per round
    for r in range(args.rounds):
        print(f"bench-samples: round {r + 1} of {args.rounds}", file=sys.stderr)
        for f in files:
            for name, make in (tools if r % 2 == 0 else list(reversed(tools))):
                fig[name][f].append(run_once(make(f), rss=r == 0))

    def per_file(a, b, k):
        return [statistics.median(x[k] / y[k] for x, y in zip(fig[a][f], fig[b][f])) for f in files]

    def whole(a, b, k):
        return statistics.median(sum(fig[a][f][r][k] for f in files) / sum(fig[b][f][r][k] for f in files)
                                 for r in range(args.rounds))

    def total(a, k):
        return statistics.median(sum(fig[a][f][r][k] for f in files) for r in range(args.rounds))

    print(f"{len(files)} files, {args.rounds} rounds")
    print("| tool | median file / pdftotext, wall | same, CPU | whole set / pdftotext, wall | same, CPU | "
          "whole set wall s | whole set CPU s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for n in names:
        print(f"| {n} | {statistics.median(per_file(n, 'pdftotext', 0)):.2f} | "
              f"{statistics.median(per_file(n, 'pdftotext', 1)):.2f} | {whole(n, 'pdftotext', 0):.2f} | "
              f"{whole(n, 'pdftotext', 1):.2f} | {total(n, 0):.2f} | {total(n, 1):.2f} | "
              f"{max(max(x[2] for x in fig[n][f]) for f in files):.0f} |")
    if args.vs:
        print(f"\nagendapack / vs: median file wall {statistics.median(per_file('agendapack', 'vs', 0)):.3f}, "
              f"CPU {statistics.median(per_file('agendapack', 'vs', 1)):.3f}; whole set wall "
              f"{whole('agendapack', 'vs', 0):.3f}, CPU {whole('agendapack', 'vs', 1):.3f}")
    worst = sorted(zip(files, per_file("agendapack", "pdftotext", 1)), key=lambda p: -p[1])[:8]
    print("\nworst files by CPU ratio:")
    for f, q in worst:
        print(f"  {os.path.relpath(f, SAMPLES)}: {q:.2f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({n: {os.path.relpath(k, SAMPLES): v for k, v in fig[n].items()} for n in names}, f, indent=1)


if __name__ == "__main__":
    main()
