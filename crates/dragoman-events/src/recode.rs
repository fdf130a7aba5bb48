//! Codes changed by what surrounds the trigger: intended cooperation is
//! AGREE, intended force is THREATEN (PLOVER manual), and a verbal reaction
//! takes its meaning from its object ("dismissed an appeal" rejects it), and
//! a promise of retaliation is a threat ("vowed to respond in kind"), and a
//! negated acceptance a refusal ("will never accept"). [`Code`] is an
//! event's type, mode and CAMEO code as the coder settles them.

use crate::lexicon::lexicon;
use crate::sense::listed;
use crate::trigger::Trigger;
use crate::words::{is_determiner, Words};
use dragoman_model::EventStatus;
use dragoman_syntax::Tree;

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

/// True when the verb at `first` is the infinitive of a schedule ("is
/// expected to visit", "are due to hold", "is scheduled to meet", "is set
/// to sign"): what others expect of the actor, not an intent it expresses.
pub(crate) fn scheduled(words: &Words, first: usize) -> bool {
    first >= 3
        && words.at(first - 1) == "to"
        && matches!(
            words.at(first - 2),
            "expected" | "due" | "scheduled" | "set"
        )
        && crate::words::is_be(words.at(first - 3))
}

/// True when predicate `p`, coded `kind`, is a resignation ("resigned on
/// Sunday"): the PLOVER manual's RETREAT covers "resignations of government
/// officials" (mode resign), where the dictionary has CONCEDE (CAMEO 083).
pub(crate) fn resigns(tree: &Tree, p: usize, kind: &str) -> bool {
    kind == "CONCEDE" && tree.lemma(p).eq_ignore_ascii_case("resign")
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

/// True when predicate `p` summons a diplomat (its object, `object`, is an
/// ambassador, envoy, diplomat or chargé d'affaires): the PLOVER manual
/// codes that a protest (ACCUSE), not a consultation.
pub(crate) fn summons_a_diplomat(
    tree: &Tree,
    words: &Words,
    p: usize,
    object: Option<usize>,
) -> bool {
    let diplomat = |w: &str| {
        matches!(
            w,
            "ambassador"
                | "ambassadors"
                | "envoy"
                | "envoys"
                | "diplomat"
                | "diplomats"
                | "chargé"
                | "charge"
        )
    };
    tree.lemma(p).eq_ignore_ascii_case("summon") && object.is_some_and(|o| diplomat(words.at(o)))
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

/// True when predicate `p`, coded `kind`, is an acceptance negated in its
/// own clause ("did not accept the plan", "will never accept a settlement",
/// "cannot agree to"): that is a refusal. A denial that an agreement was
/// reached ("denied that they had agreed") stays a denied agreement.
pub(crate) fn refuses(tree: &Tree, p: usize, kind: &str) -> bool {
    let lemma = tree.lemma(p);
    let accepting = lemma.eq_ignore_ascii_case("accept") || lemma.eq_ignore_ascii_case("agree");
    accepting && matches!(kind, "AGREE" | "CONCEDE") && tree.is_negated(p)
}

/// An event's PLOVER type, mode and CAMEO code.
pub(crate) struct Code {
    pub kind: String,
    pub mode: Option<String>,
    pub cameo: String,
}

impl Code {
    pub(crate) fn new(kind: &str, mode: Option<String>, cameo: &str) -> Code {
        Code {
            kind: kind.into(),
            mode,
            cameo: cameo.into(),
        }
    }

    /// Intended force is a threat, intended cooperation an agreement (the
    /// PLOVER manual). The status is the agreeing's own: "agreed on
    /// Thursday" took place, though what was agreed is still to come.
    pub(crate) fn recode_intended(&mut self, words: &Words, status: EventStatus) -> EventStatus {
        let conditional = (0..words.len()).any(|j| matches!(words.at(j), "unless" | "if"));
        // Planned, or offered on a condition ("would meet if ..."); what
        // only might happen is no intent.
        let intended =
            status == EventStatus::Planned || status == EventStatus::Hypothetical && conditional;
        // Sanctions to come threaten as coercion does ("will impose
        // sanctions"), though imposed ones are SANCTION (CAMEO 163).
        let forceful =
            matches!(self.kind.as_str(), "ASSAULT" | "COERCE") || self.cameo.starts_with("163");
        // A withdrawal or ceasefire "unless" something is done threatens;
        // one "if" something is done offers (it yields what the other side wants).
        let unless = (0..words.len()).any(|j| words.at(j) == "unless");
        let threatening = match self.kind.as_str() {
            "RETREAT" => unless,
            _ => conditional || forceful,
        };
        if let Some(code) = threat_code(&self.kind).filter(|_| intended && threatening) {
            let mode = lexicon()
                .cameo_entry(code)
                .and_then(|e| e.mode.as_ref())
                .map(|m| m.to_string());
            *self = Code::new("THREATEN", mode, code);
        } else if let (true, Some(code)) = (intended, intent_code(&self.kind)) {
            // "would meet if ..." offers a meeting on a condition; "offered
            // to mediate" is an intent to mediate (CAMEO 039), not to meet.
            let code = if self.cameo.starts_with("045") {
                "039"
            } else {
                code
            };
            *self = Code::new("AGREE", None, code);
        }
        status
    }
}
