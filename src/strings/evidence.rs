//! Red flags, signs of safety and the fields they stand in, in the player's words: a short label
//! for each, and a one-line meaning. Packs, saves, CSV, JSON and xAPI keep the kebab-case ids
//! (`credential-request`, `link.2`); everything a player reads says it this way.

use crate::content::{Anchor, Cue, FieldKind, FieldPath, Part, Sign};
use crate::i18n::Catalog;
use crate::inert::inert;

/// What a red flag is called on screen.
pub fn cue_label(t: &Catalog, cue: Cue) -> String {
    match cue {
        Cue::Urgency => crate::t!(t, "cue-urgency"),
        Cue::Impersonation => crate::t!(t, "cue-impersonation"),
        Cue::SenderMismatch => crate::t!(t, "cue-sender-mismatch"),
        Cue::LookalikeDomain => crate::t!(t, "cue-lookalike-domain"),
        Cue::CredentialRequest => crate::t!(t, "cue-credential-request"),
        Cue::PaymentChange => crate::t!(t, "cue-payment-change"),
        Cue::RiskyAttachment => crate::t!(t, "cue-risky-attachment"),
        Cue::WrongChannel => crate::t!(t, "cue-wrong-channel"),
        Cue::Lure => crate::t!(t, "cue-lure"),
        Cue::ExcessiveScope => crate::t!(t, "cue-excessive-scope"),
        Cue::HiddenLink => crate::t!(t, "cue-hidden-link"),
        Cue::Secrecy => crate::t!(t, "cue-secrecy"),
        Cue::DataRequest => crate::t!(t, "cue-data-request"),
        Cue::Inconsistency => crate::t!(t, "cue-inconsistency"),
        Cue::DeceptiveDesign => crate::t!(t, "cue-deceptive-design"),
        Cue::OutOfContextPermission => crate::t!(t, "cue-out-of-context-permission"),
    }
}

/// What a red flag means, in one line.
pub fn cue_meaning(t: &Catalog, cue: Cue) -> String {
    match cue {
        Cue::Urgency => crate::t!(t, "cue-meaning-urgency"),
        Cue::Impersonation => crate::t!(t, "cue-meaning-impersonation"),
        Cue::SenderMismatch => crate::t!(t, "cue-meaning-sender-mismatch"),
        Cue::LookalikeDomain => crate::t!(t, "cue-meaning-lookalike-domain"),
        Cue::CredentialRequest => crate::t!(t, "cue-meaning-credential-request"),
        Cue::PaymentChange => crate::t!(t, "cue-meaning-payment-change"),
        Cue::RiskyAttachment => crate::t!(t, "cue-meaning-risky-attachment"),
        Cue::WrongChannel => crate::t!(t, "cue-meaning-wrong-channel"),
        Cue::Lure => crate::t!(t, "cue-meaning-lure"),
        Cue::ExcessiveScope => crate::t!(t, "cue-meaning-excessive-scope"),
        Cue::HiddenLink => crate::t!(t, "cue-meaning-hidden-link"),
        Cue::Secrecy => crate::t!(t, "cue-meaning-secrecy"),
        Cue::DataRequest => crate::t!(t, "cue-meaning-data-request"),
        Cue::Inconsistency => crate::t!(t, "cue-meaning-inconsistency"),
        Cue::DeceptiveDesign => crate::t!(t, "cue-meaning-deceptive-design"),
        Cue::OutOfContextPermission => crate::t!(t, "cue-meaning-out-of-context-permission"),
    }
}

/// What a sign of safety is called on screen.
pub fn sign_label(t: &Catalog, sign: Sign) -> String {
    match sign {
        Sign::Expected => crate::t!(t, "sign-expected"),
        Sign::OfficialChannel => crate::t!(t, "sign-official-channel"),
        Sign::NoLinkNeeded => crate::t!(t, "sign-no-link-needed"),
        Sign::NoSecrets => crate::t!(t, "sign-no-secrets"),
        Sign::MinimalScope => crate::t!(t, "sign-minimal-scope"),
        Sign::EqualChoice => crate::t!(t, "sign-equal-choice"),
        Sign::VerifiedContact => crate::t!(t, "sign-verified-contact"),
    }
}

