"""The explain view: why each block of a page was kept or dropped, as one HTML report.

`trace()` runs the same path as `newsclean.extract` (document, chain, assemble) while
recording what every step decided: the candidates of the chain's plug-ins, the density
classifier's record for every block (label, score, features, reason), and what news
normalisation took out of the text. `explain()` renders that record as a self-contained
HTML report: the page's own markup, made inert (no scripts, frames, event handlers or
network loads, under a strict Content-Security-Policy), with each block outlined in the
colour of its decision, and a table of every block; a plain block list where the page
cannot be drawn.
"""

from __future__ import annotations

import html as htmllib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from newsclean.assemble import assemble_traced
from newsclean.blocks import BLOCK_TAGS, SKIP_TAGS, TextBlock, segment
from newsclean.chain import DEFAULT_EXTRACTORS, Chain, Policy
from newsclean.document import DEFAULT_LIMITS, Document, Limits, load
from newsclean.extractors.base import Candidate, Extractor
from newsclean.extractors.density import DensityExtractor
from newsclean.extractors.rules import BlockDecision
from newsclean.model import Article
from newsclean.news import Removal
from newsclean.normalize.captions import normalized
from newsclean.normalize.text import word_key
from newsclean.pagetype import Verdict, classify, with_page_type
from newsclean.pagetype import evidence as type_evidence
from newsclean.pipeline import Guarded, page_metadata

# --- Decisions and their colours (data) ------------------------------------------------


class Decision(StrEnum):
    """What became of a block: kept, dropped by the extractor, or dropped by normalisation."""

    KEPT = "kept"
    BOILERPLATE = "boilerplate"
    CAPTION = "caption"
    PROMO = "promo"
    DATELINE = "dateline"
    CREDIT = "credit"
    TRAILER = "trailer"
    TITLE = "title"
    BYLINE = "byline"
    DATE = "date"


NORMALIZED = frozenset(
    {
        Decision.CAPTION, Decision.PROMO, Decision.DATELINE, Decision.CREDIT, Decision.TRAILER,
        Decision.TITLE, Decision.BYLINE, Decision.DATE,
    }
)
"""Decisions of news normalisation: the extractor kept the block, normalisation took it out."""

COLOURS: dict[str, str] = {
    "kept": "#1b9e77",
    "boilerplate": "#d95f02",
    "normalized": "#7570b3",
}
"""Outline colours by group (ColorBrewer Dark2: distinct for the common colour-blindnesses).
Every normalisation decision shares one colour; its label tells which."""

FILL_ALPHA: dict[str, str] = {"kept": "22", "boilerplate": "1a", "normalized": "22"}
"""Opacity (hex) of each group's fill over the page: light enough to read the text."""

LABELS: dict[str, str] = {
    "kept": "kept as article",
    "boilerplate": "dropped as boilerplate",
    "normalized": "dropped by normalisation (caption, promo, dateline, credit, trailer, title, "
                  "byline, date line)",
}

MIN_SUBSTRING_WORDS = 4
"""Blocks this long count as kept when their words appear anywhere in a foreign winner's
text; shorter ones ("Share", "Menu") must match one of its blocks or lines exactly."""

MAX_PAGE_CHARS = 8 * 1024 * 1024
"""Beyond this much sanitised markup the report shows the plain block list instead."""


def group(decision: Decision) -> str:
    """The colour group of a decision."""
    return "normalized" if decision in NORMALIZED else decision.value


# --- The record ------------------------------------------------------------------------


@dataclass(frozen=True)
class BlockTrace:
    """One block of the page with the decision taken on it and the features behind it."""

    index: int
    text: str
    kind: str
    decision: Decision
    why: str
    label: str
    """The density classifier's context-free label (good, near-good, short, bad)."""
    score: float
    """The block's weight in density's container choice (negative for boilerplate)."""
    words: int
    chars: int
    text_density: float
    """Words per 80-character line (Kohlschütter's text density)."""
    link_density: float
    stopword_density: float
    punctuation: int
    tag_path: str
    hints: str
    cut: tuple[Removal, ...] = ()
    """Parts normalisation cut from a kept block (a dateline, an inline credit)."""

    @property
    def notes(self) -> list[str]:
        return [f"{r.kind} removed: {r.text}" for r in self.cut]


