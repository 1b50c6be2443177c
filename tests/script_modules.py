"""Loading one of the repo's scripts (dev/*.py, scripts/*.py) as a module, in tests.

Why a module: the scripts are not a package, and several tests call their functions (the place scorer's fit, the
sub-type training, annotator F's tool); registering the module under its name lets its dataclasses and pickles
find it again.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def load_script(relpath: str) -> ModuleType:
    """The script at `relpath` (from the repo's root) loaded as a module named after its file."""
    path = REPO / relpath
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module
