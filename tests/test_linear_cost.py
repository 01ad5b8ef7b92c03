"""The work of a stage grows with the page, not faster (issue 19: time linear in page size).

Each case builds a page with N and with 4N of one kind of item and counts the function
calls (Python and C) the guilty step makes on both, under cProfile: a count, the same on
every run, never seconds. Linear work gives about four times the calls; the costs these
tests guard against gave sixteen. Small pages built here; no page of a dataset is copied.
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from newsclean.document import load
from newsclean.extractors.copies import repeated_passages
from newsclean.metadata import dates
from newsclean.metadata.sources import own_names, page_of
from newsclean.metadata.visible import _link_groups
from tests.markup import body_blocks

MEMBER_LINK_CALLS = 50
"""Most calls the author-link search may make per link to a member's page whose text does
not spell its address (37 now; 115 when each text and address was folded character by
character)."""
HOME_LINK_CALLS = 8
"""Most calls the site's own names may make per relative link (5 now; 20 when each link's
address was split by `urlsplit` to find that it names no host)."""
GROWTH = 6.0
"""Most the calls may grow when the items grow four times: linear work with a constant
part stays near 4, work over every pair of items reaches 16."""


def calls(step: Callable[..., Any], *args: Any) -> int:
    """The function calls `step(*args)` makes, its own included."""
    profile = cProfile.Profile()
    profile.runcall(step, *args)
    return sum(stat[1] for stat in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]


def growth(cost: Callable[[int], int], n: int) -> float:
    """How many times `cost` grows from `n` items to `4n`."""
    return cost(4 * n) / cost(n)


def _twice_in_one_template(n: int) -> int:
    """A passage of `n` paragraphs printed twice by one template (a plan's features, an
    offer's terms): not a copy, and tried again at each of its paragraphs."""
    passage = "".join(
        f"<p>Feature {i} of the plan, with words enough to read.</p>" for i in range(n)
    )
    blocks = body_blocks(f'<div class="plan">{passage}</div>' * 2)
    return calls(repeated_passages, blocks, [True] * len(blocks))


def test_a_passage_printed_twice_by_one_template_is_read_in_linear_work() -> None:
    assert growth(_twice_in_one_template, 25) < GROWTH


def test_links_to_members_pages_cost_a_few_calls_each() -> None:
    """An archive's listing links every work to its writer's page, thousands a page: the
    search for author links folds each text and address, at once where they are ASCII."""
    n = 100
    items = "".join(
        f"<li><a href='/works/{i}'>A story of the sea, part {i}</a> by "
        f"<a rel='author' href='/users/writer{i}'>Margaret Writer the Elder {i}</a></li>"
        for i in range(n)
    )
    page = page_of(load(f"<html><body><h1>Works</h1><ul>{items}</ul></body></html>"))
    assert _link_groups(page) == []
    assert calls(_link_groups, page) < MEMBER_LINK_CALLS * n


def test_relative_links_are_no_home_page_without_splitting_their_address() -> None:
    """An archive's listing holds thousands of relative links ("/works/12"): the site's
    own names (the texts of links to its home page) need no `urlsplit` of each to see
    that it names no host."""
    n = 100
    items = "".join(
        f"<li><a href='/works/{i}'>A story of the sea, part {i}</a></li>" for i in range(n)
    )
    page = page_of(load(
        f"<html><body><h1>Works</h1><ul>{items}</ul></body></html>", url="https://example.org/w"
    ))
    urlsplit.cache_clear()  # its answers are kept: a count on fresh addresses
    assert calls(own_names, page) < HOME_LINK_CALLS * n
    assert own_names(page) == ()


class _CountedPattern:
    """A date form that counts the hashes taken of it."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.hashes = pattern, 0

    def __hash__(self) -> int:
        self.hashes += 1
        return hash(self.pattern)

    def search(self, text: str) -> Any:
        return self.pattern.search(text)


def test_a_written_date_is_searched_without_hashing_its_form() -> None:
    """A compiled pattern's hash reads its whole compiled code: 57-116 KB for the forms of
    a date written with its month's name, searched on every line that holds a year."""
    form = _CountedPattern(dates._TEXTUAL[1])
    assert dates._search(form, "Posted on 3 May 2024 at noon") is not None  # type: ignore[arg-type]
    assert form.hashes == 0
