"""Many pages: inputs from files, folders, globs and WARC archives, run in worker processes.

One JSON line per input goes to a JSONL file: the Article's fields plus ``id``, ``status`` and
``input`` (where the page came from), or, when the page could not be processed, an error record
``{"id", "status": "error", "input", "error": {"type", "message"}}``. The batch never stops on a
bad page.

Why it is built this way:

- Workers are processes (extraction is CPU-bound Python), each handed one page at a time, so
  the parent always knows which page a worker is on and since when. A page that runs past
  ``timeout`` is recorded as an error and its worker is killed and replaced; each worker runs
  under an address-space cap (``RLIMIT_AS``) so a page that blows up memory fails alone.
- Only the parent writes the output: every record is one ``write`` of a whole line followed by
  ``fsync``. A crash can at worst leave a partial last line, which ``resume`` cuts off before
  appending; a record that was not written is simply processed again on resume. So after any
  number of crashes and resumes every input has exactly one record.
- Ids are known before a page is read (a file's path; a WARC's path and record id), which is
  what lets ``resume`` skip inputs already done without reading them.

The exit codes of ``newsclean batch`` are listed in `newsclean.cli`.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import glob
import gzip
import io
import itertools
import json
import multiprocessing
import os
import re
import resource
import signal
import stat
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from newsclean.document import DEFAULT_LIMITS, content_type_charset, decode_labelled
from newsclean.errors import NewsCleanError
from newsclean.pipeline import extract, preload

WARC_SUFFIXES: tuple[str, ...] = (".warc", ".warc.gz", ".arc", ".arc.gz")
"""File names read as web archives, record by record, in folders, globs and on the command
line: WARC, and ARC, its predecessor (warcio reads both; an ARC read as a page was one
"ok" page of its headers and every record's text)."""
HTML_CONTENT_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")
"""HTTP Content-Types of the WARC response records that are extracted; others are skipped."""
MAX_PAGE_BYTES: int = DEFAULT_LIMITS.max_bytes
"""Largest page read from a file or a WARC record; bigger ones become error records."""
DEFAULT_TIMEOUT: float = DEFAULT_LIMITS.timeout_seconds
"""Seconds one page may take. Typical pages take tens of milliseconds; 30 s only catches hangs."""
DEFAULT_MEMORY_MB: int = 2048
"""Address-space cap per worker. An idle worker maps ~150 MB; 2 GB leaves room for huge pages."""
MAX_TIMEOUT: float = 86_400.0
"""Longest `timeout`: a day. A page that takes longer is hung, and the wait for a result
cannot be longer than about 24 days (select's limit: --timeout 2200000 overflowed)."""
MAX_MEMORY_MB: int = 1 << 20
"""Largest `memory_mb`: 1 TiB, more than any worker maps; a larger cap is no cap."""
WORKER_START_TIMEOUT: float = 120.0
"""Seconds a new worker may take to start (a forked one takes milliseconds)."""
READY = "ready"
"""A worker's first message: it is set up and waits for pages."""
PRELOAD_MODULES: tuple[str, ...] = (
    "newsclean.batch", "newsclean.pipeline", "newsclean.assemble", "newsclean.metadata",
    "newsclean.chain", "newsclean.extractors.density", "newsclean.extractors.trafilatura",
    "trafilatura", "charset_normalizer",
)
"""What a fork server imports before forking workers (what `preload` would load)."""


class WorkerStartError(RuntimeError):
    """A worker process could not be started: the batch cannot go on."""


class WarcSupportMissing(ImportError):
    """WARC input needs the optional `warcio` package."""

    def __init__(self) -> None:
        super().__init__(
            "reading WARC files needs the 'warcio' package: pip install 'newsclean[warc]'"
        )


@dataclass(frozen=True)
class Input:
    """One page to process, or a reason why an input yielded none (`error` is set)."""

    id: str
    kind: str
    """"file", "warc", "folder" (a folder that cannot be listed) or "missing" (the input
    named no page: no such path, a glob or a folder with no file in it)."""
    path: str | None = None
    html: bytes | str | None = None
    url: str | None = None
    record_id: str | None = None
    error: str | None = None
    error_type: str = "InputError"
    """The error record's type when `error` is set: `InputError`, or `ReadError` for a file
    that cannot be read at all."""
    fetched: datetime | None = None
    """When the page was fetched (a WARC record's `WARC-Date`): its dates are read as of
    then (`extract(..., fetched=...)`)."""
    passed: str | None = None
    """Why a WARC record holds no page to extract (`passed_reason`: "request record",
    "not HTML", "HTTP status 4xx" …): such an input gets no output line and no worker, but
    the run counts it (`Stats.passed`), so that no record of an archive goes unaccounted."""

    def describe(self) -> dict[str, Any]:
        """The ``input`` field of the output record: where the page came from."""
        out: dict[str, Any] = {"kind": self.kind, "path": self.path}
        if self.kind == "warc":
            out["record_id"] = self.record_id
            out["target_uri"] = self.url
        return out


# --------------------------------------------------------------------------- inputs


def warc_support() -> bool:
    """Whether WARC files can be read (the optional `warcio` package is installed)."""
    try:
        import warcio.archiveiterator  # noqa: F401
    except ImportError:
        return False
    return True


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def _walk(folder: str, include: Sequence[str]) -> Iterator[str | Input]:
    """Every non-hidden file under `folder` (sorted, symlinks not followed into folders),
    and a `ReadError` input for each folder that cannot be listed: `os.walk` skips those
    silently, and their pages were lost without a word."""
    import fnmatch

    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        yield from map(_unreadable_folder, unreadable)
        unreadable.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if include and not any(fnmatch.fnmatch(name, pat) for pat in include):
                continue
            yield os.path.join(root, name)
    yield from map(_unreadable_folder, unreadable)


def _unreadable_folder(exc: OSError) -> Input:
    path = os.path.normpath(os.fsdecode(exc.filename)) if exc.filename is not None else "?"
    return Input(id=path, kind="folder", path=path, error_type="ReadError",
                 error=f"cannot read the folder: {_reason(exc)}")


def expand(specs: Sequence[str], include: Sequence[str] = ()) -> Iterator[Input]:
    """Turn command-line inputs into pages: files, folders (recursive), globs and WARCs.

    A path that does not exist and matches no glob becomes one error record, so a typo is
    reported in the output like any other failed input.
    WARC records that hold no page come as stand-ins (`Input.passed`) that `run` counts.
    """
    for source in sources(specs, include):
        if isinstance(source, str):
            yield from warc_inputs(source, passed=True)
        else:
            yield source


def sources(specs: Sequence[str], include: Sequence[str] = ()) -> Iterator[Input | str]:
    """`expand` without opening WARC files: each WARC comes as its path (a str), to be read
    where its pages are processed (a Dask worker); every other input as its `Input`.

    Paths, and so ids, are normalised as written (`os.path.normpath`: "./crawl/a.html" and
    "crawl//a.html" are "crawl/a.html"; a relative path stays relative), so that a resume
    finds its inputs however the path is typed.
    """
    for spec in map(os.path.normpath, specs):
        if os.path.isdir(spec):
            walked = _walk(spec, include)
            first = next(walked, None)
            if first is None:  # an unmounted share or a wrong --include: say so, as for a glob
                reason = ("no file in this folder matches --include" if include
                          else "the folder holds no file")
                yield Input(id=spec, kind="missing", path=spec, error=reason)
                continue
            paths: Iterable[str | Input] = itertools.chain([first], walked)
        elif os.path.lexists(spec):
            paths = [spec]
        elif glob.has_magic(spec):
            globbed = _glob(spec, include)
            found = next(globbed, None)
            if found is None:
                yield Input(id=spec, kind="missing", path=spec, error="glob matched no file")
                continue
            paths = itertools.chain([found], globbed)
        else:
            yield Input(id=spec, kind="missing", path=spec, error="no such file or directory")
            continue
        for path in paths:
            if isinstance(path, Input):
                yield path
                continue
            path = os.path.normpath(path)  # a walk of "." gives "./a.html"
            yield path if is_warc(path) else Input(id=path, kind="file", path=path)


def _expand_matches(matches: Sequence[str], include: Sequence[str]) -> Iterator[str | Input]:
    for match in matches:
        if os.path.isdir(match) and not os.path.islink(match):
            yield from _walk(match, include)
        else:
            yield match


def _glob(pattern: str, include: Sequence[str]) -> Iterator[str | Input]:
    """The files `pattern` names, a matched folder walked as a folder is, as
    `glob.glob(recursive=True)` finds them except that `**` does not go into symlinked
    folders, as a folder walk does not: glob followed them, and a link to a parent folder
    gave every page under it again and again until the path grew too long."""
    parts = pattern.split(os.sep)
    if "**" not in parts:
        yield from _expand_matches(sorted(glob.glob(pattern)), include)
        return
    cut = parts.index("**")
    prefix = os.sep.join(parts[:cut]) or (os.sep if cut else "")
    bases = sorted(glob.glob(prefix)) if glob.has_magic(prefix) else [prefix]
    for base in bases:
        if os.path.isdir(base or os.curdir):
            yield from _walk_matching(base, parts[cut:], include)


def _walk_matching(base: str, pattern: Sequence[str], include: Sequence[str]
                   ) -> Iterator[str | Input]:
    """The files under `base` whose path below it matches the glob components `pattern`
    (which start with `**`); a matching folder is walked whole."""
    if _matches([], pattern):
        yield from _walk(base or os.curdir, include)
        return
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(base or os.curdir, onerror=unreadable.append):
        yield from map(_unreadable_folder, unreadable)
        unreadable.clear()
        below = os.path.relpath(root, base or os.curdir).split(os.sep)
        below = [] if below == [os.curdir] else below
        descend = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            if os.path.islink(os.path.join(root, name)):
                continue  # not followed, as in a folder walk
            if _matches([*below, name], pattern):
                yield from _walk(os.path.join(root, name), include)
            else:
                descend.append(name)
        dirs[:] = descend
        for name in sorted(files):
            if _matches([*below, name], pattern):
                yield os.path.join(root, name)
    yield from map(_unreadable_folder, unreadable)


def _matches(parts: Sequence[str], pattern: Sequence[str]) -> bool:
    """Whether path components match glob components as glob reads them: `**` stands for
    any number of components, and a name starting with "." is matched only by a component
    that starts with one."""
    import fnmatch

    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        for i in range(len(parts) + 1):
            if _matches(parts[i:], rest):
                return True
            if i < len(parts) and parts[i].startswith("."):
                return False
        return False
    return (bool(parts) and (head.startswith(".") or not parts[0].startswith("."))
            and fnmatch.fnmatch(parts[0], head) and _matches(parts[1:], rest))


def decode_body(body: bytes, content_type: str | None) -> bytes | str:
    """Decode with the HTTP charset when one is given (`newsclean.document.decode_labelled`:
    browsers let it win over <meta>, not over a byte-order mark, and valid UTF-8 wins over a
    label as for <meta>); otherwise the bytes go to the page's own decoding."""
    charset = content_type_charset(content_type)
    return body if charset is None else decode_labelled(body, charset)


def _is_html(content_type: str | None) -> bool:
    media = (content_type or "").split(";")[0].strip().lower()
    return media in HTML_CONTENT_TYPES


def _is_html_page(record: Any) -> bool:
    """Whether a WARC record is a 2xx HTTP response with an HTML Content-Type; where the
    server sent none, with an HTML `WARC-Identified-Payload-Type` (WARC 1.1: the type the
    crawler found by sniffing the body, as browsers sniff a body without a type; Common
    Crawl writes it on every response)."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = record.http_headers.get_header("Content-Type")
    if not (content_type or "").strip():
        content_type = record.rec_headers.get_header("WARC-Identified-Payload-Type")
    return status.startswith("2") and _is_html(content_type)


Decoder = Callable[[bytes, int], bytes]
"""Decompresses the next piece of a stream into at most the given number of bytes."""
DECODE_BLOCK = 16384
"""Bytes of compressed data fed at a time. A body that fails within its first block is taken
as not compressed at all (as warcio did): some crawlers store the body they decoded under
the server's `Content-Encoding`. One that fails later is corrupt."""


class BodyDecodeError(ValueError):
    """An HTTP body that names a Content-Encoding cannot be decoded (corrupt, or a coding
    whose library is not installed)."""


def _zlib(wbits: int) -> Callable[[], Decoder]:
    return lambda: zlib.decompressobj(wbits).decompress


def _brotli() -> Decoder:
    import brotli  # optional: without it a brotli body is an error, not undecoded bytes

    decompressor = brotli.Decompressor()
    if not hasattr(decompressor, "can_accept_more_data"):  # brotli < 1.2 has no output limit
        return lambda data, room: bytes(decompressor.process(data))
    return lambda data, room: bytes(decompressor.process(data, output_buffer_limit=room))


CONTENT_DECODERS: dict[str, tuple[Callable[[], Decoder], ...]] = {
    "gzip": (_zlib(16 + zlib.MAX_WBITS),),
    "x-gzip": (_zlib(16 + zlib.MAX_WBITS),),  # gzip by RFC 9110, 8.4.1.3; old servers send it
    # RFC 9110 says zlib-wrapped; some servers send raw deflate (browsers read both)
    "deflate": (_zlib(zlib.MAX_WBITS), _zlib(-zlib.MAX_WBITS)),
    "br": (_brotli,),
}
"""How each Content-Encoding is undone, readings tried in order; other codings (identity,
or one nobody decodes) leave the body as it is."""


def decode_content(body: bytes, encoding: str | None, limit: int = MAX_PAGE_BYTES) -> bytes:
    """`body` with the codings its `Content-Encoding` names undone, last applied first
    (RFC 9110, 8.4), at most one byte over `limit` (a bomb stops there, and the page's size
    check says why). Shared by WARC records and fetched pages. A body that breaks off after
    it began to decode raises `BodyDecodeError`; one that ends early is kept, as browsers
    show what arrived."""
    codings = [c.strip().lower() for c in (encoding or "").split(",")]
    for coding in reversed(codings):
        readings = CONTENT_DECODERS.get(coding)
        if readings is not None:
            body = _undo(body, coding, readings, limit)
    return body


def _undo(body: bytes, coding: str, readings: Sequence[Callable[[], Decoder]],
          limit: int) -> bytes:
    """One coding undone with the first reading that takes the body's first block."""
    for reading in readings:
        try:
            decoder = reading()
        except ImportError as exc:
            raise BodyDecodeError(f"decoding {coding} needs the '{exc.name}' package, "
                                  "which is not installed") from None
        try:
            out = bytearray(decoder(body[:DECODE_BLOCK], limit + 1))
        except Exception:  # zlib.error, brotli.error: not this reading
            continue
        for start in range(DECODE_BLOCK, len(body), DECODE_BLOCK):
            if len(out) > limit:
                break
            try:
                out += decoder(body[start:start + DECODE_BLOCK], limit + 1 - len(out))
            except Exception as exc:  # zlib.error, brotli.error
                raise BodyDecodeError(f"corrupt {coding} data after {len(out)} bytes "
                                      f"({exc})") from None
        return bytes(out[:limit + 1])
    return body  # not in this coding from its first bytes: stored decoded (see DECODE_BLOCK)


_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,15})[ \t]*(?:;[^\n]*)?\r?")
"""A chunk's size line without its LF: hex digits, then extensions (RFC 9112, 7.1.1). No
whitespace before the digits, as the RFC says (and a leading run would make a search
quadratic)."""