@dataclass(frozen=True)
class Run:
    """One plug-in of the chain: whether the policy ran it, and its answer."""

    name: str
    candidate: Candidate | None


@dataclass
class Trace:
    """Everything `explain` shows about one page."""

    article: Article
    winner: Candidate
    policy: str
    runs: list[Run]
    blocks: list[BlockTrace]
    removed: list[Removal]
    page: str | None = field(default=None, repr=False)
    """The page's markup, sanitised, with each block marked; None if it cannot be drawn."""
    page_type: Verdict | None = None
    type_evidence: list[tuple[str, float]] = field(default_factory=list)
    """The features that pushed hardest towards the page's type: (feature, push)."""


class _Recorder:
    """An `Extractor` that passes through to another and keeps its candidate. Its name is
    the plug-in's, as the policy asks it (`FirstConfident.may_outgrow`); `label` is the
    name the chain was given (a preset's, "trafilatura-fast")."""

    def __init__(self, inner: Extractor, label: str) -> None:
        self.inner = inner
        self.name = inner.name
        self.label = label
        self.candidate: Candidate | None = None

    def extract(self, doc: Document) -> Candidate:
        self.candidate = self.inner.extract(doc)
        return self.candidate


def trace(
    html: str | bytes,
    url: str | None = None,
    *,
    extractors: Sequence[str | Extractor] | None = None,
    policy: str | Policy | None = None,
    limits: Limits = DEFAULT_LIMITS,
    strip_wire: bool = True,
    encoding: str | None = None,
    fetched: datetime | None = None,
) -> Trace:
    """Extract a page as `newsclean.extract` does, keeping the record of every decision.

    Raises a `newsclean.errors.NewsCleanError` on input that is not a usable page.
    """
    doc = load(html, url=url, limits=limits, encoding=encoding)
    chain = Chain(extractors, policy)
    requested = list(extractors) if extractors is not None else list(DEFAULT_EXTRACTORS)
    active = chain.for_page(doc)  # the page type's profile, on the default chain
    if active is not chain:
        chain, requested = active, [e.name for e in active.extractors]
    labels = [e if isinstance(e, str) else e.name for e in requested]
    # Guarded as in extract(): a plug-in that raises is an empty answer, not a failed report.
    recorders = [
        _Recorder(Guarded(e), lab) for e, lab in zip(chain.extractors, labels, strict=True)
    ]
    winner = chain.policy.run(recorders, doc)
    article, parts = assemble_traced(
        doc, winner, page_metadata(doc, fetched), strip_wire=strip_wire
    )
    verdict = classify(doc)
    article = with_page_type(article, verdict)
    decisions = _density_decisions(doc, recorders)
    copy = doc.tree_copy()  # segmented again: the same blocks, in a tree we may change
    page_blocks = segment(copy)
    blocks = _block_traces(page_blocks, decisions, winner, parts.removed)
    page = _page_markup(copy, page_blocks, blocks) if _aligned(page_blocks, decisions) else None
    return Trace(
        article=article,
        winner=winner,
        policy=_policy_label(chain.policy),
        runs=[Run(r.label, r.candidate) for r in recorders],
        blocks=blocks,
        removed=list(parts.removed),
        page=page,
        page_type=verdict,
        type_evidence=type_evidence(doc),
    )


def _policy_label(policy: Policy) -> str:
    threshold = getattr(policy, "threshold", None)
    return f"{policy.name} (threshold {threshold:g})" if threshold is not None else policy.name


