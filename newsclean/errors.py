"""The exceptions `newsclean.extract` may raise, and nothing else.

Every failure on bad input is a `NewsCleanError`; callers that process crawls catch that one
class. Errors from lxml, codecs or recursion are translated here, never leaked.
"""

from __future__ import annotations


class NewsCleanError(Exception):
    """Base class of every error newsclean raises on bad input."""


class EmptyInputError(NewsCleanError, ValueError):
    """The input is empty or holds only whitespace."""


class NotHTMLError(NewsCleanError, ValueError):
    """The input does not look like HTML (binary data, plain text without markup)."""


class DocumentTooLargeError(NewsCleanError, ValueError):
    """The input exceeds a configured limit (bytes, elements or nesting depth)."""


class ParseError(NewsCleanError):
    """The HTML parser could not build a tree from the input."""


class ExtractorError(NewsCleanError):
    """An extractor plug-in could not be found or loaded."""


__all__ = [
    "DocumentTooLargeError",
    "EmptyInputError",
    "ExtractorError",
    "NewsCleanError",
    "NotHTMLError",
    "ParseError",
]
