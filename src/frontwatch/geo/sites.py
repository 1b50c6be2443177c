"""Named sites, districts and facilities: 'the Castello road', 'Al-Quds hospital', 'Sheikh Sa'eed
District', 'Bustan Al-Basha District', 'Dumayr Airbase'.

A name followed by the head word of a site (a road, a hospital, a district, an airbase...:
`site_heads` of data/locative.json) names that site, not a town. The model and the recogniser
often cut the head off ('Castello' + 'road', 'Sheikh' + "Sa'eed District"), and the piece alone
is some town's name: Castelló de la Plana, Jerusalem ('Al-Quds'), a village in Iran ('Sheikh').
An ACLED coder puts the site at its own entry when the gazetteer holds one, else somewhere in
the town the text ties it to, else nowhere; never at a namesake town far away. So:

* `site_runs` finds the whole name with its head (the recogniser offers it as a span of its own,
  so the unlisted-name step can put it at its host), and `mark_sites` marks every span that is
  that name or a piece of it with the head word (`SpanCandidate.site_head`);
* `site_senses` drops the populated places and divisions a marked span could be that lie outside
  the article's theatre (`geo/theatre.py`): a site-name's namesake abroad is never its sense.
  Inside the theatre the senses stay ('the Aleppo airport', 'Dumayr Airbase' by Dumayr): the town
  a site is named after and lies by is where it is.

Names `site_runs` leaves out are still sites when the sentence ties them to a host (evloc32): a name in
everyday words ('the Victoria Hotel in Warsaw', `everyday_site_runs`) and the head-first form ('the Temple of
Heaven in Beijing', `prefix_site_runs`) are offered whole but mark no piece of themselves, and are placed only
at that host (`geo/unlisted.tied_host`). A natural feature's name ('the Thardeh Mountains', 'Talat Al-Bureij',
`natural_feature`) is a place, never a person, whatever the model's label.

The bundled gazetteer holds populated places (P), divisions (A) and a few seas and areas (H, L),
no spots or roads (S, R): a site's own entry is a division at most ('X district' as an admin2).
Pure functions over the parse and the candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontwatch.geo.locative import name_word, words
from frontwatch.geo.span_candidate import (
    CIVIC_WORDS,
    DETERMINERS,
    ORG_WORDS,
    TYPE_WORDS,
)
from frontwatch.nlp.doc_memo import doc_lowers, doc_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from frontwatch.geo.span_candidate import SpanCandidate
    from frontwatch.geo.theatre import Theatre
    from frontwatch.model import Candidate

# Lower-case Arabic articles inside a transliterated name ('Bustan al-Qasr', 'Tell el Hawa').
_ARTICLES = frozenset("al el il ul ar er as es us ad ed ud ash esh an en at et az ez adh ath".split())
MAX_NAME_WORDS = 5  # a site's name before its head: 'Bustan Al-Basha' is three tokens, 'Sheikh Sa'eed' two


def _name_token(doc: "Doc", i: int) -> bool:
    """A token of a proper name: a capitalised word ('Castello', 'Sa'eed'), a hyphen glued on both
    sides ('Al[-]Quds'), or a lower-case Arabic article inside the name ('Bustan al Qasr')."""
    tok = doc[i]
    if tok.text[:1].isupper() and (tok.is_alpha or name_word(tok.text)):
        return True
    article, _, rest = tok.text.partition("-")
    if article.lower() in _ARTICLES and rest[:1].isupper():
        return True  # 'al-Qasr' as one token
    glued = i >= 1 and i + 1 < len(doc) and not doc[i - 1].whitespace_ and not tok.whitespace_
    if tok.text == "-" and glued:
        return True
    return tok.lower_ in _ARTICLES and i + 1 < len(doc) and (doc[i + 1].text == "-" or doc[i + 1].text[:1].isupper())


def _name_start(doc: "Doc", i: int) -> bool:
    """A token that may open a name: a capital ('Castello'), or an Arabic article joined by a
    hyphen to a capitalised word ('al-Houz', one token or three)."""
    text = doc[i].text
    article, _, rest = text.partition("-")
    if text[:1].isupper() or (article.lower() in _ARTICLES and rest[:1].isupper()):
        return True
    return (doc[i].lower_ in _ARTICLES and i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
            and doc[i + 2].text[:1].isupper())


def _name_goes_on(doc: "Doc", h: int) -> bool:
    """The head word is inside a longer name, an institution's: a number, an organisation's or a
    site's word after it ('Tipperary District Court', 'Edwardsville District 7', 'the Shiloh School
    District')."""

    nxt = doc[h + 1] if h + 1 < len(doc) else None
    numbered = nxt is not None and nxt.text[:1].isdigit()  # 'District 7'; not 'the Al-Quds hospital four people died'
    if nxt is None or not (numbered or nxt.text[:1].isupper()):
        return False  # 'the manager of al-Quds hospital Hamza Khatib said': a name after it is another one
    return numbered or nxt.lower_ in words().site_heads or nxt.lower_ in ORG_WORDS or nxt.lower_ in CIVIC_WORDS


def _runs(doc: "Doc") -> list[tuple["Span", str, bool]]:
    """(the whole site name with its head, the head word, whether the name is everyday words only)
    of every name a site head follows, perhaps over a kind word ('the el-Ain refugee camp': data/locative.json
    `site_modifiers`). Not when the name is an organisation's ('the Syrian Army checkpoint'), a title or
    a determiner alone, or a people's word. Walked once per document: recognition asks for both kinds of
    run and `mark_sites` for the named ones again."""
    table = doc_table(doc, "site_runs")
    if None not in table:
        table[None] = _walk_runs(doc)
    return table[None]


def _walk_runs(doc: "Doc") -> list[tuple["Span", str, bool]]:
    """`_runs` computed."""
    from frontwatch.geo.demonyms import demonym_codes
    from frontwatch.geo.words import TITLE_WORDS, common_word

    heads = words().site_heads
    modifiers = words().site_modifiers
    out: list[tuple["Span", str, bool]] = []
    lowers = doc_lowers(doc)  # no Token for a word that is no site head
    for h in range(1, len(doc)):
        head = lowers[h]
        if head not in heads or _name_goes_on(doc, h):
            continue
        end = h - 1 if h >= 2 and doc[h - 1].lower_ in modifiers and doc[h - 1].text.islower() else h
        a = end
        while a > 0 and end - a < MAX_NAME_WORDS and _name_token(doc, a - 1) and doc[a - 1].text not in DETERMINERS \
                and doc[a - 1].sent == doc[h].sent and not (doc[a - 1].is_sent_start and common_word(doc[a - 1].text)):
            a -= 1
        while a < end and not _name_start(doc, a):  # a name starts with a capital or 'al-X', not a hyphen
            a += 1
        name = doc[a:end]
        if not len(name):
            continue
        lowered = [t.lower_ for t in name if t.text != "-"]
        if not lowered or any(w in ORG_WORDS or w in heads for w in lowered) or (len(lowered) == 1 and lowered[0] in TITLE_WORDS):
            continue
        arabic = any(t.lower_ in _ARTICLES or t.text.partition("-")[0].lower() in _ARTICLES and "-" in t.text
                     for t in name)  # 'al-Assad district': an article makes a name of everyday words too
        everyday = not arabic and all(common_word(t.text) for t in name if t.text != "-")
        if everyday and not any(t.pos_ == "PROPN" for t in name):
            continue  # a description, not a name: 'the Jewish quarter', 'the Central prison' (adjectives)
        if all(t.ent_type_ == "NORP" for t in name if t.is_alpha) or demonym_codes(name.text):
            continue  # a people's word describes the site, it does not name it ('the Rohingya Muslim neighborhood')
        out.append((doc[a:h + 1], head, everyday))
    return out


def site_runs(doc: "Doc") -> list[tuple["Span", str]]:
    """(the whole site name with its head, the head word) of every name a site head follows:
    'Castello road', 'Al-Quds hospital', "Sheikh Sa'eed District". Not when the name is an
    organisation's ('the Syrian Army checkpoint'), a title or a determiner alone, everyday words
    only ('the Central Prison', 'Main Street': no town to mistake it for; `everyday_site_runs`), or a
    people's word."""
    return [(run, head) for run, head, everyday in _runs(doc) if not everyday]


def everyday_site_runs(doc: "Doc") -> list[tuple["Span", str]]:
    """The site names `site_runs` leaves out because their words are everyday ones ('the Victoria
    Hotel', 'the Imam Ali hospital'): no piece of them is marked a site's (a namesake town of
    'Victoria' is judged as any name's), but the whole name is still a site's, placed only at a host the
    text ties it to ('the Victoria Hotel in Warsaw': `geo/unlisted.tied_host`), since 'the Grand
    Hotel' alone says nothing of where it is."""
    return [(run, head) for run, head, everyday in _runs(doc) if everyday]


def prefix_site_runs(doc: "Doc") -> list[tuple["Span", str]]:
    """Sites named with their head first: 'the Temple of Heaven', 'the Tomb of the Patriarchs', 'the
    Church of the Nativity' (a capitalised site head, 'of', a proper name). The name after 'of' is often a
    town's ('the Port of Beirut', 'the Palace of Westminster'), so, as `everyday_site_runs`, the whole is a
    place only at a host its sentence ties it to, and never marks a piece of itself a site's."""
    heads = words().site_heads
    out: list[tuple["Span", str]] = []
    lowers = doc_lowers(doc)  # a Token only for a site head before 'of'
    for i in range(len(doc) - 2):
        if not (lowers[i] in heads and lowers[i + 1] == "of"):
            continue
        tok = doc[i]
        if not tok.text[:1].isupper():
            continue
        if i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start:
            continue  # '[Kindi] Hospital of ...': the head closes another name
        j = i + 2
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and k - j < MAX_NAME_WORDS and _name_token(doc, k) and doc[k].sent == tok.sent:
            k += 1
        if k > j and doc[j].text[:1].isupper():
            out.append((doc[i:k], tok.lower_))
    return out


def natural_feature(text: str) -> bool:
    """A natural feature's name: two words or more, the last a feature word ('the Thardeh Mountains',
    'Kodori Gorge') or the first an opener ('Jabal Al-Zahiyah', 'Talat Al-Bureij'), both from
    data/locative.json. The model often labels such a transliterated name PERSON; a mountain is never a
    person, and a populated-places gazetteer lists none."""
    parts = text.split()
    if len(parts) < 2 or not parts[0][:1].isupper():
        return False
    w = words()
    return parts[-1].lower() in w.natural_feature_words or parts[0].lower().rstrip(".") in w.natural_feature_openers


def mark_sites(doc: "Doc", spans: Sequence["SpanCandidate"]) -> None:
    """Mark with its site head every span that is a site's whole name (`site_runs`; 'Castello
    Road' as the model's entity too) or a piece of its name ('Castello' of 'Castello road')."""
    runs = [(run.start_char, doc[run.end - 1].idx, run.end_char, head) for run, head in site_runs(doc)]
    for sp in spans:
        for start, head_start, end, head in runs:
            if sp.start >= start and (sp.end <= head_start or sp.end == end):
                sp.site_head = head
                break


def site_surfaces(spans: Sequence["SpanCandidate"]) -> frozenset[str]:
    """The names (lower case) the article uses as a site's somewhere: one sense per discourse,
    so 'Castello is the road to death' is the road the article named 'the Castello road'. Not an
    institution's name ('the London Guildhall School', 'Shiloh High School': `recognize.ORG_WORDS`):
    a school or a hospital is named after its own town as often, and 'studies in London' is the town."""

    return frozenset(s.text.lower() for s in spans if s.site_head and s.site_head not in ORG_WORDS)


def is_site_name(span: "SpanCandidate", surfaces: frozenset[str]) -> bool:
    return span.site_head is not None or span.text.lower() in surfaces


def site_senses(span: "SpanCandidate", cands: Sequence["Candidate"], theatre: "Theatre | None",
                surfaces: frozenset[str] = frozenset()) -> list["Candidate"]:
    """The senses a site name may have: not a namesake populated place or division outside the
    article's theatre, a neighbour's included ('Al-Quds hospital' in an Aleppo report is not
    Jerusalem's, famous as Jerusalem is). A country stays (the theatre's own judgement decides it); without a
    theatre (two sure votes besides the span's own, `Theatre.strength`, one of them a town's or a province's
    name, `Theatre.local_votes`) nothing is dropped, as nothing says what is far. The site's own entry stays wherever it is:
    a division of the level its head names, listed under the name itself ('Bannang Sata district',
    Amphoe Bannang Sata; not a folded look-alike: "Sa'eed District" is no As Said, Yemen)."""
    from frontwatch.geo.theatre import INSIDE

    if not cands or theatre is None or not theatre or not is_site_name(span, surfaces):
        return list(cands)

    own = theatre.own(span.text.lower())
    if theatre.strength(own) <= 0 or not (theatre.local_votes - {span.text.lower()}):
        # one sure name makes no theatre ('HUME' dateline alone is no Australian article), and a people's
        # word alone says whose the drones are, not where ('Russian drones attack Odesa port')
        return list(cands)
    own_class = TYPE_WORDS.get(span.site_head or "")  # 'X district': a division of that level is its own entry
    out = []
    for c in cands:
        p = c.place
        own_entry = own_class in ("admin1", "admin2") and p.precision == own_class and c.how in ("exact", "alternate")
        if p.precision not in ("city", "admin1", "admin2") or own_entry:
            out.append(c)
            continue
        if theatre.ring(p.country, own) == INSIDE:
            out.append(c)
    return out


__all__ = ["everyday_site_runs", "is_site_name", "mark_sites", "natural_feature", "prefix_site_runs", "site_runs", "site_senses", "site_surfaces"]
