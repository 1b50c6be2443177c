"""strip_boilerplate: footers of real aggregator formats go, prose always stays."""

from __future__ import annotations

import pytest

from frontwatch.clean.boilerplate import match_rule, strip_boilerplate
from frontwatch.clean.normalize import normalize_text

BODY = (
    "Rebel forces entered the city of Hama on Thursday after days of fighting, residents said.\n"
    "\n"
    "The army said it had redeployed its units outside the city to protect civilians.\n"
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _strip(footer: str, title: str | None = None) -> tuple[str, list[str]]:
    return strip_boilerplate(normalize_text(BODY + "\n" + footer), title)


# --- the seed article -------------------------------------------------------------------

def test_seed_loses_exactly_its_boilerplate(seed_text: str, seed_expected: dict) -> None:
    text = normalize_text(seed_text)
    expected = [normalize_text(line).strip() for line in seed_expected["article"]["boilerplate_to_strip"]]
    cleaned, removed = strip_boilerplate(text)
    assert removed == expected
    assert _lines(cleaned) == [line for line in _lines(text) if line not in expected]
    assert cleaned.rstrip().endswith("territorial integrity.")


def test_seed_with_title_removes_the_same(seed_text: str, seed_expected: dict) -> None:
    text = normalize_text(seed_text)
    title = text.split("\n", 1)[0]
    _, removed = strip_boilerplate(text, title)
    assert len(removed) == len(seed_expected["article"]["boilerplate_to_strip"])


# --- aggregator formats ------------------------------------------------------------------

@pytest.mark.parametrize(
    "footer",
    [
        # WordPress RSS
        "The post Rebels enter Hama as army withdraws appeared first on Levant Daily.",
        "The post Ukraine says it repelled 40 attacks near Pokrovsk first appeared on Kyiv Wire.",
        "This article was originally published on The Conversation.",
        # Reuters
        "(Reporting by Maya Gebeily in Beirut and Suleiman Al-Khalidi in Amman; Editing by Toby Chopra)",
        "Reporting by Timour Azhari; Writing by Michael Georgy; Editing by Alex Richardson",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Sign up here.",
        "Rebel fighters ride on a military vehicle in Hama, Syria, December 6, 2024. REUTERS/Mahmoud Hasano/File Photo",
        # AP
        "Associated Press writers Bassem Mroue in Beirut and Albert Aji in Damascus contributed to this report.",
        "Hwaida Saad contributed reporting from Beirut.",
        "Originally published on December 7, 2024 by Kyiv Wire.",
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed without permission.",
        "Syrian opposition fighters stand on a government armoured vehicle in Hama, Syria, Thursday, Dec. 5, 2024. "
        "(AP Photo/Ghaith Alsayed)",
        "Follow AP's coverage of the Middle East at https://apnews.com/hub/middle-east",
        # AFP
        "bur-ami/jsa",
        "-- AFP",
        "\u00a9 2024 AFP",
        "(Photo by Omar HAJ KADOUR / AFP)",
        "More to come at dw.com. amp/sms (Reuters, AFP, dpa, AP)",  # Deutsche Welle
        # Google News and MSN
        "View Full Coverage on Google News",
        "\u00a9 Provided by The Independent",
        "Related video: Syrian rebels enter Homs (Dailymotion)",
        "Microsoft may earn an Affiliate Commission if you purchase something through recommended links "
        "in this article.",
        # generic site furniture
        "Continue reading\u2026",
        "Continue reading on:",
        "Read more: Who are the rebels who took Aleppo?",
        "Read the full story at Al Jazeera",
        "Share this:",
        "Share on Facebook",
        "Follow us on Twitter",
        "Follow us on X",
        "Join our Telegram channel for the latest updates",
        "Subscribe to our newsletter",
        "Sign up for our daily briefing",
        "Click here to read the full report.",
        "\u00a9 2024 Middle East Monitor",
        "All rights reserved.",
        "Related:",
        "Related articles",
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "We use cookies to improve your experience on our site. By continuing you accept our cookie policy.",
        "Photo: Reuters",
        "Image credit: Getty Images",
        "\u2022 Tags: Syria, Hama, Assad",
        "https://example.com/news/syria-hama-2024",
    ],
)
def test_aggregator_footer_is_removed(footer: str) -> None:
    cleaned, removed = _strip(footer)
    assert removed == [normalize_text(footer).strip()]
    assert cleaned == BODY.rstrip("\n")  # ends with a newline only if the input did


def test_wordpress_jetpack_share_block() -> None:
    footer = (
        "Share this:\n"
        "Click to share on X (Opens in new window)\n"
        "X\n"
        "Click to share on Facebook (Opens in new window)\n"
        "Facebook\n"
        "Like this:\n"
        "Like Loading...\n"
        "Related"
    )
    cleaned, removed = _strip(footer + "\n")
    assert cleaned == BODY
    assert len(removed) == 8


def test_trailing_related_block_takes_its_headlines() -> None:
    footer = (
        "Related articles\n"
        "Rebels seize Aleppo in surprise offensive\n"
        "Israel strikes border crossings with Lebanon\n"
        "https://example.com/syria"
    )
    cleaned, removed = _strip(footer + "\n")
    assert cleaned == BODY
    assert removed[0] == "Related articles" and len(removed) == 4


def test_continue_reading_takes_the_outlet_line_after_it() -> None:
    cleaned, removed = _strip("The post Rebels enter Hama appeared first on ProtoThema English.\n\n"
                              "Continue reading on:\nProtoThema English\n")
    assert cleaned == BODY
    assert removed[-1] == "ProtoThema English"


def test_prose_after_a_heading_is_kept() -> None:
    text = BODY + "\nRead more: Who are the rebels?\n\nThe United Nations said 300,000 people had fled.\n"
    cleaned, removed = strip_boilerplate(text)
    assert removed == ["Read more: Who are the rebels?"]
    assert cleaned == BODY + "\nThe United Nations said 300,000 people had fled.\n"


def test_long_title_does_not_count_towards_the_length_limit() -> None:
    title = ("Syria live: rebels say they are 20 km from Damascus after seizing Deraa and Sweida, "
             "as the army redeploys around Homs and Iran evacuates diplomats")
    footer = f"The post {title} appeared first on Levant Daily."
    assert len(footer.split()) > 25
    assert _strip(footer)[1] == []  # too long to be a footer without knowing the title
    assert _strip(footer, title)[1] == [footer]


# --- prose that must survive -------------------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "Share prices in Damascus fell 5% on Monday as the rebels advanced.",
        "Related reports said the army had abandoned its positions in Hama.",
        "Photographs showed smoke rising over the citadel of Homs.",
        "Video shows fighters entering the presidential palace.",
        "Follow-up strikes hit the town of Sarmada on Tuesday.",
        "An AP/NORC poll found most Americans back the aid package.",
        "More than 300 people were killed in the fighting, the Observatory said.",
        "Copyright disputes aside, the footage was verified by three newsrooms.",
        "Read more than 200 pages of the UN report and you find the same pattern of abuse, "
        "said Fadel Abdul Ghany of the Syrian Network for Human Rights, who has documented thousands of cases "
        "since the war began in 2011.",
        "(c) the withdrawal of all foreign forces from the buffer zone;",
        "Both sides must decide whether to accept and/or reject the plan (AFP)",
        "Join us on the front line, the commander told recruits in a video",
        "Poor intelligence contributed to the report's failures, the inquiry found.",
        "First published in 1998, the magazine was banned by the government in 2011.",
        "Syria's Civil Defence, known as the White Helmets, said cookies and bread were handed out in Idlib.",
    ],
)
def test_prose_is_kept(line: str) -> None:
    text = BODY + "\n" + line + "\n"
    assert strip_boilerplate(text) == (text, [])