def is_chunked(transfer_encoding: str | None) -> bool:
    """Whether a body's last transfer coding is chunked; coding names are case-insensitive
    (RFC 9112, 7), so `Chunked` is one (warcio knew only `chunked`)."""
    return (transfer_encoding or "").rsplit(",", 1)[-1].strip().lower() == "chunked"


def dechunk(data: bytes) -> bytes:
    """The body carried in chunks (RFC 9112, 7.1), a bare LF ending a line as a CRLF does
    (RFC 9112, 2.2: warcio put such chunks' sizes into the text). Data that does not start
    as a chunk is returned as it is (a server that says chunked and is not); a chunk that
    breaks off keeps what it holds, and what follows a malformed one is kept as it is."""
    pieces: list[bytes] = []
    pos = 0
    while (eol := data.find(b"\n", pos)) >= 0:
        size = _CHUNK_SIZE.fullmatch(data, pos, eol)
        if size is None:
            break
        start = eol + 1
        end = start + int(size.group(1), 16)
        if end == start:  # the last chunk; its trailer fields are not body
            return b"".join(pieces)
        pieces.append(data[start:end])
        pos = end + (2 if data.startswith(b"\r\n", end) else 1 if data.startswith(b"\n", end)
                     else 0)
        if pos == end:  # cut short, or no line end after the chunk
            return b"".join(pieces) + data[pos:]
    return b"".join(pieces) + data[pos:] if pieces else data


