"""A thread's per-post chrome on small pages built here: the buttons, member cards, edit
notes and "Re:" subject lines a forum repeats with every post leave the kept text; the
posts, their authors' names and the same wording said once stay. No page of a dataset is
copied."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.blocks import TextBlock
from newsclean.extractors.threads import thread_chrome
from tests.markup import body_blocks

POSTS = [
    "My router drops the connection every evening and I cannot find out why it happens.",
    "Have you checked whether the firmware is current? Old versions had exactly this bug.",
    "Thanks, updating the firmware fixed it and the connection has been stable for a week.",
]


def _thread(card: str, controls: str = "", subject: str = "") -> list[TextBlock]:
    posts = "".join(
        f'<div class="post"><dl class="card"><dt>user{n}</dt>{card.format(n=n)}</dl>'
        f"{subject}<div class='body'><p>{text}</p></div>{controls.format(n=n + 1)}</div>"
        for n, text in enumerate(POSTS)
    )
    return body_blocks(f"<h1>Connection drops</h1>{posts}")


def _dropped(blocks: list[TextBlock]) -> list[str]:
    return [blocks[i].text for i in thread_chrome(blocks, [True] * len(blocks))]


@pytest.mark.parametrize(
    "card",
    [
        "<dd>Posts: 1,2{n}4</dd><dd>Joined: Mar 20{n}1</dd>",
        "<dd>Beiträge: 3{n}</dd><dd>Registriert: 0{n}.05.2019</dd>",
        "<dd>Messages: {n}9</dd><dd>Member since: 1{n} June 2015</dd>",
        "<dd>Beiträge: 3{n}</dd><dd>Registriert seit: 0{n}.2011</dd>",
        "<dd>Mensajes: 2{n}</dd><dd>Miembro desde: 0{n}/05/2019</dd>",
        "<dd>Posty: 1{n}</dd><dd>Dołączył: 0{n}.05.2019</dd>",
        # a count before its label (Invision, vBulletin 5), and a Chinese board's card
        "<dd>1{n} posts</dd><dd>Joined: Mar 20{n}1</dd>",
        "<dd>帖子: 1{n}</dd><dd>注册时间: 2019-5-{n}</dd>",
        # vBulletin's Arabic and Persian cards, and Portuguese, Vietnamese, Indonesian,
        # Czech and Hebrew boards
        "<dd>المشاركات: 1{n}</dd><dd>تاريخ التسجيل: Feb 200{n}</dd>",
        "<dd>ارسال‌ها: 1{n}</dd><dd>تاریخ عضویت: 0{n}.05.2019</dd>",
        "<dd>Mensagens: 1.2{n}4</dd><dd>Membro desde: 0{n}/05/2019</dd>",
        "<dd>Bài viết: 1{n}</dd><dd>Tham gia: 0{n}/05/2019</dd>",
        "<dd>1{n} postingan</dd><dd>Bergabung: 0{n}.05.2019</dd>",
        "<dd>Příspěvky: 1{n}</dd><dd>Registrován: 0{n}.05.2019</dd>",
        "<dd>הודעות: 1{n}</dd><dd>הצטרף: 0{n}.05.2019</dd>",
    ],
)
def test_a_member_card_on_every_post_leaves_and_the_names_stay(card: str) -> None:
    blocks = _thread(card + "<dd>Location: Leeds</dd>")
    dropped = _dropped(blocks)
    assert len(dropped) == 9  # two details and the card's labelled line, on each post
    assert not {b.text for b in blocks if b.text in POSTS or b.text.startswith("user")} & set(
        dropped
    )


@pytest.mark.parametrize(
    "controls", ["<a>Quote</a>", "<span>Reply with quote</span>", "<div>Click to expand...</div>",
                 "<div>Zitieren</div>", "<div>2 Likes</div>", "<div>{n} Likes</div>"],
)
def test_the_buttons_of_every_post_leave(controls: str) -> None:
    blocks = _thread("", f"<div class='actions'>{controls}</div>")
    assert len(_dropped(blocks)) == 3


def test_re_subject_headings_and_edit_notes_leave() -> None:
    blocks = _thread(
        "", "<div class='note'>Last edited by user1 on 12 May 2024, edited 2 times</div>",
        "<h3>Re: Connection drops</h3>",
    )
    dropped = _dropped(blocks)
    assert dropped.count("Re: Connection drops") == 3
    assert sum(t.startswith("Last edited by") for t in dropped) == 3
    assert "Connection drops" not in dropped


def test_wording_said_once_stays() -> None:
    """An article's "Reply" heading or a profile page's single "Joined: 2019" is the page's
    own text: only repetition across posts marks chrome."""
    blocks = body_blocks(
        f"<h2>Reply</h2><p>{POSTS[0]}</p><p>Joined: 2019</p><p>Posts: 12</p>"
        f"<p>{POSTS[1]}</p>"
    )
    assert _dropped(blocks) == []


def test_a_sentence_or_code_that_starts_like_chrome_stays() -> None:
    blocks = body_blocks(
        "<p>Posts: 12 of them were about the router, and all of them said the firmware was "
        "old.</p><p>Posts: 14 of them were about the modem, and most blamed the cable we "
        "used.</p><pre>Quote</pre><pre>Quote</pre>"
    )
    assert _dropped(blocks) == []


@pytest.mark.parametrize(
    "box",
    ['<div class="signature">{text}</div>', '<aside class="message-signature">{text}</aside>',
     '<div data-role="memberSignature"><p>{text}</p></div>'],
)
def test_a_signature_under_a_post_leaves_even_when_said_once(box: str) -> None:
    motto = "A friend will help you move; a true friend will help you move a body."
    posts = "".join(
        f"<div class='post'><p>{text}</p>{box.format(text=motto) if n == 1 else ''}</div>"
        for n, text in enumerate(POSTS)
    )
    assert _dropped(body_blocks(f"<h1>Connection drops</h1>{posts}")) == [motto]


def test_a_box_named_signature_that_holds_the_text_stays() -> None:
    """A template's odd name for the page's own text (a recipe's "signature-dish" box, an
    id naming a heading "PGP_signature") is not a post's footer."""
    blocks = body_blocks(
        f'<div class="signature-dish"><p>{POSTS[0]}</p><p>{POSTS[1]}</p></div>'
        f'<h2 id="pgp_signature">Checking the signature</h2><p>{POSTS[2]}</p>'
    )
    assert _dropped(blocks) == []


