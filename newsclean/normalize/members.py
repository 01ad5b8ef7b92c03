"""The member details a forum prints beside each post: a label and a count or a date
("Posts: 9,179", "Joined: Mar 2021", "Registriert: Mo 3. Jan 2020"), in the languages of
the forum engines they were read from (phpBB, vBulletin, XenForo, Discourse, NodeBB,
punBB and their translations, Arabic, Persian, Portuguese, Vietnamese, Indonesian, Czech
and Hebrew among them). The thread extractor drops them from the kept text
(`extractors.threads`), and the date search reads no member's join date as the page's
(`metadata.pagedate`): one list for both."""

from __future__ import annotations

import re

from newsclean.normalize.text import CaseBlind

# Member details a thread prints beside every post: a label and a count or a date.
_MEMBER_LABEL = (
    r"(posts|messages|threads|topics|joined|join date|registered|member since|"
    r"reputation|reaction score|trophy points|beiträge|registriert(?: seit)?|"
    r"mitglied seit|dabei seit|messages|inscrit(?: le)?|inscription|mensajes|"
    r"registrado|miembro desde|messaggi|iscritto(?: dal| il)?|membro dal|berichten|"
    r"lid sinds|posty|dołączył|mesajlar|katılım|сообщения|сообщений|регистрация|"
    r"зарегистрирован|注册时间|註冊時間|积分|積分|帖子|主题|主題|精华|精華|在线时间|最后登录|"
    r"登録日|投稿数|가입일|게시물|포인트|المشاركات|مشاركات|تاريخ التسجيل|تاريخ الانضمام|"
    r"ارسال‌ها|ارسال ها|تاریخ عضویت|mensagens|registrado em|membro desde|bài viết|"
    r"tham gia|postingan|bergabung|příspěvky|registrován|הודעות|הצטרף)"
)
_MEMBER_VALUE = (
    r"(\d[\d.,\s]*[km]?|.{0,12}\b(19|20)\d\d\b.{0,12}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
)
MEMBER_DETAIL = CaseBlind(re.compile(
    rf"^\W*{_MEMBER_LABEL}\s*[:：]?\s*{_MEMBER_VALUE}\W*$", re.IGNORECASE
))
# The same label and value printed apart, as a definition list's term and its definition
# (`<dt>Joined</dt><dd>Mar 2019</dd>`: XenForo's and many themes' member cards), each its
# own block.
MEMBER_LABEL = CaseBlind(re.compile(rf"^\W*{_MEMBER_LABEL}\s*[:：]?\s*$", re.IGNORECASE))
# A count printed before its label ("11 posts", "1.024 Beiträge", "328 сообщений").
_COUNT_LABEL = (
    r"(posts|messages|threads|topics|replies|beiträge|mensajes|messaggi|berichten|posty|"
    r"mesajlar|сообщений|сообщения|帖子|回帖|主题|主題|مشاركة|مشاركات|mensagens|"
    r"bài viết|postingan|příspěvků|הודעות)"
)
MEMBER_COUNT = CaseBlind(re.compile(
    rf"^\W*\d[\d.,\s]*[km]?\s*{_COUNT_LABEL}\W*$", re.IGNORECASE
))
MEMBER_VALUE = CaseBlind(re.compile(rf"^\W*{_MEMBER_VALUE}\W*$", re.IGNORECASE))
_DIGIT = re.compile(r"\d")


def holds_digit(text: str) -> bool:
    """Whether `text` holds a digit (`\\d`, any script's), as every member detail's value
    and every count does (each branch of `_MEMBER_VALUE`, `MEMBER_COUNT`'s start): a text
    without one is no detail, and one C search spares the patterns' calls on most lines."""
    return _DIGIT.search(text) is not None


def member_key(text: str) -> str | None:
    """The label of a member detail, case folded ("joined" of "Joined: Mar 2021", "posts"
    of "11 posts"); None for any other text."""
    if not holds_digit(text):
        return None
    match = MEMBER_DETAIL.match(text) or MEMBER_COUNT.match(text)
    return match.group(1).casefold() if match else None


def member_detail(text: str, label: str = "") -> bool:
    """Whether a line is a member's detail: a label and its value in the line ("Joined:
    Mar 2021"), or a value after its label printed apart (`label`: "Joined" before "Mar
    12, 2019", a `<dt>` and its `<dd>`)."""
    return member_key(" ".join(text.split())) is not None or bool(
        label and MEMBER_LABEL.match(label)
    )


def member_card(parts: list[str]) -> bool:
    """Whether a short line's parts are a member card's: one of them is a member detail or
    its label alone ("积分", "100", "注册时间", "2020-1-3"), whose date is the day the member
    joined and whose other parts are no name."""
    return any(member_detail(part, part) for part in parts)
