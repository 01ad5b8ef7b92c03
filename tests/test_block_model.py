"""The learned block scorer: its tree walk, its confidence, the shipped model, its use."""

from __future__ import annotations

import math

import numpy as np
import pytest

from newsclean.document import load
from newsclean.extractors import block_model
from newsclean.extractors.block_features import (
    _DIGIT,
    _SEPARATORS,
    _UPPER_START,
    FEATURES,
    WINDOW,
    _character_counts,
    matrix,
    word_length_scale,
)
from newsclean.extractors.block_model import Forest, expected_f1
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.rules import analyse
from newsclean.repeats import page_groups

PROSE = (
    "The council voted on Tuesday to close the old bridge for repairs, a decision that "
    "residents of both banks had awaited for more than a year, and that will reroute the "
    "morning traffic through the town centre until the work is done next spring."
)
PROSE_2 = (
    "Engineers found cracks in two of the bridge's supports during an inspection in March, "
    "and the mayor said the town could not wait for the regional government's funds, which "
    "are not expected before the end of the decade, so the town will borrow the money."
)
PROSE_3 = (
    "Shop owners in the centre said they expected more customers from the detour, while "
    "parents worried about the longer way to the school on the other bank, which many "
    "children walk alone, and asked the council for a crossing guard at the busiest corner."
)


def _forest(trees: list[dict[str, list[float]]], baseline: float = 0.0) -> Forest:
    for t in trees:
        t.setdefault("depth", 2)  # type: ignore[arg-type]
    return Forest.from_json({"features": list(FEATURES), "baseline": baseline, "trees": trees})


def test_the_tree_walk_follows_thresholds_and_sums_the_trees() -> None:
    # tree 1: feature 0 <= 1.0 -> leaf -2, else feature 1 <= 0.5 -> leaf 1, else leaf 3
    one = {"feature": [0, 0, 1, 0, 0], "threshold": [1.0, 0, 0.5, 0, 0],
           "left": [1, 0, 3, 0, 0], "right": [2, 0, 4, 0, 0], "value": [0, -2.0, 0, 1.0, 3.0]}
    two = {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "value": [0.5]}
    forest = _forest([one, two], baseline=-0.25)
    x = np.zeros((3, len(FEATURES)))
    x[0, 0] = 0.5  # left: -2
    x[1, 0], x[1, 1] = 2.0, 0.2  # right, left: 1
    x[2, 0], x[2, 1] = 2.0, 0.9  # right, right: 3
    raw = np.array([-2.0, 1.0, 3.0]) + 0.5 - 0.25
    assert forest.probabilities(x) == pytest.approx(1 / (1 + np.exp(-raw)))
    assert forest.probabilities(np.zeros((0, len(FEATURES)))).shape == (0,)


def test_a_model_of_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="retrain"):
        Forest.from_json({"features": ["words"], "baseline": 0.0, "trees": []})


def test_expected_f1_is_high_for_sure_choices_and_low_for_doubtful_ones() -> None:
    words = np.array([100.0, 100.0, 10.0])
    sure = expected_f1(np.array([0.99, 0.98, 0.01]), words, np.array([True, True, False]))
    doubtful = expected_f1(np.array([0.6, 0.55, 0.4]), words, np.array([True, True, False]))
    left_out = expected_f1(np.array([0.9, 0.45, 0.01]), words, np.array([True, False, False]))
    assert sure > 0.97
    assert doubtful < 0.8
    # the expected F1 of keeping block 0 only: 2*0.9*100 / (100 + 90 + 45 + 0.1)
    assert left_out == pytest.approx(round(180 / 235.1, 3))
    assert expected_f1(np.zeros(2), np.ones(2), np.zeros(2, bool)) == 0.0


def test_the_shipped_model_fits_todays_features() -> None:
    """Changing `FEATURES` without retraining would silently fall back to the rules."""
    block_model.load.cache_clear()
    forest = block_model.load()
    assert forest is not None
    assert forest.feature.max() < len(FEATURES)


