"""frontwatch.evaluate: score the pipeline against gold data.

Each evaluator takes the system under test as a callable, so the harnesses run against
any pipeline version (or another system) and need nothing but the gold files:

* `geoparse`: toponym recognition and resolution on LGL / GeoWebNews / GeoVirus XML
  (readers in `corpora`, metrics in `metrics`);
* `seed`: events of the seed article against its hand-coded reference;
* `strikes`: CENTCOM air-strike report lines.
"""
