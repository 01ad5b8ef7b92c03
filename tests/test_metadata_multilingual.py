"""Metadata of pages in other languages and scripts: the language, authors, dates and site
name a probe of non-English pages found read wrongly. Small hand-written pages and strings."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest

from newsclean.document import load
from newsclean.metadata import Metadata, extract_metadata
from newsclean.metadata.dates import day_of

NOW = datetime(2025, 4, 18, 12, 0, tzinfo=UTC)


def meta_of(head: str = "", body: str = "", lang: str = "") -> Metadata:
    html = f"<html{lang}><head>{head}</head><body>{body}</body></html>"
    return extract_metadata(load(html), now=NOW)


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


# --- language: a macro-language's members counted together -----------------------------

ARABIC = paragraphs(
    "أعلنت الحكومة يوم الخميس عن خطة شاملة لدعم المزارعين في المناطق الريفية، تتضمن قروضاً "
    "ميسرة وتوزيع بذور محسنة على آلاف الأسر.",
    "وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، "
    "وإن الهدف منها هو رفع الإنتاج المحلي من القمح.",
    "ورحب اتحاد المزارعين بالقرار، لكنه طالب بضمانات لوصول الدعم إلى صغار المنتجين وليس إلى "
    "الشركات الكبرى وحدها في البلاد.",
)
SERBIAN_LATIN = paragraphs(
    "Vlada je u četvrtak najavila sveobuhvatan program podrške poljoprivrednicima u seoskim "
    "područjima, koji obuhvata povoljne kredite i podelu semena hiljadama domaćinstava.",
    "Ministar poljoprivrede izjavio je na konferenciji za novinare da će program biti sproveden "
    "u tri faze tokom naredne dve godine, sa ciljem da se poveća domaća proizvodnja pšenice.",
    "Udruženje poljoprivrednika pozdravilo je odluku, ali je zatražilo garancije da će pomoć "
    "stići i do malih proizvođača, a ne samo do velikih kompanija.",
)
CHINESE = paragraphs(
    "政府周四宣布了一项支持农村地区农民的综合计划，包括低息贷款和向数千户家庭发放改良种子。"
    "农业部长在新闻发布会上表示，该计划将在未来两年内分三个阶段实施。",
    "农民协会对这一决定表示欢迎，但要求政府保证援助能够惠及小生产者，而不仅仅是大公司。"
    "财政部表示，计划所需资金已列入明年预算，其中一部分将来自国际金融机构提供的优惠贷款。",
    "分析人士指出，近年来极端天气频发，对粮食安全构成了严重威胁。专家呼吁政府加大对农业科技和"
    "水利基础设施的投入，提高农业抵御自然灾害的能力。",
)


@pytest.mark.parametrize(
    ("ranked", "expected"),
    [
        ([("ar", 0.97), ("ary", 0.028), ("fa", 0.002)], ("ar", 0.998)),
        ([("ary", 0.6), ("ar", 0.395), ("fa", 0.005)], ("ar", 0.995)),
        ([("zh", 0.94), ("wuu", 0.058), ("yue", 0.002)], ("zh", 1.0)),
        ([("bs", 0.67), ("hr", 0.30), ("sr", 0.03)], ("sh", 1.0)),
        # a member confident on its own keeps its own label
        ([("sr", 0.9999), ("mk", 0.0001)], ("sr", 0.9999)),
        # labels of no group are not summed: Malay and Indonesian are two languages
        ([("ms", 0.6), ("id", 0.4)], ("ms", 0.6)),
        # the group counts only where its member leads
        ([("fa", 0.6), ("ar", 0.3), ("ary", 0.1)], ("fa", 0.6)),
    ],
)
def test_a_macro_languages_members_are_counted_together(
    ranked: list[tuple[str, float]], expected: tuple[str, float]
) -> None:
    from newsclean.metadata.language import _decided

    language, probability = _decided(ranked)
    assert (language, round(probability, 4)) == expected


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (ARABIC, "", "ar"),  # 0.98 Arabic and 0.02 Moroccan Arabic: Arabic
        (ARABIC, ' lang="en"', "ar"),
        (ARABIC, ' lang="ar-EG"', "ar-EG"),
        (CHINESE, "", "zh"),
        (CHINESE, ' lang="zh-Hant-TW"', "zh-Hant-TW"),
        (SERBIAN_LATIN, ' lang="en"', "sh"),  # which standard, the identifier cannot tell
        (SERBIAN_LATIN, ' lang="sr-Latn"', "sr-Latn"),  # the page tells it
        (SERBIAN_LATIN, ' lang="hr"', "hr"),
    ],
)
def test_the_language_of_a_text_whose_identification_is_split_among_dialects(
    body: str, lang: str, expected: str
) -> None:
    pytest.importorskip("py3langid", reason="the langid extra is not installed")
    assert meta_of(body=body, lang=lang).language == expected


# --- language: the script of the title and description -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大谷翔平がホームラン、ドジャースは逆転勝ち", "JAPANESE"),  # no script over half apart
        ("政府、農村の農家支援へ新たな計画を発表", "JAPANESE"),  # kana among a kanji majority
        ("大谷翔平選手本塁打記録達成ドジャース", "JAPANESE"),  # katakana alone proves it
        ("ラーメン屋さんの新しいメニューが人気", "JAPANESE"),  # the long-vowel mark is kana
        ("政府宣布支持农村农民的新计划今日公布", "CJK"),  # Han alone: Chinese or Japanese
        ("장동혁, 한동훈 제명했지만 부담 커졌다", "HANGUL"),
    ],
)
def test_kana_and_the_kanji_among_it_are_japanese_script(text: str, expected: str) -> None:
    from newsclean.metadata.language import script_of

    assert script_of(text) == expected


@pytest.mark.parametrize(
    ("title", "lang", "expected"),
    [
        # a Japanese headline under a site-wide English declaration
        ("大谷翔平がホームラン、ドジャースは逆転勝ち", ' lang="en"', "ja"),
        ("大谷翔平がホームラン、ドジャースは逆転勝ち", ' lang="zh-CN"', "ja"),
        ("政府、農村の農家支援へ新たな計画を発表", "", "ja"),  # kana names the language
        # Latin brand names beside the declared script keep the declaration
        ("Apple представила iPhone 16", ' lang="ru"', "ru"),
        ("Apple iPhone 16 Pro Max: обзор", ' lang="ru-RU"', "ru-RU"),
        ("Apple、新型iPhone 16を発表", ' lang="ja"', "ja"),
        ("Apple发布iPhone 16 Pro Max", ' lang="zh-CN"', "zh-CN"),
        ("Samsung Galaxy S25 Ultra 출시", ' lang="ko"', "ko"),
        # the declared script absent: the declaration goes
        ("Президент подписал новый закон сегодня", ' lang="el"', None),
        ("Council approves the new budget for schools", ' lang="ru"', None),
        ("장동혁, 한동훈 제명했지만 부담 커졌다", ' lang="en"', "ko"),
        # a Latin-script language is ruled out only where another script writes most of it
        ("Apple представила новый телефон сегодня", ' lang="en"', None),
        ("Putin says Russia is ready: «Мы готовы»", ' lang="en"', "en"),
    ],
)
def test_a_declaration_goes_only_where_the_script_contradicts_it(
    title: str, lang: str, expected: str | None
) -> None:
    assert meta_of(f"<title>{title}</title>", lang=lang).language == expected


# --- bidirectional marks at the ends of metadata values -----------------------------------

HEADLINE = "הממשלה הודיעה על תוכנית חדשה לסיוע לחקלאים"
RLM, LRE, PDF, RLI, PDI = "\u200f", "\u202a", "\u202c", "\u2067", "\u2069"


def test_bidi_marks_at_the_ends_of_metadata_values_are_trimmed() -> None:
    head = (
        f'<meta property="og:title" content="{RLM}{HEADLINE}{RLM}">'
        f'<meta property="og:site_name" content="{LRE}וואלה{PDF}">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        f'{{"@type": "Person", "name": "{RLM}דנה כהן"}}, '
        f'{{"@type": "Person", "name": "דנה כהן{RLI}"}}, '
        f'{{"@type": "Person", "name": "{RLI}יוסי לוי{PDI}"}}]}}</script>'
    )
    meta = meta_of(head, f"<h1>{HEADLINE}</h1>", lang=' lang="he"')
    assert meta.title == HEADLINE
    assert meta.site_name == "וואלה"
    assert meta.authors == ["דנה כהן", "יוסי לוי"]


def test_bidi_marks_are_trimmed_at_the_articles_boundary_but_kept_inside() -> None:
    from newsclean.model import Article

    article = Article(
        title=f"{RLM} {HEADLINE}{RLM}", site_name=f"{RLI}Walla!{PDI}",
        authors=[f"{RLM}דנה כהן", "דנה כהן", f"Ali{RLM} Hassan"],
    )
    assert article.title == HEADLINE
    assert article.site_name == "Walla!"
    assert article.authors == ["דנה כהן", f"Ali{RLM} Hassan"]


# --- authors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("John Smith, correspondent", ["John Smith"]),
        ("Иван Петров, корреспондент", ["Иван Петров"]),
        ("Иван Петров, обозреватель", ["Иван Петров"]),
        ("Олена Шевченко, кореспондентка", ["Олена Шевченко"]),
        ("Jan Kowalski, dziennikarz", ["Jan Kowalski"]),
        ("Ana García, corresponsal en Bruselas", ["Ana García"]),
        ("Marie Dupont, envoyée spéciale", ["Marie Dupont"]),
        ("Marco Rossi, inviato", ["Marco Rossi"]),
        ("João Silva, repórter", ["João Silva"]),
        ("Ayşe Demir, Ankara muhabiri", ["Ayşe Demir"]),
        ("محمد علي، مراسل الجزيرة", ["محمد علي"]),
        # two people stay two
        ("Иван Петров, Мария Иванова", ["Иван Петров", "Мария Иванова"]),
    ],
)
def test_a_role_after_a_comma_is_no_name_in_several_languages(
    byline: str, expected: list[str]
) -> None:
    from newsclean.metadata.authors import parse_byline

    assert parse_byline([byline]).names == expected


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("İSMAİL KARA", "tr", "İsmail Kara"),  # İ lowers to i, without a combining dot
        ("İSMAİL KARA", None, "İsmail Kara"),
        (unicodedata.normalize("NFD", "İSMAİL KARA"), "tr", "İsmail Kara"),
        ("AYŞE YILMAZ", "tr", "Ayşe Yılmaz"),  # Turkish I is the dotless ı's capital
        ("AYŞE YILMAZ", "az-Latn-AZ", "Ayşe Yılmaz"),
        ("AYŞE YILMAZ", None, "Ayşe Yilmaz"),  # without the page's language: i
        ("JOHN SMITH", "en-US", "John Smith"),
        (unicodedata.normalize("NFD", "JOSÉ GARCÍA"), "es",
         "José García"),  # combining marks are of the word; a name is read composed
        ("BỌ̀LÁ TINÚBÙ", None, "Bọ̀lá Tinúbù"),
        ("ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ", "el", "Γιώργος Παπαδόπουλος"),  # final ς
        ("JOHN O'BRIEN", None, "John O'Brien"),
        ("JEAN-PIERRE DUPONT", None, "Jean-Pierre Dupont"),
        ("Jane DOE", None, "Jane DOE"),  # mixed case: as written
    ],
)
def test_a_name_in_capitals_is_recased_word_by_word(
    name: str, language: str | None, expected: str
) -> None:
    from newsclean.metadata.authors import parse_byline

    assert parse_byline([name], language=language).names == [expected]


TURKISH = paragraphs(
    "Hükümet perşembe günü kırsal bölgelerdeki çiftçileri desteklemek için kapsamlı bir "
    "plan açıkladı.",
)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (' lang="tr"', ["Ayşe Yılmaz", "İsmail Kara"]),
        (' lang="en"', ["Ayşe Yilmaz", "İsmail Kara"]),
    ],
)
def test_a_bylines_capitals_are_recased_in_the_pages_language(
    lang: str, expected: list[str]
) -> None:
    byline = '<div class="byline">Yazar: AYŞE YILMAZ ve İSMAİL KARA</div>'
    meta = meta_of("<title>Hükümet yeni plan açıkladı</title>",
                   f"<article><h1>Hükümet yeni plan açıkladı</h1>{byline}{TURKISH}</article>",
                   lang=lang)
    assert meta.authors == expected


@pytest.mark.parametrize(
    ("byline", "language", "expected"),
    [
        ("本报记者 张三 李四", "zh-CN", ["张三", "李四"]),
        ("记者 欧阳娜娜 王小明", "zh-Hant-TW", ["欧阳娜娜", "王小明"]),
        ("记者 王小明", "zh", ["王小明"]),
        ("作者：张三、李四", "zh", ["张三", "李四"]),
        ("记者：张　三", "zh", ["张 三"]),  # a two-character name padded to three: one name
        ("記者：山田 太郎", "ja", ["山田 太郎"]),  # Japanese spaces a name: one person
        ("本报记者 张三 李四", None, ["张三 李四"]),  # no language, no telling
    ],
)
def test_chinese_names_parted_by_a_space_are_two_people(
    byline: str, language: str | None, expected: list[str]
) -> None:
    from newsclean.metadata.authors import parse_byline

    assert parse_byline([byline], language=language).names == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("责任编辑：王小明 李四", [("editing", ["王小明", "李四"])]),
        ("编辑：欧阳娜娜 王五", [("editing", ["欧阳娜娜", "王五"])]),
        ("责任编辑：王小明", [("editing", ["王小明"])]),
        # a label Japanese writes too: its names as written
        ("記者：山田 太郎", [("reporting", ["山田 太郎"])]),
        ("編集：山田 太郎", [("editing", ["山田 太郎"])]),
    ],
)
def test_a_chinese_credit_lines_names_parted_by_a_space_are_two_people(
    line: str, expected: list[tuple[str, list[str]]]
) -> None:
    from newsclean.normalize.credits import parse_credit_line

    credits = parse_credit_line(line)
    assert credits is not None
    assert [(c.role, c.names) for c in credits] == expected


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any script's digits: full-width, Persian, Thai (mapped to ASCII before matching)
        ("２０２４年１２月５日", date(2024, 12, 5)),
        ("２０２４年１２月５日 １０時１５分", datetime(2024, 12, 5, 10, 15)),
        ("๕ ธันวาคม ๒๕๖๗", date(2024, 12, 5)),
        # Greek capitals drop the tonos (and may drop the diaeresis)
        ("5 ΔΕΚΕΜΒΡΙΟΥ 2024", date(2024, 12, 5)),
        ("5 ΜΑΪΟΥ 2024", date(2024, 5, 5)),
        ("5 ΜΑΙΟΥ 2024", date(2024, 5, 5)),
        ("5 Δεκεμβρίου 2024", date(2024, 12, 5)),
        # Arabic's two names of one month
        ("5 ديسمبر/كانون الأول 2024", date(2024, 12, 5)),
        ("5 كانون الأول / ديسمبر 2024", date(2024, 12, 5)),
        ("5 ديسمبر (كانون الأول) 2024", date(2024, 12, 5)),
        # Persian: the month's name and "month"
        ("۱۵ آذرماه ۱۴۰۳", date(2024, 12, 5)),
        ("۱۵ دی‌ماه ۱۴۰۳", date(2025, 1, 4)),
        ("۱۵ آذر ماه ۱۴۰۳", date(2024, 12, 5)),
        # Thai with its era
        ("5 ธันวาคม พ.ศ. 2567", date(2024, 12, 5)),
        ("5 ธันวาคม พ.ศ.2567", date(2024, 12, 5)),
        ("5 ธันวาคม ค.ศ. 2024", date(2024, 12, 5)),
        # Korean year first, a space after each dot
        ("2024. 12. 5.", date(2024, 12, 5)),
        ("입력 2024. 12. 05. 14:30", datetime(2024, 12, 5, 14, 30)),
        # Serbian and Croatian/Serbian Latin nominatives
        ("5. децембар 2024.", date(2024, 12, 5)),
        ("5. мај 2024.", date(2024, 5, 5)),
        ("5. septembar 2024.", date(2024, 9, 5)),
        ("5. decembar 2024.", date(2024, 12, 5)),
    ],
)
def test_written_dates_in_more_forms(text: str, expected: date) -> None:
    from newsclean.metadata.dates import parse_date

    if "۱۴۰۳" in text:  # Solar Hijri: read with the `calendars` extra
        pytest.importorskip("jdatetime")
    assert parse_date(text, NOW) == expected


@pytest.mark.parametrize(
    "text",
    [
        "２０２４", "１２３", "５ 万人", "2024",
        "2024. 12 people came", "Version 2024.12.5", "2024. 12. 5", "In 2024. 13. 5.",
        "5 ديسمبر/يناير 2024",  # two months: which one?
        "۱۵ ماه ۱۴۰۳",  # "15 months 1403"
        "พ.ศ. 2567", "5 พ.ศ. 2567",
        "5 ΔΕΚΑ 2024", "ΔΕΚΕΜΒΡΙΟΥ",
        "5. децембар", "децембар 2024",
    ],
)
def test_the_added_forms_read_no_date_into_plain_numbers_or_text(text: str) -> None:
    from newsclean.metadata.dates import parse_date

    assert parse_date(text, NOW) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("发布时间：２０２４-１２-０５ １０:１５", date(2024, 12, 5)),
        ("１５/１２/２０２４", date(2024, 12, 15)),
        ("기사입력 2024. 12. 5. 오후 3:15", date(2024, 12, 5)),
    ],
)
def test_a_date_line_in_full_width_digits_is_read(line: str, expected: date) -> None:
    from newsclean.metadata.pagedate import line_day

    assert line_day(line, NOW) == expected


# --- the site's name beside the headline ---------------------------------------------------


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("标题__中国政府网", ["标题", "中国政府网"]),
        ("标题--新华网", ["标题", "新华网"]),
        ("标题－－新华网", ["标题", "新华网"]),
        ("Headline || Site", ["Headline", "Site"]),
        ("Headline||Site", ["Headline", "Site"]),
        ("Headline -- Site", ["Headline", "Site"]),
        ("Headline __ Site", ["Headline", "Site"]),
        ("标题_科技_腾讯网", ["标题", "科技", "腾讯网"]),
        # one word still: an identifier, a hyphenated word
        ("tokio__util", ["tokio__util"]),
        ("COVID-19 cases", ["COVID-19 cases"]),
    ],
)
def test_a_separator_written_twice_is_one(title: str, parts: list[str]) -> None:
    from newsclean.metadata.titles import segments

    assert [p.strip() for p in segments(title)] == parts


def test_the_site_name_after_a_doubled_separator_is_whole() -> None:
    headline = "政府宣布支持农村农民的新计划"
    meta = meta_of(f"<title>{headline}__中国政府网</title>",
                   f"<h1>{headline}</h1>{CHINESE}<footer>© 2024 中国政府网</footer>")
    assert (meta.title, meta.site_name) == (headline, "中国政府网")


def test_a_page_written_decomposed_keeps_its_byline_and_date() -> None:
    """A Vietnamese page in decomposed Unicode (a base letter and its combining marks):
    the byline's label and the date's words are read as their composed forms are."""
    prose = "Chính phủ đã công bố kế hoạch hỗ trợ nông dân ở các vùng nông thôn trong năm tới. " * 3
    page = (
        "<html lang='vi'><body><article><h1>Chính phủ công bố kế hoạch mới</h1>"
        "<div class='byline'>Tác giả: Nguyễn Văn An</div>"
        "<div class='date'>ngày 5 tháng 12 năm 2024</div>"
        f"<p>{prose}</p><p>{prose}</p></article></body></html>"
    )
    import newsclean

    article = newsclean.extract(unicodedata.normalize("NFD", page))
    assert [unicodedata.normalize("NFC", a) for a in article.authors] == ["Nguyễn Văn An"]
    assert article.published is not None and day_of(article.published) == date(2024, 12, 5)


@pytest.mark.parametrize("locale", ["ta", "ml", "te", "kn", "gu", "mr", "pa", "ne", "my", "km",
                                    "am", "ka", "hy"])
def test_the_months_of_more_languages_are_cldrs(locale: str) -> None:
    """Each month as CLDR writes it in the languages read from its names (`CLDR_LOCALES`):
    found in `MONTHS` with its number (no other language's month of that name), and a
    date printed with it is read."""
    babel = pytest.importorskip("babel", reason="babel (CLDR, the dev extra) not installed")
    from newsclean.metadata.dates import CLDR_LOCALES, MONTHS, parse_date

    assert locale in CLDR_LOCALES
    wide = babel.Locale.parse(locale).months["format"]["wide"]
    for number in range(1, 13):
        name = wide[number].casefold()
        assert MONTHS.get(name) == number, name
        assert parse_date(f"7 {wide[number]} 2024", NOW) == date(2024, number, 7), name


ABBREVIATED_LOCALES = [
    "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "hu",
    "ro", "tr", "ru", "uk", "id", "ms", "hr", "sl", "sr", "lt", "lv", "et", "ca", "el", "bg",
]
NOT_ABBREVIATED = {"hr": {6, 7, 10}, "ca": {8}}
"""Croatian's June, July and October abbreviations are Czech and Polish names of other
months; Catalan's August ("ag.") is too short to read safely."""


@pytest.mark.parametrize("locale", ABBREVIATED_LOCALES)
def test_a_date_with_an_abbreviated_month_is_read(locale: str) -> None:
    """Each month abbreviated as CLDR writes it (format and stand-alone: "Mär", "déc.",
    "мар.", "Haz", "paź"), in day-first, day-dot-first and month-first dates
    (`dates._ABBREVIATED_TEXT`)."""
    babel = pytest.importorskip("babel", reason="babel (CLDR, the dev extra) not installed")
    from newsclean.metadata.dates import parse_date

    months = babel.Locale.parse(locale).months
    for number in set(range(1, 13)) - NOT_ABBREVIATED.get(locale, set()):
        for context in ("format", "stand-alone"):
            name = months[context]["abbreviated"][number]
            forms = (f"7 {name} 2024", f"7. {name} 2024", f"{name} 7, 2024")
            assert any(parse_date(f, NOW) == date(2024, number, 7) for f in forms), name


@pytest.mark.parametrize(("line", "day"), [
    ("Di 5. Mär 2024, 10:12", date(2024, 3, 5)),  # phpBB in German
    ("mer. 7 déc. 2022 14:05", date(2022, 12, 7)),
    ("12 Haz 2024 Çar", date(2024, 6, 12)),
    ("3 мар. 2024 г.", date(2024, 3, 3)),
    ("wt., 5 paź 2024", date(2024, 10, 5)),
    ("5 abr 2024", date(2024, 4, 5)),
])
def test_short_month_names_in_date_lines(line: str, day: date) -> None:
    from newsclean.metadata.dates import parse_date

    parsed = parse_date(line, NOW)
    assert parsed is not None and day_of(parsed) == day


@pytest.mark.parametrize("text", [
    "只有几百张图片时，迁移学习和数据增强能让模型的准确率提高一大截。",
    "数据漂移、延迟和错误率，是最先需要关注的三个指标",
    "こんにちは。今日は晴れです",
])
def test_a_sentence_in_a_script_without_spaces_is_no_name(text: str) -> None:
    """A card's excerpt beside its date reads like the date line's name where the script
    writes no spaces; its commas and full stops (，。) stand in no name."""
    from newsclean.metadata.authors import looks_like_name

    assert not looks_like_name(text)
    assert looks_like_name("王小明") and looks_like_name("山田太郎")


def test_a_tag_pages_first_excerpt_is_no_byline() -> None:
    import newsclean
    from tests import platform_pages as pp

    article = newsclean.extract(pp.tag_page())
    assert article.authors == []
    assert pp.TAG_POSTS[0][1] in article.text


@pytest.mark.parametrize("line", [
    "发表于 2024-3-5 10:12", "發表於 2024-3-5", "投稿日 2024/03/05", "작성일 2024.03.05",
    "Published March 5, 2024",
])
def test_a_dates_label_is_no_name(line: str) -> None:
    """Chinese, Japanese and Korean labels of a post's date are as short as a name: an
    element whose id names the author ("authorposton1") holding only the label and its
    date names nobody (`dates.date_label`)."""
    from newsclean.metadata.authors import parse_byline

    assert parse_byline([line]).names == []
    assert parse_byline(["王小明"]).names == ["王小明"]


def test_a_chinese_boards_post_gives_its_date_and_no_label_for_a_name() -> None:
    """A Discuz! board: each post's member card (points, registration day) and its date
    line under an element named for the author; the thread's date is the first post's."""
    posts = "".join(
        f'<div id="post_{i}"><table class="plhin"><tr><td class="pls"><div class="authi"><a '
        f'href="space-uid-{i}.html">{who}</a></div><dl class="pil"><dt>积分</dt><dd>10{i}</dd>'
        f'<dt>注册时间</dt><dd>2020-1-3</dd></dl></td><td class="plc"><div class="authi"><em '
        f'id="authorposton{i}">发表于 2024-3-{5 + i} 10:12</em></div><div class="t_f">{text}'
        "</div></td></tr></table></div>"
        for i, (who, text) in enumerate([
            ("骑手一号", "我的自行车换了链条以后，后拨在小飞轮上老是跳档，请大家帮忙看看。" * 2),
            ("修车师傅", "先检查线的张力，再看看尾钩有没有弯，尾钩弯了最容易跳档。" * 2),
        ])
    )
    html = (f'<html lang="zh-CN"><head><title>换链条后跳档怎么办 - 单车论坛</title></head><body>'
            f'<h1>换链条后跳档怎么办</h1><div id="postlist">{posts}</div></body></html>')
    meta = extract_metadata(load(html), now=NOW)
    assert meta.published is not None and day_of(meta.published) == date(2024, 3, 5)
    assert not {"发表于", "积分", "注册时间"} & set(meta.authors)
