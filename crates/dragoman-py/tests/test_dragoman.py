"""The Python package against the CLI: same answers, a store, Parquet read back.

Run by .ci/python.sh in a fresh virtual environment with the wheel maturin
built; DRAGOMAN_BIN names the release `dragoman` binary of the same tree.
The reports are ours, written for these tests.
"""

import datetime
import json
import os
import subprocess
import threading

import pytest

import dragoman

REPORTS = [
    {
        "id": "a",
        "date": "2026-03-04",
        "text": (
            "GENEVA, March 3 (Reuters) - Foreign Minister Anna Lindqvist of Sweden met "
            "Russian Foreign Minister Sergei Lavrov in Geneva on Tuesday. \"We agreed to "
            "meet again in April,\" Lindqvist told reporters. Sweden and Finland proposed "
            "a 12-point plan for a ceasefire."
        ),
    },
    {
        "id": "b",
        "date": "2026-03-05",
        "text": (
            "Chinese President Xi Jinping will visit Brazil next week, the foreign "
            "ministry said on Monday, according to Xinhua."
        ),
    },
    {"id": 3, "text": "Officials said the talks in Vienna ended without an agreement."},
]


def cli():
    path = os.environ.get("DRAGOMAN_BIN")
    if not path:
        pytest.skip("DRAGOMAN_BIN is not set (run .ci/python.sh)")
    return path


def cli_annotate(lines, *args):
    text = "".join(json.dumps(line) + "\n" for line in lines)
    run = subprocess.run(
        [cli(), "annotate", *args], input=text, capture_output=True, text=True
    )
    return [json.loads(l) for l in run.stdout.splitlines()], run.returncode


def test_annotate_answers_as_the_cli_does():
    expected, code = cli_annotate(REPORTS)
    assert code == 0
    for report, want in zip(REPORTS, expected):
        got = dragoman.annotate(text=report["text"], date=report.get("date"), id=report["id"])
        assert got == want
    assert any(e["type"] == "CONSULT" for e in expected[0]["events"])


def test_a_date_object_a_title_and_stages():
    doc = dragoman.annotate(
        text=REPORTS[0]["text"], date=datetime.date(2026, 3, 4), stages=["tokenize"]
    )
    assert doc["meta"]["date"] == "2026-03-04"
    assert not doc.get("entities")
    expected, _ = cli_annotate([dict(REPORTS[0], id=0)], "--stages", "tokenize")
    assert doc == expected[0]


def test_html_input_returns_the_text_its_offsets_index():
    html = "<html><body><article><p>" + REPORTS[1]["text"] + "</p></article></body></html>"
    doc = dragoman.annotate(html=html, date="2026-03-05")
    start, end = doc["entities"][0]["start"], doc["entities"][0]["end"]
    assert doc["text"][start:end] in REPORTS[1]["text"]


def test_errors_carry_the_cli_reasons():
    with pytest.raises(dragoman.InputError, match="none of `text`, `html`, `tokens`"):
        dragoman.annotate()
    with pytest.raises(dragoman.InputError, match="not an ISO 8601 date"):
        dragoman.annotate(text="x", date="yesterday")
    with pytest.raises(ValueError, match="no stage is called `parse`"):
        dragoman.Pipeline(stages=["parse"])
    assert issubclass(dragoman.NotFoundError, dragoman.DragomanError)


def test_pipe_streams_in_order_over_threads_and_answers_bad_items_in_place():
    nlp = dragoman.Pipeline()
    items = [dict(r) for r in REPORTS] * 20
    items.insert(5, {"id": "bad", "date": "soon", "text": "x"})
    out = list(nlp.pipe(iter(items), threads=2, batch_size=7))
    assert [o["id"] for o in out] == [i["id"] for i in items]
    bad = out[5]
    assert bad == {"id": "bad", "line": 6, "error": "line 6: `date` \"soon\" is not an ISO 8601 date"}
    expected, _ = cli_annotate(REPORTS)
    assert out[0] == expected[0] and out[-1] == expected[-1]
    texts = list(nlp.pipe(["Envoys met in Oslo.", "Talks ended."], threads=1))
    assert [t["id"] for t in texts] == [1, 2]