def _http_body(record: Any) -> tuple[bytes, str | None]:
    """The record's HTTP body with its transfer and content codings undone (at most one
    byte over `MAX_PAGE_BYTES`), or why it cannot be: a body that cannot be decoded fails
    its record only."""
    headers = record.http_headers
    raw = record.raw_stream.read(MAX_PAGE_BYTES + 1)
    if len(raw) > MAX_PAGE_BYTES:
        return raw, None  # too large as stored; decoded, a cut stream could pass as whole
    if is_chunked(headers.get_header("Transfer-Encoding")):
        raw = dechunk(raw)
    encoding = headers.get_header("Content-Encoding")
    try:
        return decode_content(raw, encoding), None
    except BodyDecodeError as exc:
        return b"", f"cannot decode the HTTP body (Content-Encoding {encoding}): {exc}"


def _cut_short(record: Any) -> bool:
    """Whether the file ended inside this WARC record: before its declared length (warcio
    counts down what is left in its stream's `limit`), or inside its header, before the
    `Content-Length` every WARC record has (then warcio gives a stream without a limit)."""
    return getattr(record.raw_stream, "limit", 1) > 0


def _unread_tail(stream: BinaryIO, end: int) -> bool:
    """Whether the file holds more than record separators after the last record warcio
    read: a record cut inside its header, or inside its gzip member, is skipped silently."""
    stream.seek(end)
    return bool(stream.read(4096).strip(b"\r\n"))


