"""Promo and paywall clutter inside an extracted body: ads labels, sign-in prompts, share bars.

Whatever the markup, such blocks are short and say one of a few calls to action. They are
recognised by generic signals, never by a site's class names:

- wording: the whole block is a call to action from `CALLS_TO_ACTION` (data, by language);
- links: a short block that is nearly all link text at the edges of the body (`is_link_clutter`),
  unless the body is itself a list of such links (a listing's linked titles);
- position: a "Related articles"-style heading late in the body starts a tail of teasers
  (`SECTION_STARTS`), which goes with it.
- a counter of the page's readers alone on a line ("1843 Accesses", "12 views":
  `COUNTERS`, by language), wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from newsclean.normalize.text import CaseBlind, Words, fold, more_words_than
from newsclean.normalize.wiredata import alternation

# Whole-block calls to action, by language; matched in full, case-insensitively, against the
# block text with surrounding punctuation removed. Open to more languages: add a key.
CALLS_TO_ACTION: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:paid\s)?advertisements?|advertising|adverts?|ad|sponsored(?:\scontent)?",
        # an advertiser's slot: "ADVERTISEMENT – Star Tours"
        r"(?:advertisement|advert|sponsored)\s?[–—-]\s?[\w'’&.,\s]{1,40}",
        # a teaser's label and its title: "Read more: Profit falls", "Related post: …"
        r"(?:related(?:\s(?:post|article|story|stories|posts|articles|reading))?|read\s(?:more|"
        r"also|next)|see\salso)\s?:\s.{1,120}",
        r"don'?t\smiss|explore\sfurther",
        r"(?:like\s)?loading(?:\.{3}|…)?",  # a widget's placeholder
        # a shop tile's or a teaser card's buttons
        r"quick\sview(?:\sview\soptions)?|view\soptions|add\sto\s(?:compare|wish\s?list|cart|bag|basket)",
        r"read\s(?:the\s)?full\s(?:story|article|review)(?:\s?[→»>])?|read\sthe\s(?:review|story|article)",
        r"(?:story|article)\scontinues\sbelow(?:\s(?:this\s)?(?:advertisement|ad))?",
        r"skip\s(?:advertisement|ad)",  # a link over an ad to the text after it
        r"scroll\s(?:down\s)?to\scontinue(?:\swith\scontent|\sreading)?",
        r"continue\sreading(?:\sbelow|\sthe\smain\sstory)?",
        # an aggregator's link to the reprinted story's publisher: "Continue reading on X"
        r"(?:continue|keep)\sreading(?:\s(?:this|the)\s(?:story|article))?\s(?:on|at)\s"
        r"[\w'’&.,\s-]{1,60}",
        r"read\sthe\s(?:full|original|rest\sof\sthe)\s(?:story|article)\s(?:on|at)\s"
        r"[\w'’&.,\s-]{1,60}",
        # a button to a part of the same page: "Jump to Recipe", "Jump To Details"
        r"jump\sto(?:\sthe)?\s(?:recipe|review|details|video|comments?|content|section)",
        r"access\sthis\sarticle\sfor\sfree",
        r"(?:already\shave\san\saccount|already\sa\s(?:subscriber|member))\??\s?"
        r"(?:sign|log)\s?in(?:\shere)?",
        r"(?:sign|log)\s?in(?:\sto\s(?:continue|read\smore|comment|your\saccount))?",
        r"(?:create\s(?:a\sfree|an)\saccount|register(?:\snow)?(?:\sfor\sfree)?)",
        r"subscribe(?:\snow|\stoday|\shere)?",
        r"subscribe\sto\s(?:continue|keep)\sreading",
        r"(?:subscribe|sign\sup)\s(?:for|to)\s(?:our|the|a\sfree)\s[\w'’ +-]{0,40}?"
        r"newsletters?(?:\shere|\stoday|\snow)?"
        r"(?:\s(?:to\s(?:get|receive)|for)\s[\w'’ ,-]{1,60})?",  # "... to get the news daily"
        r"get\s(?:our|the)\s[\w'’ +-]{0,40}?newsletters?(?:\s[\w'’ ]{0,40})?",
        r"sign\sup(?:\snow|\stoday|\shere)?",
        r"(?:newsletter|email)\ssign[\s-]?up",
        r"share(?:\sthis)?(?:\sarticle|\sstory|\spost|\spage)?(?:\s(?:on|via)\s\w{1,20})?",
        r"(?:share|tweet|email|print|save)(?:\s(?:this|the)\s(?:article|story|page))?",
        r"(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|pinterest|reddit|print|"
        r"copy\slink|messenger|telegram|flipboard)(?:[\s|·,/]{1,3}(?:facebook|twitter|x|"
        r"email|e-mail|whatsapp|linkedin|pinterest|reddit|print|copy\slink|messenger|"
        r"telegram|flipboard)){0,12}",
        r"related(?:\sarticles|\sstories|\sposts|\scontent|\scoverage|\snews|\stopics)?",
        r"(?:read|see)\salso|read\snext|read\smore(?:\sstories|\sarticles|\snews)?",
        r"more\s(?:stories|articles|news)(?:\s(?:from|like\sthis|on)\s[\w'’ ]{1,40})?",
        r"you\s(?:may|might)\s(?:also\s)?(?:like|enjoy|be\sinterested\sin)",
        r"recommended(?:\sfor\syou|\sstories|\sreading|\sarticles)?",
        r"most\s(?:read|popular|viewed|shared)(?:\sstories|\sarticles)?",
        r"trending(?:\snow|\sstories)?",
        r"click\shere\sto\s[\w'’ ]{1,40}",
        r"leave\sa\s(?:comment|reply)|comments?(?:\s\(\d{1,6}\))?|show\scomments",
        r"follow\sus(?:\son\s[\w, ]{1,40})?",
        r"download\s(?:the|our)\s[\w'’ ]{0,30}app(?:\s[\w'’ ]{0,30})?",
        r"this\s(?:article|story|content)\sis\s(?:for|available\sto|only\sfor)\s"
        r"(?:paid\s)?(?:subscribers|members)(?:\sonly)?",
        r"listen\sto\s(?:this|the)\s(?:article|story)(?:\s\d{1,3}\smin)?",
        # photo galleries: "1 / 5", "Back to Gallery", "View gallery"
        r"\d{1,3}\s?(?:/|of)\s?\d{1,3}",
        r"(?:back\sto|view|open|see|launch|start)\s(?:the\s)?(?:photo\s)?(?:gallery|slideshow)",
        r"(?:next|previous|prev)(?:\s(?:photo|image|slide|article|story))?",
        # a thread's prompt under its last post (XenForo, Stack Exchange, Invision, Lemmy,
        # Vanilla): "You must log in or register to reply here."
        r"(?:(?:you\s(?:must|need\sto|have\sto)|please)\s)?(?:be\s)?(?:log\s?(?:in|on)|"
        r"sign\s?(?:in|up)|logged\sin|signed\sin|register|be\sa\smember)(?:\s(?:or|and)\s"
        r"\S{1,20}(?:\s(?:up|in))?)?\s(?:in\sorder\s)?to\s(?:reply|answer|post|comment|respond|leave\sa\s"
        r"(?:comment|reply))(?:\s(?:here|this\squestion|to\sthis\s(?:topic|thread|question|"
        r"post|discussion)))?",
        r"you\s(?:must|need\sto)\sbe\sa\smember\s(?:in\sorder\s)?to\s(?:reply|post|comment|"
        r"leave\sa\s(?:comment|reply))(?:\shere)?",
    ),
    "de": (
        r"(?:du\smusst\sdich|sie\smüssen\ssich)\s(?:anmelden|einloggen)(?:\soder\s"
        r"registrieren)?,?\sum\s(?:hier\s)?(?:zu\santworten|antworten\szu\skönnen|"
        r"(?:einen\s)?beitrag\szu\s(?:schreiben|verfassen))",
        r"anzeige|werbung",
        r"weiterlesen|mehr\szum\sthema|das\skönnte\ssie\sauch\sinteressieren",
        r"(?:jetzt\s)?weiterlesen\s(?:auf|bei)\s[\w'’&.,\s-]{1,60}",
        r"(?:mehr\s)?ähnliche\s(?:nachrichten|artikel|beiträge)|lesen\ssie\sauch(?::\s.{1,120})?",
        r"artikel\steilen|teilen",
        r"newsletter\sabonnieren|jetzt\sabonnieren",
        # a paywall's prompt
        r"dieser\s(?:artikel|beitrag|inhalt)\sist\s(?:nur\s|exklusiv\s)?für\s(?:abonnenten|"
        r"abonnentinnen\sund\sabonnenten)(?:\s(?:verfügbar|bestimmt|reserviert))?",
        r"(?:jetzt\s)?weiterlesen\smit\s[\w+ ]{1,30}|(?:jetzt\s)?abonnieren\sund\sweiterlesen",
    ),
    "fr": (
        r"publicité",
        r"vous\sdevez\s(?:vous\sconnecter|être\sconnecté)(?:\sou\svous\sinscrire)?\s"
        r"pour\s(?:répondre|poster|commenter)(?:\sici)?",
        r"lire\saussi|à\slire\saussi|lire\sla\ssuite",
        r"lire\sla\ssuite(?:\sde\sl'article)?\ssur\s[\w'’&.,\s-]{1,60}",
        r"partager(?:\scet\sarticle)?",
        r"abonnez-vous|s'abonner",
        r"cet\sarticle\sest\sréservé\saux\sabonnés|la\ssuite\sest\sréservée\saux\sabonnés",
        r"il\svous\sreste\s\d{1,3}\s?%\sde\scet\sarticle\sà\slire",
        r"abonnez-vous\spour\slire\sla\ssuite(?:\sde\scet\sarticle)?",
    ),
    "es": (
        r"publicidad",
        r"debes\s(?:iniciar\ssesión|identificarte|conectarte)(?:\so\sregistrarte)?\s"
        r"para\s(?:responder|publicar|comentar)(?:\saquí)?",
        r"lee\stambién|leer\smás|te\spuede\sinteresar|noticias?\srelacionadas?",
        r"compartir(?:\sesta\snoticia)?",
        r"suscríbete",
        r"(?:este\s)?contenido\s(?:es\s)?exclusivo\spara\ssuscriptores",
        r"suscríbete\spara\s(?:seguir|continuar)\sleyendo",
        r"(?:sigue|seguir|continúa|continuar)\sleyendo\sen\s[\w'’&.,\s-]{1,60}",
    ),
    "zh": (r"正在加载(?:中)?(?:\.{3}|…)?", r"广告", r"分享(?:到)?", r"阅读全文|继续阅读"),
    "ru": (r"реклама", r"читайте\sтакже", r"поделиться", r"подписаться"),
    "uk": (r"реклама", r"читайте\sтакож", r"поділитися", r"підписатися"),
    # an ad's label, a share button, a subscription prompt, "continue reading"
    "it": (r"pubblicità", r"condividi(?:\sl'articolo)?", r"iscriviti(?:\salla\snewsletter)?",
           r"abbonati", r"continua\sa\sleggere",
           r"continua\sa\sleggere\ssu\s[\w'’&.,\s-]{1,60}",
           r"(?:questo\sarticolo\sè\s|contenuto\s)riservato\sagli\sabbonati",
           r"abbonati\sper\s(?:continuare\sa\sleggere|leggere\stutto)"),
    "pt": (r"publicidade", r"compartilhe|partilhar|compartilhar", r"assine(?:\sjá)?",
           r"continue\slendo|continuar\sa\sler",
           r"(?:continue|continuar)\s(?:lendo|a\sler)\s(?:em|no|na)\s[\w'’&.,\s-]{1,60}",
           r"(?:este\s)?conteúdo\s(?:é\s)?exclusivo\spara\sassinantes",
           r"assine\spara\s(?:continuar\slendo|ler\sa\smatéria\scompleta)"),
    "nl": (r"advertentie", r"deel(?:\sdit\sartikel)?|delen", r"abonneer(?:\snu)?",
           r"lees\sverder", r"dit\sartikel\sis\salleen\svoor\sabonnees",
           r"lees\sverder\smet\s[\w+ ]{1,30}"),
    "pl": (r"reklama", r"udostępnij", r"subskrybuj", r"czytaj\sdalej"),
    "cs": (r"reklama", r"sdílet", r"číst\sdál"),
    "tr": (r"reklam", r"paylaş", r"abone\sol", r"devamını\soku"),
    "sv": (r"annons", r"dela(?:\sartikeln)?", r"prenumerera", r"läs\svidare"),
    "da": (r"annonce", r"del(?:\sartiklen)?", r"abonner"),
    "no": (r"annonse", r"del(?:\ssaken)?", r"abonner"),
    "fi": (r"mainos", r"jaa", r"tilaa"),
    "el": (r"διαφήμιση", r"κοινοποίηση"),
    "ro": (r"publicitate", r"distribuie", r"abonează-te"),
    "hu": (r"hirdetés", r"megosztás"),
    "id": (r"iklan", r"bagikan", r"berlangganan", r"baca\sselengkapnya"),
    "vi": (r"quảng\scáo", r"chia\ssẻ"),
    "ar": (r"إعلان", r"شارك", r"اشترك"),
    "he": (r"פרסומת", r"שתפו|שתף"),
    "ja": (r"広告", r"シェア(?:する)?", r"続きを読む", r"購読する"),
    "ko": (r"광고", r"공유(?:하기)?", r"구독(?:하기)?", r"더\s?보기"),
    "hi": (r"विज्ञापन", r"शेयर\sकरें", r"सब्सक्राइब\sकरें"),
    "bn": (r"বিজ্ঞাপন", r"শেয়ার\sকরুন"),
    "th": (r"โฆษณา", r"แชร์"),
    "fa": (r"تبلیغات", r"اشتراک\sگذاری"),
    "ur": (r"اشتہار",),
    "ta": (r"விளம்பரம்", r"பகிர்(?:க|வும்)"),
    "ml": (r"പരസ്യം", r"ഷെയർ\sചെയ്യുക"),
}
# The label of a teaser set inside a story ("Lire aussi : <a>…</a>"), by language: a block
# that is the label alone, or the label, a colon and a title, is a call to action.
TEASER_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("also read", "read also", "must read", "also see", "see also", "related",
           "read more"),
    "de": ("lesen sie auch", "lesen sie mehr", "auch interessant", "mehr zum thema"),
    "fr": ("lire aussi", "à lire aussi", "à lire également", "voir aussi", "lire également"),
    "es": ("lea también", "lee también", "leer también", "ver también", "te puede interesar",
           "también te puede interesar", "noticia relacionada", "noticias relacionadas"),
    "pt": ("leia também", "leia mais", "veja também", "saiba mais", "confira também"),
    "it": ("leggi anche", "leggi pure", "vedi anche", "potrebbe interessarti",
           "potrebbe interessarti anche"),
    "nl": ("lees ook", "lees meer", "bekijk ook"),
    "sv": ("läs också", "läs även", "läs mer"),
    "da": ("læs også", "læs mere"),
    "no": ("les også", "les mer"),
    "fi": ("lue myös", "lue lisää"),
    "pl": ("czytaj także", "czytaj też", "czytaj również", "zobacz też", "zobacz także",
           "przeczytaj również", "przeczytaj też"),
    "cs": ("čtěte také", "čtěte též", "přečtěte si také", "související"),
    "ru": ("читайте также", "читайте еще", "смотрите также", "по теме"),
    "uk": ("читайте також", "дивіться також", "по темі"),
    "tr": ("ayrıca okuyun", "bunu da okuyun", "bunları da okuyun", "ilgili haber",
           "ilgili haberler"),
    "el": ("διαβάστε επίσης", "διαβάστε ακόμη"),
    "ro": ("citește și", "citeşte şi", "citiți și"),
    "hu": ("olvassa el ezt is", "kapcsolódó"),
    "id": ("baca juga", "simak juga"),
    "vi": ("xem thêm", "đọc thêm"),
    "ar": ("اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا"),
    "ja": ("関連記事", "あわせて読みたい", "併せて読みたい", "こちらもおすすめ"),
    "ko": ("관련기사", "관련 기사", "함께 읽어보세요", "함께 보면 좋은 기사"),
    "zh": ("相关阅读", "延伸阅读", "相关新闻", "推荐阅读", "相關閱讀", "延伸閱讀"),
    "hi": ("यह भी पढ़ें", "ये भी पढ़ें", "और पढ़ें", "इसे भी पढ़ें"),
    "bn": ("আরও পড়ুন", "আরো পড়ুন"),
    "th": ("อ่านเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง"),
    "fa": ("بیشتر بخوانید", "بخوانید"),
    "he": ("קראו עוד", "קראו גם", "עוד בנושא", "עוד באתר"),
    "ur": ("یہ بھی پڑھیں",),
    "ta": ("இதையும் படியுங்கள்", "இதையும் படிக்க", "மேலும் படிக்க"),
    "ml": ("ഇതും വായിക്കുക", "കൂടുതൽ വായിക്കുക"),
    "bg": ("прочетете още", "прочетете също", "вижте още"),
    "sw": ("soma pia", "soma zaidi"),
    "ms": ("baca juga", "baca lagi"),
}
_TEASER_LABEL_WORDS = (
    f"(?:{alternation(label for labels in TEASER_LABELS.values() for label in labels)})"
)
_TEASER_LABEL = _TEASER_LABEL_WORDS + r"(?:\s?[:：]\s?.{1,120})?"

# The calls to action that head a tail of teasers: the block and the teasers after it go.
SECTION_STARTS: tuple[str, ...] = (
    r"related(?:\sarticles|\sstories|\sposts|\scontent|\scoverage|\snews)?",
    r"more\s(?:stories|articles|news)(?:\s(?:from|like\sthis|on)\s[\w'’ ]{1,40})?",
    r"you\s(?:may|might)\s(?:also\s)?(?:like|enjoy|be\sinterested\sin)",
    r"recommended(?:\sfor\syou|\sstories|\sreading|\sarticles)?",
    r"most\s(?:read|popular|viewed|shared)(?:\sstories|\sarticles)?",
    r"trending(?:\snow|\sstories)?|read\snext",
    r"mehr\szum\sthema|lire\saussi|te\spuede\sinteresar",
    r"explore\sfurther|(?:mehr\s)?ähnliche\s(?:nachrichten|artikel|beiträge)",
    r"noticias?\srelacionadas?",
)
# Headings of a tail of teasers in more languages ("Articoli correlati", "関連記事"): with
# `SECTION_STARTS`, they head the teasers that leave with them.
SECTION_LABELS: dict[str, tuple[str, ...]] = {
    "de": ("weitere artikel", "weitere nachrichten", "ähnliche artikel", "meistgelesen",
           "das könnte sie auch interessieren"),
    "fr": ("articles similaires", "articles liés", "sur le même sujet", "les plus lus",
           "vous aimerez aussi", "à lire aussi"),
    "es": ("artículos relacionados", "también te puede interesar", "lo más leído",
           "más noticias"),
    "it": ("articoli correlati", "notizie correlate", "potrebbe interessarti anche",
           "i più letti", "altre notizie", "leggi anche"),
    "pt": ("notícias relacionadas", "artigos relacionados", "mais lidas", "veja também",
           "leia também", "você também pode gostar"),
    "nl": ("gerelateerde artikelen", "meer nieuws", "meest gelezen", "lees ook"),
    "sv": ("relaterade artiklar", "mest läst", "läs också"),
    "pl": ("powiązane artykuły", "najczęściej czytane", "czytaj także", "zobacz także"),
    "cs": ("související články", "nejčtenější"),
    "ru": ("похожие новости", "похожие статьи", "читайте также", "другие новости",
           "самое читаемое"),
    "uk": ("схожі новини", "інші новини", "читайте також"),
    "tr": ("ilgili haberler", "benzer haberler", "diğer haberler", "en çok okunanlar"),
    "id": ("berita terkait", "artikel terkait", "terpopuler"),
    "vi": ("tin liên quan", "bài viết liên quan", "tin khác"),
    "ar": ("مقالات ذات صلة", "أخبار ذات صلة"),
    "ja": ("関連記事", "関連ニュース", "おすすめ記事", "人気記事"),
    "ko": ("관련기사", "관련 기사", "많이 본 뉴스", "추천 기사"),
    "zh": ("相关新闻", "相关文章", "相关阅读", "热门文章", "推荐阅读", "延伸阅读", "相關新聞"),
    "hi": ("संबंधित खबरें", "ताज़ा खबरें", "ताजा खबरें", "और खबरें"),
    "bn": ("সম্পর্কিত খবর", "আরও খবর"),
    "th": ("ข่าวที่เกี่ยวข้อง", "ข่าวล่าสุด"),
    "fa": ("اخبار مرتبط", "مطالب مرتبط"),
    "he": ("כתבות נוספות", "עוד כתבות"),
    "ur": ("متعلقہ خبریں",),
    "ta": ("தொடர்புடைய செய்திகள்", "மேலும் செய்திகள்"),
    "ml": ("അനുബന്ധ വാർത്തകൾ", "കൂടുതൽ വാർത്തകൾ"),
}

# What a placeholder for embedded content (a video, a post, a podcast player) says while
# the reader has not consented to its provider's cookies, by language: searched for in a
# block whose own box holds a control to give that consent (`extractors.forms`).
CONSENT_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (r"cookies?\s(?:preferences|settings|policy|consent)", r"(?:enable|accept|allow)\s"
           r"(?:\w+\s){0,2}cookies", r"third[\s-]party\s(?:content|provider|cookies)",
           r"(?:external|embedded)\scontent", r"your\sconsent"),
    "de": (r"externe[nrs]?\sinhalt", r"eingebettete[nr]?\sinhalt", r"einwilligung",
           r"personenbezogene[nr]?\sdaten", r"drittanbieter", r"drittplattform", r"cookies?"),
    "fr": (r"contenus?\s(?:externes?|tiers)", r"consentement", r"cookies?"),
    "es": (r"contenidos?\s(?:externos?|de\sterceros)", r"consentimiento", r"cookies?"),
    "it": (r"contenut[oi]\s(?:estern[oi]|di\sterze\sparti)", r"consenso", r"cookies?"),
    "pt": (r"conteúdos?\s(?:externos?|de\sterceiros)", r"consentimento", r"cookies?"),
    "nl": (r"externe\sinhoud", r"toestemming", r"cookies?"),
    "pl": (r"treści\szewnętrzn\w*", r"zgod[aęy]", r"cookies?"),
    "sv": (r"externt\sinnehåll", r"samtycke", r"cookies?"),
    "da": (r"eksternt\sindhold", r"samtykke", r"cookies?"),
    "no": (r"eksternt\sinnhold", r"samtykke", r"informasjonskapsler"),
}
CONSENT_STEMS = (
    "cookie", "third", "conte", "consen", "inhalt", "einwilligung", "personenbezogen", "dritt",
    "inhoud", "toestemming", "zewn", "zgod", "inneh", "samty", "indhold", "innhold",
    "informasjonskapsler",
)
"""A part every phrase of `CONSENT_PHRASES` writes out in full (a test checks it): a block
that holds none of them is not searched for the phrases (98% of those asked)."""
# Written in lower case, searched as `Words`: a case-blind search of this many alternatives
# costs four times as much in ASCII text, and it runs on every short kept block.
_CONSENT = Words(
    re.compile(
        r"\b(?:" + "|".join(p for ps in CONSENT_PHRASES.values() for p in ps) + r")\b",
        re.IGNORECASE,
    ),
    stems=CONSENT_STEMS,
)


# A page's counter of its readers, alone on a line ("1843 Accesses", "12 views", "3.2K
# مشاهدة", "Просмотров: 1 204"), by language: "#" stands for the count. What it counts
# is the page's traffic, not its text, wherever it is printed.
COUNTERS: dict[str, tuple[str, ...]] = {
    "en": (r"#\s(?:views?|reads?|accesses|page\sviews)", r"(?:views?|reads?)\s?:\s?#",
           r"(?:viewed|read)\s#\stimes"),
    "de": (r"#\s(?:aufrufe|views|mal\sgelesen|mal\sangesehen)", r"aufrufe\s?:\s?#",
           r"(?:gelesen|angesehen)\s?:?\s#\smal"),
    "fr": (r"#\s(?:vues|lectures|consultations)", r"(?:vues|lectures)\s?:\s?#",
           r"(?:lu|vu|consulté)\s#\sfois"),
    "es": (r"#\s(?:visitas|vistas|lecturas|visualizaciones)",
           r"(?:visitas|vistas|lecturas)\s?:\s?#", r"(?:leído|visto)\s#\sveces"),
    "pt": (r"#\s(?:visualizações|visitas|leituras)", r"(?:visualizações|visitas)\s?:\s?#"),
    "it": (r"#\s(?:visualizzazioni|letture|visite)",
           r"(?:visualizzazioni|letture)\s?:\s?#"),
    "nl": (r"#\s(?:weergaven|keer\sgelezen|keer\sbekeken)",),
    "pl": (r"#\s(?:wyświetleń|wyświetlenia|odsłon|odsłony)", r"wyświetlenia\s?:\s?#"),
    "ru": (r"#\sпросмотр(?:ов|а)?", r"просмотр(?:ов|ы)?\s?:?\s?#"),
    "uk": (r"#\sпереглядів|#\sперегляди?", r"перегляд(?:ів|и)?\s?:?\s?#"),
    "tr": (r"#\s(?:görüntülenme|okunma)", r"(?:görüntülenme|okunma)\s?:\s?#"),
    "ar": (r"#\s(?:مشاهدة|مشاهدات|قراءة|زيارة)",
           r"(?:المشاهدات|مشاهدات|عدد\sالمشاهدات|القراءات)\s?:?\s?#",
           r"(?:تمت\sالمشاهدة|تمت\sالقراءة|شوهد)\s#\s(?:مرة|مرات)"),
    "fa": (r"#\s(?:بازدید|بار\sبازدید)", r"(?:بازدید|تعداد\sبازدید)\s?:?\s?#"),
    "ja": (r"#\s?(?:回閲覧|閲覧|ビュー|pv)", r"閲覧(?:数)?\s?[:：]?\s?#\s?回?"),
    "zh": (r"(?:阅读|閱讀|浏览|瀏覽)(?:量|数|數|次数|次數)?\s?[:：]?\s?#\s?次?",
           r"#\s?(?:次阅读|次閱讀|次浏览|次瀏覽|阅读|閱讀|浏览|瀏覽)"),
    "ko": (r"조회(?:수)?\s?[:：]?\s?#", r"#\s?(?:회\s)?조회"),
}
_COUNT = r"\d[\d.,٬’']{0,12}(?:\s\d{3}){0,3}\s?(?:[kmкм]|тыс\.?|mil|mln)?\+?"
"""A count as pages print it, in any script's digits: "1843", "12,405", "3.2K", "1 204".
Its runs are bounded: a search through a long run of digits stays linear."""
_COUNTER = CaseBlind(re.compile(fold(
    "|".join(f"(?:{p})" for patterns in COUNTERS.values() for p in patterns)
    .replace("#", _COUNT)), re.IGNORECASE,
))


def is_counter(text: str) -> bool:
    """Whether a block is a counter of the page's readers alone (`COUNTERS`)."""
    if len(text) > MAX_COUNTER_CHARS:
        return False
    return bool(_COUNTER.fullmatch(_core(text)))