/// What a sign of safety means, in one line.
pub fn sign_meaning(t: &Catalog, sign: Sign) -> String {
    match sign {
        Sign::Expected => crate::t!(t, "sign-meaning-expected"),
        Sign::OfficialChannel => crate::t!(t, "sign-meaning-official-channel"),
        Sign::NoLinkNeeded => crate::t!(t, "sign-meaning-no-link-needed"),
        Sign::NoSecrets => crate::t!(t, "sign-meaning-no-secrets"),
        Sign::MinimalScope => crate::t!(t, "sign-meaning-minimal-scope"),
        Sign::EqualChoice => crate::t!(t, "sign-meaning-equal-choice"),
        Sign::VerifiedContact => crate::t!(t, "sign-meaning-verified-contact"),
    }
}

/// A flag's or sign's name as packs write it (`lookalike-domain`), as the player reads it. A name
/// that is neither (a report of an older pack) is shown as written, made inert.
pub fn evidence_label(t: &Catalog, name: &str) -> String {
    if let Some(cue) = Cue::from_name(name) {
        cue_label(t, cue)
    } else if let Some(sign) = Sign::from_name(name) {
        sign_label(t, sign)
    } else {
        inert(name).into_owned()
    }
}

/// What people call a kind of field (a link's target: `Link goes to`).
fn field_kind(t: &Catalog, kind: FieldKind) -> String {
    match kind {
        FieldKind::FromName => crate::t!(t, "field-from-name"),
        FieldKind::From => crate::t!(t, "field-from"),
        FieldKind::ReplyTo => crate::t!(t, "field-reply-to"),
        FieldKind::To => crate::t!(t, "field-to"),
        FieldKind::Date => crate::t!(t, "field-date"),
        FieldKind::Subject => crate::t!(t, "field-subject"),
        FieldKind::Body => crate::t!(t, "field-body"),
        FieldKind::Link => crate::t!(t, "field-link"),
        FieldKind::Attachment => crate::t!(t, "field-attachment"),
        FieldKind::Platform => crate::t!(t, "field-platform"),
        FieldKind::Author => crate::t!(t, "field-author"),
        FieldKind::Handle => crate::t!(t, "field-handle"),
        FieldKind::Posted => crate::t!(t, "field-posted"),
        FieldKind::Text => crate::t!(t, "field-text"),
        FieldKind::Image => crate::t!(t, "field-image"),
        FieldKind::Reactions => crate::t!(t, "field-reactions"),
        FieldKind::Reply => crate::t!(t, "field-reply"),
        FieldKind::Line => crate::t!(t, "field-line"),
        FieldKind::Sender => crate::t!(t, "field-sender"),
        FieldKind::Received => crate::t!(t, "field-received"),
        FieldKind::Site => crate::t!(t, "field-site"),
        FieldKind::Heading => crate::t!(t, "field-heading"),
        FieldKind::Checkbox => crate::t!(t, "field-checkbox"),
        FieldKind::Button => crate::t!(t, "field-button"),
        FieldKind::App => crate::t!(t, "field-app"),
        FieldKind::Publisher => crate::t!(t, "field-publisher"),
        FieldKind::Scope => crate::t!(t, "field-scope"),
        FieldKind::Permission => crate::t!(t, "field-permission"),
        FieldKind::Context => crate::t!(t, "field-context"),
        FieldKind::Url => crate::t!(t, "field-url"),
        FieldKind::Title => crate::t!(t, "field-title"),
        FieldKind::Field => crate::t!(t, "field-field"),
        FieldKind::Caller => crate::t!(t, "field-caller"),
        FieldKind::Number => crate::t!(t, "field-number"),
        FieldKind::Claims => crate::t!(t, "field-claims"),
        FieldKind::Callback => crate::t!(t, "field-callback"),
        FieldKind::Repeats => crate::t!(t, "field-repeats"),
        FieldKind::Details => crate::t!(t, "field-details"),
    }
}

fn part(t: &Catalog, part: Part) -> String {
    match part {
        Part::Text => crate::t!(t, "field-part-text"),
        Part::Author => crate::t!(t, "field-part-author"),
        Part::Handle => crate::t!(t, "field-part-handle"),
        Part::Value => crate::t!(t, "field-part-value"),
    }
}

