//! The Parquet export read back with the parquet crate: partitions by report
//! date, typed columns, and every layer's rows as the pipeline found them.

use arrow_array::{Array, Date32Array, Int64Array, ListArray, RecordBatch, StringArray};
use arrow_schema::DataType;
use dragoman_export::parquet::{ExportDoc, ParquetExport, TABLES};
use dragoman_model::{Doc, Meta};
use dragoman_pipeline::Pipeline;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use std::path::Path;

/// Reports we wrote for this test.
const REPORTS: [(&str, Option<&str>); 3] = [
    (
        "GENEVA, March 3 (Reuters) - Foreign Minister Anna Lindqvist of Sweden met \
         Russian Foreign Minister Sergei Lavrov in Geneva on Tuesday. \"We agreed to meet \
         again in April,\" Lindqvist told reporters. Sweden and Finland proposed a \
         12-point plan for a ceasefire.",
        Some("2026-03-04"),
    ),
    (
        "Chinese President Xi Jinping will visit Brazil next week, the foreign ministry \
         said on Monday, according to Xinhua.",
        Some("2026-03-05"),
    ),
    (
        "Officials said the talks in Vienna ended without an agreement.",
        None,
    ),
];

fn docs() -> Vec<ExportDoc> {
    let pipeline = Pipeline::standard();
    REPORTS
        .iter()
        .enumerate()
        .map(|(i, (text, date))| {
            let meta = Meta {
                date: date.map(|d| d.parse().unwrap()),
                ..Meta::default()
            };
            let doc = pipeline
                .process_text(&i.to_string(), text.to_string(), meta)
                .doc;
            ExportDoc {
                doc_id: Some(i as i64 + 1),
                hash: format!("hash{i}"),
                ext_id: Some(format!("r{i}")),
                source: "test".into(),
                record: None,
                doc,
            }
        })
        .collect()
}

/// Every batch of one table, over its partitions in order.
fn read(dir: &Path, table: &str) -> Vec<(String, RecordBatch)> {
    let mut out = Vec::new();
    let mut parts: Vec<_> = std::fs::read_dir(dir.join(table))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    parts.sort();
    for part in parts {
        let name = part.file_name().unwrap().to_string_lossy().into_owned();
        let file = std::fs::File::open(part.join("part-00000.parquet")).unwrap();
        for batch in ParquetRecordBatchReaderBuilder::try_new(file)
            .unwrap()
            .build()
            .unwrap()
        {
            out.push((name.clone(), batch.unwrap()));
        }
    }
    out
}

fn column<'a, T: 'static>(batch: &'a RecordBatch, name: &str) -> &'a T {
    batch
        .column_by_name(name)
        .unwrap()
        .as_any()
        .downcast_ref::<T>()
        .unwrap()
}

fn count(docs: &[ExportDoc], layer: impl Fn(&Doc) -> usize) -> usize {
    docs.iter().map(|d| layer(&d.doc)).sum()
}

#[test]
fn every_layer_reads_back_partitioned_by_report_date() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tables");
    let docs = docs();
    let mut export = ParquetExport::create(&out).unwrap();
    for d in docs.clone() {
        export.add(d).unwrap();
    }
    let written = export.finish().unwrap();
    assert_eq!(written.files, 15, "5 tables × 3 partitions");
    let documents = read(&out, "documents");
    let partitions: Vec<&str> = documents.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        partitions,
        [
            "report_date=2026-03-04",
            "report_date=2026-03-05",
            "report_date=__HIVE_DEFAULT_PARTITION__"
        ]
    );
    let first = &documents[0].1;
    assert_eq!(
        first.schema().field_with_name("date").unwrap().data_type(),
        &DataType::Date32
    );
    assert_eq!(
        column::<Date32Array>(first, "date").value(0),
        20_516,
        "2026-03-04"
    );
    assert_eq!(
        column::<StringArray>(first, "text").value(0),
        docs[0].doc.text
    );
    let expected = [
        docs.len(),
        count(&docs, |d| d.entities.len()),
        count(&docs, |d| d.quotes.len()),
        count(&docs, |d| d.events.len()),
        count(&docs, |d| d.proposals.len()),
    ];
    assert_eq!(written.rows, expected);
    for (table, n) in TABLES.iter().zip(expected) {
        let rows: usize = read(&out, table).iter().map(|(_, b)| b.num_rows()).sum();
        assert_eq!(rows, n, "{table}");
    }
    assert!(
        expected[1..].iter().all(|&n| n > 0),
        "every layer has rows: {expected:?}"
    );
}

/// The first test document exported alone into `DIR/t`; the directory and
/// every test document.
fn export_first() -> (tempfile::TempDir, Vec<ExportDoc>) {
    let dir = tempfile::tempdir().unwrap();
    let docs = docs();
    let mut export = ParquetExport::create(&dir.path().join("t")).unwrap();
    export.add(docs[0].clone()).unwrap();
    export.finish().unwrap();
    (dir, docs)
}