def _page() -> str:
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(8))
    related = "".join(
        f'<li><a href="/r{i}">Another story about town number {i} and its people</a></li>'
        for i in range(5)
    )
    return (
        f"<html lang=en><body><header><nav><ul>{nav}</ul></nav></header>"
        f"<main><article><h1>Bridge to close</h1><p>{PROSE}</p><p>{PROSE_2}</p>"
        f"<p>{PROSE_3}</p></article>"
        f"<aside class=related><h2>Related</h2><ul>{related}</ul></aside></main>"
        "<footer><p>© 2026 The Town Paper. All rights reserved.</p>"
        '<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>'
        "</body></html>"
    )


def test_the_scorer_keeps_the_story_and_drops_the_furniture() -> None:
    candidate = DensityExtractor().extract(load(_page()))
    assert candidate.extractor == "density"
    assert [b.text for b in candidate.blocks if b.kind.value == "paragraph"] == [
        PROSE, PROSE_2, PROSE_3,
    ]
    text = candidate.text
    assert "Section 3" not in text and "Another story" not in text and "©" not in text
    assert candidate.confidence > 0.7
    reasons = [d.reason for d in candidate.details["blocks"]]
    assert all(r.startswith("scorer ") for r in reasons)


def test_without_a_model_the_rules_decide_and_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(block_model, "load", lambda: None)
    candidate = DensityExtractor().extract(load(_page()))
    rules = DensityExtractor(DensityParams(learned=False)).extract(load(_page()))
    assert candidate.extractor == "density-rules"
    assert candidate.text == rules.text and rules.extractor == "density"


def test_features_are_finite_and_one_row_per_block() -> None:
    doc = load(_page())
    analysis = analyse(doc, DensityParams(learned=False))
    x = matrix(analysis, page_groups(doc))
    assert x.shape == (len(analysis.blocks), len(FEATURES))
    assert np.isfinite(x).all()
    kept = FEATURES.index("rule_keep")
    assert [bool(v) for v in x[:, kept]] == analysis.keep
    assert math.isclose(float(x[0, FEATURES.index("position")]), 0.0)


def test_scorer_reasons_are_written_when_read() -> None:
    """Each block's reason is the scorer's probability, with the rules' verdict where they
    disagree; indexing, slicing and iterating give the same strings."""
    import numpy as np

    from newsclean.extractors.block_model import ScorerReasons

    reasons = ScorerReasons(
        np.array([0.91, 0.12, 0.55]), np.array([True, False, True]),
        [True, True, False], ["good", "near-good in container", "short"],
    )
    expected = ["scorer 0.91", "scorer 0.12 (rules: near-good in container)",
                "scorer 0.55 (rules: short)"]
    assert len(reasons) == 3
    assert list(reasons) == expected
    assert reasons[1] == expected[1] and reasons[-1] == expected[-1]
    assert reasons[1:] == expected[1:]


def _one_by_one(forest: Forest, x: np.ndarray) -> np.ndarray:
    """The plain walk: each row down each tree to its leaf, one node at a time."""
    raw = np.full(x.shape[0], forest.baseline)
    for i, row in enumerate(x):
        for root in forest.roots:
            node = int(root)
            while not forest.leaf[node]:
                node = int(forest.child[node]) + int(
                    row[forest.feature[node]] > forest.threshold[node])
            raw[i] += forest.value[node]
    return np.asarray(1 / (1 + np.exp(-raw)))


def test_the_walk_leaves_pairs_on_a_leaf_behind_and_still_sums_every_tree() -> None:
    """Past `DENSE_STEPS` levels only the pairs of tree and block not yet on a leaf walk
    on: rows that leave a deep tree early, late or not at all sum what the plain walk does."""
    depth = block_model.DENSE_STEPS + 3
    # A chain: node 2k tests feature 0 <= k (left: a leaf of value k), node 2k+2 goes on.
    nodes = 2 * depth + 1
    feature, threshold, left, right, value = [0] * nodes, [0.0] * nodes, [0] * nodes, \
        [0] * nodes, [0.0] * nodes
    for k in range(depth):
        threshold[2 * k], left[2 * k], right[2 * k] = float(k), 2 * k + 1, 2 * k + 2
        value[2 * k + 1] = float(k)
    value[2 * depth] = 100.0
    chain = {"feature": feature, "threshold": threshold, "left": left, "right": right,
             "value": value, "depth": depth}
    stump = {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "value": [0.5]}
    forest = _forest([chain, stump])
    x = np.zeros((depth + 2, len(FEATURES)))
    x[:, 0] = np.arange(depth + 2) - 0.5  # row r leaves at level r; the last two never do
    expected = _one_by_one(forest, x)
    assert forest.probabilities(x) == pytest.approx(expected)
    assert forest.probabilities(x)[-1] == pytest.approx(1 / (1 + np.exp(-100.5)))