MAX_COUNTER_CHARS = 60
"""Longest counter line: a count and a word or three."""


def asks_consent(text: str) -> bool:
    """Whether `text` speaks of the reader's consent to cookies or to a third party's
    content, in a language of `CONSENT_PHRASES`."""
    return _CONSENT.search(text)


MAX_CLUTTER_WORDS = 15
"""Longest call-to-action block; longer blocks are prose that mentions one."""
MAX_LINK_CLUTTER_WORDS = 8
"""Longest all-link block dropped at the edges of the body."""
MIN_LINK_DENSITY = 0.9
"""Share of linked text above which a short edge block is a link, not a sentence."""
EDGE_BLOCKS = 2
"""Blocks at each end of the body where stray links are dropped."""
LISTED_LINKS = 3
"""Short all-link blocks inside the body (past its edges) that make it a listing of
linked titles, whose edge items are items, not stray links..."""
LISTED_SHARE = 0.25
"""...when they are also this share of the blocks inside the edges."""
MAX_TEASER_WORDS = 30
"""Longest teaser removed after a section start; a longer block (or a list with a longer
item) is story text again."""

# The lists' words and a block's text are compared folded (`text.fold`): accents, tanween
# and ё a writer may leave out, as Greek capitals do.
_CTA = CaseBlind(re.compile(fold(
    "|".join(f"(?:{p})" for patterns in CALLS_TO_ACTION.values() for p in patterns)
    + f"|(?:{_TEASER_LABEL})"),
    re.IGNORECASE,
))
_SECTION = CaseBlind(re.compile(fold(
    "|".join(f"(?:{p})" for p in SECTION_STARTS)
    + f"|{alternation(label for labels in SECTION_LABELS.values() for label in labels)}"),
    re.IGNORECASE,
))
_TRIM = " \t\n-–—―•·|:»«›‹>→←.!*_[]()"
_LINK_LABELS = (*TEASER_LABELS.values(), *SECTION_LABELS.values())
_LINK_LABEL_WORDS = f"(?:{alternation(label for labels in _LINK_LABELS for label in labels)})"
_LABELLED_LINK = re.compile(
    f"({fold(_LINK_LABEL_WORDS)})" + r"(\s?[:：]?\s?).{1,120}", re.IGNORECASE
)
TEASER_LINK_SHARE = 0.5
"""Share of a block in links from which a teaser's label and a title with no colon between
them ("Читайте также <a>Центробанк сохранил ставку</a>") is a teaser: the title is the
link. A sentence that opens with the label's words ("По теме выступил министр…") is not
linked so."""
GLUED_LABEL_SLACK = 2
"""Unlinked characters beyond the label's own that a label printed straight against its
linked title may leave ("Lesen Sie auch<a>Neue Buslinie…</a>": the label in its own
`<span>`, no space between them): then the label is exactly the block's unlinked text."""