def _any_case_scheme(loader: Any) -> None:
    """Make warcio's record loader read the HTTP headers of `HTTP://` and `Https://` records:
    it reads them only for a scheme written in lower case, though schemes are
    case-insensitive (RFC 3986, 3.1), and such responses were skipped as not HTTP."""
    load = loader.load_http_headers

    def load_http_headers(rec_type: str, uri: str | None, stream: Any, length: Any) -> Any:
        scheme, colon, rest = (uri or "").partition(":")  # none: not read (see warc_inputs)
        return load(rec_type, scheme.lower() + colon + rest, stream, length)

    loader.load_http_headers = load_http_headers


def warc_inputs(path: str, *, passed: bool = False) -> Iterator[Input]:
    """The HTML response records of one WARC (or ARC) file (2xx status only), in file order;
    with `passed`, also a stand-in (`Input.passed`) for every other record, for `run` to
    count.

    A WARC that cannot be opened, or is no regular file, yields one `ReadError` record; one
    that is damaged or cut short, an error record for the rest of the file, with an id made
    of the path and the offset where reading stopped.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # a WARC met in a folder: the command line checked named ones
        yield Input(id=f"{path}#error@0", kind="warc", path=path,
                    error=str(WarcSupportMissing()))
        return
    try:
        # not `open`: a FIFO named *.warc blocked it, and WARCs are read in the batch's
        # parent, where no page timeout applies
        file = open_regular(path)
    except (OSError, ValueError) as exc:
        yield Input(id=f"{path}#error@0", kind="warc", path=path,
                    error=f"cannot read: {_reason(exc)}", error_type="ReadError")
        return
    records: Any = None
    try:
        with file as stream:
            records = ArchiveIterator(stream)
            _any_case_scheme(records.loader)
            record = None
            cut_reported = False
            for record in records:
                if _is_html_page(record) or _nameless_response(record):
                    item = _record_input(path, records, record)
                    cut_reported = cut_reported or item.error == RECORD_CUT_SHORT
                    yield item
                elif passed:
                    yield _passed_input(path, record)
            # The file may end inside a record that is not extracted (a request, an image,
            # metadata, a header cut short) or hold what warcio cannot even start: no page
            # may be lost with it, but the records after it are, so say so, and where.
            if record is not None and _cut_short(record) and not cut_reported:
                start = records.get_record_offset()
                yield Input(id=f"{path}#error@{start}", kind="warc", path=path,
                            error=f"the WARC file is truncated in the record at offset {start}")
            elif not cut_reported:
                end = 0 if record is None else (records.get_record_offset()
                                                + records.get_record_length())
                if _unread_tail(stream, end):
                    yield Input(id=f"{path}#error@{end}", kind="warc", path=path,
                                error=f"the WARC file is truncated or damaged after offset {end}")
    except Exception as exc:  # warcio raises assorted errors on damaged archives
        # where the record that could not be read starts (the iterator moves its offset
        # past each record it has read); not the last good record's start
        stopped = getattr(records, "offset", 0)
        reason = _reason(exc)
        reason = reason if len(reason) <= 200 else reason[:200] + "…"
        yield Input(
            id=f"{path}#error@{stopped}", kind="warc", path=path,
            error=f"cannot read WARC at offset {stopped}: {type(exc).__name__}: {reason}",
        )


RECORD_CUT_SHORT = "record cut short: the WARC file is truncated"


def passed_reason(record: Any) -> str:
    """Why a WARC record is not extracted, in a few words a summary can count: its type
    when it is no response ("request record", "revisit record", "metadata record"), else
    what its HTTP response is ("HTTP status 3xx", "HTTP status 4xx"; "not HTML" for a 2xx
    image, PDF or JSON; "response without HTTP headers" for a `dns:` lookup)."""
    if record.rec_type != "response":
        return f"{record.rec_type} record"
    if record.http_headers is None:
        return "response without HTTP headers"
    status = (record.http_headers.get_statuscode() or "").strip()
    if not status.startswith("2"):
        return f"HTTP status {status[:1] if status[:1].isdigit() else '?'}xx"
    return "not HTML"


def _passed_input(path: str, record: Any) -> Input:
    """The stand-in of a record that is not extracted (`Input.passed`), its body unread."""
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    return Input(id=f"{path}#{record_id}", kind="warc", path=path, record_id=record_id,
                 passed=passed_reason(record))


def _target(record: Any) -> str | None:
    """A record's URI: its WARC-Target-URI, or an ARC record's URL."""
    header = "uri" if record.format == "arc" else "WARC-Target-URI"
    uri: str | None = record.rec_headers.get_header(header)
    return uri


def record_date(record: Any) -> datetime | None:
    """When a record's page was fetched: its `WARC-Date` (ISO 8601, UTC), or an ARC
    record's `archive-date` (14 digits, UTC); None where absent or unreadable."""
    if record.format == "arc":
        raw = record.rec_headers.get_header("archive-date") or ""
        try:
            return datetime.strptime(raw.strip(), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            return None
    raw = (record.rec_headers.get_header("WARC-Date") or "").strip()
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _nameless_response(record: Any) -> bool:
    """A response record without WARC-Target-URI (which the WARC standard requires): warcio
    failed on it with an AttributeError that ended the file's reading. One without a
    Content-Length either is a header cut short, reported as the file's end."""
    return bool(record.rec_type == "response" and not _target(record)
                and record.rec_headers.get_header("Content-Length") is not None)


def _record_input(path: str, records: Any, record: Any) -> Input:
    """The page of one response record, or why it has none. An ARC record has no id: it
    is named by its offset, as a WARC record without one is."""
    uri = _target(record)
    body, failure = ((b"", "a response record without WARC-Target-URI is not read")
                     if not uri else _http_body(record))
    offset = records.get_record_offset()  # only after the body: it consumes it
    # a record without an id is named by its own offset, known only now
    record_id = record.rec_headers.get_header("WARC-Record-ID") or f"@{offset}"
    common: dict[str, Any] = {"id": f"{path}#{record_id}", "kind": "warc", "path": path,
                              "url": uri, "record_id": record_id,
                              "fetched": record_date(record)}
    if failure is not None:
        return Input(**common, error=failure)
    if len(body) > MAX_PAGE_BYTES:
        return Input(**common, error=f"record larger than {MAX_PAGE_BYTES} bytes")
    if _cut_short(record):
        return Input(**common, error=RECORD_CUT_SHORT)
    content_type = record.http_headers.get_header("Content-Type")
    return Input(**common, html=decode_body(body, content_type))


# --------------------------------------------------------------------------- one page


@dataclass(frozen=True)
class Settings:
    """How each page is extracted and how much a worker may use."""

    extractors: tuple[str, ...] | None = None
    policy: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    page_types: frozenset[str] | None = None
    """Keep only pages of these types (`newsclean.model.PageType` values); the others get a
    "filtered" record saying which type they were, so none is lost silently."""
    fetched: datetime | None = None
    """When the pages were fetched, for those that do not say it themselves (files of one
    crawl saved to a folder): their dates are read as of then. A WARC record keeps its own
    `WARC-Date`."""

    def __post_init__(self) -> None:
        # NaN never times out (every comparison is false), inf overflows the wait
        if not 0 < self.timeout <= MAX_TIMEOUT:  # also False for NaN
            raise ValueError(f"timeout must be over 0 and at most {MAX_TIMEOUT:g} s, "
                             f"not {self.timeout}")
        if not 0 <= self.memory_mb <= MAX_MEMORY_MB:
            raise ValueError(f"memory_mb must be 0 (no cap) to {MAX_MEMORY_MB}, "
                             f"not {self.memory_mb}")


def filtered_record(item: Input, page_type: str, score: float) -> dict[str, Any]:
    """The record of a page left out by `Settings.page_types`: its id, where it came from,
    and the type it was given."""
    return {
        "id": item.id,
        "status": FILTERED,
        "input": item.describe(),
        "page_type": page_type,
        "page_type_score": score,
    }


FILTERED = "filtered"
"""The status of a record whose page was left out for its page type."""


def filtered_type(line: str) -> str | None:
    """The page type of a "filtered" record's JSON line, else None."""
    if f'"status": "{FILTERED}"' not in line:
        return None
    try:
        return str(json.loads(line).get("page_type"))
    except ValueError:
        return None


def error_record(item: Input, kind: str, message: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "status": "error",
        "input": item.describe(),
        "error": {"type": kind, "message": message},
    }


def open_regular(path: str) -> BinaryIO:
    """`path` opened for reading, if it is a regular file; else IsADirectoryError or
    ValueError. A FIFO or device named like a page or a WARC would block or never end; the
    open itself does not wait for a FIFO's writer (O_NONBLOCK, which regular files ignore)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", path)
        if not stat.S_ISREG(mode):
            raise ValueError("not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _reason(exc: Exception) -> str:
    """An error's own words: an OSError's without its number and path."""
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def gunzip(data: bytes) -> bytes:
    """A `.gz` file's page, at most one byte over `MAX_PAGE_BYTES` (a small file may unpack
    to gigabytes; the size check then says why). Every failure is an OSError that says what
    is wrong: a corrupt stream raised zlib.error, which is none, and killed the worker."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
            return unzipped.read(MAX_PAGE_BYTES + 1)
    except EOFError:
        raise OSError(errno.EIO, "the gzip file is cut short") from None
    except zlib.error as exc:
        raise OSError(errno.EIO, f"the gzip file is corrupt ({exc})") from None


