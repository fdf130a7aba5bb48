//! TIMEX3 duration values: "P3D", "PT48H", "P20Y", "PXY".

use crate::expr::Amount;
use crate::lexicon::Unit;

/// The TIMEX3 value of `amount` times `unit`.
///
/// Decades and centuries are counted in years ("two decades" is "P20Y"),
/// quarters in quarters ("P2Q"), as TimeBank does; an unknown amount is "X"
/// ("years" is "PXY").
pub fn period(amount: Amount, unit: Unit) -> String {
    let (scale, code, clock) = match unit {
        Unit::Second => (1.0, "S", true),
        Unit::Minute => (1.0, "M", true),
        Unit::Hour => (1.0, "H", true),
        Unit::Day => (1.0, "D", false),
        Unit::Week => (1.0, "W", false),
        Unit::Weekend => (1.0, "WE", false),
        Unit::Month => (1.0, "M", false),
        Unit::Quarter => (1.0, "Q", false),
        Unit::Year => (1.0, "Y", false),
        Unit::Decade => (10.0, "Y", false),
        Unit::Century => (100.0, "Y", false),
    };
    if let Amount::Exact(n) = amount {
        if n.fract() == 0.5 {
            if let Some(value) = and_a_half(n.trunc(), unit) {
                return value;
            }
        }
    }
    let n = match amount {
        Amount::Exact(n) => number(n * scale),
        Amount::Vague if unit == Unit::Century => return "PXC".to_string(),
        Amount::Vague => "X".to_string(),
    };
    let t = if clock { "T" } else { "" };
    format!("P{t}{n}{code}")
}

/// `n` and a half units, the half in the next smaller unit ("P2Y6M").
fn and_a_half(n: f64, unit: Unit) -> Option<String> {
    let n = n as i64;
    Some(match unit {
        Unit::Minute => format!("PT{n}M30S"),
        Unit::Hour => format!("PT{n}H30M"),
        Unit::Day => format!("P{n}DT12H"),
        Unit::Year => format!("P{n}Y6M"),
        _ => return None,
    })
}

/// A number without a needless fraction ("3", "2.5").
fn number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(period(Amount::Exact(3.0), Unit::Day), "P3D");
        assert_eq!(period(Amount::Exact(48.0), Unit::Hour), "PT48H");
        assert_eq!(period(Amount::Exact(2.0), Unit::Decade), "P20Y");
        assert_eq!(period(Amount::Vague, Unit::Year), "PXY");
        assert_eq!(period(Amount::Exact(2.5), Unit::Year), "P2Y6M");
        assert_eq!(period(Amount::Exact(1.5), Unit::Minute), "PT1M30S");
        assert_eq!(period(Amount::Exact(2.5), Unit::Week), "P2.5W");
        assert_eq!(period(Amount::Exact(2.0), Unit::Quarter), "P2Q");
    }
}
