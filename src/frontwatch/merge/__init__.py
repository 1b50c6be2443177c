"""frontwatch.merge"""
