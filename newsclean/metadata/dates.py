"""Date strings to `datetime` (zone-aware when the text gives a zone) or `date`.

Kept deliberately strict: a value we cannot read for sure is None, and the caller moves on
to the next source. A text with a time but no zone gives a naive datetime; a text with
only a day gives a `date` (its zone is unknown, so no time is invented).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from newsclean.normalize.text import composed

When = datetime | date

EARLIEST_YEAR = 1990
"""Older dates on news pages are almost always history mentioned in the text, not the page."""
FUTURE_SLACK = timedelta(hours=14)
"""Dates later than now plus this are rejected: the farthest zone ahead of UTC (UTC+14, the
Line Islands) is as far as a page's local time or day can run ahead of the fetch. A day
after the fetch day there, or an instant more than that after the fetch, is no date of the
page (it was not yet written when the page was read); a day of slack let "2025-05-06" pass
on a page fetched at 08:00 UTC on 5 May, when it was 5 May everywhere."""
MAX_LENGTH = 120
"""Longer strings are sentences, not dates."""

# The words that label a date, in the languages of the date lines read (`visible`,
# `pagedate`): a masthead's "today", an update, a publication.
TODAY = re.compile(
    r"\b(?:today|heute|aujourd'hui|hoy|oggi|hoje|vandaag|idag|i dag|dzisiaj|сегодня"
    r"|сьогодні|днес|bugün|hari ini|hôm nay|σήμερα|dnes|astăzi|tänään|היום"
    r"|اليوم|امروز|आज)(?!\w)|今天|今日|오늘|วันนี้",  # these scripts: no word boundary
    re.IGNORECASE,
)
"""The word of a masthead's date ("Today: Thursday, 12 March 2026"), whose date is the day
the page was served, not the story's, in the languages of `UPDATED`."""
UPDATED = re.compile(
    r"\b(?:updated?|modified|last\s+updated|aktualisiert|mis\s+à\s+jour|actualizad[oa]"
    r"|aggiornat[oa]|atualizad[oa]|bijgewerkt|uppdaterad|opdateret|oppdatert|päivitetty"
    r"|zaktualizowano|aktualizováno|güncellendi|güncelleme|обновлено|оновлено|diperbarui"
    r"|cập\s+nhật|actualizat|frissítve|ενημερώθηκε|ενημέρωση|עודכן|تحديث|به‌روزرسانی)(?!\w)"
    r"|(?:更新|수정|업데이트|अपडेट|อัปเดต)",  # these scripts: no word boundary, or a mark
    re.IGNORECASE,
)
PUBLISHED = re.compile(
    r"\b(?:published|posted|first\s+published|veröffentlicht|publié|publicado|publicada"
    r"|pubblicato|gepubliceerd|publicerad|publiceret|publisert|julkaistu|opublikowano"
    r"|publikováno|yayınlanma|yayımlanma|опубликовано|опубліковано|diterbitkan"
    r"|đăng\s+ngày|publicat|közzétéve|δημοσιεύθηκε|δημοσίευση|פורסם|نشر|منتشر\s+شده)(?!\w)"
    # these scripts: no word boundary, or a mark
    r"|(?:입력|작성일|등록일|发布|發布|发表|發表|投稿日|公開|प्रकाशित|เผยแพร่)",
    re.IGNORECASE,
)
"""The word before a publication date, in the languages of `UPDATED`: where it follows an
"Updated" date on one line ("Updated May 7, 2024 | Published May 5, 2024"), the date after
it is the publication."""
DATE_LABEL_REST = 1
"""Characters a date's label may hold after its word and still be a label alone: the
particle or the "day" of "发表于", "發表於", "投稿日" ("posted at", "post day")."""


def date_label(text: str) -> bool:
    """Whether a text is a date's label alone, with no name in it: "Published", "发表于",
    "投稿日", "작성일", "Cập nhật" (`PUBLISHED`, `UPDATED`). Chinese, Japanese and Korean
    labels are as short as a name, and a byline element that holds only the label and its
    date ("<em id=authorposton1>发表于 2024-3-5</em>") would give it as one."""
    text = text.strip(" :：-|·")
    match = PUBLISHED.match(text) or UPDATED.match(text)
    return match is not None and len(text[match.end():].strip(" :：")) <= DATE_LABEL_REST


