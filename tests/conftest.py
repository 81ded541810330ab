"""Shared fixtures: a model-free pipeline for fast tests, the real one for integration."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured by bench/, never by a test: no per-example deadline, which
# a loaded CI machine turns into a failure of code that is correct.
settings.register_profile("graphkit", deadline=None)
settings.load_profile("graphkit")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"
GOLD = DATA / "gold"
MINI_ACTORS = DATA / "mini_actors.yaml"


@pytest.fixture(scope="session")
def mini_registry_path() -> str:
    return str(MINI_ACTORS)


@pytest.fixture(scope="session")
def blank_nlp(mini_registry_path):
    """``spacy.blank("en")`` + sentencizer + graphkit's actor components (mini registry)."""
    from graphkit.extraction.pipeline import add_actor_components, blank_pipeline

    return add_actor_components(blank_pipeline(), actors=mini_registry_path)


@pytest.fixture(scope="session")
def nlp():
    """The trained English pipeline with the shipped registry (integration tests)."""
    from graphkit.extraction.pipeline import cached_pipeline

    return cached_pipeline()


@pytest.fixture(scope="session")
def extractor():
    from graphkit.extraction.extractor import Extractor

    return Extractor.load()


@pytest.fixture(scope="session")
def seed_records(extractor):
    """Extraction records of the five seed articles (extracted once per session)."""
    from graphkit.io.readers import ArticleReader

    return list(extractor.extract(ArticleReader([SEEDS])))
