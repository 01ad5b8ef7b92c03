"""Relative dates ("3 hours ago", "vor 2 Tagen", "昨天") read against the moment the page
was fetched.

A relative date says nothing by itself: "2 days ago" on a page crawled in 2024 is not two
days before the day it is extracted. It is read only when the caller says when the page was
fetched (`extract(..., fetched=...)`, a WARC record's `WARC-Date`), never against the clock.
Minutes and hours give a time (to the minute), days and "yesterday" a day; weeks, months
and years are not read (the day they name is unknown).

The words of each language are in `_AGO` and `_YESTERDAY`, the one place to extend.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from newsclean.metadata.dates import When, ascii_digits, aware

MAX_LINE_CHARS = 48
"""A relative date is read in a short line only ("Posted 3 hours ago", "vor 2 Stunden
aktualisiert"): in a sentence, "two days ago" is what the story tells, not its date."""

_A = r"(?P<a>an?|one|eine[mr]?|une?|una?|uno|um|uma|een|en|ett|et)"
"""The words for "one" before a unit ("an hour ago", "vor einer Stunde", "il y a une heure")."""

UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "minute": (
        r"min(?:ute)?s?", r"minuten?", r"minuut", r"minutos?", r"minut[oiy]?", r"minutter?",
        r"minuter", r"dakika", r"минут[аы]?", r"хвилин[иу]?", r"分钟", r"分鐘", r"分", r"분",
        r"minut(?:ou|ami)", r"minuuttia", r"λεπτ[άό]", r"דקות|דקה", r"دقيق(?:ة|تين)",
        r"دقائق", r"دقیقه", r"मिनट", r"menit", r"phút", r"นาที",
    ),
    "hour": (
        r"hours?", r"hrs?", r"stunden?", r"std\.?", r"heures?", r"horas?", r"or[aeă]", r"uur",
        r"godzin[ay]?", r"godz\.", r"timm(?:ar|e)", r"timer?", r"saat", r"час(?:а|ов)?",
        r"годин[иу]?", r"小时", r"小時", r"時間", r"시간",
        r"hodin(?:ou|ami|y)?", r"tuntia", r"ώρ(?:ες|α)", r"שעות|שעתיים|שעה", r"ساع(?:ة|ات|تين)",
        r"ساعت", r"घंट[ेा]", r"jam", r"giờ", r"ชั่วโมง",
    ),
    "day": (
        r"days?", r"tag(?:en)?", r"jours?", r"d[ií]as?", r"giorn[oi]", r"dag(?:en|ar|e|er)?",
        r"dni", r"dzień", r"gün", r"д(?:ень|ня|ней)", r"дн(?:і|ів)", r"天", r"日", r"일",
        r"dn(?:y|em|ů)", r"zile", r"päivää", r"(?:η)?μέρ(?:ες|α)", r"ימים|יומיים|יום",
        r"يوم(?:ين)?|أيام", r"روز", r"दिन", r"hari", r"ngày", r"วัน",
    ),
}
"""The units read, in each language's singular and plural (English, German, French,
Spanish, Italian, Portuguese, Dutch, Polish, Scandinavian, Turkish, Russian, Ukrainian,
Chinese, Japanese, Korean; Czech, Romanian, Finnish, Greek, Hebrew, Arabic, Persian,
Hindi, Indonesian and Malay, Vietnamese, Thai)."""
_MINUTE, _HOUR, _DAY = (
    rf"(?P<{unit}>{'|'.join(words)})" for unit, words in UNIT_WORDS.items()
)
_N = rf"(?:(?P<n>\d{{1,3}})|{_A})"
_UNIT = rf"(?:{_MINUTE}|{_HOUR}|{_DAY})"