def test_pipe_releases_the_gil():
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        list(dragoman.Pipeline().pipe([r["text"] for r in REPORTS] * 60, threads=1))
    finally:
        stop.set()
        t.join()
    assert len(ticks) > 5


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    src = folder / "reports.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in REPORTS[:2]))
    db = folder / "d.db"
    subprocess.run([cli(), "--db", str(db), "ingest", str(src)], check=True, capture_output=True)
    return db


def test_the_store_reads_as_lists_of_dicts(store_path):
    store = dragoman.Store(store_path)
    docs = store.documents()
    assert [d["ext_id"] for d in docs] == ["a", "b"]
    events = store.events()
    cli_events = subprocess.run(
        [cli(), "--db", str(store_path), "export", "--format", "jsonl"],
        capture_output=True, text=True, check=True,
    ).stdout
    assert events == [json.loads(l) for l in cli_events.splitlines()]
    assert any(q["speaker"] for q in store.quotes())
    assert store.proposals()[0]["points"] == 12
    assert store.document(docs[0]["id"])["text"].startswith("GENEVA")
    with pytest.raises(dragoman.NotFoundError, match="no document 99"):
        store.document(99)
    table = store.to_arrow("events")
    assert table.num_rows == len(events)
    pd = pytest.importorskip("pandas")
    frame = store.to_pandas("quotes")
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(store.quotes())
    with pytest.raises(ValueError, match="no table"):
        store.to_arrow("people")


def test_a_missing_database_is_not_found_with_the_cli_message(tmp_path):
    missing = tmp_path / "none.db"
    with pytest.raises(dragoman.NotFoundError) as err:
        dragoman.Store(missing)
    run = subprocess.run([cli(), "--db", str(missing), "docs"], capture_output=True, text=True)
    assert str(err.value) in run.stderr


def test_parquet_export_reads_back_with_pyarrow_and_duckdb(store_path, tmp_path):
    pa = pytest.importorskip("pyarrow")
    ds = pytest.importorskip("pyarrow.dataset")
    out = tmp_path / "tables"
    subprocess.run(
        [cli(), "--db", str(store_path), "export", "--format", "parquet", "--output", str(out)],
        check=True, capture_output=True,
    )
    part = ds.partitioning(pa.schema([("report_date", pa.date32())]), flavor="hive")
    docs = ds.dataset(out / "documents", partitioning=part).to_table()
    assert docs.schema.field("date").type == pa.date32()
    assert sorted(docs.column("report_date").to_pylist()) == [
        datetime.date(2026, 3, 4), datetime.date(2026, 3, 5)]
    quotes = ds.dataset(out / "quotes", partitioning=part).to_table()
    via = quotes.schema.field("via").type
    assert pa.types.is_list(via) and pa.types.is_struct(via.value_type)
    events = ds.dataset(out / "events", partitioning=part).to_table()
    assert pa.types.is_struct(events.schema.field("actors").type.value_type)
    assert events.num_rows == len(dragoman.Store(store_path).events())
    proposals = ds.dataset(out / "proposals", partitioning=part).to_table()
    assert {"mentions", "status", "date"} <= set(proposals.column_names)
    duckdb = pytest.importorskip("duckdb")
    n = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{out}/events/*/*.parquet', hive_partitioning=true)"
    ).fetchall()[0][0]
    assert n == events.num_rows
    spans = duckdb.sql(
        f"SELECT text, char_start, char_end FROM read_parquet('{out}/entities/*/*.parquet')"
    ).fetchall()
    assert spans and all(e - s == len(t) for t, s, e in spans)


def test_pipe_answers_what_came_before_a_failing_input_then_raises():
    def inputs():
        for i in range(5):
            yield {"id": i, "text": "Envoys met in Oslo."}
        raise RuntimeError("the source broke")

    it = dragoman.Pipeline(stages=["tokenize"]).pipe(inputs(), threads=1, batch_size=2)
    got = []
    with pytest.raises(RuntimeError, match="the source broke"):
        for answer in it:
            got.append(answer["id"])
    assert got == [0, 1, 2, 3, 4]
    with pytest.raises(dragoman.InputError, match="item 1: expected a dict or a str"):
        list(dragoman.Pipeline().pipe([3]))