def _density_decisions(doc: Document, recorders: list[_Recorder]) -> Sequence[BlockDecision]:
    """Density's record of every block: from the chain's run, else from a run of its own
    (its features and scores explain a page whichever plug-in won)."""
    for rec in recorders:
        found = rec.candidate.details.get("blocks") if rec.candidate else None
        if rec.inner.name == "density" and found is not None:
            return found  # type: ignore[no-any-return]
    found = DensityExtractor().extract(doc).details.get("blocks")
    return found if found is not None else []


def _aligned(page_blocks: list[TextBlock], decisions: Sequence[BlockDecision]) -> bool:
    return len(page_blocks) == len(decisions) and all(
        b.text.startswith(d.text) for b, d in zip(page_blocks, decisions, strict=True)
    )


# --- Decisions per block --------------------------------------------------------------------

def _kept_by(winner: Candidate) -> tuple[set[str], str]:
    """Keys of the winner's blocks and of their lines, and its whole text as words."""
    keys: set[str] = set()
    for block in winner.blocks:
        keys.add(word_key(block.text))
        keys.update(word_key(line) for line in block.text.splitlines())
    return keys, " " + word_key(winner.text) + " "


def _block_traces(
    page_blocks: list[TextBlock],
    decisions: Sequence[BlockDecision],
    winner: Candidate,
    removed: list[Removal],
) -> list[BlockTrace]:
    """Each page block's decision: the winner's (density's own record when density won,
    else by matching text), then normalisation's for blocks it took out."""
    by_density = winner.extractor.startswith("density") and len(decisions) == len(page_blocks)
    keys, whole = _kept_by(winner)
    whole_removed: dict[str, Removal] = {}
    partial = [r for r in removed if not r.whole_block]
    for r in removed:
        if r.whole_block:
            for line in [r.text, *r.text.splitlines()]:
                whole_removed.setdefault(normalized(line), r)
    traces: list[BlockTrace] = []
    for i, tb in enumerate(page_blocks):
        d = decisions[i] if i < len(decisions) else None
        if by_density and d is not None:
            kept, why = d.kept, d.reason
        else:
            key = word_key(tb.text)
            kept = bool(key) and (
                key in keys or (tb.words >= MIN_SUBSTRING_WORDS and f" {key} " in whole)
            )
            why = f"{'in' if kept else 'not in'} {winner.extractor}'s output"
            if d is not None:
                why += f" (density: {d.reason})"
        decision = Decision.KEPT if kept else Decision.BOILERPLATE
        cut: list[Removal] = []
        if kept:
            removal = whole_removed.get(normalized(tb.text))
            if removal is not None:
                decision = Decision(removal.kind)
                why += f"; normalisation removed it as {removal.kind}"
            for r in partial:
                if r.text and r.text in tb.text:
                    cut.append(r)
        lines = max(1, math.ceil(tb.chars / 80))
        traces.append(
            BlockTrace(
                index=i,
                text=tb.text,
                kind=tb.kind.value,
                decision=decision,
                why=why,
                label=d.label if d else "",
                score=d.score if d else 0.0,
                words=tb.words,
                chars=tb.chars,
                text_density=round(tb.words / lines, 1),
                link_density=round(tb.link_density, 3),
                stopword_density=d.stopword_density if d else 0.0,
                punctuation=tb.punctuation,
                tag_path=tb.tag_path,
                hints=tb.hints,
                cut=tuple(cut),
            )
        )
    return traces


# --- The page, marked and made inert ---------------------------------------------------------

