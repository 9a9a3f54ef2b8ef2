# Shared source of the two Kingsmere key-dates packs (one exported as tagged PDF, one untagged).
# A briefing note that uses every date form found in real packs.

BODY = """
<p style="font-size:14pt"><b>Kingsmere Borough Council</b></p>
<p style="font-size:16pt"><b>Briefing note</b></p>
<table data-layout="1" cellpadding="3">
<tr><td width="20%"><b>To</b></td><td>Communities Scrutiny Panel</td></tr>
<tr><td><b>Date</b></td><td>[[d:2016-07-21|21st July, 2016]]</td></tr>
<tr><td><b>Subject</b></td><td>Children's Centres Review - Chronology and Next Steps</td></tr>
</table>
<h3>1 Purpose of the Note</h3>
<p style="margin-left:1.2cm; text-indent:-1.2cm">1.1&nbsp;&nbsp;&nbsp;To set out for the Panel the sequence of events in the review of children's centres
since it began in [[d:2011-12|Dec 2011]], and the timetable for the decisions still to be taken.</p>
<h3>2 Recommendations</h3>
<p style="margin-left:1.2cm; text-indent:-1.2cm">2.1&nbsp;&nbsp;&nbsp;The Communities Scrutiny Panel is recommended to:</p>
<p style="margin-left:2cm; text-indent:-0.8cm">1)&nbsp;&nbsp;<rec label="1)" lead="The Communities Scrutiny Panel is recommended to">Note the chronology of the review set out in section 3</rec></p>
<p style="margin-left:2cm; text-indent:-0.8cm">2)&nbsp;&nbsp;<rec label="2)" lead="The Communities Scrutiny Panel is recommended to">Ask for a further report at its meeting on [[d:2016-10-13|13th October 16]] on the outcome of the consultation</rec></p>
<h3>3 Chronology</h3>
<p style="margin-left:1.2cm; text-indent:-1.2cm">3.1&nbsp;&nbsp;&nbsp;The main events in the review are set out in the table below. Dates are given as they
appear in the original records.</p>
<table data-title="Key events in the children's centres review" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th width="24%">Date</th><th>Event</th></tr></thead>
<tbody>
<tr><td>[[d:2011-12|Dec 2011]]</td><td>Cabinet asks officers to review the use of the eleven children's centre buildings.</td></tr>
<tr><td>[[d:2012-06-10|10 th June 2012]]</td><td>First round of engagement with parents begins at the Eastgate centre.</td></tr>
<tr><td>[[d:2013-03|March 2013]]</td><td>Options report considered by the Children's Services Improvement Board.</td></tr>
<tr><td>[[d:2015-09-10|10/09/2015|amb]]</td><td>Scrutiny Panel considers the draft strategy; information on usage to be sent to members.</td></tr>
<tr><td>[[d:2015-10-14|14/10/15]]</td><td>Usage figures circulated to members of the Panel.</td></tr>
<tr><td>[[d:2015/2016|2015/16|p=financial_year]]</td><td>Three centres merged into locality hubs; savings of &pound;640,000 achieved.</td></tr>
<tr><td>[[d:2016-02-11/2016-06-03|11 February - 3 June 2016]]</td><td>Public consultation on the future of the remaining centres.</td></tr>
<tr><td>[[d:2016-05|End of May 16|amb]]</td><td>Evidence for the payment by results claim to be completed.</td></tr>
<tr><td>[[d:2016-06|June 16|amb]]</td><td>Consultation findings reported to the Cabinet Member.</td></tr>
<tr><td>[[d:2016-04/2016-06|Q1 2016/17|p=quarter]]</td><td>Staff consultation on the new locality structure.</td></tr>
<tr><td>[[d:2016-01/2016-02|Jan/Feb 16|amb]]</td><td>Visits by the Cabinet Member to every centre.</td></tr>
<tr><td>[[d:2016-09|September 16|amb]]</td><td>Second payment by results claim.</td></tr>
<tr><td>[[d:2017-03-31|31.03.2017]]</td><td>End of the current lease at the Northgate centre.</td></tr>
</tbody></table>
<h3>4 Background</h3>
<p style="margin-left:1.2cm; text-indent:-1.2cm">4.1&nbsp;&nbsp;&nbsp;The review forms part of the Early Help and Prevention Strategy
[[d:2015/2018|2015 - 2018|p=range]], which Cabinet agreed on [[d:2015-03-24|Tuesday 24 March 2015]].</p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">4.2&nbsp;&nbsp;&nbsp;In the year [[d:2015/2016|2015-16|p=financial_year]] the centres
recorded 41,380 visits. The busiest month was [[d:2015-10|October 2015]] and the quietest was [[d:2015-08|August|p=month]].</p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">4.3&nbsp;&nbsp;&nbsp;Members who wish to visit a centre before the Panel meeting should
tell the Scrutiny Co-ordinator by [[d:2016-07-20|12 noon on 20th July|t=12:00,p=day]]. A visit to the Eastgate centre is planned for
[[d:2016-07-18|10.30 a.m. on Monday 18 July|t=10:30,p=day]].</p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">4.4&nbsp;&nbsp;&nbsp;The Cabinet Member will take the final decision no earlier than
[[d:2016-09-01|1 September 2016]], after the Panel's comments have been considered. Any call-in would be heard in
[[d:2016|2016]].</p>
<h3>5 Next Steps</h3>
<p style="margin-left:1.2cm; text-indent:-1.2cm">5.1&nbsp;&nbsp;&nbsp;The meeting of the Panel at which this note is considered starts at
[[d:2016-07-21|2.00 pm on Thursday, 21st July, 2016|t=14:00]] in Committee Room 3.</p>
<p>&nbsp;</p>
<p>Helen Ashby<br>Scrutiny Co-ordinator<br>helen.ashby@kingsmere.example.gov.uk</p>
"""


def make_pack(name, tagged):
    return {
        "name": name, "tagged": tagged,
        "title": "Children's Centres Review - Chronology and Next Steps",
        "documents": [
            {"key": "note", "kind": "briefing_note", "title": "Briefing note", "date": "2016-07-21",
             "to": "Communities Scrutiny Panel", "subject": "Children's Centres Review - Chronology and Next Steps",
             "authors": ["Helen Ashby"], "font": "Caladea", "font_size": "12pt", "margin": "2.2cm", "html": BODY},
        ],
    }
