"""frontwatch.alerts: saved watches, one alert per story, delivered by webhook, e-mail and the map.

`watches` (what to watch, validated once for CLI and API), `areas` (bbox, polygon, place +
radius), `stories_source` (the one place stories come from), `evaluate` (which stories
match; alert rows and their queued deliveries), `deliver` (webhook and SMTP senders with
back-off), `hook` (the one call the ingest path makes after each batch).
"""
