# Eastmarsh County Council, County Council 13 February 2025: budget appendices, A4 landscape,
# Carlito, "Page N" stamps. A long ruled budget table split over pages WITHOUT a repeated header
# (header row is in the body, not <thead>), negatives in parentheses, merged heading cells,
# an unruled table of reserves, and a small ruled table with a repeated header.

FY0 = "[[d:2024/2025|2024-25|p=financial_year]]"
FY1 = "[[d:2025/2026|2025-26|p=financial_year]]"

DIRECTORATES = [
    ("Adult Social Care and Health", ["Older People Residential Care", "Older People Nursing Care", "Home Care", "Supported Living",
                                      "Learning Disability Day Services", "Mental Health Community Support", "Direct Payments",
                                      "Carers Support", "Occupational Therapy and Equipment", "Safeguarding Adults", "Public Health Grant"]),
    ("Children, Young People and Education", ["Children in Care - Fostering", "Children in Care - Residential", "Care Leavers",
                                              "Early Help and Family Hubs", "Children's Social Work Teams", "Home to School Transport",
                                              "Special Educational Needs Assessment", "Education Psychology", "School Improvement",
                                              "Youth Justice", "Adoption Partnership"]),
    ("Growth, Environment and Transport", ["Highways Maintenance", "Street Lighting", "Winter Service", "Concessionary Fares",
                                           "Supported Bus Services", "Waste Disposal", "Household Waste Recycling Centres",
                                           "Country Parks", "Libraries, Registration and Archives", "Trading Standards",
                                           "Planning and Environment"]),
    ("Chief Executive's Department", ["Finance", "Legal Services", "Democratic Services", "Human Resources", "Property Management",
                                      "Information Technology", "Customer Contact Centre", "Strategic Commissioning"]),
]


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def money(v):
    s = "{:,}".format(abs(v))
    return "(%s)" % s if v < 0 else s


def budget_rows():
    g = lcg(20250213)
    rows, totals = [], []
    for d, services in DIRECTORATES:
        rows.append('<tr><td colspan="6"><b>%s</b></td></tr>' % d)
        tb = tp = ts = tn = 0
        for s in services:
            base = 500 + next(g) % 60000
            pres = (next(g) % 4000) - 600
            sav = -(next(g) % 2500)
            new = base + pres + sav
            pct = round(100.0 * (new - base) / base, 1)
            tb, tp, ts, tn = tb + base, tp + pres, ts + sav, tn + new
            rows.append("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td>"
                        "<td align=\"right\">%s</td><td align=\"right\">%s</td></tr>"
                        % (s, money(base), money(pres), money(sav), money(new), ("(%.1f)" % -pct) if pct < 0 else "%.1f" % pct))
        pct = round(100.0 * (tn - tb) / tb, 1)
        rows.append("<tr><td><b>Total %s</b></td><td align=\"right\"><b>%s</b></td><td align=\"right\"><b>%s</b></td>"
                    "<td align=\"right\"><b>%s</b></td><td align=\"right\"><b>%s</b></td><td align=\"right\"><b>%s</b></td></tr>"
                    % (d, money(tb), money(tp), money(ts), money(tn), ("(%.1f)" % -pct) if pct < 0 else "%.1f" % pct))
        totals.append((d, tb, tp, ts, tn))
    return "".join(rows), totals


ROWS, TOTALS = budget_rows()

APPENDIX_E = """
<p style="font-size:14pt"><b>Appendix E - Revenue Budget """ + FY1 + """ by Service</b></p>
<p>All figures are in &pound;000. Figures in brackets are reductions. The """ + FY0 + """ budget is the approved budget
as at [[d:2024-12-31|31 December 2024]], adjusted for changes in responsibilities between directorates.</p>
<table data-title="Appendix E - Revenue Budget 2025-26 by Service" border="1" cellspacing="0" cellpadding="3" width="100%">
<tbody>
<tr><th width="34%">Service</th><th>""" + FY0 + """ Budget &pound;000</th><th>Pressures &pound;000</th><th>Savings &pound;000</th><th>""" + FY1 + """ Budget &pound;000</th><th>Change %</th></tr>
""" + ROWS + """
</tbody></table>
"""

