"""Complete an event's two actors where the trigger's frame leaves them empty or wrong.

Why after the frame: the parse finds the agent and patient of the trigger word only
("killed" in "175 ISIS members were killed in the army's offensive" has no agent), while
an ACLED analyst codes the event from the whole sentence. The rules follow the ACLED
codebook, not any one outlet:

* the side a place is held by ("rebel-held") is not the side that attacks it;
* civilians are never actor 1 of political violence (they are its victims: actor 2); a
  protest's actor 1 is protesters, a riot's rioters;
* an explosion no group is named for (a bomb, a suicide bomber, a grenade) is the act of
  an "Unidentified Armed Group (<country>)";
* the target of violence against civilians is civilians (a named victim included);
* the dead of a bomb no side is named for, counted without a side ('killing at least 100'), are
  civilians (act33);
* when one side is known and the sentence names exactly one other armed side (or
  civilians as the victims), that is the other actor; when neither is known, the armed
  side named with "by" ("in strikes by the army") is actor 1;
* an armed side the parse shows harmed ("an assault on the FSA defenses", "killing members
  of the group") is actor 2 however many sides the sentence names; who speaks ("the police
  said") is never a side (`events/actor_roles.py`).

Pure: actors and mentions in, actors out. Called from events/extract.py per trigger
(`complete`), and applied once the article's reports are merged (`apply`): reports of one
event merge on the actors the text names, so a default must not keep two reports apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from frontwatch.events.actor_roles import (
    act_targets_holding,
    between_sides,
    described_by_apposition,
    holds_target,
    is_harmed,
    is_opponent,
    is_speaker,
    names_a_place,
    one_kind_fight,
    plainly_owned,
    same_side,
)
from frontwatch.events.actor_words import words
from frontwatch.events.actors import (
    SOURCE_KINDS,
    ActorDictionary,
    ActorMention,
    for_event,
    mention_at,
    normalize,
)
from frontwatch.events.deal_parties import deal_maker, deal_partner, two_party
from frontwatch.events.fatalities import words as fatality_words
from frontwatch.events.ontology import TAKEOVER_SUBTYPES
from frontwatch.events.reciprocal import reciprocal_partner
from frontwatch.events.reported_clause import reported_subject, reports_own_act
from frontwatch.model import Actor
from frontwatch.nlp.deps import NOUN_MODIFIERS_OR_OWNER

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
UNCLAIMED_EXPLOSIONS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
NOT_A_SIDE = frozenset({None, "organization", "person"})  # a named victim or a place read as an actor
ARMED_KINDS = frozenset({"state forces", "rebel group", "political militia", "identity militia", "armed group"})
UNNAMED_KINDS = frozenset({"armed group", "rebel group", "political militia", "identity militia"})
# Who may be completed as the acting side when the sentence says so ('by X', X the subject of the verb the
# act hangs from): an armed side, or a government ("bombs dropped by the regime", "attacks carried out by
# the government"), which acts through its forces (ACLED: Military Forces of X). Not as the lone other side
# ("in Omala local government" names a place) nor as a side acted on ("an attack on the government" hits
# officials or buildings, not its forces).
AGENT_KINDS = ARMED_KINDS | {"government"}
LONE_FIRER_TYPES = frozenset({"Explosions/Remote violence", "Battles", "Violence against civilians"})
CROWD_KIND = {"Protests": "protesters", "Riots": "rioters"}
# A protest met with force is violence done to the protesters (ACLED: actor 2 Protesters): completed as the
# violent types are, its victims the protesters or civilians a verb of harm hits ("opened fire at the protestors").
VIOLENT_SUBTYPES = frozenset({"Excessive force against protesters"})
VICTIM_KINDS = frozenset({"civilians", "protesters"})
# kinds whose two coordinated parties of a reciprocal act are peers of one kind ('Turks and Kurds clashed'); a state
# force's unknown partner ('the army and the Kachin clashed') is not another state force
PEER_KINDS = frozenset({"rioters", "protesters", "mob", "identity militia"})
# Sub-event types whose very word is a crowd's act ('demonstrations', 'a protest turned violent'): their actor 1 is
# the crowd even when the sentence does not name who protested.
CROWD_SUBTYPES = frozenset({"Peaceful protest", "Protest with intervention", "Violent demonstration"})


def _holder(m: ActorMention | None, doc, head=None) -> bool:
    """'rebel-held', 'IS-controlled', 'a village controlled by the IS group': the mention names who holds a
    place, not who acts (the agent of a participle of holding is the holder, not the agent of the act);
    `head`: the trigger's head, whose own agent it is when the holding word is the trigger ('besieged by X')."""
    if m is None:
        return False
    if m.end + 1 < len(doc) and doc[m.end].text in ("-", "‐", "–") and doc[m.end + 1].lower_ in words().held_words:
        return True
    by = _by_word(m, doc)
    return by is not None and by.head.lower_ in words().held_words and by.head != head


class Completion(NamedTuple):
    """An event's actors as its frame gave them and as the codebook's defaults complete them."""

    frame1: Actor | None
    frame2: Actor | None
    actor1: Actor | None
    actor2: Actor | None


def apply(events: list, completed: Sequence[tuple[object, Completion]]) -> list:
    """Put the completed actors on the merged events (`completed`: each coded event with its
    completion; ids are not unique within a sentence, so events are matched as objects).

    A merge only fills an empty side (`best.actor1 or other.actor1`), so a side that is not the
    event's own frame actor came from a merged report: the event's own completion wins as if it
    had been coded before the merge, else the merged report's completion (found by its frame actor)."""
    by_event = {id(ev): c for ev, c in completed}
    by_frame1 = {id(c.frame1): c.actor1 for _, c in completed if c.frame1 is not None}
    by_frame2 = {id(c.frame2): c.actor2 for _, c in completed if c.frame2 is not None}
    for e in events:
        c = by_event.get(id(e))
        if c is None:
            continue
        a1, a2 = e.actor1, e.actor2
        e.actor1 = c.actor1 if a1 is c.frame1 or c.actor1 is not None else by_frame1.get(id(a1), a1)
        e.actor2 = c.actor2 if a2 is c.frame2 or c.actor2 is not None else by_frame2.get(id(a2), a2)
        if e.actor1 is not None and e.actor2 is not None and e.actor2.name == e.actor1.name \
                and not (c.actor2 is c.actor1 and e.actor1 is c.actor1 and e.actor2 is c.actor2):
            # (kept only when the completion itself put one kind on both sides, `one_kind_fight`, act42)
            e.actor2 = None
    return events


