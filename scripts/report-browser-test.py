#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium driven by selenium.

Makes the report of one corpus pack with the built `agendapack`, opens it, and checks
against the pack's JSON (from `agendapack extract`, not from the report):
  - every record with a bbox has a box drawn where the bbox says, within 2 px at the
    rendering scale (100 dpi), on its page; records without one have a marker there;
  - clicking a record in the list highlights its box, scrolls it into view and shows the
    record's JSON; clicking a box selects its record in the list;
  - a kind's filter hides its boxes.
Saves a screenshot to .build/report-browser-test.png and prints the time the report took
to open. Exits 0 with "SKIPPED: <why>" when no browser or driver can be had.

  python3 scripts/report-browser-test.py [--pdf corpus/pdf/X.pdf] [--agendapack PATH]
  python3 scripts/report-browser-test.py --measure FILE.pdf...   (open times only)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DPI = 100
TOLERANCE = 2.0
DEFAULT_PDF = os.path.join(ROOT, "corpus/pdf/eastmarsh-cc-cabinet-2025-01-30-pack.pdf")


def skip(reason):
    print(f"report-browser-test: SKIPPED: {reason}")
    sys.exit(0)


def find_browser():
    """The system Chromium and its driver, or a reason why there are none."""
    browser = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not browser:
        return None, None, "no chromium on PATH (make browser-setup installs Debian's chromium; set CHROMIUM to use another)"
    if not driver:
        return None, None, "no chromedriver on PATH (Debian's chromium-driver; set CHROMEDRIVER to use another)"
    return browser, driver, None


def start(browser, driver):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip("python's selenium is not installed (make browser-setup installs it with pip)")
    # Never let selenium look for or download a browser or driver: use the system ones.
    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1600,1000", "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    try:
        return webdriver.Chrome(service=Service(executable_path=driver), options=options)
    except Exception as error:  # a driver that cannot start the browser: no browser to be had
        skip(f"chromium could not be started through {driver}: {str(error).splitlines()[0]}")


