"""newsclean's own extractor: the rule passes of `newsclean.extractors.rules` (labels,
furniture hints, the dominant container, the context pass), then, by default, the learned
block scorer of `newsclean.extractors.block_model`, which reads the rules' verdicts as
features and decides which blocks are the page's main content and how sure it is; then,
either way, passes that correct the decisions: on a thread, the replies in the posts the
container lies among are kept (`newsclean.extractors.threads`); after the scorer, the
section under a kept heading over headed parts (an FAQ) under which it kept nothing takes
the blocks the rules kept there (`newsclean.extractors.sections`); on a service page, a
fully linked description between kept blocks that links below the page's address is kept
(`newsclean.extractors.offers`), and a heading the scorer doubted over kept text is
kept (`sections.headings_over_kept`); on listings and collections, the items of a repeated
template lend each other the parts the scorer kept in nearly all of them and leave the
buttons each prints alike (`newsclean.extractors.siblings`); a block repeating the
description the page declares of what it offers is kept and one repeating its customers'
reviews is left out (`newsclean.extractors.declared`); code samples between the kept text
are kept (`rules.code_between_kept`); a paragraph left out between kept paragraphs of
its element joins them (`paragraphs.paragraph_mates`); a passage rendered twice, and a
reply's quote of a post kept already, are read once (`newsclean.extractors.copies`); and a
thread's per-post chrome leaves (`threads.thread_chrome`).

The rules' parameters (`DensityParams`) and labels are re-exported here: a caller builds
`DensityExtractor(DensityParams(learned=False))` from one import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, partial

from newsclean.blocks import Spans, TextBlock, document_chains
from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.extractors.block_model import KEEP, Forest, decide, revised_confidence
from newsclean.extractors.confidence import (
    declared_cover,
    fragment_reach,
    prose_cover,
    section_cover,
    settled_f1,
)
from newsclean.extractors.contents import contents_entries
from newsclean.extractors.copies import (
    navigation_copies,
    pull_quotes,
    quoted_copies,
    repeated_passages,
    repeated_phrases,
)
from newsclean.extractors.declared import (
    Declared,
    buy_box,
    declared,
    declared_additions,
    printed_price,
    review_copies,
    shares,
)
from newsclean.extractors.facts import card_facts
from newsclean.extractors.footers import fine_print
from newsclean.extractors.forms import (
    button_prompts,
    consent_placeholders,
    entry_form_text,
    picker_prompts,
    promo_boxes,
)
from newsclean.extractors.galleries import gallery_captions
from newsclean.extractors.leadins import doubted_lead_ins
from newsclean.extractors.machine import machine_text
from newsclean.extractors.mastheads import taglines
from newsclean.extractors.menus import head_menus, stray_entries
from newsclean.extractors.offers import linked_offers
from newsclean.extractors.overlays import dialog_text
from newsclean.extractors.paragraphs import (
    edge_sentences,
    element_paragraphs,
    paragraph_lines,
    paragraph_mates,
    story_head,
    story_tail,
)
from newsclean.extractors.params import DensityParams, Label
from newsclean.extractors.regions import doubted_far_blocks
from newsclean.extractors.rules import (
    OUTSIDE,
    Analysis,
    Decisions,
    analyse,
    code_between_kept,
    confidence,
)
from newsclean.extractors.sections import (
    headed_lists,
    headings_over_kept,
    headings_over_structure,
    orphaned_sections,
    sibling_sections,
)
from newsclean.extractors.sharing import share_buttons
from newsclean.extractors.siblings import (
    doubted_items,
    item_badges,
    item_labels,
    item_sentences,
    sibling_items,
    template_lines,
)
from newsclean.extractors.tables import table_labels, whole_tables
from newsclean.extractors.teasers import teaser_boxes, titled_boxes
from newsclean.extractors.threads import repeated_post_lines, thread_chrome, thread_replies
from newsclean.metadata.sources import page_address, page_of
from newsclean.model import PageType
from newsclean.pagetype import classify
from newsclean.repeats import page_groups
from newsclean.structure import to_blocks

__all__ = ["DensityExtractor", "DensityParams", "Label"]

AfterPass = tuple[Callable[[Sequence[bool]], list[int]], bool, str]
"""A correcting pass: the blocks it finds in the keep decisions, the decision it gives
them, and its reason (a format string: "{}" is the reason it replaces)."""
_ITEM_PAGES = frozenset({PageType.LISTING, PageType.COLLECTION})
"""Pages whose main content is their items: a box of links after an introduction is theirs."""
_SECTION_PAGES = frozenset({PageType.SERVICE})
"""Pages whose text runs in sections of one outline, where `sibling_sections` runs: a
service page's panels. Chosen on the tune half read out of fold (docs/chain.md, "Stop 76":
the one type whose pages rose clearly, +7 / -1; products and forums moved within noise,
listings fell). Not articles: a story's boxes of its template after it are its related
stories."""


def _applied(
    keep: Sequence[bool], reasons: Sequence[str], chosen: Sequence[int], value: bool, why: str,
) -> tuple[list[bool], list[str]]:
    """`keep` and `reasons` with the `chosen` blocks set to `value`, each reason wrapped in
    `why` (one `{}`: the reason it had). Copies: the scorer's reasons are written when read,
    and only a page a pass changes pays for writing them all."""
    keep, reasons = list(keep), list(reasons)
    for i in chosen:
        keep[i], reasons[i] = value, why.format(reasons[i])
    return keep, reasons


class DensityExtractor:
    """Block classifier on text and link density; reads the shared tree without copying.

    With `DensityParams.learned` (the default), the rules' analysis feeds a learned block
    scorer (`newsclean.extractors.block_model`) that decides which blocks are kept and how
    sure it is; the rules alone decide when it is off or its model cannot be loaded.
    `forest` replaces the shipped model (the calibration scores each tune page with a model
    that never saw its site: `python -m benchmarks.calibrate --folds`).
    """

    name = "density"

    def __init__(self, params: DensityParams | None = None, forest: Forest | None = None) -> None:
        self.params = params or DensityParams()
        self.forest = forest

    def extract(self, doc: Document) -> Candidate:
        analysis = analyse(doc, self.params)
        blocks, values = analysis.blocks, analysis.values
        keep = analysis.keep
        reasons: Sequence[str] = analysis.reasons
        score = confidence(values, keep)
        name = self.name
        probabilities: Sequence[float] | None = None
        if self.params.learned:
            learned = decide(doc, analysis, self.forest)
            if learned is not None:
                keep, reasons, score, probabilities = learned
                keep, reasons, score = self._far_blocks(analysis, doc, keep, reasons, score,
                                                        probabilities)
                keep, reasons, score = self._lead_ins(analysis, doc, keep, reasons, score,
                                                      probabilities)
            else:
                name = f"{self.name}-rules"
        removed: set[int] = set()  # left out by a pass: no table row brings them back
        settled: set[int] = set()  # kept by a pass as the page's text (`settled_f1`)
        for found, value, why in self._after_passes(analysis, doc, probabilities, settled):
            chosen = found(keep)
            if chosen:
                keep, reasons = _applied(keep, reasons, chosen, value, why)
                if not value:
                    removed.update(chosen)
        if settled and probabilities is not None:
            score = settled_f1(blocks, keep, probabilities, settled)
        kept = [b for b, k in zip(blocks, keep, strict=True) if k]
        score = min(score, declared_cover(doc, sum(b.words for b in kept)))
        score = round(score * section_cover(blocks, keep), 3)
        decisions = Decisions(blocks, analysis.labels, keep, reasons, values)
        prose = [label is Label.GOOD for label in analysis.labels]
        return Candidate(
            extractor=name,
            blocks=tuple(to_blocks(kept, doc.base, blocks,
                                   [blocks[i] for i in sorted(removed) if not keep[i]])),
            confidence=score,
            details={"blocks": decisions},
            prose_cover=prose_cover(blocks, keep, prose),
            reach=float("inf") if probabilities is None else fragment_reach(
                blocks, keep, probabilities
            ),
        )

    def _far_blocks(
        self, analysis: Analysis, doc: Document, keep: list[bool], reasons: Sequence[str],
        score: float, probabilities: Sequence[float],
    ) -> tuple[list[bool], Sequence[str], float]:
        """On an article, the scorer's decisions without what it doubted far from a
        container holding most of the kept words (`regions.doubted_far_blocks`), and the F1
        its probabilities expect of what is left, as for the lead-ins. Not on other pages:
        as shipped, listings', collections' and threads' check halves fell with it."""
        params = self.params
        if not params.far_blocks or classify(doc).page_type is not PageType.ARTICLE:
            return keep, reasons, score  # item pages and threads read several boxes
        outside = [r == OUTSIDE for r in analysis.reasons]
        found = doubted_far_blocks(analysis.blocks, keep, probabilities, outside,
                                   analysis.container, params.far_block_max_score,
                                   params.far_block_min_levels,
                                   params.far_block_min_container_share)
        if not found:
            return keep, reasons, score
        keep, reasons = _applied(keep, reasons, found, False,
                                 "far from a container holding most of the kept text, "
                                 "doubted by the scorer ({})")
        return keep, reasons, revised_confidence(analysis, probabilities, keep)

    def _lead_ins(
        self, analysis: Analysis, doc: Document, keep: list[bool], reasons: Sequence[str],
        score: float, probabilities: Sequence[float],
    ) -> tuple[list[bool], Sequence[str], float]:
        """The scorer's decisions without the lead-ins it doubted before an article's
        story (`leadins.doubted_lead_ins`), and the F1 its probabilities expect of them:
        a revision of the scorer's own choice, so its confidence follows it."""
        params = self.params
        if not params.doubted_lead_ins or classify(doc).page_type is not PageType.ARTICLE:
            return keep, reasons, score
        outside = [r == OUTSIDE for r in analysis.reasons]
        found = doubted_lead_ins(analysis.blocks, keep, probabilities, outside,
                                 params.lead_in_max_score, params.short_max_words)
        if not found:
            return keep, reasons, score
        keep, reasons = _applied(keep, reasons, found, False,
                                 "a lead-in before the story the scorer doubted ({})")
        return keep, reasons, revised_confidence(analysis, probabilities, keep)

    def _after_passes(
        self, analysis: Analysis, doc: Document, scores: Sequence[float] | None = None,
        settled: set[int] | None = None,
    ) -> list[AfterPass]:
        """The passes that correct the keep decisions, in order, each on the decisions the
        one before left: what each finds is set to its value, with its reason ("{}" is the
        reason it replaces). `scores` are the learned scorer's, where it decided; `settled`
        gathers the blocks a pass keeps as the page's text from its structure, which the
        confidence then counts as content (`confidence.settled_f1`)."""
        params, blocks = self.params, analysis.blocks
        spans = document_chains(doc).spans  # read by several passes, and `repeats`
        passes: list[AfterPass] = []
        verdict = classify(doc)  # the page's type: some passes run on some kinds only
        page_type = verdict.page_type
        service = page_type is PageType.SERVICE and verdict.score >= params.linked_offer_min_score
        if analysis.posts:  # found only where `params.thread_posts` asks
            passes.append((
                lambda keep: thread_replies(analysis, keep, scores,
                                            params.thread_reply_min_score),
                True, "prose of a thread's reply ({})"))
        if params.orphaned_sections and scores is not None:
            passes.append((
                lambda keep: orphaned_sections(blocks, keep, analysis.keep, scores,
                                               params.section_min_score,
                                               params.section_min_parts),
                True, "under a kept heading with nothing kept under it ({})"))
        if params.headed_lists and scores is not None:
            passes.append((lambda keep: headed_lists(blocks, keep, scores,
                                                     params.section_min_score),
                           True, "a plain list all a kept heading holds ({})"))
        if params.service_headings and scores is not None and service:
            passes.append((lambda keep: headings_over_kept(blocks, keep, scores,
                                                           params.service_heading_min_score),
                           True, "a service page's heading over kept text ({})"))
        if params.linked_offers and service:
            address = page_address(page_of(doc))  # given, else its canonical link or og:url
            passes.append((lambda keep: linked_offers(blocks, keep, params.linked_offer_min_words,
                                                         address, doc.base or address),
                           True, "a service page's linked description between kept blocks ({})"))
        found = declared(doc) if params.declared_text or params.printed_price else Declared()
        if params.declared_text and found:
            block_shares = shares(blocks, found)  # read once for both passes
            passes.append((lambda keep: declared_additions(blocks, keep, block_shares),
                           True, "repeats the description the page declares ({})"))
            passes.append((lambda keep: review_copies(blocks, keep, block_shares),
                           False, "repeats a customer review the page declares ({})"))
            passes.append((lambda keep: buy_box(blocks, keep, found), True,
                           "the declared product's name or price ({})"))
        # a declared price is the buy box's; a story's lone amount under its title is a figure
        if params.printed_price and not found.prices and page_type is not PageType.ARTICLE:
            passes.append((lambda keep: printed_price(blocks, keep), True,
                           "the price printed under the page's only top heading ({})"))
        if params.whole_tables and scores is not None:
            passes.append((lambda keep: whole_tables(blocks, keep, scores,
                                                     params.section_min_score),
                           True, "a row of a table kept whole ({})"))
        if params.table_labels and scores is not None:
            passes.append((lambda keep: table_labels(blocks, keep, scores,
                                                     params.section_min_score, spans),
                           True, "the line labelling a kept table in its box ({})"))
        if params.gallery_captions:
            passes.append((lambda keep: _noted(gallery_captions(blocks, keep), settled), True,
                           "a caption of prose on a page whose captions are its text ({})"))
        if params.card_facts and page_type not in _ITEM_PAGES:
            passes.append((lambda keep: card_facts(blocks, keep), True,
                           "a card's label and value inside the kept text ({})"))
        if params.code_between_kept:
            passes.append((lambda keep: code_between_kept(blocks, keep, params.short_max_words),
                           True, "code between kept blocks ({})"))
        if params.paragraph_lines:
            passes.append((lambda keep: paragraph_lines(blocks, keep,
                                                        params.paragraph_lines_share),
                           True, "a line of a paragraph kept for most of its lines ({})"))
        # each element's paragraphs, whatever is kept: read once, by the first pass asking
        mates = cache(partial(element_paragraphs, blocks))
        if params.paragraph_mates and scores is not None:
            passes.append((lambda keep: paragraph_mates(
                               blocks, keep, scores, params.paragraph_mates_share,
                               params.paragraph_mates_min_score, mates()),
                           True, "a paragraph of an element whose paragraphs are kept ({})"))
        if params.story_tail and scores is not None and page_type is PageType.ARTICLE:
            passes.append((lambda keep: story_tail(
                               blocks, keep, scores, params.paragraph_mates_share,
                               params.story_tail_min_score, mates()),
                           True, "a paragraph of a kept story's tail in its element ({})"))
        if params.story_head and scores is not None and page_type is PageType.ARTICLE:
            passes.append((lambda keep: story_head(blocks, keep, scores,
                                                   params.story_head_min_score,
                                                   params.short_max_words),
                           True, "a sentence of the story's opening before its first kept "
                                 "paragraph ({})"))
        if params.sibling_sections and scores is not None and page_type in _SECTION_PAGES \
                and verdict.score >= params.sibling_section_min_type_score:
            passes.append((lambda keep: sibling_sections(
                               blocks, keep, scores, params.sibling_section_min_score,
                               params.sibling_section_min_share,
                               params.sibling_section_max_sure,
                               params.sibling_section_headed),
                           True, "a section in a box of its kept sibling's template ({})"))
        if params.edge_sentences and scores is not None and page_type is PageType.ARTICLE:
            passes.append((lambda keep: edge_sentences(blocks, keep, scores,
                                                       params.edge_sentence_min_score),
                           True, "a short sentence of the story's element at its edge ({})"))
        if params.template_lines and scores is not None and page_type not in _ITEM_PAGES:
            # a listing's items are read by their template's slots (`sibling_items`)
            for value in (True, False):
                passes.append((partial(template_lines, page_groups(doc), scores=scores,
                                       threshold=KEEP, value=value), value,
                               "a line its template prints in each kept item, decided "
                               "with theirs ({})"))
        if params.sibling_items and page_type in _ITEM_PAGES:
            # a collection's names are not always its truth's content: parts only there
            names = page_type is PageType.LISTING
            passes.append((lambda keep: sibling_items(page_groups(doc), keep, names), True,
                           "kept as the sibling items of its template are ({})"))
        if params.doubted_items and scores is not None:  # any type: the group's evidence
            listing = page_type in _ITEM_PAGES
            passes.append((lambda keep: doubted_items(blocks, page_groups(doc), keep, scores,
                                                      params.doubted_items_min_score,
                                                      params.doubted_items_min_share,
                                                      listing),
                           True, "an item of a list the scorer doubted as one ({})"))
        if params.item_labels and page_type in _ITEM_PAGES:
            passes.append((lambda keep: item_labels(page_groups(doc), keep), False,
                           "a button each item of its template prints alike"))
        if params.item_sentences and page_type in _ITEM_PAGES:
            passes.append((lambda keep: item_sentences(page_groups(doc), keep), False,
                           "a sentence its template prints alike in nearly every item"))
        if params.item_badges and page_type in _ITEM_PAGES:
            passes.append((lambda keep: item_badges(page_groups(doc), keep), False,
                           "a badge its template pins on some items above their names"))
        passes += _drops(params, _COPIES_AND_BOXES, blocks, spans)
        if params.titled_boxes and page_type not in _ITEM_PAGES:
            passes.append((lambda keep: titled_boxes(blocks, keep, spans), False,
                           "a box of links after the body, its title left out"))
        if params.page_contents:
            passes.append((lambda keep: contents_entries(blocks, keep), False,
                           "a table of the page's contents"))
        if params.repeated_phrases:
            passes.append((lambda keep: repeated_phrases(blocks, keep), False,
                           "one phrase printed over and over"))
        if params.pull_quotes and page_type is PageType.ARTICLE:
            passes.append((lambda keep: pull_quotes(blocks, keep), False,
                           "a pull quote repeating the story's words"))
        if params.quoted_copies:
            passes.append((lambda keep: quoted_copies(blocks, keep), False,
                           "a quote of a post kept already"))
        if params.repeated_post_lines and analysis.posts:
            passes.append((lambda keep: repeated_post_lines(analysis, keep), False,
                           "a line most of a thread's posts print alike"))
        passes += _drops(params, _CHROME_AND_PROMPTS, blocks, spans)
        if params.comment_text and any(analysis.in_comments):
            passes.append((lambda keep: [i for i, k in enumerate(keep)
                                         if k and analysis.in_comments[i]],
                           False, "inside a readers' comment section"))
        if page_type is not PageType.PRODUCT:
            if params.dialog_text:
                passes.append((lambda keep: dialog_text(blocks, keep), False,
                               "inside a dialog shown over the page"))
            if params.entry_form_text:
                forms = page_of(doc).tagged("form")
                passes.append((lambda keep: entry_form_text(blocks, keep, forms, spans), False,
                               "inside a form asking for the reader's details"))
        if params.head_menus:  # last: the fine print, a form or a dialog may stand above it
            passes.append((lambda keep: head_menus(analysis, keep), False,
                           "a menu of links at an edge of the text, no element naming it"))
            if page_type not in _ITEM_PAGES:  # a listing's items are its text
                passes.append((lambda keep: stray_entries(blocks, keep), False,
                               "the one kept entry of a list of links the rest of which left"))
        if params.structure_headings and scores is not None:
            # after every drop: a title names what stays, and a box's title left out is
            # what `titled_boxes` reads the box by
            passes.append((lambda keep: headings_over_structure(
                               blocks, keep, scores, params.service_heading_min_score),
                           True, "a heading over a kept list or table ({})"))
        return passes


