"""Wire datelines in the body: the first paragraph only, and the wire pages of AEB.

The labelled datelines and look-alikes of every language are in `test_wire_corpus.py`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import newsclean
from newsclean.model import Block
from newsclean.news import normalize_news

ROOT = Path(__file__).resolve().parent.parent
AEB_LABELS = Path(__file__).resolve().parent / "data" / "aeb_wire.json"

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
    more = "Officials on both sides said they expected no agreement before the end of the month."
    blocks = [Block(text=story), Block(text=more), Block(text="PARIS (AFP) - France said no.")]
    assert normalize_news(blocks).dateline is None


def test_a_dateline_after_one_lead_paragraph_is_read() -> None:
    """A standfirst, a summary or an update note may stand above the dated story."""
    lead = "Since our first report, a new source has come forward with documents about the firm."
    dated = "PARIS (AFP) - France said on Tuesday that it would not sign the agreement."
    parts = normalize_news([Block(text=lead), Block(text=dated)])
    assert parts.dateline is not None and parts.dateline.raw == "PARIS (AFP) -"
    assert [b.text for b in parts.blocks] == [lead, dated.removeprefix("PARIS (AFP) - ")]


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


@pytest.mark.parametrize(("paragraph", "raw", "rest"), [
    ("\u200fالقاهرة (رويترز) - قالت الحكومة المصرية يوم الثلاثاء إنها ستخفض الدعم.",
     "القاهرة (رويترز) -", "قالت الحكومة"),  # a right-to-left mark before it
    ("中新社北京12月5日电 (记者 张三)国务院新闻办公室5日举行发布会，介绍有关情况。",
     "中新社北京12月5日电 (记者 张三)", "国务院新闻办公室"),  # a space before the reporter
])
def test_datelines_behind_invisible_marks_or_spaces(paragraph: str, raw: str, rest: str) -> None:
    parts = normalize_news([Block(text=paragraph), Block(text="第二段。Second paragraph.")])
    assert parts.dateline is not None and parts.dateline.raw == raw
    assert parts.blocks[0].text.startswith(rest)


@pytest.mark.parametrize(
    ("paragraph", "raw", "date"),
    [
        ("Αθήνα, 5 Δεκεμβρίου (Ρόιτερς) - Η κυβέρνηση ανακοίνωσε την Πέμπτη ένα σχέδιο.",
         "Αθήνα, 5 Δεκεμβρίου (Ρόιτερς) -", "5 Δεκεμβρίου"),
        ("ΑΘΗΝΑ, 5 ΔΕΚΕΜΒΡΙΟΥ (Ρόιτερς) - Η κυβέρνηση ανακοίνωσε την Πέμπτη ένα σχέδιο.",
         "ΑΘΗΝΑ, 5 ΔΕΚΕΜΒΡΙΟΥ (Ρόιτερς) -", "5 ΔΕΚΕΜΒΡΙΟΥ"),
        ("Αθήνα, 5 Μαΐου (Ρόιτερς) - Η κυβέρνηση ανακοίνωσε την Πέμπτη ένα σχέδιο.",
         "Αθήνα, 5 Μαΐου (Ρόιτερς) -", "5 Μαΐου"),
        ("मुंबई, 5 दिसंबर (रॉयटर्स) - सरकार ने गुरुवार को किसानों के लिए योजना की घोषणा की।",
         "मुंबई, 5 दिसंबर (रॉयटर्स) -", "5 दिसंबर"),
    ],
)
def test_a_greek_or_hindi_dateline_with_its_date_is_read(
    paragraph: str, raw: str, date: str
) -> None:
    """The dateline's months are those `metadata.dates` reads, Greek and Hindi among them."""
    from newsclean.normalize.dateline import parse_dateline

    found = parse_dateline(paragraph)
    assert found is not None
    assert (found.dateline.raw, found.dateline.date) == (raw, date)


def test_a_nordic_dateline_without_a_dash_opens_the_body_only() -> None:
    """TT writes no separator ("STOCKHOLM (TT) Regeringen…"); so short an alias is read
    without one only in the body's first paragraph."""
    dated = "STOCKHOLM (TT) Regeringen vill skärpa straffen för grova vapenbrott."
    parts = normalize_news([Block(text=dated), Block(text="Mer text.")])
    assert parts.dateline is not None and parts.dateline.raw == "STOCKHOLM (TT)"
    assert parts.agency == "TT"
    assert parts.blocks[0].text == "Regeringen vill skärpa straffen för grova vapenbrott."
    later = normalize_news([Block(text="Av Anna Berg"), Block(text=dated)])
    assert later.dateline is None and later.blocks[1].text == dated


