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
    file_keys,
)
from .dragoman_native import Tables as _NativeTables
from .dragoman_native import Store as _NativeStore
from .dragoman_native import tables_schema as _tables_schema_ipc

__all__ = [
    "annotate",
    "Pipeline",
    "Pipe",
    "Store",
    "file_tables",
    "file_keys",
    "Tables",
    "tables_schema",
    "TABLES",
    "DragomanError",
    "InputError",
    "NotFoundError",
    "DatabaseError",
    "CorruptError",
]

_TABLES = ("documents", "quotes", "events", "proposals", "actors")

TABLES = ("documents", "entities", "quotes", "events", "proposals")
"""The Parquet tables of ``dragoman export --format parquet``, in order."""


def _pyarrow(what):
    try:
        import pyarrow
        import pyarrow.ipc  # noqa: F401
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(f"{what} needs pyarrow: pip install pyarrow") from e
    return pyarrow


def tables_schema(table="reports"):
    """The ``pyarrow.Schema`` of a Parquet table (one of ``TABLES``) as
    ``dragoman export --format parquet`` writes it, or of ``reports``, the
    per-report batch of ``file_tables`` (needs pyarrow)."""
    pa = _pyarrow("tables_schema")
    return pa.ipc.open_stream(_tables_schema_ipc(table)).schema


_STANDARD = None


def _standard():
    """The package's pipeline, built on first use (one per process)."""
    global _STANDARD
    if _STANDARD is None:
        _STANDARD = Pipeline(time_budget=60.0)
    return _STANDARD


def file_tables(source, content, pipeline=None, max_bytes=64 << 20):
    """Every report in ``content``, the bytes of one file named ``source``
    (JSON Lines, WARC, HTML, text or a feed, told apart as ``dragoman
    ingest`` does), annotated with the GIL released, as a ``pyarrow.Table``
    with one row per report: ``seq``, ``source``, ``record``, ``hash``,
    ``doc_key``, ``report_date``, ``error`` (why the report was rejected,
    else None) and one list column per table of ``TABLES`` holding that
    table's rows for the report, without its two key columns (``doc_key``,
    and ``n``, or ``doc_id`` for ``documents``). The pipeline is
    ``pipeline``, else one built on first use (needs pyarrow)."""
    pa = _pyarrow("file_tables")
    pipeline = _standard() if pipeline is None else pipeline
    return pa.ipc.open_stream(pipeline.file_tables(source, content, max_bytes)).read_all()


class Tables:
    """The Parquet tables of many files, for a task that writes its own
    files (the Spark job). ``add_file(source, content, skip=(), max_bytes)``
    reads one file's bytes as ``dragoman ingest`` reads the file, annotates
    its reports with the GIL released (those at the positions in ``skip``,
    0-based as ``file_keys`` gives them, are passed over), buffers the
    documents by report date and returns the rejected reports as
    ``(source, record, reason)``; ``full`` says when 64 MB of clean text are
    buffered; ``take()`` empties the buffer into ``(table, partition,
    pyarrow.Table)`` triples, one per table of ``TABLES`` and report date
    (``partition`` is the Hive directory, ``report_date=2026-03-04``), with
    the columns of ``dragoman export --format parquet``, ``doc_id`` null;
    ``rows`` counts the rows taken per table."""

    def __init__(self, pipeline=None):
        self._native = _NativeTables(_standard() if pipeline is None else pipeline)

    def add_file(self, source, content, skip=(), max_bytes=64 << 20):
        return self._native.add_file(source, content, list(skip), max_bytes)

    @property
    def full(self):
        return self._native.is_full()

    @property
    def rows(self):
        return dict(zip(TABLES, self._native.rows))

    def take(self):
        pa = _pyarrow("Tables.take")
        return [(t, part, pa.ipc.open_stream(b).read_all()) for t, part, b in self._native.take()]


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