def run(args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"report-browser-test: {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def open_report(driver, html):
    """Opens the report; returns seconds until the load event (as the browser measured it)."""
    driver.get("file://" + html)
    for _ in range(100):
        if driver.execute_script("return document.body && document.body.getAttribute('data-ready')") == "1":
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the report's script never finished")
    timing = driver.execute_script(
        "var n = performance.getEntriesByType('navigation')[0];"
        "return [n.domContentLoadedEventEnd, n.loadEventEnd];")
    return timing[0] / 1000, timing[1] / 1000


def expected_boxes(pack):
    """(key, page, bbox) of every record that has a box, and (key, page) of those without."""
    boxes, markers = [], []

    def add(key, page, bbox):
        if page is None:
            return
        (boxes if bbox else markers).append((key, page, bbox))

    if pack.get("meeting"):
        add("meeting", pack["meeting"]["page"], pack["meeting"].get("bbox"))
    for i, page in enumerate(pack["pages"]):
        for j, furniture in enumerate(page["furniture"]):
            add(f"pages/{i}/furniture/{j}", page["page"], furniture["bbox"])
        if page["blank"]:
            add(f"pages/{i}", page["page"], None)
    for i, document in enumerate(pack["documents"]):
        add(f"documents/{i}", document["page"], document.get("bbox"))
        for j, item in enumerate((document.get("minutes") or {}).get("items", [])):
            add(f"documents/{i}/minutes/items/{j}", item["page"], item.get("bbox"))
    for section in ["agenda_items", "recommendations", "tables", "dates"]:
        for i, record in enumerate(pack[section]):
            add(f"{section}/{i}", record["page"], record.get("bbox"))
    for i, diagnostic in enumerate(pack["diagnostics"]):
        add(f"diagnostics/{i}", diagnostic.get("page"), None)
    return boxes, markers


DRAWN = """
var out = [];
document.querySelectorAll('.page').forEach(function (page) {
  var sheet = page.querySelector('.sheet').getBoundingClientRect();
  page.querySelectorAll('.box').forEach(function (box) {
    var r = box.getBoundingClientRect();
    out.push({key: box.getAttribute('data-key'), page: Number(page.getAttribute('data-page')),
              x0: r.left - sheet.left, y0: r.top - sheet.top, x1: r.right - sheet.left, y1: r.bottom - sheet.top});
  });
  page.querySelectorAll('.page-head [data-key]').forEach(function (m) {
    out.push({key: m.getAttribute('data-key'), page: Number(page.getAttribute('data-page')), marker: true});
  });
});
return out;
"""


def check_boxes(driver, pack, failures):
    scale = DPI / 72
    drawn = driver.execute_script(DRAWN)
    sheets = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('.sheet'), function (s) {"
        " var r = s.getBoundingClientRect(); return [r.width, r.height]; });")
    for page, (width, height) in zip(pack["pages"], sheets):
        if abs(width - page["width"] * scale) > TOLERANCE or abs(height - page["height"] * scale) > TOLERANCE:
            failures.append(f"page {page['page']}: drawn {width:.1f}×{height:.1f} px, expected "
                            f"{page['width'] * scale:.1f}×{page['height'] * scale:.1f}")
    by_key = {}
    for d in drawn:
        by_key.setdefault((d["key"], d["page"]), []).append(d)
    boxes, markers = expected_boxes(pack)
    for key, page, bbox in boxes:
        want = [v * scale for v in bbox]
        candidates = [d for d in by_key.get((key, page), []) if not d.get("marker")]
        if not candidates:
            failures.append(f"{key}: no box on page {page}")
            continue
        error = min(max(abs(d["x0"] - want[0]), abs(d["y0"] - want[1]),
                        abs(d["x1"] - max(want[2], want[0] + 2)), abs(d["y1"] - max(want[3], want[1] + 2)))
                    for d in candidates)
        if error > TOLERANCE:
            got = candidates[0]
            failures.append(f"{key} p{page}: box at [{got['x0']:.1f}, {got['y0']:.1f}, {got['x1']:.1f}, {got['y1']:.1f}] px, "
                            f"bbox says [{want[0]:.1f}, {want[1]:.1f}, {want[2]:.1f}, {want[3]:.1f}] (off by {error:.1f})")
    for key, page, _ in markers:
        if not any(d.get("marker") for d in by_key.get((key, page), [])):
            failures.append(f"{key}: no marker on page {page}")
    return len(boxes), len(markers)


def selected_json(driver):
    return json.loads(driver.find_element("id", "json").text)


def in_view(driver, element):
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(), v = document.getElementById('pages').getBoundingClientRect();"
        "return r.bottom > v.top && r.top < v.bottom && r.right > v.left && r.left < v.right;", element)


