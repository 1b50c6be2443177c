"""frontwatch.watch: poll a list of feeds on a schedule and ingest what is new.

config (the feeds file), state (per-feed validators and health, in the store), pages
(an entry's own page when the feed carries only a summary), poll (one poll of one
feed) and loop (the scheduler). Entries go through `runner.run_ingest`, the same path
as files and URLs, so dedupe and storage cannot drift from `frontwatch ingest`.
"""
