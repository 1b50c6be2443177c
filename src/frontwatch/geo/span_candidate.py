"""What a span of an article is taken to be before the gazetteer decides: the candidate record and the words
around a name that say what kind of thing it names.

Why a module of its own: the recogniser (`recognize.py`) builds these records and `sites.py` marks the site
names among them, and the recogniser calls `sites.py`; keeping the record and the word lists here lets both
read them without an import cycle (tests/test_import_graph.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Words after a name that say what kind of place it is ('Daraa province', 'Aleppo city').
TYPE_WORDS = {
    "province": "admin1", "governorate": "admin1", "state": "admin1", "region": "admin1", "oblast": "admin1",
    "county": "admin2", "district": "admin2", "parish": "admin2", "municipality": "admin2",
    "city": "city", "town": "city", "village": "city", "countryside": "city", "suburb": "city",
    "neighbourhood": "city", "neighborhood": "city", "camp": "city", "area": "city", "border": "border",
    "country": "country", "republic": "country",
}

# Words that make a span an organisation or a person, not a place, whatever the gazetteer says.
ORG_WORDS = frozenset({
    "observatory", "ministry", "army", "forces", "force", "council", "organization", "organisation", "agency",
    "television", "tv", "news", "party", "front", "brigade", "brigades", "movement", "committee", "commission",
    "company", "corporation", "inc", "ltd", "university", "bank", "times", "post", "press", "union", "association",
    "institute", "foundation", "court", "police", "department", "office", "club", "group", "network", "church",
    "school", "hospital", "airlines", "airways", "fund", "program", "programme", "coalition", "guard", "guards",
    "militia", "militias", "service", "services", "radio", "journal", "herald", "tribune", "daily",
})
DETERMINERS = frozenset({"the", "The"})

# Words after a place name that make the whole a local institution of that place:
# '[Athens] Police Department', '[Fargo] City Commissioner', '[Middletown] High School'.
CIVIC_WORDS = frozenset(
    "police sheriff sheriff's sheriff’s fire city county council school schools high university college"
    " board department township village town public state area regional municipal district chamber"
    " library airport hospital court times news daily herald tribune post journal gazette".split()
)


@dataclass
class SpanCandidate:
    """A span that may name a place, with the context the resolver weighs."""

    start: int
    end: int
    text: str
    label: str  # spaCy label, or 'PROPN' for runs the model did not label
    sentence: int
    prep: str | None = None  # preposition before the span
    type_word: str | None = None  # 'province', 'city'… right after (or ending) the span
    lookup: list[str] = field(default_factory=list)  # strings to look up, best first
    sentence_initial: bool = False
    org_like: bool = False
    person_like: bool = False
    in_org_entity: bool = False  # a part of a longer ORG/PERSON entity ('[Ohio] Department of ...')
    calendar: bool = False  # 'March', 'Thursday', a lone 'North' or 'Mr': never a toponym alone
    person_name: bool = False  # its words are those of a full person name in the article ('Patterson said')
    speech_subject: bool = False  # subject of a verb of saying ('..., Lewis said')
    territory_object: bool = False  # object of 'seize', 'enter', 'shell'... ('rebels seized Deraa')
    dateline: bool = False  # 'COLUMBUS -- ...' / 'CHARLESTON, W.Va. -- ...'
    place_of: bool = False  # 'the fall of X', 'residents of X'
    civic: bool = False  # followed by a local-institution word ('X Police', 'X County Council')
    short_code: bool = False  # 'EST', 'MR' outside a GPE label: an abbreviation, rarely a country code
    inner: bool = False  # a word inside a longer name ('Air [Canada] Cargo'): only a country or state counts
    feature_name: bool = False  # a street, road, river, park... named in full ('Darby Street', 'Highway 19')
    definite: bool = False  # 'the X' with X the head of its phrase ('the Atlantic', 'the White House')
    town_form: bool = False  # grammar that names a town, not a country ('a Lebanon man', 'Jane Doe of Lebanon')
    locative: str | None = None  # its locative role ('the town of X', 'shell X', 'in X'): geo/locative.py
    possessive: bool = False  # "X's" before a noun: the preposition before it governs the noun ('at Vann's insistence')
    site_head: str | None = None  # a site's head word after or ending it ('Castello [road]'): geo/sites.py
    tied_site: bool = False  # a site named in everyday words ('the Victoria Hotel'): put at a host tied to it first
    tied_only: bool = False  # ... and offered as a site only: a place at a tied host or nowhere (geo/unlisted.py)
    doer: bool = False  # modifies a craft that strikes or an attack ('Russian warplanes'): geo/doer.py
    force: bool = False  # modifies an armed force ('Russian troops'): votes for its war theatres, geo/doer.py
    workplace: bool = False  # after an 'at' that hangs on a party's noun ('an official at X said'): geo/locative.py
    listed_only: bool = False  # a place only if the gazetteer lists it whole ('Rio de Janeiro': `_particle_joined`)
    # ISO2 of the country its own place noun's modifier names ('в российском селе X', 'la ciudad española de X'):
    # read as a qualifier after a comma is ('X, Russia'); set by lang/place_country.py
    country_named: str | None = None
