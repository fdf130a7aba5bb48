"""dragoman on Apache Spark: annotate an archive of JSON Lines and WARC files
and write the Parquet tables of ``dragoman export --format parquet``.

    spark-submit python/examples/spark_annotate.py INPUT... --output DIR

INPUT is any path Spark reads (``file:``, ``hdfs://``, ``s3a://``, a folder,
a glob); every file under it is one unit of work, read whole
(``binaryFile``) and parsed by the Rust package as ``dragoman ingest``
parses a file: JSON Lines (one report a line), WARC (HTML responses, plain
or gzipped), HTML, text or feeds, told apart by extension and content.

Two passes over the files, no shuffle of annotated rows:

1. **keys**: each report's position in its file and content hash
   (``dragoman.file_keys``, no annotation); the hashes met more than once
   are grouped (only keys move) and every copy after the first in input
   order (file path component by component, as a sorted directory walk,
   then position) is marked to be passed over, as ``dragoman ingest``
   stores a content once.
2. **annotate and write**: each task annotates its files with the GIL
   released (``dragoman.Tables``, the pipeline built once per Python worker
   and kept at module level; Spark reuses workers across tasks), and writes
   its own Parquet files with pyarrow, one per table and report date it met
   (``TABLE/report_date=D/part-TASK-FLUSH.parquet``), from the batches the
   export's own Rust code builds, and its ``errors``. It returns one small
   row of counts; the driver sums them.

Every table joins on ``doc_key`` (from the content hash, as the export
writes it); ``documents.doc_id``, the store's row number, is null here.
"""

import argparse
import os
import time

TABLES = ("documents", "entities", "quotes", "events", "proposals")
COUNTS = "task long, documents long, entities long, quotes long, events long, " \
         "proposals long, errors long, files long"


def source_name(path):
    """The name ``dragoman ingest`` gives a file: a local path without
    Spark's ``file:`` scheme; any other URI as Spark gives it."""
    if path.startswith("file://"):
        return path[len("file://"):]
    if path.startswith("file:"):
        return path[len("file:"):]
    return path


def filesystem(uri):
    """The pyarrow filesystem and path of an output URI (a local path,
    ``file:``, ``hdfs://``, ``s3a://`` read as ``s3://``, ...)."""
    from pyarrow import fs

    uri = source_name(uri)
    if "://" not in uri:
        return fs.LocalFileSystem(), os.path.abspath(uri)
    if uri.startswith("s3a://"):
        uri = "s3://" + uri[len("s3a://"):]
    return fs.FileSystem.from_uri(uri)


def path_key(source):
    """The order of a sorted directory walk: path component by component."""
    return source.split("/")


def files_of(batches):
    """``(source, bytes)`` of each binaryFile row of Arrow batches."""
    for batch in batches:
        contents = batch.column("content")
        for i, path in enumerate(batch.column("path").to_pylist()):
            yield source_name(path), contents[i].as_py()


def keys_of_files(batches, max_bytes):
    """``mapInArrow`` body of the keys pass: ``(source, seq, hash)`` rows."""
    import dragoman
    import pyarrow as pa

    schema = pa.schema([("source", pa.string()), ("seq", pa.int64()), ("hash", pa.string())])
    for source, content in files_of(batches):
        try:
            keys = dragoman.file_keys(source, content, max_bytes)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # the second pass reports the file
            continue
        yield pa.RecordBatch.from_pydict({
            "source": [source] * len(keys),
            "seq": [k[0] for k in keys],
            "hash": [k[1] for k in keys],
        }, schema=schema)


def copies(files, max_bytes):
    """``{source: [seq, ...]}``: the reports whose content was met first
    elsewhere (earlier in input order), which the write pass passes over."""
    from pyspark.sql import functions as F

    keys = files.mapInArrow(lambda it: keys_of_files(it, max_bytes),
                            "source string, seq long, hash string")  # as keys_of_files
    met = keys.groupBy("hash").agg(F.collect_list(F.struct("source", "seq")).alias("at"))
    skip = {}
    for row in met.where(F.size("at") > 1).select("at").collect():
        at = sorted(row.at, key=lambda r: (path_key(r.source), r.seq))
        for later in at[1:]:
            skip.setdefault(later.source, []).append(later.seq)
    return skip


def write_parts(fs, root, parts, task, flush):
    """Writes taken tables as ``TABLE/PARTITION/part-TASK-FLUSH.parquet``
    (a hidden name first, then moved: a retried task replaces its files)."""
    import pyarrow.parquet as pq

    name = f"part-{task:05d}-{flush:03d}.parquet"
    for table, partition, rows in parts:
        folder = f"{root}/{table}/{partition}"
        fs.create_dir(folder, recursive=True)
        pq.write_table(rows, f"{folder}/.{name}.tmp", filesystem=fs, compression="snappy")
        fs.move(f"{folder}/.{name}.tmp", f"{folder}/{name}")
    return len(parts)