def test_blocks_left_out_are_not_returned() -> None:
    blocks = _thread("<dd>Posts: 1{n}</dd>")
    keep = [not b.text.startswith("Posts") for b in blocks]
    assert thread_chrome(blocks, keep) == []


def test_extract_leaves_out_the_chrome_of_a_thread() -> None:
    import newsclean

    posts = "".join(
        f'<div class="post"><dl class="profile"><dt><a href="/u/{n}">user{n}</a></dt>'
        f"<dd>Posts: 4{n}7</dd><dd>Joined: Jan 201{n}</dd></dl>"
        f"<div class='content'><p>{text} {text}</p></div><a href='#'>Quote</a></div>"
        for n, text in enumerate(POSTS)
    )
    text = newsclean.extract(f"<html><body><h1>Connection drops</h1>{posts}</body></html>").text
    assert POSTS[2] in text
    assert "Posts:" not in text and "Joined:" not in text and "\nQuote" not in text


def test_a_thread_laid_out_in_tables_leaves_its_member_cards_out_of_the_text() -> None:
    """An older board prints each post as a table row: the member's card in one cell, the
    post in the next. The row is kept as a table, but what the thread's chrome pass left
    out stays out of the row's cells (member details), while the posts and names stay."""
    rows = "".join(
        f"<table class='tborder' id='post{n}'><tr><td class='thead'>0{n + 1}.02.2024, 18:3{n}"
        f" <a href='#post{n}'>#{n + 1}</a></td></tr><tr><td class='alt2'>"
        f"<a class='bigusername' href='/u{n}'>user{n}</a><div class='smallfont'>Mitglied<br>"
        f"Registriert seit: 03.2011<br>Beiträge: 1.2{n}4</div></td><td class='alt1'>"
        f"<div id='post_message_{n}'>{text}</div></td></tr></table>"
        for n, text in enumerate(POSTS)
    )
    html = (f"<html><head><title>Connection drops</title></head><body><h1>Connection drops"
            f"</h1><div id='posts'>{rows}</div></body></html>")
    article = newsclean.extract(html, extractors=["density"])
    assert all(post in article.text for post in POSTS)
    assert "user1" in article.text
    assert "Registriert seit" not in article.text
    assert "Beiträge" not in article.text
    assert "Registriert seit" not in article.to_markdown()


