#!/usr/bin/env python3
"""Validate pack documents against schemas/ with python's jsonschema (an independent
second validator: it shares no code with the Swift one).

Usage: scripts/check-json.py [--expected] FILE_OR_DIR...

Directories are searched recursively for *.json. Every violation is printed on one line:
    FILE: INSTANCE_PATH: MESSAGE [schema SCHEMA_PATH]
The exit status is 1 when any file is invalid or unreadable, 2 on bad usage.
--expected checks hand-made corpus expected files against schemas/expected.schema.json
(bbox and most of source may be absent); the default is the strict
schemas/agendapack.schema.json that every agendapack output must satisfy.
"""
import argparse
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("check-json.py: python's jsonschema is required (pip install jsonschema)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pointer(parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def files_in(paths):
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, names in os.walk(p):
                dirnames.sort()
                for n in sorted(names):
                    if n.endswith(".json"):
                        yield os.path.join(dirpath, n)
        else:
            yield p


def main(argv):
    ap = argparse.ArgumentParser(description="Validate JSON files against the AgendaPack schemas.")
    ap.add_argument("--expected", action="store_true",
                    help="use schemas/expected.schema.json (bbox and source details may be absent)")
    ap.add_argument("paths", nargs="+", help="JSON files, or folders to search for *.json")
    args = ap.parse_args(argv)

    name = "expected.schema.json" if args.expected else "agendapack.schema.json"
    with open(os.path.join(ROOT, "schemas", name), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

    bad = checked = 0
    for path in files_in(args.paths):
        checked += 1
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            print("%s: cannot read: %s" % (path, e))
            bad += 1
            continue
        errors = sorted(validator.iter_errors(doc), key=lambda e: (list(map(str, e.absolute_path)), list(map(str, e.absolute_schema_path))))
        for e in errors:
            print("%s: %s: %s [schema %s]" % (path, pointer(e.absolute_path) or "/", e.message,
                                              pointer(e.absolute_schema_path)))
        if errors:
            bad += 1
    if checked == 0:
        print("check-json.py: no JSON files found", file=sys.stderr)
        return 1
    print("%d file(s) checked against %s, %d invalid" % (checked, name, bad), file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