def _warc_record(uri, html):
    body = html.encode()
    block = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2026-03-04T10:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def test_file_tables_read_json_lines_as_ingest_does():
    pytest.importorskip("pyarrow")
    lines = [json.dumps(r) for r in REPORTS[:2]] + ['{"id": "x", "text": "cut', json.dumps(REPORTS[2])]
    table = dragoman.file_tables("dir/in.jsonl", ("\n".join(lines) + "\n").encode())
    assert table.schema == dragoman.tables_schema("reports")
    rows = table.to_pylist()
    assert [r["record"] for r in rows] == ["line 1", "line 2", "line 3", "line 4"]
    assert [r["seq"] for r in rows] == [0, 1, 2, 3]
    assert rows[2]["error"] and rows[2]["hash"] is None and rows[2]["entities"] == []
    assert rows[0]["error"] is None and rows[0]["report_date"] == datetime.date(2026, 3, 4)
    assert rows[0]["documents"][0]["ext_id"] == "a"
    assert rows[0]["documents"][0]["source"] == "dir/in.jsonl"
    assert rows[0]["doc_key"] == int(rows[0]["hash"][:16], 16) - (
        1 << 64 if int(rows[0]["hash"][:16], 16) >= 1 << 63 else 0)
    # The same entities as annotate finds, as table rows without doc_key and n.
    want = dragoman.annotate(**{k: REPORTS[0][k] for k in ("text", "date")})["entities"]
    got = rows[0]["entities"]
    assert [(e["char_start"], e["char_end"], e["type"]) for e in got] == [
        (e["start"], e["end"], e["type"]) for e in want
    ]
    assert list(got[0]) == dragoman.tables_schema("entities").names[2:]


def test_file_tables_read_warc_records():
    pytest.importorskip("pyarrow")
    page = (
        "<html><head><title>Talks</title></head><body><article><p>"
        + REPORTS[0]["text"]
        + "</p></article></body></html>"
    )
    warc = _warc_record("https://example.org/talks", page) + b"WARC/1.0\r\nbroken"
    rows = dragoman.file_tables("crawl.warc", warc).to_pylist()
    assert rows[0]["error"] is None
    assert rows[0]["documents"][0]["url"] == "https://example.org/talks"
    assert rows[0]["record"] == "record at byte 0"
    assert rows[0]["events"], "the meeting is an event"
    assert rows[-1]["error"], "the damaged record is a row with its reason"


def test_tables_schema_names_the_export_tables():
    pa = pytest.importorskip("pyarrow")
    assert dragoman.tables_schema("events").names[:3] == ["doc_key", "n", "type"]
    assert dragoman.tables_schema("documents").names[:3] == ["doc_key", "doc_id", "hash"]
    assert dragoman.tables_schema("documents").field("date").type == pa.date32()
    with pytest.raises(ValueError, match="no table"):
        dragoman.tables_schema("people")


def test_tables_pass_over_skipped_reports_and_hand_out_each_date():
    pa = pytest.importorskip("pyarrow")
    lines = [json.dumps(r) for r in REPORTS[:2]] + ['{"id": "x", "text": "cut', json.dumps(REPORTS[0])]
    content = ("\n".join(lines) + "\n").encode()
    keys = dragoman.file_keys("in.jsonl", content)
    # The broken line has no key; the copy of the first report has its hash.
    assert [k[0] for k in keys] == [0, 1, 3] and keys[2][1] == keys[0][1]
    tables = dragoman.Tables()
    rejected = tables.add_file("in.jsonl", content, skip=[3])
    assert [(s, r) for s, r, _ in rejected] == [("in.jsonl", "line 3")]
    assert not tables.full
    parts = tables.take()
    assert {(t, p) for t, p, _ in parts} == {
        (t, f"report_date={d}") for t in dragoman.TABLES for d in ("2026-03-04", "2026-03-05")}
    for table, _, rows in parts:
        assert rows.schema == dragoman.tables_schema(table)
    documents = pa.concat_tables([r for t, _, r in parts if t == "documents"])
    assert documents.column("ext_id").to_pylist() == ["a", "b"]
    assert documents.column("doc_id").null_count == 2
    assert tables.rows["documents"] == 2 and tables.take() == []
