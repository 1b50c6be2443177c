"""perf49: sentence-level readings of the sub-type features read once per sentence, and a Token made only for a
word a column test lets through (issue 17). Output is meant not to change: each memo is checked against its
uncached reading, and each column test against the Token-per-word walk it replaces (written out here)."""

from __future__ import annotations

import pytest

from frontwatch.events import subtype_features as sf
from frontwatch.events import subtype_parties as sp
from frontwatch.events import subtype_sides as ss
from frontwatch.events import victim_status as vs
from frontwatch.nlp.doc_memo import doc_lemmas, negated_heads

SENTENCES = [
    "The soldiers did not return fire, and nobody was killed.",
    "When U.S. forces returned fire, two gunmen were killed.",
    "The guards never fired back at the attackers.",
    "The guards fired back at the attackers after the checkpoint was hit.",
    "Government forces retook the village without a fight and did not capture the airport but shelled it.",
    "The militants responded with opening fire at the protesters, killing four.",
    "No one was hurt when the rebels overran the base.",
]


def _sentences(nlp) -> list:
    return [next(iter(nlp(text).sents)) for text in SENTENCES]


def _walked_negated(doc) -> set[int]:
    return {t.i for t in doc if any(c.dep_ == "neg" for c in t.children)}


def test_negated_heads_are_the_tokens_with_a_neg_child(nlp):
    found = 0
    for sent in _sentences(nlp):
        assert negated_heads(sent.doc) == _walked_negated(sent.doc)
        found += len(negated_heads(sent.doc))
    assert found >= 2  # 'return' in "did not return", 'fired' in "never fired", 'capture' in "did not capture"
    assert negated_heads(nlp("")) == frozenset()


def _walked_denied(span) -> frozenset[int]:
    """`denied_indexes` as the base read it: every token's children walked for a negation."""
    out: set[int] = set()
    for t in span:
        if (t.lower_ in sf.DENYING_WORDS and t.dep_ == "prep") or any(c.dep_ == "neg" for c in t.children):
            free = {i for c in t.children if c.dep_ in sf.CLAUSE_LINKS for i in (x.i for x in c.subtree)}
            out.update(i for i in (x.i for x in t.subtree) if span.start <= i < span.end and i != t.i
                       and i not in free)
    return frozenset(out)


def test_denied_indexes_as_the_token_walk(nlp):
    sents = _sentences(nlp)
    for sent in sents:
        assert sf.denied_indexes(sent) == sf._denied_indexes(sent) == _walked_denied(sent)
    retook = sents[4]
    denied_words = {retook.doc[i].text for i in sf.denied_indexes(retook)}
    assert {"fight", "airport"} <= denied_words and "shelled" not in denied_words


def _walked_fought_back(span) -> bool:
    """`fought_back` as the base read it: every token of the sentence, its children walked."""
    data = sf.cue_data()
    denied = sf.denied_indexes(span)
    for t in span:
        if t.i in denied or any(c.dep_ == "neg" for c in t.children):
            continue
        lemma = t.lemma_.lower()
        if lemma in data["return_fire_verbs"] and any(
                c.dep_ == "dobj" and c.lemma_.lower() in data["return_fire_objects"] for c in t.children):
            return True
        if lemma in data["return_fire_objects"] and any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in data["return_fire_verbs"] for c in t.children):
            return True
        if lemma in data["fire_back_verbs"] and any(
                c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in t.children):
            return True
    return False


@pytest.mark.parametrize("index,expected", [(0, False), (1, True), (2, False), (3, True), (5, False)])
def test_fought_back_once_per_sentence(nlp, index, expected):
    sent = _sentences(nlp)[index]
    assert vs.fought_back(sent) is vs._fought_back(sent) is _walked_fought_back(sent) is expected
    assert vs.fought_back(sent) is expected  # the memo's second answer


def _walked_fires_on(span, target) -> bool:
    """`_fires_on` as the base read it: `_gerund_verb` of every word that is no firing verb by its lemma."""
    verbs = sf.cue_data()["firing_clause_verbs"]
    lemmas, doc = doc_lemmas(span.doc), span.doc
    return any((lemmas[i] in verbs or sp._gerund_verb(doc[i]) in verbs)
               and any(target(t) for g in sf.fired_at(doc[i], ("pobj", "pcomp")) for t in sp._with_conjuncts(g))
               for i in range(span.start, span.end))