_AFTER_GMT = r"(?:UTC|GMT) ?[+-]\d{1,2}(?::?\d{2})?"
"""An offset written after UTC or GMT ("GMT+0200" of JavaScript's Date.toString, "GMT+2",
"UTC+05:30"): the zone's offset as written (east of Greenwich is +), not POSIX's reversed
one (python-dateutil reads "GMT+2" as -02:00, so it is not used here)."""
ISO_ZONE = rf"(?:{_AFTER_GMT}|Z|UTC|GMT|[+-]\d{{2}}(?::?\d{{2}})?)"
"""A machine-written date's zone: "Z", "UTC", "GMT", an offset ("+02:00", "-0500", "+02")."""
TEXT_ZONE = rf"(?:{_AFTER_GMT}|UTC|GMT|Z|[+-]\d{{2}}:?\d{{2}})"
"""A zone after a time in a line of text: a bare offset has its minutes ("10:00 -12" may
be a range's end)."""
_OFFSET = re.compile(r"(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$")
_ZONE_NAME = r"(?:\s*\([^()]{1,60}\))?"
"""The zone's name in brackets after its offset: "GMT+0200 (Central European Summer Time)"."""

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:[T\s]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d+))?)?)?"
    rf"\s*(?:(?P<z>{ISO_ZONE}){_ZONE_NAME})?\s*$",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$")

