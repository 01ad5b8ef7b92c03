"""newsclean's own extractor: the rule passes of `newsclean.extractors.rules` (labels,
furniture hints, the dominant container, the context pass), then, by default, the learned
block scorer of `newsclean.extractors.block_model`, which reads the rules' verdicts as
features and decides which blocks are the page's main content and how sure it is; code
samples between the kept text are kept with it either way (`rules.code_between_kept`).

The rules' parameters (`DensityParams`) and labels are re-exported here: a caller builds
`DensityExtractor(DensityParams(learned=False))` from one import.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.blocks import to_blocks
from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.extractors.block_model import decide
from newsclean.extractors.confidence import declared_cover, section_cover
from newsclean.extractors.rules import (
    Decisions,
    DensityParams,
    Label,
    analyse,
    code_between_kept,
    confidence,
    repeated_passages,
    thread_chrome,
)

__all__ = ["DensityExtractor", "DensityParams", "Label"]


class DensityExtractor:
    """Block classifier on text and link density; reads the shared tree without copying.

    With `DensityParams.learned` (the default), the rules' analysis feeds a learned block
    scorer (`newsclean.extractors.block_model`) that decides which blocks are kept and how
    sure it is; the rules alone decide when it is off or its model cannot be loaded.
    """

    name = "density"

    def __init__(self, params: DensityParams | None = None) -> None:
        self.params = params or DensityParams()

    def extract(self, doc: Document) -> Candidate:
        analysis = analyse(doc, self.params)
        blocks, values = analysis.blocks, analysis.values
        keep = analysis.keep
        reasons: Sequence[str] = analysis.reasons
        score = confidence(values, keep)
        name = self.name
        if self.params.learned:
            learned = decide(doc, analysis)
            if learned is not None:
                keep, reasons, score = learned
            else:
                name = f"{self.name}-rules"
        code = code_between_kept(blocks, keep, self.params.short_max_words) if (
            self.params.code_between_kept) else []
        if code:
            keep, reasons = list(keep), list(reasons)
            for i in code:
                keep[i], reasons[i] = True, f"code between kept blocks ({reasons[i]})"
        copies = repeated_passages(blocks, keep) if self.params.repeated_passages else []
        if copies:
            keep, reasons = list(keep), list(reasons)
            for i in copies:
                keep[i], reasons[i] = False, "a passage kept already"
        chrome = thread_chrome(blocks, keep) if self.params.thread_chrome else []
        if chrome:
            keep, reasons = list(keep), list(reasons)
            for i in chrome:
                keep[i], reasons[i] = False, "a thread's per-post controls or member details"
        kept = [b for b, k in zip(blocks, keep, strict=True) if k]
        score = min(score, declared_cover(doc, sum(b.words for b in kept)))
        score = round(score * section_cover(blocks, keep), 3)
        decisions = Decisions(blocks, analysis.labels, keep, reasons, values)
        return Candidate(
            extractor=name,
            blocks=tuple(to_blocks(kept, doc.url, blocks)),
            confidence=score,
            details={"blocks": decisions},
        )
