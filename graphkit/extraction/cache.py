"""A content-addressed cache of extraction records.

A record is stored under the hash of everything it depends on: the article's
id, text and date, and the *version key* of the extraction (graphkit's
version, the model and its version, the registry's and the lexicon's content
hashes). Change any of them and the old entries are simply never read again;
an unchanged corpus is read back without loading the model at all.

Entries are written atomically, so an interrupted run leaves a valid cache.

>>> import tempfile
>>> from graphkit.records import Article, Extraction
>>> c = ExtractionCache(tempfile.mkdtemp(), "v1")
>>> a = Article("a1", "Turkey warned Syria.")
>>> c.get(a) is None
True
>>> c.put(a, Extraction("a1"))
>>> c.get(a).article
'a1'
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from graphkit.records import Article, Extraction


class ExtractionCache:
    """Extraction records on disk, keyed by content and version.

    Parameters
    ----------
    root : path
        Folder holding the cache (created when needed).
    version_key : str
        What extraction depends on besides the text (see
        :meth:`graphkit.extraction.extractor.Extractor.version_key`).
    """

    def __init__(self, root: str | Path, version_key: str):
        self.root = Path(root)
        self.version_key = version_key
        self.hits = 0
        self.misses = 0

    def key(self, article: Article) -> str:
        h = hashlib.sha256()
        for part in (self.version_key, article.id, article.date or "", article.text):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Extraction | None:
        path = self._path(self.key(article))
        try:
            record = Extraction.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # Unreadable, not JSON, or JSON of another shape (a file someone
            # put there): re-extract and overwrite rather than stop the run.
            self.misses += 1
            return None
        self.hits += 1
        return record

    def put(self, article: Article, record: Extraction) -> None:
        path = self._path(self.key(article))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(record.to_dict(), fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
