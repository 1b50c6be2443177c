"""Exact ids, MinHash signatures and the near-duplicate index (real datasketch, real subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from frontwatch.clean import NearDuplicateIndex, article_id, clean_article, signature
from frontwatch.clean.dedupe import SIGNATURE_BYTES
from frontwatch.model import RawArticle

# A wire story as two outlets republished it, and a different story on the same events.
STORY = "\n\n".join([
    'Rebels seize key crossing as government troops pull back from the south',
    'Opposition fighters took control of the Nasib border crossing with Jordan on Friday after government'
    ' troops withdrew overnight, a war monitor and two rebel commanders said.',
    'The Syrian Observatory for Human Rights said the army had pulled its units out of the crossing and '
    'several nearby villages without a fight, leaving large stocks of ammunition behind. A rebel '
    'commander told reporters that his men had entered the customs buildings at dawn and raised their '
    'flag over the main gate.',
    'The crossing was once a vital trade route between Syria and the Gulf states, and its loss cuts one '
    'of the last overland links the government still controlled in the south. Jordan said it had closed '
    'its side of the border and reinforced its troops along the frontier.',
    'In the nearby city of Deraa, residents reported sporadic gunfire and said that most government '
    'offices had been abandoned. Local officials loyal to the opposition said they had formed a committee'
    ' to run public services and protect state property.',
    'The army said in a statement that it was redeploying its forces to defend the capital and accused '
    'foreign powers of arming the rebels. It did not acknowledge the loss of the crossing.',
    'Humanitarian groups warned that thousands of families were fleeing towards the Jordanian border and '
    'that food and fuel were running short. The United Nations said it was preparing to send aid convoys '
    'once the roads were safe.',
    'Diplomats from the region are due to meet in Doha on Saturday to discuss the crisis, the foreign '
    'ministry of Qatar said.',
]) + "\n"

OTHER = "\n\n".join([
    'Jordan shuts border as fighting reaches Nasib',
    'Jordanian authorities closed the Jaber border post on Friday as clashes spread across southern '
    "Syria, the kingdom's interior ministry said, adding that travellers already on the road would be "
    'allowed to return.',
    'Witnesses on the Syrian side described columns of military vehicles heading north towards Damascus, '
    'while armed men on motorcycles moved into the customs area at Nasib. Jordanian soldiers fired '
    'warning shots at a group of people approaching the fence, according to a security source.',
    'Aid agencies said the closure would trap families fleeing the fighting in Deraa province and urged '
    'Amman to open a humanitarian corridor. Jordan already hosts more than 600,000 registered Syrian '
    'refugees and has said it cannot take more.',
    "The government in Damascus has not commented on the situation at the crossing. Qatar's foreign "
    'ministry said regional diplomats would meet in Doha at the weekend to discuss the crisis.',
]) + "\n"


def _edited_republication() -> str:
    body = STORY.replace("raised their flag over the main gate", "hoisted a flag above the main entrance")
    assert body != STORY
    return body + "\n(Reporting by Staff in Amman; Editing by Desk)\n"


def _clean(text: str) -> str:
    return clean_article(RawArticle(text=text, source_ref="test", kind="text")).text


# --- exact ------------------------------------------------------------------------------

def test_article_id_folds_case_and_whitespace() -> None:
    aid = article_id(STORY)
    assert aid.startswith("a") and len(aid) == 21 and all(c in "0123456789abcdef" for c in aid[1:])
    assert article_id("  " + STORY.upper().replace(" ", "\n  ")) == aid
    assert article_id(STORY.replace("Friday", "Saturday")) != aid


def test_exact_duplicates_share_an_id_after_cleaning() -> None:
    wordpress = STORY + "\nThe post Rebels seize key crossing appeared first on Levant Daily.\n"
    assert clean_article(RawArticle(text=wordpress, source_ref="a", kind="feed")).id == \
        clean_article(RawArticle(text=STORY.replace("'", "\u2019"), source_ref="b", kind="text")).id


# --- signatures -------------------------------------------------------------------------

def test_signature_is_compact_and_deterministic_across_processes() -> None:
    sig = signature(STORY)
    assert isinstance(sig, bytes) and len(sig) == SIGNATURE_BYTES == 1024
    code = (
        "import sys; from frontwatch.clean.dedupe import signature; "
        "sys.stdout.write(signature(sys.stdin.read()).hex())"
    )
    # a fresh interpreter with a different hash seed must produce the same bytes
    out = subprocess.run(
        [sys.executable, "-c", code], input=STORY, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    ).stdout
    assert bytes.fromhex(out) == sig


def test_signature_ignores_case_and_punctuation_but_not_words() -> None:
    assert signature(STORY) == signature(STORY.upper().replace(",", " ").replace(".", " ! "))
    assert signature(STORY) != signature(OTHER)


# --- near duplicates --------------------------------------------------------------------

@pytest.fixture()
def index() -> NearDuplicateIndex:
    idx = NearDuplicateIndex()
    text = _clean(STORY)
    idx.add(article_id(text), signature(text))
    idx.add(article_id(_clean(OTHER)), signature(_clean(OTHER)))
    return idx


def test_edited_republication_with_other_footer_is_found(index: NearDuplicateIndex) -> None:
    edited = _clean(_edited_republication())
    assert article_id(edited) != article_id(_clean(STORY))  # not an exact duplicate ...
    assert index.find(signature(edited)) == article_id(_clean(STORY))  # ... but a near one


def test_different_article_on_the_same_topic_is_not_found() -> None:
    idx = NearDuplicateIndex()
    idx.add("story", signature(_clean(STORY)))
    assert idx.find(signature(_clean(OTHER))) is None


def test_rewritten_half_is_not_a_near_duplicate() -> None:
    paragraphs = STORY.split("\n\n")
    half = "\n\n".join(paragraphs[: len(paragraphs) // 2]) + "\n\n" + OTHER
    idx = NearDuplicateIndex()
    idx.add("story", signature(STORY))
    assert idx.find(signature(half)) is None


def test_choice_among_several_matches_is_deterministic() -> None:
    sig = signature(STORY)
    forward, backward = NearDuplicateIndex(), NearDuplicateIndex()
    for key in ("b2", "a1", "c3"):
        forward.add(key, sig)
    for key in ("c3", "a1", "b2"):
        backward.add(key, sig)
    assert forward.find(sig) == backward.find(sig) == "a1"


def test_index_rebuilt_from_stored_bytes_answers_the_same(index: NearDuplicateIndex) -> None:
    stored = [(article_id(_clean(STORY)), bytes(bytearray(signature(_clean(STORY)))))]
    reloaded = NearDuplicateIndex()
    for key, sig in stored:
        reloaded.add(key, sig)
    edited = signature(_clean(_edited_republication()))
    assert reloaded.find(edited) == index.find(edited)


def test_len_contains_and_idempotent_add(index: NearDuplicateIndex) -> None:
    assert len(index) == 2
    key = article_id(_clean(STORY))
    assert key in index
    index.add(key, signature(OTHER))  # same id again: ignored
    assert len(index) == 2 and index.find(signature(_clean(STORY))) == key


def test_empty_text_matches_nothing() -> None:
    idx = NearDuplicateIndex()
    idx.add("empty", signature(""))
    assert len(idx) == 1
    assert idx.find(signature("")) is None


def test_bad_signature_is_rejected_with_a_clear_error() -> None:
    idx = NearDuplicateIndex()
    with pytest.raises(ValueError, match="1024 bytes"):
        idx.add("x", b"\x00" * 10)
    with pytest.raises(TypeError, match="must be bytes"):
        idx.find("not bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="non-empty"):
        idx.add("", signature(STORY))


@pytest.mark.parametrize("layout", [{}, {"merge_every": 1}, {"merge_every": 7}, {"merge_every": 5, "key_bits": 3},
                                    {"key_bits": 1}])
def test_index_answers_as_datasketch_minhash_lsh_does(layout: dict) -> None:
    """The compact index finds exactly what datasketch's MinHashLSH over MinHash objects finds
    (same bands, same verification): the reference is the library the index replaced. Also with
    the recent articles merged into the sorted band arrays after every 1, 5 or 7 additions (the
    default merges only after 4,096, so the first case tests the recent dicts alone), and with band
    keys cut to 3 or 1 bits, so that keys collide all the time and only the check of the band's
    values keeps the candidates exact."""
    import random

    from datasketch import MinHashLSH

    from frontwatch.clean.dedupe import LSH_WEIGHTS, NUM_PERM, THRESHOLD, _from_bytes

    rng = random.Random(17)
    vocab = [f"w{i}" for i in range(400)]
    bases = [[rng.choice(vocab) for _ in range(rng.randint(60, 160))] for _ in range(40)]
    texts = []
    for base in bases:  # each base and edits of it, from a word to a third of the text: scores on both sides
        texts.append(" ".join(base))
        for _ in range(5):
            words = list(base)
            for _ in range(rng.choice([1, 2, 3, 5, 8, 12, len(words) // 3])):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            texts.append(" ".join(words))
    texts.append("")  # empty: indexed, never a candidate
    sigs = [signature(t) for t in texts]
    order = list(range(len(texts)))
    rng.shuffle(order)
    index = NearDuplicateIndex(**layout)
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    sketches = {}
    found = 0
    for n, i in enumerate(order):
        m = _from_bytes(sigs[i])
        assert index.candidates(sigs[i]) == (set(lsh.query(m)) if not m.is_empty() else set()), (n, i)
        want = None
        if not m.is_empty():
            scored = [(-m.jaccard(sketches[k]), k) for k in lsh.query(m)]
            scored = [s for s in scored if -s[0] >= THRESHOLD]
            want = min(scored)[1] if scored else None
        assert index.find(sigs[i]) == want, (n, i)
        found += want is not None
        key = f"a{i:04d}"
        index.add(key, sigs[i])
        sketches[key] = m
        if not m.is_empty():
            lsh.insert(key, m)
    assert 50 <= found < len(texts) - 40  # near-duplicates found and missed alike


def test_index_widens_its_matrix_for_values_beyond_32_bits() -> None:
    """Legacy MinHash values fit in 4 bytes and are held so; a signature with a larger value (another
    scheme) widens the matrix to 8 bytes and both are still found as themselves."""
    import numpy as np

    small = signature(STORY)
    big_values = np.frombuffer(small, dtype="<u8").copy()
    big_values[:8] += np.uint64(1 << 40)  # first band differs from `small`'s, values beyond 32 bits
    big = big_values.tobytes()
    idx = NearDuplicateIndex(merge_every=1)
    idx.add("small", small)
    idx.add("big", big)
    assert idx.candidates(big) == {"small", "big"}  # the other 15 bands are shared
    assert idx.find(big) == "big" and idx.find(small) == "small"
    assert idx.find(big, exclude="big") == "small"  # 120 of 128 values equal: 0.94
    assert idx._sigs.dtype == np.uint64
