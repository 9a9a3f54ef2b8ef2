# Municipalité de Saint-Éloi-des-Bouleaux (Québec, invented), ordre du jour de la séance ordinaire
# du conseil municipal du lundi 5 février 2024 à 19 h 30. Letter (as Quebec municipalities print),
# Liberation Sans. Numbered headings "1. Ouverture de la séance", "2. Adoption de l'ordre du jour",
# "3. ADMINISTRATION GÉNÉRALE" with sub-items "3.1" … "3.4" under them (number "3.1", parent 3),
# an "Avis de motion" item, "Période de questions" and "Levée de la séance"; references to items
# in the text ("au point 11", "le point 3.3") are not items. French dates ("le lundi 5 février
# 2024 à 19 h 30", "15 janvier 2024"), by-law numbers "2024-02" (not dates). No page stamps.

ITEMS = [
    {"number": "1", "title": "Ouverture de la séance"},
    {"number": "2", "title": "Adoption de l'ordre du jour"},
    {"number": "3", "title": "ADMINISTRATION GÉNÉRALE"},
    {"number": "3.1", "parent": "3", "title": "Adoption du procès-verbal de la séance ordinaire du [[d:2024-01-15|15 janvier 2024]]"},
    {"number": "3.2", "parent": "3", "title": "Adoption des comptes à payer au [[d:2024-01-31|31 janvier 2024]]"},
    {"number": "3.3", "parent": "3", "title": "Avis de motion et dépôt du projet de règlement numéro [[x:2024-02]] sur le code d'éthique et de déontologie des élus"},
    {"number": "3.4", "parent": "3", "title": "Renouvellement de l'adhésion à la Fédération québécoise des municipalités"},
    {"number": "4", "title": "SÉCURITÉ PUBLIQUE"},
    {"number": "4.1", "parent": "4", "title": "Rapport du directeur du service de sécurité incendie pour [[d:2024-01|janvier 2024]]"},
    {"number": "5", "title": "TRANSPORT ET VOIRIE"},
    {"number": "5.1", "parent": "5", "title": "Octroi du contrat de déneigement du chemin du Lac-Vert"},
    {"number": "5.2", "parent": "5", "title": "Programme d'aide à la voirie locale : reddition de comptes"},
    {"number": "6", "title": "URBANISME ET DÉVELOPPEMENT"},
    {"number": "6.1", "parent": "6", "title": "Demande de dérogation mineure : 45, chemin du Lac-Vert"},
    {"number": "6.2", "parent": "6", "title": "Nomination d'un membre au comité consultatif d'urbanisme"},
    {"number": "7", "title": "LOISIRS ET CULTURE"},
    {"number": "7.1", "parent": "7", "title": "Aide financière au Club de l'âge d'or des Bouleaux"},
    {"number": "8", "title": "Correspondance"},
    {"number": "9", "title": "Varia"},
    {"number": "10", "title": "Période de questions"},
    {"number": "11", "title": "Levée de la séance"},
]


def front_html(ranges):
    h = ["""<p align="center" style="font-size:11pt">PROVINCE DE QUÉBEC<br>MRC DES HAUTES-TERRES</p>
<p align="center" style="font-size:15pt"><b>MUNICIPALITÉ DE SAINT-ÉLOI-DES-BOULEAUX</b></p>
<p align="center" style="font-size:14pt"><b>ORDRE DU JOUR</b></p>
<p align="center">Séance ordinaire du conseil municipal qui se tiendra le [[d:2024-02-05|lundi 5 février 2024 à 19 h 30|t=19:30]]<br>
à la salle du conseil, 12, rue de l'Église, Saint-Éloi-des-Bouleaux</p>
<p>&nbsp;</p>"""]
    for it in ITEMS:
        if it.get("parent"):
            h.append('<p style="margin-left:1.6cm; text-indent:-0.9cm">%s&nbsp;&nbsp;&nbsp;%s</p>' % (it["number"], it["title"]))
        else:
            h.append('<p style="margin-top:0.25cm"><b>%s.&nbsp;&nbsp;&nbsp;%s</b></p>' % (it["number"], it["title"]))
    h.append("""<p>&nbsp;</p>
<p>Le projet de règlement présenté au point 3.3 peut être consulté au bureau municipal pendant les heures d'ouverture. Les
citoyens qui souhaitent s'adresser au conseil peuvent le faire au point 10, pendant la période de questions.</p>
<p>Donné à Saint-Éloi-des-Bouleaux, le [[d:2024-02-01|1er février 2024]].</p>
<p>Geneviève Tremblay-Ouellet<br>Directrice générale et greffière-trésorière</p>""")
    return "\n".join(h)


PACK = {
    "name": "saint-eloi-des-bouleaux-qc-conseil-2024-02-05",
    "title": "Ordre du jour, séance ordinaire du 5 février 2024",
    "lang": "fr",
    "meeting": {"authority": "Municipalité de Saint-Éloi-des-Bouleaux", "body": "Conseil municipal", "date": "2024-02-05",
                "start_time": "19:30", "venue": "salle du conseil, 12, rue de l'Église, Saint-Éloi-des-Bouleaux"},
    "items": ITEMS,
    "documents": [
        {"key": "odj", "kind": "front_sheet", "title": "ORDRE DU JOUR", "date": "2024-02-01", "authors": ["Geneviève Tremblay-Ouellet"],
         "paper": "Letter", "font": "Liberation Sans", "font_size": "11pt", "margin": "2cm"},
    ],
}
