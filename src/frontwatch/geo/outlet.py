"""An outlet's home ground: the divisions a source usually writes about, learnt from its own articles.

A local paper names local places without saying where they are: 'Huntsville' in The
Huntsville Item is Huntsville, Texas, though nothing in the article says Texas, and a
Syrian local outlet's 'Sanamayn' is the one in Daraa. What the article omits, the outlet's
other articles say: pooled over them, the places resolved confidently cluster in one or
two first-level divisions. That cluster is a prior for every article of the outlet
(Lieberman, Samet & Sankaranarayanan 2010 call it the source's 'local lexicon').

Pure functions: the caller runs the geoparser once without priors, gives the resolved
toponyms per article here, and resolves again with `prior_for` as `admin_hint`.
Leave-one-out: an article's own places never count towards its own prior, so a prior
only ever brings in what *other* articles of the outlet say.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from frontwatch.model import Toponym

# Only places resolved this confidently (0..1) and this precisely vote for their division.
MIN_CONFIDENCE = 0.7
VOTING_PRECISIONS = frozenset({"city", "admin2", "admin1", "point"})
# A division enters the prior when it holds this share of the outlet's other votes...
MIN_SHARE = 0.3
# ...and the outlet's other articles cast at least this many votes.
MIN_VOTES = 4
# The prior's weight as an admin focus share (the article's own evidence ranges 0..1).
PRIOR_WEIGHT = 0.5


def article_votes(toponyms: Iterable[Toponym]) -> Counter[tuple[str, str]]:
    """(country, admin1 code) → confident place names of one article in that division.

    Each distinct surface counts once: a town named ten times is one piece of evidence."""
    seen: dict[str, tuple[str, str]] = {}
    for t in toponyms:
        p = t.place
        if (p is None or t.relative or t.score < MIN_CONFIDENCE or p.precision not in VOTING_PRECISIONS
                or not p.country or not p.admin1_code):
            continue
        seen.setdefault(t.text.lower(), (p.country, p.admin1_code))
    return Counter(seen.values())


@dataclass
class OutletPriors:
    """Votes per outlet, and the leave-one-out prior of any one of its articles."""

    totals: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)

    def add(self, outlet: str | None, votes: Counter[tuple[str, str]]) -> None:
        if outlet:
            self.totals.setdefault(outlet, Counter()).update(votes)

    def prior_for(self, outlet: str | None, own: Mapping[tuple[str, str], int] = Counter()) -> dict[tuple[str, str], float]:
        """Divisions the outlet's *other* articles cluster in, each with weight ≤ PRIOR_WEIGHT."""
        if not outlet or outlet not in self.totals:
            return {}
        rest = Counter(self.totals[outlet])
        rest.subtract(own)
        total = sum(v for v in rest.values() if v > 0)
        if total < MIN_VOTES:
            return {}
        return {k: round(PRIOR_WEIGHT * v / total, 4) for k, v in rest.items() if v > 0 and v / total >= MIN_SHARE}


def outlet_priors(articles: Iterable[tuple[str | None, Iterable[Toponym]]]) -> OutletPriors:
    """Pool the confident places of each outlet's articles: (outlet, toponyms) pairs."""
    priors = OutletPriors()
    for outlet, toponyms in articles:
        priors.add(outlet, article_votes(toponyms))
    return priors


# Country-code domains sold as generic names ('.io', '.tv', '.fm' radio, '.am' radio, '.co'
# companies), and '.eu', which names no one country: a host under them says nothing of
# where its outlet stands.
VANITY_TLDS = frozenset({"ac", "ai", "am", "cc", "co", "eu", "fm", "gg", "gl", "im", "io", "la", "ly", "me", "nu",
                         "sh", "tk", "to", "tv", "vc", "ws"})


def host_of(ref: str | None) -> str | None:
    """The host of a URL, or `ref` itself when it already is one ('thesun.co.uk')."""
    if not ref:
        return None
    ref = ref.strip().lower()
    host = urlsplit(ref).hostname if "://" in ref else ref.split("/", 1)[0]
    return host if host and "." in host and " " not in host else None


@lru_cache(maxsize=4096)
def outlet_country(ref: str | None) -> str | None:
    """ISO2 code of the country an outlet's country-code domain names ('.co.uk' → GB, '.ca' → CA).

    A Canadian government release's bare 'Nelson' is the British Columbia town, a British
    tabloid's 'Manchester' is England's: the domain is feed metadata every article carries,
    and a national outlet's home country is a prior like the article naming it once more
    (the article's own places still outweigh it). Generic ('.com') and vanity domains say
    nothing. `ref` is an article URL or an outlet's host."""
    host = host_of(ref)
    if host is None:
        return None
    tld = host.rsplit(".", 1)[-1]
    if tld == "uk":  # the one ccTLD that is not the ISO code of its country
        return "GB"
    if len(tld) != 2 or not tld.isalpha() or tld in VANITY_TLDS:
        return None
    import pycountry

    return tld.upper() if pycountry.countries.get(alpha_2=tld.upper()) else None


def article_country_hint(url: str | None, outlet: str | None, feed_hint: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A feed's own country hint plus the country of the article's domain (URL first, else the outlet's host)."""
    code = outlet_country(url) or outlet_country(outlet)
    return feed_hint if code is None or code in feed_hint else (*feed_hint, code)


__all__ = ["OutletPriors", "VANITY_TLDS", "article_country_hint", "article_votes", "host_of", "outlet_country",
           "outlet_priors"]