def _acting(m: ActorMention, d: ActorDictionary) -> Actor:
    """The actor a mention completed as the acting side of violence stands for: a government acts
    through its military forces ('shelling by the regime': Military Forces of Syria)."""
    a = for_event(m, d, violent=True)
    if a.kind == "government" and a.country and m.entry is not None and m.entry.generic:
        return d.state_actor(a.country, military=True, text=m.text)
    return a


def _generic(d: ActorDictionary, kind: str, country: str | None, text: str) -> Actor | None:
    """The generic actor of a kind for a country ('Civilians (Syria)'), None without a template."""
    template = d.templates.get(kind)
    if template is None:
        return None
    return Actor(name=template.canonical(d.country_name(country)), text=text, kind=kind, country=country)


def _peer_side(agent: Actor, head, mentions: Sequence[ActorMention], d: ActorDictionary,
               country: str | None) -> Actor | None:
    """The other party of a reciprocal act whose coordinated subject the dictionary knows only in part.

    Why: "Ethnic Turks and Kurds clashed", "Hindus and Muslims clashed": a reciprocal verb says the subject's
    conjuncts acted on each other (`reciprocal.reciprocal_partner`); when the partner is a people no dictionary
    row names, it is a crowd or community of the same kind as the side read for the first (ACLED codes both
    Rioters, inter 5 / 5). Only for peer kinds (`PEER_KINDS`): 'the army and the Kachin clashed' does not make the
    Kachin a second state force. The same name twice is returned as the same object, which `apply` keeps."""
    if agent.kind not in PEER_KINDS:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    partner = reciprocal_partner(head, subject)
    if partner is None or mention_at(mentions, partner.i) is not None:
        return None
    other = _generic(d, agent.kind, country, partner.text)
    return agent if other is None or other.name == agent.name else other


def _by_agent(m: ActorMention, doc, head=None) -> bool:
    """'by the army', 'by Russian jets': a mention governed by 'by' (`head`: the trigger's head)."""
    by = _by_word(m, doc)  # "by the army's artillery", "by a Syrian regime barrel bomb attack": the owner of the means
    # "Hezbollah, backed by the 4th Division's tanks": who backs a side is its ally, not the side acting;
    # "a village controlled by the IS group": who holds the place hit, not who hits it
    return by is not None and by.head.lemma_.lower() not in words().ally_verbs \
        and (by.head.lower_ not in words().held_words or by.head == head) \
        and not _said_of_a_person(by.head, head)  # "besieged by X": X's own siege


def _said_of_a_person(verb, head) -> bool:
    """'Mullah Dadullah, who is wanted by the Afghan government': a relative clause on a person ('who', 'whose':
    the tags WP, WP$) says what that person is to X; X is no doer of the sentence's act unless the clause's verb
    is the act itself (`head`). A clause on a place or a thing ('the town, which was shelled by regime forces')
    still names a doer (act44)."""
    return verb.dep_ == "relcl" and verb != head and any(c.tag_ in ("WP", "WP$") for c in verb.children)


def _by_word(m: ActorMention, doc):
    """The 'by' governing the mention ('by the army', 'by the army's artillery'), or None."""
    head = doc[m.head]
    for _ in range(3):
        if head.dep_ not in _MODIFIER_DEPS or head.head == head:
            break
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        return head.head
    return doc[m.start - 1] if m.start > 0 and doc[m.start - 1].lower_ == "by" else None


def _blamed(m: ActorMention, doc) -> bool:
    """'the attack that the West blames on Assad's forces', 'a bombing attributed to Boko Haram': the side
    an act is blamed on (the guideline codes X of 'blamed on X' as the doer)."""
    head = doc[m.head]
    for _ in range(3):
        if head.dep_ not in _MODIFIER_DEPS or head.head == head:
            break
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return words().blame_verbs.get(prep.head.lemma_.lower()) == prep.lower_


_ACT_PATH_DEPS = frozenset({"pobj", "pcomp", "dobj", "prep", "compound", "amod", "xcomp"})


def _accused(m: ActorMention, head, doc) -> bool:
    """'the US accused Damascus of that attack', 'accused the regime of responsibility for a massacre', 'held IS
    responsible for the bombing': the side accused of the act (the trigger inside the phrase the accusing verb's
    preposition opens, a few links down: not an act inside another clause) did it, as 'blamed on X' says."""
    tok = doc[m.head]
    verb = tok.head
    participle = _passive_participle(tok)
    if participle is not None:  # "Russia was on Monday accused of ...", the participle hung elsewhere (act40)
        tok_dep, verb = "nsubjpass", participle
    else:
        tok_dep = tok.dep_
    # "Russia was accused of dropping phosphorous bombs": the passive's subject is the side accused (act38)
    if tok_dep not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    prep_word = words().accuse_verbs.get(verb.lemma_.lower())
    if prep_word is None:
        return False
    node = head
    for _ in range(5):
        if node.dep_ == "prep" and node.lower_ == prep_word and (node.head in (verb, tok) or node.head.head == verb
                                                                  and node.head.dep_ in ("oprd", "acomp", "advmod")):
            return True  # "accused X of", "accused [X of]" (the parser's attachment), "held X responsible for"
        if node.dep_ not in _ACT_PATH_DEPS or node.head == node:
            return False
        node = node.head
    return False


_ADVERBIAL_DEPS = frozenset({"prep", "pobj", "advmod", "npadvmod", "neg", "det", "amod", "compound"})


def _passive_participle(tok):
    """The past participle of a passive whose subject the parser hung on 'be' ('Russia was on Monday accused of',
    'accused' made a clause of another verb): the subject of 'be' followed, past adverbials only ('on Monday',
    'also'), by a past participle is that participle's passive subject; None otherwise."""
    be = tok.head
    if tok.dep_ != "nsubj" or be.lemma_.lower() != "be" or be.i < tok.i:
        return None
    for t in tok.doc[be.i + 1:be.i + 6]:
        if t.tag_ == "VBN":
            return t
        if t.dep_ not in _ADVERBIAL_DEPS:
            return None
    return None


def _claimant(m: ActorMention, head, doc) -> bool:
    """'IS claimed responsibility for the bombing', 'the group took responsibility for the attack': the mention
    is (inside) the subject of a claim whose phrase holds the act's word, so it claims that act (its doer)."""
    w = words()
    tok = doc[m.head]
    for _ in range(3):
        if tok.dep_ not in _MODIFIER_DEPS or tok.head == tok:
            break
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in w.claim_verbs:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in w.claim_nouns for c in verb.children):
        return False
    return head != verb and verb.is_ancestor(head) and not tok.is_ancestor(head)


_HYPHENS = ("-", "‐", "–")


