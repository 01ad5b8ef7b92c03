"""Wire datelines: labelled cases, look-alikes left alone, and the wire pages of AEB."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsclean.model import Block
from newsclean.normalize.dateline import parse_dateline
from newsclean.normalize.news import normalize_news

ROOT = Path(__file__).resolve().parent.parent
AEB_LABELS = Path(__file__).resolve().parent / "data" / "aeb_wire.json"

# (paragraph, raw, locations, agency, date, rest starts with)
CASES: list[tuple[str, str, list[str], str | None, str | None, str]] = [
    ("MOSCOW (Reuters) - Russia sees no reason", "MOSCOW (Reuters) -", ["MOSCOW"], "Reuters",
     None, "Russia sees"),
    ("NEW YORK, April 8 (Reuters) - Oil prices fell", "NEW YORK, April 8 (Reuters) -",
     ["NEW YORK"], "Reuters", "April 8", "Oil prices"),
    ("HAYWARD, Calif. (AP) — The Latest on a stabbing", "HAYWARD, Calif. (AP) —",
     ["HAYWARD, Calif."], "Associated Press", None, "The Latest"),
    ("HANOI, Vietnam (AP) — U.S. Defense Secretary", "HANOI, Vietnam (AP) —",
     ["HANOI, Vietnam"], "Associated Press", None, "U.S. Defense"),
    ("LONDON/PARIS (Reuters) - European shares", "LONDON/PARIS (Reuters) -",
     ["LONDON", "PARIS"], "Reuters", None, "European shares"),
    ("(Reuters) — The New York State Attorney General", "(Reuters) —", [], "Reuters", None,
     "The New York"),
    ("PARIS (AFP) - France said on Monday", "PARIS (AFP) -", ["PARIS"], "AFP", None,
     "France said"),
    ("BEIJING, Jan 5 (Xinhua) -- China's exports rose", "BEIJING, Jan 5 (Xinhua) --",
     ["BEIJING"], "Xinhua", "Jan 5", "China's exports"),
    ("WASHINGTON — NASA announced Nov. 18 that", "WASHINGTON —", ["WASHINGTON"], None, None,
     "NASA announced"),
    ("Moscow (Reuters) - Russia said", "Moscow (Reuters) -", ["Moscow"], "Reuters", None,
     "Russia said"),
    ("TOKYO (Reuters) – Japan's economy", "TOKYO (Reuters) –", ["TOKYO"], "Reuters", None,
     "Japan's economy"),
    ("SEOUL (Yonhap) — North Korea fired", "SEOUL (Yonhap) —", ["SEOUL"], "Yonhap", None,
     "North Korea"),
    ("FRANKFURT (dpa) - Germany's central bank", "FRANKFURT (dpa) -", ["FRANKFURT"], "dpa",
     None, "Germany's"),
    ("ROME (ANSA) - Italy's premier", "ROME (ANSA) -", ["ROME"], "ANSA", None, "Italy's"),
    ("MADRID (EFE) - Spain's king", "MADRID (EFE) -", ["MADRID"], "EFE", None, "Spain's"),
    ("TOKYO (Kyodo) -- Japan's government", "TOKYO (Kyodo) --", ["TOKYO"], "Kyodo", None,
     "Japan's"),
    ("NEW DELHI (PTI) - The Supreme Court", "NEW DELHI (PTI) -", ["NEW DELHI"], "PTI", None,
     "The Supreme"),
    ("Mumbai, Oct 12 (IANS) The Sensex rose", "Mumbai, Oct 12 (IANS)", ["Mumbai"], "IANS",
     "Oct 12", "The Sensex"),
    ("Hong Kong (CNN Business) A muddled view", "Hong Kong (CNN Business)", ["Hong Kong"],
     "CNN", None, "A muddled"),
    ("WASHINGTON (UPI) -- The Senate voted", "WASHINGTON (UPI) --", ["WASHINGTON"], "UPI",
     None, "The Senate"),
    ("NEW YORK (Bloomberg) -- Stocks rose", "NEW YORK (Bloomberg) --", ["NEW YORK"],
     "Bloomberg", None, "Stocks rose"),
    ("LONDON, 8 April (Reuters) - Britain's", "LONDON, 8 April (Reuters) -", ["LONDON"],
     "Reuters", "8 April", "Britain's"),
    ("ST. JOSEPH, Mich. (AP) — Michigan health", "ST. JOSEPH, Mich. (AP) —",
     ["ST. JOSEPH, Mich."], "Associated Press", None, "Michigan health"),
    ("SANTA FE, N.M. (AP) — A cat who", "SANTA FE, N.M. (AP) —", ["SANTA FE, N.M."],
     "Associated Press", None, "A cat"),
    ("BUFFALO, N.Y. — Hours before", "BUFFALO, N.Y. —", ["BUFFALO, N.Y."], None, None, "Hours"),
    ("DUBAI, United Arab Emirates — Dubai's flagship", "DUBAI, United Arab Emirates —",
     ["DUBAI, United Arab Emirates"], None, None, "Dubai's"),
    ("BERLIN -- The European Space Agency says", "BERLIN --", ["BERLIN"], None, None, "The"),
    ("Dekalb, Ill. — Mike Glass threw", "Dekalb, Ill. —", ["Dekalb, Ill."], None, None, "Mike"),
    ("Indianapolis – Several thousand teachers", "Indianapolis –", ["Indianapolis"], None,
     None, "Several"),
    ("RIO DE JANEIRO (Reuters) - Brazil's", "RIO DE JANEIRO (Reuters) -", ["RIO DE JANEIRO"],
     "Reuters", None, "Brazil's"),
    ("HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists", "HONOLULU, Hawaii (HawaiiNewsNow) -",
     ["HONOLULU, Hawaii"], "HawaiiNewsNow", None, "NASA"),
    ("KYIV/MOSCOW (Reuters) - Ukraine said", "KYIV/MOSCOW (Reuters) -", ["KYIV", "MOSCOW"],
     "Reuters", None, "Ukraine"),
    ("ANKARA (Anadolu Agency) - Turkey's", "ANKARA (Anadolu Agency) -", ["ANKARA"],
     "Anadolu Agency", None, "Turkey's"),
    ("WASHINGTON (The Associated Press) — Lawmakers", "WASHINGTON (The Associated Press) —",
     ["WASHINGTON"], "Associated Press", None, "Lawmakers"),
    ('GENEVA (AFP) - "We are worried," the WHO said', "GENEVA (AFP) -", ["GENEVA"], "AFP", None,
     '"We are'),
    ("THE HAGUE (Reuters) - The court ruled", "THE HAGUE (Reuters) -", ["THE HAGUE"], "Reuters",
     None, "The court"),
]

NOT_DATELINES: list[str] = [
    "UPDATE 2-Oil prices fall on supply worries",
    "BREAKING NEWS - Oil prices fall",
    "EXCLUSIVE - Company plans job cuts",
    "ANALYSIS - Why markets are nervous",
    "WORLD NEWS",
    "Biden — who was in Delaware — said on Friday",
    "John Smith — a local farmer — said the crop failed",
    "Two hostages — an American and an Australian — were freed",
    "Apple (AAPL) - Shares rose 3% on Tuesday",
    "South Dakota Gov. Kristi Noem (R) is defending the campaign",
    "PanARMENIAN.Net - Verified video footage shows",
    "Binge eating disorder (BED) is considered the most common",
    "Beauty company Coty is breaking out — in a good way.",
    "Trump – who was in Florida – said",
    "Warning – This story contains graphic details",
    "Note – The figures were revised",
    "The company (NYSE: XYZ) said",
    "WASHINGTON",
    "MOSCOW (Reuters) -",
    "(Some Local Blog) - Here is the news",
    "Netflix and Disney - The streaming war",
]


@pytest.mark.parametrize(("text", "raw", "locations", "agency", "date", "rest"), CASES)
def test_dateline(
    text: str, raw: str, locations: list[str], agency: str | None, date: str | None, rest: str
) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert found.dateline.raw == raw
    assert found.dateline.locations == locations
    assert found.dateline.agency == agency
    assert found.dateline.date == date
    assert found.rest.startswith(rest)
    assert found.rest == text[len(raw) :].lstrip()


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    assert parse_dateline(text) is None


def test_dateline_is_removed_from_first_paragraph_only_when_stripping() -> None:
    blocks = [Block(text="MOSCOW (Reuters) - Russia said a thing on Tuesday."), Block(text="More.")]
    stripped = normalize_news(blocks)
    kept = normalize_news(blocks, strip_wire=False)
    assert stripped.blocks[0].text == "Russia said a thing on Tuesday."
    assert kept.blocks[0].text == blocks[0].text
    assert stripped.dateline == kept.dateline
    assert stripped.agency == kept.agency == "Reuters"


def test_dateline_after_a_kicker_paragraph() -> None:
    blocks = [Block(text="By Jane Doe"), Block(text="PARIS (AFP) - France said no.")]
    parts = normalize_news(blocks)
    assert parts.dateline is not None and parts.dateline.locations == ["PARIS"]
    assert parts.blocks[1].text == "France said no."


def test_no_dateline_after_the_story_has_started() -> None:
    story = "The minister said on Tuesday that the talks would go on for at least two weeks."
    blocks = [Block(text=story), Block(text="PARIS (AFP) - France said no.")]
    assert normalize_news(blocks).dateline is None


def _aeb_root() -> Path:
    env = os.environ.get("NEWSCLEAN_DATA")
    return (Path(env) if env else ROOT.parent / "shared" / "datasets") / "aeb"


def _aeb_labels() -> dict[str, dict[str, object]]:
    labels: dict[str, dict[str, object]] = json.loads(AEB_LABELS.read_text(encoding="utf-8"))
    return labels


@pytest.mark.parametrize("page_id", sorted(_aeb_labels()))
def test_aeb_wire_page(page_id: str) -> None:
    """Each labelled wire page of AEB: its true body parses right, the rest is unchanged."""
    truth_file = _aeb_root() / "ground-truth.json"
    if not truth_file.exists():
        pytest.skip(f"AEB dataset not found at {truth_file.parent} (set NEWSCLEAN_DATA)")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    label = _aeb_labels()[page_id]
    paragraphs = [p for p in truth[page_id]["articleBody"].split("\n\n") if p.strip()]
    parts = normalize_news([Block(text=p) for p in paragraphs])
    expected = label["dateline"]
    if expected is None:
        assert parts.dateline is None
    else:
        assert parts.dateline is not None and parts.dateline.model_dump() == expected
    assert [c.model_dump() for c in parts.credits] == label["credits"]
    assert parts.agency == label["agency"]
    removed = label["removed_tail"]
    assert isinstance(removed, list)
    body = list(paragraphs)
    if parts.dateline is not None:
        assert body[0].startswith(parts.dateline.raw)
        body[0] = body[0][len(parts.dateline.raw) :].lstrip()
    if removed:
        assert body[-len(removed) :] == removed
        body = body[: -len(removed)]
    assert [b.text for b in parts.blocks] == body
    unstripped = normalize_news([Block(text=p) for p in paragraphs], strip_wire=False)
    assert [b.text for b in unstripped.blocks] == paragraphs