def read_page(path: str) -> bytes:
    """A page's bytes; ``.gz`` files are decompressed. Raises OSError or ValueError.

    Only regular files are read: a FIFO or device named like a page would block or never end.
    """
    with open_regular(path) as stream:
        data = stream.read(MAX_PAGE_BYTES + 1)
    if path.lower().endswith(".gz"):
        data = gunzip(data)
    if len(data) > MAX_PAGE_BYTES:
        raise ValueError(f"page larger than {MAX_PAGE_BYTES} bytes")
    return data


def process(item: Input, settings: Settings | None = None) -> dict[str, Any]:
    """The output record of one input. Never raises, except MemoryError (also when
    extraction failed for want of memory: see `_out_of_memory`)."""
    settings = settings or Settings()
    if item.error is not None:
        return error_record(item, item.error_type, item.error)
    if item.passed is not None:  # (`run` counts these and never gets here)
        return error_record(item, "InputError", f"the WARC record holds no page: {item.passed}")
    try:
        html = item.html if item.html is not None else read_page(item.path or "")
    except IsADirectoryError:
        return error_record(item, "ReadError", "is a directory")
    except OSError as exc:
        return error_record(item, "ReadError", f"cannot read: {exc.strerror or exc}")
    except ValueError as exc:
        return error_record(item, "ReadError", f"cannot read: {exc}")
    try:
        article = extract(html, url=item.url, extractors=settings.extractors,
                          policy=settings.policy, fetched=item.fetched or settings.fetched)
    except NewsCleanError as exc:
        if _out_of_memory(exc):
            raise MemoryError from exc  # the worker records MemoryLimit and retires
        return error_record(item, type(exc).__name__, str(exc))
    except MemoryError:
        raise
    except Exception as exc:  # a plug-in's bug must cost one page, not the batch
        return error_record(item, "InternalError", f"{type(exc).__name__}: {exc}")
    if settings.page_types is not None and article.page_type.value not in settings.page_types:
        return filtered_record(item, article.page_type.value, article.page_type_score)
    record: dict[str, Any] = {"id": item.id, "status": "ok", "input": item.describe()}
    record.update(article.model_dump(mode="json"))
    return record