def test_the_shipped_forest_walks_as_the_plain_walk_does() -> None:
    block_model.load.cache_clear()
    forest = block_model.load()
    assert forest is not None
    x = matrix(analyse(load(_page()), DensityParams()), [])
    noisy = np.vstack([x, x * np.random.default_rng(0).uniform(0.5, 1.5, x.shape)])
    assert forest.probabilities(noisy) == pytest.approx(_one_by_one(forest, noisy), rel=1e-12)


def test_ends_sentence_reads_as_the_trained_regex() -> None:
    """`ends_sentence` gives the feature the model was trained with: the regex searched in
    the text's last 8 characters, on every shape of ending (marks, closers, Unicode
    whitespace, short and empty texts)."""
    import random
    import re

    from newsclean.extractors.block_features import ends_sentence

    trained = re.compile(r"[.!?。！？…][\"'”’»)]?\s*$")
    alphabet = "ab .!?。！？…\"'”’»)\n\t\u00a0\u2003\x1c(x"
    rng = random.Random(19)
    texts = ["", " ", ".", "a.", 'a."', '.""', "end. \n", "Done!\u00a0", "x…)", "a )"]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 14))) for _ in range(20000)]
    for text in texts:
        assert ends_sentence(text) == (trained.search(text[-8:]) is not None), repr(text)


VIETNAMESE = (
    "Hội đồng thành phố đã bỏ phiếu vào thứ ba để đóng cửa cây cầu cũ để sửa chữa, một quyết "
    "định mà người dân hai bên bờ sông đã chờ đợi hơn một năm nay."
)


def _prose_page(paragraph: str, lang: str) -> str:
    return (
        f'<html lang="{lang}"><body><article><h1>Cầu cũ</h1>'
        + "".join(f"<p>{paragraph}</p>" for _ in range(3))
        + "</article></body></html>"
    )


def _scale_and_lengths(html: str) -> tuple[float, list[float], list[float]]:
    doc = load(html)
    analysis = analyse(doc, DensityParams(learned=False))
    column = FEATURES.index("chars_per_word")
    seen = [float(v) for v in matrix(analysis, page_groups(doc))[:, column]]
    own = [len(b.text) / max(b.words, 1) for b in analysis.blocks]
    return word_length_scale(analysis)[0], seen, own


def test_short_words_of_a_language_the_scorer_never_saw_are_read_in_its_scale() -> None:
    """Vietnamese writes a word a syllable (4.3 characters): its prose is read as the
    trained median's, so that its standfirst does not look like a menu's short words."""
    scale, seen, own = _scale_and_lengths(_prose_page(VIETNAMESE, "vi"))
    assert scale > 1.3
    assert seen[-1] == pytest.approx(own[-1] * scale)
    assert 5.8 < seen[-1] < 6.4
    assert seen[0] == pytest.approx(own[0])  # the two-word heading keeps its own length


def test_a_language_with_a_stoplist_keeps_its_word_lengths() -> None:
    scale, seen, own = _scale_and_lengths(_prose_page(PROSE, "en"))
    assert scale == 1.0 and seen == pytest.approx(own)


CHINESE = "农村的老桥在暴雨中受损，村民们每天只能绕行十几公里去镇上买菜和看病。"


def test_a_script_without_spaces_scales_its_paragraphs_and_not_its_headings() -> None:
    """Chinese counts two characters a word: its paragraphs are read in the trained scale
    (a standfirst outside the container, a thread's short replies, are prose, not a menu),
    its headings at their own length (a headline printed again over the story stays a
    heading's)."""
    html = (
        '<html lang="zh"><body><article><h1>暴雨过后村里的老桥终于开始修复工程了</h1>'
        + "".join(f"<p>{CHINESE * 2}</p>" for _ in range(3))
        + "</article></body></html>"
    )
    doc = load(html)
    analysis = analyse(doc, DensityParams(learned=False))
    factor, heading_factor = word_length_scale(analysis)
    assert factor > 2.0 and heading_factor == 1.0
    column = FEATURES.index("chars_per_word")
    seen = [float(v) for v in matrix(analysis, page_groups(doc))[:, column]]
    own = [len(b.text) / max(b.words, 1) for b in analysis.blocks]
    assert seen[0] == pytest.approx(own[0])  # the heading
    assert seen[-1] == pytest.approx(own[-1] * factor)