def test_no_sentence_is_dropped_from_a_wrapped_paragraph() -> None:
    text = ("Residents who fled said they could not\n"
            "read more than a few lines of the evacuation order\n"
            "before the shelling began.\n")
    assert strip_boilerplate(text) == (text, [])


def test_middle_line_removed_and_paragraph_spacing_kept() -> None:
    text = "First paragraph.\n\nAdvertisement\n\nSecond paragraph.\n\n\nThird paragraph."
    cleaned, removed = strip_boilerplate(text)
    assert removed == ["Advertisement"]
    assert cleaned == "First paragraph.\n\nSecond paragraph.\n\n\nThird paragraph."


def test_whitespace_only_line_stays_a_blank_line() -> None:
    text = "First paragraph.\n   \nSecond paragraph.\n"
    assert strip_boilerplate(text) == (text, [])


def test_leading_boilerplate_leaves_no_blank_lines() -> None:
    cleaned, removed = strip_boilerplate("Advertisement\n\nFirst paragraph.\n")
    assert (cleaned, removed) == ("First paragraph.\n", ["Advertisement"])


def test_match_rule_names_the_rule() -> None:
    rule = match_rule("(Reporting by A; Editing by B)")
    assert rule is not None and rule.name == "wire_trailer"
    assert match_rule("   ") is None


def test_rejects_non_string() -> None:
    with pytest.raises(TypeError, match="expects str"):
        strip_boilerplate(None)  # type: ignore[arg-type]
