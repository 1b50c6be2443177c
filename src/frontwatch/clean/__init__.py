"""frontwatch.clean"""
