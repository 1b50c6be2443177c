"""frontwatch.evaluate"""