def _out_of_memory(exc: BaseException) -> bool:
    """Whether an error was caused by a MemoryError: `extract()` reports one as
    `DocumentTooLargeError`, but the worker's heap is then in no state to trust (the next
    page, fine alone, failed with MemoryLimit), so the page fails as `MemoryLimit` and its
    worker is replaced."""
    cause: BaseException | None = exc
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, MemoryError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def to_line(record: dict[str, Any]) -> str:
    """One JSON line (no newline). Undecodable file names are kept as \\udcXX escapes."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a non-UTF-8 file name
        line = json.dumps(record, ensure_ascii=True)
    return line


# --------------------------------------------------------------------------- output


def normal_id(record_id: str) -> str:
    """An id as `sources` writes it now: its path (before any "#" of a WARC record)
    normalised. Ids of an output written before ids were normalised ("./crawl/a.html")
    are read so too, and a resume of it finds its inputs again."""
    path, hash_, rest = record_id.partition("#")
    return os.path.normpath(path) + hash_ + rest if path else record_id


def _scan_output(path: Path) -> tuple[set[str], int]:
    """Ids already in `path` (each also as `normal_id` reads it), and how many of its
    records are errors; a partial last line (a crash mid-write) is cut off first."""
    done: set[str] = set()
    errors = 0
    with open(path, "r+b") as stream:
        data = stream.read()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            stream.truncate(end)
            stream.flush()
            os.fsync(stream.fileno())
    for raw in data[:end].splitlines():
        try:
            record = json.loads(raw)
        except ValueError:
            continue  # cannot be produced by our writer; the input is simply redone
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            done.update((record["id"], normal_id(record["id"])))
            errors += record.get("status") == "error"
    return done, errors


STDOUT = "-"
"""The output name that streams records to standard output (no resume: nothing is kept)."""


class OutputExists(FileExistsError):
    """The output file has records and neither resume nor overwrite was asked for."""


class OutputBusy(OutputExists):
    """Another process is writing the output (a run still going, or one not yet stopped)."""


def _lock(fd: int, path: Path) -> None:
    """Hold an exclusive lock on the output while writing it: two runs appending to one
    file (a resume started while a killed run's workers still write, or a Dask task run
    twice) would record inputs twice. Released when the file is closed."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputBusy(f"{path} is being written by another process") from None
    except OSError:  # a file system without locks: go on unguarded
        return


class JsonlWriter:
    """Appends whole lines, each made durable (write + fsync) before the next.

    An output replaced (`overwrite`) is emptied only when the first line is written or the
    run closes without an error: a run that fails before its first record (a worker that
    cannot start, an unreadable input list) leaves the old records where they were.
    """

    def __init__(self, path: str | Path, *, resume: bool = False, overwrite: bool = False):
        self.path = Path(path)
        self.done: set[str] = set()
        self.errors = 0
        """Error records among those kept by `resume`."""
        self._replace = False
        if str(path) == STDOUT:
            if sys.stdout is None:  # closed from the start (`>&-`): fd 1 may be another file
                raise OSError(errno.EBADF, "it is closed")
            self._fd = os.dup(sys.stdout.fileno())
            self._file = False
            return
        # Only a regular file holds records to keep or refuse; a directory fails at the open
        # below with its own error, a pipe or device (/dev/stdout) is written as a stream.
        exists = self.path.is_file() and self.path.stat().st_size > 0
        if exists and not (resume or overwrite):
            raise OutputExists(
                f"{self.path} already holds records; use --resume to continue it "
                "or --overwrite to replace it"
            )
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self._file = stat.S_ISREG(os.fstat(self._fd).st_mode)
        self._replace = self._file and not resume
        try:
            if self._file:
                _lock(self._fd, self.path)
                if exists and resume:
                    self.done, self.errors = _scan_output(self.path)
        except BaseException:
            os.close(self._fd)
            raise

    def _empty(self) -> None:
        """Drop the records of the output being replaced (once)."""
        if self._replace:
            os.ftruncate(self._fd, 0)
            self._replace = False

    def write(self, line: str) -> None:
        self._empty()
        data = (line + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]
        if self._file:  # a pipe or terminal cannot be synced (EINVAL), nor resumed
            os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None and self._fd >= 0:
            self._empty()
        self.close()


# --------------------------------------------------------------------------- workers


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the parent dies, even mid-page (best effort)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _settle(settings: Settings) -> None:
    """Load what extraction needs (imported modules, models) and move it all out of the
    garbage collector's sight (`gc.freeze`): it lives as long as the worker, and every full
    collection would walk it again (~7% of a page's time). A chain that cannot be built fails
    later, page by page, as error records; so does a memory cap too small to load it (the
    first page then meets the cap as a `MemoryLimit` record)."""
    with contextlib.suppress(NewsCleanError, MemoryError):
        preload(settings.extractors)
    gc.freeze()