def test_fires_on_reads_a_gerund_only_where_its_form_could_be_one(nlp):
    for sent in _sentences(nlp):
        for target in (sp.protest_target, sp._gathering):
            assert sp._fires_on(sent, target) is _walked_fires_on(sent, target)
    assert sp._fires_on(_sentences(nlp)[5], sp.protest_target) is True  # "opening fire at the protesters"
    assert sp._may_be_gerund_of("opening", frozenset({"open"}))
    assert not sp._may_be_gerund_of("sing", frozenset({"s"}))  # too short to be read as a gerund
    assert not sp._may_be_gerund_of("opened", frozenset({"open"}))


def _walked_lexicon_capture_words(span) -> list[int]:
    """`_lexicon_capture_words` as the base read it: a Token for every word, its tag and form tested on it."""
    from frontwatch.events.triggers import default_lexicon

    by_first, cue, no_gain = default_lexicon().by_first, sf.cues(), ss.side_words()["no_gain"]
    lemmas, denied = doc_lemmas(span.doc), sf.denied_indexes(span)
    out = []
    for t in span:
        if t.pos_ != "VERB" or cue.get(lemmas[t.i]) == "territory_gain":
            continue
        bases = {e.words[0] for e in by_first.get(t.lower_, ()) if len(e.words) == 1}
        if any(cue.get(w) == "territory_gain" and w not in no_gain for w in bases) \
                and ss._takes_ground(t, lemmas, denied):
            out.append(t.i)
    return out


def test_lexicon_capture_words_once_per_sentence(nlp):
    found = []
    for sent in _sentences(nlp):
        memo = ss._lexicon_capture_words(sent)
        assert [t.i for t in memo] == [t.i for t in ss._read_lexicon_capture_words(sent)] \
            == _walked_lexicon_capture_words(sent)
        assert ss._lexicon_capture_words(sent) is memo  # read once per sentence
        found += [t.text for t in memo]
    assert found  # the tagger leaves some of 'retook' / 'overran' unlemmatised: the lexicon's forms find them


def test_feature_values_split_once_per_features():
    feats = ["w=attack", "trig=shell", "w=town", "subj=army", "w=attack", "party:obj=civilians"]
    first = sf.feature_values(feats, "w=")
    assert first == {f[2:] for f in feats if f.startswith("w=")} == {"attack", "town"}
    first.add("changed")  # a caller's own set: the memo is not changed through it
    assert sf.feature_values(list(feats), "w=") == {"attack", "town"}
    assert sf.feature_values(tuple(feats), "trig=") == {"shell"}
    assert list(sf.feature_values(feats, "w=")) == list({f[2:] for f in feats if f.startswith("w=")})  # same order
    other = [*feats, "w=village"]  # another event's features: read anew
    assert sf.feature_values(other, "w=") == {"attack", "town", "village"}
    assert sf.feature_values(iter(feats), "subj=") == {"army"}
    assert sf.feature_values([], "w=") == set()
    assert sf._last_families[0] == ()  # the memo holds the features it split, by value


def _walked_lexicon_types(span) -> tuple:
    """`sentence_lexicon_types` as the base read it: the entries of every word built, empty or not."""
    from frontwatch.events.triggers import default_lexicon

    by_first, lower = default_lexicon().by_first, span.text.lower()
    lemmas = doc_lemmas(span.doc)
    found = []
    for t in span:
        if t.is_punct or sf.names_time(t):
            continue
        entries = {e for k in (lemmas[t.i], t.lower_) for e in by_first.get(k, ())}
        types = frozenset(e.type for e in entries if len(e.words) == 1 or all(w in lower for w in e.words[1:]))
        if types:
            found.append((t.i, types))
    return tuple(found)


def test_sentence_lexicon_types_only_for_words_opening_an_entry(nlp):
    found = 0
    for sent in _sentences(nlp):
        assert sf._sentence_lexicon_types(sent) == _walked_lexicon_types(sent)
        assert sf.sentence_lexicon_types(sent) == sf._sentence_lexicon_types(sent)
        found += len(sf.sentence_lexicon_types(sent))
    assert found


def test_content_words_from_columns_as_content_per_token(nlp):
    from frontwatch.events import subtype_model as sm

    texts = [*SENTENCES, "In 2015, al-Assad's army and the Free Syrian Army fought 3 km north of Aleppo on March 4.",
             "U.S.-led coalition jets struck IS positions -- 12 raids -- near Raqqa; the Army said."]
    for text in texts:
        sent = next(iter(nlp(text).sents))
        walked = [t.i for t in sent if sm._content(t)]
        assert sm._content_indexes(sent) == walked
        assert [i for i, _ in sm._words(sent)] == walked
