"""Credit lines at the end of a story: ``(Reporting by A; Writing by B; Editing by C/D)``.

A credit line becomes a list of `Credit(role, names, places, raw)`, one per role.
`Credit.role` is one of `ROLES`; the phrases that introduce each role, in several
languages, are data (``credit_roles`` in ``newsclean/data/wire_phrases.json``), so a new
role or language is a new line there.

Shapes recognised (any letter case):

- ``(Reporting by A; Writing by B; Editing by C/D)``, ``[Compiled by A]``,
  ``(Reporte de A; Editado en español por B)``, ``(Reportagem de A; Edição de B)``
- ``Reporting by A in Tokyo and B in Seoul; Editing by C and D``; ``…, with reporting by
  D and E, editing by F`` (with-reporting is additional reporting)
- ``Additional reporting by A``, ``Graphics by A``
- ``Associated Press writers A and B in Berlin contributed to this report.``,
  ``Fox News' Jane Doe contributed.``, ``A and B contributed to this report.``
- ``A reported from Seoul, and B from Hong Kong.``; ``Contributing: A, B``
- in brackets, in scripts without capitals: ``（编译 张三；审校 李四）``,
  ``(إعداد A للنشرة العربية - تحرير B)`` (``bracketed_roles``)
- a reporter's sign-off: ``홍길동 기자 gildong@example.com``, ``홍길동·김철수 기자 …``, and
  ``홍길동 기자`` without its address as the last paragraph (`parse_credit_line`'s `last`);
  ``（ワシントン＝山田太郎）``
- Bloomberg's contact lines: ``To contact the reporter on this story: A in London at
  a@bloomberg.net``, ``記事に関する記者への問い合わせ先：東京 山田太郎 a@bloomberg.net``
- several such sentences in one paragraph, and a line opening with a dash (``— A
  contributed``) or closing the last paragraph in parentheses (``…he said. (Reporting by A)``)

Names are full names as written, without affiliation or title (``Fox News' Jane Doe`` ->
``Jane Doe``; ``Associated Press writers A and B`` -> ``A``, ``B``); they split on ``;``,
``/``, ``,``, ``&`` and the word for "and" in several languages. `places` keeps its
preposition (``in Moscow``, ``from Hong Kong``) and runs parallel to `names`: a place
after a group of names ("A and B in Berlin") is the place of each, a name without one has
"". Agency boilerplate ("The Associated Press contributed to this report", "Mit Material
von dpa") is not a credit: `newsclean.normalize.trailers` takes it.

Every pattern is bounded and free of nested quantifiers; lines longer than `MAX_LINE`
characters are never credit lines and are not scanned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsclean.model import Credit
from newsclean.normalize.agencies import canonical_agency
from newsclean.normalize.correspondents import correspondents
from newsclean.normalize.gazetteer import is_major_place, is_place
from newsclean.normalize.text import is_han
from newsclean.normalize.trailers import parse_trailer
from newsclean.normalize.wiredata import alternation, phrases

MAX_LINE = 600
"""Longest credit line considered; the longest Reuters credit lines run to about 300."""

MAX_NAME_WORDS = 5
"""Words of one name ("Maria Jose de la Cruz"); longer runs are prose, not credits."""
MIN_LONE_NAME_WORDS = 2
"""Words of each name in a lone unbracketed role ("Edited by Tom Hogue"): a single word
there is a user handle ("Edited by ColdJ", a forum's edit note)."""
MAX_SENTENCES = 4
"""Credit sentences in one paragraph ("A reported from X. B contributed.")."""


def _key(phrase: str) -> str:
    """A phrase as the role tables hold it: casefolded, one space between words."""
    return " ".join(phrase.split()).casefold()


def _role_table(section: str) -> dict[str, str]:
    """One section of `wire_phrases.json` (phrase -> role, by language) as one table."""
    return {_key(phrase): role for table in phrases(section).values()
            for phrase, role in table.items()}


@cache
def role_phrases() -> dict[str, str]:
    """Casefolded phrase (with its "by") -> role, every language."""
    return _role_table("credit_roles")


@cache
def label_roles() -> dict[str, str]:
    """Casefolded label (before its colon) -> role, every language: "Redaktion: A, B"."""
    return _role_table("credit_labels")


SIGNOFF_ROLE = "byline"
"""The role of a reporter's sign-off closing a story (``홍길동 기자 gildong@yna.co.kr``,
``（ワシントン＝山田太郎）``): the byline written at the end."""


@cache
def roles() -> frozenset[str]:
    """Every value `Credit.role` takes."""
    return frozenset(role_phrases().values()) | frozenset(label_roles().values()) | {
        "contributed", SIGNOFF_ROLE
    } | frozenset(_role_table("bracketed_roles").values()) | frozenset(
        _role_table("contact_labels").values()
    )


ROLES: frozenset[str] = roles()
"""Every value `Credit.role` takes."""


@cache
def _label() -> re.Pattern[str]:
    """A role's label and its colon, at the start of the line or after a space or a
    separator (the ideographic comma of Chinese and Japanese too: "（翻訳：A、編集：B）"):
    where one role of a labelled credit line opens."""
    return re.compile(
        rf"(?:^|(?<=[\s;|·•、；]))(?P<label>{alternation(label_roles())})\s?[:：]\s?",
        re.IGNORECASE,
    )


@cache
def _role() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?P<phrase>{alternation(role_phrases())})(?!\w)", re.IGNORECASE)