# month names and abbreviations of the languages most common on news sites, in the forms
# dates print them (Slavic, Baltic, Finnish and Greek dates take the genitive: "4 декабря";
# Serbian ones the nominative too: "4. децембар 2026."; Hebrew ones the prefix "in":
# "בדצמבר"). An underscore stands for a space inside a name (the Levantine Arabic "كانون
# الأول"). Thai dates count years from the Buddha (`BUDDHIST`). Greek names are listed with
# their accents, and read without them too (`_unaccented`). No month is written with ё.
# Croatian's October ("listopad", "listopada") is not read: Czech and Polish name November so.
# Each month's last line: CLDR's names of the languages of `CLDR_LOCALES`, whose news sites
# print the Gregorian months so (tests/test_date_place.py checks them against babel's).
_MONTHS_TEXT = (
    "january jan janvier janv januar jän enero ene gennaio gen janeiro januari "
    "января январь січня stycznia styczeń ledna ocak ianuarie január tammikuuta "
    "ιανουαρίου يناير "
    "जनवरी জানুয়ারি كانون_الثاني جانفي ינואר בינואר มกราคม ม.ค "
    "siječnja siječanj januara јануара јануар januarja januára "
    "sausio janvāris janvārī jaanuar gener جنوری "
    "ஜனவரி ജനുവരി జనవరి ಜನವರಿ જાન્યુઆરી जानेवारी ਜਨਵਰੀ जनवरी ဇန်နဝါရီ មករា ጃንዋሪ იანვარი հունվարի",
    "february feb février févr fevrier februar febrero febbraio fevereiro februari "
    "февраля февраль лютого lutego luty února şubat subat februarie február "
    "helmikuuta φεβρουαρίου فبراير "
    "फ़रवरी फरवरी ফেব্রুয়ারি شباط فيفري פברואר בפברואר กุมภาพันธ์ ก.พ "
    "veljače veljača februara фебруара фебруар februarja februára "
    "vasario februāris februārī veebruar pebrero febrer فروری "
    "பிப்ரவரி ഫെബ്രുവരി ఫిబ్రవరి ಫೆಬ್ರವರಿ ફેબ્રુઆરી फेब्रुवारी ਫ਼ਰਵਰੀ फेब्रुअरी ဖေဖော်ဝါရီ "
    "កុម្ភៈ ፌብሩዋሪ თებერვალი փետրվարի",
    "march mar mars märz maerz marzo março maart marts maret "
    "марта март березня marca marzec března mart martie március maaliskuuta "
    "μαρτίου مارس "
    "मार्च মার্চ mac machi آذار מרץ במרץ มีนาคม มี.ค "
    "ožujka ožujak marta marec kovo martā märts marso març مارچ "
    "மார்ச் മാർച്ച് మార్చి ಮಾರ್ಚ್ માર્ચ मार्च ਮਾਰਚ မတ် មីនា ማርች მარტი մարտի",
    "april apr avril avr abril aprile "
    "апреля апрель квітня kwietnia kwiecień dubna nisan aprilie április huhtikuuta "
    "απριλίου أبريل "
    "अप्रैल এপ্রিল aprili نيسان أفريل אפריל באפריל เมษายน เม.ย "
    "travnja travanj aprila априла април apríla balandžio aprīlis aprīlī aprill اپریل "
    "ஏப்ரல் ഏപ്രിൽ ఏప్రిల్ ಏಪ್ರಿಲ್ એપ્રિલ एप्रिल ਅਪ੍ਰੈਲ अप्रिल ဧပြီ មេសា ኤፕሪል აპრილი ապրիլի",
    "may mai mayo maggio maio mei maj "
    "мая май травня maja května mayıs mayis május toukokuuta μαΐου مايو "
    "मई মে أيار ماي מאי במאי พฤษภาคม พ.ค "
    "svibnja svibanj маја мај mája gegužės maijs maijā maig مئی "
    "மே മേയ് మే ಮೇ મે मे ਮਈ မေ ឧសភា ሜይ მაისი մայիսի",
    "june jun juin juni junio giugno junho "
    "июня июнь червня czerwca czerwiec června haziran iunie június kesäkuuta "
    "ιουνίου يونيو "
    "जून জুন حزيران جوان يونيه יוני ביוני มิถุนายน มิ.ย "
    "lipnja lipanj juna јуна јун junija júna birželio jūnijs jūnijā juuni hunyo juny جون "
    "ஜூன் ജൂൺ జూన్ ಜೂನ್ જૂન जून ਜੂਨ जुन ဇွန် មិថុនា ጁን ივნისი հունիսի",
    "july jul juillet juil juli julio luglio lug julho "
    "июля июль липня lipca lipiec července temmuz iulie július heinäkuuta "
    "ιουλίου يوليو "
    "जुलाई জুলাই julai تموز جويلية يوليه יולי ביולי กรกฎาคม ก.ค "
    "srpnja srpanj jula јула јул julija júla liepos jūlijs jūlijā juuli hulyo juliol جولائی "
    "ஜூலை ജൂലൈ జులై ಜುಲೈ જુલાઈ जुलै ਜੁਲਾਈ जुलाई ဇူလိုင် កក្កដា ጁላይ ივლისი հուլիսի",
    "august aug août aout agosto ago augustus augusti agustus "
    "августа август серпня sierpnia sierpień srpna ağustos agustos "
    "augusztus elokuuta αυγούστου أغسطس "
    "अगस्त আগস্ট ogos agu ags agosti آب أوت אוגוסט באוגוסט สิงหาคม ส.ค "
    "kolovoza kolovoz avgusta августа avgust rugpjūčio augusts augustā agost اگست "
    "ஆகஸ்ட் ഓഗസ്റ്റ് ఆగస్టు ಆಗಸ್ಟ್ ઑગસ્ટ ऑगस्ट ਅਗਸਤ अगस्ट ဩဂုတ် សីហា ኦገስት აგვისტო օգոստոսի",
    "september sep sept septembre septiembre settembre set setembro "
    "сентября сентябрь вересня września wrzesień září eylül eylul septembrie "
    "szeptember syyskuuta σεπτεμβρίου سبتمبر "
    "सितंबर सितम्बर সেপ্টেম্বর septemba أيلول ספטמבר בספטמבר กันยายน ก.ย "
    "rujna rujan septembra септембра septembar септембар rugsėjo septembris septembrī "
    "setyembre setembre ستمبر "
    "செப்டம்பர் സെപ്റ്റംബർ సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ સપ્ટેમ્બર सप्टेंबर ਸਤੰਬਰ सेप्टेम्बर "
    "စက်တင်ဘာ កញ្ញា ሴፕቴምበር სექტემბერი սեպտեմբերի",
    "october oct octobre oktober okt octubre ottobre ott outubro "
    "октября октябрь жовтня października październik října ekim octombrie "
    "október lokakuuta οκτωβρίου أكتوبر "
    "अक्टूबर अक्तूबर অক্টোবর oktoba تشرين_الأول אוקטובר באוקטובר ตุลาคม ต.ค "
    "oktobra октобра oktobar октобар októbra spalio oktobris oktobrī oktoober oktubre اکتوبر "
    "அக்டோபர் ഒക്‌ടോബർ ഒക്ടോബർ అక్టోబర్ ಅಕ್ಟೋಬರ್ ઑક્ટોબર ऑक्टोबर ਅਕਤੂਬਰ अक्टोबर အောက်တိုဘာ "
    "តុលា ኦክቶበር ოქტომბერი հոկտեմբերի",
    "november nov novembre noviembre novembro "
    "ноября ноябрь листопада listopada listopad listopadu kasım kasim noiembrie "
    "marraskuuta νοεμβρίου نوفمبر "
    "नवंबर नवम्बर নভেম্বর novemba تشرين_الثاني נובמבר בנובמבר พฤศจิกายน พ.ย "
    "studenoga studenog studeni novembra новембра novembar новембар lapkričio novembris "
    "novembrī nobyembre نومبر "
    "நவம்பர் നവംബർ నవంబర్ ನವೆಂಬರ್ નવેમ્બર नोव्हेंबर ਨਵੰਬਰ नोभेम्बर နိုဝင်ဘာ វិច្ឆិកា ኖቬምበር "
    "ნოემბერი նոյեմբերի",
    "december dec décembre decembre dezember dez diciembre dic dicembre dezembro "
    "desember декабря декабрь грудня grudnia grudzień prosince aralık aralik "
    "decembrie joulukuuta δεκεμβρίου ديسمبر "
    "दिसंबर दिसम्बर ডিসেম্বর des disember desemba كانون_الأول דצמבר בדצמבר ธันวาคม ธ.ค "
    "prosinca prosinac decembra децембра decembar децембар gruodžio "
    "decembris decembrī detsember disyembre desembre دسمبر "
    "டிசம்பர் ഡിസംബർ డిసెంబర్ ಡಿಸೆಂಬರ್ ડિસેમ્બર डिसेंबर ਦਸੰਬਰ डिसेम्बर ဒီဇင်ဘာ ធ្នូ ዲሴምበር "
    "დეკემბერი դեկտեմբերի",
)


