"""HTML → PDF with headless Chromium (`--print-to-pdf`): the browser the map tests already use
(Debian's /usr/bin/chromium, installed by scripts/setup-browser), so no PDF library is needed and the
PDF looks exactly like the HTML report, map included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                  "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw"]
TIMEOUT_S = 120


class PdfError(RuntimeError):
    pass


def find_chromium() -> str | None:
    """$FRONTWATCH_CHROMIUM, else chromium / chromium-browser / google-chrome on PATH, else /usr/bin/chromium."""
    for candidate in (os.environ.get("FRONTWATCH_CHROMIUM"), shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def html_to_pdf(html: str, output: Path) -> Path:
    """Print `html` to `output` (written whole or not at all)."""
    chromium = find_chromium()
    if chromium is None:
        raise PdfError("PDF needs Chromium: install it (scripts/setup-browser) or set FRONTWATCH_CHROMIUM")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="frontwatch-report-") as tmp:
        page, pdf = Path(tmp) / "report.html", Path(tmp) / "report.pdf"
        page.write_text(html, encoding="utf-8")
        cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile", f"--print-to-pdf={pdf}", page.as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise PdfError(f"Chromium did not finish printing within {TIMEOUT_S} s") from None
        if not pdf.is_file() or pdf.stat().st_size == 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
            raise PdfError(f"Chromium wrote no PDF: {tail[0][:300]}")
        shutil.move(str(pdf), output)
    return output
