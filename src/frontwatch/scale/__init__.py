"""frontwatch.scale"""
