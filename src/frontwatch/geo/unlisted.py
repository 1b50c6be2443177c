"""Names the gazetteer does not list, kept as places when their grammar says so.

A name in a strong locative role ('the village of X', 'shelled X', 'airstrikes on X') that
the gazetteer lacks is still where the event happened: it is kept at the town or province
named beside it, else at the article's dominant country, never when it reads as a person,
a date, an organisation or everyday words. Split from `locative` (which finds the roles and
is used by the recogniser and the resolver) because this step runs after resolution.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TypeVar

from frontwatch.geo.locative import words
from frontwatch.geo.peoples import people_word
from frontwatch.geo.recognize import ORG_WORDS, SpanCandidate
from frontwatch.geo.resolve import Resolution
from frontwatch.geo.sites import natural_feature
from frontwatch.model import Candidate, Place, Toponym

K = TypeVar("K")

# A name the gazetteer does not list must still look like a name: capitalised words,
# an Arabic article joined by a hyphen or apostrophe ('al-Mayadin', 'Deir Al-‘Assafir').
_NAME = re.compile(r"^(?:[A-Z][\w’'‘`-]*|(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w’'‘`-]*)"
                   r"(?:[\s-](?:[A-Z][\w’'‘`.-]*|al|el|ad|ar|as|ash|at|az|an|de|du|la|le|of)){0,4}$")
_BEFORE_GAP = 30  # characters: "Mogadishu's X district", 'in Homs, the village of X'; farther is another clause
_ARTICLES = frozenset("al el ad ar as ash at az an of de la le du".split())
# 'a', 'an', 'another' right before the name: a name of a place takes no indefinite article.
_INDEFINITE = re.compile(r"\b(?:an?|another|each|every)\s+\Z", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# Lower-case words that end a noun phrase rather than continue it ('a Humvee and a truck').
_PHRASE_ENDS = frozenset("and or but in on at near with by from to of for as that which who was were is are had has".split())
_CONTAINER_GAP = re.compile(r"^\s*(?:,|in|in the|near|of)\s*$")
# What may stand between a name and the country that holds it: 'X in Iraq', 'X, Iraq', then the words of a
# part of it ('X in northern Iraq', 'X in the south-east of Y' is a relative phrase of its own). Not 'near' or
# 'of': 'X near Iraq' is outside it, 'X of Iraq' an organisation's as often.
_COUNTRY_GAP = re.compile(r"^\s*(?:,|in)\s*(?:the\s+)?([a-z-]+\s+)?$")
_PLACE_NOUN_AFTER = re.compile(r"^\s+([a-z-]+)\b")  # the word after a name: its place noun ('X village in Y')?
# Roles strong enough to keep an unlisted name as a place.
_UNLISTED_ROLES = frozenset({"place_noun", "territory", "object", "target_noun", "prep"})
# Prepositions before a named site ('at the Al-Jafra Farms', 'near Taksim Square'): with the
# site's own kind word they say 'place' ('at' alone also takes times and organisations).
_SITE_PREPS = frozenset({"at", "in", "near", "on", "inside", "outside", "around", "into", "towards", "toward",
                         "over", "across", "within", "through", "along", "to", "from"})


def _capitalised(word: str) -> bool:
    """A word that is a name by itself: capitalised, or an Arabic article joined to a capitalised
    word ('al-Tarikh', 'el-Ain': the article is written lower-case mid-sentence). Only a one-word
    name is read so: the last word of a longer one ('Abdel Mahmoud al-Tikriti') is a person's
    family name as often."""
    head, _, rest = word.partition("-")
    return word[:1].isupper() or (head.lower() in _ARTICLES and rest[:1].isupper())


def named_site(span: "SpanCandidate") -> bool:
    """A name that says it is a site by its last word ('Al-Jafra Farms', 'Kindi Hospital',
    'T-4 Military Airport', 'Panorama Checkpoint'), in a locative role or after a place
    preposition. A populated-places gazetteer lists none of these, and the model labels many
    ORG or FAC; the kind word and the grammar together still say where."""
    words_ = span.text.split()
    if len(words_) < 2 or span.label == "PERSON":  # 'the body of Juantissa Hill, 24'
        return False
    # its own site head, whatever its case ('the Castello road', "Sheikh Sa'eed District": geo/sites.py);
    # not an institution's word ('X Hospital', 'X School' name organisations as often: recognize.ORG_WORDS),
    # which is a place only when attacked (`unlisted_toponyms`' attacked site)
    own_head = span.site_head is not None and words_[-1].lower() == span.site_head and span.site_head not in ORG_WORDS
    if not own_head and (not words_[-1][:1].isupper() or words_[-1].lower() not in words().site_words):
        return False
    return span.locative in _UNLISTED_ROLES or (span.prep or "") in _SITE_PREPS


def _anchor(span: "SpanCandidate", toponyms: "Sequence[Toponym]", text: str,
            scene: "frozenset[tuple[int, int]]" = frozenset()) -> "Toponym | None":
    """The place an unlisted name lies in: a resolved place of its own sentence, the one
    named right after it first ('X in Y', 'X, north of Y', 'X district of Y'), then the one
    it is a part of ("Y's X district"), then the nearest before it; a town, district or
    province; a place farther before it only when it sets the scene itself ('In the Latakia
    countryside, troops captured X': `scene` holds the spans in a locative role). (A country named beside it is often an actor's, 'US officials said the raids
    hit X': the caller's theatre country is the fallback, not the sentence's.)"""
    local = [t for t in toponyms if t.place is not None and t.sentence == span.sentence
             and (t.precision or t.place.precision) in ("city", "admin2", "admin1")
             and (t.end <= span.start or t.start >= span.end)]
    after = [t for t in local if t.start >= span.end and t.start - span.end <= 60]
    if after:
        return after[0]
    before = [t for t in local if t.end <= span.start
              and (span.start - t.end <= _BEFORE_GAP or (t.start, t.end) in scene)]
    return before[-1] if before else None


def _host_lead() -> str:
    """The words right before a host that stay out of its name: 'the', a compass word ('northern', 'downtown')
    and a place noun with 'of' ('the city of'), from data/locative.json."""
    w = words()
    compass = "|".join(sorted(w.compass_words | {"downtown", "central"}))
    nouns = "|".join(sorted(n for n in w.place_nouns if " " not in n))
    return rf"(?:the\s+)?(?:(?:{compass})\s+)?(?:(?:{nouns})\s+of\s+)?"


@lru_cache(maxsize=1)
def _tie_gap() -> "re.Pattern[str]":
    """What may stand between a site and the host that holds it: 'X Hotel in Warsaw', 'X camp near the
    city of Nablus', 'X Square, Istanbul', 'X road in northern Aleppo'; a place noun before 'of' and a
    compass word (data/locative.json) only inside it."""
    return re.compile(rf"^\s*,?\s*(?:(?:in|near|outside|of)\s+)?{_host_lead()}$")


_APPOSITION_CHARS = 80  # an apposition longer than this is a clause of its own


@lru_cache(maxsize=1)
def _apposition_gap() -> "re.Pattern[str]":
    """A host behind an apposition or a relative clause set off by commas: 'the X shrine, one of the
    holiest sites for Shi'ite Muslims, in Kerbala' (the host after the closing comma), 'the X Hotel, a
    landmark in Warsaw' (the host inside the phrase). The phrase opens with a determiner or a relative
    pronoun (data/locative.json apposition_openers), holds no other comma or bracket, and ends in 'in',
    'near' or 'outside' right before the host: it restates the site, so where it is, the site is."""
    openers = "|".join(sorted(words().apposition_openers))
    return re.compile(rf"^\s*,\s*(?:{openers})\b[^,;:()\[\]\"“”]{{0,{_APPOSITION_CHARS}}}?(?:,\s*|\s+)"
                      rf"(?:in|near|outside)\s+{_host_lead()}$")


_POSSESSIVE_GAP = re.compile(r"^[’']s\s+(?:[a-z-]+\s+)?$")  # "Warsaw's Victoria Hotel", "Aleppo's main X market"


def tied_host(span: "SpanCandidate", toponyms: "Sequence[Toponym]", text: str) -> "Toponym | None":
    """The town, district or province a named site is tied to by its own sentence: the first one right
    after it over 'in', 'near', 'outside', 'of' or a comma ('the Victoria Hotel in Warsaw', 'the el-Ain
    refugee camp near the city of Nablus'), or behind an apposition that restates the site ('the Imam X
    shrine, one of the holiest sites, in Kerbala': `_apposition_gap`), or right before it with a possessive
    ("Warsaw's Victoria Hotel"). Narrower than `_anchor` (the nearest place before or after): a site named in
    everyday words ('the Grand Hotel') has nothing else that says where it is, so only the grammar of containment may."""
    local = sorted((t for t in toponyms if t.place is not None and t.sentence == span.sentence and t.relative is None
                    and (t.precision or t.place.precision) in ("city", "admin2", "admin1")), key=lambda t: t.start)
    after = [t for t in local if t.start >= span.end]
    if after and (_tie_gap().match(text[span.end:after[0].start])
                  or _apposition_gap().match(text[span.end:after[0].start])):
        return after[0]
    before = [t for t in local if t.end <= span.start]
    if before and _POSSESSIVE_GAP.match(text[before[-1].end:span.start]):
        return before[-1]
    return None


def _country_container(span: "SpanCandidate", toponyms: "Sequence[Toponym]", text: str) -> "Toponym | None":
    """The country the sentence itself puts an unlisted name in: 'a checkpoint in Adhaim in northern Iraq',
    'X, Lebanon'. `_anchor` takes only a town or a division, since a country named beside a name is often an
    actor's ('US officials said the raids hit X'); right after the name over 'in' or a comma, the country (or a
    part of it, 'northern Iraq') is its container, as 'X in Y' names a town's. Put at the country's point:
    the precision says how coarse it is."""
    for t in sorted(toponyms, key=lambda t: t.start):
        if t.place is None or t.sentence != span.sentence or t.start < span.end:
            continue
        between = text[span.end:t.start]
        noun = _PLACE_NOUN_AFTER.match(between)
        if noun is not None and noun.group(1).lower() in words().place_nouns:
            between = between[noun.end(1):]  # 'Buyir village in northern Syria': the name's own place noun
        gap = _COUNTRY_GAP.match(between)
        if gap is None or (gap.group(1) and gap.group(1).strip() not in words().compass_words):
            return None  # only the first place after the name, right after it
        demonym = any(c.how == "demonym" for c in t.candidates[:1])  # 'X, Syrian forces said'
        if t.place.precision != "country" or demonym or not t.text[:1].isupper():
            return None
        return t
    return None


def _own_name_sense(span: "SpanCandidate", spans: "Sequence[SpanCandidate]",
                     resolutions: "Sequence[Resolution]", countries: "frozenset[str]") -> "Toponym | None":
    """The town a site or district is named after, when its sentence names no host: 'the strategic
    Dumayr Airbase' lies by Dumayr, 'the Tabaqa Dam' by Tabaqa. The name before the kind word
    ('Dumayr') is a span of its own; the resolver refused it alone (a bare name, low evidence), but
    its best exact, alternate or folded sense -- a town or division, not a fuzzy look-alike -- is
    the site's host when it lies in a country the text vouches for (`countries`: the theatre's,
    the people adjectives', the sentence's resolved places'). With no such country nothing is
    vouched: 'Sa'eed District' has a sense in Yemen, and a far homonym is worse than no point."""
    if not countries:
        return None
    for inner, res in zip(spans, resolutions):
        if inner.start != span.start or inner.end >= span.end or not res.ranked:
            continue
        _, best = res.ranked[0]
        place = best.place
        if best.how in ("exact", "alternate", "folded") and place.country in countries \
                and place.precision in ("city", "admin2", "admin1"):
            return Toponym(start=-1, end=-1, text=place.name, place=place, score=0.5, precision=place.precision)
    return None


def _after_place_preposition(span: "SpanCandidate", site: bool, at_place: bool) -> bool:
    """A name after a place preposition that the model (GPE, LOC, FAC) or its own kind word (a named site)
    says is a place: 'killed in Al-Zara', 'at Kibeho', 'the assault at the X Farms', 'near the X Roundabout'.
    With no host named beside it, such a name is put at the theatre's country only in a sentence that reports
    an act of violence (the caller's `violent`): elsewhere ('in the X dispute', 'a machinist in X') it lies
    anywhere, and a country's point is a far guess."""
    # of the weak prepositions only 'at' locates ('airstrikes over the X Mountains', 'the road to X' pass over or
    # lead to a place): a strong one is the 'prep' role already
    framed = span.locative == "prep" or at_place or (site and span.locative is None and span.prep == "at")
    return framed and (span.label in ("GPE", "LOC", "FAC") or site or at_place)


def _host_noun(span: "SpanCandidate") -> bool:
    """A name ending in the word of a site or an urban part ('Dumayr Airbase', 'Tabaqa Dam', 'Sheikh
    Maqsoud District', 'Yarmouk Camp'): a place that lies in or by a town (data/locative.json
    site_words, suffix_nouns)."""
    words_ = span.text.lower().split()
    return len(words_) > 1 and (words_[-1] in words().site_words or words_[-1] in words().suffix_nouns)


def _counted_thing(span: "SpanCandidate", text: str) -> bool:
    """'destroyed a Humvee': a name after 'a'/'an' that ends its noun phrase is a thing, not a
    place; before a noun it only qualifies it ('in a Silverado Ranch home' is in the place)."""
    if not _INDEFINITE.search(text[max(0, span.start - 12):span.start]):
        return False
    after = _NEXT_WORD.match(text, span.end)
    return after is None or after.group(1) in _PHRASE_ENDS


def _named_by_place_noun(span: "SpanCandidate") -> bool:
    """'the town of Rastan', 'the Minyan suburbs', 'Buyir village', labelled NORP by the model: a name in a
    place noun's frame (geo/locative's 'place_noun' role: 'the town of X', 'X district', 'the X and Y suburbs',
    'the districts of X and Y') is the place's name, unless it is a people's word after all: a state's adjective
    (the demonym table's: 'Syrian villages') or a people's or a faith's that is no state's (geo/peoples.py:
    'the Alawite villages', 'a Druze neighbourhood': who lives there)."""
    from frontwatch.geo.demonyms import demonym_codes

    return span.locative == "place_noun" and not demonym_codes(span.text) and not people_word(span.text)


def dominant_country(countries: "dict[str, float]") -> str | None:
    """The country an article's theatre is about, when one holds DOMINANT_SHARE of its sure
    evidence ('Syrian army', 'Aleppo', 'Homs' against one 'Russian'); None when it is split
    ('US officials said the raids hit X' in a report on Russia and Syria)."""
    return _dominant(countries)


def _dominant(weights: Mapping[K, float]) -> K | None:
    """The key holding DOMINANT_SHARE of the positive weight, if one does (first of equals)."""
    total = sum(v for v in weights.values() if v > 0)
    if total <= 0:
        return None
    top, weight = max(weights.items(), key=lambda kv: kv[1])
    return top if weight >= float(words().weights["dominant_share"]) * total else None


def dominant_division(toponyms: "Sequence[Toponym]", country: str) -> tuple[str, str] | None:
    """The first-level division of `country` that the article's resolved local places (towns,
    districts, provinces) mostly lie in: where an unlisted name whose sentence names no place is
    put, rather than the country's point ('displaced from X village' in a report on Benue State
    is in Benue, not at Nigeria's centre, 240 km off). None unless one division holds
    DOMINANT_SHARE of at least two such places."""
    divisions = Counter(t.place.admin1_code for t in toponyms
                        if t.place is not None and t.relative is None and t.place.country == country
                        and t.place.admin1_code and (t.precision or t.place.precision) in ("city", "admin2", "admin1")
                        and not (t.candidates and t.candidates[0].how == "unlisted"))
    if sum(divisions.values()) < 2:
        return None
    code = _dominant(divisions)
    return (country, code) if code else None


def demonym_country(spans: "Sequence[SpanCandidate]", cands_of: "Sequence[Sequence[Candidate]]") -> str | None:
    """The one country the article's people adjectives name, wherever they stand ('the Syrian
    Army', 'Iraqi police', labelled ORG and so not theatre votes): where an unlisted name in a
    strong role is put when the theatre has no dominant country. A weaker guess than the
    theatre, used only there; None when the adjectives name several countries."""
    codes = {c.place.country for s, cands in zip(spans, cands_of) for c in cands[:1]
             if c.how == "demonym" and c.place.precision == "country" and c.place.country
             and s.text[:1].isupper()}
    return next(iter(codes)) if len(codes) == 1 else None


def unlisted_toponyms(spans: "Sequence[SpanCandidate]", resolutions: "Sequence[Resolution]",
                      toponyms: "Sequence[Toponym]", text: str, country: "Place | None" = None,
                      guess: "Place | None" = None, violent: "frozenset[int]" = frozenset(),
                      homeless: "list[Toponym] | None" = None) -> "list[Toponym]":
    """Names in a strong locative role that the gazetteer does not resolve, each placed at
    the place of its sentence it lies in (`_anchor`), with that place's precision and a
    low score. A name that reads as a person, a date, an organisation or a part of a
    longer name is never kept; neither is one with no place to put it in. `country`: the
    one country the article is about (its theatre), where a name whose sentence names no
    place is put, at its precision (the caller passes the theatre country's dominant division
    when the article has one, `dominant_division`). `guess`: when there is no such country, the one the
    article's people adjectives name (`demonym_country`), used alike but not for a name the
    model reads as a place only by a verb ('Reach Josh Lederman on Twitter'): only 'the town of X' and sites.
    `violent`: the sentences that report an act of violence (geo/violence.py), where a name after a mere place
    preposition with no host beside it is put at `country` too.
    `homeless`, when given, receives the names that pass every test but have nowhere to go because the
    article gives no country (`country` and `guess` both None: it names none, 'were killed in the town of
    Kiliba', 'murdered ... in Mangalhat' alone, or its theatre is split and no people's adjective names one), as
    toponyms without a place (`unplaced_name`): not the geoparser's toponyms (no point is made up), but names the
    event layer may still choose as an event's place."""
    from frontwatch.geo.words import common_word
    from frontwatch.model import Toponym

    out: list[Toponym] = []
    taken = [(t.start, t.end) for t in toponyms]
    scene = frozenset((s.start, s.end) for s in spans if s.locative in ("prep", "place_noun"))
    facility = words().facility_words
    for span, res in zip(spans, resolutions):
        if span.tied_site:  # a site named in everyday words: at the host its sentence ties it to
            host = tied_host(span, toponyms, text)
            # an institution's head ('X Hospital in Y', 'X School in Y') names an organisation as often: only
            # when attacked, as `named_site` reads it; the place of a doctor's or a pupil's words is not the event's
            head = span.site_head or span.text.split()[-1].lower()
            institution = head in ORG_WORDS and span.locative not in ("territory", "object", "target_noun")
            if host is not None and res.place is None and not (span.in_org_entity or span.inner or institution) \
                    and (span.locative in _UNLISTED_ROLES or (span.prep or "") in _SITE_PREPS) \
                    and not any(not (span.end <= a or span.start >= b) for a, b in taken):
                taken.append((span.start, span.end))
                out.append(_at(span, host))
                continue
            if span.tied_only:
                continue  # 'the Grand Hotel' with no host named: nothing says where it is
        # a natural feature in a locative role is a site too ('targeting Talat Al-Bureij', 'capturing Jabal
        # Al-Zahiyah'), and never a person, whatever the model's label. In a locative role only, as any unlisted
        # name: after a mere preposition ('on Jabal Thardeh') it gained nothing on tune and moved two places
        feature = natural_feature(span.text) and not (span.in_org_entity or span.inner) and (
            span.locative in _UNLISTED_ROLES)
        site = named_site(span) or feature
        # 'at Kibeho', 'at Tal Kroum': 'at' also takes times and organisations, so only where the
        # model itself says place (GPE, LOC).
        # In a sentence that reports an act of violence, also a name the model labels an organisation or a
        # facility, or none ('launched a counter-attack ... at Al-Qarassi', 'an assault at Bala Kadimah'), unless
        # the 'at' phrase hangs on a party's noun ('an official at X said': where someone works; evloc40) or the
        # name is an institution's ('treated at Al-Quds hospital': a place only when attacked, as above).
        at_place = span.locative is None and span.prep == "at" and (
            span.label in ("GPE", "LOC") or (span.sentence in violent and span.label in ("ORG", "FAC", "PROPN")
                                             and not span.workplace
                                             and (span.site_head or span.text.split()[-1].lower()) not in ORG_WORDS))
        if res.place is not None or span.listed_only or not (span.locative in _UNLISTED_ROLES or site or at_place):
            continue
        last = span.text.lower().split()[-1] if span.text.split() else ""
        own_noun = len(span.text.split()) > 1 and last in words().suffix_nouns  # 'Bama Town'
        if span.person_like and not feature and (span.label != "PERSON"
                                 or not (own_noun or span.locative in ("place_noun", "territory", "prep"))):
            continue  # a title before it, or a PERSON only as an object ('hit Trooper X'): people are attacked too
        if (span.calendar or span.person_name or span.speech_subject or span.short_code
                or (span.label == "NORP" and not _named_by_place_noun(span)) or span.label == "DATE"
                or people_word(span.text)  # 'the Alawite villages' (PERSON), 'the Yazidi villages' (GPE): who lives there
                or span.sentence_initial
                or (span.org_like and last not in facility)):
            continue
        words_ = span.text.split()
        if len(words_) > 1 and (words_[-1] in words().place_nouns or words_[-1].lower() == span.site_head):
            words_ = words_[:-1]  # 'Qarmashin village', 'Castello road': the name is before the noun
            if span.site_head and len(words_) > 1 and words_[-1] in words().site_modifiers:
                words_ = words_[:-1]  # 'el-Ain refugee camp': a kind word between the name and its head
        if (span.in_org_entity or span.inner or not _NAME.match(" ".join(words_)) or len(span.text) < 3
                or not (_capitalised(words_[0]) if len(words_) == 1
                        # a site's kind word says place: 'the Bustan al-Qasr neighbourhood' may end in an article name
                        else words_[-1][:1].isupper() or (site and _capitalised(words_[-1])))):
            continue
        if (len(words_) == 1 and words_[0].isupper()) or _counted_thing(span, text):
            continue  # 'destroyed a VBIED', 'a Humvee': an acronym alone, or a thing counted with 'a', is no village's name
        arabic = words_[0].lower().split("-")[0] in _ARTICLES and "-" in words_[0]
        # a feature named in everyday words stays under the everyday-words rule ('along Mount Hood's slopes in
        # Oregon': a state's point is far from a mountain); its kind word only says it is no person
        attacked_site = (site and not feature) or (span.locative in ("territory", "object", "target_noun") and last in facility)
        if not (arabic or attacked_site) and all(common_word(x) for x in words_ if x.lower() not in _ARTICLES):
            continue  # 'Historic District', 'Dragon City', 'House': everyday words, not a village's name
        if any(not (span.end <= a or span.start >= b) for a, b in taken):
            continue
        anchor = _anchor(span, toponyms, text, scene)
        if anchor is None and _host_noun(span):
            vouched = {p.country for p in (country, guess) if p is not None and p.country} | {
                t.place.country for t in toponyms if t.place is not None and t.sentence == span.sentence
                and t.place.country}
            anchor = _own_name_sense(span, spans, resolutions, frozenset(vouched))
        held = None
        if anchor is None and (span.label != "NORP" or span.sentence in violent):
            # not a NORP-labelled name ('the village of Flumeri in southern Italy'), as for the theatre's
            # country below: the model's doubt and a country's point together are too far a guess, unless its
            # sentence reports an act of violence ('capturing Buyir village in northern Syria', evloc40)
            anchor = held = _country_container(span, toponyms, text)
        # The theatre's country for a name in a strong role; for a site or a town after a mere
        # preposition ('at Court Square', 'in X') only in a sentence that reports an act of violence
        # (`_after_place_preposition`): anywhere else a country's point is a far guess (LGL acc@161
        # fell with it, evloc20; GWN's 'in the Cauvery dispute', 'a machinist in Earlsheaton', evloc38).
        # A NORP-labelled name ('the village of Flumeri') only beside a town, or in a sentence that reports an
        # act of violence ('stormed the Minyan suburbs'): elsewhere the model's doubt and a country's point
        # together are too far a guess (evloc39).
        if anchor is None and len(words_) == 1 and not words_[0][:1].isupper():
            # a name read as one only by its lower-case article ('al-Tarikh'): a host named in the text must
            # place it, never a country's point ('Russian warplanes bomb al-Mayadin' is no event in Russia)
            continue
        fallback = country
        if fallback is None and guess is not None and (
                span.locative == "place_noun" or site
                or (span.locative in ("territory", "target_noun") and span.label != "PERSON")):
            # 'the town of X', 'the X hill', 'the Syrian Army stormed X', 'airstrikes on X': not
            # 'defending Copernicus's theory' (an attack verb that takes people as often) or
            # 'Reach Josh Lederman on Twitter' (a territory verb, but the model reads a person)
            fallback = guess
        strong_role = span.locative not in (None, "prep") and not at_place
        if anchor is None and fallback is not None and (strong_role or (
                fallback is country and _after_place_preposition(span, site, at_place)
                and span.sentence in violent)) and (span.label != "NORP" or span.sentence in violent):
            anchor = Toponym(start=-1, end=-1, text=fallback.name, place=fallback, score=0.5,
                             precision=fallback.precision or "country")
        nowhere = anchor is None and homeless is not None and country is None and guess is None and (
            strong_role or (_after_place_preposition(span, site, at_place) and span.sentence in violent)) and (
            span.label != "NORP" or span.sentence in violent)
        if anchor is None and not nowhere:
            continue
        if span.locative == "prep" and span.label not in ("GPE", "LOC", "FAC") and last not in facility \
                and not feature and not (anchor is not None and anchor.start >= span.end
                         and _CONTAINER_GAP.match(text[span.end:anchor.start])) \
                and held is None:
            continue  # 'in X' alone: only where the model says place, or 'in X in Y', 'in X, Y'; or a natural
            # feature's own word does ('advance in Jabal al-Thurdeh', PERSON: a mountain is nobody, evloc45)
        contained = held is not None or (anchor is not None and (
            anchor.start >= span.end and bool(_CONTAINER_GAP.match(text[span.end:anchor.start]))))
        if span.locative != "place_noun" and not site and not contained and \
                any(c.how in ("exact", "alternate") for _, c in res.ranked):
            continue  # listed under this name and the resolver said no: only 'the town of X' or 'X in Y' overrule it
        if anchor is None:  # `nowhere`: the article names no country to put it in (the toponyms stay as they were)
            if homeless is not None and not any(not (span.end <= h.start or span.start >= h.end) for h in homeless):
                homeless.append(unplaced_name(span))
            continue
        taken.append((span.start, span.end))
        out.append(_at(span, anchor))
    return out


def unplaced_name(span: "SpanCandidate") -> "Toponym":
    """A name kept without a point: no place, no candidates, no precision (events/place_role.is_unplaced reads
    it so). Its place is the name alone; a country's or a town's point would be a guess."""
    return Toponym(start=span.start, end=span.end, text=span.text, place=None, score=0.3, precision=None,
                   sentence=span.sentence)


def _at(span: "SpanCandidate", anchor: "Toponym") -> "Toponym":
    """The unlisted name as a toponym at the place it lies in, with that place's precision and a low score.
    One candidate, 'unlisted': the place it was put in, so what reads the toponym knows the point is its
    container's (events/place_role: the container only locates it)."""
    score = round(min(anchor.score, 0.5), 3)
    return Toponym(start=span.start, end=span.end, text=span.text, place=anchor.place, score=score,
                   precision=anchor.precision or anchor.place.precision, sentence=span.sentence,
                   candidates=[Candidate(place=anchor.place, score=score, how="unlisted")])


__all__ = ["demonym_country", "dominant_country", "dominant_division", "named_site", "tied_host", "unlisted_toponyms",
           "unplaced_name"]