def _worker(conn: Connection, settings: Settings, parent_pid: int | None,
            inherited: Sequence[Connection] = ()) -> None:
    """A worker's loop: receive an Input, send back (index, JSON line, ok, fatal, peak RSS kB).

    `inherited` are the parent's pipe ends copied by fork; closing them lets a worker see
    end-of-file, and exit, as soon as the parent is gone. `parent_pid` is the process that
    started it (None when a fork server did, whose process id the pool does not know).
    """
    for other in inherited:
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent()
    if parent_pid is not None and os.getppid() != parent_pid:
        return  # the parent died before the death signal was armed
    if settings.memory_mb > 0:
        cap = settings.memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        except (ValueError, OSError) as exc:  # over the hard limit (ulimit -Hv)
            with contextlib.suppress(OSError, ValueError):
                conn.send(f"cannot set its {settings.memory_mb} MB memory cap: {exc}")
            return
    _settle(settings)
    try:
        conn.send(READY)  # the page clock starts only now (see Pool._start)
    except (OSError, ValueError):
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        index, item = task
        fatal = False
        try:
            record = process(item, settings)
        except MemoryError:
            record = error_record(item, "MemoryLimit",
                                  f"exceeded the {settings.memory_mb} MB memory cap"
                                  if settings.memory_mb > 0 else "ran out of memory")
            fatal = True  # heap state after a MemoryError is not worth trusting
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            conn.send((index, to_line(record), record["status"] != "error", fatal, peak))
        except (OSError, ValueError):
            return
        if fatal:
            return


def _context(start_method: str | None = None) -> Any:
    """The multiprocessing context of the workers: `start_method` when available, else fork.

    fork starts a replacement worker in milliseconds with extractors already imported; the
    parent of `newsclean batch` runs no threads, which is what makes fork safe there. A
    parent that runs threads (a Dask worker) asks for "forkserver": workers are forked
    from a single-threaded server that imported the extraction stack once (`preload`).
    """
    methods = multiprocessing.get_all_start_methods()
    if start_method not in methods:
        start_method = "fork" if "fork" in methods else "spawn"
    context = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        # "__main__": the server imports the parent's main module once, so that workers
        # need not each import it again before starting (Python 3.11 does not pass
        # the main module's path to the server, and each worker still does: `Pool._start`
        # waits for it).
        context.set_forkserver_preload(["__main__", *PRELOAD_MODULES])
    return context


@dataclass
class _Slot:
    """One worker process and the page it is on."""

    process: BaseProcess
    conn: Connection
    task: tuple[int, Input] | None = None
    started: float = 0.0
    pages: int = 0
    peak_rss_kb: int = 0