REMOVED_TAGS = frozenset(
    {
        "script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
        "link", "meta", "base", "audio", "video", "source", "track", "template", "portal",
        "param", "noembed", "noframes",
    }
)
"""Elements that run code, load resources or (noscript) show what a scripted page hides."""
URL_ATTRIBUTES = frozenset(
    {
        "src", "srcset", "href", "action", "formaction", "poster", "background", "ping",
        "data", "lowsrc", "dynsrc", "manifest", "codebase", "archive", "imagesrcset",
    }
)
"""Attributes that load or navigate; dropped everywhere (links stay as text)."""
RAW_TEXT_TAGS = frozenset({"plaintext", "xmp", "listing"})
"""Legacy elements whose content the browser reads as raw text: drawn as `pre`."""
_CSS_URL = re.compile(r"url\s*\([^)]*\)|@import[^;]*;?|image-set\s*\([^)]*\)", re.IGNORECASE)


def _visible_text(el: HtmlElement) -> str:
    """The text `segment` reads under `el` (skipped tags and comments left out)."""
    parts: list[str] = []
    skip = 0
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if skip or not isinstance(node.tag, str) or node.tag in SKIP_TAGS:
                skip += 1
            else:
                parts.append(node.text or "")
            continue
        if skip:
            skip -= 1
        if not skip and node is not el:
            parts.append(node.tail or "")
    return "".join(parts)


def _text_runs(el: HtmlElement) -> list[tuple[HtmlElement | None, list[HtmlElement], str]]:
    """The runs of inline content of `el` between its block-level children: the block
    child the run follows (None at the start), its inline children, and its text."""
    runs: list[tuple[HtmlElement | None, list[HtmlElement], str]] = []
    after: HtmlElement | None = None
    inline: list[HtmlElement] = []
    text = el.text or ""
    for child in el:
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
            runs.append((after, inline, text))
            after, inline, text = child, [], child.tail or ""
        else:
            inline.append(child)
            text += _visible_text(child) + (child.tail or "")
    runs.append((after, inline, text))
    return runs


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _safe(text: str | None) -> str | None:
    """`text` without the characters lxml refuses to store (controls, lone surrogates);
    the parser keeps them from the page, but a new node cannot take them."""
    return _NOT_XML.sub("", text) if text else text


def _wrap(el: HtmlElement, after: HtmlElement | None, inline: list[HtmlElement]) -> HtmlElement:
    """Move one run of `el` into a new span and return it."""
    span = lxml.html.Element("span")
    if after is None:
        span.text, el.text = _safe(el.text), None
        el.insert(0, span)
    else:
        span.text, after.tail = _safe(after.tail), None
        after.addnext(span)
    for child in inline:
        span.append(child)  # moves the child with its tail
    return span


def _mark(el: HtmlElement, block: BlockTrace) -> None:
    el.set("data-nc", str(block.index))
    el.set("data-nc-d", group(block.decision))
    tip = _tooltip(block)
    el.set("data-nc-tip", _safe(tip) or "")
    for removal in block.cut:
        _mark_part(el, removal)


def _tooltip(b: BlockTrace) -> str:
    decision = "kept as article" if b.decision is Decision.KEPT else (
        f"dropped as {b.decision.value}"
    )
    lines = [
        f"#{b.index} {b.kind}: {decision}",
        f"why: {b.why}",
        f"label {b.label or '-'} · score {b.score:g}",
        f"{b.words} words · {b.chars} chars · text density {b.text_density:g}",
        f"link density {b.link_density:g} · stopwords {b.stopword_density:g} · "
        f"punctuation {b.punctuation}",
        f"path {b.tag_path[-90:]}",
    ]
    if b.hints:
        lines.append(f"class/id {b.hints[:90]}")
    lines.extend(b.notes)
    return "\n".join(lines)


def _mark_blocks(page_blocks: list[TextBlock], traces: list[BlockTrace]) -> int:
    """Mark each block in the tree: its element when the block is all the element holds,
    else a span around its run of text. Returns how many blocks were marked."""
    owned: dict[HtmlElement, list[int]] = {}
    containers: set[HtmlElement] = set()
    for tb in page_blocks:
        owned.setdefault(tb.element, []).append(tb.index)
        containers.update(tb.ancestors[1:])
    marked = 0
    for el, indices in owned.items():
        if len(indices) == 1 and el not in containers and el.tag not in ("html", "body"):
            _mark(el, traces[indices[0]])
            marked += 1
            continue
        pending = list(indices)
        for after, inline, text in _text_runs(el):
            if not pending or not text.strip():
                continue
            key = " ".join(text.split())
            found = next((j for j, i in enumerate(pending) if page_blocks[i].text == key), None)
            if found is not None:
                _mark(_wrap(el, after, inline), traces[pending[found]])
                del pending[: found + 1]
                marked += 1
    return marked


