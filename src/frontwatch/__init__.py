"""frontwatch: news about armed conflict -> geocoded, source-attributed events."""

__version__ = "0.1.0"