def _core(text: str) -> str:
    return fold(" ".join(text.split()).strip(_TRIM).strip())


def is_call_to_action(text: str) -> bool:
    """True when the whole block is a promo or paywall prompt ("Advertisement", "Sign In")."""
    if len(text) > MAX_CLUTTER_WORDS * 40 or more_words_than(text, MAX_CLUTTER_WORDS):
        return False
    return _short_call_to_action(text)


SHORT_TEXTS_KEPT = 4096
"""Short blocks' answers `_short_call_to_action` keeps (the least recently asked go first)."""


@lru_cache(maxsize=SHORT_TEXTS_KEPT)
def _short_call_to_action(text: str) -> bool:
    """`is_call_to_action` of a short block. Kept per text: a page asks again of the same
    block from several passes, and of the prompts it repeats ("Share", "Advertisement"),
    which pages share too; each answer is a match of some hundred phrases."""
    core = _core(text)
    return bool(core) and bool(_CTA.fullmatch(core))


def starts_teasers(text: str) -> bool:
    """True for a heading such as "Related Articles" that opens a list of teasers."""
    if len(text) > MAX_CLUTTER_WORDS * 40 or more_words_than(text, MAX_CLUTTER_WORDS):
        return False
    return bool(_SECTION.fullmatch(_core(text)))


