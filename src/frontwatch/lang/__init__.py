"""The non-English path: language identification, morphology and toponyms in the languages
frontwatch reads natively (Arabic, Russian, Ukrainian, Greek, French, Spanish, Turkish,
Persian), feeding the same gazetteer, resolver and theatre as English."""
