"""Bylines to person names: "By Jane Doe and John Roe, Staff Writers (Reuters)".

Rules, in order: cut e-mails, URLs and @handles; take wire services out of parentheses;
split at commas, semicolons, "&", "/", "|", dashes between spaces and the word "and" (in
several languages); drop a leading "By"; drop pieces that are roles ("Staff Writer"),
dates or organisations; route agencies (`newsclean.normalize.agencies`) to `agency`.
What remains must look like a person's name; each name is kept once. Where no person is
named at all, `declared_desk` reads the desk, team or agency the markup declares, as written,
and `printed_desk` the desk or team a printed byline credits ("By the Example Team").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from newsclean.metadata.dates import MONTH_PATTERN, WEEKDAYS, date_label
from newsclean.metadata.language import LANGUAGE_GROUPS, primary_subtag
from newsclean.model import BIDI_MARKS
from newsclean.normalize.agencies import agency_as_written, canonical_agency, is_abbreviation
from newsclean.normalize.credits import han_names
from newsclean.normalize.text import CaseBlind, composed

MAX_BYLINE_CHARS = 300
"""Longer "bylines" are paragraphs picked up by mistake."""
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60
MAX_AUTHORS = 20

LABEL_PHRASES = (
    "written by", "posted by", "article by", "authored by", "words by", "story by",
    "interview by", "interview von", "entretien par", "entrevista por",
    "reported by", "geschrieben von", "verfasst von", "écrit par", "rédigé par",
    "escrito por", "publicado por", "scritto da", "geschreven door", "skrivet av",
    "skrevet af", "skrevet av", "napisane przez", "autorstwa", "написано", "kirjoittanut",
    "eingestellt von", "publié par", "posté par", "pubblicato da", "postado por",
    "geplaatst door", "upplagd av", "indsendt af", "lagt inn av", "opublikowane przez",
)
"""Phrases that announce the author's name, in several languages: "Written by Jane Doe",
"Interview by Jane Doe" (an interview's author is the interviewer); a blog platform's
"posted by" in its other languages ("Eingestellt von", "Publié par", "Pubblicato da")."""
LABEL_WORDS = (
    "by", "author", "authors", "autor", "autorin", "autorka", "autore", "autori", "auteur",
    "autora", "yazar", "yazan", "автор", "автори", "авторы", "forfatter", "författare",
    "kirjoittaja", "szerző", "συντάκτης", "par", "von", "por", "penulis", "tác giả",
    "लेखक", "লেখক", "نویسنده", "reporter", "аутор", "аутори", "autorius", "autoriai",
    "autors", "avtor", "avtorica", "كتب", "كاتب", "الكاتب", "ผู้เขียน", "작성자",
    "எழுதியவர்", "എഴുതിയത്", "రచయిత", "ಲೇಖಕ", "લેખક", "ਲੇਖਕ",
)
"""Single words that announce the author's name; standing alone before a name ("By:
Jane Doe", "Author: Jane Doe") rather than in a sentence ("by the way"). Serbian and
Macedonian "Аутор:", Lithuanian, Latvian and Slovene's, Arabic "كتب:" ("wrote:") and
"الكاتب:", Thai and Korean, Tamil, Malayalam, Telugu, Kannada, Gujarati and Punjabi; read
in a line only before a colon (`LABEL_LINE`)."""
CJK_LABELS = ("作者", "撰文", "撰稿", "记者", "記者", "文")
"""Labels before a name in Chinese and Japanese, followed by a colon or not ("作者：王伟",
"记者 王伟"; "文" only with its colon or another `CREDIT_MARK`: "文：王伟", "文・山田太郎").
No space or word boundary parts them from the name, as there is none between two
characters of those scripts."""
COLON = "[:：]"
"""A label's colon, ASCII or full-width (Chinese and Japanese text)."""
CREDIT_MARK = "[:：・／/＝=]"
"""What parts a one-character label from the name: a colon, or as Japanese credits write
it a middle dot, slash or equals sign ("文・山田太郎", "文／山田太郎", "文=山田太郎")."""
_PHRASES = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in LABEL_PHRASES)
_WORDS = "|".join(re.escape(w) for w in LABEL_WORDS)
_CJK = "|".join(re.escape(w) for w in CJK_LABELS if len(w) > 1)
_CJK_COLONED = "|".join(re.escape(w) for w in CJK_LABELS if len(w) == 1)
"""The one-character labels ("文"), read only before their colon."""
AUTHOR_LABEL = re.compile(
    rf"^(?:{_PHRASES}|{_WORDS}|{_CJK}|(?:{_CJK_COLONED})(?={COLON}))\s*{COLON}?$",
    re.IGNORECASE,
)
"""A label on its own ("Written by", "Autor:", "作者："): Twitter card labels, label elements."""
TEXT_LABELS = ("text", "texte", "testo", "texto", "tekst", "teksti", "текст")
"""The credit for the words ("Text: Jane Doe", beside "Photo: …"), in several languages."""
_TEXT = "|".join(TEXT_LABELS)
LABEL_LINE = CaseBlind(re.compile(
    rf"^\s*(?:(?:{_PHRASES})\b\s*{COLON}?|(?:{_WORDS}|{_TEXT})\s*{COLON}|(?:{_CJK})\s*{COLON}?"
    rf"|(?:{_CJK_COLONED})\s*{CREDIT_MARK})\s*(?=[^\W\d_])",
    re.IGNORECASE,
))
"""A printed line that starts with an author label and goes on with a name: a phrase
("Written by Jane Doe", "Article by:Jane"), or a label word with a colon ("By: Jane Doe",
"Author: Jane Doe"); a bare "By ..." is too common in sentences to be read anywhere."""
FIELD_MARKS = "|｜•·"
"""What parts the fields of a line of labelled facts ("Datum: 12.03.2005 | Autor: Hans
Muster")."""
FIELD_LABEL = re.compile(
    rf"(?<=\s)(?:{_CJK}|{_CJK_COLONED})\s*{COLON}\s*(?=[^\W\d_])"
    rf"|[{FIELD_MARKS}]\s*(?:{_WORDS})\s*{COLON}\s*(?=[^\W\d_])",
    re.IGNORECASE,
)
"""An author label starting a field of a line of labelled facts, not the line: a Chinese or
Japanese label and its colon after a space ("2006-03-02 09:15 来源：星河日报 作者：李明"), a
label word and its colon after a field mark ("Datum: 12.03.2005 | Autor: Hans Muster").
Older and portal pages print the date, the source and the author on one line under the
headline, in no element of their own."""


