"""Remove feed and page boilerplate lines (footers, share bars, credits) from article text.

Aggregator feeds (WordPress RSS, wire copy from Reuters/AP/AFP, Google News, MSN) glue
non-article lines to the story: "The post … appeared first on …", share bars, copyright
notices, photo credits, "(Reporting by …; Editing by …)". Left in, they become fake
sentences, fake place mentions and fake sources for the later stages.

Rules are deliberately conservative because dropping real prose loses events:
  * a rule must match a *whole* line (after trimming decoration such as bullets), and the
    line must be short (≤ 25 words by default; the article title's own words are not
    counted, so "The post <long title> appeared first on …" still qualifies);
  * a matching line that continues a sentence of its neighbour (hard-wrapped prose) is kept;
  * after a trailing "heading" rule ("Related articles", "Continue reading on:", "Share
    this:") at the end of the text, the following short non-sentence lines (headline
    lists, outlet names, links) go too — but only if nothing after it looks like prose.

Hand-written regular expressions: trafilatura (already a dependency) removes boilerplate
from HTML *structure*, but feed summaries and plain-text/JSONL inputs have no structure
left, and no maintained library targets line-level footers of plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_WORDS = 25
MAX_CHARS = 600  # no footer is longer; a guard against huge space-free lines
MAX_TRAILING_BLOCK = 15  # non-blank lines after a trailing heading we are willing to drop


@dataclass(frozen=True)
class Rule:
    """One kind of boilerplate line."""

    name: str
    pattern: re.Pattern[str]
    max_words: int = MAX_WORDS
    heading: bool = False  # may introduce a trailing block (list of links/headlines)


def _rule(name: str, *alternatives: str, max_words: int = MAX_WORDS, heading: bool = False,
          ignore_case: bool = True) -> Rule:
    flags = re.IGNORECASE if ignore_case else 0
    return Rule(name, re.compile("|".join(f"(?:{a})" for a in alternatives), flags), max_words, heading)


_AGENCIES = (
    r"afp|ap|reuters|xinhua|anadolu(?: agency)?|dpa|efe|ani|pti|ians|tass|ria novosti|sana|irna|wam|upi"
    r"|bernama|kyodo|yonhap|associated press|the associated press|agence france-presse"
)
NEWS_AGENCIES = _AGENCIES  # the one list of agency names; `lang.datelines` reads it too
_AGENCY_LIST = r"(?:" + _AGENCIES + r")(?:\s*,\s*(?:" + _AGENCIES + r"))*"
_SLUG = r"[a-z]{2,6}(?:-[a-z]{2,6})*(?:/[a-z]{2,6})+"
_PLATFORMS = (
    r"twitter|x|facebook|telegram|instagram|threads|bluesky|mastodon|linkedin|youtube|tiktok|whatsapp"
    r"|google news|snapchat|social media|our (?:website|app)"
)
_SOCIAL = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|mail|print|reddit|pinterest|copy link|copy|link"
    r"|share|tweet|messenger|flipboard|pocket|tumblr|vk|viber|bluesky|threads|instagram|youtube|tiktok|sms"
    r"|mastodon|google news|more"
)
_HEADINGS = (
    r"related|recommended|trending|most (?:read|popular|viewed|shared)|top stories|editor'?s picks?"
    r"|more (?:on this (?:story|topic)|stories|news|like this|to read|(?:from|on|about) [\w'&-]+(?: [\w'&-]+){0,4})"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)|what to read next"
    r"|further reading|also on [\w'&-]+(?: [\w'&-]+){0,3}|tags?|topics?|filed under|categor(?:y|ies)|posted in"
    r"|keywords?|don'?t miss|must read"
)
_NAME = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,4}"  # a capitalised name of up to five words
_HEADING_NOUNS = r"(?: (?:articles?|stories|story|posts?|news|content|coverage|topics|reading|links|videos?|items))?"
# "Related: <headline>" but not "Related reports said …", nor a hyphen inside a word ("Also on Saturday
# Jaish al-Islam said …" is a sentence, not the heading "Also on Saturday Jaish al" and a tail)
_SEPARATOR_TAIL = r"\s*(?:(?:[:|»>]|(?<!\w)-)\s*.*)?"

RULES: tuple[Rule, ...] = (
    _rule(
        "syndication_footer",
        r"the post .+ (?:appeared first|first appeared|was first published|originally appeared) on .+",
        # no ", <lower-case word>" after the verb: that is a sentence going on ("First
        # published in 1998, the magazine …"), not a credit ending in an outlet or date
        r"this (?:article|post|story) (?:was |is )?(?:originally |first )?"
        r"(?:appeared|published|republished|posted) (?:on|in|at|by|from) (?!.*, [a-z]).+",
        r"(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by) (?!.*, [a-z]).+",
    ),
    _rule(
        "continue_reading",
        r"continue reading\b.*",
        r"(?:read|see|view) (?:more|also|next)\b.*",
        r"(?:also read|more reading)\b.*",
        r"read (?:the )?(?:full|whole|complete|original|entire|rest of (?:the|this)) "
        r"(?:story|article|report|post|piece|text|interview)\b.*",
        r"full (?:story|article|report)\s*(?:[:|»>\-].*|(?:at|on|here)\b.*)?",
        r"view full coverage(?: on google news)?.*|full coverage",
        heading=True,
    ),
    _rule(
        "share",
        r"share(?: (?:this|the|our))?(?: (?:article|story|post|page|report|video))?\s*(?:[:!|].*)?",
        r"share (?:on|via|with|to) .{1,60}",
        r"(?:click|tap) to (?:share|email|print).*",
        r"like this\s*:?|like loading\W*|loading\s*(?:\.+|…)?",
        r"(?:" + _SOCIAL + r")(?:[\s,|·•/]+(?:" + _SOCIAL + r"))*",  # a bare row of share buttons
        heading=True,
    ),
    _rule(
        "follow_subscribe",
        r"(?:follow|like|find|join|connect with) (?:us|me|our [\w ]{1,30}?) (?:on|at|via) "
        r"(?:the )?(?:" + _PLATFORMS + r"|@|https?://|www\.).{0,80}",
        r"join (?:our|us on) .{1,60}(?:channel|group|community|page|server|newsletter)s?\b.*",
        r"follow (?:\S+ )?(?:coverage|live coverage|live updates|updates|the latest)\b.*",
        r"follow [@#]?\w[\w.@-]{0,40}(?: \w+){0,3} on (?:" + _PLATFORMS + r")\b.*",
        r"(?:please )?subscribe\b.*",
        r"sign up\b.*|.*\bsign up here\W*",
        r"(?:get|receive) (?:our|the) [\w ]{0,40}?(?:newsletters?|alerts?|briefings?|emails?)\b.*",
        r"(?:download|get) (?:our|the) (?:free )?[\w ]{0,20}?app\b.*",
        r"(?:click|tap) (?:here|to|on|the (?:link|button))\b.*",
        r"@\w{1,30}",  # a bare social-media handle
        heading=True,
    ),
    _rule(
        "copyright",
        r"(?:copyright\s*)?(?:©.*|\(c\)\s*\d{4}\b.*)",
        r"copyright\s+(?:\d{4}|by)\b.*",
        r".*\ball rights reserved\b.*",
        r"(?:this|the) (?:material|content|article) may not be .*",
        r"our standards\s*:.*",  # Reuters footer
        r".*\baffiliate commission\b.*",  # MSN
        r"(?:©\s*)?provided by .{1,60}",  # MSN credit
    ),
    _rule("related", r"(?:" + _HEADINGS + r")" + _HEADING_NOUNS + _SEPARATOR_TAIL, heading=True),
    _rule(
        "advertisement",
        r"(?:skip )?(?:advertisements?|advert|ads?)",
        r"(?:sponsored|promoted|paid)(?: (?:content|links?|stories|posts?|partner))?",
        r"(?:advertisement\s*-?\s*)?(?:story|article|content) continues (?:below|after)\b.*",
        r"(?:advertisement\s*-?\s*)?scroll (?:down )?to (?:continue|read)\b.*",
    ),
    _rule(
        "cookies",
        r"(?=.*\bcookies?\b)(?=.*\b(?:we use|uses|use of|accept|consent|policy|settings|preferences|enable"
        r"|enabled|browser|experience|by continuing)\b).*",
        r"by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)\b.*",
        r"(?:accept|reject|manage|allow) (?:all )?(?:cookies|preferences|choices)\b.*",
        r"(?:we|this (?:web)?site) (?:cares? about|values?|respects?) your privacy\b.*",
        r"(?:privacy (?:policy|settings|preferences)|terms (?:of (?:use|service)|and conditions))\s*\.?",
    ),
    _rule(
        "caption",
        r"[(\[]?(?:file )?(?:photo(?:graph)?|image|picture|pic|illustration|video|graphic|caption|credit)s?"
        r"(?: (?:credit|courtesy|source|caption|illustration)s?)?\s*(?:[:/|©].*|(?:by|courtesy)\b.*)?",
        r"(?:watch|listen)(?: (?:now|live|more|the video|video|below|here))?\s*(?:[:|].{0,200})?",
        r"(?:related|recommended) videos?\s*:.*|see more videos\b.*",
    ),
    # Caption lines are longer than footers, but a trailing wire credit ("(AP Photo/…)",
    # "REUTERS/Name", "… via Getty Images") marks them unambiguously.
    _rule(
        "caption_credit",
        r".*\((?:" + _AGENCIES + r"|getty|epa)\b[^()]{0,20}(?:photo|images?|/)[^()]*\)\s*\.?",
        r".*\bvia getty images\s*\.?|.*\bgetty images\s*\.?",
        max_words=40,
    ),
    # Reuters/AFP style "… REUTERS/Firas Makdesi/File Photo": case-sensitive, so a sentence
    # such as "An AP/NORC poll found …" is not mistaken for a credit.
    _rule(
        "caption_agency_credit",
        r".*\b(?:REUTERS|AFP|AP|EPA(?:-EFE)?|ANADOLU|XINHUA|SANA)/" + _NAME + r"(?:/" + _NAME + r")*\s*\.?",
        max_words=40,
        ignore_case=False,
    ),
    _rule(
        "wire_trailer",
        r"[(\[]?\s*(?:additional |further )?(?:reporting|writing|editing|compiled|produced|translated|translation"
        r"|research|graphics?|fact-checking) by\b.*",
        r"edited by [^.]{1,80}\.?",
        r".*\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))(?: (?:from|in) [^.]{1,60})?\.?",
        r"[-(]*\s*(?:" + _AGENCY_LIST + r")\s*\)?\s*\.?",  # "-- AFP", "(Reuters)", "(AFP, dpa)"
    ),
    # Desk slugs ("bur-hc/dcp", DW's "… amp/sms (Reuters, AFP, dpa)"): the slug is matched
    # in lower case only, so no capitalised prose line is taken for one.
    _rule(
        "wire_slug",
        r"(?:.*\s)?" + _SLUG + r"\s*\((?i:" + _AGENCY_LIST + r")\)\s*\.?",
        _SLUG,
        ignore_case=False,
    ),
    _rule("bare_link", r"(?:https?://|www\.)\S+"),
)

_DECORATION_LEFT = re.compile(r"^[\s\-–—*•·»>›▶►→|#_~=+]+")
_DECORATION_RIGHT = re.compile(r"[\s*_~=|#]+$")
_SENTENCE_END = re.compile(r"""[.!?]["')\]]*$""")
_CONTINUABLE_END = ('.', '!', '?', ':', ';', '"', "'", ')', ']', '…')


