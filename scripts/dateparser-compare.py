#!/usr/bin/env python3
"""Score AgendaPack's DateParser and python's `dateparser` on the hand-labelled dates.

    scripts/dateparser-compare.py                 # runs the Swift test to get AgendaPack's outcomes
    scripts/dateparser-compare.py --report R.tsv  # uses an outcome file written earlier by
                                                  #   DATES_REPORT=R.tsv swift test --filter scoreAndReport

`dateparser` (PyPI) is imported if present; otherwise it is pip-installed into a virtual
environment under .build/dateparser-venv and the script re-runs itself there.

Labels: Tests/AgendaPackTests/Fixtures/dates.tsv (text, convention, reference_year, value,
end, precision, time, ambiguous, source). A row is right when value, end, precision and time
all match the label (the "strict" score also requires `ambiguous` to match). A row with no
value, precision or time is a negative: right when nothing is parsed.

dateparser settings: its defaults (PREFER_DAY_OF_MONTH, PREFER_DATES_FROM, ...) except
DATE_ORDER = DMY for day-first rows and MDY for month-first rows (left to dateparser for
unknown), RELATIVE_BASE = 1 July of the row's reference year when it has one (so yearless
dates get that year rather than this year), RETURN_TIME_AS_PERIOD = True. Its `period`
(day/month/year/time) gives the precision; it has no ranges, financial years, quarters or
ambiguity flag.
"""

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(ROOT, "Tests", "AgendaPackTests", "Fixtures", "dates.tsv")
VENV = os.path.join(ROOT, ".build", "dateparser-venv")


def ensure_dateparser():
    try:
        import dateparser  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get("DATES_COMPARE_IN_VENV"):
        sys.exit("dateparser could not be imported even inside %s" % VENV)
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    subprocess.check_call([py, "-m", "pip", "install", "-q", "dateparser"])
    env = dict(os.environ, DATES_COMPARE_IN_VENV="1")
    os.execve(py, [py] + sys.argv, env)


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def none(s):
    return s if s else None


def label_of(row):
    return {
        "value": none(row["value"]), "end": none(row["end"]), "precision": none(row["precision"]),
        "time": none(row["time"]), "ambiguous": row["ambiguous"] == "true",
    }


