#!/usr/bin/env python3
"""Seeds for `make fuzz`: SEEDS/extract gets the corpus PDFs; SEEDS/<parser> gets their
text (pdftotext -layout), cut into chunks of 60 lines, for the parsers' targets.

    python3 scripts/fuzz-seeds.py corpus/pdf .build/fuzz/seeds
"""
import os
import shutil
import subprocess
import sys

PARSERS = ["dates", "meeting", "frontsheet", "minutes", "recommendations"]


def main():
    pdfs, seeds = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(seeds, "extract"), exist_ok=True)
    chunks = []
    for name in sorted(os.listdir(pdfs)):
        if not name.lower().endswith(".pdf"):
            continue
        path = os.path.join(pdfs, name)
        shutil.copyfile(path, os.path.join(seeds, "extract", name))
        text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
        lines = text.splitlines()
        for start in range(0, len(lines), 60):
            chunks.append((f"{name[:-4]}-{start // 60:03d}.txt", "\n".join(lines[start:start + 60])))
    for parser in PARSERS:
        os.makedirs(os.path.join(seeds, parser), exist_ok=True)
        for filename, chunk in chunks:
            with open(os.path.join(seeds, parser, filename), "w", encoding="utf-8") as f:
                f.write(chunk)


if __name__ == "__main__":
    main()