def _searched_counts(text: str) -> tuple[int, int, int]:
    """The digits, capitalised words and separators as the regex engine counts them."""
    return (len(_DIGIT.findall(text)), len(_UPPER_START.findall(" " + text)),
            len(_SEPARATORS.findall(text)))


@pytest.mark.parametrize("text", [
    "", "No digits here.", "Updated 2024-12-07 12:00 | 3 comments", "0" * 400,
    "١٢٣ and 45", "Ⅻ ² ³ 7", "𝟙𝟚 and 3", "a1b2\x1f9", "Le 7 décembre 2026",
    "Home / News / World", "A B\tC\nD\x1cE\x0bF  G", "Ünited Émile Örsted", "Ελλάδα | Αθήνα",
    "Москва • Новости", " Leading and trailing ", "a/b|c//d", "ABC DEF", "x\u00a0Y\u2003Z",
])
def test_the_character_counts_are_those_of_the_searches(text: str) -> None:
    """`_character_counts` (ASCII text: read as the classes of its characters) counts what
    `\\d`, `_UPPER_START` and `_SEPARATORS` find, in any text."""
    assert _character_counts(text) == _searched_counts(text)


def test_the_character_counts_agree_on_every_pair_of_ascii_characters() -> None:
    """Each count reads a character or a pair (a space, then a capital): every pair of
    ASCII characters, alone and between words, is counted as the searches count it."""
    chars = [chr(code) for code in range(128)]
    for a in chars:
        for b in chars:
            pair = a + b
            assert _character_counts(pair) == _searched_counts(pair), repr(pair)
            assert _character_counts(f"w{pair}w") == _searched_counts(f"w{pair}w"), repr(pair)


def test_the_scorer_reads_each_elements_names_as_the_rules_hints_did() -> None:
    """The article-text hint of the block features reads an element's class and id from
    the rules' `Hints.names` (read once a page for both): the same verdicts as reading the
    tree, and the tree read once per element."""
    import lxml.html

    from newsclean.extractors.block_features import _Elements
    from newsclean.extractors.hints import Hints

    root = lxml.html.fromstring(
        '<div><div class="story-body" id="x"><p class="share">a</p><p>b</p></div>'
        '<nav id="article"><p>c</p></nav><div class="SideBar Content">d</div></div>'
    )
    hints = Hints()
    reads: list[object] = []

    def counted(el: object) -> tuple[str | None, str | None]:
        reads.append(el)
        return hints.names(el)  # type: ignore[arg-type]

    shared, alone = _Elements(counted), _Elements(Hints().names)  # a memo of its own
    elements = list(root.iter())
    for el in elements + elements:
        assert shared.positive(el) == alone.positive(el)
        hints.negative(el)
    assert len(reads) == len(elements)
    assert len(hints._names) == len(elements)