@pytest.mark.parametrize(
    "card",
    [
        "<dt>Joined:</dt><dd>Mar 20{n}1</dd><dt>Posts:</dt><dd>1,2{n}4</dd>",
        "<dt>Registriert seit</dt><dd>0{n}.05.2019</dd><dt>Beiträge</dt><dd>3{n}</dd>",
        "<dt>Messages</dt><dd>{n}9</dd><dt>Reaction score</dt><dd>1{n}</dd>",
    ],
)
def test_a_member_card_of_terms_and_definitions_leaves_with_its_values(card: str) -> None:
    """XenForo and many themes print a member's details as a definition list: the label
    ("Joined:") and its value ("Mar 2019") are two blocks. Both leave; the names stay."""
    blocks = _thread(card)
    dropped = _dropped(blocks)
    assert len(dropped) == 12  # two labels and their two values, on each post
    assert not [t for t in dropped if t in POSTS or t.startswith("user")]


def test_a_label_and_value_said_once_stay() -> None:
    blocks = body_blocks("<h1>About me</h1><dl><dt>Joined:</dt><dd>Mar 2019</dd></dl>"
                         f"<p>{POSTS[0]}</p>")
    assert _dropped(blocks) == []


def test_extract_leaves_out_a_member_card_of_terms_and_definitions() -> None:
    posts = "".join(
        f"<article class='message'><aside class='message-user'><a href='/u/{n}'>user{n}</a>"
        f"<dl><dt>Joined:</dt><dd>Mar 201{n}</dd><dt>Posts:</dt><dd>1,2{n}4</dd></dl></aside>"
        f"<div class='message-body'><p>{text}</p></div></article>"
        for n, text in enumerate(POSTS)
    )
    html = (f"<html><head><title>Connection drops</title></head><body><main><h1>Connection"
            f" drops</h1>{posts}</main></body></html>")
    text = newsclean.extract(html, "https://forum.example.org/threads/drops.45/").text
    assert all(post in text for post in POSTS)
    assert "Joined" not in text and "Posts:" not in text and "1,224" not in text


@pytest.mark.parametrize("controls", [
    "<a>Répondre avec citation</a><a>Signaler</a>",
    "<a>Mit Zitat antworten</a> <a>Melden</a>",
    "<a>Reply</a> · <a>Quote</a> · <a>Report</a>",
])
def test_a_row_of_controls_under_every_post_leaves(controls: str) -> None:
    """A post's foot prints its buttons as links that run into one block: the row is the
    board's, as each button alone is."""
    blocks = _thread("", f"<div class='postfoot'>{controls}</div>")
    assert len(_dropped(blocks)) == 3


def test_member_patterns_match_only_lines_holding_a_digit() -> None:
    """`holds_digit` spares the member patterns the lines without a digit: it must turn
    away no line they match, in any script's digits (Arabic-Indic, full-width)."""
    from newsclean.normalize.members import (
        MEMBER_COUNT,
        MEMBER_DETAIL,
        MEMBER_VALUE,
        holds_digit,
        member_key,
    )

    lines = [
        "Posts: 9,179", "Joined: Mar 2021", "Registriert: Mo 3. Jan 2020", "11 posts",
        "المشاركات: ٤٥", "帖子：１２", "Joined: March", "Posts: many", "Reply", "Quote",
        "Member since yesterday", "сообщений", "Location: Leeds", "", "12/03/2019",
    ]
    for text in lines:
        matched = MEMBER_DETAIL.match(text) or MEMBER_COUNT.match(text)
        assert (member_key(text) is not None) == bool(matched), text
        if matched or MEMBER_VALUE.match(text):
            assert holds_digit(text), text
    assert member_key("المشاركات: ٤٥") == "المشاركات"
    assert member_key("Joined: March") is None
