"""One non-English article through the native path: the same `ProcessedArticle` as English.

Sentences, entity mentions (where the language has an NER model), resolved places (the same
`Toponym`/`Place` records the English geoparser gives) and events (`lang.events.code_article`).
"""

from __future__ import annotations

from collections.abc import Mapping

from frontwatch.lang.geoparse import geoparse_text
from frontwatch.lang.ner import entities
from frontwatch.model import Article, Event, Mention, ProcessedArticle, Sentence, Toponym


def _mentions(text: str, lang: str, sents: list[Sentence]) -> list[Mention]:
    out = []
    for e in entities(text, lang):
        idx = next((s.index for s in sents if s.start <= e.start < s.end), -1)
        out.append(Mention(start=e.start, end=e.end, text=text[e.start:e.end], label=e.label, sentence=idx))
    return out


def code_events(article: Article, sents: list[Sentence], toponyms: list[Toponym]) -> list[Event]:
    """Events of a non-English article: `lang.events.code_article` (each sentence with the toponyms
    inside it, through `code_sentence`; the same Event records as the English coder)."""
    from frontwatch.lang.events import code_article

    return code_article(article, sents, toponyms)


def process_foreign(article: Article, geoparser, hint: tuple[str, ...] = (),
                    admin_hint: Mapping[tuple[str, str], float] | None = None,
                    keep_background: bool = True) -> ProcessedArticle:
    """The native pipeline for an article whose `language` is one of `lang.detect.FOREIGN`."""
    lang = article.language or ""
    sents, toponyms = geoparse_text(article.text, lang, geoparser, hint=hint, admin_hint=admin_hint)
    events = code_events(article, sents, toponyms)
    if not keep_background:
        events = [e for e in events if e.modality != "background"]
    return ProcessedArticle(article=article, sentences=sents, mentions=_mentions(article.text, lang, sents),
                            toponyms=toponyms, events=events)
