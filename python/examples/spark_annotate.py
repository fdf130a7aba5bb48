"""dragoman on Apache Spark: annotate an archive of JSON Lines and WARC files
and write the Parquet tables of ``dragoman export --format parquet``.

    spark-submit python/examples/spark_annotate.py INPUT... --output DIR

INPUT is any path Spark reads (``file:``, ``hdfs://``, ``s3a://``, a folder,
a glob); every file under it is one unit of work, read whole
(``binaryFile``) and parsed by the Rust package as ``dragoman ingest``
parses a file: JSON Lines (one report a line), WARC (HTML responses, plain
or gzipped), HTML, text or feeds, told apart by extension and content.
Each Python worker process builds one pipeline, on first use (the package's
own, kept at module level by ``dragoman.file_tables``; Spark reuses Python
workers across tasks), and annotates the reports of a file with the GIL
released, answering Arrow batches (``mapInArrow``) built by the same Rust
code as the Parquet export, with the schemas it gives.

Documents are numbered as a new database numbers them when ``dragoman
ingest INPUT...`` reads the same files: by file path (component by
component, as a sorted directory walk) and position in the file, content
met before (same bytes, same hash) folded into its first copy. The output
holds ``documents``, ``entities``, ``quotes``, ``events``, ``proposals``
(partitioned by ``report_date``, as the export writes them) and ``errors``:
one row per report that could not be read or annotated, and per file the
package failed on; the job goes on.
"""

import argparse
import os
import time

TABLES = ("documents", "entities", "quotes", "events", "proposals")


def source_name(path):
    """The name ``dragoman ingest`` gives a file: a local path without
    Spark's ``file:`` scheme; any other URI as Spark gives it."""
    if path.startswith("file://"):
        return path[len("file://"):]
    if path.startswith("file:"):
        return path[len("file:"):]
    return path


def _failed_file(schema, source, error):
    """The batch of one file the package raised on: one error row."""
    import pyarrow as pa

    row = {"seq": -1, "source": source, "record": None, "hash": None,
           "report_date": None, "error": error}
    row.update({t: [] for t in TABLES})
    return pa.RecordBatch.from_pylist([row], schema=schema)


def annotate_files(batches, max_bytes=64 << 20):
    """``mapInArrow`` body: binaryFile rows in, per-report batches out."""
    import dragoman

    schema = dragoman.tables_schema("reports")
    for batch in batches:
        paths = batch.column("path").to_pylist()
        contents = batch.column("content")
        for i, path in enumerate(paths):
            source = source_name(path)
            try:
                table = dragoman.file_tables(source, contents[i].as_py(), max_bytes=max_bytes)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as e:  # a Rust panic is a BaseException: a row too
                yield _failed_file(schema, source, f"{type(e).__name__}: {e}")
                continue
            yield from table.to_batches()


def spark_type(t):
    """The Spark SQL type of an Arrow type (the kinds the tables use)."""
    import pyarrow as pa
    from pyspark.sql import types as T

    if pa.types.is_int64(t):
        return T.LongType()
    if pa.types.is_int32(t):
        return T.IntegerType()
    if pa.types.is_string(t):
        return T.StringType()
    if pa.types.is_date32(t):
        return T.DateType()
    if pa.types.is_boolean(t):
        return T.BooleanType()
    if pa.types.is_float64(t):
        return T.DoubleType()
    if pa.types.is_list(t):
        return T.ArrayType(spark_type(t.value_type), t.value_field.nullable)
    if pa.types.is_struct(t):
        return spark_schema(list(t))
    raise TypeError(f"no Spark type for Arrow {t}")


def spark_schema(fields):
    """A Spark ``StructType`` from Arrow fields."""
    from pyspark.sql import types as T

    return T.StructType(
        [T.StructField(f.name, spark_type(f.type), f.nullable) for f in fields]
    )


