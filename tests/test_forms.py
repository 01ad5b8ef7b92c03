"""What a form asks of the reader is not the page's text (`newsclean.extractors.forms`).

Out of fold, on a web agency's service page it never saw, the learned scorer kept a
contact form's labels and help lines ("This field is hidden when viewing the form") beside
the page's text. The pages here are built in the test; the unseen scorer's verdict is
replayed by raising the shipped scorer's probabilities on the form's blocks, and the
page's type is given (deciding it is `newsclean.pagetype`'s job, tested on its own)."""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from newsclean.document import load
from newsclean.extractors.density import DensityExtractor, DensityParams
from newsclean.extractors.forms import asks_for_entry
from newsclean.model import PageType
from tests.markup import replay_scorer

HELP = "This field is hidden when viewing the form and helps us route your request properly."
SERVICE = (
    "We design and build websites for small firms, from the first sketch to the launch, and "
    "we stay on to keep them fast, secure and easy to update for as long as you need us."
)


def _page(form: str) -> str:
    body = "".join(f"<p>{SERVICE} Point {n} of our offer.</p>" for n in range(5))
    return (
        '<html lang="en"><body><nav><a href="/">Home</a> <a href="/work">Work</a></nav>'
        f"<main><h1>Web design</h1>{body}{form}</main>"
        "<footer><p>© Iceberg Studio</p></footer></body></html>"
    )


def _form(field: str) -> str:
    return (f'<form method="post" action="/contact"><h2>Tell us about your project</h2>'
            f"<p>{HELP}</p><label>Name (required)</label><input type='text' name='n'>"
            f"{field}<p>By sending this form you agree that we keep your details for a year.</p>"
            "<button>Send</button></form>")


def _unseen(monkeypatch: pytest.MonkeyPatch, page_type: PageType, marker: str) -> None:
    """The shipped scorer with every block holding `marker` at 0.9, and the page's type."""
    replay_scorer(monkeypatch, lambda text: 0.9 if marker in text else None, page_type)


def _text(html: str, params: DensityParams | None = None) -> str:
    return DensityExtractor(params).extract(load(html)).text


@pytest.mark.parametrize("field", [
    "<input type='email' name='e'>", "<input type=' Password ' name='p'>",
    "<input type='tel' name='t'>", "<textarea name='m'></textarea>",
])
def test_a_contact_forms_text_stays_out(monkeypatch: pytest.MonkeyPatch, field: str) -> None:
    _unseen(monkeypatch, PageType.SERVICE, "hidden when viewing")
    html = _page(_form(field))
    text = _text(html)
    assert "Web design" in text and "Point 4 of our offer" in text
    assert HELP not in text
    assert HELP in _text(html, DensityParams(entry_form_text=False))  # the pass removed it


def test_a_form_asking_for_nothing_of_the_reader_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    """A product finder's options (a select, radio buttons) are not a prompt."""
    _unseen(monkeypatch, PageType.SERVICE, "hidden when viewing")
    finder = _form("<select name='s'><option>Small</option></select>")
    assert HELP in _text(_page(finder))


def test_a_form_wrapping_the_page_and_a_product_pages_form_stay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wrapped = _page("").replace("<main>", "<form method='post'><main>").replace(
        "</main>", "</main><textarea name='state'></textarea></form>")
    _unseen(monkeypatch, PageType.ARTICLE, "Point 4")
    assert "Point 4 of our offer" in _text(wrapped)  # ASP.NET-style: the form is the page
    _unseen(monkeypatch, PageType.PRODUCT, "hidden when viewing")
    assert HELP in _text(_page(_form("<input type='email' name='e'>")))


def test_what_asks_for_entry() -> None:
    def form(inner: str) -> bool:
        return asks_for_entry(fragment_fromstring(f"<form>{inner}</form>"))

    assert form("<textarea></textarea>") and form("<input type='EMAIL'>")
    assert not form("<input type='search'>") and not form("<input>")
    assert not form("<input type='checkbox'><select></select>")


