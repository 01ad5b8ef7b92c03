"""Where the `Article` is built: the chosen candidate, normalised, plus page metadata."""

from __future__ import annotations

from newsclean.document import Document
from newsclean.extractors.base import Candidate
from newsclean.metadata import Metadata
from newsclean.model import Article


def assemble(doc: Document, candidate: Candidate, meta: Metadata) -> Article:
    """Combine the body candidate and the metadata into the public `Article`."""
    blocks = list(candidate.blocks)
    return Article(
        url=doc.url,
        canonical_url=meta.canonical_url,
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        site_name=meta.site_name,
        language=meta.language,
        description=meta.description,
        image=meta.image,
        images=list(candidate.images),
        tags=meta.tags,
        agency=meta.agency,
        text="\n\n".join(b.text for b in blocks),
        blocks=blocks,
        extractor=candidate.extractor,
        confidence=max(0.0, min(1.0, candidate.confidence)),
    )
