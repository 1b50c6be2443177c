"""Report data → Markdown or one self-contained HTML file (inline CSS and SVG map; only links leave it).

Jinja2 with autoescaping for HTML: every sentence, title and outlet comes from scraped news and
must not be able to inject markup; only http(s) article links become links. Markdown escapes the
characters that would turn news text into formatting or links.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from frontwatch.report.data import CATEGORIES, ReportData, slug
from frontwatch.report.mapsvg import COLOURS, render_svg

TEMPLATES = Path(__file__).resolve().parent / "templates"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|])")


def safe_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def md_escape(text: Any) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html.j2"]),
                      trim_blocks=False, lstrip_blocks=False, keep_trailing_newline=True)
    env.filters["md"] = md_escape
    env.filters["safe_url"] = safe_url
    env.filters["type_class"] = lambda name: slug(name if name in COLOURS else "Other")
    return env


def _groups(data: ReportData) -> list[dict[str, Any]]:
    order = {c: i for i, c in enumerate(CATEGORIES)}
    groups: dict[str, list[Any]] = {}
    for e in data.evidence:
        groups.setdefault(e.category, []).append(e)
    return [{"name": name, "anchor": slug(name), "entries": sorted(items, key=lambda e: e.n)}
            for name, items in sorted(groups.items(), key=lambda kv: order.get(kv[0], 99))]


def map_svg(data: ReportData) -> str:
    return render_svg(data.points, data.bounds, data.area, title=f"events, {data.period.start} to {data.period.end}")


def to_markdown(data: ReportData, map_file: str | None = None) -> str:
    def cites(numbers: list[int]) -> str:
        return " ".join(f"[E{n}](#E{n})" for n in numbers) if numbers else ""

    return _env().get_template("report.md.j2").render(r=data, cites=cites, evidence_groups=_groups(data),
                                                      map_file=map_file)


def report_css() -> str:
    return (TEMPLATES / "report.css").read_text(encoding="utf-8")


def to_html(data: ReportData, *, inline_css: bool = True) -> str:
    """One HTML file; `inline_css` False links /report.css instead (the API: no inline style under its CSP)."""

    def cites(numbers: list[int]) -> Markup:
        return Markup('<span class="cite">') + Markup("").join(
            Markup('<a href="#E{0}">E{0}</a>').format(n) for n in numbers) + Markup("</span>")

    return _env().get_template("report.html.j2").render(r=data, cites=cites, evidence_groups=_groups(data),
                                                        map_svg=Markup(map_svg(data)), colours=COLOURS,
                                                        inline_css=Markup(report_css()) if inline_css else None)


__all__ = ["escape", "map_svg", "md_escape", "safe_url", "to_html", "to_markdown"]
