//! Rows of the GDELT 2.0 event table, tab-separated, as far as dragoman's
//! fields allow: dates, actor codes (country + sector) and names, the CAMEO
//! code with its base and root, the quad class, the action place's name and
//! the source URL. Columns dragoman cannot fill (Goldstein scale, tone,
//! counts of mentions, geocoding) are left empty.
//!
//! GDELT's conventions are kept where they differ from PLOVER's: `QuadClass`
//! follows the CAMEO root code (01–05 verbal cooperation, 06–08 material
//! cooperation, 09–13 verbal conflict, 14–20 material conflict), `SQLDATE` is
//! the event's day or else the report's, and `DATEADDED` is the report's date
//! and time as `YYYYMMDDHHMMSS`.

use crate::{quad_class, EventRecord};
use dragoman_model::Participant;

/// The 61 columns of the GDELT 2.0 event table, in order.
pub const COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The ten actor columns: code, name, country, three group codes, three types.
fn actor(p: Option<&Participant>) -> [String; 10] {
    let Some(p) = p else {
        return Default::default();
    };
    let country = p.country.clone().unwrap_or_default();
    let sector = p.sector.clone().unwrap_or_default();
    let code = format!("{country}{sector}");
    [
        code,
        p.name.to_uppercase(),
        country,
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        sector,
        String::new(),
        String::new(),
    ]
}

/// The row of an event (no trailing newline), with `row_id` as GLOBALEVENTID.
pub fn row(r: &EventRecord<'_>, row_id: u64) -> String {
    let e = r.event;
    let day = r.day().unwrap_or_default().replace('-', "");
    let (year, month) = (
        day.get(..4).unwrap_or_default(),
        day.get(4..6).unwrap_or_default(),
    );
    let fraction = match (
        year.parse::<f64>(),
        month.parse::<f64>(),
        day.get(6..8).and_then(|d| d.parse::<f64>().ok()),
    ) {
        (Ok(y), Ok(m), Some(d)) => format!("{:.4}", y + ((m - 1.0) * 30.0 + d) / 365.0),
        _ => String::new(),
    };
    let cameo = e.cameo.clone().unwrap_or_default();
    let mut cols: Vec<String> = vec![
        row_id.to_string(),
        day.clone(),
        format!("{year}{month}"),
        year.to_string(),
        fraction,
    ];
    cols.extend(actor(e.actor.as_ref()));
    cols.extend(actor(e.recipient.as_ref()));
    cols.push("1".into());
    cols.push(cameo.clone());
    cols.push(cameo.get(..3).unwrap_or(&cameo).to_string());
    cols.push(cameo.get(..2).unwrap_or(&cameo).to_string());
    cols.push(
        cameo_quad_class(&cameo)
            .or_else(|| quad_class(&e.kind))
            .map(|q| q.to_string())
            .unwrap_or_default(),
    );
    cols.extend(std::iter::repeat_n(String::new(), 5)); // Goldstein, mentions, sources, articles, tone
    cols.extend(std::iter::repeat_n(String::new(), 16)); // Actor1Geo_*, Actor2Geo_*
    let place = e.place.clone().unwrap_or_default();
    cols.push(if place.is_empty() {
        String::new()
    } else {
        "0".into()
    });
    cols.push(place.replace(['\t', '\n'], " "));
    cols.extend(std::iter::repeat_n(String::new(), 6));
    cols.push(r.report_timestamp().unwrap_or_default());
    cols.push(r.url.unwrap_or_default().to_string());
    debug_assert_eq!(cols.len(), COLUMNS.len());
    cols.join("\t")
}

/// GDELT's quad class of a CAMEO code, from its two-digit root.
pub fn cameo_quad_class(cameo: &str) -> Option<u8> {
    match cameo.get(..2)?.parse::<u8>().ok()? {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{event, record};

    #[test]
    fn a_row_has_every_column() {
        let e = event();
        let row = row(&record(&e), 1);
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(cols.len(), COLUMNS.len());
        let col = |name: &str| cols[COLUMNS.iter().position(|c| *c == name).unwrap()];
        assert_eq!(col("SQLDATE"), "20260303");
        assert_eq!(col("Actor1Code"), "NRLGOV");
        assert_eq!(col("Actor2CountryCode"), "KST");
        assert_eq!(
            (col("EventCode"), col("EventBaseCode"), col("EventRootCode")),
            ("044", "044", "04")
        );
        assert_eq!(col("QuadClass"), "1");
        assert_eq!(col("ActionGeo_FullName"), "Geneva");
        assert_eq!(col("DATEADDED"), "20260304000000");
    }

    #[test]
    fn quad_classes_follow_the_cameo_root_as_gdelt_does() {
        let cases = [("010", 1), ("057", 1), ("061", 2), ("0871", 2), ("090", 3)];
        let more = [("112", 3), ("138", 3), ("141", 4), ("173", 4), ("204", 4)];
        for (code, quad) in cases.into_iter().chain(more) {
            assert_eq!(cameo_quad_class(code), Some(quad), "{code}");
        }
        assert_eq!(cameo_quad_class("21"), None);
        assert_eq!(cameo_quad_class(""), None);
        // Easing sanctions (CAMEO 081) is material cooperation in GDELT, though
        // PLOVER groups CONCEDE with verbal cooperation.
        let mut e = event();
        (e.kind, e.cameo) = ("CONCEDE".into(), Some("081".into()));
        assert_eq!(quad_class("CONCEDE"), Some(1));
        let row = row(&record(&e), 1);
        let quad = row.split('\t').nth(29).unwrap();
        assert_eq!(quad, "2");
    }
}