_ABBREVIATED_TEXT = (
    "sty oca ian янв січ яну јан sij saus jaan ιαν led tammi tammik",
    "lut şub fev февр фев лют феб velj vas veebr φεβ úno febr helmi helmik",
    "mär mrz mrt мар бер ožu kov μαρ μάρ bře márc maalis maalisk",
    "abr kwi nis dub апр квіт tra bal απρ ápr huhti huhtik",
    "mag kvě трав svi geg μαΐ μάι máj touko toukok",
    "giu cze haz iun čvn июн черв юни birž ιουν ιούν jún kesä kesäk jūn",
    "tem iul čvc июл юли liep ιουλ ιούλ lip лип júl jūl heinä heinäk",
    "sie ağu srp авг серп kol rugp ogo αυγ αύγ avg elo elok",
    "wrz eyl сент сен вер сеп ruj rugs σεπ zář szept syys syysk",
    "out paź eki říj жовт spal οκτ окт loka lokak",
    "kas lis нояб ноя лист ное нов stu lapkr νοε νοέ marras marrask",
    "déc gru ara pro дек груд дец gruod dets dis δεκ joulu jouluk",
)
"""Abbreviated month names as CLDR writes them (format and stand-alone) in the languages
of `_MONTHS_TEXT` whose abbreviations are not the names' first letters already listed
there: a forum's or a news site's short date ("Di 5. Mär 2024", "7 déc. 2024", "3 мар.
2024", "12 Haz 2024"); `tests/test_metadata_multilingual.py` checks them against babel's.
Croatian's own (lis October, lip June, srp July) are left out: Czech and Polish name other
months so."""


CLDR_LOCALES = ("ta", "ml", "te", "kn", "gu", "mr", "pa", "ne", "my", "km", "am", "ka", "hy")
"""Languages whose months are read as CLDR writes them (the wide names of the format
context, with and without a zero-width non-joiner): the languages of India, Nepal, Myanmar,
Cambodia, Ethiopia, Georgia and Armenia."""


