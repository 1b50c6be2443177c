"""The API's SQL moved to the store: `frontwatch.store.queries` is the one read layer (issue 15).

Exports and reports read the same filters and records as the API, and a lower layer must not
import the API to get them. This module stays only so code written against the old path still
imports; new code imports `frontwatch.store.queries`.
"""

from frontwatch.store.queries import *  # noqa: F403
from frontwatch.store.queries import __all__  # noqa: F401
