"""mkdocs hooks for the newsclean site; everything here runs offline at build time.

- `<!-- article-json-schema -->` in a page becomes the `Article` model's JSON Schema, read
  from the code (so the page cannot go stale), and the schema is also published as
  `article.schema.json`.
- `<!-- output-formats -->` becomes the example page `docs/examples/structured.html`
  extracted and shown in each output format (text, Markdown, HTML, JSON), by the code of
  this checkout.
- `benchmarks.md` gets a placeholder page while the benchmark write-up is absent.
- Links from a page to repository files outside `docs/` (`../benchmarks/results/x.png`) are
  published under `repo/` and the links rewritten to them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

SCHEMA_MARKER = "<!-- article-json-schema -->"
BENCHMARKS_PLACEHOLDER = """# Benchmark results

The benchmark write-up (`docs/benchmarks.md`) was not present when this site was built.
`python -m benchmarks.quick density trafilatura` and the README's "Why this default chain"
give the current figures.
"""
FORMATS_MARKER = "<!-- output-formats -->"
FORMATS_EXAMPLE = "examples/structured.html"
FORMATS_URL = "https://gazette.example/news/river-plan"
_OUTSIDE_LINK = re.compile(r"\]\(\.\./((?!docs/)[^)\s#]+)")


def _schema() -> str:
    from newsclean.model import Article

    return json.dumps(Article.model_json_schema(), indent=2)


def _formats(docs: Path) -> str:
    """The example page in every output format, as the code of this checkout renders it."""
    import newsclean

    article = newsclean.extract((docs / FORMATS_EXAMPLE).read_bytes(), url=FORMATS_URL)
    parts = [
        ("Text: `article.text`", "text", article.text),
        ("Markdown: `article.to_markdown(images=True)`", "markdown",
         article.to_markdown(images=True)),
        ("HTML: `article.to_html(images=True)`", "html", article.to_html(images=True)),
        ("JSON: `article.model_dump_json(indent=2)`", "json", article.model_dump_json(indent=2)),
    ]
    fence = "````"
    return "\n\n".join(
        f"### {title}\n\n{fence}{lang}\n{body.rstrip()}\n{fence}" for title, lang, body in parts
    )


def _repo_root(config: Any) -> Path:
    return Path(config["docs_dir"]).resolve().parent


def on_files(files: Files, config: Any) -> Files:
    files.append(File.generated(config, "article.schema.json", content=_schema() + "\n"))
    if files.get_file_from_path("benchmarks.md") is None:
        files.append(File.generated(config, "benchmarks.md", content=BENCHMARKS_PLACEHOLDER))
    docs = Path(config["docs_dir"]).resolve()
    root = _repo_root(config)
    for page in docs.rglob("*.md"):
        for target in _OUTSIDE_LINK.findall(page.read_text(encoding="utf-8")):
            source = (root / target).resolve()
            uri = f"repo/{target}"
            if source.is_file() and root in source.parents and not files.get_file_from_path(uri):
                files.append(File.generated(config, uri, abs_src_path=str(source)))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    if SCHEMA_MARKER in markdown:
        markdown = markdown.replace(SCHEMA_MARKER, f"```json\n{_schema()}\n```")
    if FORMATS_MARKER in markdown:
        markdown = markdown.replace(
            FORMATS_MARKER, _formats(Path(config["docs_dir"]).resolve())
        )
    if "/" not in page.file.src_uri:  # pages at the top of docs/
        root = _repo_root(config)
        markdown = _OUTSIDE_LINK.sub(
            lambda m: f"](repo/{m.group(1)}" if (root / m.group(1)).is_file() else m.group(0),
            markdown,
        )
    return markdown