def agendapack_outcomes(report_path):
    if report_path is None:
        fd, report_path = tempfile.mkstemp(suffix=".tsv")
        os.close(fd)
        env = dict(os.environ, DATES_REPORT=report_path)
        subprocess.run(["swift", "test", "--filter", "scoreAndReport"], cwd=ROOT, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = {}
    for r in read_tsv(report_path):
        key = (r["text"], r["convention"], r["reference_year"])
        parsed = r["got_value"] or r["got_precision"] or r["got_time"]
        out[key] = None if not parsed else {
            "value": none(r["got_value"]), "end": none(r["got_end"]),
            "precision": none(r["got_precision"]), "time": none(r["got_time"]),
            "ambiguous": r["got_ambiguous"] == "true",
        }
    return out


def run_dateparser(row):
    from dateparser.date import DateDataParser

    settings = {"RETURN_TIME_AS_PERIOD": True}
    if row["convention"] == "dayFirst":
        settings["DATE_ORDER"] = "DMY"
    elif row["convention"] == "monthFirst":
        settings["DATE_ORDER"] = "MDY"
    if row["reference_year"]:
        settings["RELATIVE_BASE"] = datetime(int(row["reference_year"]), 7, 1)
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(row["text"])
    except Exception:  # dateparser raising is a miss, not a crash of this script
        return None
    d = data.date_obj if data else None
    if d is None:
        return None
    period = data.period or "day"
    if period == "year":
        value, precision = "%04d" % d.year, "year"
    elif period == "month":
        value, precision = "%04d-%02d" % (d.year, d.month), "month"
    else:
        value, precision = "%04d-%02d-%02d" % (d.year, d.month, d.day), "day"
    time = "%02d:%02d" % (d.hour, d.minute) if period == "time" else None
    return {"value": value, "end": None, "precision": precision, "time": time, "ambiguous": False}


def right(label, got, strict):
    if label["value"] is None and label["precision"] is None and label["time"] is None:
        return got is None
    if got is None:
        return False
    keys = ["value", "end", "precision", "time"] + (["ambiguous"] if strict else [])
    return all(label[k] == got[k] for k in keys)


def show(x):
    if x is None:
        return "(none)"
    s = "%s" % (x["value"] or "-")
    if x["end"]:
        s += "..%s" % x["end"]
    s += " %s" % (x["precision"] or "-")
    if x["time"]:
        s += " %s" % x["time"]
    if x["ambiguous"]:
        s += " ambiguous"
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", help="AgendaPack outcome TSV written via DATES_REPORT")
    ap.add_argument("--fixture", default=FIXTURE)
    ap.add_argument("--all", action="store_true", help="list every disagreement (default: first 80)")
    args = ap.parse_args()
    ensure_dateparser()

    rows = read_tsv(args.fixture)
    ours = agendapack_outcomes(args.report)
    score = {("AgendaPack", False): 0, ("AgendaPack", True): 0, ("dateparser", False): 0, ("dateparser", True): 0}
    value_only = {"AgendaPack": 0, "dateparser": 0}
    by_precision = {}
    disagreements = []
    for row in rows:
        label = label_of(row)
        key = (row["text"], row["convention"], row["reference_year"])
        a = ours.get(key)
        d = run_dateparser(row)
        for name, got in (("AgendaPack", a), ("dateparser", d)):
            for strict in (False, True):
                score[(name, strict)] += right(label, got, strict)
            value_only[name] += (got is None and label["value"] is None) or (got is not None and got["value"] == label["value"])
        p = label["precision"] or ("time" if label["time"] else "none")
        b = by_precision.setdefault(p, [0, 0, 0])
        b[0] += 1
        b[1] += right(label, a, False)
        b[2] += right(label, d, False)
        if not right(label, a, True) or not right(label, d, False):
            disagreements.append((row, label, a, d))

    n = len(rows)
    print("Labelled date strings: %d (%s)" % (n, os.path.relpath(args.fixture, ROOT)))
    print()
    print("%-28s %12s %12s" % ("score", "AgendaPack", "dateparser"))
    for title, strict in (("value+end+precision+time", False), ("... and ambiguous (strict)", True)):
        print("%-28s %11.1f%% %11.1f%%" % (title, 100.0 * score[("AgendaPack", strict)] / n, 100.0 * score[("dateparser", strict)] / n))
    print("%-28s %11.1f%% %11.1f%%" % ("value only", 100.0 * value_only["AgendaPack"] / n, 100.0 * value_only["dateparser"] / n))
    cal = [by_precision.get(k, [0, 0, 0]) for k in ("day", "month", "year")]
    ct = sum(c[0] for c in cal)
    if ct:
        # dateparser has no ranges, financial years, quarters or bare times: the fair comparison.
        print("%-28s %11.1f%% %11.1f%%" % ("single dates (day/month/year)", 100.0 * sum(c[1] for c in cal) / ct,
                                             100.0 * sum(c[2] for c in cal) / ct))
    print()
    print("%-16s %6s %12s %12s" % ("by label", "rows", "AgendaPack", "dateparser"))
    for p in sorted(by_precision):
        t, a, d = by_precision[p]
        print("%-16s %6d %12d %12d" % (p, t, a, d))
    print()
    print("Disagreements with the labels (%d rows):" % len(disagreements))
    for row, label, a, d in disagreements if args.all else disagreements[:80]:
        print("  %-42s [%s %s]" % (row["text"][:42], row["convention"], row["reference_year"] or "-"))
        print("      label      %s" % show(label))
        print("      AgendaPack %s%s" % (show(a), "" if right(label, a, True) else "   <-- wrong"))
        print("      dateparser %s%s" % (show(d), "" if right(label, d, False) else "   <-- wrong"))
    if not args.all and len(disagreements) > 80:
        print("  ... %d more (use --all)" % (len(disagreements) - 80))


if __name__ == "__main__":
    main()
