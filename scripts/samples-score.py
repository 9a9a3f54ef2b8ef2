#!/usr/bin/env python3
"""Score a build on the labelled samples (../shared) and compare with the committed baseline.

Usage:
  scripts/samples-score.py --bin .build/release/agendapack            # print the scorer's table
  scripts/samples-score.py --bin BIN --check                          # also fail under the baseline
  scripts/samples-score.py --bin BIN --write-baseline                 # raise the baseline to this build

The baseline (Tests/agendapackTests/samples-baseline.json) holds, per section, the figures
the build must not fall below: F1 of agenda items, recommendations, tables, dates and
documents, the meeting's date, start time and body, motion details, and the tables' cells
right of all labelled cells. --write-baseline only ever raises a figure; lowering one is an
edit made by hand, in a commit that says why.

When ../shared (the samples, the labels and the scorer) is absent, says so and exits 0.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
SCORER = os.path.join(SHARED, "tools", "score.py")
BASELINE = os.path.join(ROOT, "Tests", "agendapackTests", "samples-baseline.json")

# (section, key) pairs held to the baseline.
FIGURES = [
    ("agenda_items", "f1"), ("agenda_items", "printed_pages_exact"),
    ("recommendations", "f1"), ("recommendations", "kind_accuracy"),
    ("recommendations", "mover_exact"), ("recommendations", "seconder_exact"),
    ("recommendations", "outcome_exact"), ("recommendations", "votes_exact"),
    ("tables", "f1"), ("tables", "cell_recall_all"), ("tables", "cell_recall_file_mean"),
    ("dates", "f1"), ("dates", "time_exact"),
    ("documents", "f1"),
    ("meeting", "date_exact"), ("meeting", "start_time_exact"), ("meeting", "body_match"), ("meeting", "null_correct"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "agendapack"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--write-baseline", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(SCORER):
        print(f"samples-score: {SHARED} is absent (no labelled samples here); nothing scored")
        return 0
    table = subprocess.run([sys.executable, SCORER, "--bin", args.bin], capture_output=True, text=True)
    print(table.stdout[table.stdout.find("Summary"):] if "Summary" in table.stdout else table.stdout)
    result = json.loads(subprocess.run([sys.executable, SCORER, "--bin", args.bin, "--json"], capture_output=True, text=True, check=True).stdout)
    summary = result["summary"]
    now = {f"{s}.{k}": round(summary[s][k], 3) for s, k in FIGURES if summary.get(s, {}).get(k) is not None}
    baseline = json.load(open(BASELINE)) if os.path.exists(BASELINE) else {}
    if args.write_baseline:
        raised = {k: max(v, baseline.get(k, 0)) for k, v in now.items()}
        with open(BASELINE, "w") as f:
            json.dump(dict(sorted(raised.items())), f, indent=2)
            f.write("\n")
        print(f"samples-score: baseline written to {os.path.relpath(BASELINE, ROOT)}")
        baseline = raised
    if args.check:
        below = [f"{k}: {now.get(k, 0):.3f} < baseline {v:.3f}" for k, v in sorted(baseline.items()) if now.get(k, 0) + 1e-9 < v]
        if below:
            print("samples-score: below the baseline:\n  " + "\n  ".join(below))
            return 1
        print(f"samples-score: every figure at or above the baseline ({len(baseline)} figures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