def plan_tasks(spark, files, per_core=3):
    """Sizes the read's partitions for about ``per_core`` tasks per core (a
    file is never split): a file list only, the contents are not read."""
    from pyspark.sql import functions as F

    total = files.agg(F.sum("length")).first()[0] or 0
    cores = spark.sparkContext.defaultParallelism
    split = min(128 << 20, max(256 << 10, total // (per_core * cores)))
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(split))
    spark.conf.set("spark.sql.files.openCostInBytes", str(64 << 10))


def read_reports(spark, inputs, max_bytes):
    """One row per report of every file under ``inputs``, annotated."""
    import dragoman

    schema = spark_schema(list(dragoman.tables_schema("reports")))

    def files():
        return spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(inputs)

    plan_tasks(spark, files())
    return files().select("path", "content").mapInArrow(
        lambda it: annotate_files(it, max_bytes), schema
    )


def path_key(source):
    """The order of a sorted directory walk: path component by component."""
    return source.split("/")


def number(reports):
    """The documents kept (first copy of each content hash) with their
    ``doc_id``, 1, 2, … in input order, as ``dragoman ingest`` stores them:
    a file's first copies are numbered after those of the files before it
    (per-file counts, one row per file, summed on the driver) in record
    order (a window over each file). Only hashes and keys are shuffled to
    number; the annotated rows meet their ids in one join."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    spark = reports.sparkSession
    docs = reports.where(F.col("error").isNull())
    order = F.struct(F.split("source", "/").alias("path"), "seq", "source")
    firsts = docs.groupBy("hash").agg(F.min(order).alias("k")).select(
        "hash", F.col("k.source").alias("source"), F.col("k.seq").alias("seq")
    ).persist()
    counts = sorted(firsts.groupBy("source").count().collect(), key=lambda r: path_key(r[0]))
    offsets, total = [], 0
    for source, n in counts:
        offsets.append((source, total))
        total += n
    offsets = spark.createDataFrame(offsets, "source string, offset long")
    rank = F.row_number().over(Window.partitionBy("source").orderBy("seq"))
    ids = firsts.join(F.broadcast(offsets), "source").select(
        "hash", "source", "seq", (F.col("offset") + rank).alias("doc_id")
    )
    kept = docs.join(ids, on=["hash", "source", "seq"])
    firsts.unpersist(blocking=False)
    return kept


def table(kept, name):
    """One table's rows: ``doc_id``, ``n``, the columns, ``report_date``."""
    import dragoman
    from pyspark.sql import functions as F

    rows = kept.select("doc_id", "report_date", F.posexplode(name).alias("n", "row"))
    keys = ["doc_id"] if name == "documents" else ["doc_id", F.col("n").cast("long").alias("n")]
    out = rows.select(*keys, "row.*", "report_date")
    want = dragoman.tables_schema(name).names + ["report_date"]
    if out.columns != want:
        raise RuntimeError(f"{name}: columns {out.columns}, the export has {want}")
    return out


def run(spark, inputs, output, max_bytes=64 << 20, mode="errorifexists", shuffle_partitions=None):
    """Annotates every file under ``inputs`` and writes the tables under
    ``output``; returns the row count of each table and of ``errors``, and
    the seconds of each step."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    if __name__ != "__main__":
        # Imported (a notebook, the bench): workers import this module by name.
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
    # A batch handed to a worker holds this many whole files: bounded memory.
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "4")
    # Shuffles are of keys, of the annotated rows once (their ids) and once
    # more by report date (one file per date and table); Spark's default of
    # 200 partitions is made for more data than a small run holds.
    if shuffle_partitions is None:
        shuffle_partitions = 2 * spark.sparkContext.defaultParallelism
    spark.conf.set("spark.sql.shuffle.partitions", str(shuffle_partitions))
    clock = _Clock()
    reports = read_reports(spark, inputs, max_bytes).persist(StorageLevel.DISK_ONLY)
    rejected = reports.where(F.col("error").isNotNull()).count()
    clock.lap("annotate")
    kept = number(reports).repartition("report_date").persist(StorageLevel.DISK_ONLY)
    sizes = kept.agg(*[F.sum(F.size(t)).alias(t) for t in TABLES]).first()
    clock.lap("number")
    for name in TABLES:
        out = table(kept, name)
        out.write.mode(mode).partitionBy("report_date").parquet(f"{output}/{name}")
        clock.lap(name)
    errors = reports.where(F.col("error").isNotNull()).select("source", "record", "error")
    errors.coalesce(1).write.mode(mode).parquet(f"{output}/errors")
    clock.lap("errors")
    kept.unpersist()
    reports.unpersist()
    counts = {t: sizes[t] or 0 for t in TABLES}
    counts["errors"] = rejected
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
    p.add_argument("--output", required=True, help="a new folder for the tables")
    p.add_argument("--max-bytes", type=int, default=64 << 20,
                   help="largest file (JSON Lines: line) accepted, as ingest --max-bytes")
    p.add_argument("--overwrite", action="store_true", help="replace the tables under --output")
    p.add_argument("--shuffle-partitions", type=int,
                   help="partitions of the shuffles (default: twice the cluster's cores)")
    args = p.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("dragoman").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    mode = "overwrite" if args.overwrite else "errorifexists"
    counts, laps = run(spark, args.inputs, args.output, args.max_bytes, mode, args.shuffle_partitions)
    print(", ".join(f"{n} {t}" for t, n in counts.items()))
    print("seconds: " + ", ".join(f"{k} {v}" for k, v in laps.items()))
    spark.stop()


if __name__ == "__main__":
    main()
