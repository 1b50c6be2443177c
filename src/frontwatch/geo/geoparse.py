"""The geoparser: recognition → candidates → resolution → relative locations.

One object per process holds the gazetteer connection and the candidate finder; the
per-article work (`parse_doc`) is a function of the parsed document only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from frontwatch.geo.actor_names import (
    find_actor_names,
    force_countries,
    inside_no_name,
    is_actor_name,
    theatre_countries,
)
from frontwatch.geo.currencies import currency_country, is_currency
from frontwatch.geo.doer import home_ground, origin_votes
from frontwatch.geo.fold import fold
from frontwatch.geo.fuzzy_index import LRUMemo
from frontwatch.geo.home_candidates import (
    CANDIDATE_LIMIT,
    home_divisions,
    with_home_homonyms,
)
from frontwatch.geo.outlet import article_country_hint, article_votes, outlet_priors
from frontwatch.geo.recognize import TYPE_WORDS, SpanCandidate, recognise
from frontwatch.geo.refused import refused_toponyms, store_unplaced
from frontwatch.geo.refused import store as store_refused
from frontwatch.geo.resolve import (
    NATION_SIZED,
    Resolution,
    confidence,
    evidence,
    feature_toponyms,
    focus_weights,
    resolve_document,
    votes_for_focus,
)
from frontwatch.geo.sites import site_senses, site_surfaces
from frontwatch.geo.theatre import build_theatre, local_vote, names_country, place_vote
from frontwatch.geo.unlisted import (
    demonym_country,
    dominant_country,
    dominant_division,
    unlisted_toponyms,
)
from frontwatch.geo.violence import violent_sentences
from frontwatch.geo.words import one_common_word
from frontwatch.model import Candidate, Place, Sentence, Toponym
from frontwatch.nlp.doc_memo import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from frontwatch.geo.candidates import CandidateFinder
    from frontwatch.geo.gazetteer import Gazetteer

# How many focus countries fuzzy matching may search (more = slower and noisier).
MAX_FOCUS = 4
# How many (name, focus countries) look-ups `Geoparser` remembers, least recently used out first: FA-KES's 804
# articles ask 19,183 distinct ones (~750 B each); 200,000 kept and then dropped at once held ~150 MB in a
# long-running worker and lost every recurring name at the drop (docs/scale-history.md, ninth pass).
LOOKUP_MEMO = 50_000


class Geoparser:
    def __init__(self, gazetteer: "Gazetteer", finder: "CandidateFinder") -> None:
        self.gazetteer = gazetteer
        self.finder = finder
        self._cache = LRUMemo(LOOKUP_MEMO)  # (name, focus countries) -> candidates
        self._borders: dict[tuple[str, ...], tuple[tuple[float, float], tuple[float, float]] | None] = {}
        self._countries: dict[str, Place | None] = {}
        self._division_people: dict[tuple[str, str], int] = {}

    @classmethod
    def open(cls, path: Path | None = None) -> "Geoparser":
        from frontwatch.geo.candidates import CandidateFinder
        from frontwatch.geo.gazetteer import Gazetteer

        gaz = Gazetteer.open(path)
        return cls(gaz, CandidateFinder(gaz))

    def _candidates(self, text: str, focus: tuple[str, ...]) -> list[Candidate]:
        # Names repeat within and across articles; a bounded cache saves most lookups.
        key = (text, focus)
        hit = self._cache.get(key)
        if hit is None:
            hit = self.finder.candidates(text, focus=focus, limit=CANDIDATE_LIMIT)
            self._cache.put(key, hit)
        return hit

    def _seat_divisions(self, span: SpanCandidate, cands: list[Candidate]) -> list[Candidate]:
        """Add the division a named city is the seat of, when the text says 'region'.

        'Russia's Kursk region' names Kursk Oblast, whose names ('Kurskaya oblast'') are
        not 'Kursk'; the city's own first-level division, named from the same stem, is it."""
        if TYPE_WORDS.get(span.type_word or "") != "admin1" or any(c.place.precision == "admin1" for c in cands):
            return cands
        key = fold(span.text) or ""
        stem = key[:max(4, len(key) - 1)]
        extra: list[Candidate] = []
        for c in cands:
            p = c.place
            if not (p.precision == "city" and c.how in ("exact", "alternate") and p.country and p.admin1_code):
                continue
            division = self.gazetteer.admin1(p.country, p.admin1_code)
            if (division is not None and (fold(division.name) or "").startswith(stem)
                    and all(x.place.geonameid != division.geonameid for x in extra)):
                extra.append(Candidate(place=division, score=c.score, how="alternate"))
        return cands + extra

    def _country(self, code: str) -> Place | None:
        """`Gazetteer.country`, memoised: a table scan per call, and every 'Syrian' asks again."""
        if code not in self._countries:
            self._countries[code] = self.gazetteer.country(code) if hasattr(self.gazetteer, "country") else None
        return self._countries[code]

    def _nation_sized(self, cands_of: Iterable[list[Candidate]]) -> set[tuple[str, str]]:
        """The candidates' first-level divisions of NATION_SIZED people or more (memoised lookups)."""
        out: set[tuple[str, str]] = set()
        for cands in cands_of:
            for c in cands:
                key = (c.place.country or "", c.place.admin1_code or "")
                if not all(key):
                    continue
                if key not in self._division_people:
                    division = self.gazetteer.admin1(*key)
                    self._division_people[key] = division.population if division is not None else 0
                if self._division_people[key] >= NATION_SIZED:
                    out.add(key)
        return out

    def _lookup(self, span: SpanCandidate, focus: tuple[str, ...]) -> list[Candidate]:
        for text in span.lookup:
            cands = self._candidates(text, focus)
            if cands:
                return cands
        return []

    def parse_doc(self, doc: "Doc", sents: list[Sentence], hint: tuple[str, ...] = (),
                  admin_hint: Mapping[tuple[str, str], float] | None = None) -> list[Toponym]:
        """Toponyms of one parsed article. `hint`: ISO2 codes the source is known to be about;
        `admin_hint`: (country, admin1 code) → share for the divisions it usually covers."""
        refused: list[Toponym] = []
        unplaced: list[Toponym] = []
        out = self.parse_spans(doc_text(doc), recognise(doc, sents), sents, hint=hint, admin_hint=admin_hint,
                               actors=find_actor_names(doc), refused=refused, violent=violent_sentences(doc, sents),
                               unplaced=unplaced)
        store_refused(doc, refused)  # for the event layer's argument places (geo/refused.py)
        store_unplaced(doc, unplaced)  # names with nowhere to go, for the event layer's choice (geo/refused.py)
        return out

    def parse_spans(self, text: str, spans: list[SpanCandidate], sents: list[Sentence], hint: tuple[str, ...] = (),
                    admin_hint: Mapping[tuple[str, str], float] | None = None, actors=(),
                    refused: list[Toponym] | None = None, violent: frozenset[int] = frozenset(),
                    unplaced: list[Toponym] | None = None,
                    country_words: Sequence[tuple[str, str]] = ()) -> list[Toponym]:
        """Toponyms from spans already recognised (by `recognise` for English, by
        `lang.toponyms` for the other languages): candidates, theatre, resolution, relatives.
        `actors`: armed groups' names found in the text (English only so far); `refused`, when
        given, receives the names the resolver refused with their best sense (geo/refused.py);
        `violent`: the sentences that report an act of violence (geo/violence.py, English only so far);
        `unplaced`, when given, receives the unlisted names in a strong role that had no country to go to
        (geo/unlisted.unlisted_toponyms' `homeless`);
        `country_words`: (word, ISO2) of the country adjectives a non-English text writes ('policía española',
        `lang.event_actors.country_word_votes`), which no span carries: each votes as a demonym span does here."""
        first = [self._lookup(s, ()) for s in spans]
        if actors:  # 'Daesh', 'Jaysh al-Islam' name armed groups, not places
            keep = [i for i, (s, c) in enumerate(zip(spans, first)) if not is_actor_name(s, c, actors)]
            spans, first = [spans[i] for i in keep], [first[i] for i in keep]
        # A currency word the model took for a place ('millions of naira') is no place; it votes for
        # the one country that issues it, like a demonym, or for none ('rupees') (geo/currencies.py).
        word_votes = [(s.text.lower(), code) for s in spans if is_currency(s.text) and (code := currency_country(s.text))]
        # A force the model labelled ORG ('the Syrian Army', 'Iraqi Armed Forces') votes as the same words
        # labelled NORP do, unless it says who struck (geo/doer.py). Its spans stay: LGL's gold takes
        # 'Lebanese' in 'The Lebanese Army' for a toponym.
        word_votes += [(s.text.lower(), code) for s in spans if s.label == "ORG" and not s.doer
                       for code in force_countries(s.text, origin=True)]
        word_votes += [(word.lower(), code) for word, code in country_words]
        keep = [i for i, s in enumerate(spans) if not is_currency(s.text)]
        spans, first = [spans[i] for i in keep], [first[i] for i in keep]
        # Demonyms ('Syrian', 'Iraqi') vote for focus countries but are not toponyms themselves.
        # A country's name or demonym that says who acted ('Russian assaults', 'US raid': geo/doer.py)
        # votes for nothing: an army is named by the country it comes from, the ground by its places.
        # A town modifying an attack noun ('Aleppo airstrikes') is the attack's own place and still votes.
        doer_codes = {id(s): ({x.place.country for x in c if x.place.precision == "country"} if names_country(c)
                              else set(self.finder.demonym(s.text)) if s.label == "NORP" else set())
                      for s, c in zip(spans, first) if s.doer}
        # A demonym of an armed force ('Russian troops') names the sender too; a country whose army fights abroad
        # (data/force_theatres.json) votes for its war theatres instead, below, and not as a place (geo/doer.py).
        origin = {id(s): war for s in spans if s.force and s.label == "NORP"
                  and set(war := origin_votes(codes := self.finder.demonym(s.text))) != set(codes)}
        # ... unless the text names a place of that country: an air force over its own ground (geo/doer.home_ground)
        ground = [max(c, key=lambda x: x.place.population).place.country for s, c in zip(spans, first)
                  if c and id(s) not in doer_codes and id(s) not in origin and votes_for_focus(s)]
        doer = {k for k, codes in doer_codes.items() if codes and not home_ground(codes, ground)}
        votes: list[list[Candidate]] = [c for s, c in zip(spans, first) if c and votes_for_focus(s) and id(s) not in doer
                                        and id(s) not in origin]
        for code in hint:
            place = self.gazetteer.country(code)
            if place is not None:
                votes.append([Candidate(place=place, score=1.0, how="demonym")])
        demonym_codes: dict[tuple[str, str], str] = {}  # one theatre vote per demonym and country
        for s in spans:
            if s.label == "NORP" and id(s) not in doer:
                for code in origin.get(id(s)) or self.finder.demonym(s.text):
                    demonym_codes[(s.text.lower(), code)] = code
                    place = self._country(code)
                    if place is not None:
                        votes.append([Candidate(place=place, score=1.0, how="demonym")])
        for word, code in word_votes:
            demonym_codes[(word, code)] = code
            place = self._country(code)
            if place is not None:
                votes.append([Candidate(place=place, score=1.0, how="demonym")])
        country_focus, admin_votes = focus_weights(votes)
        focus = tuple(sorted(country_focus, key=lambda c: -country_focus[c])[:MAX_FOCUS])
        # Theatre votes: sure place names, and countries named even as actors ('Israel struck').
        by_name = {s.text.lower(): place_vote(c, evidence(s), one_common_word(s.text))
                   for s, c in zip(spans, first) if c and (votes_for_focus(s) or names_country(c)) and id(s) not in doer
                   and id(s) not in origin}
        local = [k for s, c in zip(spans, first) if (k := s.text.lower()) in by_name and by_name[k]
                 and local_vote(c, by_name[k])]
        theatre = build_theatre(place_votes=by_name, countries=demonym_codes.values(), local_names=local,
                                actor_countries=theatre_countries(inside_no_name(actors, spans)), hint=hint)

        cands_of: list[list[Candidate]] = []
        for span, cands in zip(spans, first):
            strong = [c for c in cands if c.how != "fuzzy"]
            if not strong and focus:
                cands = self._lookup(span, focus)
            cands_of.append(self._seat_divisions(span, cands))
        if admin_hint is not None:  # the pass that knows the outlet's home (not the pass that gathers its votes)
            cands_of = with_home_homonyms(self.gazetteer, spans, cands_of, home_divisions(admin_hint, admin_votes))
        sites = site_surfaces(spans)  # a site's name is never its namesake town abroad (geo/sites.py)
        cands_of = [site_senses(s, c, theatre, sites) for s, c in zip(spans, cands_of)]
        resolved = list(zip(spans, resolve_document(text, spans, cands_of, country_focus, hint=hint,
                                                    admin_hint=admin_hint, nation_sized=self._nation_sized(cands_of),
                                                    theatre=theatre,
                                                    origin={i: origin[id(s)] for i, s in enumerate(spans)
                                                            if id(s) in origin},
                                                    named={i: [q] for i, s in enumerate(spans) if s.country_named
                                                           and (q := self._country(s.country_named)) is not None})))
        by_surface: dict[str, Resolution] = {}
        for span, res in resolved:
            key = span.text.lower()
            prev = by_surface.get(key)
            if res.place is not None and (prev is None or res.score > prev.score):
                by_surface[key] = res
        # One sense per discourse: a name resolved confidently once keeps that sense --
        # unless this mention itself reads as a person or a date ('Patterson said').
        out: list[Toponym] = []
        taken: list[tuple[int, int]] = []
        for span, res in sorted(resolved, key=lambda sr: (-(sr[1].place is not None), -(sr[0].end - sr[0].start), sr[0].start)):
            best = by_surface.get(span.text.lower())
            if best is not None and (
                (res.place is None and evidence(span) > -0.2)
                or (res.place is not None and best.place.geonameid != res.place.geonameid)
            ):
                res = best
            if res.place is None:
                continue
            if any(not (span.end <= a or span.start >= b) for a, b in taken):
                continue
            taken.append((span.start, span.end))
            out.append(
                Toponym(
                    start=span.start, end=span.end, text=span.text, place=res.place, score=confidence(res.score),
                    precision=res.place.precision, sentence=span.sentence,
                    candidates=[
                        Candidate(place=c.place, score=round(s, 3), how=c.how, features=c.features)
                        for s, c in res.ranked[:5]
                    ],
                )
            )
        out.extend(feature_toponyms(spans, [r for _, r in resolved], out, text))
        only = dominant_country(theatre.countries)
        guess = None if only else demonym_country(spans, first)
        division = dominant_division(out, only) if only else None
        home = (self.gazetteer.admin1(*division) if division else None) or (self._country(only) if only else None)
        out.extend(unlisted_toponyms(spans, [r for _, r in resolved], out, text,
                                     home, self._country(guess) if guess else None, violent=violent,
                                     homeless=unplaced))
        if refused is not None:
            refused.extend(refused_toponyms(resolved, out))
        out = self._with_capitals(text, out, sents)
        out.sort(key=lambda t: t.start)
        out.extend(self._relatives(text, out, sents))
        out.sort(key=lambda t: (t.start, t.end))
        return out

    def _with_capitals(self, text: str, toponyms: list[Toponym], sents: list[Sentence]) -> list[Toponym]:
        """'the Syrian capital' is Damascus, beside the country it names (geo/capital_phrase.py)."""
        from frontwatch.geo.capital_phrase import capital_toponyms
        from frontwatch.geo.demonyms import demonym_codes
        from frontwatch.nlp.pipeline import sentence_index

        if "capital" not in text:
            return toponyms
        new = capital_toponyms(text, toponyms, self.gazetteer.capital, demonym_codes)
        for t in new:
            t.sentence = sentence_index(sents, t.start)
        return new + toponyms  # first at its start: the anchor of 'near the Syrian capital' (_relatives)

    def _relatives(self, text: str, toponyms: list[Toponym], sents: list[Sentence]) -> list[Toponym]:
        """Relative locations ('20 km south of X', 'on the A-B border') anchored on resolved toponyms.

        The phrase becomes its own Toponym (precision 'relative' or 'border') whose `relative`
        dict carries the computed point and radius; the anchor toponym stays as it is.
        """
        from frontwatch.geo.demonyms import demonym_codes
        from frontwatch.geo.relative import find_relative, relative_geometry
        from frontwatch.nlp.pipeline import sentence_index

        out: list[Toponym] = []
        for expr in find_relative(text, demonym_lookup=demonym_codes):
            anchor = self._anchor(toponyms, expr.anchor_start, expr.anchor_end)
            anchor2 = self._anchor(toponyms, expr.anchor2_start, expr.anchor2_end)
            place = anchor.place if anchor else None
            if expr.kind == "border":
                pts = self.border_point(expr.countries) if len(expr.countries) >= 2 else None
                if pts is None:
                    continue
                geom = relative_geometry(expr, pts[0], pts[1])
                names = [self._country_name(c) for c in expr.countries]
                geom["name"] = "-".join(names) + " border"
                place = None
            else:
                if place is None:
                    continue
                extent = {"country": 300.0, "admin1": 60.0}.get(place.precision or "")
                second = (anchor2.place.lat, anchor2.place.lon) if anchor2 and anchor2.place else None
                geom = relative_geometry(expr, (place.lat, place.lon), second, extent_km=extent)
                geom["name"] = f"{expr.kind} {place.name}"
            out.append(Toponym(start=expr.start, end=expr.end, text=text[expr.start:expr.end], place=place,
                               score=anchor.score if anchor else 0.6, precision=geom["precision"],
                               relative=geom, sentence=sentence_index(sents, expr.start)))
        return out

    @staticmethod
    def _anchor(toponyms: list[Toponym], start: int | None, end: int | None) -> Toponym | None:
        """The resolved toponym at a phrase's anchor (the regex anchor may run past the name)."""
        if start is None:
            return None
        for t in toponyms:
            if t.place is not None and t.start >= start and t.start < (end or start + 1):
                return t
        return None

    def _country_name(self, code: str) -> str:
        place = self._country(code)
        return place.name if place else code

    def border_point(self, countries: list[str]) -> tuple[tuple[float, float], tuple[float, float]] | None:
        """The closest pair of towns across a border: where 'on the A-B border' most likely is.

        Country centroids would put a Lebanon-Syria border event 100+ km inside Syria; the
        nearest pair of populated places of the two countries brackets the border itself.
        """
        key = tuple(sorted(countries[:2]))
        if key in self._borders:
            return self._borders[key]
        from frontwatch.geo.closest import closest_pair

        best = closest_pair(self.gazetteer.towns(key[0]), self.gazetteer.towns(key[1]))
        self._borders[key] = None if best is None else (best[1], best[2])
        return self._borders[key]

    def parse_texts(self, texts: Iterable[str], batch_size: int = 32,
                    outlets: Sequence[str | None] | None = None) -> list[list[Toponym]]:
        """Geoparse raw texts (evaluation entry point).

        With `outlets` (one per text: a host or URL), each text has its outlet's domain
        country as a hint, and a second pass resolves it again with its outlet's home
        divisions as learnt from the outlet's *other* texts (`outlet.py`)."""
        from frontwatch.nlp.paragraphs import analyse_by_paragraph
        from frontwatch.nlp.pipeline import load_nlp, sentences

        nlp = load_nlp()
        # each paragraph read on its own, as in Pipeline.process (nlp/paragraphs.py)
        analysed = analyse_by_paragraph(nlp, (nlp.make_doc(t) for t in texts), batch_size=batch_size)
        docs = [(doc, sentences(doc)) for doc in analysed]
        if outlets is None:
            return [self.parse_doc(doc, sents) for doc, sents in docs]
        if len(outlets) != len(docs):
            raise ValueError(f"{len(outlets)} outlets for {len(docs)} texts")
        hints = [article_country_hint(None, o) for o in outlets]
        first = [self.parse_doc(doc, sents, hint=h) for (doc, sents), h in zip(docs, hints)]
        priors = outlet_priors(zip(outlets, first))
        return [self.parse_doc(doc, sents, hint=h, admin_hint=priors.prior_for(outlet, article_votes(tops)))
                for (doc, sents), outlet, h, tops in zip(docs, outlets, hints, first)]
