"""Compares two folders of dragoman Parquet tables (say, the Spark job's and
``dragoman export --format parquet``'s) with pyarrow: the same columns in the
same order with the same types (list item names and nullability aside), and
the same rows, in any order. One column's values are left out:
``documents.doc_id``, the store's row number, which only a store has (the
Spark job writes it null); its name and type are still compared.

    python python/examples/compare_tables.py SPARK_DIR EXPORT_DIR

Exits 1 and names the first difference of each table when they differ.
"""

import sys

import pyarrow as pa
import pyarrow.dataset as ds

TABLES = ("documents", "entities", "quotes", "events", "proposals")

# Columns whose values only a store gives: compared by name and type alone.
STORE_ONLY = {"documents": ("doc_id",)}


def read(folder, name):
    """A table with its ``report_date`` partition as a date column."""
    part = ds.partitioning(pa.schema([("report_date", pa.date32())]), flavor="hive")
    return ds.dataset(f"{folder}/{name}", format="parquet", partitioning=part).to_table()


def kind(t):
    """An Arrow type as text, without list item names and nullability."""
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return f"list<{kind(t.value_type)}>"
    if pa.types.is_struct(t):
        return "struct<" + ", ".join(f"{f.name}: {kind(f.type)}" for f in t) + ">"
    if pa.types.is_large_string(t):
        return "string"
    return str(t)


def rows(table, name):
    """The rows without the store-only values, sorted by their keys (and
    whole, to break ties)."""
    keys = [k for k in ("doc_key", "n") if k in table.column_names]
    table = table.drop_columns([c for c in STORE_ONLY.get(name, ()) if c in table.column_names])
    return sorted(table.to_pylist(), key=lambda r: (tuple(r[k] for k in keys), repr(r)))


def compare(a_dir, b_dir, name):
    """The differences of one table, as lines of text (none when equal)."""
    a, b = read(a_dir, name), read(b_dir, name)
    if a.num_rows == 0 and b.num_rows == 0:
        return []
    sa = [(f.name, kind(f.type)) for f in a.schema]
    sb = [(f.name, kind(f.type)) for f in b.schema]
    if sa != sb:
        diff = [f"{x} != {y}" for x, y in zip(sa, sb) if x != y] or [f"{len(sa)} != {len(sb)} columns"]
        return [f"{name}: columns differ: {diff[0]}"]
    ra, rb = rows(a, name), rows(b, name)
    if len(ra) != len(rb):
        return [f"{name}: {len(ra)} rows against {len(rb)}"]
    for x, y in zip(ra, rb):
        if x != y:
            cols = [k for k in x if x[k] != y.get(k)]
            return [f"{name}: first differing row {x.get('doc_key')}/{x.get('n')}: columns {cols}"]
    return []


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 64
    problems = []
    for name in TABLES:
        found = compare(argv[1], argv[2], name)
        problems += found
        if not found:
            print(f"{name}: {read(argv[1], name).num_rows} rows, equal")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
