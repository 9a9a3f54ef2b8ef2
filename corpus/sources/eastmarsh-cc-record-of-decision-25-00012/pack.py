# Eastmarsh County Council: record of decision 25/00012 (a decision notice), Carlito.

BODY = """
<p align="center" style="font-size:15pt"><b>EASTMARSH COUNTY COUNCIL - RECORD OF DECISION</b></p>
<table data-layout="1" width="100%" cellpadding="4" border="1" cellspacing="0">
<tr><td width="70%"><b>DECISION TAKEN BY:</b><br>Rebecca Dunstan,<br>Cabinet Member for Education and Skills</td>
<td><b>DECISION NO:</b><br>25/00012</td></tr>
</table>
<p><b>For publication</b></p>
<p><b>Key decision: YES</b></p>
<p>Key decision criteria. The decision will:</p>
<p style="margin-left:1cm">a) result in savings or expenditure of more than &pound;1m; and</p>
<p style="margin-left:1cm">b) be significant in its effects on communities living or working in two or more electoral divisions.</p>
<p><b>Subject Matter / Title of Decision</b></p>
<p>Expansion of Marshfield Primary School, Saltley, from 1.5 to 2 forms of entry</p>
<p><b>Decision:</b></p>
<p>As Cabinet Member for Education and Skills, I agree to:</p>
<p style="margin-left:1cm">A) <rec k="decision" label="A)" lead="As Cabinet Member for Education and Skills, I agree to" by="Cabinet Member for Education and Skills" date="2025-02-14" outcome="agreed">issue a public notice to expand Marshfield Primary School by increasing its published admission number from 45 to 60 from [[d:2026-09|September 2026]]</rec>;</p>
<p style="margin-left:1cm">B) <rec k="decision" label="B)" lead="As Cabinet Member for Education and Skills, I agree to" by="Cabinet Member for Education and Skills" date="2025-02-14" outcome="agreed">allocate &pound;3.4m from the Basic Need capital programme to the building works</rec>; and</p>
<p style="margin-left:1cm">C) <rec k="decision" label="C)" lead="As Cabinet Member for Education and Skills, I agree to" by="Cabinet Member for Education and Skills" date="2025-02-14" outcome="agreed">delegate authority to the Corporate Director of Infrastructure to award the building contract and to enter into any other contracts needed to carry out this decision</rec>.</p>
<p><b>Reason(s) for decision:</b></p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">1.1&nbsp;&nbsp;&nbsp;The Commissioning Plan for Education Provision [[d:2025/2029|2025-29|p=range]] identified a need for 15 additional
Reception places in the Saltley planning group from [[d:2026/2027|2026-27|p=financial_year]], as a result of new housing at Harbour Fields.</p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">1.2&nbsp;&nbsp;&nbsp;Marshfield Primary School is popular with parents, is rated Good by Ofsted and has a site large enough
to accommodate a two-storey extension without loss of playing field.</p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">1.3&nbsp;&nbsp;&nbsp;A public consultation ran from [[d:2024-11-04/2024-12-13|4 November 2024 to 13 December 2024]]. Of the 86 responses,
61 supported the proposal, 17 opposed it and 8 expressed no view. Concerns about parking at the start and end of the day
will be addressed through the school travel plan.</p>
<p><b>Financial Implications</b></p>
<p>The capital cost is estimated at &pound;3.4m, funded from the Basic Need grant. Revenue funding for the additional
pupils will come through the Dedicated Schools Grant.</p>
<p><b>Cabinet Committee recommendations and other consultation:</b></p>
<p>The proposed decision was discussed at the Children's and Young People's Cabinet Committee on
[[d:2025-01-14|14th January 2025]], which resolved to support it.</p>
<p><b>Any alternatives considered and rejected:</b></p>
<p>Expanding St Aidan's Church of England Primary School was considered but rejected because its site is constrained.</p>
<p><b>Any interest declared when the decision was taken and any dispensation granted by the Proper Officer:</b> None</p>
<p>&nbsp;</p>
<table data-layout="1" width="100%" cellpadding="4">
<tr><td width="50%">..............................................................</td><td>..............................................................</td></tr>
<tr><td>signed</td><td>date: [[d:2025-02-14|14/02/2025]]</td></tr>
</table>
"""

PACK = {
    "name": "eastmarsh-cc-record-of-decision-25-00012",
    "title": "Record of Decision 25/00012",
    "documents": [
        {"key": "rod", "kind": "decision_notice", "title": "EASTMARSH COUNTY COUNCIL - RECORD OF DECISION",
         "date": "2025-02-14", "subject": "Expansion of Marshfield Primary School, Saltley, from 1.5 to 2 forms of entry",
         "from": "Rebecca Dunstan, Cabinet Member for Education and Skills", "authors": ["Rebecca Dunstan"],
         "font": "Carlito", "font_size": "12pt", "margin": "2cm", "html": BODY},
    ],
}