_AGO = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"\b{_N}\s+{_UNIT}\s+(?:ago|fa|geleden|temu|назад|тому|önce|atrás|sedan|siden|sitten"
    r"|yang\s+lalu|lalu|trước|پیش|पहले)(?!\w)",
    rf"\b(?:vor|il\s+y\s+a|hace|há|před|acum|πριν(?:\s+από)?|לפני|منذ)\s+{_N}\s+{_UNIT}(?!\w)",
    rf"\bun'{_HOUR}\s+fa\b",  # Italian "un'ora fa"
    # Chinese, Japanese, Korean; not a month's day: "3月5日前", "3월 5일 전" are "before 5 March"
    rf"(?<![月\d])(?<!월)(?<!월 )(?P<n>\d{{1,3}})\s*{_UNIT}\s*(?:前|전)",
    rf"(?P<n>\d{{1,3}})\s*{_UNIT}\s*(?:ที่แล้ว|ก่อน)",  # Thai, written without spaces
    # Hungarian: the unit takes the "ago" as its ending ("3 órája", "5 perce", "2 napja")
    r"\b(?P<n>\d{1,3})\s+(?:(?P<minute>perce)|(?P<hour>órája)|(?P<day>napja))\b",
))
"""A count and a unit before "ago" (English "ago", Italian "fa", Dutch "geleden", Polish
"temu", Russian "назад", Ukrainian "тому", Turkish "önce", Portuguese "atrás", Swedish
"sedan", Danish and Norwegian "siden", Finnish "sitten", Indonesian "yang lalu",
Vietnamese "trước", Persian "پیش", Hindi "पहले"), after "before" (German "vor", French "il y
a", Spanish "hace", Portuguese "há", Czech "před", Romanian "acum", Greek "πριν από", Hebrew
"לפני", Arabic "منذ"), before 前/전 or Thai "ที่แล้ว"; Hungarian's own endings. A word ends
where no letter follows (Hindi's "पहले" ends with a vowel sign, no word character)."""

_YESTERDAY = re.compile(
    r"\b(?:yesterday|gestern|ayer|ieri|ontem|gisteren|wczoraj|вчера|учора|вчора|dün|igår"
    r"|i\s+går|eilen|včera|tegnap|kemarin|χθες|אתמול|أمس|دیروز)\b|昨天|昨日|어제|hôm\s+qua"
    r"|เมื่อวาน",
    re.IGNORECASE,
)
"""Words for "yesterday" that mean nothing else. French "hier" is also Dutch and German
for "here": it counts only before a time ("hier à 14h30", `_HIER`)."""
_HIER = re.compile(r"\bhier\b\W{0,3}(?:à\s+)?\d{1,2}\s*[:.h]\s*\d{2}", re.IGNORECASE)

_UNIT_SPAN = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1)}
MAX_COUNT = {"minute": 24 * 60, "hour": 48, "day": 31}
"""Counts past these are read as no date: "90 days ago" is a site's rounding, not a day."""


def parse_relative(text: str, fetched: datetime) -> When | None:
    """The moment or day a short relative date names, counted back from `fetched` (a
    naive `fetched` is read as UTC): "3 hours ago" a time to the minute, "2 days ago" and
    "yesterday" a day. None for a long text or none of these forms."""
    text = " ".join(ascii_digits(text).split())
    if not text or len(text) > MAX_LINE_CHARS:
        return None
    fetched = aware(fetched)
    for pattern in _AGO:
        match = pattern.search(text)
        if match is not None:
            return _back(match, fetched)
    if _says_yesterday(text):
        return fetched.date() - timedelta(days=1)
    return None


_TIME = re.compile(r"\d{1,2}\s*[:.h]\s*\d{2}(?:\s*[ap]\.?\s?m\b\.?)?", re.IGNORECASE)
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MAX_WORDS_BESIDE = 1
"""Words a "yesterday" line may hold beside it ("Posted yesterday"); with a time, three
("Posted yesterday at 3:15 PM", "Gestern, 14:30 Uhr"). "Yesterday's top stories" is a
heading, not a date."""
MAX_WORDS_BESIDE_TIME = 3


def _says_yesterday(text: str) -> bool:
    """Whether a short line dates something "yesterday" (at a time): the word, a time and
    a label at most. Each character of Chinese, Japanese or Korean counts as a word."""
    match = _YESTERDAY.search(text) or _HIER.search(text)
    if match is None:
        return False
    rest = f"{text[: match.start()]} {text[match.end():]}"
    timed = _TIME.search(rest) is not None or match.re is _HIER
    rest = _TIME.sub(" ", rest)
    words = sum(
        len(_IDEOGRAPHS.findall(w)) or 1 for w in re.findall(r"\w+", rest)
    )
    return words <= (MAX_WORDS_BESIDE_TIME if timed else MAX_WORDS_BESIDE)


def _back(match: re.Match[str], fetched: datetime) -> When | None:
    count = int(match.group("n")) if match.groupdict().get("n") else 1
    unit = next(u for u in UNIT_WORDS if match.groupdict().get(u))
    if not 0 < count <= MAX_COUNT[unit]:
        return None
    moment = fetched - count * _UNIT_SPAN[unit]
    if unit == "day":
        return date(moment.year, moment.month, moment.day)
    return moment.replace(second=0, microsecond=0)
