"""The exceptions `newsclean.extract` may raise, and nothing else.

Every failure on bad input is a `NewsCleanError`; callers that process crawls catch that one
class. Errors from lxml, codecs, recursion or memory are translated into these, never leaked
(`newsclean.document.load` and `newsclean.pipeline.extract` do the translating).
"""

from __future__ import annotations


class NewsCleanError(Exception):
    """Base class of every error newsclean raises on bad input."""


class EmptyInputError(NewsCleanError, ValueError):
    """The input is empty, or holds only whitespace, or only comments (no element)."""


class NotHTMLError(NewsCleanError, ValueError):
    """The input does not look like HTML: a known binary format (image, PDF, archive,
    compressed data), other binary data, plain text without markup, or an XML document
    that is not a page (an RSS or Atom feed, a sitemap, an SVG image)."""


class DocumentTooLargeError(NewsCleanError, ValueError):
    """The input exceeds a configured `Limits` value (bytes, elements), or nests deeper than
    can be read even flattened, or exhausted memory or the recursion limit while processed."""


class ParseError(NewsCleanError):
    """The HTML parser could not build a tree from the input."""


class ExtractorError(NewsCleanError):
    """An extractor plug-in could not be found or loaded."""


class ExtractionError(NewsCleanError):
    """newsclean failed on a page in a way none of the errors above foresaw.

    This is a bug in newsclean (please report it with the page): the original exception is
    chained as `__cause__`. It exists so that no raw lxml, codec or pydantic error escapes
    `extract`. A plug-in that raises while extracting does not cause it: the chain moves on.
    """


__all__ = [
    "DocumentTooLargeError",
    "EmptyInputError",
    "ExtractionError",
    "ExtractorError",
    "NewsCleanError",
    "NotHTMLError",
    "ParseError",
]