RESERVES = [
    ("General Reserve", 44120, 0, 44120),
    ("Risk Reserve", 18500, -6200, 12300),
    ("Smoothing Reserve", 9400, -4100, 5300),
    ("Invest to Save Reserve", 6250, -1900, 4350),
    ("Insurance Reserve", 11800, 350, 12150),
    ("Public Health Reserve", 3100, -700, 2400),
    ("Schools Reserves (delegated)", 27900, -2800, 25100),
]


def reserves_html():
    rows = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>"
                   % (n, money(a), money(b), money(c)) for n, a, b, c in RESERVES)
    ta, tb, tc = (sum(r[i] for r in RESERVES) for i in (1, 2, 3))
    rows += "<tr><td><b>Total</b></td><td align=\"right\"><b>%s</b></td><td align=\"right\"><b>%s</b></td><td align=\"right\"><b>%s</b></td></tr>" % (money(ta), money(tb), money(tc))
    return ("""<p style="font-size:14pt"><b>Appendix F - Forecast Reserves</b></p>
<p>The table below shows the forecast balance on each earmarked reserve. The Corporate Director Finance considers the
level of reserves to be adequate for the risks the Council faces in """ + FY1 + """.</p>
<table data-title="Appendix F - Forecast Reserves" border="0" cellspacing="0" cellpadding="4" width="80%">
<thead><tr><th align="left">Reserve</th><th align="right">Balance at [[d:2025-03-31|31/03/2025]] &pound;000</th><th align="right">Planned use &pound;000</th><th align="right">Balance at [[d:2026-03-31|31/03/2026]] &pound;000</th></tr></thead>
<tbody>""" + rows + """</tbody></table>
<p>&nbsp;</p>
<p><b>Summary by directorate</b></p>
<table data-title="Summary by directorate" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th rowspan="2">Directorate</th><th rowspan="2">""" + FY0 + """ &pound;000</th><th colspan="2">Changes &pound;000</th><th rowspan="2">""" + FY1 + """ &pound;000</th></tr>
<tr><th>Pressures</th><th>Savings</th></tr></thead>
<tbody>""" + "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>"
                     % (d, money(a), money(b), money(c), money(e)) for d, a, b, c, e in TOTALS) + """</tbody></table>
<p>&nbsp;</p>
<p>The budget and council tax will be set by the County Council on [[d:2025-02-13|13th February 2025]]. Council tax bills
will be issued in [[d:2025-03|March 2025]].</p>""")


SAVINGS = [
    ("ASC 01", "Review of high cost care packages", -2400, -1100, "Adult Social Care and Health", "A"),
    ("ASC 02", "Increase use of assistive technology", -900, -600, "Adult Social Care and Health", "G"),
    ("CYPE 01", "Expand in-house fostering to reduce agency placements", -1800, -2200, "Children, Young People and Education", "A"),
    ("CYPE 02", "Independent travel training for pupils with SEND", -650, -400, "Children, Young People and Education", "R"),
    ("GET 01", "LED street lighting conversion - final phase", -480, -120, "Growth, Environment and Transport", "G"),
    ("GET 02", "Review of supported bus network", -1200, 0, "Growth, Environment and Transport", "A"),
    ("GET 03", "Household waste recycling centre opening hours", -350, 0, "Growth, Environment and Transport", "R"),
    ("CED 01", "Office accommodation rationalisation", -750, -500, "Chief Executive's Department", "G"),
    ("CED 02", "Digital customer contact", -420, -300, "Chief Executive's Department", "A"),
]