#[test]
fn spans_lists_and_parties_keep_their_values() {
    let (dir, docs) = export_first();
    let out = dir.path().join("t");
    let doc = &docs[0].doc;
    let (_, entities) = &read(&out, "entities")[0];
    let starts = column::<Int64Array>(entities, "start");
    let texts = column::<StringArray>(entities, "text");
    for (i, e) in doc.entities.iter().enumerate() {
        assert_eq!(starts.value(i), i64::from(e.span.start));
        assert_eq!(texts.value(i), &doc.text[e.span.range()]);
    }
    let (_, quotes) = &read(&out, "quotes")[0];
    let via = column::<ListArray>(quotes, "via");
    assert!(matches!(via.value_type(), DataType::Struct(f) if f.len() == 5));
    let content = column::<ListArray>(quotes, "content");
    assert_eq!(
        content.value_length(0) as usize,
        doc.quotes[0].content.len()
    );
    let (_, events) = &read(&out, "events")[0];
    let actors = column::<StringArray>(events, "actor");
    for (i, e) in doc.events.iter().enumerate() {
        let name = e.actor.as_ref().map(|a| a.name.as_str());
        assert_eq!(actors.is_valid(i).then(|| actors.value(i)), name);
    }
    assert!(events.column_by_name("recipients").is_some());
    let (_, proposals) = &read(&out, "proposals")[0];
    assert!(proposals.column_by_name("mentions").is_some());
    assert!(proposals.column_by_name("status").is_some());
}

#[test]
fn a_directory_with_files_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x"), "").unwrap();
    let err = ParquetExport::create(dir.path()).err().unwrap();
    assert!(err.to_string().contains("is not empty"), "{err}");
}

#[test]
fn reports_nest_each_table_one_row_per_report() {
    use dragoman_export::parquet::reports::{reports, reports_schema, table_schema, ReportRow};
    let docs = docs();
    let mut rows: Vec<ReportRow> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| ReportRow {
            seq: i as i64,
            source: "in.jsonl".into(),
            record: Some(format!("line {}", i + 1)),
            outcome: Ok(d.clone()),
        })
        .collect();
    rows.insert(
        1,
        ReportRow {
            seq: 9,
            source: "in.jsonl".into(),
            record: Some("line 9".into()),
            outcome: Err("the line is not JSON".into()),
        },
    );
    let batch = reports(&rows).unwrap();
    assert_eq!(batch.schema(), reports_schema().unwrap());
    assert_eq!(batch.num_rows(), 4);
    let error = column::<StringArray>(&batch, "error");
    assert_eq!(error.value(1), "the line is not JSON");
    assert!(error.is_null(0) && error.is_null(2));
    let date = column::<Date32Array>(&batch, "report_date");
    assert!(date.is_valid(0) && date.is_null(1) && date.is_null(3));
    for table in TABLES {
        let lists = column::<ListArray>(&batch, table);
        let schema = table_schema(table).unwrap();
        let keys = dragoman_export::parquet::reports::KEYS;
        let item = match lists.data_type() {
            DataType::List(f) => f.data_type().clone(),
            other => panic!("{table}: {other}"),
        };
        let DataType::Struct(fields) = item else {
            panic!("{table}: not a struct")
        };
        // The table's columns without the keys the engine gives.
        let names: Vec<_> = fields.iter().map(|f| f.name().clone()).collect();
        let want: Vec<_> = schema.fields()[keys..]
            .iter()
            .map(|f| f.name().clone())
            .collect();
        assert_eq!(names, want, "{table}");
        assert_eq!(
            lists.value_length(1),
            0,
            "{table}: a rejected report has no rows"
        );
    }
    let entities = column::<ListArray>(&batch, "entities");
    let per_doc: Vec<i32> = [0, 2, 3]
        .iter()
        .map(|&r| entities.value_length(r))
        .collect();
    let want: Vec<i32> = docs.iter().map(|d| d.doc.entities.len() as i32).collect();
    assert_eq!(per_doc, want);
    assert!(want[0] > 0);
}

#[test]
fn every_table_joins_on_the_key_of_the_content_hash() {
    use dragoman_export::parquet::doc_key;
    let (dir, docs) = export_first();
    let out = dir.path().join("t");
    let want = doc_key(&docs[0].hash);
    let (_, documents) = &read(&out, "documents")[0];
    let names: Vec<_> = documents.schema().fields()[..3]
        .iter()
        .map(|f| f.name().clone())
        .collect();
    assert_eq!(names, ["doc_key", "doc_id", "hash"]);
    assert_eq!(column::<Int64Array>(documents, "doc_key").value(0), want);
    assert_eq!(column::<Int64Array>(documents, "doc_id").value(0), 1);
    for table in &TABLES[1..] {
        let (_, batch) = &read(&out, table)[0];
        assert_eq!(batch.schema().field(0).name(), "doc_key", "{table}");
        let keys = column::<Int64Array>(batch, "doc_key");
        assert!(keys.iter().all(|k| k == Some(want)), "{table}");
    }
}
