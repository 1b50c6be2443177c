"""`frontwatch report`: the situation report of an area and period as Markdown, HTML or PDF."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.text import Text

err = Console(stderr=True, markup=False, highlight=False)


class ReportFormat(str, Enum):
    md = "md"
    html = "html"
    pdf = "pdf"


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint=option) from None


def report_command(
    date_from: str = typer.Option(..., "--from", help="First day, YYYY-MM-DD (inclusive)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Last day, YYYY-MM-DD (inclusive; default: --from)."),
    area: Optional[str] = typer.Option(None, "--area", help="'west,south,east,north', a GeoJSON file, or a place "
                                                            "with an optional radius: 'Homs@30' (km, default 50)."),
    fmt: ReportFormat = typer.Option(ReportFormat.md, "--format", help="md | html | pdf"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default stdout; pdf: "
                                                                       "report.pdf). md: the map goes beside it "
                                                                       "as NAME-map.svg."),
    db: Optional[str] = typer.Option(None, "--db", help="Store (default frontwatch.sqlite or $FRONTWATCH_DB)."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", help="Gazetteer file for a place area."),
) -> None:
    """Situation report of an area and period, as Markdown, HTML or PDF.

    Happenings by type and area against the previous period, top stories with their outlets, control
    changes, fatalities and a map; every statement cites its evidence (sentence, outlet, link).
    """
    from frontwatch.alerts.areas import AreaError
    from frontwatch.report.data import build_report
    from frontwatch.report.period import parse_area, parse_period
    from frontwatch.report.render import map_svg, to_html, to_markdown
    from frontwatch.store import Store, StoreError

    store_path = db or os.environ.get("FRONTWATCH_DB", "frontwatch.sqlite")
    if "://" not in store_path and not Path(store_path).exists():
        err.print(Text.assemble(("error:", "bold red"), f" {store_path}: no such store (run `frontwatch ingest` first)"))
        raise typer.Exit(1)
    try:
        period = parse_period(_day(date_from, "--from"), _day(date_to or date_from, "--to"))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--to") from None

    def open_gazetteer():
        from frontwatch.geo.gazetteer import Gazetteer

        return Gazetteer.open(gazetteer)

    try:
        where = parse_area(area, open_gazetteer)
    except AreaError as exc:
        raise typer.BadParameter(str(exc), param_hint="--area") from None
    try:
        with Store(store_path) as store:
            data = build_report(store, period, where)
    except StoreError as exc:
        err.print(Text.assemble(("error:", "bold red"), f" {exc}"))
        raise typer.Exit(1)

    if fmt is ReportFormat.pdf:
        from frontwatch.report.pdf import PdfError, html_to_pdf

        target = output or Path("report.pdf")
        try:
            html_to_pdf(to_html(data), target)
        except PdfError as exc:
            err.print(Text.assemble(("error:", "bold red"), f" {exc}"))
            raise typer.Exit(1)
    else:
        map_file = None
        if fmt is ReportFormat.md and output is not None:
            svg = output.with_name(output.stem + "-map.svg")
            svg.parent.mkdir(parents=True, exist_ok=True)
            svg.write_text(map_svg(data), encoding="utf-8")
            map_file = svg.name
        text = to_markdown(data, map_file) if fmt is ReportFormat.md else to_html(data)
        if output is None:
            sys.stdout.write(text)
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".part")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
        target = output
    err.print(f"report: {data.happenings.current} happening(s), {len(data.stories)} top stories, "
              f"{len(data.control)} control change(s), {len(data.evidence)} evidence item(s) → {target}")
