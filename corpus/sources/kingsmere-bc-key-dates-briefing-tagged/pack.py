# Dates in every form, exported as a tagged PDF (UseTaggedPDF). Source: ../_shared/kingsmere_key_dates.py
import os
exec(open(os.path.join(SHARED, "kingsmere_key_dates.py"), encoding="utf-8").read())
PACK = make_pack("kingsmere-bc-key-dates-briefing-tagged", True)
