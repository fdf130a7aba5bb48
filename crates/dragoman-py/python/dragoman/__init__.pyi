"""Type stubs of the dragoman package."""

import datetime
import os
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

Answer = Dict[str, Any]
"""One answer in the annotate contract's shape (or ``{"id", "line", "error"}`` from ``pipe``)."""

DateLike = Union[str, datetime.date]

class DragomanError(Exception): ...
class InputError(DragomanError): ...
class NotFoundError(DragomanError): ...
class DatabaseError(DragomanError): ...
class CorruptError(DatabaseError): ...

def annotate(
    text: Optional[str] = None,
    html: Optional[str] = None,
    date: Optional[DateLike] = None,
    url: Optional[str] = None,
    outlet: Optional[str] = None,
    stages: Optional[Sequence[str]] = None,
    title: Optional[str] = None,
    id: Optional[Union[str, int]] = None,
) -> Answer:
    """Annotates one report (``text`` or ``html``) as ``dragoman annotate`` does.

    Raises ``InputError`` with the CLI's reason when the report cannot be read,
    ``ValueError`` when a stage name is unknown.
    """

class Pipe(Iterator[Answer]):
    def __iter__(self) -> "Pipe": ...
    def __next__(self) -> Answer: ...

TABLES: Tuple[str, ...]
"""The Parquet tables of ``dragoman export --format parquet``, in order."""

def tables_schema(table: str = "reports") -> Any:
    """The ``pyarrow.Schema`` of one of ``TABLES``, or of ``reports`` (needs pyarrow)."""

def file_tables(
    source: str, content: bytes, pipeline: Optional["Pipeline"] = None, max_bytes: int = 64 << 20
) -> Any:
    """One file's reports, annotated, as a ``pyarrow.Table`` of one row per
    report (``seq``, ``source``, ``record``, ``hash``, ``doc_key``,
    ``report_date``, ``error``, and a list column per table of ``TABLES``
    without its two key columns)."""

def file_keys(source: str, content: bytes, max_bytes: int = 64 << 20) -> List[Tuple[int, str]]:
    """``(seq, hash)`` of each report of one file that can be read, without
    annotating: the position ``Tables.add_file`` skips by and the content
    hash that ``dragoman ingest`` deduplicates on."""

class Tables:
    """The Parquet tables of many files, written by the caller (the Spark
    job's tasks): ``take()`` gives ``(table, partition, pyarrow.Table)``."""
    def __init__(self, pipeline: Optional["Pipeline"] = None) -> None: ...
    def add_file(
        self, source: str, content: bytes, skip: Iterable[int] = (), max_bytes: int = 64 << 20
    ) -> List[Tuple[str, Optional[str], str]]:
        """Annotates one file's reports (but those at ``skip``), buffers the
        documents and returns the rejected reports ``(source, record, reason)``."""
    @property
    def full(self) -> bool: ...
    @property
    def rows(self) -> Dict[str, int]: ...
    def take(self) -> List[Tuple[str, str, Any]]:
        """The buffered tables, one per table and report date; empties the buffer."""

class Pipeline:
    def __init__(
        self, stages: Optional[Sequence[str]] = None, time_budget: Optional[float] = None
    ) -> None:
        """The pipeline up to ``stages`` (all by default): clean, tokenize,
        syntax, entities, actors, timex, quotes, events; ``time_budget``
        rejects a report whose stages run past it (seconds), as ``dragoman
        ingest --time-budget`` does."""
    def file_tables(self, source: str, content: bytes, max_bytes: int = 64 << 20) -> bytes:
        """One file's reports, annotated, as an Arrow IPC stream (``file_tables``
        reads it into a ``pyarrow.Table``)."""
    def annotate(
        self,
        text: Optional[str] = None,
        html: Optional[str] = None,
        date: Optional[DateLike] = None,
        url: Optional[str] = None,
        outlet: Optional[str] = None,
        title: Optional[str] = None,
        id: Optional[Union[str, int]] = None,
    ) -> Answer: ...
    def pipe(
        self,
        inputs: Iterable[Union[Dict[str, Any], str]],
        threads: Optional[int] = None,
        batch_size: int = 256,
    ) -> Pipe:
        """Annotates ``inputs`` (contract input dicts, or texts) in batches of
        ``batch_size`` over ``threads`` threads (default: all cores), with the
        GIL released, yielding answers in input order. A dict without ``id``
        gets its position (from 1)."""

class Store:
    def __init__(self, path: Union[str, "os.PathLike[str]"]) -> None:
        """Opens a database for reading; ``NotFoundError`` when there is none."""
    def documents(self, limit: Optional[int] = None, offset: int = 0) -> List[Dict[str, Any]]: ...
    def document(self, id: int) -> Answer:
        """One document in the contract's shape, with its clean ``text``."""
    def quotes(
        self, speaker: Optional[str] = None, doc: Optional[int] = None, limit: Optional[int] = None
    ) -> List[Dict[str, Any]]: ...
    def events(
        self,
        actor: Optional[str] = None,
        since: Optional[str] = None,
        type: Optional[str] = None,
        limit: Optional[int] = None,
    ) -> List[Dict[str, Any]]: ...
    def proposals(self, limit: Optional[int] = None) -> List[Dict[str, Any]]: ...
    def actors(self, name: Optional[str] = None, limit: Optional[int] = None) -> List[Dict[str, Any]]: ...
    def to_arrow(self, table: str = "events") -> Any:
        """A listing as a ``pyarrow.Table`` (needs pyarrow)."""
    def to_pandas(self, table: str = "events") -> Any:
        """A listing as a ``pandas.DataFrame`` (needs pandas and pyarrow)."""


