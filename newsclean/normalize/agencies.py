"""News agencies (wire services): one canonical name per agency, recognised by one list.

Adding an agency is adding a line to `AGENCIES`; no code is keyed to a single agency.
"""

from __future__ import annotations

import re

# canonical name -> aliases as written in datelines, bylines and metadata (case-insensitive)
AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters", "Reuters Staff"),
    "Associated Press": ("AP", "Associated Press", "The Associated Press", "AP News"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "AFP News"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE", "Agencia EFE"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "ANI": ("ANI", "Asian News International"),
    "CNN": ("CNN", "CNN Business", "CNN Wire"),
    "UPI": ("UPI", "United Press International"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "TASS": ("TASS", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Anadolu Agency": ("Anadolu", "Anadolu Agency", "AA"),
    "Canadian Press": ("CP", "The Canadian Press", "Canadian Press"),
    "AAP": ("AAP", "Australian Associated Press"),
    "PA Media": ("PA", "PA Media", "Press Association"),
    "Europa Press": ("Europa Press",),
    "APA": ("APA",),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "NTB": ("NTB",),
    "TT": ("TT",),
    "Ritzau": ("Ritzau",),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "Lusa": ("Lusa",),
    "WAM": ("WAM",),
    "SPA": ("SPA",),
    "IRNA": ("IRNA",),
    "Jiji": ("Jiji", "Jiji Press"),
    "CNA": ("CNA",),
}

_ALIAS_TO_CANONICAL: dict[str, str] = {
    alias.casefold(): name for name, aliases in AGENCIES.items() for alias in aliases
}
_SPACES = re.compile(r"\s+")


def canonical_agency(text: str | None) -> str | None:
    """The canonical agency name for an alias ("AP" -> "Associated Press"), else None."""
    if not text:
        return None
    key = _SPACES.sub(" ", text.strip(" .,-–—()")).casefold()
    return _ALIAS_TO_CANONICAL.get(key)
