"""Navigation a page prints twice (a pager or "previous / next" list above and below the
body, a header menu repeated in the footer) is left out where one copy was kept beside the
body; a list inside the body that the menu also names, a list the menu names in part, and
the items of a listing stay. Small pages built here; no page of a dataset is copied."""

from __future__ import annotations

from newsclean.blocks import TextBlock
from newsclean.extractors.copies import navigation_copies
from tests.markup import body_blocks

PROSE = [
    "The committee met on Tuesday to discuss the proposal for a new release schedule, "
    "which would move the project from two releases a year to four smaller ones.",
    "Most members agreed that shorter cycles would reduce the pressure before each "
    "freeze, though several asked how the translations would keep up with the changes.",
]
PAGER = (
    '<ul><li>Previous message: <a href="1.html">[dev] Build broken</a></li>'
    '<li>Next message: <a href="3.html">[dev] Re: Proposal</a></li>'
    '<li>Messages sorted by: <a href="d.html">[ date ]</a> <a href="t.html">[ thread ]</a></li>'
    "</ul>"
)
MENU = "".join(f'<li><a href="/{n}">{n.title()} courses</a></li>' for n in
               ("accounting", "finance", "marketing", "analytics"))


def _texts(blocks: list[TextBlock], keep: list[bool]) -> list[str]:
    return [blocks[i].text for i in navigation_copies(blocks, keep)]


def _prose() -> str:
    return "".join(f"<p>{t}</p>" for t in PROSE)


def test_a_pager_kept_above_the_body_and_left_out_below_leaves() -> None:
    blocks = body_blocks(f"<h1>Proposal</h1>{PAGER}{_prose()}<hr>{PAGER}<p><a href=/l>More</a></p>")
    keep = [i <= 5 for i in range(len(blocks))]  # the heading, the top pager, the prose
    assert _texts(blocks, keep) == [
        "Previous message: [dev] Build broken",
        "Next message: [dev] Re: Proposal",
        "Messages sorted by: [ date ] [ thread ]",
    ]


def test_a_menu_kept_after_the_body_and_left_out_in_the_header_leaves() -> None:
    blocks = body_blocks(f"<nav><ul>{MENU}</ul></nav><h1>Fees</h1>{_prose()}<ul>{MENU}</ul>")
    keep = [i >= 4 for i in range(len(blocks))]
    assert _texts(blocks, keep) == [b.text for b in blocks[-4:]]


def test_a_list_inside_the_body_stays() -> None:
    """A programme page lists its courses between two passages; its menu names them too."""
    blocks = body_blocks(
        f"<nav><ul>{MENU}</ul></nav><h1>Programmes</h1><p>{PROSE[0]}</p>"
        f"<ul>{MENU}</ul><p>{PROSE[1]}</p>"
    )
    keep = [i >= 4 for i in range(len(blocks))]
    assert _texts(blocks, keep) == []


def test_a_list_the_menu_names_in_part_stays() -> None:
    own = MENU + '<li><a href="/law">Law courses for managers</a></li>'
    blocks = body_blocks(f"<nav><ul>{MENU}</ul></nav><h1>Fees</h1>{_prose()}<ul>{own}</ul>")
    keep = [i >= 4 for i in range(len(blocks))]
    assert _texts(blocks, keep) == []


def test_unlinked_lines_and_a_page_without_prose_stay() -> None:
    plain = "".join(f"<li>{n} courses</li>" for n in ("Accounting", "Finance", "Marketing"))
    blocks = body_blocks(f"<ul>{plain}</ul><h1>Fees</h1>{_prose()}<ul>{plain}</ul>")
    keep = [i >= 3 for i in range(len(blocks))]
    assert _texts(blocks, keep) == []
    lists = body_blocks(f"<nav><ul>{MENU}</ul></nav><ul>{MENU}</ul>")
    assert _texts(lists, [i >= 4 for i in range(len(lists))]) == []


def test_extract_leaves_out_a_mailing_list_archives_pager() -> None:
    """An archived message (pipermail): the pager above the message is kept by the scorer
    alone, beside the sender's line; its copy below the message is not."""
    import newsclean
    from newsclean.chain import DEFAULT_EXTRACTORS
    from newsclean.extractors.density import DensityExtractor
    from newsclean.extractors.params import DensityParams

    body = "\n\n".join(PROSE * 2)
    html = (
        "<html><head><title>[dev] Proposal</title></head><body><h1>[dev] Proposal</h1>"
        '<b>Jane Doe</b> <a href="mailto:jane@example.org">jane at example.org</a><br>'
        f"<i>Tue Mar 5 10:00:00 UTC 2024</i><p>{PAGER}<hr><pre>{body}\n\n-- \nJane</pre>"
        f'<hr><p>{PAGER}<hr><a href="/mailman/listinfo/dev">More information about the dev'
        " mailing list</a></body></html>"
    )
    url = "https://lists.example.org/pipermail/dev/2024-March/000002.html"
    text = newsclean.extract(html, url=url).text
    assert "translations would keep up" in text
    assert "Previous message" not in text and "Messages sorted by" not in text
    # the lead-ins pass, which leaves a short linked line before the story, off too
    without = DensityExtractor(params=DensityParams(navigation_copies=False,
                                                    doubted_lead_ins=False))
    chain = [without if e == "density" else e for e in DEFAULT_EXTRACTORS]
    assert "Previous message" in newsclean.extract(html, url=url, extractors=chain).text
