# Harrowby Borough Council: a ModernGov-style cabinet report (A4, Liberation Sans) with a
# To / From / Subject / Decision No cover table and recommendations printed as "Cabinet is
# asked to:" over bullets ("• Note ...", "• Agree ...", "• Delegate authority to ..."). One record
# per bullet, lead-in "Cabinet is asked to", addressee Cabinet unless the bullet names another.
# A bullet is no number or letter, so the records' label is null.

def sec(no, title, paras):
    out = ["<h3>%s. %s</h3>" % (no, title)]
    for i, p in enumerate(paras, 1):
        out.append('<p style="margin-left:1.2cm; text-indent:-1.2cm">%s.%d&nbsp;&nbsp;&nbsp;%s</p>' % (no, i, p))
    return "\n".join(out)


def bullet(rec, sep):
    return '<p style="margin-left:1.6cm; text-indent:-0.6cm">&#8226;&nbsp;&nbsp;&nbsp;%s%s</p>' % (rec, sep)


LEAD = "Cabinet is asked to"

REPORT = """
<p align="right"><b>HARROWBY BOROUGH COUNCIL</b></p>
<table data-layout="1" width="100%" cellpadding="3">
<tr><td width="24%"><b>To:</b></td><td>Cabinet - [[d:2024-10-08|8 October 2024]]</td></tr>
<tr><td><b>From:</b></td><td>Councillor Nadia Okafor, Cabinet Member for Environment<br>Colin Brereton, Director of Environment and Neighbourhoods</td></tr>
<tr><td><b>Subject:</b></td><td>Weekly Food Waste Collections</td></tr>
<tr><td><b>Decision No:</b></td><td>24/00153</td></tr>
<tr><td><b>Classification:</b></td><td>Unrestricted</td></tr>
<tr><td><b>Key Decision:</b></td><td>Yes - affects all wards</td></tr>
<tr><td><b>Ward(s):</b></td><td>All</td></tr>
</table>
<p><b>Summary:</b> The Environment Act requires the Council to collect food waste separately from every household each
week. This report sets out how the service will be introduced and asks Cabinet to agree the rollout and the purchase of
vehicles and caddies.</p>
<p><b>Recommendation(s):</b></p>
<p>Cabinet is asked to:</p>
""" + bullet('<rec lead="%s" to="Cabinet">Note the duty to collect food waste weekly from every household from [[d:2026-04-01|1 April 2026]]</rec>' % LEAD, ";") \
    + bullet('<rec lead="%s" to="Cabinet">Agree the rollout of weekly food waste collections in three phases between [[d:2025-09/2026-03|September 2025 and March 2026]], as set out in section 4</rec>' % LEAD, ";") \
    + bullet('<rec lead="%s" to="Cabinet">Agree capital spending of &pound;2.35m on twelve collection vehicles and household caddies, funded by the government&#8217;s new burdens grant</rec>' % LEAD, "; and") \
    + bullet('<rec lead="%s" to="Director of Environment and Neighbourhoods">Delegate authority to the Director of Environment and Neighbourhoods, in consultation with the Cabinet Member for Environment, to award the contract for the supply of caddies and liners</rec>' % LEAD, ".") \
    + sec("1", "Background", [
        "The Environment Act [[d:2021|2021]] and the Simpler Recycling reforms require every English waste collection authority to collect food waste separately, at least weekly, from all households.",
        "Harrowby currently collects food waste mixed with garden waste from 31,400 households that subscribe to the garden waste service. Food waste from other households goes into the residual bin and is sent for incineration.",
        "A waste composition analysis carried out in [[d:2023-11|November 2023]] found that food makes up 34 per cent by weight of the residual waste collected from Harrowby homes.",
    ]) + sec("2", "Service design", [
        "Each household will receive a 7 litre kitchen caddy, a 23 litre kerbside caddy and a first supply of compostable liners. Flats will share 140 litre bins at their bin stores.",
        "Collections will be made on the same day as the household's residual or recycling collection, so that no household needs to learn a new collection day.",
        "Collected food waste will be delivered to the anaerobic digestion plant at Sedgecombe under the county council's existing contract.",
    ]) + sec("3", "Financial implications", [
        "The government has confirmed capital funding of &pound;2.35m for vehicles and containers. Revenue funding for the running costs has been confirmed for [[d:2025/2026|2025/26|p=financial_year]] only.",
        "The net annual running cost is estimated at &pound;1.18m, partly offset by savings of &pound;0.41m a year in incineration gate fees.",
    ]) + sec("4", "Rollout", [
        "Phase 1 (about 18,000 households in the north of the borough) will start in [[d:2025-09|September 2025]]. Phase 2 will follow in [[d:2025-11|November 2025]] and phase 3, covering flats and the town centre, in [[d:2026-03|March 2026]].",
        "Residents will be told about the new service by letter and on the Council's website at least six weeks before their first collection.",
    ]) + sec("5", "Consultation", [
        "The Environment Overview and Scrutiny Committee considered the proposals on [[d:2024-09-17|17 September 2024]] and supported the phased rollout.",
    ]) + """
<p><b>Background papers:</b> Waste composition analysis, [[d:2023-11|November 2023]]; Environment Overview and Scrutiny Committee minutes, [[d:2024-09-17|17 September 2024]].</p>
<p><b>Contact officer:</b> Helen Tranter, Waste Services Manager, 01632 960 418</p>
"""

PACK = {
    "name": "harrowby-bc-cabinet-report-food-waste-2024-10-08",
    "title": "Weekly Food Waste Collections",
    "documents": [
        {"key": "report", "kind": "report", "title": "Weekly Food Waste Collections",
         "date": "2024-10-08", "subject": "Weekly Food Waste Collections", "to": "Cabinet - 8 October 2024",
         "from": "Councillor Nadia Okafor, Cabinet Member for Environment; Colin Brereton, Director of Environment and Neighbourhoods",
         "authors": ["Helen Tranter"], "font": "Liberation Sans", "font_size": "11pt", "margin": "2.2cm", "html": REPORT},
    ],
}
