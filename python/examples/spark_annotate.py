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
import sys

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


def read_reports(spark, inputs, max_bytes):
    """One row per report of every file under ``inputs``, annotated."""
    import dragoman

    schema = spark_schema(list(dragoman.tables_schema("reports")))
    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(inputs)
        .select("path", "content")
    )
    return files.mapInArrow(lambda it: annotate_files(it, max_bytes), schema)


def number(reports):
    """The documents kept (first copy of each content hash) with their
    ``doc_id``, 1, 2, … in input order, as ``dragoman ingest`` stores them."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    docs = reports.where(F.col("error").isNull())
    order = F.struct(F.split("source", "/").alias("path"), "seq", "source")
    firsts = docs.groupBy("hash").agg(F.min(order).alias("k")).select(
        "hash", F.col("k.source").alias("source"), F.col("k.seq").alias("seq")
    )
    ranked = firsts.orderBy(F.split("source", "/"), "seq").rdd.zipWithIndex()
    ids = ranked.map(lambda r: (r[0]["hash"], r[0]["source"], r[0]["seq"], r[1] + 1))
    id_schema = T.StructType([
        T.StructField("hash", T.StringType(), False),
        T.StructField("source", T.StringType(), False),
        T.StructField("seq", T.LongType(), False),
        T.StructField("doc_id", T.LongType(), False),
    ])
    ids = reports.sparkSession.createDataFrame(ids, id_schema)
    return docs.join(ids, on=["hash", "source", "seq"])


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


def run(spark, inputs, output, max_bytes=64 << 20, mode="errorifexists"):
    """Annotates every file under ``inputs`` and writes the tables under
    ``output``; returns the row count of each table and of ``errors``."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    # A batch handed to a worker holds this many whole files: bounded memory.
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "4")
    reports = read_reports(spark, inputs, max_bytes).persist(StorageLevel.MEMORY_AND_DISK)
    kept = number(reports).persist(StorageLevel.MEMORY_AND_DISK)
    counts = {}
    for name in TABLES:
        out = table(kept, name)
        out.write.mode(mode).partitionBy("report_date").parquet(f"{output}/{name}")
        counts[name] = spark.read.parquet(f"{output}/{name}").count()
    errors = reports.where(F.col("error").isNotNull()).select("source", "record", "error")
    errors.coalesce(1).write.mode(mode).parquet(f"{output}/errors")
    counts["errors"] = spark.read.parquet(f"{output}/errors").count()
    kept.unpersist()
    reports.unpersist()
    return counts


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", help="files or folders, any Hadoop-compatible path")
    p.add_argument("--output", required=True, help="a new folder for the tables")
    p.add_argument("--max-bytes", type=int, default=64 << 20,
                   help="largest file (JSON Lines: line) accepted, as ingest --max-bytes")
    p.add_argument("--overwrite", action="store_true", help="replace the tables under --output")
    args = p.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("dragoman").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    mode = "overwrite" if args.overwrite else "errorifexists"
    counts = run(spark, args.inputs, args.output, args.max_bytes, mode)
    print(", ".join(f"{n} {t}" for t, n in counts.items()), file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