def _premodifier(m: ActorMention, head, trigger_text: str, country: str | None) -> bool:
    """The mention stands right before the trigger's words and the trigger is used as a noun ('government
    shelling', 'Syrian regime air strikes'): a modifier written before an act noun names who did it. Not after
    a hyphenated prefix ('anti-ISIS strikes': the target), not a participle ('25 Terrorists Killed': the
    victims), not a side named with its backer ('US-backed forces'), not the event's own country written as a
    noun ('Syria chemical attack town': where, not who)."""
    doc = head.doc
    words_of_trigger = set(trigger_text.lower().split())
    first = head.i
    while first > 0 and doc[first - 1].lower_ in words_of_trigger and first - 1 >= m.end:
        first -= 1
    is_noun = (head.tag_.startswith("NN") or head.tag_ == "VBG") and not head.lower_.endswith("ed") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in head.children)
    if m.start > 0 and doc[m.start - 1].text in _HYPHENS and not _name_goes_on(m, doc) or any(
            t.lemma_.lower() in words().ally_verbs for t in doc[m.start:m.end]):
        return False
    if m.kind == "country" and (doc[m.head].tag_ != "JJ" and m.country == country or names_a_place(doc[m.head])):
        return False
    if is_noun and m.end == first:
        return True
    # "31 people killed in [government] shelling": the parser made the side the object of 'in' and the act noun a
    # clause of its own; the side still stands right before an act word in the trigger's 'in'/'by' phrase
    tok, nxt = doc[m.head], doc[m.end] if m.end < len(doc) else None
    return nxt is not None and m.kind != "country" and nxt.lemma_.lower() in words().victim_verbs and (
        nxt.tag_.startswith("NN") or nxt.tag_ == "VBG") and not any(c.dep_ == "dobj" for c in nxt.children) \
        and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by", "during") and tok.head.head == head


def _act_kind(m: ActorMention, head, trigger_text: str) -> bool:
    """'a terrorist bombing', 'terrorist suicide bombing': a one-word mention written as the modifier of the act's
    own noun that says what kind of act it was (`act_kind_words`), not who did it.

    Why: the guideline codes 'a terrorist bombing' with no group as the unidentified armed group (3), and the noun
    'terrorists' naming a side that fires as rebels; the parse reads both as the rebels' name (act38)."""
    doc = head.doc
    tok = doc[m.head]
    if m.end - m.start != 1 or tok.lower_ not in words().act_kind_words or tok.dep_ not in _MODIFIER_DEPS:
        return False
    return tok.head == head or tok.head.lower_ in set(trigger_text.lower().split())


def _name_goes_on(m: ActorMention, doc) -> bool:
    """'an al-Nusra Front shelling': the word before the hyphen is the name's own article (`name_particles`), so
    the hyphen is inside the name, not after a prefix that qualifies it ('anti-ISIS strikes': the target)."""
    return m.start > 1 and doc[m.start - 2].lower_ in words().name_particles


def _said_of_the_act(m: ActorMention, head, trigger_text: str) -> bool:
    """'air raids believed to be Russian', 'a strike thought to be Turkish': the mention is what a word of the
    trigger (the act) is said to be, read off the words between them (`actor_roles.same_side`)."""
    doc = head.doc
    act_words = set(trigger_text.lower().split())
    if names_a_place(doc[m.head]):  # "shells fired from Turkish territory": where from, not whose
        return False
    return any((doc[j].lower_ in act_words or j == head.i) and same_side((j, j + 1), (m.start, m.end), doc)
               for j in range(max(0, m.start - 10), m.start - 1))


def _backer(m: ActorMention, doc) -> bool:
    """'backed by X', 'supported by X': X backs the side acting."""
    by = _by_word(m, doc)
    return by is not None and by.head.lemma_.lower() in words().ally_verbs


_MODIFIER_DEPS = NOUN_MODIFIERS_OR_OWNER


def _clause_subject(m: ActorMention, head, doc) -> bool:
    """The mention is the active subject of the trigger or of a verb the trigger hangs from
    ('terrorists ... fired rocket shells', 'the army killed ...')."""
    tok = doc[m.head]
    if tok.dep_ != "nsubj" and not (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in words().taking_part_verbs):
        return False  # (a passive subject is harmed, unless it "is engaged in" the act)
    path = words().subject_path_deps
    node = head
    for _ in range(6):  # up through object and compound links only: not out of "since the fall of X, ..."
        if node == tok.head:
            return True
        of = node.dep_ == "pobj" and node.head.lower_ == "of" or node.dep_ == "prep" and node.lower_ == "of"
        # "is engaged in a fierce battle with", "took part in the attack": the subject of the verb the act is in
        of = of or (node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.lemma_.lower() in
                    words().taking_part_verbs) or (node.dep_ == "prep" and node.lower_ == "in"
                                                   and node.head.lemma_.lower() in words().taking_part_verbs)
        if not (node.dep_ in path or of) or node.head == node:  # "fired a number of rocket shells"
            return False
        node = node.head
    return False


def _owners_dropped(cands: list[ActorMention], doc) -> list[ActorMention]:
    """Without the mentions that only own another candidate ('the Syrian Arab Army's 42nd Brigade': one side)."""
    def owns(m: ActorMention, n: ActorMention) -> bool:
        tok = doc[m.head]
        return m is not n and tok.dep_ == "poss" and n.start <= tok.head.i < n.end
    return [m for m in cands if not any(owns(m, n) for n in cands)]


def _renames(m: ActorMention, other: ActorMention | None, doc) -> bool:
    """Is `m` another name of `other` in apposition ('Jabhat Fateh Al-Sham (formerly Al-Nusra Front)')?"""
    if other is None or max(m.start - other.end, other.start - m.end) > 3:  # right after it, or in brackets
        return False
    tok, o = doc[m.head], doc[other.head]
    return (tok.dep_ == "appos" and other.start <= tok.head.i < other.end) or \
        (o.dep_ == "appos" and m.start <= o.head.i < m.end)


def _between(head, sides: Sequence[ActorMention], doc,
             named_at: dict[int, ActorMention] | None = None) -> tuple[ActorMention, ActorMention] | None:
    """The two sides of 'clashes between X and Y' when both are actors the sentence names (armed or crowds);
    `named_at`: token index -> the named side an unnamed mention there stands for ('between fighters from
    the YPG and fighters from ISIS': the sides are the YPG and ISIS)."""
    toks = between_sides(head)
    if toks is None:
        return None
    found = []
    for tok in toks:
        m = min((m for m in sides if m.start <= tok.i < m.end or m.head == tok.i), default=None,
                key=lambda m: m.end - m.start) \
            or (named_at or {}).get(tok.i) \
            or next((m for m in sides if _modifies(doc[m.head], tok)), None)
        # (the last: a side named as the modifier of the word the parse heads it with, 'X positions', 'Fateh
        # al-Sham Al-Qaeda's former branch' read as one noun phrase)
        if m is None or m.kind in NOT_A_SIDE or m.kind == "country":
            return None
        found.append(m)
    if found[0].actor.name == found[1].actor.name:
        return None
    return found[0], found[1]