def from_field_label(text: str) -> str | None:
    """The text from the author label on, where a field mark parts it from the facts before
    it (`FIELD_LABEL`: "Autor: Hans Muster" of "Datum: 12.03.2005 | Autor: Hans Muster");
    None otherwise. A Chinese or Japanese line stays whole: what stands before its label is
    the source, which `parse_byline` reads as the agency ("来源：新华社 作者：王小明")."""
    match = FIELD_LABEL.search(text)
    if match is None or text[match.start()] not in FIELD_MARKS:
        return None
    return text[match.start() + 1 :].strip()


LABEL_INSIDE = re.compile(
    rf"(?<=\s)(?:{_PHRASES})\b\s*:?\s*|(?<=\S)\s*(?:{_CJK})\s*{COLON}?\s*(?=\S)"
    rf"|(?<=\s)(?:{_CJK_COLONED}){CREDIT_MARK}\s*(?=\S)",
    re.IGNORECASE,
)
"""A label phrase inside a sentence: "This post was written by Jane Doe" names her; a
Chinese or Japanese label after a source ("来源：新华社 记者：王伟", "新华社记者 王伟"), a
one-character one with its mark after a space ("出典：星河新聞 文：山田太郎")."""

BY_WORDS = (
    "by", "par", "von", "por", "di", "da", "door", "av", "af", "przez", "oleh", "bởi",
    "του", "της", "بقلم", "מאת", "โดย",
)
"""The word before a writer's printed name ("By Jane Doe", "Von …", "Oleh …", "بقلم …",
Greek "Του …" or "Της …" with the name in the genitive, as printed), in several
languages: the one list every reader of a byline uses (here and in `visible`). Not
Romanian "de": a line's "de nos clients" in French read as a name (wcxb-dev 0609)."""
BY = "|".join(re.escape(w) for w in BY_WORDS)
"""`BY_WORDS` as a regular expression's alternatives."""
NAME_PARTICLES = frozenset({"di", "da", "af", "av", "του", "της"})
"""By-words that are also the particles of names ("Maria da Silva", "Hilma af Klint"), or
Greek's articles ("of the"), in every other sentence: inside a line they start no byline
part."""
BY_INSIDE = "|".join(re.escape(w) for w in BY_WORDS if w not in NAME_PARTICLES)
"""The by-words that start a byline part inside a line ("March 3, 2024 by Jane Doe")."""
BY_PREFIX = re.compile(
    rf"^\s*(?:(?:{_PHRASES})|(?:(?:written|posted|reported|words|text|story|article|authored"
    r"|photos?|reporting|published|analysis|opinion|commentary|column|review|video|interview"
    r"|edited|compiled|illustrations?)\s+)?"
    rf"(?:{BY}|{_WORDS}|autor(?:a|in|es)?|authors?|auteurs?))(?!\w)\s*{COLON}?\s*"
    rf"|^\s*(?:{_TEXT})\s*{COLON}\s*"
    rf"|^\s*(?:{_CJK})\s*{COLON}?\s*|^\s*(?:{_CJK_COLONED})\s*{CREDIT_MARK}\s*",
    re.IGNORECASE,
)
"""A label before the name: "By", "Written by", "Author:", "Автор:", "作者：", "记者", or
"Text:" (the credit for the words, beside "Photo:", in several languages). A label word
ends where no letter follows (not at `\b`: Tamil's "எழுதியவர்" ends with a vowel killer,
no word character)."""
AND_WORDS = (
    "and", "AND", "And", "und", "et", "y", "e", "og", "och", "en", "i", "и", "і", "та",
    "ve", "και", "và", "és", "ja", "și", "şi", "dan", "with", "WITH", "mit", "avec", "con",
    "و", "और", "এবং", "மற்றும்",
)
"""The words that join two names in a byline ("Jane Doe and John Roe"): "and" in English,
German, French, Spanish, Portuguese and Italian, the Nordic languages, Dutch, Polish and
Catalan, Russian and Serbian ("и"), Ukrainian, Turkish, Greek, Vietnamese, Hungarian,
Finnish and Estonian, Romanian, Indonesian and Malay, Arabic and Persian ("و" standing
apart), Hindi, Bengali and Tamil; and "with". Lower-case only, as
words between spaces, so a one-letter one is never an initial ("Sarah E. Needleman");
plus the upper-case "AND" of all-caps bylines."""
NAMES_ONLY_AND_WORDS = ("a",)
"""Words for "and" that are also among the commonest words of another language: Czech
and Slovak "a", the English article ("by sending a Pull Request"). They part a byline
only where every part is a name (`_between_names`)."""
_NAMES_ONLY_SPLIT = re.compile(rf"(?<!\s)\s+(?:{'|'.join(NAMES_ONLY_AND_WORDS)})\s+")
LIST_MARKS = ",;&|/／•·●▪◆∙⋅\n、，；،"
"""Marks between the names of a list: commas and semicolons (the ideographic "、" and the
full-width ones of Chinese and Japanese, the Arabic comma), "&", slashes, bullets."""
OTHER_CREDIT_WORDS = (
    "photo", "photos", "photograph", "photographs", "photography", "picture", "pictures",
    "image", "images", "video", "videos", "illustration", "illustrations", "graphics",
    "design", "editing", "edited", "foto", "fotos", "bild", "bilder", "photographie",
    "photographies", "fotografía", "fotografías", "fotografie",
)
"""Credits for other work than the words (the pictures, the video, the editing), in
English, German, French, Spanish and Italian: after a writer's byline in one line, their
names are no authors. Alone ("Photos by John Roe" as the only byline, or "Text and photos
by Jane Doe") the name is still read as the writer's. Such a credit may follow the byline
after a full stop ("By Jane Doe. Photography by John Roe"): `_SPLIT` parts the line there."""
REVIEW_WORDS = (
    "reviewed", "checked", "fact-checked", "verified", "geprüft", "überprüft", "relu",
    "relue", "vérifié", "vérifiée", "revisado", "revisada", "verificado", "verificada",
    "revisionato", "revisionata", "rivisto", "verificato",
)
"""Credits for the review of the words ("Reviewed by", "Medically reviewed by", "Fact
checked by"; "Geprüft von", "Relu par", "Revisado por", "Rivisto da"): a reviewer checked
what someone else wrote, and is no author even where the page names no writer beside
(sites print each credit in an element of its own)."""
_JOINER = "|".join(re.escape(w) for w in AND_WORDS)
_LABEL_END = rf"(?:\s+(?:{BY})\b\s*{COLON}?|\s*{COLON})"
"""What follows a credit word: a by-word ("Photos by", "Fact checked by:"), or a colon."""
_QUALIFIER = rf"(?:(?!(?i:{_JOINER})\b)[^\W\d_]+[\s-]+)?"
"""One word that may stand before a credit ("Medically reviewed by", "Fact checked by",
"Additional photos by"), but not "and" ("Text and photos by" credits the writer)."""
_CREDITED = rf"{_QUALIFIER}(?:{'|'.join(OTHER_CREDIT_WORDS + REVIEW_WORDS)}){_LABEL_END}"
OTHER_CREDIT = re.compile(rf"^{_CREDITED}", re.IGNORECASE)
"""A piece that credits other work: "photos by John Roe", "Fotos: Max Müller", "Medically
reviewed by John Roe"."""
REVIEW_CREDIT = re.compile(
    rf"^{_QUALIFIER}(?:{'|'.join(REVIEW_WORDS)}){_LABEL_END}", re.IGNORECASE
)
_CREDIT_AT_END = re.compile(rf"(?:^|(?<=[^\w-]))(?:{_CREDITED})\s*$", re.IGNORECASE)