def savings_html():
    rows = "".join("<tr><td>%s</td><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td>%s</td><td align=\"center\">%s</td></tr>"
                   % (a, b, money(c), money(d), e, f) for a, b, c, d, e, f in SAVINGS)
    return ("""<p style="font-size:14pt"><b>Appendix G - Savings Proposals</b></p>
<p>Delivery risk: R - high, A - medium, G - low. Savings are shown as negative figures.</p>
<table data-title="Appendix G - Savings Proposals" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th width="8%">Ref</th><th>Proposal</th><th width="11%">""" + FY1 + """ &pound;000</th><th width="11%">[[d:2026/2027|2026-27|p=financial_year]] &pound;000</th><th width="22%">Directorate</th><th width="7%">Risk</th></tr></thead>
<tbody>""" + rows + "</tbody></table>")


SCHEMES = [
    ("Basic Need - primary expansions", "CYPE"), ("Basic Need - secondary expansions", "CYPE"), ("Special school places", "CYPE"),
    ("School roofs and boilers", "CYPE"), ("Modernisation of children's homes", "CYPE"), ("Family hubs fit-out", "CYPE"),
    ("Highways major maintenance", "GET"), ("Bridge strengthening", "GET"), ("Integrated transport schemes", "GET"),
    ("Harbour Road relief road", "GET"), ("Active travel network", "GET"), ("Flood risk management", "GET"),
    ("Waste transfer station, Saltley", "GET"), ("Country parks access", "GET"), ("Library modernisation", "GET"),
    ("Extra care housing", "ASCH"), ("Adult day centres", "ASCH"), ("Disabled facilities equipment", "ASCH"),
    ("Corporate property maintenance", "CED"), ("Office rationalisation", "CED"), ("IT infrastructure refresh", "CED"),
    ("Digital customer platform", "CED"), ("Solar farm, North Marsh", "CED"), ("Decarbonisation of buildings", "CED"),
]


def capital_html():
    years = [(2025 + i, 2026 + i) for i in range(10)]
    heads = "".join("<th>[[d:%d/%d|%d-%02d|p=financial_year]]</th>" % (a, b, a, b % 100) for a, b in years)
    g = lcg(35)
    rows = []
    for name, d in SCHEMES:
        vals = [(next(g) % 9000) - (1500 if i == 9 else 0) for i in range(10)]
        rows.append("<tr><td>%s</td><td>%s</td>%s<td align=\"right\">%s</td></tr>"
                    % (name, d, "".join("<td align=\"right\">%s</td>" % money(v) for v in vals), money(sum(vals))))
    return ("""<p style="font-size:14pt"><b>Appendix H - Capital Programme [[d:2025/2035|2025-35|p=range]]</b></p>
<p>All figures in &pound;000. Negative figures in brackets are planned receipts or reprofiling into later years.</p>
<table data-title="Appendix H - Capital Programme 2025-35" border="1" cellspacing="0" cellpadding="3" width="100%">
<thead><tr><th width="20%">Scheme</th><th>Dir.</th>""" + heads + """<th>Total</th></tr></thead>
<tbody>""" + "".join(rows) + "</tbody></table>")


BASE = {"font": "Carlito", "font_size": "10pt", "margin": "1.6cm", "landscape": True}

PACK = {
    "name": "eastmarsh-cc-budget-2025-02-13-appendices",
    "title": "County Council 13 February 2025: Budget Appendices E to H",
    "stamp": "page", "number_front": True, "pad_blank": False,
    "documents": [
        dict(BASE, key="appE", kind="appendix", title="Appendix E - Revenue Budget 2025-26 by Service", date=None, html=APPENDIX_E),
        dict(BASE, key="appF", kind="appendix", title="Appendix F - Forecast Reserves", date=None, html=reserves_html()),
        dict(BASE, key="appG", kind="appendix", title="Appendix G - Savings Proposals", date=None, html=savings_html()),
        dict(BASE, key="appH", kind="appendix", title="Appendix H - Capital Programme 2025-35", date=None,
             font_size="12pt", html=capital_html()),
    ],
}