@cache
def _joins() -> str:
    """The words for "and" between names, any letter case; those of one letter ("a", "e",
    "i", "y") in lower case only: a capital one is a name's initial ("Reporting by A Smith",
    "E Jean Carroll"), not the Czech, Italian, Polish or Spanish "and"."""
    joins = {str(w) for w in phrases("name_joins").values()}
    words = alternation(w for w in joins if len(w) > 1)
    letters = "".join(sorted(w for w in joins if len(w) == 1))
    return f"{words}|(?-i:[{letters}])" if letters else words


@cache
def _split_names() -> re.Pattern[str]:
    return re.compile(rf"\s?[;/,&、]\s?(?:(?:{_joins()})\s)?|\s(?:{_joins()})\s", re.IGNORECASE)


# "Associated Press writers", "AP reporter", "Staff writer", "Aerospace Writer".
_CONTRIBUTOR_TITLE = re.compile(
    r"(?:the\s)?(?:[A-Z][\w.&'’-]{0,30}\s){0,3}?"
    r"(?:staff\s|news\s|video\s|investigative\s|senior\s|chief\s)?"
    r"(?:writers?|reporters?|correspondents?|journalists?|researchers?|photographers?|"
    r"producers?|editors?)\s",
    re.IGNORECASE,
)
# "Fox News' Jane Doe", "CNN's Bob Smith", "the Post's Ann Lee": an owner before the name.
_AFFILIATION = re.compile(
    r"(?:the\s)?(?:[A-Z][\w.&-]{0,30}\s){0,3}?[A-Z][\w.&-]{0,30}(?:'s|’s|'|’)\s(?=[A-Z])"
)
_CONTRIBUTED_TAIL = re.compile(
    r"(?:also\s)?contributed(?:\sreporting|\sresearch)?(?:\s(?:to|for|from)\s[\w ,]{1,40}?)?"
    r"(?:\s(?:to|for)\s(?:this|the)\s(?:report|story|article))?\s?[.!]?\s?",
    re.IGNORECASE,
)


@cache
def _contributed_tails() -> re.Pattern[str]:
    tails = phrases("contributed")["tails"]
    return re.compile(rf"\s(?P<tail>{alternation(tails)})\s?[.!]?$", re.IGNORECASE)


@cache
def _contributing() -> re.Pattern[str]:
    labels = phrases("contributed")["labels"]
    return re.compile(rf"(?:{alternation(labels)})\s?:\s?", re.IGNORECASE)


_REPORTED_FROM = re.compile(r"\sreported\s(?=(?:from|in)\s)", re.IGNORECASE)
_PLACE = re.compile(r"(?:^|\s)(?P<prep>in|from|aus|en|desde|em)\s(?=[A-Z])")
_PREAMBLE = re.compile(r"(?:this|the)\s(?:article|story|report|piece|review|guide)\swas\s", re.I)
"""Before a role: "This article was edited by A and B."."""
_REGION = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,5}\.|[A-Z]{2}")
_SENTENCE = re.compile(r"(?<=[a-z\)])[.!]\s{1,3}(?=[A-Z©])")
_EDGE = " \t\n;,.:-–—"