def _key(line: str) -> str:
    """The line as rules see it: whitespace collapsed, bullets and emphasis trimmed."""
    key = " ".join(line.split())
    key = _DECORATION_LEFT.sub("", key)
    return _DECORATION_RIGHT.sub("", key)


def _word_count(line: str, title_key: str | None) -> int:
    """Words of `line`, not counting a copy of the title inside it."""
    words = len(line.split())
    if title_key and title_key in " ".join(line.split()).casefold():
        words -= len(title_key.split())
    return words


def _title_key(title: str | None) -> str | None:
    return " ".join(title.split()).casefold() if title and title.strip() else None


def match_rule(line: str, title: str | None = None) -> Rule | None:
    """The rule a whole line matches as boilerplate, or None (blank lines never match)."""
    return _match(line, _title_key(title))


def _match(line: str, title_key: str | None) -> Rule | None:
    key = _key(line)
    if not key or len(key) > MAX_CHARS + (len(title_key) if title_key else 0):
        return None  # blank, or too long to be a footer (also bounds regex work on junk lines)
    words = _word_count(key, title_key)
    for rule in RULES:
        if words <= rule.max_words and rule.pattern.fullmatch(key):
            return rule
    return None


def _continues_sentence(lines: list[str], hits: list[Rule | None], i: int) -> bool:
    """True when line i is a fragment of hard-wrapped prose rather than a line of its own."""
    cur = lines[i].strip()
    prev = lines[i - 1].strip() if i > 0 else ""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if prev and hits[i - 1] is None and not prev.endswith(_CONTINUABLE_END) and cur[:1].islower():
        return True
    return bool(nxt and hits[i + 1] is None and not cur.endswith(_CONTINUABLE_END) and nxt[:1].islower())