def _noted(found: list[int], into: set[int] | None) -> list[int]:
    """`found`, also added to `into` (when given): what a pass found, remembered."""
    if into is not None:
        into.update(found)
    return found


BlockDrop = tuple[str, Callable[..., list[int]], str, bool]
"""A pass that finds kept blocks to drop from the blocks and the decisions alone: the
`DensityParams` switch that runs it, the finder, its reason, and whether the finder also
reads the blocks' spans (`blocks.block_spans`, as its `spans` argument)."""
_COPIES_AND_BOXES: tuple[BlockDrop, ...] = (
    ("repeated_passages", repeated_passages, "a passage kept already", False),
    ("navigation_copies", navigation_copies, "navigation the page prints again elsewhere",
     False),
    ("share_buttons", share_buttons, "a button sharing the page or acting on it", False),
    ("teaser_boxes", teaser_boxes, "a box of links to related stories", True),
)
_CHROME_AND_PROMPTS: tuple[BlockDrop, ...] = (
    ("thread_chrome", thread_chrome,
     "a thread's per-post controls, member details or signatures", False),
    ("button_prompts", button_prompts, "a question to the reader answered by buttons", True),
    ("picker_prompts", picker_prompts, "a widget's prompt beside its drop-down list", True),
    ("promo_boxes", promo_boxes, "a line of a box of calls to action", True),
    ("consent_placeholders", consent_placeholders,
     "a placeholder asking consent to show embedded content", True),
    ("machine_text", machine_text, "a template's expressions or a widget's data, not prose",
     False),
    ("fine_print", fine_print, "the page's fine print: short lines around its copyright "
     "notice after the text", False),
    ("taglines", taglines, "the site's tagline beside its logo", False),
)


def _drops(
    params: DensityParams, table: Sequence[BlockDrop], blocks: Sequence[TextBlock],
    spans: Spans,
) -> list[AfterPass]:
    """The passes of `table` that `params` switches on, in its order, each dropping what
    it finds; those that read the blocks' spans share `spans`, computed once a page."""
    return [(partial(find, blocks, spans=spans) if reads_spans else partial(find, blocks),
             False, reason)
            for switch, find, reason, reads_spans in table if getattr(params, switch)]
