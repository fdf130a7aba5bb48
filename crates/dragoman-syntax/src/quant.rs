//! Quantizing one row of perceptron weights: first to `i16` quanta of the
//! whole table (the largest weight is 32767), then to `i8` with a
//! power-of-two step chosen per row, the smallest that fits the row's
//! largest weight. A row keeps 8 bits of precision relative to its own
//! largest weight, at 2 bytes per weight with its class.

/// A row ready for the table: its step and its `class << 8 | value as u8` entries.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantized {
    /// Each value counts `1 << step` quanta.
    pub step: u8,
    /// Class (high byte) and `i8` value (low byte) of each weight kept.
    pub entries: Vec<u16>,
}

/// Quantizes `row` (class, weight) with quanta worth `scale`; weights under
/// `min_quanta` quanta, or that round to 0 at the row's step, are dropped.
/// `None` when nothing is left.
pub fn quantize_row(row: &[(u8, f32)], scale: f32, min_quanta: i16) -> Option<Quantized> {
    let q: Vec<(u8, i32)> = row
        .iter()
        .map(|&(c, w)| (c, (w / scale).round() as i32))
        .filter(|(_, q)| q.unsigned_abs() >= u32::from(min_quanta.unsigned_abs()))
        .collect();
    let max = q.iter().map(|(_, v)| v.unsigned_abs()).max()?;
    let step = (0u8..16).find(|s| rounded(max as i32, *s).abs() <= 127)?;
    let entries: Vec<u16> = q
        .iter()
        .map(|&(c, v)| (c, rounded(v, step)))
        .filter(|(_, v)| *v != 0)
        .map(|(c, v)| u16::from(c) << 8 | u16::from(v as i8 as u8))
        .collect();
    (!entries.is_empty()).then_some(Quantized { step, entries })
}

/// `v / 2^step`, rounded half away from zero.
fn rounded(v: i32, step: u8) -> i32 {
    if step == 0 {
        return v;
    }
    let half = 1 << (step - 1);
    if v >= 0 {
        (v + half) >> step
    } else {
        -((-v + half) >> step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_keeps_eight_bits_relative_to_its_largest_weight() {
        let q = quantize_row(&[(0, 1000.0), (3, -10.0), (5, 1.0)], 1.0, 1).unwrap();
        assert_eq!(q.step, 3, "1000 / 8 = 125 fits in i8");
        let back: Vec<(u16, i32)> = q
            .entries
            .iter()
            .map(|e| (e >> 8, i32::from(*e as u8 as i8) << q.step))
            .collect();
        assert_eq!(
            back,
            [(0, 1000), (3, -8)],
            "1 quantum rounds to nothing at step 3"
        );
    }

    #[test]
    fn small_rows_are_exact_and_empty_rows_vanish() {
        let q = quantize_row(&[(1, 100.0), (2, -7.0)], 1.0, 1).unwrap();
        assert_eq!(q.step, 0);
        assert_eq!(q.entries, [1 << 8 | 100, 2 << 8 | (-7i8 as u8) as u16]);
        assert_eq!(quantize_row(&[(1, 3.0)], 1.0, 5), None);
    }
}