@dataclass
class Stats:
    """What a batch did.

    `rss_kb` maps a count of records written (1, 10, 100, then every 1,000) to the largest
    peak RSS among the workers alive at that moment: memory growth over a run shows there.
    """

    done: int = 0
    errors: int = 0
    skipped: int = 0
    filtered: dict[str, int] = field(default_factory=dict)
    """Pages left out by `Settings.page_types`, per page type."""
    passed: dict[str, int] = field(default_factory=dict)
    """WARC records read but not extracted, per reason (`passed_reason`): requests,
    revisits, metadata, responses that are no HTML page or not a 2xx one. They get no
    output line; counted here, the summary says what each archive held besides pages."""
    kept_errors: int = 0
    """Error records already in the output that a resume kept: with `errors`, what the
    output holds (the exit code describes the whole output)."""
    elapsed: float = 0.0
    rss_kb: dict[int, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


class Progress:
    """A one-line progress report on stderr: pages, pages/s, errors. Silent when disabled."""

    interval = 0.25

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self._last = 0.0

    def update(self, stats: Stats, *, force: bool = False) -> None:
        if self.stream is None:
            return
        now = time.monotonic()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        skipped = f"  {stats.skipped} skipped" if stats.skipped else ""
        self.stream.write(
            f"\r{stats.done} pages  {stats.rate:.1f} pages/s  {stats.errors} errors{skipped} "
        )
        self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()


class Pool:
    """Worker processes fed one page at a time; stuck or dead workers are replaced."""

    def __init__(self, size: int, settings: Settings, start_method: str | None = None) -> None:
        self.settings = settings
        self._ctx = _context(start_method)
        if self._ctx.get_start_method() == "fork":
            # Forked workers inherit the imported extraction stack: each starts (and is
            # replaced after a timeout) at once instead of importing it again. A chain that
            # cannot be built fails in the workers, page by page, as error records.
            with contextlib.suppress(NewsCleanError):
                preload(settings.extractors)
        self.slots = [self._start() for _ in range(max(1, size))]

    def _start(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        inherited = []
        if self._ctx.get_start_method() == "fork":  # spawn inherits no pipe ends
            inherited = [parent] + [s.conn for s in getattr(self, "slots", []) if not s.conn.closed]
        creator = None if self._ctx.get_start_method() == "forkserver" else os.getpid()
        proc = self._ctx.Process(
            target=_worker, args=(child, self.settings, creator, inherited), daemon=True
        )
        proc.start()
        child.close()
        # A worker that is not forked from this process starts by importing what its
        # parent's start method makes it import (in a Dask worker, the worker's main
        # script: about a second); that is not the first page's time, so wait for it.
        greeting: object = None
        with contextlib.suppress(EOFError, OSError):
            if parent.poll(WORKER_START_TIMEOUT):
                greeting = parent.recv()
        if greeting != READY:
            proc.join(1.0)  # a worker that closed its pipe is exiting: its code says why
            code = proc.exitcode
            proc.kill()
            proc.join()
            parent.close()
            why = (greeting if isinstance(greeting, str)
                   else f"it exited with code {code}" if code is not None
                   else f"no word from it within {WORKER_START_TIMEOUT:g} s")
            raise WorkerStartError(f"a worker could not start: {why}")
        return _Slot(process=proc, conn=parent)

    def _replace(self, slot: _Slot) -> _Slot:
        slot.process.kill()
        slot.process.join()
        slot.conn.close()
        fresh = self._start()
        self.slots[self.slots.index(slot)] = fresh
        return fresh

    def idle(self) -> list[_Slot]:
        return [s for s in self.slots if s.task is None]

    def busy(self) -> list[_Slot]:
        return [s for s in self.slots if s.task is not None]

    def submit(self, slot: _Slot, index: int, item: Input) -> None:
        try:
            slot.conn.send((index, item))
        except OSError:  # the worker died while idle (e.g. the OOM killer): use a new one
            slot = self._replace(slot)
            slot.conn.send((index, item))
        slot.task = (index, item)
        slot.started = time.monotonic()

    def peak_rss_kb(self) -> int:
        return max((s.peak_rss_kb for s in self.slots), default=0)

    def collect(self) -> Iterator[tuple[str, bool]]:
        """Wait for results or the first deadline; yield (JSON line, ok) per finished page."""
        busy = self.busy()
        if not busy:
            return
        now = time.monotonic()
        deadline = min(s.started for s in busy) + self.settings.timeout
        handles: list[Any] = [s.conn for s in busy] + [s.process.sentinel for s in busy]
        ready = set(wait(handles, timeout=max(0.0, deadline - now)))
        for slot in busy:
            assert slot.task is not None
            item = slot.task[1]
            if slot.conn in ready:
                try:
                    _, line, ok, fatal, peak = slot.conn.recv()
                except (EOFError, OSError):
                    pass  # died mid-send: handled as a dead worker below
                else:
                    slot.task = None
                    slot.pages += 1
                    slot.peak_rss_kb = peak
                    if fatal:
                        slot.process.join(1.0)
                        self._replace(slot)
                    yield line, ok
                    continue
            if slot.process.sentinel in ready or not slot.process.is_alive():
                slot.process.join(1.0)
                code = slot.process.exitcode
                reason = (f"worker killed by signal {-code}" if code is not None and code < 0
                          else f"worker exited with code {code}")
                slot.task = None
                self._replace(slot)
                yield to_line(error_record(item, "WorkerDied", reason)), False
            elif time.monotonic() - slot.started >= self.settings.timeout:
                slot.task = None
                self._replace(slot)
                message = f"no result after {self.settings.timeout:g} s; worker killed"
                yield to_line(error_record(item, "Timeout", message)), False

    def close(self) -> None:
        for slot in self.slots:
            with contextlib.suppress(OSError):
                slot.conn.send(None)
        for slot in self.slots:
            slot.process.join(2.0)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join()
            slot.conn.close()


def lines(pool: Pool, inputs: Iterable[Input]) -> Iterator[tuple[str, bool]]:
    """The JSON line of each input and whether it is ok, as the pool's workers finish them.

    Inputs that are already errors (a missing path) need no worker: their records come at
    once. Stops when every input has its line; the pool stays open (the caller closes it).
    """
    pending = iter(inputs)
    exhausted = False
    index = 0
    while True:
        for slot in pool.idle():
            item = None
            while not exhausted and item is None:
                nxt = next(pending, None)
                if nxt is None:
                    exhausted = True
                elif nxt.passed is not None:  # no page: counted by `run`, no line
                    continue
                elif nxt.error is not None:  # nothing for a worker to do
                    yield to_line(process(nxt, pool.settings)), False
                else:
                    item = nxt
            if item is None:
                break
            pool.submit(slot, index, item)
            index += 1
        if not pool.busy():
            return
        yield from pool.collect()


def _new_inputs(inputs: Iterable[Input], seen: set[str], done: set[str],
                stats: Stats) -> Iterator[Input]:
    """Inputs whose id was not seen yet; those already in the output count as skipped,
    WARC records that hold no page as passed over (`Stats.passed`)."""
    for item in inputs:
        if item.passed is not None:
            stats.passed[item.passed] = stats.passed.get(item.passed, 0) + 1
            continue
        if item.id in seen:
            stats.skipped += 1 if item.id in done else 0
            continue
        seen.add(item.id)
        yield item


def run(
    inputs: Iterable[Input],
    output: str | Path,
    *,
    workers: int | None = None,
    settings: Settings | None = None,
    resume: bool = False,
    overwrite: bool = False,
    progress: TextIO | None = None,
    on_record: Callable[[str], None] | None = None,
    start_method: str | None = None,
    pool: Pool | None = None,
) -> Stats:
    """Process `inputs` in `workers` processes (default: all cores) into the JSONL `output`.

    With `resume`, inputs whose id is already in `output` are skipped and the rest appended.
    An input id seen twice in one run is processed once. `start_method` is how workers
    are started (see `_context`; default fork where there is one). `pool`, when given, is
    used (and left open) instead of a pool of `workers` made for this run.
    """
    settings = settings or Settings()
    stats = Stats()
    report = Progress(progress)
    start = time.monotonic()
    with JsonlWriter(output, resume=resume, overwrite=overwrite) as writer:
        own = pool is None
        workers_pool = Pool(workers or os.cpu_count() or 1, settings, start_method) \
            if pool is None else pool
        try:
            stats.kept_errors = writer.errors
            fresh = _new_inputs(inputs, set(writer.done), writer.done, stats)
            for line, ok in lines(workers_pool, fresh):
                writer.write(line)
                stats.done += 1
                stats.errors += 0 if ok else 1
                kind = filtered_type(line) if settings.page_types is not None else None
                if kind is not None:
                    stats.filtered[kind] = stats.filtered.get(kind, 0) + 1
                if stats.done in (1, 10, 100) or stats.done % 1000 == 0:
                    stats.rss_kb[stats.done] = workers_pool.peak_rss_kb()
                if on_record is not None:
                    on_record(line)
                stats.elapsed = time.monotonic() - start
                report.update(stats)
        finally:
            if own:
                workers_pool.close()
            stats.elapsed = time.monotonic() - start
            if stats.done or stats.skipped:
                report.update(stats, force=True)
                report.close()
    return stats


def stderr_if_tty(quiet: bool) -> TextIO | None:
    """Where progress goes: stderr when it is a terminal and the user did not ask for quiet."""
    stream = sys.stderr  # None when closed from the start (`2>&-`)
    return stream if not quiet and stream is not None and stream.isatty() else None
