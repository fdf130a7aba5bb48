//! Codes changed by what surrounds the trigger: intended cooperation is
//! AGREE, intended force is THREATEN (PLOVER manual), and a verbal reaction
//! takes its meaning from its object ("dismissed an appeal" rejects it), and
//! a promise of retaliation is a threat ("vowed to respond in kind").

use crate::sense::listed;
use crate::trigger::Trigger;
use crate::words::{is_determiner, Words};

/// PLOVER types of cooperation that, when only intended, are coded AGREE.
pub(crate) fn intent_code(plover: &str) -> Option<&'static str> {
    match plover {
        "CONSULT" => Some("036"),
        "SUPPORT" => Some("032"),
        "COOPERATE" => Some("031"),
        "AID" => Some("033"),
        "CONCEDE" | "RETREAT" => Some("035"),
        _ => None,
    }
}

/// PLOVER types of force and pressure that, when only intended, are
/// threats, with the CAMEO code of that threat (sanctions and withdrawals
/// only under a condition: "will withdraw unless ...").
pub(crate) fn threat_code(plover: &str) -> Option<&'static str> {
    match plover {
        "ASSAULT" => Some("138"),
        "COERCE" => Some("132"),
        "SANCTION" => Some("131"),
        "RETREAT" => Some("136"),
        _ => None,
    }
}

/// A verbal reaction recoded by its object: disapproving a proposal or
/// appeal rejects it ("dismissed an appeal": REJECT 120), agreeing to a
/// demand concedes it ("accepted demands": CONCEDE 083).
///
/// The object is the tree's (`object`), else the first word after the
/// trigger that is no determiner or adjective.
pub(crate) fn reaction_to_object(
    words: &Words,
    t: &Trigger,
    object: Option<usize>,
    plover: &str,
) -> Option<(&'static str, &'static str)> {
    let object = object.or_else(|| {
        (t.end..(t.end + 3).min(words.len()))
            .find(|&j| !is_determiner(words.at(j)) && !words.at(j).ends_with("al"))
    })?;
    let noun = words.at(object);
    match plover {
        "ACCUSE" if listed("rejectable", noun) => Some(("REJECT", "120")),
        "AGREE" if listed("demand", noun) => Some(("CONCEDE", "083")),
        _ => None,
    }
}

/// A promise whose infinitive is a retaliation ("vowed to respond in kind",
/// "pledged to retaliate") threatens (CAMEO 130), it offers no cooperation.
pub(crate) fn promised_retaliation(
    words: &Words,
    t: &Trigger,
) -> Option<(&'static str, &'static str)> {
    let promise = ["vow", "pledg", "promis", "swore", "swear"]
        .iter()
        .any(|stem| words.at(t.first).starts_with(stem));
    let retaliation = words.at(t.end) == "to" && listed("retaliation", words.at(t.end + 1));
    (promise && retaliation).then_some(("THREATEN", "130"))
}
