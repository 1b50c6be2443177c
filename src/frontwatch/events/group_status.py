"""A ban told as a group's standing description is no event (guideline 24.14(b), sub68).

Why: the trigger lexicon reads 'ban', 'outlaw' and 'designate' as a group change (the codebook's Change to
group/activity: a group banned or designated), and wire copy names groups with a fixed gloss of their legal status:
"Daesh (banned in Russia)", "ISIL or Daesh outlawed in Russia", "a terrorist group banned in Russia". That gloss
reports no ban made at the time of the story; it describes the group, as an adjective would ('the outlawed group'),
and the chooser took it over the killing the sentence tells ("SDF fighters killed 47 Daesh militants (Daesh outlawed
in Russia)" answered Change to group/activity). A ban told as done - 'Russia banned the group', 'the group was
outlawed last year' - has a finite verb, an auxiliary or an object, and stays an event.

Pure: a spaCy token in, a bool out; the verbs are data/group_status.json's. `extract` marks such an event background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.data_files import word_lists

if TYPE_CHECKING:
    from spacy.tokens import Token

# A participle's own auxiliary or object: with one, the ban is told as done ('was outlawed', 'banned the group').
_DONE_DEPS = frozenset({"aux", "auxpass", "dobj", "obj"})


def _in_parenthesis(tok: Token) -> bool:
    """Whether `tok` stands between an opening parenthesis and its closing one within its sentence."""
    for t in reversed(tok.sent[: tok.i - tok.sent.start]):
        if t.text == ")":
            return False
        if t.text == "(":
            return True
    return False


def status_description(head: Token) -> bool:
    """Whether the trigger `head` is a ban verb (data/group_status.json "status_verbs") told as a group's standing
    description: no auxiliary and no object of its own, and inside a parenthesis or a past participle (VBN) hung on a
    noun as a participle clause (`acl`) - module docstring."""
    verbs = word_lists("group_status.json")["status_verbs"]
    if head.pos_ != "VERB" or head.lemma_.lower() not in verbs or any(c.dep_ in _DONE_DEPS for c in head.children):
        return False
    # inside a parenthesis the tagger often reads the gloss as a clause ('(ISIL or Daesh outlawed in Russia)': VBD
    # with 'Daesh' its subject); with no auxiliary and no object it is still the gloss
    return _in_parenthesis(head) or (head.dep_ == "acl" and head.tag_ == "VBN")


def described_change(head: Token, trigger_type: str) -> bool:
    """Whether the trigger `head` of a group's own change (a trigger type of data/group_status.json
    "description_trigger_types") is told in a clause that describes a noun: its verb, or the first verb of the
    coordination it stands in, hangs on a noun as a relative or participle clause, or the trigger is a noun that only
    modifies another noun ('supply and recruitment routes', 'a recruitment network') ("description_deps").

    Why (guideline 24.20, section 92): wire copy names a group with its history - 'the Fateh al-Sham Front which
    changed its name from al-Nusra Front', 'the YPG who have declared an autonomous region', 'an alliance formed in
    January' - and the chooser took that history as the sentence's event (Change to group/activity) where the main
    clause tells another event or none. A change told in a clause of its own, with the group its subject ('The Nusra
    Front changed its name on Thursday'), stays an event. A relative clause opened by a relative adverb ('Syria, where
    Turkish-backed groups launched an operation') tells an event at a place or a time, not what a noun is: left
    alone."""
    data = word_lists("group_status.json")
    if trigger_type not in data["description_trigger_types"]:
        return False
    verb = head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if any(c.tag_ == "WRB" and c.i < verb.i for c in verb.children):
        return False
    if verb.dep_ == "compound" and verb.head.lemma_.lower() in data["act_head_nouns"]:
        return False  # 'a recruitment drive': the compound names the act
    return verb.dep_ in data["description_deps"] and verb.head.pos_ in ("NOUN", "PROPN") and verb.head is not verb
