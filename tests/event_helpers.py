"""Reading one sentence's coded events in tests: its most confident ACLED event and an actor's kind.

Why a module: the actor tests (completion, roles) all ask the same two questions of the real pipeline.
"""

from __future__ import annotations

from frontwatch.evaluate.run import extract_texts


def main_event(text: str) -> dict:
    """The most confident event with an ACLED type coded from one sentence."""
    events = [e for e in extract_texts([text])[0] if (e.get("acled") or {}).get("event_type")]
    assert events, f"no event coded from {text!r}"
    return max(events, key=lambda e: e.get("confidence") or 0.0)


def kind(actor: dict | None) -> str | None:
    """An actor's kind ('state forces', 'civilians', ...), None for no actor."""
    return (actor or {}).get("kind")
