"""frontwatch.report: the situation report of an area and period (`frontwatch report`, `/report`).

`period.py` (the area and dates asked for), `data.py` (what the store says about them: counts
and their change, top stories, control changes, fatalities, each with its evidence),
`mapsvg.py` (a static map of the period), `render.py` (Markdown and HTML), `pdf.py` (headless
Chromium prints the HTML).
"""
