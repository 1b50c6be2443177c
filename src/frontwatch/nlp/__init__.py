"""frontwatch.nlp"""
