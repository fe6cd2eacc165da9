//! Red flags and signs of safety in the player's words: a short label for each, and a one-line
//! meaning. Packs, saves, CSV, JSON and xAPI keep the kebab-case ids (`credential-request`);
//! everything a player reads says it this way.

use std::borrow::Cow;

use crate::content::{Cue, Sign};
use crate::inert::inert;

/// What a red flag is called on screen.
pub fn cue_label(cue: Cue) -> &'static str {
    match cue {
        Cue::Urgency => "Pressure to act now",
        Cue::Impersonation => "Pretends to be someone you trust",
        Cue::SenderMismatch => "Sender doesn't match",
        Cue::LookalikeDomain => "Look-alike address",
        Cue::CredentialRequest => "Asks for a password or code",
        Cue::PaymentChange => "Changes how money is paid",
        Cue::RiskyAttachment => "Risky attachment",
        Cue::WrongChannel => "Comes through the wrong channel",
        Cue::Lure => "Too good to be true",
        Cue::ExcessiveScope => "Asks for more access than needed",
        Cue::HiddenLink => "Hides where a link goes",
        Cue::Secrecy => "Asks you to keep it quiet",
        Cue::DataRequest => "Asks for customer data",
        Cue::Inconsistency => "Details don't add up",
        Cue::DeceptiveDesign => "Pushes you into saying yes",
        Cue::OutOfContextPermission => "Asks for access it doesn't need now",
    }
}

/// What a red flag means, in one line.
pub fn cue_meaning(cue: Cue) -> &'static str {
    match cue {
        Cue::Urgency => "A deadline or a threat of loss, there to stop you checking first.",
        Cue::Impersonation => {
            "It claims to be a platform, a legal team, a boss, a vendor or a support desk."
        }
        Cue::SenderMismatch => {
            "Free mail or an unrelated address, the brand only in front of someone else's domain, or replies going elsewhere."
        }
        Cue::LookalikeDomain => {
            "An address one letter off, with an extra word or hyphen, another ending, or letters from another alphabet."
        }
        Cue::CredentialRequest => {
            "It wants a password, a one-time or recovery code, or you to log in \"to verify\"."
        }
        Cue::PaymentChange => {
            "New bank details, gift cards, crypto, or a fee to recover or renew something."
        }
        Cue::RiskyAttachment => {
            "An archive, a double file ending, macros to switch on, a web page or a program where a document was expected."
        }
        Cue::WrongChannel => {
            "Account or policy matters raised by chat, text or a private call instead of the official notice area."
        }
        Cue::Lure => {
            "A badge, a sponsorship, a big contract, a dream job, a free tool or a prize as bait."
        }
        Cue::ExcessiveScope => {
            "An app wants more than the task needs, or nobody has checked who published it."
        }
        Cue::HiddenLink => "A QR code or a shortened link hides where it really goes.",
        Cue::Secrecy => "\"Don't call\", \"skip the approval\", \"keep this between us\".",
        Cue::DataRequest => {
            "Customer lists, exports or personal data asked for by someone unverified, or to a personal address."
        }
        Cue::Inconsistency => {
            "A generic greeting, an odd tone, names or numbers that don't match, mistakes."
        }
        Cue::DeceptiveDesign => {
            "Boxes already ticked, consent bundled together, guilt-trip wording, a hidden or harder \"no\"."
        }
        Cue::OutOfContextPermission => {
            "The microphone, contacts or location asked for at launch or for something unrelated."
        }
    }
}

/// What a sign of safety is called on screen.
pub fn sign_label(sign: Sign) -> &'static str {
    match sign {
        Sign::Expected => "You started it",
        Sign::OfficialChannel => "Can be checked at the source",
        Sign::NoLinkNeeded => "No link needed",
        Sign::NoSecrets => "Asks for no secrets",
        Sign::MinimalScope => "Asks only for what it needs",
        Sign::EqualChoice => "Saying no is as easy as yes",
        Sign::VerifiedContact => "Confirmed another way",
    }
}

/// What a sign of safety means, in one line.
pub fn sign_meaning(sign: Sign) -> &'static str {
    match sign {
        Sign::Expected => {
            "You triggered it yourself: a log-in, a reset or an invite you just made."
        }
        Sign::OfficialChannel => {
            "You can confirm it on its own, for example in the platform's notification centre."
        }
        Sign::NoLinkNeeded => "It tells you to open the app or the site yourself.",
        Sign::NoSecrets => "It never asks for a password, a code or a card.",
        Sign::MinimalScope => "It asks only for what the task needs, and access can be taken back.",
        Sign::EqualChoice => {
            "Refusing is as easy as accepting, boxes start unticked, and changing your mind is easy."
        }
        Sign::VerifiedContact => "Confirmed through a separate channel you already had.",
    }
}

/// A flag's or sign's name as packs write it (`lookalike-domain`), as the player reads it. A name
/// that is neither (a report of an older pack) is shown as written, made inert.
pub fn evidence_label(name: &str) -> Cow<'_, str> {
    if let Some(cue) = Cue::from_name(name) {
        Cow::Borrowed(cue_label(cue))
    } else if let Some(sign) = Sign::from_name(name) {
        Cow::Borrowed(sign_label(sign))
    } else {
        inert(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_and_sign_has_its_own_plain_label_and_a_one_line_meaning() {
        let mut labels: Vec<&str> = Cue::ALL.iter().map(|c| cue_label(*c)).collect();
        labels.extend(Sign::ALL.iter().map(|s| sign_label(*s)));
        let meanings: Vec<&str> = Cue::ALL
            .iter()
            .map(|c| cue_meaning(*c))
            .chain(Sign::ALL.iter().map(|s| sign_meaning(*s)))
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
            evidence_label("credential-request"),
            "Asks for a password or code"
        );
        assert_eq!(evidence_label("lookalike-domain"), "Look-alike address");
        assert_eq!(
            evidence_label("out-of-context-permission"),
            "Asks for access it doesn't need now"
        );
        assert_eq!(
            evidence_label("equal-choice"),
            "Saying no is as easy as yes"
        );
        assert_eq!(evidence_label("gone\u{1b}"), "gone^[");
    }
}