def _is_tail_item(line: str, title_key: str | None) -> bool:
    """A short line that is not a sentence: a headline, outlet name or link in a trailing list."""
    key = _key(line)
    return _word_count(key, title_key) <= MAX_WORDS and not _SENTENCE_END.search(key)


def _trailing_block_start(lines: list[str], hits: list[Rule | None], remove: list[bool],
                          title_key: str | None) -> int | None:
    """Index of the earliest trailing heading after which only list-like lines follow."""
    start: int | None = None
    items = 0
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].strip():
            continue
        if remove[i]:
            if hits[i] is not None and hits[i].heading:
                start = i
            continue
        items += 1
        if items > MAX_TRAILING_BLOCK or not _is_tail_item(lines[i], title_key):
            break
    return start


def _longest_blank_run(lines: list[str], remove: list[bool], lo: int, hi: int) -> int:
    best = run = 0
    for k in range(lo, hi):
        run = 0 if remove[k] else run + 1
        best = max(best, run)
    return best


def strip_boilerplate(text: str, title: str | None = None) -> tuple[str, list[str]]:
    """Return (text without boilerplate lines, the removed lines in order).

    Kept lines are returned byte-for-byte. Where lines were removed, the surrounding
    blank lines shrink to the longest blank run that was there, so paragraphs stay
    separated as the author separated them; removals at the start or end leave no
    blank lines behind.
    """
    if not isinstance(text, str):
        raise TypeError(f"strip_boilerplate expects str, got {type(text).__name__}")
    lines = text.split("\n")
    title_key = _title_key(title)
    hits = [_match(line, title_key) for line in lines]
    remove = [hit is not None and not _continues_sentence(lines, hits, i) for i, hit in enumerate(hits)]
    start = _trailing_block_start(lines, hits, remove, title_key)
    if start is not None:
        for k in range(start, len(lines)):
            remove[k] = remove[k] or bool(lines[k].strip())
    if not any(remove):
        return text, []

    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        if lines[i].strip() and not remove[i]:
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < n and (remove[j] or not lines[j].strip()):
            j += 1
        if not any(remove[i:j]):
            out.extend(lines[i:j])  # untouched blank/whitespace-only lines stay as they are
        elif i > 0 and j < n:
            out.extend([""] * _longest_blank_run(lines, remove, i, j))
        i = j
    cleaned = "\n".join(out)
    if text.endswith("\n") and cleaned and not cleaned.endswith("\n"):
        cleaned += "\n"
    return cleaned, [lines[k].strip() for k in range(n) if remove[k]]