def other_credit_at(before: str) -> tuple[int, bool] | None:
    """Where the credit for other work than the words ("Photos:", "Reviewed by", "Fact
    checked by") starts that ends the text printed right before a name, and whether it is a
    review's (`REVIEW_WORDS`); None where there is none. In a byline with the names as
    links, "By <a>Jane Doe</a> · Reviewed by <a>John Roe</a>", the second is the
    reviewer's. "Text and photos by" credits the writer too."""
    cut = max(0, len(before) - MAX_CREDIT_LABEL_CHARS)
    found = _CREDIT_AT_END.search(before, cut)
    if found is None:
        return None
    joined = before[: found.start()].split()[-1:]
    if joined and (joined[0] in AND_WORDS or joined[0] == "&"):
        return None
    return found.start(), REVIEW_CREDIT.match(found.group()) is not None


MAX_CREDIT_LABEL_CHARS = 40
"""The end of the text before a name that may hold its credit label."""
# The look-behinds let a match start only where a whitespace (or address) run starts, so
# no position inside a long run rescans it: every pattern here stays linear. The one group
# keeps each separator in `split`'s result: the pieces and what joined them, in one pass.
_SPLIT = re.compile(
    rf"((?<!\s)\s*(?:[{re.escape(LIST_MARKS)}]|\s[-–—]\s)\s*"
    rf"|(?<!\s)\s+(?:{'|'.join(AND_WORDS)})\s+"
    rf"|(?<=\w\.)\s+(?=(?i:{_CREDITED})))"
)
EMAIL = re.compile(r"<?(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
"""An e-mail address, with the angle brackets around it ("Jane Roe <jane@example.com>")."""
_BRACKETED = re.compile(r"^[(\[]([^()\[\]]*)[)\]]$")
"""A piece that is one name in brackets, all alone ("(Jane Roe)", what is left of
"jane.roe@example.com (Jane Roe)"), is that name."""
_URL = re.compile(r"(?:https?://|www\.)[^\s()<>\[\]]+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\w)@\w+")
_PARENS = re.compile(r"\(([^()]{0,80})\)|\[([^\[\]]{0,80})\]")
_LEADING_SOURCE = re.compile(r"^\s*[\[【［]([^\[\]【】［］]{1,40})[\]】］]\s*(?=\S)")
"""A bracketed name opening a byline is the outlet or wire that sent it ("[서울신문] 김민수
기자", "【共同】"), not part of a person's name."""
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
DATE_CONNECTORS = r"at|on|am|um|le|el|il|op|em|om|den|à|às|alle|a\s+las|en|kl\.?"
"""Words that join a name to the date or time after it, in several languages: "Posted by
Jane Doe at December 16, 2025", "von Erika Mustermann am 3. Mai 2025", Blogger's "Publié
par … à 21:41", "Pubblicato da … alle 21:41", "Postado por … às 21:41", "Publicado por …
a las 21:41" or "en 21:41", Nordic "kl. 21.41"."""
ENDS_AT_CONNECTOR = re.compile(rf"(?<=\S)\s+(?:{DATE_CONNECTORS})\s*$", re.IGNORECASE)
"""A byline's text ending in a connector, its time printed in the next element (Blogger's
"posted by Jane Doe at <a>9:41 PM</a>", the time a link to the post): the line reads on."""
MIN_WEEKDAY_CHARS = 5
"""Weekday names read before a trailing date: written out ("Monday", "lundi", "Montag");
the short forms ("Sun", "Mi", "Do") are also names and parts of names."""
_WEEKDAY = "|".join(
    re.escape(w) for w in sorted(WEEKDAYS, key=len, reverse=True) if len(w) >= MIN_WEEKDAY_CHARS
)
# `(?<!\s)`: a match starts only where a whitespace run starts, keeping the search linear.
_TRAILING_DATE = re.compile(
    rf"(?:^|(?<!\s)\s+)(?:(?:{DATE_CONNECTORS})\s+)?(?:(?:{_WEEKDAY}),?\s+)?"
    rf"(?:(?:{MONTH_PATTERN})\.?\s+)?\d.*$",
    re.IGNORECASE,
)
"""A date after a name, cut: "Jane Doe at December 16, 2025", "Jane Doe Monday 18 November
2019" (a name and the date line under it, read as one text)."""
_TRAILING_WEEKDAY = re.compile(rf"(?<=\S)\s+(?:{_WEEKDAY})$", re.IGNORECASE)
"""The weekday of a date that a comma parts from its day: "Jane Doe Monday" of "Jane Doe
Monday, November 18, 2019"."""
_LEADING_AND = re.compile(r"^(?:and|with|avec|mit|con|et|und|y|e)\s+", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
MIN_LATIN_WORDS = 2
"""A Latin-script name has a given name and a surname; one word is a label ("Vortex"),
a place ("Washington") or a handle. Names in scripts without spaces are exempt."""
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_MARK = re.compile("[\u3002\uff0c\uff01\uff1f\uff1b]")
"""The full stop, comma, exclamation and question marks and semicolon of the scripts
written without spaces (。，！？；): they end or join a sentence's clauses and stand in no
name; an excerpt in Chinese has as few spaces as a name does."""
_CODE = re.compile(r"[{}<>=;\\$]")
"""Characters of program text, never of a name: a script's text read with its element's."""
_INNER_COLON = re.compile(r":\s*\S")
"""A colon inside a piece makes it a label and its value ("Categories: Uncategorized"),
not a name (author labels, "By:", are cut before)."""
_ONE_TOKEN = re.compile(r"^[^\W\d_][\w.'’-]*$")
"""A single word that may name a person where the page declares it as the author: a first
name ("Sarah"), a pen name or a user name ("ggailey777", "sara.r.peter")."""
MAX_TOKEN_CHARS = 40

ROLE_SUFFIXES = (
    "기자", "특파원", "선임기자", "객원기자", "논설위원", "記者", "记者", "特派員", "特派员",
    "編集委員", "编辑", "編輯", "通讯员",
)
"""Job titles written after the name in scripts without capitals, with or without a space:
"신현주 기자" (reporter, Korean), "渡辺洋介記者" (Japanese), "张三 记者" (Chinese)."""
_ROLES = "|".join(sorted(map(re.escape, ROLE_SUFFIXES), key=len, reverse=True))
ROLE_BYLINE = re.compile(
    rf"^\s*[^\W\d_]{{2,12}}(?:\s[^\W\d_]{{1,6}})?\s?(?:{_ROLES})(?:\s+\S+@\S+)?\s*$"
)
"""A short line that is a name and a job title written after it ("김민수 기자", "山田太郎記者",
"张三 记者 zhang@example.cn"): a byline in scripts that print no "By"."""
ROLE_SUFFIX = re.compile(rf"(?<=\S)\s*(?:{_ROLES})$")
REPORTED_FROM = re.compile(r"(?:報導|报道|報道)$")
"""Where a Chinese byline's reporter filed from ("記者王小明／台北報導"): a place, no name."""
# a piece holding any of these words is a role or an organisation, not a person
_ROLE_TEXT = """
staff writer writers reporter reporters correspondent correspondents editor editors
editorial contributor contributors contributing columnist columnists photographer
photographers producer producers analyst analysts desk team newsroom bureau agency
agencies news media press magazine online digital journal daily times post herald
tribune gazette network service services group inc ltd llc gmbh corp company
associate senior chief deputy managing special guest author authors admin administrator
webmaster updated update published posted share follow subscribe comments comment
more view profile read minutes minute min hours ago redaktion rédaction redacción
redazione journalist journaliste periodista giornalista wikimedia organization
organisation foundation association society institute university council committee
federation ministry department office developers blog official privacy policy terms
contact home login sign newsletter advertise careers help faq search menu bio
founder co-founder cofounder ceo cto cfo coo cmo president manager director coordinator
specialist strategist consultant engineer marketer officer expert educator reviewer reviewers
representative spokesperson spokesman spokeswoman
nachrichten noticias notizie nouvelles nieuws nyheter nyheder uutiset wiadomości новости
haberler notícias veröffentlicht aktualisiert publié publicado publicada pubblicato
gepubliceerd publicerad publiceret julkaistu opublikowano kontakt impressum
корреспондент корреспондентка спецкор собкор обозреватель обозревательница редактор
редакция журналист журналистка фотограф фотокорреспондент колумнист аналитик
кореспондент кореспондентка власкор оглядач оглядачка редакторка редакція журналіст
журналістка фотокореспондент
korespondent korespondentka dziennikarz dziennikarka redaktor redaktorka reporterka
publicysta publicystka fotoreporter komentator komentatorka redakcja
corresponsal redactor redactora editora columnista enviado enviada reportero reportera
fotógrafo fotógrafa colaborador colaboradora
correspondant correspondante envoyé envoyée rédacteur rédactrice chroniqueur chroniqueuse
éditorialiste photographe
corrispondente inviato inviata redattore redattrice editorialista fotografo fotografa
cronista collaboratore collaboratrice
correspondente repórter jornalista redator redatora colunista
muhabir muhabiri editör editörü gazeteci yazarı
مراسل مراسلة المراسل محرر محررة المحرر صحفي صحفية الصحفي صحافي صحافية مصور مصورة المصور
"""
ROLE_WORDS = frozenset(_ROLE_TEXT.split()) | frozenset(ROLE_SUFFIXES)
"""Words of roles and organisations: in English, and the commonest roles of a byline in
Russian, Ukrainian, Polish, Spanish, French, Italian, Portuguese, Turkish and Arabic (a
line each, after the words several languages share): "Иван Петров, корреспондент" names
one person, as "John Smith, correspondent" does. No word that is also a surname."""
_TITLE_TEXT = """
founder co-founder cofounder ceo cto cfo coo cmo president manager director coordinator
specialist strategist consultant engineer marketer officer expert editor writer reporter
correspondent columnist contributor contributing photographer producer analyst journalist
senior chief deputy managing associate head lead content marketing sales product
updated published posted
"""
TITLE_WORDS = frozenset(_TITLE_TEXT.split())
"""Words that begin a job title printed after a name ("Co-founder", "Content Manager",
"Senior Editor"), or a date line ("Published ..."); where one follows a name, the name
ends there. Some are surnames too
("Edith Head"): those end a name but do not reject one (they are not `ROLE_WORDS`)."""
ROLE_OR_TITLE_WORDS = ROLE_WORDS | TITLE_WORDS
"""Words that make a bracket beside a name a role ("Jane Doe (Editor-in-Chief)")."""
_DESK_TEXT = """
team staff editors editorial desk newsroom
redaktion redaktionen redaksjonen redaksjon redactie rédaction redacción redazione redação
redakcja redakce redakcia toimitus szerkesztőség редакция редакція
équipe equipo squadra
"""
DESK_WORDS = frozenset(_DESK_TEXT.split())
"""Words that name a page's writers as a group, not a person ("The Lavazza Team", "The
Currency editors", "BR24 Redaktion", "La rédaction", "Redacción", "Редакция"), in the
languages of `ROLE_WORDS`: a piece holding one is no person's name (`looks_like_name`), and
a printed byline holding one credits a desk (`printed_desk`)."""
_HYPHENS = re.compile(r"[-‐‑–]")


def names_desk(piece: str) -> bool:
    """Whether a piece holds a word of `DESK_WORDS`, alone or as the last part of a
    hyphenated word ("MM-Redaktion", "Example-Team": German writes its desks so)."""
    for word in piece.split():
        word = word.strip(_WORD_MARKS).casefold()
        if word in DESK_WORDS or _HYPHENS.split(word)[-1] in DESK_WORDS:
            return True
    return False


# words that join a role to a place ("Ad Operations at IAB"); name particles (de, van,
# von, da, la, bin, al) are not among them
CONNECTORS = frozenset(("at", "for", "from", "in", "on", "the", "of", "to", "about", "is"))


@dataclass
class Byline:
    """Person names and the wire service found in one or more bylines."""

    names: list[str] = field(default_factory=list)
    agency: str | None = None


COMBINING_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""The blocks of combining marks of the scripts with case (Latin, Greek, Cyrillic): part of
the letter before them, so of its word ("GARCI\u0301A" decomposed is one word)."""
_NAME_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{COMBINING_MARKS}])*")
"""A word of a name to recase: letters and their marks; a hyphen or an apostrophe starts
another ("O'Brien", "Jean-Pierre")."""
DOTLESS_I_LANGUAGES = frozenset({"tr", "az"})
"""Languages whose capital I is the capital of dotless ı (Turkish, Azerbaijani): "YILMAZ"
is Yılmaz, and their dotted İ the capital of i."""


def _recase(name: str, language: str | None = None) -> str:
    """"JOE HILDEBRAND" -> "Joe Hildebrand"; mixed-case names are left as written.

    Each word keeps its capital and lowers the rest (`_NAME_WORD`: NFD "JOSÉ GARCÍA" is
    "José García", not "José GarcíA"). Turkish İ lowers to i, not to the i and combining
    dot str.lower() writes ("İSMAİL KARA" -> "İsmail Kara"); I lowers to ı where the page's
    `language` is one of `DOTLESS_I_LANGUAGES` ("AYŞE YILMAZ" -> "Ayşe Yılmaz"), else to i
    (without the page's language, "Yilmaz")."""
    if not name.isupper() or len(name) <= 3:
        return name
    capital_i = "ı" if primary_subtag(language) in DOTLESS_I_LANGUAGES else "i"

    def recased(match: re.Match[str]) -> str:
        word = match.group(0)
        rest = word[1:].replace("İ", "i").replace("I", capital_i)
        return word[0] + rest.lower()  # the whole rest at once: Greek's final ς

    return _NAME_WORD.sub(recased, name.replace("I\u0307", "İ"))


_DOMAIN_ENDINGS_TEXT = """
com net org info biz io co uk de fr it es nl be ch at pl ru jp cn kr in br au ca us eu
se no dk fi pt gr tr cz hu ro ie nz za mx ar cl vn id my ph th tw hk sg il ua news tv
"""
DOMAIN_ENDINGS = frozenset(_DOMAIN_ENDINGS_TEXT.split())
"""Last labels of host names: "mdr.de" or "NDR.de" as an author is the site, not a person."""
_TOKEN_PARTS = re.compile(r"[._’'-]+")


def is_handle(token: str) -> bool:
    """Whether one declared word can name a person: letters in it, no role word among its
    parts ("page.head.extra.author" is a template's placeholder) and no host name."""
    if len(_LETTER.findall(token)) < 2:
        return False
    parts = [p.lower() for p in _TOKEN_PARTS.split(token) if p]
    if not parts or set(parts) & (ROLE_WORDS | CONNECTORS):
        return False
    if len(parts) == 1 and parts[0] in WEEKDAYS:
        return False  # "Sat" of "Sat, 20 Dec 2025" in a date line labelled as the byline
    return not ("." in token and len(parts) >= 2 and parts[-1] in DOMAIN_ENDINGS)


def is_single_word(name: str) -> bool:
    """A name of one word in a script that spaces its words: a first name or a handle,
    which a full name from another source is preferred to."""
    return " " not in name.strip() and bool(_LATIN.search(name))


def looks_like_name(piece: str, declared: bool = False) -> bool:
    """Two to five words of letters (one in scripts without spaces), no digits, no role,
    organisation or connecting word; a lone degree ("MA") or place is thus not a name.

    `declared`: the page marks the text as its author (an author meta tag, a JSON-LD or
    microdata author, a link to the author's page): there a single word is a name too —
    a first name, pen name or user name — as long as it is no role or organisation word.
    """
    if declared and _ONE_TOKEN.match(piece) and len(piece) <= MAX_TOKEN_CHARS:
        return is_handle(piece)
    if not piece or len(piece) > MAX_NAME_CHARS or _DIGIT.search(piece) or _CODE.search(piece):
        return False
    if _INNER_COLON.search(piece) or _SENTENCE_MARK.search(piece):
        return False
    letters = _LETTER.findall(piece)
    if len(letters) < 2:
        return False
    words = piece.split()
    if len(words) > MAX_NAME_WORDS:
        return False
    if len(words) < MIN_LATIN_WORDS and _LATIN.search(piece):
        return False
    lowered = {w.strip(_WORD_MARKS).lower() for w in words}
    if lowered & ROLE_WORDS or lowered & CONNECTORS or names_desk(piece):
        return False
    return not _lower_word(words)


_WORD_MARKS = ".,:'’\"()[]"
"""Marks around a word of a name that do not change the word: "(Editor)" is a role."""

_PARTICLES_TEXT = """
van von de da del della der den di du la le bin ibn al el y e ten ter zu dos das do
"""
PARTICLES = frozenset(_PARTICLES_TEXT.split())
"""Lower-case words inside names: "Ludwig van Beethoven", "Nick van Mead", "Ana de la Cruz"."""


def capitalised(name: str) -> bool:
    """Whether every word of a name that has case begins with a capital, particles apart:
    how names are printed ("Jane Doe", "Ana de la Cruz"); "mis à jour" is a phrase."""
    return all(
        w[0].isupper() or not w[0].islower() or w.lower() in PARTICLES for w in name.split()
    )


def _lower_word(words: list[str]) -> bool:
    """Whether a capitalised name has a word in lower case that is no particle: "Personal
    finance", "Community development" are topics, not people. Names written wholly in
    lower case ("jane doe") are left to the other tests."""
    bare = [b for b in (w.strip(_WORD_MARKS) for w in words) if b]
    initials = [b[0] for b in bare if b[0].isalpha()]
    if not any(c.isupper() for c in initials):
        return False
    return any(
        b[0].islower() and b.lower() not in PARTICLES for b in bare if b[0].isalpha()
    )


_LABEL_COLON = re.compile(COLON)


def labelled_agency(text: str) -> str | None:
    """The wire service a text names after its last colon, or as a whole where it has
    none: "来源：新华社" (source: Xinhua), "新华社" before "记者" (Xinhua's reporter). The
    label is any word: what follows it is read as an agency only if the wire table
    knows it (`canonical_agency`)."""
    return canonical_agency(_LABEL_COLON.split(text)[-1].strip())


def _pieces(text: str) -> tuple[list[str], str | None]:
    agency = None
    text = html.unescape(text)[:MAX_BYLINE_CHARS].strip(BIDI_MARKS)
    source = _LEADING_SOURCE.match(text)
    if source is not None:
        agency = canonical_agency(source.group(1))
        text = text[source.end():]
    label = LABEL_INSIDE.search(text)
    if label is not None and not BY_PREFIX.match(text):  # "This post was written by ..."
        agency = agency or labelled_agency(text[: label.start()])  # "来源：新华社 记者：…"
        text = text[label.end():]
    text = _URL.sub(" ", EMAIL.sub(" ", text))
    text = _HANDLE.sub(" ", text)

    def keep_agency(match: re.Match[str]) -> str:
        nonlocal agency
        inner = match.group(1) or match.group(2) or ""
        found = canonical_agency(inner)
        if found:
            agency = agency or found
            return " , "
        if _SPLIT.search(inner) or not inner.strip():
            return " , " + inner + " , "  # "(with Jane Roe and John Poe)": more names
        if {w.lower() for w in _WORD.findall(inner)} & ROLE_OR_TITLE_WORDS:
            return " , "  # "Jane Doe (Editor-in-Chief)": a role beside the name
        # "Paramita (Guha) Ghosh", "Richard (R.J.) Eskow": part of the name, kept as printed
        return " " + " ".join(match.group(0).split()) + " "

    text = _PARENS.sub(keep_agency, text)
    pieces = []
    writer = False  # a name was given under a writer's label ("Story by Jane Doe")
    credited = False  # the pieces go on with a credit for other work that was dropped
    parts = _SPLIT.split(text)  # pieces and their separators, alternately
    raws, joins = parts[::2], parts[1::2]
    for k, raw in enumerate(raws):
        if k and _role_goes_on(raws[k - 1], joins[k - 1]):
            raws[k] = f"{raws[k - 1]} and {raw}"  # the role's, read on by the next piece
            continue  # "Head of Marketing and Community Development": one role
        piece = _TRAILING_DATE.sub("", " ".join(raw.split()).strip(BIDI_MARKS + " "))
        if (
            k + 1 < len(raws) and len(piece.split()) > MIN_LATIN_WORDS
            and _TRAILING_DATE.match(raws[k + 1].strip())
        ):  # "Jane Doe Monday", "November 18"; not "Jane Monday", whose name it may be
            piece = _TRAILING_WEEKDAY.sub("", piece)
        other = OTHER_CREDIT.match(piece) is not None
        labelled = BY_PREFIX.match(piece)
        if other and (writer or REVIEW_CREDIT.match(piece)):
            credited = True  # "Story by Jane Doe; photos by John Roe": the photographer
            continue  # wrote nothing, and a reviewer never does
        if credited and (labelled is None or other):
            continue  # "reviewed by John Roe, MD", "photos by John Roe and Mary Major"
        credited = False
        writer = writer or (labelled is not None and not other and labelled.end() < len(piece))
        piece = _LEADING_AND.sub("", BY_PREFIX.sub("", piece)).strip(" .:-–—'\"" + BIDI_MARKS)
        piece = _BRACKETED.sub(r"\1", piece).strip()
        piece = ROLE_SUFFIX.sub("", piece)
        if piece and not REPORTED_FROM.search(piece):
            pieces += _between_names(piece)
    return pieces, agency


_OF_WORDS = frozenset({"of", "for", "de", "für", "di", "du", "des", "del"})
"""The word after a title that names its field: "Head of Marketing", "Director for Sales",
"Leiter für Technik", "Directeur de la communication"."""


def _role_goes_on(before: str, join: str) -> bool:
    """Whether the piece after `join` continues the role of the piece `before` it: a job
    title and its field ("Head of Marketing") read on after "and" ("... and Community
    Development") rather than a second person."""
    if join.strip() not in AND_WORDS:
        return False
    words = [w.strip(".,").lower() for w in before.split()]
    return any(
        w in ROLE_OR_TITLE_WORDS and k + 1 < len(words) and words[k + 1] in _OF_WORDS
        for k, w in enumerate(words)
    )


def _between_names(piece: str) -> list[str]:
    """A piece parted at a `NAMES_ONLY_AND_WORDS` word where each part is a name ("Jan
    Novák a Petra Svobodová"), else the piece as it is."""
    parts = _NAMES_ONLY_SPLIT.split(piece)
    if len(parts) > 1 and all(looks_like_name(part) for part in parts):
        return parts
    return [piece]


MAX_DESK_NAME_WORDS = 4
"""An agency's desk: its acronym and a few words ("AP National Security Writer")."""


def _acronym(word: str) -> bool:
    """An all-caps word of letters, two or more: how agencies print their short names."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _agency_word(piece: str) -> str | None:
    """An agency named as a word of a short piece: "Reuters Staff", "CNN Business".

    Only distinctive spellings count: an all-caps acronym of three letters or more, or a
    capitalised name of five letters or more ("Reuters"), so "Ap" or "Pa" in a name do not;
    an acronym of two letters only where it opens the piece, as an agency's desk does
    ("AP Sports", "AP National Political", "PA Sport"): an agency's name before a name is a
    desk, not a person's initials (a person with those initials, "AP Dhillon", is lost).
    """
    words = piece.split()
    first = words[0].strip(".,") if words else ""
    if 2 <= len(words) <= MAX_DESK_NAME_WORDS and _acronym(first):
        found = canonical_agency(first)
        if found and not all(_acronym(w) for w in words):  # "JANE DOE" is a name in capitals
            return found
    if len(words) > 3:
        return None
    for word in (w.strip(".,") for w in words):
        distinctive = (len(word) >= 3 and word.isupper()) or (len(word) >= 5 and word.istitle())
        found = canonical_agency(word) if distinctive else None
        if found:
            return found
    return None


_POSTNOMINAL = re.compile(r"^(?:[A-Z][A-Za-z]?\.?){1,5}$")
"""The shape of a degree or post-nominal written after a name ("MD", "Ph.D", "DVM", "Jr."):
after a name in the same byline it is no second person. Checked after agencies ("AP")."""
_CAPITAL_OR_DOT = re.compile(r"[A-Z.]")
GENERATIONAL = frozenset({"Jr", "Sr"})


def _postnominal(piece: str) -> bool:
    """Whether a byline piece is a degree or suffix: the shape, with two capitals or a dot
    (so that a short name such as "Al" is not one), or "Jr"/"Sr"."""
    if piece in GENERATIONAL:
        return True
    return bool(_POSTNOMINAL.match(piece)) and len(_CAPITAL_OR_DOT.findall(piece)) >= 2


def _before_agency_title(piece: str) -> tuple[str, str] | None:
    """The name and the agency of a wire byline that runs them together with the writer's
    title, as the agencies print it: "JANE DOE AP Business Writer" -> ("JANE DOE", "AP");
    None unless a name of two words or more precedes the agency's acronym and a job title
    follows it."""
    words = piece.split()
    for k in range(MIN_LATIN_WORDS, len(words) - 1):
        word = words[k].strip(".,")
        if not _acronym(word) or not (found := canonical_agency(word)):
            continue
        if not any(w.strip(".,").lower() in ROLE_OR_TITLE_WORDS for w in words[k + 1:]):
            return None
        name = " ".join(words[:k])
        return (name, found) if looks_like_name(name) else None
    return None


MAX_ALIAS_WORDS = 3
"""Words of an agency's name written after a writer's ("Jane Doe Associated Press")."""
MIN_ACRONYM_CHARS = 3
"""Letters of an acronym read as the wire after a name; a two-letter one only where it is
the wire's own name ("AP"): "PA", "CP" or "AA" after a name are as often a degree."""


def _written_wire(alias: str) -> str | None:
    """The agency that `alias` names as wires write themselves after a byline: an acronym
    in capitals, a name in lower case ("dpa") or of several words, spelled as the agency
    table spells it. Not a single word in title case ("Reuters", "Lusa", "Antara"): a
    surname too, read by `_agency_word` as before."""
    found = agency_as_written(alias)
    if found is None or is_abbreviation(alias):
        return None
    if " " in alias or alias.islower():
        return found
    if not (alias.isupper() and alias.isalpha()):
        return None
    return found if len(alias) >= MIN_ACRONYM_CHARS or alias == found else None


def _before_agency(piece: str) -> tuple[str, str] | None:
    """The name and the agency of a byline that prints the wire after the writer with no
    mark between: "Jane Doe AP", "Max Muster dpa", "Jane Doe Associated Press" -> ("Jane
    Doe", agency). Only the spelling tells the wire from a surname here (`_written_wire`:
    "Kim Ap" is a name); the name before it has two words or more, capitalised, not ending
    in an initial, and not in capitals before an acronym (where any word may be one: "JOSH
    BOAK Associated Press" is read, "JANE DOE AP" is not)."""
    words = piece.split()
    for size in range(min(MAX_ALIAS_WORDS, len(words) - MIN_LATIN_WORDS), 0, -1):
        alias = " ".join(words[-size:])
        found = _written_wire(alias)
        if found is None:
            continue
        name = " ".join(words[:-size]).rstrip(",")
        last = name.split()[-1]
        if (
            (name.isupper() and alias.isupper()) or len(last.strip(".")) < 2
            or last.endswith(".") or not capitalised(name) or not looks_like_name(name)
        ):
            return None
        return name, found
    return None


def _before_title(piece: str) -> str | None:
    """The name before a job title printed after it: "Jane Doe Content Marketing
    Coordinator" -> "Jane Doe"; None when no title follows two words or more."""
    words = piece.split()
    for k, word in enumerate(words):
        if word.strip(".,:;()").lower() in TITLE_WORDS:
            return " ".join(words[:k]) if MIN_LATIN_WORDS <= k < len(words) else None
    return None


FILED_FROM_WORDS = frozenset(("in", "from", "aus", "à", "desde"))
"""Words between a writer's name and the place the story was filed from ("By Jane Doe in
London", "Jane Doe reporting from Kyiv", "Von Anna Müller aus Berlin", "Par Marie Dupont à
Paris"): English, German, French and Spanish. Not Dutch or Spanish "en" (Dutch "and"), nor
Portuguese "em"."""
MAX_PLACE_WORDS = 4
"""A place's name after the filing word: "London", "Rio de Janeiro", "Washington D.C."."""


def _before_place(piece: str) -> str | None:
    """The name before the place a writer filed from: "Jane Doe in London" -> "Jane Doe";
    None unless what follows the word is a place's name (capitalised words, particles
    apart: "New York", "Rio de Janeiro") and what precedes it a person's. Read on the
    words, not by a pattern: a lazy name before a repeated place backtracks on long text."""
    words = piece.split()
    for k in range(max(1, len(words) - MAX_PLACE_WORDS - 1), len(words) - 1):
        if words[k].lower() not in FILED_FROM_WORDS:
            continue
        place = words[k + 1:]
        if not place[0][:1].isupper() or not capitalised(" ".join(place)):
            continue
        name = words[:k - 1] if words[k - 1].lower() == "reporting" else words[:k]
        text = " ".join(name)
        return text if name and looks_like_name(text) and capitalised(text) else None
    return None


def parse_byline(
    values: list[str], exclude: set[str] | None = None, declared: bool = False,
    language: str | None = None,
) -> Byline:
    """The persons and the agency in a group of byline strings.

    `exclude` holds case-folded names that are not persons here (the site's name);
    `declared`: the strings are marked as the author (see `looks_like_name`); `language`:
    the page's (a BCP 47 tag), which tells how to write a name printed in capitals
    (`_recase`) and, on a Chinese page, that Han names parted by a space are two people
    (`credits.han_names`).
    """
    result = Byline()
    seen: set[str] = set()
    chinese = primary_subtag(language) in LANGUAGE_GROUPS["zh"]
    for value in values:
        pieces, agency = _pieces(composed(value))  # "Ta\u0301c gia\u0309:" is "Tác giả:"
        if chinese:  # "本报记者 张三 李四": two people
            pieces = [name for piece in pieces for name in han_names(piece) or [piece]]
        result.agency = result.agency or agency
        for piece in _value_names(pieces, result, declared):
            key = piece.casefold()
            if key in seen or (exclude and key in exclude):
                continue
            seen.add(key)
            result.names.append(_recase(piece, language))
            if len(result.names) >= MAX_AUTHORS:
                return result
    return result


_ROLE_MARKS = re.compile(r"[,;|，；،]")
"""The marks that part a name from the roles after it: "Jane Doe, Director, Acme"."""


def one_person(value: str, language: str | None = None) -> list[str] | None:
    """The names of a value the markup declares as one person (a JSON-LD `Person`, one
    `rel=author` link) that also holds something no name: those of its first part.

    "Nicole Forbes, Master Horticulturalist & Garden Educator" is Nicole Forbes with her
    roles (a role the words know, "Educator", tells the rest are roles too: "Master
    Horticulturalist" is none of the role words of any language); "Manoj Jain and Jagpreet
    Chhatwal, The Commercial Appeal" is two people and their paper. None where every part
    is a name or a wire service: "Jane Doe, John Roe" in one field stays two people."""
    pieces, _ = _pieces(value)
    if len(pieces) < 2 or all(
        parse_byline([piece], declared=True).names or canonical_agency(piece)
        or _agency_word(piece)
        for piece in pieces
    ):
        return None
    first = _ROLE_MARKS.split(value, maxsplit=1)[0].strip()
    return parse_byline([first], declared=True, language=language).names or None


MIN_REJECTED_LETTERS = 2
"""Letters of a turned-away piece that make a lone word beside it a leftover."""


def _value_names(pieces: list[str], result: Byline, declared: bool) -> list[str]:
    """The names among one byline value's pieces; agencies found go to `result`.

    A declared single word is a name only where no other piece of the value was turned
    away: "Linny and Al" names two people, but in "hessenschau.de, Frankfurt, Germany" or
    "Reviewed by Jane Doe, Attorney at Morgan & Morgan" the lone words are places and
    firms left over from a sentence or an address, not first names."""
    names: list[str] = []
    rejected = named = False
    for piece in pieces:
        if date_label(piece):
            continue  # "发表于" of "发表于 2024-3-5": a date's label, as short as a name
        wire = _before_agency(piece)
        if wire is not None:  # "Jane Doe AP": the writer, then the wire
            piece = wire[0]
            result.agency = result.agency or wire[1]
        found = canonical_agency(piece) or _agency_word(piece) or labelled_agency(piece)
        if found:
            result.agency = result.agency or found
            continue
        if named and _postnominal(piece):
            continue  # "Jane Doe, Ph.D.", "Jeffrey Slotnick, CPP, PSP"
        named = True
        wire = _before_agency_title(piece)
        if wire is not None:  # "JANE DOE AP Business Writer"
            piece = wire[0]
            result.agency = result.agency or wire[1]
        name = _before_title(piece)
        if looks_like_name(piece, declared):
            # a title of two words or more after a name: "Matt Check Head Winemaker";
            # one word at the end may be a surname ("Mary Anne Senior")
            if name and len(name.split()) + 2 <= len(piece.split()) and looks_like_name(name):
                piece = name
        elif name and looks_like_name(name):
            piece = name
        elif (filed := _before_place(piece)) is not None:
            piece = filed  # "By Jane Doe in London": the place she filed from
        else:
            # a lone letter ("Mac & i") is an initial or a stray mark, not a turned-away text
            rejected = rejected or len(_LETTER.findall(piece)) >= MIN_REJECTED_LETTERS
            continue
        names.append(piece)
    if rejected:  # "billed annually, or $15 / mo billed monthly": no capital, no name
        names = [n for n in names if not is_single_word(n) and not _uncased(n)]
    return names


def _uncased(name: str) -> bool:
    """Whether a name in a script with case has no capital letter ("jane doe"): a user
    name as the markup declares it, or a sentence's words."""
    return bool(_LATIN.search(name)) and not any(c.isupper() for c in name)


MAX_DESK_WORDS = 6
"""Longer declared "authors" are sentences or lists, not a desk's name."""


def _placeholder(text: str) -> bool:
    """A template's field name left in the author tag ("page.head.author"): one token of
    dotted parts that is no host name."""
    parts = text.lower().split(".")
    return " " not in text and len(parts) >= 3 and parts[-1] not in DOMAIN_ENDINGS


_DESK_FIELDS = re.compile(f"[{FIELD_MARKS}]")
"""What parts a byline's fields ("By Workzone Team • 4 mins read")."""


def printed_desk(values: list[str]) -> list[str]:
    """The desk or team a printed byline credits where it names no person ("By the Lavazza
    Team", "WRITTEN BY NETGEAR Orbi Team", "By Workzone Team • 4 mins read"), as written:
    the first field of the line after its label that holds a word of `DESK_WORDS`.

    Printed text is not declared as the author the way markup is, so a word of a desk is
    asked for; the rest is `declared_desk`'s test (no e-mail, URL, code or long text)."""
    for value in values:
        text = BY_PREFIX.sub("", composed(html.unescape(value)))
        for piece in _DESK_FIELDS.split(text):
            if (
                names_desk(piece) and len(piece.split()) <= MAX_DESK_WORDS
                and not _DIGIT.search(piece) and (desk := declared_desk([piece]))
            ):
                return desk
    return []


def declared_desk(values: list[str]) -> list[str]:
    """The author a page declares in its markup where it names no person, as written: the
    site, a desk, a team or a wire service ("BR24 Redaktion", "The Lavazza Team",
    "Associated Press", "ndr.de"). Publishers' own parsers, Readability and WCXB's truth
    all give it as the author. A label before it is cut; e-mails, URLs, program text and
    template placeholders are no author, nor a social account's handle ("@janedoe": a
    person's account, not a desk, and no name)."""
    out: list[str] = []
    for value in values:
        text = " ".join(BY_PREFIX.sub("", html.unescape(value)).split()).strip(" ,;|-" + BIDI_MARKS)
        if (
            text.startswith(("@", "＠"))
            or len(_LETTER.findall(text)) < MIN_REJECTED_LETTERS
            or len(text) > MAX_NAME_CHARS or len(text.split()) > MAX_DESK_WORDS
            or EMAIL.search(text) or _URL.search(text) or _CODE.search(text)
            or _placeholder(text)
        ):
            continue
        if text.casefold() not in {o.casefold() for o in out}:
            out.append(text)
    return out