/// A field as people call it: `link.2` → `Link 2 goes to`, `reply.1.text` → `Reply 1 text`.
pub fn field_label(t: &Catalog, path: FieldPath) -> String {
    // A link's text is what the reader sees of the link, so it is labelled as the link.
    let link_text = path.kind == FieldKind::Link && path.part == Some(Part::Text);
    let label = match (path.index.map(|i| i + 1), link_text) {
        (Some(n), false) if path.kind == FieldKind::Link => {
            crate::t!(t, "field-link-goes-to", n = n)
        }
        (Some(n), true) => crate::t!(t, "field-link-numbered", n = n),
        (None, true) => crate::t!(t, "field-link-text"),
        (Some(n), false) => crate::t!(t, "field-numbered", field = field_kind(t, path.kind), n = n),
        (None, false) => field_kind(t, path.kind),
    };
    match path.part.filter(|_| !link_text) {
        Some(p) => crate::t!(t, "field-with-part", field = label, part = part(t, p)),
        None => label,
    }
}

/// Where a flag or sign stands: its field's label, or the words as written when they name none.
pub fn anchor_label(t: &Catalog, anchor: &Anchor) -> String {
    match anchor {
        Anchor::Field(path) => field_label(t, *path),
        Anchor::Unknown(text) => text.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_and_sign_has_its_own_plain_label_and_a_one_line_meaning() {
        let t = Catalog::english();
        let mut labels: Vec<String> = Cue::ALL.iter().map(|c| cue_label(t, *c)).collect();
        labels.extend(Sign::ALL.iter().map(|s| sign_label(t, *s)));
        let meanings: Vec<String> = Cue::ALL
            .iter()
            .map(|c| cue_meaning(t, *c))
            .chain(Sign::ALL.iter().map(|s| sign_meaning(t, *s)))
            .collect();
        let ids: Vec<&str> = Cue::ALL
            .iter()
            .map(|c| c.name())
            .chain(Sign::ALL.iter().map(|s| s.name()))
            .collect();
        for (label, id) in labels.iter().zip(&ids) {
            assert!(
                label.starts_with(char::is_uppercase) && label.len() <= 36,
                "{id}: {label}"
            );
            assert!(
                !ids.iter().any(|i| label.to_lowercase().contains(i)),
                "{id} is worded, not its id: {label}"
            );
        }
        for meaning in &meanings {
            assert!(
                meaning.ends_with('.') && !meaning.contains('\n'),
                "{meaning}"
            );
        }
        let mut unique = labels.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), labels.len(), "no two share a label");
    }

    #[test]
    fn the_issue_s_examples_read_as_asked() {
        assert_eq!(
            evidence_label(Catalog::english(), "credential-request"),
            "Asks for a password or code"
        );
        assert_eq!(
            evidence_label(Catalog::english(), "lookalike-domain"),
            "Look-alike address"
        );
        assert_eq!(
            evidence_label(Catalog::english(), "out-of-context-permission"),
            "Asks for access it doesn't need now"
        );
        assert_eq!(
            evidence_label(Catalog::english(), "equal-choice"),
            "Saying no is as easy as yes"
        );
        assert_eq!(evidence_label(Catalog::english(), "gone\u{1b}"), "gone^[");
    }

    #[test]
    fn labels_name_fields_for_people() {
        let label = |s: &str| field_label(Catalog::english(), s.parse::<FieldPath>().expect(s));
        assert_eq!(label("link.2"), "Link 2 goes to");
        assert_eq!(label("link.2.text"), "Link 2");
        assert_eq!(label("link"), "Link goes to");
        assert_eq!(label("link.text"), "Link");
        assert_eq!(label("reply.1.text"), "Reply 1 text");
        assert_eq!(label("field.3.value"), "Form field 3 value");
        assert_eq!(label("from"), "From address");
        assert_eq!(label("scope.2"), "Wants to 2");
    }

    #[test]
    fn an_anchor_is_its_field_s_label_or_the_words_as_written() {
        let t = Catalog::english();
        assert_eq!(anchor_label(t, &Anchor::from("lnik.1")), "lnik.1");
        assert_eq!(anchor_label(t, &Anchor::from("link.1")), "Link 1 goes to");
    }
}
