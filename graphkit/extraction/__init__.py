"""Stage 2: from article text to typed extraction records.

The spaCy pipeline (:mod:`~graphkit.extraction.pipeline`, with the news-copy
conventions of :mod:`~graphkit.extraction.text`) runs graphkit's components:
:mod:`~graphkit.extraction.actors` marks and resolves actors from the
:mod:`~graphkit.extraction.registry`; :mod:`~graphkit.extraction.quotes` and
:mod:`~graphkit.extraction.stances` read who said what and who stands how
toward whom, with the cue words of the :mod:`~graphkit.extraction.lexicon`.
:mod:`~graphkit.extraction.extractor` turns one parsed article into an
:class:`~graphkit.records.Extraction`; :mod:`~graphkit.extraction.engines`
runs it here, in worker processes or on Dask, through the
:mod:`~graphkit.extraction.cache`; :mod:`~graphkit.extraction.run` streams
records from inputs.

Nothing is imported until used: spaCy is loaded only by the commands that read text.
"""
