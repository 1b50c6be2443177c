"""Sending alerts: webhook (JSON POST) and e-mail (SMTP), retried with back-off, every failure recorded.

Deliveries are rows queued with the alert (see `evaluate`); a sender claims a due row by
advancing its `attempts` with a compare-and-set, so two senders never send one row at
once. Within one claim a webhook is tried `TRIES_PER_ROUND` times with short back-off (a
receiver restarting); if all fail, the row waits `ROUND_BACKOFF_S × 2^round` (at most an
hour) and is retried by the next sender run (after the next ingest batch, or `frontwatch
alerts --deliver` from cron); after `MAX_ATTEMPTS` tries it is marked failed. A crash
between a send and its record means one more send on restart, never none: each payload
carries an `idempotency_key` (also the `Idempotency-Key` header / `Message-ID`) for
receivers that must not show one twice.
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select, update

from frontwatch import __version__
from frontwatch.alerts.evaluate import ALERTS, DELIVERIES
from frontwatch.store import Store
from frontwatch.store.engine import WRITE_OPTIONS

TRIES_PER_ROUND = 3
FIRST_RETRY_S = 0.5  # sleep before the 2nd try of a round; doubles for the 3rd
ROUND_BACKOFF_S = 60.0
MAX_BACKOFF_S = 3600.0
MAX_ATTEMPTS = 15  # five rounds
TIMEOUT_S = 10.0


class DeliveryError(Exception):
    """A send that failed; `transient` False means trying again at once cannot help (refused address,
    no SMTP server, a 4xx other than 408/429): the round ends, the row still waits for the next one."""

    def __init__(self, message: str, transient: bool = True) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass
class SmtpSettings:
    """Where e-mail alerts go out; from FRONTWATCH_SMTP_* variables (`from_env`)."""

    host: str | None = None
    port: int = 25
    sender: str = "frontwatch@localhost"
    user: str | None = None
    password: str | None = None
    starttls: bool = False
    ssl: bool = False

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> SmtpSettings:
        env = dict(os.environ if env is None else env)
        tls = env.get("FRONTWATCH_SMTP_TLS", "").lower()  # starttls | ssl | (none)
        return cls(host=env.get("FRONTWATCH_SMTP_HOST") or None, port=int(env.get("FRONTWATCH_SMTP_PORT") or
                                                                            (465 if tls == "ssl" else 25)),
                   sender=env.get("FRONTWATCH_SMTP_FROM") or "frontwatch@localhost",
                   user=env.get("FRONTWATCH_SMTP_USER") or None, password=env.get("FRONTWATCH_SMTP_PASSWORD") or None,
                   starttls=tls == "starttls", ssl=tls == "ssl")


@dataclass
class DeliveryStats:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def payload(alert: dict[str, Any], version: int) -> dict[str, Any]:
    """The JSON a webhook receives (and the data of an e-mail)."""
    body = alert["summary"]
    return {"kind": "new" if version == 1 else "update", "alert_id": alert["id"], "version": version,
            "idempotency_key": f"frontwatch-alert-{alert['id']}-v{version}", **body}


def _check_address(url: str, allow_private: bool) -> None:
    from frontwatch.ingest.fetch import FetchError, _any_address, is_public_address, resolve_checked

    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        resolve_checked(parts.hostname or "", port, _any_address if allow_private else is_public_address)
    except FetchError as exc:
        raise DeliveryError(str(exc), transient=str(exc).startswith("cannot resolve")) from None


def send_webhook(url: str, body: dict[str, Any], *, allow_private: bool = False) -> None:
    """One JSON POST; a 2xx answer is success (redirects are not followed: a 3xx is a failure)."""
    _check_address(url, allow_private)
    try:
        r = httpx.post(url, content=json.dumps(body, ensure_ascii=False).encode("utf-8"), timeout=TIMEOUT_S,
                       follow_redirects=False,
                       headers={"Content-Type": "application/json", "User-Agent": f"frontwatch/{__version__}",
                                "Idempotency-Key": body["idempotency_key"]})
    except httpx.HTTPError as exc:
        raise DeliveryError(f"{type(exc).__name__}: {exc}") from None
    if not 200 <= r.status_code < 300:
        raise DeliveryError(f"HTTP {r.status_code}", transient=r.status_code >= 500 or r.status_code in (408, 429))


def email_message(body: dict[str, Any], sender: str, to: str) -> EmailMessage:
    """A plain-text alert: what, where, how many outlets, and every evidence sentence with its link."""
    story = body["story"]
    kind = "Update" if body["kind"] == "update" else "New"
    msg = EmailMessage()
    subject = f"[frontwatch] {kind}: {body['title']} ({story['corroboration']} outlet(s))"
    msg["Subject"] = " ".join(subject.split())[:300]  # place names come from the news: one line, bounded
    msg["From"], msg["To"] = sender, to
    msg["Message-ID"] = make_msgid(idstring=body["idempotency_key"], domain="frontwatch")
    lines = [f"Watch: {body['watch']['name']} ({body['watch']['area']})",
             f"{kind} alert, version {body['version']}: {body['title']}",
             f"Date: {story.get('date') or '?'}; outlets ({story['corroboration']}): {', '.join(story.get('outlets') or [])}",
             f"Actors: {', '.join(body.get('actors') or []) or '-'}; fatalities (lowest report): {body.get('fatalities', 0)}",
             f"Story: {story['id']}", "", "Evidence:"]
    for ev in body.get("evidence") or []:
        lines.append(f"- {ev.get('sentence')}")
        lines.append(f"  {ev.get('outlet') or 'unknown outlet'}: {ev.get('url') or ev.get('title') or '-'}")
    msg.set_content("\n".join(lines) + "\n")
    return msg


def send_email(to: str, body: dict[str, Any], smtp: SmtpSettings) -> None:
    if not smtp.host:
        raise DeliveryError("no SMTP server: set FRONTWATCH_SMTP_HOST (and _PORT, _FROM; see docs/watch.md)",
                            transient=False)
    msg = email_message(body, smtp.sender, to)
    try:
        if smtp.ssl:
            client: smtplib.SMTP = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=TIMEOUT_S,
                                                    context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=TIMEOUT_S)
        with client:
            if smtp.starttls:
                client.starttls(context=ssl.create_default_context())
            if smtp.user:
                client.login(smtp.user, smtp.password or "")
            client.send_message(msg)
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"SMTP {type(exc).__name__}: {exc}") from None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _round_backoff(attempts: int) -> timedelta:
    rounds = max(1, -(-attempts // TRIES_PER_ROUND))
    return timedelta(seconds=min(MAX_BACKOFF_S, ROUND_BACKOFF_S * 2 ** (rounds - 1)))


def deliver_due(store: Store, *, allow_private: bool = False, smtp: SmtpSettings | None = None, limit: int = 200,
                sleep: Callable[[float], None] = time.sleep, tries: int = TRIES_PER_ROUND,
                ignore_backoff: bool = False) -> DeliveryStats:
    """Send every delivery that is due (every pending one with `ignore_backoff`); record each outcome."""
    smtp = smtp or SmtpSettings.from_env()
    stats = DeliveryStats()
    now = _now()
    due_by = [DELIVERIES.c.next_attempt <= now] if not ignore_backoff else []
    stmt = (select(DELIVERIES, ALERTS.c.summary, ALERTS.c.id.label("a_id"))
            .join(ALERTS, DELIVERIES.c.alert_id == ALERTS.c.id)
            .where(DELIVERIES.c.status == "pending", *due_by)
            .order_by(DELIVERIES.c.id).limit(limit))
    with store.engine.connect() as conn:
        due = [dict(r) for r in conn.execute(stmt).mappings()]
    writer = store.engine.execution_options(**WRITE_OPTIONS)
    for d in due:
        with writer.begin() as conn:  # claim: nobody else sends it while we do
            claimed = conn.execute(update(DELIVERIES).where(
                DELIVERIES.c.id == d["id"], DELIVERIES.c.status == "pending", DELIVERIES.c.attempts == d["attempts"])
                .values(attempts=d["attempts"] + tries,
                        next_attempt=_now() + timedelta(seconds=TIMEOUT_S * tries * 3))).rowcount
        if not claimed:
            continue
        body = payload({"id": d["a_id"], "summary": d["summary"]}, d["version"])
        errors: list[str] = []
        ok = False
        for i in range(tries):
            if i:
                sleep(FIRST_RETRY_S * 2 ** (i - 1))
            try:
                if d["channel"] == "webhook":
                    send_webhook(d["target"], body, allow_private=allow_private)
                else:
                    send_email(d["target"], body, smtp)
                ok = True
                break
            except DeliveryError as exc:
                errors.append(f"try {d['attempts'] + i + 1}: {exc}")
                if not exc.transient:
                    break
            except Exception as exc:  # a bug or bad data must not stop the other deliveries
                errors.append(f"try {d['attempts'] + i + 1}: {type(exc).__name__}: {exc}")
                break
        attempts = d["attempts"] + len(errors) + (1 if ok else 0)
        when = _now()
        values: dict[str, Any] = {"attempts": attempts}
        if errors:
            values["last_error"] = "; ".join(errors)[-1000:]
        if ok:
            values |= {"status": "sent", "sent_at": when}
            stats.sent += 1
        else:
            line = f"alert {d['a_id']} v{d['version']} → {d['channel']} {d['target']}: {errors[-1]}"
            stats.errors.append(line)
            if attempts >= MAX_ATTEMPTS:
                values["status"] = "failed"
                stats.failed += 1
            else:
                values["next_attempt"] = when + _round_backoff(attempts)
                stats.retrying += 1
        with writer.begin() as conn:
            conn.execute(update(DELIVERIES).where(DELIVERIES.c.id == d["id"]).values(values))
    return stats
