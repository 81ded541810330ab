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

from graphkit.errors import GraphkitError
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
        key = self.key(article)
        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            # Each entry carries its key and the hash of its text: an entry
            # copied or swapped under another key is a miss, not another
            # article's record.
            if data["key"] != key or data["text"] != _text_hash(article) or data["record"]["article"] != article.id:
                raise ValueError("entry of another key")
            record = Extraction.from_dict(data["record"])
        except Exception:  # noqa: BLE001 - anything unreadable is a miss
            # Unreadable, not JSON, a folder, or JSON of another shape (a
            # file someone put there): re-extract rather than stop the run.
            self.misses += 1
            return None
        self.hits += 1
        return record

    def put(self, article: Article, record: Extraction) -> None:
        key = self.key(article)
        path = self._path(key)
        if path.is_dir():
            return  # a folder squats the entry's name: run on without caching it
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        except OSError as e:
            raise GraphkitError(f"{path.parent}: cannot write the cache: {e.strerror or e}") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                entry = {"key": key, "text": _text_hash(article), "record": record.to_dict()}
                json.dump(entry, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError as e:
            Path(tmp).unlink(missing_ok=True)
            raise GraphkitError(f"{path}: cannot write the cache: {e.strerror or e}") from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _text_hash(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()