def test_the_features_read_each_blocks_part_as_the_rules_found_it() -> None:
    """Which part of the container a block lies in (the container, a sibling part, none) is
    worked out once a page by the rules (`Analysis.homes`, which the revision reads) and
    read by the features, not walked up every block's chain again."""
    import dataclasses

    def paras(*texts: str) -> str:
        return "".join(f"<p>{t}</p>" for t in texts)

    links = "".join(f'<li><a href="/{i}">Another story about the river and the town</a></li>'
                    for i in range(20))
    html = (  # a body cut in two boxes of one template around an inset of links
        '<html lang="en"><body><article><h1>The plan</h1>'
        f'<div class="story-part"><div class="story-body a">'
        f"{paras(PROSE, PROSE_2, PROSE_3, PROSE)}</div>"
        f'<div class="inset"><h2>Related coverage</h2><ul>{links}</ul></div></div>'
        f'<div class="story-part"><div class="story-body b">'
        f"{paras(*(f'Later on, {p[0].lower()}{p[1:]}' for p in (PROSE_2, PROSE, PROSE_3)))}"
        "</div></div></article></body></html>"
    )
    doc = load(html)
    analysis = analyse(doc, DensityParams(learned=False))
    assert analysis.container is not None and analysis.siblings
    parts = {analysis.container: 1, **{s: 2 for s in analysis.siblings}}
    expected = [next((parts[a] for a in b.ancestors if a in parts), 0) for b in analysis.blocks]
    assert set(expected) == {0, 1, 2}
    assert [0 if h is None else parts[h] for h in analysis.homes] == expected
    column = FEATURES.index("in_sibling_part"), FEATURES.index("in_container")
    x = matrix(analysis, page_groups(doc))
    assert [2 if x[i, column[0]] else 1 if x[i, column[1]] else 0
            for i in range(len(expected))] == expected
    # the features take the parts from the analysis: with none given, no block is in one
    nowhere = dataclasses.replace(analysis, homes=[None] * len(analysis.blocks))
    y = matrix(nowhere, page_groups(doc))
    assert not y[:, column[0]].any() and not y[:, column[1]].any()
    # an analysis built without them (its list empty) gets them worked out, the same
    rebuilt = dataclasses.replace(analysis, homes=[])
    assert (matrix(rebuilt, page_groups(doc)) == x).all()


def test_the_columns_read_from_the_own_features_are_those_of_the_blocks() -> None:
    """The kept run, the depth below the container, the page's shares and the window are
    worked out from the columns `_own` built (the rules' keep, each block's link density and
    depth), not read from the blocks again: they are what the blocks themselves give."""
    doc = load(_page())
    analysis = analyse(doc, DensityParams(learned=False))
    blocks = analysis.blocks
    x = matrix(analysis, page_groups(doc))

    def col(name: str) -> list[float]:
        return [float(v) for v in x[:, FEATURES.index(name)]]

    kept = [i for i, k in enumerate(analysis.keep) if k]
    assert kept and len(kept) < len(blocks)
    assert col("before_kept_run") == [float(i < kept[0]) for i in range(len(blocks))]
    assert col("after_kept_run") == [float(i > kept[-1]) for i in range(len(blocks))]
    assert col("log_gap_to_kept") == pytest.approx(
        [math.log1p(min(abs(i - k) for k in kept)) for i in range(len(blocks))])
    container = analysis.container
    assert container is not None
    top = next(len(b.ancestors) - b.ancestors.index(container)
               for b in blocks if container in b.ancestors)
    assert col("depth_below_container") == [
        float(len(b.ancestors) - top) if container in b.ancestors else -1.0 for b in blocks]
    words = [float(b.words) for b in blocks]
    kept_words = sum(w for w, k in zip(words, analysis.keep, strict=True) if k)
    assert col("page_kept_share")[0] == kept_words / sum(words)
    i = len(blocks) // 2
    near = [j for j in range(max(i - WINDOW, 0), min(i + WINDOW + 1, len(blocks))) if j != i]
    near_words = sum(words[j] for j in near)
    assert col("window_link_density")[i] == pytest.approx(
        sum(blocks[j].link_density * words[j] for j in near) / near_words)
    assert col("window_kept_share")[i] == pytest.approx(
        sum(words[j] for j in near if analysis.keep[j]) / near_words)


def test_each_step_of_the_walk_writes_its_nodes_in_place() -> None:
    """`_walk` steps the rows it is given down their trees in the array it is given (no
    new array of nodes handed back), each pair to its node's first child plus its test."""
    forest = block_model.load()
    assert forest is not None
    x = np.random.default_rng(1).uniform(0, 2, (7, len(FEATURES)))
    columns = np.ascontiguousarray(x.T)
    node = forest._first_steps(columns)
    before = node.copy()
    depths = np.array(forest.depths, dtype=np.int32)
    block_model._walk(forest, columns.ravel(), forest.feature * len(x), node,
                      np.arange(len(x), dtype=np.intp)[None, :], -depths, range(2, 3))
    for t in range(len(node)):
        for b in range(len(x)):
            at = before[t, b]
            test = x[b, forest.feature[at]] > forest.threshold[at]
            assert node[t, b] == forest.child[at] + test
