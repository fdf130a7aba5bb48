//! Building Arrow columns from rows: [`Cols`] collects named, typed arrays
//! (plain values, spans, lists of structs) into a record batch or a struct.

use arrow_array::{
    Array, ArrayRef, Date32Array, Int64Array, ListArray, RecordBatch, StringArray, StructArray,
};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{ArrowError, Field, Fields, Schema};
use dragoman_model::{Date, Span};
use dragoman_text::CharIndex;
use std::sync::Arc;

/// A span's offsets: bytes of the clean text (`start`, `end`) and code
/// points (`char_start`, `char_end`).
pub(crate) type Offsets = [i64; 4];

/// The offsets of `span` in a text indexed by `idx`.
pub(crate) fn offsets(span: Span, idx: &CharIndex) -> Offsets {
    [
        i64::from(span.start),
        i64::from(span.end),
        idx.char_of(span.start as usize) as i64,
        idx.char_of(span.end as usize) as i64,
    ]
}

/// Days since 1970-01-01 (Arrow's `Date32`) of a civil date.
pub(crate) fn days(date: Date) -> i32 {
    // Howard Hinnant's days_from_civil.
    let (m, d) = (i32::from(date.month()), i32::from(date.day()));
    let y = i32::from(date.year()) - i32::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day a TIMEX3 value names, when it names one (`2026-03-04`, or a
/// timestamp on that day).
pub(crate) fn timex_day(value: &str) -> Option<i32> {
    value.get(..10)?.parse::<Date>().ok().map(days)
}

/// Named columns under construction.
#[derive(Default)]
pub(crate) struct Cols {
    fields: Vec<Field>,
    arrays: Vec<ArrayRef>,
}

impl Cols {
    fn push(&mut self, name: &str, nullable: bool, array: ArrayRef) {
        self.fields
            .push(Field::new(name, array.data_type().clone(), nullable));
        self.arrays.push(array);
    }

    /// A column of integers.
    pub(crate) fn int(&mut self, name: &str, values: impl IntoIterator<Item = i64>) {
        let a: Int64Array = values.into_iter().collect();
        self.push(name, false, Arc::new(a));
    }

    /// A column of integers that may be missing.
    pub(crate) fn opt_int(&mut self, name: &str, values: impl IntoIterator<Item = Option<i64>>) {
        let a: Int64Array = values.into_iter().collect();
        self.push(name, true, Arc::new(a));
    }

    /// A column of strings.
    pub(crate) fn text<'a>(&mut self, name: &str, values: impl IntoIterator<Item = &'a str>) {
        let a: StringArray = values.into_iter().map(Some).collect();
        self.push(name, false, Arc::new(a));
    }

    /// A column of strings that may be missing.
    pub(crate) fn opt_text<'a>(
        &mut self,
        name: &str,
        values: impl IntoIterator<Item = Option<&'a str>>,
    ) {
        let a: StringArray = values.into_iter().collect();
        self.push(name, true, Arc::new(a));
    }

    /// A column of days (`Date32`) that may be missing.
    pub(crate) fn date(&mut self, name: &str, values: impl IntoIterator<Item = Option<i32>>) {
        let a: Date32Array = values.into_iter().collect();
        self.push(name, true, Arc::new(a));
    }

    /// Four columns for spans: `{prefix}start`, `{prefix}end`,
    /// `{prefix}char_start`, `{prefix}char_end`.
    pub(crate) fn spans(&mut self, prefix: &str, values: &[Offsets]) {
        for (k, what) in ["start", "end", "char_start", "char_end"]
            .iter()
            .enumerate()
        {
            self.int(&format!("{prefix}{what}"), values.iter().map(|o| o[k]));
        }
    }

    /// The same four columns for spans that may be missing.
    pub(crate) fn opt_spans(&mut self, prefix: &str, values: &[Option<Offsets>]) {
        for (k, what) in ["start", "end", "char_start", "char_end"]
            .iter()
            .enumerate()
        {
            self.opt_int(
                &format!("{prefix}{what}"),
                values.iter().map(|o| o.map(|o| o[k])),
            );
        }
    }

    /// A column of lists of structs: row `i` holds `lengths[i]` of the
    /// structs whose fields are `items` (all rows' items, in order).
    pub(crate) fn list(
        &mut self,
        name: &str,
        lengths: &[usize],
        items: Cols,
    ) -> Result<(), ArrowError> {
        let values = items.into_struct()?;
        let item = Arc::new(Field::new("item", values.data_type().clone(), false));
        let offsets = OffsetBuffer::<i32>::from_lengths(lengths.iter().copied());
        let list = ListArray::try_new(item, offsets, Arc::new(values), None)?;
        self.push(name, false, Arc::new(list));
        Ok(())
    }

    /// A column of lists of spans (structs of the four offsets).
    pub(crate) fn span_list(
        &mut self,
        name: &str,
        lists: &[Vec<Offsets>],
    ) -> Result<(), ArrowError> {
        let lengths: Vec<usize> = lists.iter().map(Vec::len).collect();
        let mut items = Cols::default();
        items.spans("", &lists.concat());
        self.list(name, &lengths, items)
    }

    fn into_struct(self) -> Result<StructArray, ArrowError> {
        StructArray::try_new(Fields::from(self.fields), self.arrays, None)
    }

    /// The columns as a record batch.
    pub(crate) fn batch(self) -> Result<RecordBatch, ArrowError> {
        RecordBatch::try_new(Arc::new(Schema::new(self.fields)), self.arrays)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_from_the_epoch() {
        let d = |s: &str| days(s.parse().unwrap());
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("2000-03-01"), 11_017);
        assert_eq!(d("1969-12-31"), -1);
        assert_eq!(timex_day("2026-03-04T10:00"), Some(d("2026-03-04")));
        assert_eq!(timex_day("2026-W10"), None);
    }

    #[test]
    fn lists_of_spans_keep_their_rows() {
        let mut cols = Cols::default();
        cols.span_list("content", &[vec![[0, 3, 0, 3], [5, 9, 4, 8]], vec![]])
            .unwrap();
        let batch = cols.batch().unwrap();
        assert_eq!(batch.num_rows(), 2);
        let list = batch
            .column(0)
            .as_any()
            .downcast_ref::<ListArray>()
            .unwrap();
        assert_eq!((list.value_length(0), list.value_length(1)), (2, 0));
    }
}
