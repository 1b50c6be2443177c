"""`data_files.data_path` is remembered (perf23): the models' loaders ask for their file per event
(`subtype_model.default_model`, `main_event.default_chooser`), and `importlib.resources` took ~0.1 ms a call."""

from __future__ import annotations

from frontwatch.data_files import data_path
from frontwatch.events import main_event, subtype_model


def test_the_same_file_is_found_once():
    first = data_path("main_event.json")
    assert first.is_file() and first.name == "main_event.json"
    assert data_path("main_event.json") is first  # the remembered Path, not a new look-up
    assert data_path("subtype_model.json") is not first


def test_the_per_event_loaders_do_not_look_the_package_up_again(monkeypatch):
    monkeypatch.delenv(main_event.MODEL_ENV, raising=False)
    monkeypatch.delenv(subtype_model.MODEL_ENV, raising=False)
    main_event.default_chooser()
    subtype_model.default_model()
    misses = data_path.cache_info().misses
    for _ in range(3):
        assert main_event.default_chooser() is not None
        subtype_model.default_model()
    assert data_path.cache_info().misses == misses
