"""mkdocs hooks for the newsclean site; everything here runs offline at build time.

- `<!-- article-json-schema -->` in a page becomes the `Article` model's JSON Schema, read
  from the code (so the page cannot go stale), and the schema is also published as
  `article.schema.json`.
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
_OUTSIDE_LINK = re.compile(r"\]\(\.\./((?!docs/)[^)\s#]+)")


def _schema() -> str:
    from newsclean.model import Article

    return json.dumps(Article.model_json_schema(), indent=2)


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
    if "/" not in page.file.src_uri:  # pages at the top of docs/
        root = _repo_root(config)
        markdown = _OUTSIDE_LINK.sub(
            lambda m: f"](repo/{m.group(1)}" if (root / m.group(1)).is_file() else m.group(0),
            markdown,
        )
    return markdown