def check_clicks(driver, pack, failures):
    from selenium.webdriver.common.by import By
    # A record on a later page, so that selecting it must scroll: the last table, else the
    # last recommendation with a box.
    tables = [f"tables/{i}" for i, t in enumerate(pack["tables"]) if t.get("bbox")]
    recommendations = [f"recommendations/{i}" for i, r in enumerate(pack["recommendations"]) if r.get("bbox")]
    if not tables and not recommendations:
        failures.append("the pack has no table or recommendation with a box to click")
        return
    key = (tables or recommendations)[-1]
    section, index = key.split("/")
    record = pack[section][int(index)]
    entry = driver.find_element(By.CSS_SELECTOR, f'.entry[data-key="{key}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", entry)
    entry.click()
    box = driver.find_element(By.CSS_SELECTOR, f'#page-{record["page"]} .box[data-key="{key}"]')
    if "sel" not in box.get_attribute("class").split():
        failures.append(f"clicking {key} in the list did not highlight its box")
    if not in_view(driver, box):
        failures.append(f"clicking {key} in the list did not scroll its box into view")
    if "sel" not in entry.get_attribute("class").split():
        failures.append(f"clicking {key} in the list did not mark the entry")
    if selected_json(driver) != record:
        failures.append(f"clicking {key} showed JSON that is not the record's")
    shot = os.path.join(ROOT, ".build/report-browser-test.png")
    driver.save_screenshot(shot)
    print(f"report-browser-test: screenshot {os.path.relpath(shot, ROOT)} ({key} selected)")

    # Clicking a box on the page selects its record in the list.
    dates = [(i, d) for i, d in enumerate(pack["dates"]) if d.get("bbox")]
    if dates:
        i, date = dates[-1]
        box = driver.find_element(By.CSS_SELECTOR, f'#page-{date["page"]} .box[data-key="dates/{i}"]')
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
        box.click()
        entry = driver.find_element(By.CSS_SELECTOR, f'.entry[data-key="dates/{i}"]')
        if "sel" not in entry.get_attribute("class").split():
            failures.append(f"clicking the box of dates/{i} did not select its entry")
        if selected_json(driver) != date:
            failures.append(f"clicking the box of dates/{i} showed JSON that is not the record's")
        # The filter of a kind hides its boxes and entries.
        driver.find_element(By.CSS_SELECTOR, '#legend input[data-kind="date"]').click()
        if box.is_displayed() or entry.is_displayed():
            failures.append("unticking Dates did not hide the date boxes")
        driver.find_element(By.CSS_SELECTOR, '#legend input[data-kind="date"]').click()
        if not box.is_displayed():
            failures.append("ticking Dates again did not show the date boxes")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdf", default=DEFAULT_PDF)
    parser.add_argument("--agendapack", default=os.path.join(ROOT, ".build/debug/agendapack"))
    parser.add_argument("--measure", nargs="+", metavar="PDF", help="only report and time the opening of these PDFs")
    args = parser.parse_args()
    if not os.access(args.agendapack, os.X_OK):
        sys.exit(f"report-browser-test: {args.agendapack} is not built (swift build)")
    browser, driver_path, reason = find_browser()
    if reason:
        skip(reason)
    out = os.path.join(ROOT, ".build/browser-test")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    driver = start(browser, driver_path)
    try:
        if args.measure:
            for pdf in args.measure:
                started = time.monotonic()
                run([args.agendapack, "report", pdf, "--out", out])
                made = time.monotonic() - started
                html = os.path.join(out, os.path.splitext(os.path.basename(pdf))[0] + ".html")
                wall = time.monotonic()
                ready, loaded = open_report(driver, html)
                wall = time.monotonic() - wall
                pages = driver.execute_script("return document.querySelectorAll('.page').length")
                boxes = driver.execute_script("return document.querySelectorAll('.box').length")
                print(f"{os.path.basename(pdf)}: {pages} pages, {boxes} boxes; report written in {made:.2f} s; "
                      f"opened in {wall:.2f} s (DOMContentLoaded {ready:.2f} s, load {loaded:.2f} s)")
            return
        pack = json.loads(run([args.agendapack, "extract", args.pdf]))
        run([args.agendapack, "report", args.pdf, "--out", out, "--dpi", str(DPI)])
        html = os.path.join(out, os.path.splitext(os.path.basename(args.pdf))[0] + ".html")
        wall = time.monotonic()
        ready, loaded = open_report(driver, html)
        wall = time.monotonic() - wall
        failures = []
        first = 0
        for _ in range(100):
            first = driver.execute_script("var i = document.querySelector('#page-1 img.render'); return i && i.complete ? i.naturalWidth : 0")
            if first:
                break
            time.sleep(0.05)
        if not first:
            failures.append("the image of page 1 did not load")
        n_boxes, n_markers = check_boxes(driver, pack, failures)
        check_clicks(driver, pack, failures)
        name = os.path.basename(args.pdf)
        print(f"report-browser-test: {name}: {len(pack['pages'])} pages, {n_boxes} boxes and {n_markers} markers checked; "
              f"opened in {wall:.2f} s (load event {loaded:.2f} s)")
        if failures:
            for failure in failures[:40]:
                print(f"  FAIL {failure}")
            sys.exit(f"report-browser-test: {len(failures)} failures")
        print("report-browser-test: passed")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
