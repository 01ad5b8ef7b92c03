"""The package's modules import each other without a loop: data flows one way (bytes →
document → blocks → extractors → article), and a module low in that path never reaches
back up, not even lazily inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import newsclean

ROOT = Path(newsclean.__file__).parent


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The package's modules that `path` imports anywhere in its code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            # `from pkg import sub` imports the submodule; `from pkg import name`, the package
            names = [
                sub if (sub := f"{node.module}.{alias.name}") in modules else node.module
                for alias in node.names
            ]
        else:
            continue
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def _graph() -> dict[str, set[str]]:
    paths = {_module(p): p for p in ROOT.rglob("*.py")}
    modules = set(paths)
    return {m: _imports(p, modules) - {m} for m, p in paths.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import loop of `graph`, or [] where it has none (depth-first search)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (loop := visit(nxt)):
                return loop
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (loop := visit(node)):
            return loop
    return []


def test_the_graph_is_read() -> None:
    graph = _graph()
    modules = {"newsclean.pipeline", "newsclean.extractors.density", "newsclean.metadata"}
    assert modules <= set(graph)
    assert "newsclean.render" in graph["newsclean.model"]
    assert "newsclean.metadata.cards" in graph["newsclean.metadata.sources"]  # from pkg import sub


def test_a_loop_is_found() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_back_up() -> None:
    assert _cycle(_graph()) == []


def test_the_renderer_stands_alone() -> None:
    """Blocks of any source render: the renderer needs their shape, not newsclean's model."""
    assert _graph()["newsclean.render"] == set()