def is_link_clutter(text: str, link_density: float | None) -> bool:
    """A short block made of a link (a teaser, a "more" link); unknown density says no."""
    if link_density is None:
        return False
    return link_density >= MIN_LINK_DENSITY and not more_words_than(
        text, MAX_LINK_CLUTTER_WORDS
    )


def is_labelled_link(text: str, link_density: float | None) -> bool:
    """True for a teaser's label (`TEASER_LABELS`, or a heading of teasers of
    `SECTION_LABELS`: "כתבות נוספות") and its linked title with no colon between them, a
    space or nothing (with a colon, `is_call_to_action` knows it by its wording alone)."""
    if link_density is None or link_density < TEASER_LINK_SHARE or len(text) > 200:
        return False
    core = _core(text)
    match = _LABELLED_LINK.fullmatch(core)
    if match is None:
        return False
    if match.group(2):
        return True
    # nothing between label and title: only where the label is all the unlinked text, so
    # that a linked sentence opening with the label's letters is not read as one
    unlinked = (1 - link_density) * len(" ".join(text.split()))
    return unlinked <= len(match.group(1)) + GLUED_LABEL_SLACK


def led_items(links: list[bool]) -> bool:
    """Whether the body's linked blocks recur at one stride, `LISTED_LINKS` times past the
    first: each leads an item of one template (a title, then its date, snippet and tags),
    however many blocks the items hold, and the edge ones are items like the others."""
    at = [i for i, link in enumerate(links) if link]
    strides = {b - a for a, b in pairwise(at)}
    return len(at) > LISTED_LINKS and len(strides) == 1 and strides != {1}