def _is_name(text: str, *, any_case: bool = False) -> bool:
    """A person's or desk's name: a few words, capitalised, without sentence punctuation.

    `any_case` admits lower-case names, for lines whose shape alone proves them credits.
    """
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return False
    first = words[0][0]
    if not first.isalpha() or (first.islower() and not any_case):
        return False
    return not any(c in text for c in '!?"“”:()[]{}©ⓒ')


def _is_place(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and words[0][:1].isupper() and not any(c in text for c in "!?()")


def _strip_affiliation(name: str) -> str:
    """"Fox News' Jane Doe" -> "Jane Doe"; "AP writer Jane Doe" -> "Jane Doe"."""
    title = _CONTRIBUTOR_TITLE.match(name)
    if title and name[title.end() :].strip():
        name = name[title.end() :]
    owner = _AFFILIATION.match(name)
    if owner and name[owner.end() :].strip():
        name = name[owner.end() :]
    return name.strip()


@dataclass
class _People:
    names: list[str]
    places: list[str]
    """Parallel to `names` ("" for a name without a place), or empty."""


def parse_names(text: str, *, any_case: bool = False) -> _People | None:
    """Names and places of one role: "A in Tokyo and B in Seoul" -> [A, B],
    ["in Tokyo", "in Seoul"]; "A and B in Berlin" -> [A, B], ["in Berlin", "in Berlin"]."""
    if len(text) > MAX_LINE:
        return None
    names: list[str] = []
    places: list[str | None] = []
    group: list[int] = []  # the names the last place was given to
    for raw in _split_names().split(text):
        item = raw.strip(" \t\n;,:-–—")
        if not item:
            continue
        if group and (_REGION.fullmatch(item) or is_major_place(item)):
            for i in group:  # "in Washington, D.C.", "in Johnstown, Pennsylvania"
                places[i] = f"{places[i]}, {item}"
            group = []
            continue
        item = _strip_affiliation(item.strip(_EDGE))
        name, place = item, None
        found = _PLACE.search(item)
        if found:
            name = item[: found.start()].strip(_EDGE)
            where = item[found.end() :].strip(_EDGE)
            if not _is_place(where):
                return None
            place = f"{found.group('prep')} {where}"
        if name and not _is_name(name, any_case=any_case):
            return None
        if name:
            names.append(name)
            places.append(None)
        group = []
        if place:
            # The place of every name since the last place: "A and B in Berlin".
            i = len(places) - 1
            while i >= 0 and places[i] is None:
                places[i] = place
                group.append(i)
                i -= 1
            if not group:
                return None
    if not names:
        return None
    if all(p is None for p in places):
        return _People(names, [])
    return _People(names, [p or "" for p in places])


def _unwrap(line: str) -> str:
    text = " ".join(line.split()).lstrip("-–—― ")
    for left, right in _BRACKETS:
        if text.startswith(left) and text.endswith((right, right + ".", right + "。")):
            return text[1:].rstrip(".。")[:-1].strip()
    return text


_BRACKETS = (
    ("(", ")"), ("[", "]"), ("{", "}"), ("（", "）"), ("【", "】"), ("〔", "〕"), ("［", "］"),
)
"""The brackets a credit line is wrapped in, the full-width ones of Chinese and Japanese
pages ("（责任编辑：王小明）", "【责任编辑：王小明】") too."""


def _role_credits(text: str, *, wrapped: bool) -> list[Credit] | None:
    matches = list(_role().finditer(text))
    if not matches:
        return None
    lead = text[: matches[0].start()].strip(_EDGE)
    if lead and not _PREAMBLE.fullmatch(text[: matches[0].start()]):
        return None
    # "(reporting by jan smith; editing by bob jones)": brackets or several roles make the
    # shape certain enough to accept names as written, lower case included.
    any_case = wrapped or len(matches) > 1
    credits: dict[str, Credit] = {}
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        people = _role_names(text[match.end() : end], any_case=any_case)
        if people is None:
            return None
        role = role_phrases()[_key(match.group("phrase"))]
        _merge(credits.setdefault(role, Credit(role=role)), people)
    return list(credits.values())


def _role_names(text: str, *, any_case: bool) -> _People | None:
    """The names of one role (`parse_names`); None where they are no credit's: a lone role,
    unbracketed, needs full names ("Edited by ColdJ" is a forum's edit note, "Text: Anna"
    a signature)."""
    people = parse_names(text, any_case=any_case)
    if people is None:
        return None
    if not any_case and any(len(n.split()) < MIN_LONE_NAME_WORDS and not _unspaced_name(n)
                            for n in people.names):
        return None
    return people


HAN_NAME_CHARS = (2, 4)
"""Han characters of a Chinese name ("张三", "王小明", "欧阳娜娜"), written without a space:
a space between two runs of them parts two people ("本报记者 张三 李四")."""


def han_names(text: str) -> list[str] | None:
    """The names in a run of Chinese names parted by spaces ("张三 李四", "王小明　李四"); None
    unless the text is two runs of `HAN_NAME_CHARS` Han characters or more. Only where the
    text is known to be Chinese: Japanese writes a space inside one name ("山田 太郎"), and
    Chinese pads a two-character name to three ("张　三", one name: one character a run)."""
    words = text.split()
    if len(words) < 2 or not all(map(is_han_name, words)):
        return None
    return words


def is_han_name(word: str) -> bool:
    """One Chinese name: `HAN_NAME_CHARS` Han characters."""
    low, high = HAN_NAME_CHARS
    return low <= len(word) <= high and all(map(is_han, word))


@cache
def _chinese_labels() -> frozenset[str]:
    """Labels of Chinese credit lines that Japanese does not write (`credit_labels`: not
    "記者"): their names are Chinese ones (`han_names`)."""
    labels = phrases("credit_labels")
    return frozenset(map(_key, labels["zh"])) - frozenset(map(_key, labels.get("ja", {})))


UNSPACED_NAME_CHARS = (2, 6)
"""Characters of a full name in a script written without spaces ("王小明", "山田太郎")."""


def _unspaced_name(name: str) -> bool:
    """A full name as Chinese and Japanese write it: a few ideographs (`is_han`, rare ones
    of extension A too) or kana, no space."""
    low, high = UNSPACED_NAME_CHARS
    return low <= len(name) <= high and all(
        is_han(c) or "\u3040" <= c <= "\u30ff" or c == "・" for c in name
    )


def _merge(credit: Credit, people: _People) -> None:
    """Add names (and their places, kept parallel) to a role's credit."""
    had_places = bool(credit.places)
    for i, name in enumerate(people.names):
        if name in credit.names:
            continue
        if people.places and not had_places:
            credit.places.extend([""] * len(credit.names))
            had_places = True
        credit.names.append(name)
        if had_places:
            credit.places.append(people.places[i] if people.places else "")


def _all_agencies(names: list[str]) -> bool:
    return all(canonical_agency(n) for n in names)


def _contributed(text: str) -> list[Credit] | None:
    """"A and B contributed to this report.", "Contributing: A", "A reported from X"."""
    prefix = _contributing().match(text)
    if prefix:
        people = parse_names(text[prefix.end() :])
    elif _REPORTED_FROM.search(text):
        # "Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong."
        people = parse_names(_REPORTED_FROM.sub(" ", text.rstrip(" .")))
        if people is None or not people.places or "" in people.places:
            return None
    else:
        tail = _contributed_tails().search(text)
        at = text.lower().rfind("contributed")
        if tail:
            head = text[: tail.start()]
        elif at > 0 and _CONTRIBUTED_TAIL.fullmatch(text[at:]):
            head = text[:at]
        else:
            return None
        people = parse_names(head)
    if people is None or _all_agencies(people.names):
        return None  # "The Associated Press contributed to this report": boilerplate
    return [Credit(role="contributed", names=people.names, places=people.places)]


def _labelled_credits(text: str, *, wrapped: bool) -> list[Credit] | None:
    """"Redaktion: A, B", "Text: A; Editing: B | Research: C", one role a line of the
    same paragraph: each role opens with its label and a colon, and the line with one.
    Names as `_role_credits` reads them."""
    labels = list(_label().finditer(text))
    if not labels or text[: labels[0].start()].strip(_EDGE):
        return None
    any_case = wrapped or len(labels) > 1
    credits: dict[str, Credit] = {}
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        names = text[label.end() : end].strip(" ;|·•\n、；")
        if _role().search(names):
            return None  # a role written out among the names: `_mixed_credits` reads it
        chinese = _key(label.group("label")) in _chinese_labels() and han_names(names)
        people = _People(chinese, []) if chinese else _role_names(names, any_case=any_case)
        if people is None or not people.names:
            return None
        if _all_agencies(people.names):
            return None  # "Text: dpa": the agency's, a trailer
        role = label_roles()[_key(label.group("label"))]
        _merge(credits.setdefault(role, Credit(role=role)), people)
    return list(credits.values())


@cache
def bracketed_roles() -> dict[str, str]:
    """Casefolded phrase -> role, of the credit lines of scripts without capitals."""
    return _role_table("bracketed_roles")


@cache
def _bracketed_role() -> re.Pattern[str]:
    """A role phrase opening one part of a bracketed line, with the colon or space after
    it (Chinese may write the names straight after it: "编译张三")."""
    return re.compile(rf"(?P<phrase>{alternation(bracketed_roles())})\s?[:：]?\s?", re.IGNORECASE)


@cache
def _desks() -> re.Pattern[str]:
    """A desk named after a name ("للنشرة العربية", for the Arabic bulletin), to drop."""
    desks = (desk for listed in phrases("credit_desks").values() for desk in listed)
    return re.compile(rf"\s(?:{alternation(desks)})$")


_BRACKETED_PARTS = re.compile(r"[;；]|\s[-–—]\s|(?<=[^\W\d_]{2})\.\s")
"""Where one role of a bracketed line ends: a semicolon, a dash with a space each side, or
a full stop after a word ("(Дмитрий Антонов. Редактор Анна Попова)"; not an initial's)."""
LEAD_ROLE = "reporting"
"""The role of names that open a bracketed line unlabelled, before its roles: Reuters'
Russian desk names its reporters so ("(Дмитрий Антонов. Редактор Анна Попова)")."""
_HAN_NAME_SEPARATORS = re.compile(r"[\s、，,]+")
_NAME_SEPARATORS = re.compile(r"[,،]|\s[وи]\s")


def _caseless_names(text: str) -> list[str] | None:
    """The names after one role of a bracketed line: Chinese names (`HAN_NAME_CHARS` Han
    characters each, parted by spaces or list commas), or names of `MIN_LONE_NAME_WORDS` to
    `MAX_NAME_WORDS` words of letters (Arabic, parted by commas or "و"), a desk dropped."""
    words = [w for w in _HAN_NAME_SEPARATORS.split(text) if w]
    if words and is_han(words[0][0]):
        return words if all(map(is_han_name, words)) else None
    names = [n.strip() for n in _NAME_SEPARATORS.split(_desks().sub("", text.strip())) if n.strip()]
    ok = all(MIN_LONE_NAME_WORDS <= len(n.split()) <= MAX_NAME_WORDS
             and all(c.isalpha() or c.isspace() for c in n)
             and not any(w[0].islower() for w in n.split()) for n in names)
    return names if names and ok else None


def _bracketed_credits(text: str, *, wrapped: bool) -> list[Credit] | None:
    """"(编译 张三；审校 李四)", "(إعداد محمد علي للنشرة العربية - تحرير أحمد حسن)": roles of
    scripts without capitals, each a phrase and its names. Only in brackets: without
    capitals nothing tells a name from words ("تحرير" is "editing" and "liberation").
    Russian writes its roles so too, and may open with the reporters unlabelled
    (`LEAD_ROLE`): "(Дмитрий Антонов. Редактор Анна Попова)"; its capitals vouch for them."""
    if not wrapped:
        return None
    parts = [part.strip() for part in _BRACKETED_PARTS.split(text.strip(_EDGE))]
    credits: dict[str, Credit] = {}
    for i, part in enumerate(parts):
        role = _bracketed_role().match(part)
        if role is None and i == 0 and len(parts) > 1 and part[:1].isupper():
            names, name = _caseless_names(part), LEAD_ROLE
        elif role is not None:
            names = _caseless_names(part[role.end() :])
            name = bracketed_roles()[_key(role.group("phrase"))]
        else:
            return None
        if names is None:
            return None
        _merge(credits.setdefault(name, Credit(role=name)), _People(names, []))
    if len(parts) < 2 and not is_han(text.strip()[-1:] or " ") and not _desks().search(text):
        return None  # one role of words, no desk: "(تحرير الموصل من داعش)", liberation
    return list(credits.values()) or None


@cache
def contact_roles() -> dict[str, str]:
    """Casefolded label -> role, of the contact lines closing Bloomberg's stories."""
    return _role_table("contact_labels")


@cache
def _contact_label() -> re.Pattern[str]:
    return re.compile(rf"(?P<label>{alternation(contact_roles())})\s?[:：]\s?", re.IGNORECASE)


_EMAIL = re.compile(r"(?:\sat)?\s?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
"""A contact's address, where one contact ends ("Jane Doe in London at jdoe@…")."""
_CONTACT_SEPARATORS = re.compile(r"[;；、,，]")


def _contact(entry: str) -> _People | None:
    """One contact without its address: "Jane Doe in London"; "東京 山田太郎" (Bloomberg's
    Japanese desk writes the place before the name, unparted: taken when the gazetteer
    knows it)."""
    words = entry.split()
    if len(words) > 1 and not words[0].isascii() and is_place(words[0]):
        name = " ".join(words[1:])
        return _People([name], [words[0]]) if _full_name(name) else None
    people = parse_names(entry)
    if people is None or not all(map(_full_name, people.names)):
        return None
    return people


def _full_name(name: str) -> bool:
    """A full name as a contact line gives it: a few ideographs or kana ("山田太郎"), or
    capitalised words, short particles aside ("Jane Doe", "Maria de la Cruz"; not "Readers
    may write to us")."""
    words = name.split()
    if _unspaced_name(name):
        return True
    return (MIN_LONE_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and _is_name(name)
            and all(w[0].isupper() or len(w) <= 3 for w in words))


def _contact_credits(text: str) -> list[Credit] | None:
    """"To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net",
    "記事に関する記者への問い合わせ先：東京 山田太郎 tyamada@bloomberg.net": Bloomberg's
    contact lines, one role each (``contact_labels``). An address is required: the label
    before anything else ("…問い合わせ先：こちら", "here") is no credit."""
    label = _contact_label().match(text)
    if label is None or not _EMAIL.search(body := text[label.end() :]):
        return None
    credit = Credit(role=contact_roles()[_key(label.group("label"))])
    for entry in _CONTACT_SEPARATORS.split(_EMAIL.sub(";", body)):
        if not entry.strip(_EDGE):
            continue
        people = _contact(entry.strip(_EDGE))
        if people is None:
            return None
        _merge(credit, people)
    return [credit] if credit.names else None


KOREAN_NAME = r"[가-힣]{2,4}"
"""A Korean full name: two to four Hangul syllables."""
_KOREAN_NAMES = re.compile(r"[\s·ㆍ]{1,3}")
"""What parts two reporters of one sign-off: a space or a middle dot ("홍길동·김철수")."""
MAX_SIGNOFF_NAMES = 3
KOREAN_NAME_CHARS = 3
"""Syllables of each name of a sign-off naming several reporters, or none without its
address ("홍길동 기자" as the last paragraph): the length of nearly every Korean name, and
of few words that stand before "기자" otherwise: a regional desk's places ("순천, 광양 구현모
기자", two syllables each), a photographer ("사진 기자")."""


@cache
def _korean_signoff() -> re.Pattern[str]:
    """``홍길동 기자 gildong@yna.co.kr``, ``홍길동·김철수 기자``: one to `MAX_SIGNOFF_NAMES`
    Korean names, the reporters' title (``signoff_titles``) and their addresses, the whole
    line."""
    titles = alternation(t for listed in phrases("signoff_titles").values() for t in listed)
    names = rf"{KOREAN_NAME}(?:{_KOREAN_NAMES.pattern}{KOREAN_NAME}){{0,{MAX_SIGNOFF_NAMES - 1}}}"
    address = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"
    return re.compile(
        rf"(?P<names>{names})\s?(?:{titles})(?P<addresses>(?:[\s,]{{1,3}}{address}){{1,3}})?"
    )


def _korean_credits(text: str, *, last: bool) -> list[Credit] | None:
    """A Korean paper's sign-off (`_korean_signoff`). One name of two to four syllables
    with an address; several names, or one without an address (only as the last paragraph,
    `last`: a name and a title alone could be a sentence's words anywhere else), each of
    `KOREAN_NAME_CHARS` syllables and no place the gazetteer knows."""
    found = _korean_signoff().fullmatch(text)
    if found is None:
        return None
    names = _KOREAN_NAMES.split(found.group("names"))
    if len(names) > 1 or not found.group("addresses"):
        if not (last or found.group("addresses")):
            return None
        if any(len(n) != KOREAN_NAME_CHARS or is_place(n) for n in names):
            return None
    return [Credit(role=SIGNOFF_ROLE, names=names)]


def _signoff_credits(text: str, *, wrapped: bool, last: bool = False) -> list[Credit] | None:
    """A reporter's sign-off closing a story: a Korean paper's names, title and address
    (``홍길동 기자 gildong@example.com``; `_korean_credits`), or a Japanese paper's
    correspondent in brackets (``（ワシントン＝山田太郎）``, `correspondents`). Without the
    place, a name alone in a script without capitals could be any word ("（敬称略）")."""
    korean = _korean_credits(text, last=last)
    if korean:
        return korean
    found = correspondents(text) if wrapped else None
    if not found:
        return None
    credit = Credit(role=SIGNOFF_ROLE)
    _merge(credit, _People([name for _place, name in found], [place for place, _name in found]))
    return [credit]


def _parse_sentence(text: str, *, wrapped: bool, last: bool = False) -> list[Credit] | None:
    return (
        _signoff_credits(text, wrapped=wrapped, last=last)
        or _role_credits(text, wrapped=wrapped)
        or _labelled_credits(text, wrapped=wrapped)
        or _contributed(text)
        or _mixed_credits(text, wrapped=wrapped)
        or _bracketed_credits(text, wrapped=wrapped)
        or _contact_credits(text)
    )


@cache
def _role_separator() -> re.Pattern[str]:
    """Where one role of a mixed credit line ends: a semicolon or a bar, or a comma before
    a role written out ("Hans Müller, redigiert von Anna Schmidt")."""
    return re.compile(  # no `\s*` around it: split on a long run of spaces, quadratic
        rf"[;|]|,(?=\s*(?:{alternation(role_phrases())})(?!\w))", re.IGNORECASE
    )


def _mixed_credits(text: str, *, wrapped: bool) -> list[Credit] | None:
    """Roles parted by semicolons (or a comma before a role), some labelled and some
    written out: "Reporter: Hans Müller; redigiert von Anna Schmidt" (Reuters' German
    desk). Every part must be a credit."""
    parts = [p.strip() for p in _role_separator().split(text) if p.strip(_EDGE)]
    if len(parts) < 2:
        return None
    credits: dict[str, Credit] = {}
    for part in parts:
        found = _role_credits(part, wrapped=True) or _labelled_credits(part, wrapped=True)
        if found is None:
            return None
        for credit in found:
            _merge(credits.setdefault(credit.role, Credit(role=credit.role)),
                   _People(credit.names, credit.places))
    return list(credits.values()) if wrapped or len(credits) > 1 else None


def parse_credit_line(line: str, *, last: bool = False) -> list[Credit] | None:
    """The credits of a paragraph that is wholly a credit line; None for any other text.
    `last`: no story text follows the paragraph (only credits and trailers), where a
    reporter's sign-off may go without an address ("홍길동 기자")."""
    if len(line) > MAX_LINE:
        return None
    raw = " ".join(line.split())
    text = _unwrap(line)
    if not text:
        return None
    wrapped = text != raw.lstrip("-–—― ")
    credits = _parse_sentence(text, wrapped=wrapped, last=last)
    if credits is None:
        sentences = _SENTENCE.split(text)
        if not 1 < len(sentences) <= MAX_SENTENCES:
            return None
        credits = []
        for sentence in sentences:
            found = _parse_sentence(sentence, wrapped=wrapped)
            if found is None and parse_trailer(sentence) is not None:
                continue  # the agency's own words after the roles: where to write, ©
            if found is None:
                return None
            credits.extend(found)
        if not credits:
            return None
    return [c.model_copy(update={"raw": raw}) for c in credits]


_OPENING = {")": "(", "]": "[", "）": "（"}
"""The brackets a credit line closing a paragraph is in, by their closing one."""


def split_trailing_credits(paragraph: str) -> tuple[str, list[Credit]] | None:
    """A credit line in brackets that closes a paragraph: "…he said. (Reporting by A)",
    "…と述べた。（ワシントン＝山田太郎）" (a Japanese paper's correspondent).

    Returns the paragraph without it and the credits, or None.
    """
    text = paragraph.rstrip()
    closing = text.rstrip(".。")[-1:]
    if closing not in _OPENING:
        return None
    opening = _OPENING[closing]
    start = text.rfind(opening, max(0, len(text) - MAX_LINE))
    if start <= 0:
        return None
    credits = parse_credit_line(text[start:])
    if credits is None:
        return None
    return text[:start].rstrip(), credits
