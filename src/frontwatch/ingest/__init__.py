"""frontwatch.ingest"""