def clutter_flags(
    texts: list[str], link_densities: list[float | None],
    titles: Callable[[int], bool] | None = None,
) -> list[bool]:
    """Which blocks of a body are clutter, from wording, links and position.

    Stray links are clutter beside a body: where nothing else would be left, the links are
    the body (a page whose only text is linked) and stay. A block the page's structure
    shows to be the title of a repeated item (`titles(i)`: a listing's cards; asked only of
    the stray links found) is no stray link, wherever it stands: the cards' other kept lines
    need not recur at one stride."""
    n = len(texts)
    flags = [is_call_to_action(t) or is_counter(t) or is_labelled_link(t, d)
             for t, d in zip(texts, link_densities, strict=True)]
    for i, text in enumerate(texts):
        if i >= n // 2 and starts_teasers(text):
            flags[i] = True
            for j in range(i + 1, n):
                # a list of teasers is one block of short lines (its items): judged by line
                if any(more_words_than(line, MAX_TEASER_WORDS) for line in texts[j].splitlines()):
                    break
                flags[j] = True
            break
    links = [is_link_clutter(text, density)
             for text, density in zip(texts, link_densities, strict=True)]
    inside = links[EDGE_BLOCKS : n - EDGE_BLOCKS]
    if led_items(links):
        # each linked title leads its item: the last block, if a link, leads nothing
        links = [link and i == n - 1 for i, link in enumerate(links)]
    elif sum(inside) >= LISTED_LINKS and sum(inside) >= LISTED_SHARE * len(inside):
        # the body is a list of linked titles (a listing's items): the first and the last
        # are items like the others, not stray links beside a story
        links = [False] * n
    links = [link and (i < EDGE_BLOCKS or i >= n - EDGE_BLOCKS)
             and not (titles is not None and titles(i)) for i, link in enumerate(links)]
    with_links = [flag or link for flag, link in zip(flags, links, strict=True)]
    return flags if all(with_links) else with_links