def write_errors(fs, root, errors, name):
    """The ``errors`` table's rows of one task (``source``, ``record``, ``error``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("source", pa.string()), ("record", pa.string()), ("error", pa.string())])
    table = pa.Table.from_pylist(
        [dict(zip(schema.names, e)) for e in errors], schema=schema)
    fs.create_dir(f"{root}/errors", recursive=True)
    pq.write_table(table, f"{root}/errors/.{name}.tmp", filesystem=fs)
    fs.move(f"{root}/errors/.{name}.tmp", f"{root}/errors/{name}")


def annotate_and_write(batches, output, skip, max_bytes):
    """``mapInArrow`` body of the write pass: binaryFile rows in, the task's
    files written, one row of counts out."""
    import dragoman
    import pyarrow as pa
    from pyspark import TaskContext

    ctx = TaskContext.get()
    task = ctx.partitionId() if ctx else 0
    fs, root = filesystem(output)
    tables, errors, flushes, written = dragoman.Tables(), [], 0, 0
    for source, content in files_of(batches):
        try:
            errors += tables.add_file(source, content, skip.get(source, ()), max_bytes)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:  # a Rust panic is a BaseException: a row too
            errors.append((source, None, f"{type(e).__name__}: {e}"))
        if tables.full:
            written += write_parts(fs, root, tables.take(), task, flushes)
            flushes += 1
    written += write_parts(fs, root, tables.take(), task, flushes)
    if errors:
        write_errors(fs, root, errors, f"part-{task:05d}.parquet")
        written += 1
    row = {"task": task, **tables.rows, "errors": len(errors), "files": written}
    yield pa.RecordBatch.from_pylist([row])


def plan_tasks(spark, files, per_core=1):
    """Sizes the read's partitions for about ``per_core`` tasks per core (a
    file is never split): a file list only, the contents are not read.
    Spark packs files, largest first, into partitions of up to
    ``maxPartitionBytes`` counting ``openCostInBytes`` per file; the split is
    that total over the tasks wanted, plus a tenth, so that equal files make
    equal tasks rather than one more small one. Every task writes one file
    per table and report date it meets: fewer tasks, fewer small files
    (more tasks per core spread stragglers on a cluster: ``--tasks-per-core``)."""
    from pyspark.sql import functions as F

    open_cost = 64 << 10
    row = files.agg(F.sum("length"), F.count("*")).first()
    total = (row[0] or 0) + row[1] * open_cost
    tasks = max(1, per_core * spark.sparkContext.defaultParallelism)
    split = min(1 << 30, max(256 << 10, total * 11 // (10 * tasks)))
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(split))
    spark.conf.set("spark.sql.files.openCostInBytes", str(open_cost))


def prepare_output(output, mode):
    """Refuses a non-empty ``output`` (``errorifexists``) or empties it
    (``overwrite``)."""
    from pyarrow import fs as pafs

    fs, root = filesystem(output)
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.Directory and fs.get_file_info(pafs.FileSelector(root)):
        if mode != "overwrite":
            raise SystemExit(f"{output} is not empty: choose a new folder (or --overwrite)")
        fs.delete_dir_contents(root)
    elif info.type == pafs.FileType.File:
        raise SystemExit(f"{output} is a file")
    fs.create_dir(root, recursive=True)
    return fs, root


def run(spark, inputs, output, max_bytes=64 << 20, mode="errorifexists", per_core=1):
    """Annotates every file under ``inputs`` and writes the tables under
    ``output``; returns the row count of each table and of ``errors``, and
    the seconds of each step."""
    if __name__ != "__main__":
        # Imported (a notebook, the bench): workers import this module by name.
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
    # A batch handed to a worker holds this many whole files: bounded memory.
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "4")
    # Only the keys pass shuffles (hashes); Spark's default of 200 partitions
    # is made for more data than that.
    spark.conf.set("spark.sql.shuffle.partitions", str(2 * spark.sparkContext.defaultParallelism))
    clock = _Clock()
    fs, root = prepare_output(output, mode)

    def files():
        return (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
                .load(inputs).select("path", "content"))

    plan_tasks(spark, spark.read.format("binaryFile").option("recursiveFileLookup", "true")
               .load(inputs).select("length"), per_core)
    skip = spark.sparkContext.broadcast(copies(files(), max_bytes))
    clock.lap("keys")
    rows = files().mapInArrow(
        lambda it: annotate_and_write(it, output, skip.value, max_bytes), COUNTS
    ).collect()
    clock.lap("annotate and write")
    counts = {k: sum(r[k] for r in rows) for k in (*TABLES, "errors")}
    if counts["errors"] == 0:
        write_errors(fs, root, [], "part-00000.parquet")
    skip.unpersist()
    return counts, clock.laps


class _Clock:
    """Seconds of each step of the job."""

    def __init__(self):
        self.laps = {}
        self.last = time.perf_counter()

    def lap(self, name):
        now = time.perf_counter()
        self.laps[name] = round(now - self.last, 2)
        self.last = now


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", help="files or folders, any Hadoop-compatible path")
    p.add_argument("--output", required=True,
                   help="a new folder for the tables (local, or a URI pyarrow writes: hdfs://, s3a://)")
    p.add_argument("--max-bytes", type=int, default=64 << 20,
                   help="largest file (JSON Lines: line) accepted, as ingest --max-bytes")
    p.add_argument("--overwrite", action="store_true", help="replace the tables under --output")
    p.add_argument("--tasks-per-core", type=int, default=1,
                   help="tasks of the write pass per core (default 1: fewest files)")
    args = p.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("dragoman").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    mode = "overwrite" if args.overwrite else "errorifexists"
    counts, laps = run(spark, args.inputs, args.output, args.max_bytes, mode, args.tasks_per_core)
    print(", ".join(f"{n} {t}" for t, n in counts.items()))
    print("seconds: " + ", ".join(f"{k} {v}" for k, v in laps.items()))
    spark.stop()


if __name__ == "__main__":
    main()