def _unaccented(name: str) -> set[str]:
    """A Greek month's name as capitals write it, without the tonos ("ΔΕΚΕΜΒΡΙΟΥ" lowers to
    "δεκεμβριου"), with or without the diaeresis ("ΜΑΪΟΥ", "ΜΑΙΟΥ")."""
    if not "\u0370" <= name[0] <= "\u03ff":
        return set()
    bare = unicodedata.normalize("NFD", name).replace("\u0301", "")
    return {unicodedata.normalize("NFC", form) for form in (bare, bare.replace("\u0308", ""))}


MONTHS: dict[str, int] = {}
for _number, _names in enumerate(_MONTHS_TEXT, start=1):
    for _name in f"{_names} {_ABBREVIATED_TEXT[_number - 1]}".split():
        for _form in {_name, *_unaccented(_name)}:
            MONTHS[_form.replace("_", " ")] = _number
BUDDHIST = frozenset(name for name in MONTHS if "\u0e00" <= name[0] <= "\u0e7f")
"""Thai month names (Thai script): a year written with them from `BUDDHIST_FROM` on
counts from the Buddha, 543 years ahead ("4 ธันวาคม 2569" is 4 December 2026)."""
BUDDHIST_FROM = 2400
BUDDHIST_OFFSET = 543
_WEEKDAYS_TEXT = """
monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat
sunday sun montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sa sonntag so
lundi lun mardi mar mercredi mer jeudi jeu vendredi ven samedi sam dimanche dim
lunes martes miércoles miercoles jueves viernes sábado sabado domingo lunedì martedì
mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta sexta
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
"""
WEEKDAYS = frozenset(_WEEKDAYS_TEXT.split())
"""Weekday names and abbreviations of the same languages: a date line's first word ("Sat,
20 Dec 2025"), never a name."""
MONTH_PATTERN = "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for name in sorted(MONTHS, key=len, reverse=True)
)
"""A regex alternative of every month name in `MONTHS`, longest first."""
_MONTH = MONTH_PATTERN
_TIME = (
    r"(?:\s*(?:,|at|um|à|a las|alle|às|-|–|\|)?\s*(?P<H>\d{1,2})[:.h](?P<M>\d{2})"
    r"(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"
    rf"(?:\s*(?P<z>{TEXT_ZONE})\b)?"
)
_ERA = r"[พค]\.\s?ศ\."
"""A Thai year's era before it: "พ.ศ." (Buddhist, `BUDDHIST`) or "ค.ศ." (Christian)."""
_TEXTUAL = (
    re.compile(
        rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s+(?:of\s+|de\s+|d['’])?"
        rf"(?P<mon>{_MONTH})\.?(?:\s*[/(]\s*(?P<mon2>{_MONTH})\s*\)?)?,?"
        rf"\s+(?:de\s+|{_ERA}\s*)?(?P<y>\d{{4}}){_TIME}",
        re.IGNORECASE,
    ),
    # C's ctime and Unix `date`, as mail archives print a message's date: "Tue Jul 15
    # 09:12:44 EDT 2008" (the time between the day and the year; a zone's letters, if any,
    # say no offset that is sure, and are passed over)
    re.compile(
        rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})\s+(?P<H>\d{{1,2}}):(?P<M>\d{{2}})"
        r"(?::(?P<S>\d{2}))?(?:\s+[a-z]{2,5})?\s+(?P<y>\d{4})\b",
        re.IGNORECASE,
    ),
    # year first, as bibliographic records ("2023 Jan 7"), Hungarian ("2026. december
    # 4.") and Lithuanian ("2026 m. gruodžio 4 d.") write it
    re.compile(
        rf"\b(?P<y>\d{{4}})\.?\s+(?:m\.\s+)?(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})"
        r"\b(?![:.]\d)",
        re.IGNORECASE,
    ),
    # Latvian: "2026. gada 4. decembris"
    re.compile(
        rf"\b(?P<y>\d{{4}})\.\s+gada\s+(?P<d>\d{{1,2}})\.\s+(?P<mon>{_MONTH})\b", re.IGNORECASE
    ),
)
_YEAR = re.compile(r"\d{4}")
SOLAR_HIJRI_MONTHS = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)
"""The months of the Persian (Solar Hijri) calendar, Iran's and Afghanistan's civil one, in
order: "۱۳ آذر ۱۴۰۵" is 4 December 2026."""
SOLAR_HIJRI_YEARS = range(1300, 1500)
"""Solar Hijri years read (1921-2121 in the Gregorian calendar)."""
_SOLAR_HIJRI = re.compile(
    rf"(?<!\w)(?P<d>\d{{1,2}})\s*(?P<mon>{'|'.join(SOLAR_HIJRI_MONTHS)})"
    rf"(?:[\s\u200c]?ماه)?(?!\w)\s*(?P<y>\d{{4}})(?!\d)"
)
"""A Solar Hijri date, the month's name alone or with the word "month" ("۱۵ آذر ۱۴۰۳",
"۱۵ آذرماه ۱۴۰۳", "۱۵ دی‌ماه ۱۴۰۳")."""
_WRITTEN = (*_TEXTUAL, _SOLAR_HIJRI)
"""Every form of a date written with its month's name."""
_MONTH_FIRST_TAIL = re.compile(r"\s\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}", re.IGNORECASE)
"""The day and year after the month's name in the month-first form (`_TEXTUAL[0]`), which
every match of it holds: a text without them is not searched with that form. Its hundreds of
month names are tried at every word boundary, case-insensitively, which made it five times
as slow as the other forms together (most short lines with a year have no such day)."""
_CTIME_TAIL = re.compile(r"\d\s+\d{1,2}:\d{2}")
"""The day and the time after the month's name in C's ctime form (`_TEXTUAL[2]`), which
every match of it holds. That form, too, tries its month names at every word boundary: it
took four fifths of `has_written_date`'s time on the dev pages' item labels, where hardly
any line holds a time after a day."""
_NEEDED: dict[int, re.Pattern[str]] = {
    id(_TEXTUAL[0]): _MONTH_FIRST_TAIL, id(_TEXTUAL[2]): _CTIME_TAIL,
}
"""Per slow pattern, a quick one that finds a part of its every match. Keyed by the
pattern's identity: a compiled pattern's hash (and its equality) reads its whole compiled
code, 57-116 KB for these alternations of month names, on every lookup, which cost more
than most searches it guards."""


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, not run where the part it needs (`_NEEDED`) is missing."""
    needed = _NEEDED.get(id(pattern))
    if needed is not None and needed.search(text) is None:
        return None
    return pattern.search(text)


ERA_YEAR = "年"
"""The year sign of a Japanese era date, which has no four-digit year."""
_ERAS = {"令和": 2018, "平成": 1988}
"""Japanese eras by the year before their first: "令和8年" is 2026, "元年" the first."""
_ERA_DATE = re.compile(
    r"(?P<era>令和|平成)\s*(?P<n>\d{1,2}|元)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})"
    r"\s*日"
)
_VIETNAMESE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm|\s*,)?\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
"""A Vietnamese written date: "ngày 4 tháng 12 năm 2026", "4 tháng 12, 2026"."""
_NUMERIC_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}){_TIME}")
_CLOCK = (
    r"(?:\s*(?:\([^)]{1,3}\)|（[^）]{1,3}）))?"  # a weekday in brackets: "（金）", "(월)"
    r"(?:[T\s]*(?P<H>\d{1,2})\s*[:時시]\s*(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    rf"(?:\s*(?P<z>{TEXT_ZONE})\b)?"
)
_NUMERIC_YMD = (
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})"
        r"\s*[日일]?" + _CLOCK
    ),
    re.compile(
        r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?:(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
        r"|\.(?P<m2>[01]\d)\.(?P<d2>[0-3]\d))(?![\d.]*\d)" + _CLOCK
    ),
    re.compile(
        r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.\s(?P<m>1[0-2]|0?[1-9])\.\s(?P<d>3[01]|[12]\d|0?[1-9])"
        r"\.(?!\d)" + _CLOCK
    ),
)
"""Dates written year first in a line of text: "2026年12月4日 10時15分" (Chinese,
Japanese), "2026년 12월 4일", "입력 2026.12.04 10:15", "2026. 12. 4." (Korean),
"2026/12/04". Year first, the order is never in doubt. With dots, month and day take two
digits each, as those dates print them ("2024.1.2" is a version number), or a space after
each dot and one after the day, as Korean writes them."""


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """The text as the patterns here read it: composed (NFC: a page written decomposed,
    "tha\u0301ng", reads as the listed "tháng"), and with every decimal digit written as its
    ASCII one: "２０２４年１２月５日" (full-width), "۱۵ آذر ۱۴۰۳" (Persian), "๕ ธันวาคม ๒๕๖๗"
    (Thai). The patterns match any script's digits with `\\d`, but their guards of a year
    ("19" or "20") and a month ("[01]") are ASCII."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), composed(text))


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    offset = _OFFSET.search(text)
    if offset is None:  # "Z", "UTC", "GMT"
        return UTC
    sign = -1 if offset["sign"] == "-" else 1
    hours, minutes = int(offset["h"]), int(offset["m"] or 0)
    if hours > 14 or minutes > 59:
        raise ValueError("offset out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _build(
    y: str, m: int | str, d: str, parts: dict[str, str | None], now: datetime
) -> When | None:
    try:
        day = date(int(y), int(m), int(d))
        if parts.get("H") is None:
            result: When = day
        else:
            hour = int(parts["H"] or 0)
            ampm = (parts.get("ampm") or "").lower().replace(".", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            fraction = (parts.get("f") or "0")[:6].ljust(6, "0")
            result = datetime(
                day.year, day.month, day.day, hour, int(parts.get("M") or 0),
                int(parts.get("S") or 0), int(fraction), tzinfo=_zone(parts.get("z")),
            )
    except (ValueError, OverflowError):
        return None
    return result if plausible(result, now) else None


def aware(value: datetime) -> datetime:
    """`value` with its zone, a naive one read as UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def plausible(value: When, now: datetime | None = None) -> bool:
    """Between `EARLIEST_YEAR` and now (plus `FUTURE_SLACK`)."""
    now = now or datetime.now(UTC)
    if value.year < EARLIEST_YEAR:
        return False
    latest = aware(now) + FUTURE_SLACK
    if isinstance(value, datetime):
        return aware(value) <= latest
    return value <= latest.astimezone(UTC).date()


def parse_date(text: object, now: datetime | None = None) -> When | None:
    """A machine-written date (ISO 8601, RFC 2822, compact) or a written one ("April 8, 2025").

    Returns None for anything unreadable or implausible; never raises.
    """
    if not isinstance(text, str):
        return None
    text = " ".join(ascii_digits(text).split())
    if not text or len(text) > MAX_LENGTH:
        return None
    now = now or datetime.now(UTC)
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        parts = match.groupdict()
        return _build(parts["y"], parts["m"], parts["d"], parts, now)
    if re.match(r"^\s*[A-Za-z]{3},\s+\d", text):
        try:
            rfc = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            rfc = None
        if rfc is not None and plausible(rfc, now):
            return rfc
    return parse_written_date(text, now)


def has_written_date(text: str) -> bool:
    """Whether `text` holds a date written with its month's name, in any of the languages
    of `MONTHS` ("Tue Mar 01, 2024", "3. März 2024"), without reading it. Each form holds
    a year of four digits, looked for first (a month's name is one of hundreds)."""
    return _YEAR.search(text) is not None and any(_search(p, text) for p in _WRITTEN)


RANGE_MARK = re.compile(r" ?[–—~～〜] ?| - ")
"""What joins the two days of a span, in a line whose spaces are single: a dash (a hyphen
only with spaces, as an ISO date holds hyphens) or a tilde, in any language."""
RANGE_DAY = re.compile(r"(?<!\w)(?:0?[1-9]|[12]\d|3[01])(?!\w)")
"""A day of the month standing alone in a span's first part ("15 marzo", "March 15",
"15.03."): not a figure with a unit ("46m - Dec 15, 2025" is an episode's length and day)."""
RANGE_START_CHARS = 24
"""The longest first day of a span ("Donnerstag, 15. September"): longer, it is a line's
other text before a date ("Vienna — March 3, 2025" holds no figure before its dash)."""


def day_range(text: str, now: datetime | None = None) -> bool:
    """Whether a short line is a span of days, an exhibition's, an event's or a course's:
    "15 marzo – 20 luglio 2025", "15.03.–20.07.2025", "3 – 5 June 2025": a first part
    holding a day of the month, a dash or a tilde, a written date. Its last day, which
    `parse_written_date` reads from it, is not the day the page was published. A time's
    span on one day ("3 March 2025, 10:00 – 12:00") and a labelled pair ("Published … –
    Updated …") are not spans of days."""
    if len(text) > MAX_LENGTH or ":" in text or PUBLISHED.search(text) or UPDATED.search(text):
        return False
    parts = RANGE_MARK.split(" ".join(text.split()), maxsplit=1)
    if len(parts) != 2:
        return False
    start, end = parts
    return (
        0 < len(start) <= RANGE_START_CHARS
        and RANGE_DAY.search(start) is not None
        and parse_written_date(end, now) is not None
    )


def parse_written_date(text: str, now: datetime | None = None) -> When | None:
    """The first date written out in a short text ("Posted April 08, 2025 at 3:46 PM"), in
    any script's digits (`ascii_digits`)."""
    now = now or datetime.now(UTC)
    text = ascii_digits(text)
    if ERA_YEAR in text and (era := _ERA_DATE.search(text)):
        n = era.group("n")
        year = _ERAS[era.group("era")] + (1 if n == "元" else int(n))
        return _build(str(year), era.group("m"), era.group("d"), {}, now)
    if not _YEAR.search(text):
        return None  # every pattern below needs a four-digit year: skip their long alternations
    if solar := _SOLAR_HIJRI.search(text):
        return _from_solar_hijri(solar, now)
    for pattern in _TEXTUAL:
        match = _search(pattern, text)
        if match:
            parts = match.groupdict()
            name = " ".join(match.group("mon").lower().rstrip(".").split())
            month = month_number(name)
            if month is None or (parts.get("mon2") and month_number(
                " ".join(parts["mon2"].lower().split())) != month):
                continue  # "5 ديسمبر/كانون الأول 2024": both names of one month
            year = int(parts["y"])
            if name in BUDDHIST and year >= BUDDHIST_FROM:
                year -= BUDDHIST_OFFSET
            return _build(str(year), month, parts["d"], parts, now)
    for numeric in (_NUMERIC_DMY, *_NUMERIC_YMD, _VIETNAMESE):
        match = numeric.search(text)
        if match:
            parts = match.groupdict()
            written_month = parts["m"] or parts.get("m2") or ""
            written_day = parts["d"] or parts.get("d2") or ""
            return _build(parts["y"], written_month, written_day, parts, now)
    return None


def month_number(name: str) -> int | None:
    """The month a name matched case-insensitively names (`MONTHS`), in lower case. A
    name whose lower case is not the one listed is looked up as the pattern matched it:
    Turkish "NİSAN" lowers to "ni̇san", with a combining dot above the "i"."""
    month = MONTHS.get(name)
    if month is None:
        month = MONTHS.get(name.replace("\u0307", ""))
    if month is None:
        month = next((n for key, n in MONTHS.items()
                      if re.fullmatch(re.escape(key), name, re.IGNORECASE)), None)
    return month


def _from_solar_hijri(match: re.Match[str], now: datetime) -> When | None:
    """A Solar Hijri date as the Gregorian day it is, converted by jdatetime (the
    `calendars` extra, `pip install 'newsclean[calendars]'`); None without it."""
    year = int(match.group("y"))
    if year not in SOLAR_HIJRI_YEARS:
        return None
    try:
        import jdatetime
    except ImportError:
        return None
    month = SOLAR_HIJRI_MONTHS.index(match.group("mon")) + 1
    try:
        day = jdatetime.date(year, month, int(match.group("d"))).togregorian()
    except (ValueError, OverflowError):
        return None
    return _build(str(day.year), day.month, str(day.day), {}, now)


def day_of(value: When) -> date:
    """The calendar day of a date or datetime, as written (no zone conversion)."""
    return value.date() if isinstance(value, datetime) else value


def clock_day(value: When, now: datetime) -> bool:
    """Whether a printed date may be a masthead's clock or a crawl's stamp rather than a
    story's: the day of `now` (the fetch), printed without a time of day. A site's header
    prints today's date, and a story published the day it is fetched prints its hour as
    often as not; which of the two a day is, its place on the page tells
    (`visible`, `pagedate`)."""
    return not isinstance(value, datetime) and value == now.date()


def later(a: When, b: When) -> bool:
    """Whether `a` is after `b`, comparing instants when both carry a zone, else days."""
    same_kind = isinstance(a, datetime) and isinstance(b, datetime)
    if same_kind and (a.tzinfo is None) == (b.tzinfo is None):  # type: ignore[union-attr]
        return a > b
    return day_of(a) > day_of(b)