def _modifies(tok, head, steps: int = 2) -> bool:
    """`tok` is a modifier of `head`, or of a modifier of it ('Fateh [al-Sham] Al-Qaeda's former branch')."""
    for _ in range(steps):
        if tok.dep_ not in _MODIFIER_DEPS or tok.head == tok:
            return False
        tok = tok.head
        if tok == head:
            return True
    return False


def _people(m: ActorMention, d: ActorDictionary, doc) -> bool:
    """'Palestinians', 'six Nigerians', 'a young Palestinian': a demonym used as a noun names people of a
    country, not its state ('the Philippines', 'the United States' are names, and their singular is no demonym)."""
    if m.kind != "country" or m.entry is None:
        return False
    last = doc[m.end - 1]
    # singular only as a noun with an indefinite article: "a young Palestinian was shot dead", "an Iraqi"
    one = last.dep_ not in NOUN_MODIFIERS_OR_OWNER and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in last.children)
    return (m.plural or one) and d.country_code(last.lemma_) == m.entry.country \
        and normalize(m.text) != normalize(m.entry.name)


def _subject_above(head, cands: Sequence[ActorMention], doc) -> ActorMention | None:
    """The candidate that is the active subject of a verb the trigger hangs from (nearest first)."""
    for anc in head.ancestors:
        for c in anc.children:
            if c.dep_ == "nsubj":
                hit = next((m for m in cands if m.head == c.i or m.start <= c.i < m.end), None)
                if hit is not None:
                    return hit
    return None


def _allied(m: ActorMention, agent_m: ActorMention | None, doc) -> bool:
    """'Jabhat al-Nusra terrorists and other terrorist groups targeted ...', 'the army and its allies':
    a conjunct of the acting side acts with it (ACLED's associated actor), it is not the side acted on."""
    if agent_m is None:
        return False
    tok, a = _phrase_head(doc[m.head], m), _phrase_head(doc[agent_m.head], agent_m)
    return (tok.dep_ == "conj" and agent_m.start <= tok.head.i < agent_m.end) or \
        (a.dep_ == "conj" and m.start <= a.head.i < m.end) or (tok.dep_ == "conj" and tok.head == a) or \
        (a.dep_ == "conj" and a.head == tok)


def _phrase_head(tok, m: ActorMention):
    """The noun a mention's word modifies when the mention is only its modifier ('the army and their [rebel]
    allies': 'allies', which the conjunction joins to the army; act43), else the word itself."""
    for _ in range(2):
        if tok.dep_ not in _MODIFIER_DEPS or tok.head == tok or m.start <= tok.head.i < m.end:
            return tok
        tok = tok.head
    return tok


def _counted(m: ActorMention, doc) -> bool:
    """'63 rebels', '21 Hezbollah fighters', '30 regime [fighters]': the mention's word carries a count of its own."""
    return any(c.dep_ == "nummod" for c in doc[m.head].children) or any(
        c.dep_ == "nummod" for c in doc[m.head].head.children if doc[m.head].dep_ in ("compound", "amod"))


def _unnamed(m: ActorMention) -> bool:
    """'gunmen', 'snipers', 'assailants': the generic unidentified armed group, which another armed side
    the sentence names usually identifies."""
    return m.entry is not None and m.entry.generic and m.kind == "armed group"


def _harm_named(tok) -> bool:
    """The mention's own head noun names the harm ('civilian lives', 'civilian deaths', 'civilian casualties'), or
    the mention follows 'among'/'for' on a noun of harm or on a verb whose object is one ('casualties among
    civilians', 'caused suffocation cases for at least 6 civilians'); not harm denied ('no civilian casualties').

    Why: a toll noun is harm by itself, so its civilian modifier names the victims whatever verb governs it
    ('claimed', 'caused', 'resulted in'): no verb of harm is needed, as a coder reads 'civilian casualties'.
    Weaker than a verb's victims or an armed side shown harmed, which are taken first ('Airstrikes Kill 120 Daesh
    Terrorists ... civilian casualties': the side killed is actor 2)."""
    if _harm_word(tok):
        return not _denied(tok)
    # "casualties among civilians", "caused suffocation cases for at least 6 civilians": who suffered the harm
    if tok.dep_ != "pobj" or tok.head.lower_ not in words().effect_preps or tok.head.head == tok.head:
        return False
    gov = tok.head.head
    harm = gov if _harm_noun(gov) else next((c for c in gov.children if c.dep_ == "dobj" and _harm_noun(c)), None) \
        if gov.pos_ in ("VERB", "AUX") else None
    return harm is not None and not _denied(harm)


def _harm_word(tok) -> bool:
    """A word of death or injury ('casualties'), 'lives', or a weapon's effect on the body ('asphyxiation')."""
    fw, w = fatality_words(), words()
    word = tok.lower_
    return word in w.harm_head_nouns or word in w.effect_nouns or word in fw.death or word in fw.injury


def _harm_noun(tok) -> bool:
    """A noun of harm, or a noun such a word modifies ('suffocation cases')."""
    return _harm_word(tok) or any(c.dep_ in ("nmod", "compound") and _harm_word(c) for c in tok.children)


