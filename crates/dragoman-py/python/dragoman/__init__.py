"""dragoman: diplomacy news to an annotated record.

    import dragoman
    doc = dragoman.annotate(text="Envoys of Norway and Qatar met in Doha on Monday.", date="2026-03-02")
    doc["events"][0]["type"]          # 'CONSULT'

``annotate`` and ``Pipeline`` answer in the shape of the annotate contract
(the JSON object ``dragoman annotate`` writes for one input line): offsets
are code points of the text given (of the extracted ``text`` for HTML).
``Pipeline.pipe`` annotates an iterable of dicts (or strings) over a thread
pool, with the GIL released, yielding answers in input order; a report that
cannot be read yields the CLI's error object ``{"id", "line", "error"}``
instead of stopping the stream. ``Store`` reads a database that
``dragoman ingest`` filled.
"""

from .dragoman_native import (
    CorruptError,
    DatabaseError,
    DragomanError,
    InputError,
    NotFoundError,
    Pipe,
    Pipeline,
    annotate,
)
from .dragoman_native import Store as _NativeStore

__all__ = [
    "annotate",
    "Pipeline",
    "Pipe",
    "Store",
    "DragomanError",
    "InputError",
    "NotFoundError",
    "DatabaseError",
    "CorruptError",
]

_TABLES = ("documents", "quotes", "events", "proposals", "actors")


class Store(_NativeStore):
    """A dragoman database, read only; every listing is a list of dicts."""

    def to_arrow(self, table="events"):
        """A listing (``documents``, ``quotes``, ``events``, ``proposals``,
        ``actors``) as a ``pyarrow.Table`` (needs pyarrow)."""
        if table not in _TABLES:
            raise ValueError(f"no table {table!r} (tables: {', '.join(_TABLES)})")
        try:
            import pyarrow
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError("Store.to_arrow needs pyarrow: pip install pyarrow") from e
        return pyarrow.Table.from_pylist(getattr(self, table)())

    def to_pandas(self, table="events"):
        """A listing as a ``pandas.DataFrame`` (needs pandas and pyarrow)."""
        return self.to_arrow(table).to_pandas()