def _mark_part(el: HtmlElement, removal: Removal) -> bool:
    """Wrap the text a partial removal cut from a marked block (a dateline, an inline
    credit) in a span of its own, when it lies within one text node."""
    words = removal.text.split()
    if not words:
        return False
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    slots: list[tuple[HtmlElement, bool]] = []
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in SKIP_TAGS:
            continue
        slots.append((node, True))
        if node is not el:
            slots.append((node, False))
    for node, is_text in slots:
        value = node.text if is_text else node.tail
        found = pattern.search(value or "") if value else None
        if value is None or found is None:
            continue
        span = lxml.html.Element("span")
        span.set("data-nc-part", removal.kind)
        span.text, span.tail = _safe(found.group(0)), _safe(value[found.end() :])
        if is_text:
            node.text = _safe(value[: found.start()])
            node.insert(0, span)
        else:
            node.tail = _safe(value[: found.start()])
            node.addnext(span)
        return True
    return False


def sanitize(root: HtmlElement) -> None:
    """Make a page inert in place: no scripts, frames, plug-ins, event handlers, forms that
    submit, or URLs that load or navigate. The report's CSP blocks whatever slips past."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            if el.getparent() is not None:
                el.drop_tree()  # comments and processing instructions (keeps their tail)
            continue
        if el.tag in REMOVED_TAGS and el is not root:
            el.drop_tree()
            continue
        for name in list(el.attrib):
            local = name.rsplit(":", 1)[-1].rsplit("}", 1)[-1].lower()
            if local.startswith("on") or local in URL_ATTRIBUTES:
                del el.attrib[name]
        style = el.get("style")
        if style:
            el.set("style", _safe(_CSS_URL.sub("none", style)) or "")
        if el.tag in RAW_TEXT_TAGS:
            el.tag = "pre"  # the rest of the report would otherwise read as its text
        if el.tag == "style":
            # A style sheet's text is written out raw: a "<" in it ("<script>", "</style>")
            # would open markup in the report. CSS reads the escape as the same character.
            el.text = _safe(_CSS_URL.sub("", el.text or "").replace("<", "\\3c "))
            for child in list(el):
                el.remove(child)


CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "form-action 'none'; base-uri 'none'"
)
"""No script runs and nothing loads: only inline styles and data: images are allowed."""

_PAGE_BASE_CSS = """
:host{display:block;position:relative;contain:paint;background:#fff;color:#1d1d1d;
font:15px/1.5 system-ui,sans-serif;text-align:left}
.nc-body{margin:0 auto;max-width:1040px;padding:12px 20px}
img{max-width:100%;height:auto;background:#e4e4e4;min-height:40px}
"""
_PAGE_OVERLAY_CSS = """
[data-nc]{outline:3px solid var(--nc-c)!important;outline-offset:1px!important;
background:linear-gradient(var(--nc-f),var(--nc-f)),#fff!important;color:#1d1d1d!important;
box-decoration-break:clone;-webkit-box-decoration-break:clone}
[data-nc]:not(tr)::before{content:attr(data-nc);font:600 10px/1.3 ui-monospace,monospace;
color:#fff;background:var(--nc-c);padding:0 3px;margin-right:5px;border-radius:2px;
vertical-align:1px;display:inline-block}
[data-nc]:hover{outline-width:5px!important;position:relative}
[data-nc]:hover::after{content:attr(data-nc-tip);position:absolute;left:0;top:calc(100% + 6px);
z-index:2147483647;width:max-content;max-width:480px;white-space:pre-wrap;text-align:left;
font:400 12px/1.45 ui-monospace,monospace;background:#16181d;color:#eef;padding:9px 11px;
border-radius:5px;box-shadow:0 3px 14px #0006;letter-spacing:0;text-transform:none}
""" + "".join(
    f"[data-nc-d={g}]{{--nc-c:{c};--nc-f:{c}{FILL_ALPHA[g]}}}\n" for g, c in COLOURS.items()
) + (
    f"[data-nc-part]{{outline:2px dashed {COLOURS['normalized']};"
    f"background:{COLOURS['normalized']}40!important}}\n"
)


def _page_markup(
    root: HtmlElement, page_blocks: list[TextBlock], traces: list[BlockTrace]
) -> str | None:
    """The content of a shadow root that draws the page: its style sheets, then its body
    (as a div) with the blocks marked and everything active removed. None if no block
    could be marked or the markup is too large to embed.

    A declarative shadow root keeps the page's styles and ours apart and is drawn with
    the report itself (an iframe's content may not be painted yet when a headless browser
    takes its screenshot).
    """
    if not page_blocks or _mark_blocks(page_blocks, traces) == 0:
        return None
    sanitize(root)
    head = root.find("head")
    styles = [s for s in head.iter("style")] if head is not None else []
    body = root.find("body")
    if body is None:
        body = root
    body.tag = "div"
    body.set("class", _safe("nc-body " + (body.get("class") or "")) or "nc-body")
    sheets = "".join(f"<style>{s.text or ''}</style>" for s in styles)
    markup = (
        f"<style>{_PAGE_BASE_CSS}</style>{sheets}<style>{_PAGE_OVERLAY_CSS}</style>"
        + lxml.html.tostring(body, encoding="unicode", method="html", with_tail=False)
    )
    return markup if len(markup) <= MAX_PAGE_CHARS else None


# --- The report ------------------------------------------------------------------------------


def explain(
    html: str | bytes, url: str | None = None, *, layout: str = "page", **extract_options: Any
) -> str:
    """A self-contained HTML report of why each block of the page was kept or dropped.

    `extract_options` are those of `newsclean.extract` (extractors, policy, limits,
    strip_wire, encoding, fetched). `layout="blocks"` shows a plain block list instead of
    the page's own markup (also the fallback when the page cannot be drawn). The report
    loads nothing and runs no script. Raises a `newsclean.errors.NewsCleanError` on unusable input.
    """
    if layout not in ("page", "blocks"):
        raise ValueError(f"layout must be 'page' or 'blocks', not {layout!r}")
    return render(trace(html, url, **extract_options), layout=layout)


def _e(value: object) -> str:
    return htmllib.escape(str(value), quote=True)


_REPORT_CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1e2228;
background:#f3f4f6}
header{background:#1e2228;color:#f4f5f7;padding:14px 24px}
header h1{margin:0;font-size:18px;font-weight:600}
header h1 span{color:#9aa3ad;font-weight:400}
header p{margin:2px 0 0;color:#c3c9d0;font-size:13px;overflow:hidden;text-overflow:ellipsis;
white-space:nowrap}
main{padding:16px 24px 40px}
.cards{display:grid;grid-template-columns:1.1fr 1fr 1.3fr;gap:14px;margin-bottom:16px}
.card{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 3px #0002}
.card h2,section h2{margin:0 0 8px;font-size:12px;letter-spacing:.06em;text-transform:uppercase;
color:#68717c}
.big{font-size:22px;font-weight:650;margin:0}
.muted{color:#68717c}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:3px 8px 3px 0;vertical-align:top}
th{font-weight:600;color:#4b535d;font-size:12px}
.sw{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-1px;
margin-right:6px}
ul.plain{margin:0;padding:0;list-style:none}
ul.plain li{margin:3px 0}
q{font-family:ui-monospace,monospace;font-size:12.5px;background:#f1eefb;padding:0 3px}
section{background:#fff;border-radius:8px;padding:12px 16px;margin-bottom:16px;
box-shadow:0 1px 3px #0002}
.pageview{border:1px solid #d5d9de;border-radius:4px;overflow:hidden}
table.blocks{font-size:12.5px}
table.blocks td{border-top:1px solid #eceef1;padding:4px 10px 4px 0}
table.blocks td.t{max-width:520px}
table.blocks tr:hover{background:#f7f8fa}
.tag{display:inline-block;padding:0 6px;border-radius:9px;color:#fff;font-size:11.5px;
font-weight:600;white-space:nowrap}
.num{font-variant-numeric:tabular-nums;text-align:right}
ol.blocklist{margin:0;padding:0;list-style:none}
ol.blocklist li{border-left:5px solid;padding:5px 10px;margin:5px 0;border-radius:3px}
"""


def _tag(decision: Decision) -> str:
    colour = COLOURS[group(decision)]
    return f'<span class="tag" style="background:{colour}">{_e(decision.value)}</span>'


def _summary(t: Trace) -> str:
    winner = t.winner
    rows = []
    for run in t.runs:
        cand = run.candidate
        if cand is None:
            rows.append(f"<tr><td>{_e(run.name)}</td><td colspan=4 class=muted>not run</td></tr>")
            continue
        won = "won" if cand is winner else ""
        # a low cover and text within reach are why a confident answer may give way
        # (chain.FirstConfident)
        cover = f"{cand.prose_cover:.0%} of the prose" if cand.prose_cover < 1 else ""
        if cover and cand.reach != float("inf"):
            cover += f", {cand.reach:.1f}× its words within reach"
        rows.append(
            f"<tr><td>{_e(run.name)}</td><td class=num>{cand.confidence:.3f}</td>"
            f"<td class=num>{cand.word_count} words</td><td class=num>{cover}</td>"
            f"<td><b>{won}</b></td></tr>"
        )
    runs = "".join(rows)
    counts: dict[str, int] = {}
    for b in t.blocks:
        counts[group(b.decision)] = counts.get(group(b.decision), 0) + 1
    legend = "".join(
        f'<li><span class="sw" style="background:{COLOURS[g]}"></span>{_e(LABELS[g])}: '
        f"<b>{counts.get(g, 0)}</b></li>"
        for g in COLOURS
    )
    removed = "".join(
        f"<li>{_e(r.kind)}{'' if r.whole_block else ' (part of a block)'}: <q>{_e(r.text)}</q></li>"
        for r in t.removed
    ) or "<li class=muted>nothing</li>"
    a = t.article
    parsed = []
    if a.dateline:
        parsed.append(f"dateline <q>{_e(a.dateline.raw)}</q>")
    if a.agency:
        parsed.append(f"agency <b>{_e(a.agency)}</b>")
    if a.credits:
        parsed.append("credits " + "; ".join(
            f"{_e(c.role)}: {_e(', '.join(c.names))}" for c in a.credits
        ))
    parsed_html = f"<p class=muted>Parsed: {' · '.join(parsed)}</p>" if parsed else ""
    return f"""<div class="cards">
<div class="card"><h2>Body from</h2><p class="big">{_e(winner.extractor)}
<span class="muted" style="font-size:15px;font-weight:400">confidence {winner.confidence:.3f}
</span></p><p class="muted" style="margin:2px 0 6px">policy {_e(t.policy)} ·
{a.word_count} words in the article</p><table>{runs}</table></div>
{_type_card(t)}
<div class="card"><h2>Blocks ({len(t.blocks)})</h2><ul class="plain">{legend}</ul></div>
<div class="card"><h2>Normalisation removed</h2><ul class="plain">{removed}</ul>
{parsed_html}</div>
</div>"""


def _type_card(t: Trace) -> str:
    """The page type, its score, the runner-up types and the evidence that decided it."""
    verdict = t.page_type
    if verdict is None:
        return ""
    others = sorted(verdict.probabilities.items(), key=lambda kv: -kv[1])[1:3]
    runners = " · ".join(f"{_e(k)} {v:.2f}" for k, v in others)
    evidence = "".join(
        f"<li><code>{_e(name)}</code> <span class=muted>+{push:.2f}</span></li>"
        for name, push in t.type_evidence
    ) or "<li class=muted>no single feature stands out</li>"
    return f"""<div class="card"><h2>Page type</h2><p class="big">{_e(verdict.page_type.value)}
<span class="muted" style="font-size:15px;font-weight:400">score {verdict.score:.2f}</span></p>
<p class="muted" style="margin:2px 0 6px">then {runners}</p>
<p class="muted" style="margin:2px 0">decided by</p><ul class="plain">{evidence}</ul></div>"""


def _block_table(t: Trace) -> str:
    rows = []
    for b in t.blocks:
        notes = "".join(f"<br><i class=muted>{_e(n)}</i>" for n in b.notes)
        rows.append(
            f"<tr><td class=num>{b.index}</td><td>{_tag(b.decision)}</td><td>{_e(b.label)}</td>"
            f"<td class=num>{b.score:g}</td><td class=num>{b.words}</td>"
            f"<td class=num>{b.text_density:g}</td><td class=num>{b.link_density:.2f}</td>"
            f"<td class=num>{b.stopword_density:.2f}</td><td class=num>{b.punctuation}</td>"
            f"<td>{_e(b.kind)}</td><td title=\"{_e(b.tag_path)}\">{_e(b.tag_path[-40:])}</td>"
            f"<td>{_e(b.hints[:60])}</td><td>{_e(b.why)}</td>"
            f"<td class=t>{_e(b.text[:200])}{'…' if len(b.text) > 200 else ''}{notes}</td></tr>"
        )
    head = (
        "<tr><th>#</th><th>decision</th><th>label</th><th>score</th><th>words</th>"
        "<th>text density</th><th>link density</th><th>stopwords</th><th>punct.</th>"
        "<th>kind</th><th>tag path</th><th>class/id hints</th><th>why</th><th>text</th></tr>"
    )
    return f'<table class="blocks">{head}{"".join(rows)}</table>'


def _block_list(t: Trace) -> str:
    items = "".join(
        f'<li style="border-color:{COLOURS[group(b.decision)]};'
        f'background:{COLOURS[group(b.decision)]}14" title="{_e(_tooltip(b))}">'
        f"<b>#{b.index}</b> {_tag(b.decision)} {_e(b.text)}</li>"
        for b in t.blocks
    )
    return f'<ol class="blocklist">{items}</ol>'


def render(t: Trace, layout: str = "page") -> str:
    """The HTML report of a `Trace`."""
    a = t.article
    title = a.title or "(no title)"
    if layout == "page" and t.page is not None:
        view = (
            "<h2>The page</h2><p class=muted style='margin:0 0 8px'>The page's own markup, "
            "without scripts, frames, event handlers or external resources. Hover a block for "
            "its decision and features.</p>"
            f'<div class="pageview"><template shadowrootmode="open">{t.page}</template></div>'
        )
    else:
        why = "" if layout == "blocks" else " (the page's markup could not be drawn)"
        view = f"<h2>Blocks of the page{why}</h2>{_block_list(t)}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">
<meta name="referrer" content="no-referrer">
<title>newsclean explain: {_e(title)}</title>
<style>{_REPORT_CSS}</style></head>
<body><header><h1>newsclean explain <span>· {_e(title)}</span></h1>
<p>{_e(a.url or "no URL given")}</p></header>
<main>{_summary(t)}
<section>{view}</section>
<section><h2>Every block, in document order</h2>{_block_table(t)}</section>
</main></body></html>
"""