def _denied(tok) -> bool:
    """'no civilian casualties', 'without any casualties among civilians', 'did not cause casualties': harm said
    not to have happened names no victims."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "any") for c in tok.children):
        return True
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ == "without") or any(c.dep_ == "neg" for c in head.children)


def _victim(m: ActorMention, doc) -> bool:
    """A civilians mention harmed by a verb of the sentence ('killing 5 villagers', 'children were killed',
    'fired on residents')."""
    w = words()
    tok = doc[m.head]
    for _ in range(3):  # "a woman and a child were killed": a conjunct or apposition shares its head's role
        if tok.dep_ not in ("conj", "appos") or tok.head == tok:
            break
        tok = tok.head
    # "dozens of civilians were killed", "a number of residents": the count word carries the civilians' role
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head != tok.head and \
            (tok.head.head.pos_ == "NUM" or tok.head.head.lemma_.lower() in w.count_nouns):
        tok = tok.head.head
    # "nine people killed when a shell hit", "civilians wounded in the raid": a participle of harm on the noun
    if any(c.dep_ == "acl" and c.lemma_.lower() in w.victim_verbs for c in tok.children):
        return True
    if tok.dep_ not in w.victim_deps:
        return False
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "nsubjpass" and any(c.dep_ in ("oprd", "xcomp", "acomp") and c.lemma_.lower() in w.victim_verbs
                                       for c in gov.children):
        return True  # "three civilians were reported injured", "were said killed"
    # "opening fire at the protestors": the preposition hangs from the light verb whose object is the harm
    return gov.lemma_.lower() in w.victim_verbs or (
        tok.dep_ == "pobj" and any(c.dep_ == "dobj" and c.lemma_.lower() in w.victim_verbs for c in gov.children))


def _unnamed_dead(sentence, mentions: Sequence[ActorMention]) -> str | None:
    """A verb of killing in the sentence (a spaCy span) whose object or passive subject is counted ('killing at
    least 100', 'killed seven members of the minority') and names no actor: people killed, not said of a side;
    the words of the dead, None without.

    Why: the guideline's victims are civilians unless the sentence names the side they belong to; a bomb's
    dead counted without a side are its civilian victims (a side named among them is found as harmed first)."""
    named = {i for m in mentions for i in range(m.start, m.end)}
    counts = words().count_nouns
    for tok in sentence:
        if tok.lower_ not in fatality_words().kill:
            continue
        for v in tok.children:
            if v.dep_ not in ("dobj", "nsubjpass"):
                continue
            counted = v.pos_ == "NUM" or v.lemma_.lower() in counts or any(c.dep_ == "nummod" for c in v.children)
            if counted and not any(t.i in named for t in v.subtree):
                # the dead without what is said of them ('98 evacuees from the towns of X': '98 evacuees')
                cut = {t.i for c in v.rights if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
                return " ".join(t.text for t in v.subtree if t.i not in cut)
    return None


def _loser(agent: Actor, agent_m: ActorMention | None, mentions: Sequence[ActorMention], doc) -> ActorMention | None:
    """The one armed side, other than the acquirer, that the sentence says held the place taken ('formerly held
    by X', 'X-held', 'X-controlled') or lost it ('seized villages from X', 'drove X out'); None unless exactly one."""
    sides = [m for m in mentions if not is_speaker(doc[m.head]) and not _same_state(m, agent)]
    lost = [m for m in _others(sides, (agent_m,), ARMED_KINDS, {agent.name})
            if ((_holder(m, doc) and not _besieger(m, doc)) or is_harmed(doc[m.head]) or is_opponent(doc[m.head]))
            and not _allied(m, agent_m, doc)]
    return lost[0] if len(lost) == 1 else None


def _holders(sides: Sequence[ActorMention], agent_m: ActorMention | None, agent: Actor | None, names: set[str],
             head) -> list[ActorMention]:
    """The armed sides, or countries, that own a military holding the act targets ('bomb attacks aimed at police
    vehicles', 'ambushed a Turkish convoy'; `actor_roles.holds_target`), the acting side's own state left out.
    With no doer known, or a country as the owner, the holding must be this act's own target
    (`act_targets_holding`); a country must own it plainly ('a Turkish convoy', not 'a Syrian bus convoy')."""
    doc = head.doc
    out = []
    for m in _others(sides, (agent_m,), ARMED_KINDS | {"country"}, names):
        tok = doc[m.head]
        if not holds_target(tok):
            continue
        if (agent is None or m.kind == "country") and not act_targets_holding(tok, head):
            continue
        if m.kind == "country" and (names_a_place(tok) or not plainly_owned(tok) or (
                agent is not None and agent.kind in ("state forces", "government") and m.actor.country == agent.country)):
            continue
        out.append(m)
    return out


def _holding_side(m: ActorMention, d: ActorDictionary) -> Actor:
    """The side acted on through what it holds: an armed side as itself; a country through its military forces
    (a state's jets, convoys and bases are its forces': ACLED's Military Forces of X)."""
    if m.kind == "country" and m.actor.country:
        return d.state_actor(m.actor.country, military=True, text=m.text)
    return for_event(m, d, violent=True)


def _same_state(m: ActorMention, agent: Actor) -> bool:
    """'the government took back areas besieged by its forces': a state's government and its forces are one side."""
    state = ("state forces", "government")
    return m.kind in state and agent.kind in state and m.actor.country is not None and m.actor.country == agent.country


def _besieger(m: ActorMention, doc) -> bool:
    """'areas besieged by X': X surrounds the place, it does not hold it (`siege_words`)."""
    by = _by_word(m, doc)
    return by is not None and by.head.lower_ in words().siege_words


def _others(mentions: Sequence[ActorMention], taken: Sequence[ActorMention | None], kinds: frozenset[str],
            names: set[str]) -> list[ActorMention]:
    """The mentions of `kinds` that are not the taken mentions nor an actor already named."""
    spans = {(m.start, m.end) for m in taken if m is not None}
    taken_names = set(names) | {m.actor.name for m in taken if m is not None}
    out: list[ActorMention] = []
    for m in mentions:  # one per actor: "the Islamic State's (ISIS) positions" names one side twice
        if m.kind in kinds and (m.start, m.end) not in spans and not any(_same_side_name(m.actor.name, n)
                                                                         for n in taken_names):
            out.append(m)
            taken_names.add(m.actor.name)
    return out


def _same_side_name(a: str, b: str) -> bool:
    """'Military Forces' (no country known) and 'Military Forces of Syria' are one side; so are 'Rebels'
    and 'Rebels (Syria)'."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and long_[len(short):len(short) + 2] in (" o", " (")


def _aliases(mentions: Sequence[ActorMention], d: ActorDictionary, doc) -> dict[int, ActorMention]:
    """Unnamed armed mentions ('gunmen', 'combatants') that a named armed mention right after them
    identifies (`actor_roles.same_side`), by the unnamed mention's id."""
    out: dict[int, ActorMention] = {}
    for m in mentions:
        if m.kind not in ARMED_KINDS or m.entry is None or not m.entry.generic:
            continue  # only an unnamed side ("gunmen", "fighters", "jets") takes another's name
        # an unnamed non-state side takes an armed side's name; a state's generic forces ("fighter jets
        # believed to be Russian") only a country's
        kinds = frozenset({"country"}) if m.kind == "state forces" else ARMED_KINDS
        named = next((n for n in mentions if n.start >= m.end and n.kind in kinds and n is not m
                      and same_side((m.start, m.end), (n.start, n.end), doc)), None)
        if named is None and m.kind != "state forces":  # "the Army of Islam - a collection of rebel groups -"
            named = next((n for n in mentions if n.kind in ARMED_KINDS and n is not m and n.entry is not None
                          and not n.entry.generic
                          and described_by_apposition((m.start, m.end), (n.start, n.end), doc)), None)
        if named is not None:
            out[id(m)] = named
    return out


def _party(tok, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The mention a token names as a party of a non-violent act, or the last one written inside its phrase before
    it (a person the dictionary does not know, titled by his state or group); not a monitor or an outlet (who reports
    it), not a country word that only modifies a place."""
    m = mention_at(list(mentions), tok.i) if tok is not None else None
    if m is None and tok is not None and tok.pos_ == "PROPN":  # 'US Secretary of State John Kerry': a person
        # no dictionary row names, titled by the state he speaks for (not a thing: 'a UN resolution calling for')
        inside = [n for n in mentions if tok.left_edge.i <= n.head < tok.i]
        m = inside[-1] if inside else None
    if m is None or m.kind in SOURCE_KINDS or (m.kind == "country" and names_a_place(tok.doc[m.head])):
        return None
    return m


def _non_violent_sides(agent: Actor | None, agent_m: ActorMention | None, patient: Actor | None, *,
                       sub_type: str | None, mentions: Sequence[ActorMention], head, d: ActorDictionary
                       ) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of a non-violent record (act47): an empty actor 1 is who the verb governing the act says
    makes, announces or refuses it (`deal_parties.deal_maker`: 'Iran welcomed the truce', 'joined ... as part of a
    deal'); a two-party deal's empty actor 2 is its other party (`deal_parties.deal_partner`: 'the United States
    and Russia announced a deal', 'a deal with the government'). A country acts through its government here.
    A weapon disrupted ('Turkey shot down a Russian jet', `holding_target_subtypes`) is acted on through what it
    is: the owner of the holding the act targets is actor 2, as for an attack (`_holders`, act36/act37)."""
    if patient is None and sub_type in words().holding_target_subtypes:
        doc = head.doc
        sides = [m for m in mentions if not is_speaker(doc[m.head])]
        names = {agent.name} if agent is not None else set()
        held = [m for m in _holders(sides, agent_m, agent, names, head) if not _allied(m, agent_m, doc)]
        if held:
            patient = _holding_side(held[0], d)
    if agent is None:
        agent_m = _party(deal_maker(head), mentions)
        agent = for_event(agent_m, d, violent=False) if agent_m is not None else None
    if patient is None and agent_m is not None and two_party(sub_type):
        partner = _party(deal_partner(head.doc[agent_m.head], head), mentions)
        if partner is not None and partner is not agent_m:
            other = for_event(partner, d, violent=False)
            patient = other if agent is None or other.name != agent.name else None
    return agent, patient


def complete(agent: Actor | None, patient: Actor | None, *, event_type: str | None, sub_type: str | None,
             mentions: Sequence[ActorMention], agent_m: ActorMention | None, patient_m: ActorMention | None,
             head, d: ActorDictionary, country: str | None, trigger_text: str = "") -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of one event after the codebook's defaults (see the module docstring);
    `head`: the trigger's head token."""
    doc = head.doc
    if agent_m is not None and _people(agent_m, d, doc) and event_type in CROWD_KIND:
        agent = _generic(d, "civilians", agent_m.country, agent_m.text) or agent  # "the Palestinians were protesting"
    if patient_m is not None and _people(patient_m, d, doc) and event_type in VIOLENT_TYPES:
        patient = _generic(d, "civilians", patient_m.country, patient_m.text) or patient  # "killed six Nigerians"
    if event_type in CROWD_KIND and agent is not None and agent.kind == "civilians" and sub_type not in VIOLENT_SUBTYPES:
        crowd = _generic(d, CROWD_KIND[event_type], agent.country or country, agent.text) or agent
        return crowd, patient or _peer_side(crowd, head, mentions, d, country)
    if event_type in CROWD_KIND and agent is None and sub_type in CROWD_SUBTYPES:
        # "sacks the governor over mass demonstrations", "clashes which devolved from protests": a protest is
        # made by protesters, a demonstration turned violent by rioters (ACLED's actor 1 of the type), named
        # or not. Not mob violence: its words ("clash", "battle") do not say a crowd acted
        crowd = _generic(d, CROWD_KIND[event_type], country, trigger_text)
        return crowd, patient or (_peer_side(crowd, head, mentions, d, country) if crowd is not None else None)
    if sub_type in TAKEOVER_SUBTYPES and agent is not None and patient is None:
        # "have taken territory formerly held by DAESH", "seized the rebel-held town": the side that held the place
        # taken, or that it was taken from, lost it (the guideline: actor 2 of a change of territory)
        loser = _loser(agent, agent_m, mentions, doc)
        patient = for_event(loser, d, violent=True) if loser is not None else None
    if event_type not in VIOLENT_TYPES and sub_type not in VIOLENT_SUBTYPES:
        return _non_violent_sides(agent, agent_m, patient, sub_type=sub_type, mentions=mentions, head=head, d=d)
    if sub_type in VIOLENT_SUBTYPES:
        # "police opened fire on students who were protesting": the protesters are acted on, never actor 1;
        # the people a protest met with force harms are its protesters (ACLED: actor 2 Protesters)
        if agent is not None and agent.kind in VICTIM_KINDS:
            if patient is None or patient.kind in VICTIM_KINDS:
                patient, patient_m = agent, agent_m
            agent, agent_m = None, None
        if patient is not None and patient.kind == "civilians":
            patient = _generic(d, "protesters", patient.country or country, patient.text) or patient
    provisional: Actor | None = None  # a name the dictionary does not know ('Sputnik', 'Division 30'): kept
    provisional_m: ActorMention | None = None
    if agent is not None and agent.kind in NOT_A_SIDE:  # only when the sentence names no armed side instead
        provisional, provisional_m, agent, agent_m = agent, agent_m, None, None
    if provisional_m is not None and names_a_place(doc[provisional_m.head]):
        provisional, provisional_m = None, None  # "killed in al-Hizam al-Akhdar area": an unknown name of a place (act43)
    source_m: ActorMention | None = None  # a monitor or an outlet read as the doer only reports it (act40): its
    if agent is not None and agent.kind in SOURCE_KINDS:  # reported clause's own subject acts, else no one named
        source_m, agent, agent_m = agent_m, None, None
    kind_words = {id(m) for m in mentions if _act_kind(m, head, trigger_text)} \
        if sub_type in UNCLAIMED_EXPLOSIONS else set()
    if kind_words:  # "a terrorist bombing": the kind of act, no side named; neither its doer nor its target (act38)
        mentions = [m for m in mentions if id(m) not in kind_words]
        if id(agent_m) in kind_words:
            agent, agent_m = None, None
        if id(patient_m) in kind_words:
            patient, patient_m = None, None
    if agent is not None and _holder(agent_m, doc, head):  # "shelling of rebel-held Douma": rebels are hit
        if patient is None:
            patient, patient_m = agent, agent_m
        agent, agent_m = None, None
    if agent is not None and agent.kind == "civilians":
        if patient is None or patient.kind == "civilians":
            patient, patient_m = agent, agent_m
        agent, agent_m = None, None
    stand_in: tuple[Actor, ActorMention | None] | None = None  # a name the dictionary does not know as patient
    if patient is not None and patient.kind in NOT_A_SIDE:  # ('al-Hamadaniye' read as a person): kept only
        stand_in, patient, patient_m = (patient, patient_m), None, None  # when no victim or harmed side is named
    if agent_m is not None and agent_m.kind == "country" and names_a_place(doc[agent_m.head]):
        agent, agent_m = None, None  # "a bomb attack killed 31 in a Syrian Kurdish city": where, not who
    if patient_m is not None and patient_m.kind == "country" and names_a_place(doc[patient_m.head]):
        patient, patient_m = None, None  # "an attack on the north Cameroon town of X": where, not whom
    # "gunmen suspected to be members of Boko Haram", "combatants from Jabhat al-Nusra": the unnamed side is
    # the named one, never a second side
    alias = _aliases(mentions, d, doc)
    stands_for = {id(n): [m for m in mentions if alias.get(id(m)) is n] for n in alias.values()}
    named_at = {i: alias[id(m)] for m in mentions if id(m) in alias for i in range(m.start, m.end)}
    if alias:
        mentions = [m for m in mentions if id(m) not in alias]
        if agent_m is not None and id(agent_m) in alias:
            agent_m = alias[id(agent_m)]
            agent = for_event(agent_m, d, violent=True)
        if patient_m is not None and id(patient_m) in alias:
            patient_m = alias[id(patient_m)]
            patient = for_event(patient_m, d, violent=True)
        if agent is not None and patient is not None and agent.name == patient.name:
            patient, patient_m = None, None
    names = {a.name for a in (agent, patient) if a is not None}
    sides = [m for m in mentions if not is_speaker(doc[m.head])  # "the police said": who reports, not a side
             or _accused(m, head, doc)]  # "Russia was accused of dropping bombs": accused, not speaking (act38)
    pair = _between(head, sides, doc, named_at)
    if pair is not None and (agent is None or agent.name in {p.actor.name for p in pair} or agent.kind in NOT_A_SIDE):
        # (an unknown name read as the doer, 'Fierce clashes', yields to the two sides named, act42)
        first, second = pair if agent is None or agent.name != pair[1].actor.name else pair[::-1]
        agent, agent_m = for_event(first, d, violent=True), first
        patient, patient_m = for_event(second, d, violent=True), second
        names = {agent.name, patient.name}

    def harmed_side(m: ActorMention) -> bool:
        return any(is_harmed(doc[x.head]) for x in (m, *stands_for.get(id(m), ())))

    if agent is None:  # who claims the act did it (a claim is speech: the claimant is not among `sides`)
        claims = [m for m in _others(mentions, (patient_m,), AGENT_KINDS, names) if _claimant(m, head, doc)]
        if claims:
            agent, agent_m = _acting(claims[0], d), claims[0]
            names.add(agent.name)
    if agent is None:
        armed = _others(sides, (patient_m,), AGENT_KINDS, names)
        by = [m for m in armed if _by_agent(m, doc, head) or _blamed(m, doc) or _accused(m, head, doc)] or \
            [m for m in armed if _clause_subject(m, head, doc)]
        # "missiles launched by two US destroyers", "strikes by Russia": a country named with 'by' acts through
        # its forces (not "by a US-made missile", "by Turkish-backed rebels": a hyphenated word only qualifies)
        by = by or [m for m in _others(sides, (patient_m,), frozenset({"country"}), names)
                    if (_by_agent(m, doc, head) or _accused(m, head, doc)) and not names_a_place(doc[m.head])
                    and not (m.end < len(doc) and doc[m.end].text in ("-", "‐", "–"))]
        # "killed in Syrian government shelling", "regime bombardment": the side written right before the act noun
        # is its doer, however the parser split the phrase ('government' read as the object of 'in')
        by = by or [m for m in _others(sides, (patient_m,), AGENT_KINDS | {"country"}, names)
                    if _premodifier(m, head, trigger_text, country) and not _holder(m, doc, head) and not harmed_side(m)]
        # "air raids believed to be Russian", "a strike thought to be by the regime": the side the act itself is
        # said to be is its doer (the guideline's 'suspected X', 'thought to be X' = X), read off the words
        # between them as for "gunmen suspected to be members of X" (`actor_roles.same_side`)
        # (not a side the act harms: 'wrested back from the insurgents' is no act 'from' them, act45)
        by = by or [m for m in _others(sides, (patient_m,), AGENT_KINDS | {"country"}, names)
                    if _said_of_the_act(m, head, trigger_text) and not harmed_side(m)]
        # "the Observatory announced that militants from Faylaq al-Sham ... mounted an attack": the subject of the
        # clause a monitor or an outlet reports is the doer, however the parse hung the source (act40)
        reported = reported_subject(source_m, head, [m for m in armed if not _holder(m, doc, head)
                                                     and not harmed_side(m)]) if source_m is not None else None
        by = by or ([reported] if reported is not None else [])
        if by:
            agent, agent_m = _acting(by[0], d), by[0]
            names.add(agent.name)
    if patient is None:
        victims = _others([m for m in mentions if m.kind in VICTIM_KINDS and _victim(m, doc)], (agent_m,),
                          VICTIM_KINDS, set())  # the harmed ones first: "a child was among nine people killed"
        harmed = [m for m in _others(sides, (agent_m,), ARMED_KINDS, names) if harmed_side(m)]
        held = _holders(sides, agent_m, agent, names, head) if agent is None else []
        if victims:
            patient, patient_m = for_event(victims[0], d, violent=True), victims[0]
        elif harmed:  # "an assault on the FSA defenses", "killing several members of this group"
            patient, patient_m = for_event(harmed[0], d, violent=True), harmed[0]
        elif held:  # "bomb attacks aimed at passing police vehicles": no doer named, the holder is acted on (act37)
            patient, patient_m = _holding_side(held[0], d), held[0]
        else:  # "claimed more than 100 civilian lives", "causing civilian casualties": harm named by its noun
            tolls = _others([m for m in mentions if m.kind in VICTIM_KINDS and _harm_named(doc[m.head])],
                            (agent_m,), VICTIM_KINDS, set())
            if tolls:
                patient, patient_m = for_event(tolls[0], d, violent=True), tolls[0]
        if patient is not None:
            names.add(patient.name)
    if agent is None and sub_type in UNCLAIMED_EXPLOSIONS:
        agent = _generic(d, "armed group", country, trigger_text)
    if agent is None and (patient is not None or event_type in LONE_FIRER_TYPES):
        # the one other armed side the sentence names that does not speak nor hold the place hit ("terrorist
        # attacks with rocket shells ... one child has been killed"); of several, the one not harmed. With no
        # patient, only a remote attack's lone unharmed side ("ISIS terrorists fired rocket shells"): in a
        # battle it may as well be the side attacked
        armed = _owners_dropped([m for m in _others(sides, (patient_m,), ARMED_KINDS, names)
                                 if not _holder(m, doc, head) and not _renames(m, patient_m, doc)
                                 and not _backer(m, doc)], doc)
        if len(armed) > 1 or patient is None:
            armed = [m for m in armed if not harmed_side(m)]
        if len(armed) > 1:  # "terrorist attacks with ... sniper shots": the unnamed side is the named one
            armed = [m for m in armed if not _unnamed(m)] or armed
        if len(armed) > 1:  # "army units destroyed vehicles ..., killing many terrorists": the acting clause's subject
            above = _subject_above(head, armed, doc)
            armed = [above] if above is not None else armed
        if len(armed) == 1:
            agent, agent_m = _acting(armed[0], d), armed[0]
            names.add(agent.name)
    if agent is None and event_type == "Battles":
        # "the battle has cost the lives of 63 rebels and 21 Hezbollah fighters", "30 regime and 39 rebel fighters
        # were killed in battles": two armed sides whose dead are counted side by side are the battle's two sides
        # (either order), not allies, even though 'and' joins them and the parse shows both harmed
        counted = [m for m in _others(sides, (), AGENT_KINDS, set()) if _counted(m, doc)]  # '30 regime' fighters
        if len(counted) == 2 and _allied(counted[0], counted[1], doc) \
                and not _same_side_name(counted[0].actor.name, counted[1].actor.name):
            agent, agent_m = _acting(counted[0], d), counted[0]
            patient, patient_m = _acting(counted[1], d), counted[1]
            names.update({agent.name, patient.name})
    if agent is None and patient is None and event_type == "Battles" and head.lemma_.lower() not in words().victim_verbs:
        # "fighting struck the city as opposition fighters and regime forces gear up", "the fighting pitted ISIL
        # militants against the YPG": a battle word whose sentence names just two armed sides and says of neither
        # that it attacked is fought between them (ACLED: either order, as the gold's `symmetric`). Not two
        # sides joined by 'and' ('Jabhat al-Nusra and ISIS are trying to take over ...': allies), nor a verb of
        # killing read as a clash ('11 people were killed including an officer who defected to the opposition')
        two = _owners_dropped([m for m in _others(sides, (), ARMED_KINDS, names)
                               if not _holder(m, doc, head) and not _backer(m, doc)], doc)
        if len(two) == 2 and not _renames(two[0], two[1], doc) and not _allied(two[0], two[1], doc):
            agent, agent_m = for_event(two[0], d, violent=True), two[0]
            patient, patient_m = for_event(two[1], d, violent=True), two[1]
            names.update({agent.name, patient.name})
    if agent is None and patient is not None and patient.kind in UNNAMED_KINDS:
        # "The Turkish General Staff said 14 members of the terrorist group were killed during the shelling":
        # a state's forces that report enemy fighters killed, naming no one else who did it, report their own act
        speakers = [m for m in mentions if m.kind == "state forces" and is_speaker(doc[m.head])]
        if len(speakers) == 1:
            agent, agent_m = _acting(speakers[0], d), speakers[0]
            names.add(agent.name)
    if patient is None and agent is not None:
        # "X took the hill after a fierce battle with the fighters of Y", "clashes with IS": the side the fight is
        # fought with or against is the acting side's opponent (`actor_roles.is_opponent`), before any other side
        armed = [m for m in _others(sides, (agent_m,), ARMED_KINDS, names) if not _allied(m, agent_m, doc)]
        # "ISIS stormed the Syrian Arab Army's defenses", "a VBIED at the army's checkpoint": the owner of the
        # military holding the act targets is the side acted on (`actor_roles.holds_target`, act36); a country
        # that owns it ('shot down a Russian jet') through its forces (act37)
        held = [m for m in _holders(sides, agent_m, agent, names, head) if not _allied(m, agent_m, doc)]
        armed = [m for m in armed if is_opponent(doc[m.head])][:1] or held[:1] or armed
        if len(armed) == 1:
            patient = _holding_side(armed[0], d)
    if patient is None and stand_in is not None and (agent is None or agent.name != stand_in[0].name):
        patient = stand_in[0]
        if patient.kind == "person" and sub_type in UNCLAIMED_EXPLOSIONS:
            # a named person a bomb kills is a civilian victim (an air strike's named dead are often commanders)
            patient = _generic(d, "civilians", country, patient.text) or patient
    dead = _unnamed_dead(head.sent, mentions) if patient is None and sub_type in UNCLAIMED_EXPLOSIONS else None
    if dead is not None:
        # "a bomb blast hit a bus convoy killing at least 100", "the car bombing killed seven members of the
        # minority": the dead of a bomb no armed side is named as hit are its civilian victims
        patient = _generic(d, "civilians", country, dead)
    # "according to the Observatory", "NNA correspondent reported": a name the dictionary does not know that only
    # reports is no more the doer than a known monitor (act40); "Trump said he ordered strikes" reports its own act
    if provisional_m is not None and is_speaker(doc[provisional_m.head]) \
            and not reports_own_act(provisional_m, head):
        provisional = None
    if agent is None and provisional is not None and (patient is None or patient.name != provisional.name):
        agent = provisional
    if agent is not None and agent_m is not None and agent_m.entry is not None and agent_m.entry.generic \
            and event_type == "Battles" and (patient is None or patient.kind == "civilians") \
            and one_kind_fight(head, agent_m.start, agent_m.end, communal=agent.kind == "identity militia"):
        # "clan fighting", "clashes between Fellata and Salamat tribesmen": the unnamed kind is both sides, and
        # the fight's dead are of its sides, not its civilian victims (act42; `apply` keeps the same name twice)
        patient = agent
    if patient is None and agent is not None:  # "tribesmen and villagers fought each other" (act42)
        patient = _peer_side(agent, head, mentions, d, country)
    if event_type == "Violence against civilians" and (patient is None or patient.kind in NOT_A_SIDE):
        # the codebook's definition: the target of violence against civilians is civilians
        victims = _generic(d, "civilians", (agent.country if agent else None) or country,
                           patient.text if patient else "")
        patient = victims or patient
    return agent, patient