@pytest.mark.parametrize(("paragraph", "place"), [
    ("（中央社記者王小明某鎮5日電）鎮公所今天宣布新的垃圾清運時間。", "某鎮"),
    ("（中央社記者王小明、李大華某鎮5日電）鎮公所今天宣布新的垃圾清運時間。", "某鎮"),
    ("（中央社某鎮5日綜合外電報導）當地官員今天表示，救援工作仍在進行。", "某鎮"),
    ("（中央社記者王小明某鎮5日專電）當地政府今天宣布新的投資措施。", "某鎮"),
])
def test_a_cna_dateline_whose_place_the_gazetteer_lacks(paragraph: str, place: str) -> None:
    """CNA's shape (agency, reporter, a name of three characters, place, day) vouches for
    the place; so does a dispatch compiled from foreign wires."""
    parts = normalize_news([Block(text=paragraph)])
    assert parts.dateline is not None and parts.dateline.locations == [place]
    assert parts.agency == "CNA" and parts.blocks[0].text == paragraph.split("）", 1)[1]


@pytest.mark.parametrize(("paragraph", "byline", "names", "agency"), [
    ("By Jane Doe MOSCOW (Reuters) - The Kremlin said on Monday it saw no reason to change.",
     "By Jane Doe", ["Jane Doe"], "Reuters"),
    ("By Jane Doe, Associated Press WASHINGTON (AP) — The Senate voted on Tuesday to pass it.",
     "By Jane Doe, Associated Press", ["Jane Doe"], "AP"),
    ("Von Max Muster BERLIN (dpa) - Die Bundesregierung hat am Montag neue Regeln beschlossen.",
     "Von Max Muster", ["Max Muster"], "dpa"),
])
def test_a_byline_run_into_the_dateline(
    paragraph: str, byline: str, names: list[str], agency: str
) -> None:
    """Reprints flatten the wire's byline and dateline into one line: the byline names the
    authors, the dateline is read, and the story starts after the dash."""
    parts = normalize_news([Block(text=paragraph), Block(text="A second paragraph.")])
    assert parts.authors == names and parts.agency == agency
    assert parts.dateline is not None and parts.blocks[0].text.split()[0] in ("The", "Die")
    assert [r.text for r in parts.removed[:2]] == [byline, parts.dateline.raw]


def test_a_byline_run_into_the_dateline_names_the_articles_authors() -> None:
    html = ("<html><head><title>Kremlin sees no reason to change course</title></head><body>"
            "<article><h1>Kremlin sees no reason to change course</h1>"
            "<p>By Jane Doe MOSCOW (Reuters) - The Kremlin said on Monday it saw no reason to "
            "change its course on the talks, despite the new sanctions announced last week.</p>"
            "<p>Officials in Moscow said the sanctions would have little effect on the economy, "
            "which has adapted to earlier rounds of restrictions over the past three years.</p>"
            "<p>The talks are due to resume next month in Geneva, a diplomat said on Monday, "
            "adding that both sides had agreed to the dates in principle.</p>"
            "</article></body></html>")
    article = newsclean.extract(html)
    assert article.authors == ["Jane Doe"] and article.agency == "Reuters"
    assert article.text.startswith("The Kremlin said")


@pytest.mark.parametrize(("lead", "names", "agency"), [
    ("By Jane Doe WASHINGTON (AP) — The Senate passed the bill on Tuesday.", ["Jane Doe"], "AP"),
    ("By JANE DOE AP WASHINGTON (AP) — The Senate passed the bill on Tuesday.", ["Jane Doe"], "AP"),
    ("Von Max Muster BERLIN (dpa) - Der Bundestag hat das Gesetz beschlossen.", ["Max Muster"],
     "dpa"),
])
def test_a_short_lead_run_into_a_byline_names_no_place(
    lead: str, names: list[str], agency: str
) -> None:
    """A lead short enough to pass for a byline line is read as one by the page's visible
    bylines: the byline ends where the dateline starts, not with the place ("Jane Doe
    WASHINGTON"), and a wire the dateline repeats after the name is no part of it."""
    html = ("<html><head><title>Senate passes the bill</title></head><body><article>"
            f"<h1>Senate passes the bill</h1><p>{lead}</p>"
            "<p>The measure now goes to the House, where leaders said they expected a vote "
            "next week after the holiday recess ends and members return to Washington.</p>"
            "<p>Supporters said the bill would fund the government through the spring, "
            "while critics said it left out the disaster aid that several states sought.</p>"
            "</article></body></html>")
    article = newsclean.extract(html)
    assert article.authors == names and article.agency == agency


@pytest.mark.parametrize("paragraph", [
    "By Tuesday the Senate had voted to pass the bill, Reuters reported.",
    "By Jane Doe Apple (AAPL) - shares rose on Monday after the quarterly results.",
    "Von Anfang an Berlin (dpa) - hieß es aus dem Ministerium, man werde alles prüfen.",
])
def test_a_sentence_opening_with_by_is_no_byline(paragraph: str) -> None:
    parts = normalize_news([Block(text=paragraph)])
    assert parts.authors == [] and parts.blocks[0].text == paragraph
