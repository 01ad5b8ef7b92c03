"""Collapses: pages where newsclean keeps under 30% of the true text while its peer keeps
over 80% — the failures a user notices first, counted per set and half by `python -m
benchmarks` whenever newsclean and trafilatura ran on the same pages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from benchmarks.summary import PageResult

LOW = 0.3
"""newsclean's recall below which a page collapsed..."""
HIGH = 0.8
"""...while the peer's recall is above this."""


def collapses(
    pages: Mapping[tuple[str, str], Sequence[PageResult]],
    ours: str = "newsclean",
    peer: str = "trafilatura",
) -> dict[str, dict[str, list[str]]]:
    """Per dataset, the ids of collapsed pages: all of them, and per half where it has one."""
    found: dict[str, dict[str, list[str]]] = {}
    for (extractor, dataset), results in pages.items():
        if extractor != ours or (peer, dataset) not in pages:
            continue
        theirs = {r.id: r for r in pages[(peer, dataset)]}
        counts = found.setdefault(dataset, {"all": []})
        for r in results:
            other = theirs.get(r.id)
            if r.score is None or other is None or other.score is None:
                continue
            if r.score.recall < LOW and other.score.recall > HIGH:
                counts["all"].append(r.id)
                if r.half:
                    counts.setdefault(r.half, []).append(r.id)
    return found


def table(found: Mapping[str, Mapping[str, Sequence[str]]], peer: str = "trafilatura") -> str:
    """The counts as a Markdown table, with the pages named."""
    lines = [
        f"Collapses: newsclean's recall under {LOW:.0%} where {peer}'s is over {HIGH:.0%}.",
        "",
        "| dataset | pages | tune | check | which |",
        "|---|---:|---:|---:|---|",
    ]
    for dataset, counts in found.items():
        ids = ", ".join(counts["all"][:12]) + (" …" if len(counts["all"]) > 12 else "")
        lines.append(f"| {dataset} | {len(counts['all'])} | {len(counts.get('tune', []))} | "
                     f"{len(counts.get('check', []))} | {ids} |")
    return "\n".join(lines) + "\n"