SIGNUP = ('<div class="box"><h3>Get our morning briefing</h3><p>The day\'s top stories, in your '
          'inbox every morning.</p><form><input type="email" name="e"><button>Go</button>'
          "</form></div>")


def test_a_sign_up_box_leaves_with_its_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A newsletter box inside the story: its heading and its line on what the reader gets
    are outside the form (which holds no text at all), in a box of a few short lines."""
    replay_scorer(monkeypatch, lambda text: 0.9 if "morning" in text else None,
                  PageType.ARTICLE)
    html = _page(SIGNUP)
    text = _text(html)
    assert "Point 4 of our offer" in text and "morning" not in text
    assert "morning briefing" in _text(html, DensityParams(entry_form_text=False))


def test_a_box_of_more_lines_than_a_prompt_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """A product's card of features with a sign-up line under it: only the form's own box
    (the prompt's few lines) leaves; the box stops before the card's list."""
    card = ('<div class="card"><p>Invite pollinators to your yard with the station.</p><ul>'
            + "".join(f"<li>Feature number {i} of the station</li>" for i in range(4))
            + "</ul>" + SIGNUP.replace("morning briefing", "early access") + "</div>")
    replay_scorer(monkeypatch, lambda text: 0.9 if "station" in text or "early" in text
                  or "top stories" in text else None, PageType.SERVICE)
    html = _page(card)
    text = _text(html)
    assert "Feature number 3 of the station" in text
    assert "early access" not in text and "top stories" not in text
    assert "early access" in _text(html, DensityParams(entry_form_text=False))


POLL = ('<aside class="polls"><h3>{q}</h3><div><button><span>Set goals</span></button>'
        "<button><span>Choose teams</span></button></div></aside>")
FAQ = "<div class='faq'><h3>{q}</h3><p>{a}</p></div>"


@pytest.mark.parametrize("question", [
    "Was this page helpful?", "War dieser Artikel hilfreich?", "この記事は役に立ちましたか？",
    "هل كانت هذه الصفحة مفيدة؟",
])
def test_a_question_answered_by_buttons_leaves(monkeypatch: pytest.MonkeyPatch,
                                               question: str) -> None:
    """A poll or a feedback prompt: a short question whose box holds its answers as buttons,
    in any language; the buttons' own words were never text."""
    replay_scorer(monkeypatch, lambda text: 0.9 if question in text else None,
                  PageType.ARTICLE)
    html = _page(POLL.format(q=question))
    text = _text(html)
    assert "Point 4 of our offer" in text and question not in text
    assert question in _text(html, DensityParams(button_prompts=False))


def test_a_poll_of_labelled_radio_buttons_leaves_with_its_labels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A poll inside a story: the question, its answers as labelled radio buttons (their
    labels read as one block, "YesNo") and a vote button. Both leave; a line of the
    story's own labels beside no question stays."""
    question = "Do you support the budget?"
    poll = (f"<div class='poll'><p>{question}</p><label><input type=radio name=v>Yes</label>"
            "<label><input type=radio name=v>No</label><button>Vote</button></div>")
    replay_scorer(monkeypatch, lambda text: 0.9 if text in (question, "YesNo") else None,
                  PageType.ARTICLE)
    blocks = DensityExtractor().extract(load(_page(poll))).blocks
    texts = [b.text for b in blocks]
    assert question not in texts and "YesNo" not in texts
    assert any("Point 4 of our offer" in t for t in texts)


def test_a_question_answered_in_text_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    """An FAQ's question has its answer in its box, a statement is no question, and one
    button (an accordion's toggle) is no choice of answers."""
    question = "How do we begin a project?"
    faq = FAQ.format(q=question, a=SERVICE)
    toggle = f"<div><h3>{question.replace('we', 'you')}</h3><button>Open</button></div>"
    statement = POLL.format(q="Tell us how you begin a project.")
    replay_scorer(monkeypatch, lambda text: 0.9 if "begin a project" in text else None,
                  PageType.ARTICLE)
    text = _text(_page(faq + toggle + statement))
    assert question in text and "How do you begin a project?" in text
    assert "Tell us how you begin a project." in text


PLACEHOLDERS = {
    "en": ("<div class='embed'><p>To see this content please enable targeting cookies.</p>"
           "<button>Manage cookie settings</button></div>", "enable targeting cookies"),
    "de": ("<div><p>Empfohlener redaktioneller Inhalt</p><p>An dieser Stelle finden Sie einen "
           "externen Inhalt, der den Artikel ergänzt.</p><input type='checkbox' id='c'>"
           "<label for='c'>Externen Inhalt anzeigen</label><p>Ich bin damit einverstanden, "
           "dass mir der externe Inhalt angezeigt wird. Damit können personenbezogene Daten "
           "an Drittplattformen übermittelt werden.</p></div>", "externen Inhalt, der"),
    "fr": ("<figure><p>Ce contenu externe nécessite votre consentement.</p>"
           "<span role='button'>Accepter</span></figure>", "votre consentement"),
}


@pytest.mark.parametrize("language", sorted(PLACEHOLDERS))
def test_a_placeholder_asking_consent_for_embedded_content_leaves(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """Where a video or a post is embedded, a page shows until the reader consents a notice
    on cookies or a third party's content beside the control that consents: with its title,
    it leaves; the story around it stays."""
    box, marker = PLACEHOLDERS[language]
    replay_scorer(monkeypatch, lambda text: 0.9 if "Inhalt" in text or marker in text
                  else None, PageType.ARTICLE)
    html = _page(box)
    text = _text(html)
    assert "Point 4 of our offer" in text and marker not in text
    assert "Empfohlener" not in text and "Externen Inhalt anzeigen" not in text
    assert marker in _text(html, DensityParams(consent_placeholders=False))


def test_a_paragraph_about_cookies_without_a_control_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An article on privacy speaks of cookies and consent in its paragraphs; no button
    stands in their box, and they stay."""
    about = ("Regulators say sites must ask for your consent before they set tracking "
             "cookies, and that third-party content loaded without it breaks the law.")
    replay_scorer(monkeypatch, lambda text: 0.9 if "Regulators" in text else None,
                  PageType.ARTICLE)
    text = _text(_page(f"<div><p>{about}</p></div><div><button>Share</button></div>"))
    assert about in text


PAYWALL = ("<div class='wall'><h3>Subscribe to continue reading</h3><p>{pitch}</p>"
           "<a class='btn' href='/subscribe'>Subscribe now</a>"
           "<p>Already a subscriber? <a href='/login'>Log in</a></p></div>")
PITCH = "Get unlimited access to our journalism for just $1 a week. Cancel anytime."


def test_a_pitch_among_calls_to_action_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paywall's box: its heading and buttons are calls to action by their wording; the
    pitch between them, which no word list holds, leaves with them."""
    replay_scorer(monkeypatch, lambda text: 0.9 if text == PITCH else None, PageType.ARTICLE)
    html = _page(PAYWALL.format(pitch=PITCH))
    text = _text(html)
    assert "Point 4 of our offer" in text and PITCH not in text
    assert PITCH in _text(html, DensityParams(promo_boxes=False))


def test_cards_with_calls_to_action_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """A listing's cards each hold a snippet beside "Read more" and "Comment": one of a
    run of boxes alike is an item; and a box with one call beside its line keeps it."""
    snippet = "The council met on Monday and approved a plan for the river."
    card = (f"<article class='entry item-{{n}}'><h2>Council meets {{n}}</h2><p>{snippet}</p>"
            "<p><a href='/c'>Comment</a></p><p><a href='/r'>Read more</a></p></article>")
    cards = "".join(card.format(n=n) for n in range(3))
    one_call = f"<div><p>{PITCH}</p><a href='/s'>Subscribe now</a></div>"
    replay_scorer(monkeypatch, lambda text: 0.9 if snippet in text or text == PITCH
                  else None, PageType.LISTING)
    text = _text(_page(cards + one_call))
    assert text.count(snippet) == 3 and PITCH in text
