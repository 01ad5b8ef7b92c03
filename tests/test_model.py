from __future__ import annotations

import json

from newsclean import Article
from newsclean.model import Block, BlockKind


def test_word_count_is_computed_and_serialised() -> None:
    article = Article(text="one two three")
    assert article.word_count == 3
    assert json.loads(article.model_dump_json())["word_count"] == 3


def test_word_count_sizes_unspaced_paragraphs_by_characters() -> None:
    # A corpus filter on word_count must not read a Japanese article as a few words: a
    # paragraph without spaces counts one word per two characters, as the extractors count;
    # a spaced paragraph beside it still counts its tokens.
    unspaced = "気象台は今日の午後に地震の情報を発表した。" * 10
    article = Article(text=f"{unspaced}\n\nTokyo Metropolitan Government")
    assert article.word_count == len(unspaced) // 2 + 3


def test_excerpt_is_the_description_else_the_first_paragraph() -> None:
    blocks = [
        Block(kind=BlockKind.HEADING, text="Sub", level=2),
        Block(kind=BlockKind.LIST, text="a\nb"),
        Block(text="First paragraph."),
        Block(text="Second."),
    ]
    assert Article(blocks=blocks).excerpt == "First paragraph."
    assert Article(blocks=blocks, description=" The  summary ").excerpt == "The summary"
    assert Article(blocks=blocks[:2]).excerpt is None
    assert json.loads(Article(blocks=blocks).model_dump_json())["excerpt"] == "First paragraph."


def test_authors_are_cleaned_and_deduplicated() -> None:
    article = Article(authors=["  Jane  Doe ", "jane doe", "", "John Roe"])
    assert article.authors == ["Jane Doe", "John Roe"]


def test_markdown_renders_structure() -> None:
    article = Article(
        title="T",
        blocks=[
            Block(kind=BlockKind.HEADING, text="Sub", level=2),
            Block(text="Para."),
            Block(kind=BlockKind.LIST, text="a\nb"),
            Block(kind=BlockKind.QUOTE, text="q"),
            Block(kind=BlockKind.TABLE, text="x | y\n1 | 2"),
        ],
    )
    assert article.to_markdown() == (
        "# T\n\n## Sub\n\nPara.\n\n- a\n- b\n\n> q\n\n| x | y |\n| --- | --- |\n| 1 | 2 |\n"
    )


def test_json_schema_lists_every_field() -> None:
    schema = json.loads(Article.json_schema())
    for name in ("title", "authors", "published", "dateline", "credits", "blocks", "agency"):
        assert name in schema["properties"]
