"""The member details a forum prints beside each post: a label and a count or a date
("Posts: 9,179", "Joined: Mar 2021", "Registriert: Mo 3. Jan 2020"), in the languages of
the forum engines they were read from (phpBB, vBulletin, XenForo, Discourse, NodeBB,
punBB and their translations). The thread extractor drops them from the kept text
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
    r"зарегистрирован)"
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
MEMBER_VALUE = CaseBlind(re.compile(rf"^\W*{_MEMBER_VALUE}\W*$", re.IGNORECASE))


def member_detail(text: str, label: str = "") -> bool:
    """Whether a line is a member's detail: a label and its value in the line ("Joined:
    Mar 2021"), or a value after its label printed apart (`label`: "Joined" before "Mar
    12, 2019", a `<dt>` and its `<dd>`)."""
    return bool(MEMBER_DETAIL.match(" ".join(text.split()))) or bool(
        label and MEMBER_LABEL.match(label)
    )
