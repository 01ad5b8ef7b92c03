"""The density rules' settings: the labels a block gets from its own features (`Label`)
and every threshold and switch of the rules and of the passes after them
(`DensityParams`), named in one place so that a sweep, a test or a profile
(`newsclean.profiles`) changes them without touching the passes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    """A block's context-free label from its own features (jusText's classes): prose,
    nearly prose, too short to tell, or boilerplate."""

    GOOD = "good"
    NEAR_GOOD = "near-good"
    SHORT = "short"
    BAD = "bad"


@dataclass(frozen=True)
class DensityParams:
    """Thresholds of the density classifier.

    Length and stopword thresholds start from jusText's defaults (length_low=70 chars,
    length_high=200 chars, stopwords_low=0.30, stopwords_high=0.32) converted to words at
    ~6 characters per word; the rest were set by looking at where the AEB pages fail and
    checked by sweeps (AEB F1 of alternatives noted below; readability-js checked too).
    """

    max_link_density: float = 0.4
    """Blocks whose linked text share exceeds this are navigation (jusText: 0.2, but news
    paragraphs link people and places generously)."""
    max_link_density_prose: float = 0.7
    """Long stopword-rich prose keeps up to this linked share (news round-ups link most of
    their sentences)."""
    good_min_words: int = 20
    """A prose block with at least this many words may be good on its own (~120 chars)."""
    short_max_words: int = 7
    """Blocks this short are judged by their neighbours only (jusText's 70 chars ≈ 10)."""
    stopwords_low: float = 0.2
    """Below this stopword density a medium-length block is not prose (jusText's 0.30
    drops news sentences full of names: AEB 0.960 against 0.965)."""
    stopwords_high: float = 0.28
    """A long block above this stopword density is good (0.32 scores the same)."""
    hint_depth: int = 3
    """How many ancestors above a block have their class/id hints read to mark it as
    furniture (AEB: 2-5 equal, 8 and more worse: page-wide wrappers carry stray words)."""
    bad_weight: float = 1.0
    """Weight of linked or furniture words against good ones when choosing the container."""
    furniture_weight: float = 0.5
    """Weight of words under furniture class/id hints (captions, share bars, comments);
    captions inside an article should not push the container away (1.0 scores the same)."""
    unlinked_bad_weight: float = 0.3
    """Weight of other bad words (no prose stopwords: data, lists of names)."""
    near_good_weight: float = 0.7
    """Weight of near-good words when choosing the container (AEB: 0.3 0.952, 0.5 0.955,
    0.7 0.959, 1.0 0.957 at the time it was set)."""
    container_decay: float = 0.9
    """Share of a block's value passed up each further level: concentrated text (one
    article body) beats the same amount spread thinly (teaser excerpts in a listing).
    AEB: 1.0 0.949, 0.9 0.952, 0.7 0.944 at the time it was set."""
    tighten_share: float = 0.95
    """The container moves down to a descendant holding at least this share of its good
    text: the smallest element that still holds nearly all of the article."""
    neighbour_window: int = 3
    """How far (in blocks) a short block looks for kept neighbours."""
    neighbour_runs: bool = True
    """A short block is also kept when the nearest blocks on both sides that are not
    short are kept, however many short ones lie between (jusText's context pass: runs
    of short lines and data tables inside an article)."""
    rescue_prose_words: int = 100
    """A good block this long is kept even under a furniture hint inside the container
    (article wrappers whose class mentions sharing or comments). Lower values let
    teaser excerpts in (AEB: 60 worse, 100 and above equal)."""
    revise_unlinked_bad: bool = True
    """Blocks bad only for want of stopwords (product lines, table-like data) are kept
    between kept neighbours inside the container, like short blocks."""
    revise_linked_sentences: bool = True
    """Stopword-rich sentences whose linked share lies between `max_link_density` and
    `max_link_density_prose` (too short for `_is_prose`: a one-line paragraph or a bullet
    linking its source) are kept between kept neighbours inside the container, like short
    blocks. A line that is mostly link (a "Related:" headline) stays bad."""
    widget_max_words: int = 150
    """An element whose class/id names only small widgets (share bars, bylines, captions)
    but which holds at least this many words of good prose is not furniture: no widget
    holds that much (a long caption or an author's bio runs to ~60 words)."""
    card_max_words: int = 100
    """A list item with a heading of its own and at most this many words of prose is a
    card (a teaser, a gallery slide, a search result) when its list has several such."""
    card_heading_links: float = 0.5
    """The least share of a card's heading that is a link: a teaser's headline links to
    its own story, while the numbered points of a listicle (an article of headed list
    items) are plain headings."""
    article_cards: bool = True
    """An `<article>` with a linked heading is a card like a list item with one (three in
    one list of them make a grid of teasers), its wrapper elements skipped (`_card_list`);
    not on a page whose items are its text (`comments.items_are_text`: a thread's posts,
    a listing's or a collection's items, often `<article>`s with linked titles)."""
    card_min_items: int = 3
    """How many items with headings make a list of cards rather than a list in the
    article (a single story in an `<li>` is a page's whole article)."""
    revise_linked_headings: bool = True
    """A linked heading inside the container (a guide's item naming the product it links
    to, a section title linking its topic page) is kept like a plain heading when kept text
    follows it; normalisation still removes promo lines ("Read more: ...")."""
    revise_table_links: bool = True
    """A short linked cell of a table row (a product, a place, a team linking its page)
    is data of the table, not navigation: judged by its neighbours like a short block,
    so that a data table between kept blocks is kept whole."""
    sibling_min_words: int = 100
    """A sibling of the container (or of its parent) with the same tag and first class
    token, holding at least this many words of good prose and no title, is a further
    part of the same article (a body split into sections around an inset or an ad:
    readability's sibling pass). A blurb after the article ("Join our forums", an
    author's note) in a box of the same template runs to ~30 words. 0 turns it off."""
    sibling_levels: int = 2
    """How many levels, from the container up, look for such siblings (a template may
    wrap each section in a box of its own)."""
    code_between_kept: bool = True
    """After the keep decisions (the rules' or the learned scorer's), code blocks between
    kept text, or after kept text ending in a colon, are kept too (`code_between_kept`): a
    code sample reads like a menu to every context-free score. wcxb-dev code F1 0.454 ->
    0.470 (check half 0.395 -> 0.419); with the colon, 0.470 -> 0.472."""
    paragraph_lines: bool = True
    """After the keep decisions, the lines of one `<p>` parted by `<br>` (a stanza, an
    address) are kept together when most of them are kept and none is linked
    (`paragraphs.paragraph_lines`): short plain lines score near the middle one by one."""
    paragraph_lines_share: float = 0.5
    """Share of a paragraph's lines that must be kept for the rest to join them."""
    paragraph_mates: bool = True
    """After the learned scorer, a plain paragraph left out between kept paragraphs of the
    same element, most of whose paragraph words are kept, is kept too
    (`paragraphs.paragraph_mates`): on a site it never saw, the scorer's probability sinks
    along a long story and splits one element's paragraphs (docs/chain.md, "Stop 73")."""
    paragraph_mates_share: float = 0.5
    """Share of the element's paragraph words that must be kept for the rest to join them."""
    paragraph_mates_min_score: float = 0.3
    """Least score of a paragraph `paragraph_mates` takes back. Chosen out of fold against
    0.1 (stop 73): the same gains on the tune halves read by fold models but for one page,
    and fewer of the in-sample tune pages' paragraphs the truth leaves out."""
    story_tail: bool = True
    """After the learned scorer, on articles, a run of three or more plain paragraphs left
    out right after the last kept paragraph of a mostly kept element (at least
    `paragraph_mates_share` of its paragraph words) is kept, with the element's headings
    between them (`paragraphs.story_tail`): read out of fold, the scorer's probability
    sinks along a long story and drops its last part (docs/chain.md, "Stop 75")."""
    story_tail_min_score: float = 0.1
    """Least score of each paragraph of a tail `story_tail` takes back: the run stops at
    the first paragraph under it (clean-links' tail scored 0.12-0.37 out of fold)."""
    story_head: bool = True
    """After the learned scorer, on articles, the plain sentences left out right before the
    page's first kept paragraph, inside the element around its element (a lead box, a
    teaser's wrapper around the first paragraphs), are kept (`paragraphs.story_head`): read
    out of fold, the scorer doubts a story's opening in a box of its own (docs/chain.md,
    "Stop 75: the story's head out of fold")."""
    story_head_min_score: float = 0.2
    """Least score of a paragraph `story_head` takes back: out of fold the openings it finds
    score 0.21-0.48 (fundus-dev's tune half); under 0.2 are captions and promos."""
    doubted_lead_ins: bool = True
    """After the learned scorer, on articles, a block it kept before the story, outside the
    container, under `lead_in_max_score`, that is neither unlinked text (a sentence, a line
    longer than a label), a date line, a heading nor a definition list's, is left out: a
    teaser's linked run, a menu's leftover, a label. The confidence is then the F1 the
    scorer expects of what is left (`leadins.doubted_lead_ins`; docs/chain.md, "Stop 74")."""
    lead_in_max_score: float = 0.7
    """Score under which `doubted_lead_ins` doubts a lead-in: read out of fold, the blocks
    kept before an article's container under 0.7 are mostly not its story, those over it
    are (94% of their words); 0.6 moved fewer pages up on every set."""
    far_blocks: bool = True
    """After the learned scorer, on an article where the container holds most of the kept words
    (`far_block_min_container_share`), a block it kept outside the container under
    `far_block_max_score`, in a region that meets the container only
    `far_block_min_levels` or more above it, is left out (`regions.doubted_far_blocks`;
    docs/chain.md, "Stop 76")."""
    far_block_max_score: float = 0.7
    """Score under which `far_blocks` doubts a block: stop 73's and 74's cut before the
    story; out of fold the blocks over 0.7 outside the container are mostly content."""
    far_block_min_levels: int = 4
    """Levels above the container from which a region is far: out of fold, regions meeting
    it 1-3 levels up (siblings, a parent's) hold standfirsts and later sections (fundus-dev
    3 pages down at 3), from 4 up the gain holds on every set (replayed: 3, 4, 5, 6)."""
    far_block_min_container_share: float = 0.8
    """Share of the kept words in the container from which it is the story: under it the
    page's text lies in several boxes (0.5 and 0.7, replayed on every page type, lowered
    wcxb-dev's services out of fold)."""
    sibling_sections: bool = True
    """After the learned scorer, a left-out box that is a same-template sibling of a box
    holding kept text is kept when it reads like a further section of the text
    (`sections.sibling_sections`; docs/chain.md, "Stop 74")."""
    sibling_section_min_score: float = 0.1
    """Least mean score (over its words) of a box `sibling_sections` takes back."""
    sibling_section_min_share: float = 0.3
    """Least share of the kept words that the kept sibling box must hold."""
    sibling_section_max_sure: float = 0.9
    """Mean score of the kept sibling box above which the scorer's verdict on its sibling
    stands."""
    sibling_section_headed: bool = True
    """`sibling_sections` takes a box only where it and its kept sibling open with a
    heading of one level, the sections of one outline (docs/chain.md, "Stop 76"): stop 74's
    guard without it took a product's review box and a thread's author column."""
    sibling_section_min_type_score: float = 0.75
    """Least score of the page-type verdict (`newsclean.pagetype`) on which
    `sibling_sections` runs on a service page: on wcxb-dev's tune half, the pages read as
    services under 0.75 were other kinds 9 times of 33 (articles, a documentation page, a
    listing), over it once of 56 (docs/chain.md, "Stop 76")."""
    edge_sentences: bool = True
    """After the keep decisions, on articles, a short sentence right before or after the
    kept text, a paragraph of the same element as the kept one beside it ("Nobody was
    hurt, a spokesman said."), is kept where the scorer gave it `edge_sentence_min_score`
    or more (`paragraphs.edge_sentences`)."""
    edge_sentence_min_score: float = 0.3
    """Least score of a sentence `edge_sentences` takes back: the scorer ruled out less."""
    repeated_passages: bool = True
    """After the keep decisions, the second copy of a passage rendered twice (for narrow and
    wide screens, or as excerpt and tab) is left out (`copies.repeated_passages`). wcxb-dev text F1
    tune 0.8938 -> 0.8956, check 0.8716 -> 0.8729; the other sets equal."""
    navigation_copies: bool = True
    """After the keep decisions, a kept list of short linked lines at one edge of the body
    that the page prints again, left out, beyond the other (a pager above and below the
    body, a header menu repeated after it) is left out (`copies.navigation_copies`). No dev
    page's text moves; a mailing-list archive's pager leaves."""
    share_buttons: bool = True
    """After the keep decisions, a short block whose every link shares the page to a
    network, or follows the site on one under the network's name or an icon
    (`sharing.share_buttons`), is left out: a share bar's buttons and a follow bar, in any
    language. The follow bar: wcxb-dev tune out of fold 2 pages up (an embedded Instagram
    post's "View this post on Instagram" +0.030), none down; check none moved by more than
    0.001; aeb tune 1 up."""
    head_menus: bool = True
    """After the keep decisions, the kept blocks that open the text as a menu before its
    first passage of prose (a bar of three short links or more parted by separators, or
    two short fully linked lines or more of a layout table's cell outside the container:
    a hand-made page's menu, no element naming it), and the link bars that close it after
    its last, are left out (`menus.head_menus`)."""
    taglines: bool = True
    """After the keep decisions, the short lines that share a dropped logo heading's element
    with nothing else (the site's tagline under its name linked home) are left out
    (`mastheads.taglines`)."""
    page_contents: bool = True
    """After the keep decisions, a table of contents (three or more list items that only
    link to places in the page, and the short heading above them) is left out
    (`contents.contents_entries`)."""
    repeated_phrases: bool = True
    """After the keep decisions, a block of one phrase printed over and over (a marquee,
    filler text) is left out (`copies.repeated_phrases`)."""
    pull_quotes: bool = True
    """After the keep decisions, on an article, a quote whose clauses the story's kept text
    says already, and the speaker's lines in its box, are left out
    (`copies.pull_quotes`)."""
    quoted_copies: bool = True
    """After the keep decisions, a quote of a post kept earlier on the page is left out
    (`copies.quoted_copies`)."""
    declared_text: bool = True
    """After the keep decisions, a block that repeats the schema.org description of what the
    page offers (a product, a service, a course) is kept, and a kept block that repeats a
    customer review the page declares is left out (`newsclean.extractors.declared`).
    wcxb-dev text F1 tune 0.8964 -> 0.8965, check 0.8745 -> 0.8750 (products 0.7111 ->
    0.7127 and 0.6926 -> 0.7003); the other sets equal."""
    repeated_post_lines: bool = True
    """After the keep decisions, short unlinked lines that most of a thread's posts print
    alike are left out (`threads.repeated_post_lines`): the board's frame."""
    thread_chrome: bool = True
    """After the keep decisions, the controls and member details a thread repeats with every
    post, and members' signatures, are left out (`threads.thread_chrome`)."""
    comment_sections: bool = True
    """Readers' comment sections told by their structure (`newsclean.comments`: dated
    repeated items after the article, a reply form, schema.org `Comment`) count as
    furniture, as a section named "comments" does. As is, wcxb-dev check 0.8768 -> 0.8784,
    tune 0.8990 -> 0.8989, the other sets equal; without class and id (`--perturb
    classless`) aeb check 0.9571 -> 0.9624, readability-js check 0.9792 -> 0.9820,
    wcxb-dev tune 0.8650 -> 0.8676, check 0.8660 -> 0.8685, forum pages equal."""
    thread_posts: bool = True
    """On a thread or Q&A page (declared, or of page type forum), the prose of every post
    of the template the container lies in joins the kept text (`thread_posts`,
    `threads.thread_replies`), after the scorer."""
    thread_comment_names: bool = True
    """On a thread or Q&A page where the names leave no container, an element named
    only "comment" is not furniture: link aggregators and boards print their posts as
    "comments", and the names make every post furniture (`Hints`)."""
    stop_at_main: bool = True
    """No class/id or tag above a `<main>` (or `role="main"`) makes a block furniture
    (`near_furniture`): on 25 pages of the sets an unclosed menu, header or banner wraps
    the page's `<main>`, and its name made the page's whole text furniture."""
    footer_no_container: bool = True
    """Prose in the page's `<footer>` (or `contentinfo` region) is no evidence for a
    container: on 18 wcxb-dev pages the rules' container lay in one (a disclaimer, an
    "about us"), never the page's text."""
    nav_no_container: bool = True
    """Prose in a `<nav>` (or `navigation` region) not above the page's `<main>` or an
    `<article>` is no evidence for a container either: a mega-menu's promotional
    paragraphs, nested deeper than the names read (`page_menu`) ..."""
    menu_max_share: float = 0.5
    """... unless the menu holds this share of the page's prose or more: then the parser
    left it unclosed around the page's text."""
    thread_min_posts: int = 3
    """Items a template needs to be a thread's posts (two could be a question and an
    answer box beside it)."""
    thread_reply_min_score: float = 0.25
    """The scorer's probability a thread's reply needs to join (`threads.thread_replies`)."""
    orphaned_sections: bool = True
    """After the learned scorer, the section under a heading that the rules and the scorer
    kept but under which the scorer kept nothing, and which holds `section_min_parts`
    plain sub-headings the rules kept (an FAQ's questions and answers), takes the blocks
    the rules kept in it (`newsclean.extractors.sections`). wcxb-dev tune out of fold
    0.8518 -> 0.8521 (one FAQ page 0.795 -> 0.988), check halves and the other sets equal;
    without the sub-headings it lost on the check halves (docs/chain.md)."""
    section_min_score: float = 0.1
    """The scorer's probability a block of such a section needs to join: under 0.1 it has
    ruled the block out (`confidence.POSSIBLE`). At 0.2 the FAQ page above reached 0.938,
    two answers at 0.15 and 0.19 left out; no other page moved either way."""
    section_min_parts: int = 3
    """Sub-headings such a section needs (two let a cookie banner's two headed paragraphs
    in, wcxb-dev tune 3060)."""
    sibling_items: bool = True
    """On a page of type listing, the items of a repeated group take what
    the scorer kept in their siblings: a template slot of distinct titles kept in a quarter
    of its items, and each kept item's leading title (`newsclean.extractors.siblings`).
    With `clutter.led_items`: wcxb-dev tune 5 pages up, 4 down (0.8987 -> 0.8989), check
    15 up, 5 down (0.8898 -> 0.8903); no page of another set moves (docs/pagetype.md)."""
    template_lines: bool = True
    """After the learned scorer, the short head line a repeated template prints before each
    item of the kept text (a transcript's "02:31 Dr. Paul Wendt" before each turn), kept
    in some items and dropped in others, is decided together: kept in all where the
    scorer's mean probability over them reaches its threshold, else dropped in all
    (`newsclean.extractors.siblings.template_lines`). Not on listings and collections,
    whose items are read by their template's slots (`sibling_items`): a news list's date
    lines, kept at 0.56 in one item and dropped at 0.45 in three, were in its truth
    (wcxb-dev tune 2903, 0.9695 -> 0.9690)."""
    doubted_items: bool = True
    """The repeated groups of titled items the scorer doubted as one (kept in fewer than a
    quarter of their items, their mean probability `doubted_items_min_score` or more) after
    a kept block are kept whole, where they hold `doubted_items_min_share` of the kept words
    or more: a listing's items read on a site the scorer never saw
    (`newsclean.extractors.siblings.doubted_items`; docs/chain.md, stop 75). On a page of
    another type, only a group with kept text after it too: a post's entries between its
    introduction and its closing words, not a story's grid after its end (stop 76)."""
    doubted_items_min_score: float = 0.35
    """See `siblings.DOUBTED_MIN_SCORE`."""
    doubted_items_min_share: float = 0.5
    """See `siblings.DOUBTED_MIN_SHARE`."""
    item_labels: bool = True
    """On a page of type listing or collection, a kept linked line that the items of a
    repeated group print alike ("View company profile", "Add to compare") is left out:
    the template's button, not the item's content (`newsclean.extractors.siblings`)."""
    item_sentences: bool = True
    """On a page of type listing or collection, a kept line of four words or more that
    nearly every item of a repeated group prints alike ("Error rating book. Refresh and
    try again.", a rating widget's "1 of 5 stars" row) is left out: the template's words,
    not the item's (`newsclean.extractors.siblings.item_sentences`; docs/chain.md,
    stop 76)."""
    item_badges: bool = True
    """On a page of type listing or collection, a kept unlinked short line that the
    template pins alike on some of its items (fewer than four in five), above their names
    ("Top Rated", "Sales end soon", "Instant Savings"), is left out: a badge, not the
    item's content (`newsclean.extractors.siblings.item_badges`; docs/chain.md, stop 70)."""
    headed_lists: bool = True
    """After the learned scorer, a plain list (no item mostly linked) that is all a kept
    heading holds, under which the scorer kept nothing, takes its items the scorer gave
    `section_min_score` or more (`newsclean.extractors.sections.headed_lists`)."""
    printed_price: bool = True
    """The one block that is a lone amount with its currency between the page's only top
    heading and the kept text below it is kept, where the page declares no price
    (`declared.printed_price`; with a declared price `declared.buy_box` decides). Not on
    articles: a story's lone amount under its title is a figure or a widget's."""
    card_facts: bool = True
    """Runs of two or more label/value pairs ("Prep" / "10 mins") between the text's first
    and last kept blocks, two or more of them children of one element, are kept: a
    card's times, yield or figures (`newsclean.extractors.facts`). Not on listings and
    collections, where each item's card prints its facts and the items are read by
    their template (`sibling_items`)."""
    service_headings: bool = True
    """On a page of type service (score `linked_offer_min_score` or more), a heading the
    scorer dropped inside the kept text, right above a kept block, is kept when the scorer
    gave it `service_heading_min_score` or more (`sections.headings_over_kept`): an offer's
    sections ("What we do", "Security and governance") are its text. On wcxb-dev's tune
    half such headings were in the truth 42 times of 63 on service pages, about half the
    time on other kinds (articles 20 of 42, products 12 of 38): service pages only."""
    service_heading_min_score: float = 0.3
    """The scorer's probability a heading needs for `service_headings` (0.3: wcxb-dev tune
    16 pages up, 4 down; 0.4 and 0 were measured too, docs/chain.md)."""
    structure_headings: bool = True
    """On any page, a heading the scorer dropped inside the kept text, right above a kept
    list or table row, is kept when the scorer gave it `service_heading_min_score` or more
    (`sections.headings_over_kept` asked for lists and tables): a list's or a table's
    title ("Ingredients", "Opening hours", "Cons") names what it holds. On the tune halves
    of all sets such headings were in the truth 34 times of 41 (collections 16 of 16,
    articles 6 of 9, documentation 4 of 4, products 4 of 5), where over any kept block
    about half the time (articles 30 of 63)."""
    linked_offers: bool = True
    """On a page of type service (`newsclean.pagetype`, score `linked_offer_min_score` or
    more), fully linked descriptions of `linked_offer_min_words` or more between kept blocks
    are kept (`newsclean.extractors.offers`): a landing page's cards of its services."""
    linked_offer_min_words: int = 15
    linked_offer_min_score: float = 0.5
    comment_text: bool = True
    """Kept text inside a readers' comment section (`newsclean.comments`, found by its
    structure; never on a thread, whose posts are its text) is dropped, whatever the
    learned scorer made of it: on a site it never saw, it kept a blog's comments at
    0.5-0.7."""
    whole_tables: bool = True
    """A data table kept in part is kept whole, and one right after a kept block under the
    same parent element is kept (`newsclean.extractors.tables`), unless its rows are
    linked or ruled out (`section_min_score`)."""
    table_labels: bool = True
    """The short line labelling a kept table in the table's own box is kept
    (`newsclean.extractors.tables.table_labels`), unless linked or ruled out
    (`section_min_score`)."""
    gallery_captions: bool = True
    """Captions of prose the scorer left are kept where they hold more words than the
    paragraphs kept: a photo page, a slideshow or a photo post, whose captions are its
    text (`newsclean.extractors.galleries`)."""
    teaser_boxes: bool = True
    """Kept blocks of a box headed "Related" (in any language `clutter` lists) whose other
    lines are all short links (`newsclean.extractors.teasers.teaser_boxes`) are dropped,
    wherever the box stands: the scorer kept such a box's links inside a story's body."""
    titled_boxes: bool = True
    """Kept lines of a box of links after the body whose heading the scorer left out
    (`newsclean.extractors.teasers.titled_boxes`) are dropped, on a page not typed listing
    or collection (whose items are its content): "Upcoming events", "Similar jobs", a
    related box whose title no word list holds. Out of fold (2026-12-05, whole sets): no
    tune page of any set moved; check halves wcxb-dev 2 up (+0.019, +0.001), aeb 1 up
    (+0.200), none down. Without the page-type condition a listing's items went (a tune
    page 0.63 -> 0.16); without "one of the kept lines is a link", a service page's
    expert list lost its one kept line."""
    entry_form_text: bool = True
    """Kept text inside a form asking for an email, a password, a telephone number or free
    text (a sign-up, log-in or contact form: `newsclean.extractors.forms`) is dropped,
    except on product pages and where the form wraps the page."""
    button_prompts: bool = True
    """Kept short questions put to the reader whose box holds the answers as buttons ("Was
    this page helpful?" over "Yes" and "No": `forms.button_prompts`) are dropped."""
    picker_prompts: bool = True
    """Kept short lines whose small box holds a drop-down list (a widget's prompt beside
    its picker: `forms.picker_prompts`) are dropped."""
    promo_boxes: bool = True
    """Kept lines of a small box whose other lines are calls to action (a paywall's or a
    newsletter's pitch: `forms.promo_boxes`) are dropped."""
    consent_placeholders: bool = True
    """Kept blocks of a placeholder for embedded content that asks for the reader's consent
    to cookies or a third party's content beside a control to give it
    (`forms.consent_placeholders`) are dropped."""
    machine_text: bool = True
    """Kept blocks that are a template's unrendered expressions ("{{ user.name }}") or a
    JSON object of a widget's data, outside code samples (`machine.machine_text`), are
    dropped."""
    fine_print: bool = True
    """Kept blocks of a box of short lines around a copyright notice that ends the kept
    text (a hand-made page's "back to top", visitor counter, "best viewed with", guestbook
    link and "(c) 2003 ...", in an element no name marks as a footer) are dropped
    (`footers.fine_print`)."""
    dialog_text: bool = True
    """Kept text inside a dialog (`<dialog>`, role `dialog` or `alertdialog`: a cookie
    banner, a sign-up or login prompt, a cart drawer) is dropped, except on product pages,
    whose descriptions open in such panels (`newsclean.extractors.overlays`)."""
    learned: bool = True
    """Whether the learned block scorer decides (see `newsclean.extractors.density`); False
    runs the rules alone, as tuned before the scorer existed."""
    min_container_words: int = 0
    """Below this much good text (near-good weighted) the page is treated as having none.
    0: even a page of two short paragraphs has an article (readability-js test pages);
    the confidence, not the extractor, says how little there is."""
