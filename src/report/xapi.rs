//! xAPI 1.0.3 statements, for a learning record store: answered for each answer, passed or failed
//! for each training module attempt, completed for each other round and for the whole path.
//!
//! Statements are typed values that borrow from the report, written straight to the output one
//! round at a time: a history of ten thousand rounds is about a million JSON objects, which as
//! `serde_json::Value`s took gigabytes. Fields are declared in alphabetical order, the order the
//! statements have always been written in.

use std::cell::RefCell;

use serde::Serialize;
use serde::ser::{Error as _, SerializeSeq, Serializer};
use serde_json::Value;

use super::record::Report;
use crate::progress::{AnswerRecord, HistoryRound};
use crate::training::EXAM_ID;

/// Activity ids live under a reserved domain: they name things, they are never fetched.
pub const BASE: &str = "https://redflag.example/xapi";
const VERB: &str = "http://adlnet.gov/expapi/verbs";
const HOME: &str = "https://redflag.example";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
/// The most one answer can score (hard item plus the largest streak bonus).
pub const MAX_POINTS: u32 = 50;

/// ISO 8601 duration in seconds, e.g. `PT12.5S`.
pub fn duration(seconds: f64) -> String {
    let hundredths = (seconds.max(0.0) * 100.0).round() / 100.0;
    format!("PT{hundredths}S")
}

/// A name-based UUID (version 8 layout) so that exporting twice gives the same statement ids,
/// which lets a record store recognise statements it already holds.
pub fn statement_id(parts: &[&str]) -> String {
    let hash = |seed: u64| {
        parts
            .iter()
            .flat_map(|p| p.bytes().chain([0]))
            .fold(seed, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            })
    };
    let (a, b) = (hash(0xcbf2_9ce4_8422_2325), hash(0x8422_2325_cbf2_9ce4));
    let a = (a & !0xf000) | 0x8000; // version 8
    let b = (b & !(0b11 << 62)) | (0b10 << 62); // RFC 9562 variant
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

/// A language map with its one language.
#[derive(Serialize)]
struct English<'a> {
    #[serde(rename = "en-US")]
    en_us: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Account<'a> {
    home_page: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Agent<'a> {
    account: Account<'a>,
    name: &'a str,
    object_type: &'static str,
}

#[derive(Serialize)]
struct Verb {
    display: English<'static>,
    id: String,
}

#[derive(Serialize)]
struct Choice {
    description: English<'static>,
    id: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Definition<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    choices: Option<[Choice; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    correct_responses_pattern: Option<[&'static str; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<English<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interaction_type: Option<&'static str>,
    name: English<'a>,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Activity<'a> {
    definition: Definition<'a>,
    id: String,
    object_type: &'static str,
}

#[derive(Serialize)]
struct Score {
    max: u32,
    min: u32,
    raw: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    scaled: Option<f64>,
}

#[derive(Serialize)]
struct Outcome {
    #[serde(skip_serializing_if = "Option::is_none")]
    completion: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    duration: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<Score>,
    success: bool,
}

#[derive(Serialize)]
struct Parents<'a> {
    parent: [&'a Activity<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Context<'a> {
    context_activities: Parents<'a>,
}

/// One xAPI statement.
#[derive(Serialize)]
struct Statement<'a> {
    actor: Agent<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<Context<'a>>,
    id: String,
    object: Activity<'a>,
    result: Outcome,
    timestamp: String,
    verb: Verb,
}

fn actor(report: &Report) -> Agent<'_> {
    Agent {
        account: Account {
            home_page: HOME,
            name: &report.profile,
        },
        name: &report.profile,
        object_type: "Agent",
    }
}

fn verb(id: &'static str) -> Verb {
    Verb {
        display: English { en_us: id },
        id: format!("{VERB}/{id}"),
    }
}

fn activity<'a>(kind: &str, id: &str, name: &'a str) -> Activity<'a> {
    Activity {
        definition: Definition {
            choices: None,
            correct_responses_pattern: None,
            description: None,
            interaction_type: None,
            name: English { en_us: name },
            kind: ASSESSMENT,
        },
        id: format!("{BASE}/{kind}/{id}"),
        object_type: "Activity",
    }
}

fn answered<'a>(
    report: &'a Report,
    a: &'a AnswerRecord,
    description: &'a str,
    parent: Option<&'a Activity<'a>>,
) -> Statement<'a> {
    let mut object = activity("scenarios", &a.scenario, &a.scenario);
    let choice = |id| Choice {
        description: English { en_us: id },
        id,
    };
    object.definition = Definition {
        choices: Some([choice("safe"), choice("dangerous")]),
        correct_responses_pattern: Some([a.verdict.name()]),
        description: Some(English { en_us: description }),
        interaction_type: Some("choice"),
        name: English { en_us: &a.scenario },
        kind: INTERACTION,
    };
    let timestamp = a.at.to_rfc3339();
    Statement {
        actor: actor(report),
        context: parent.map(|parent| Context {
            context_activities: Parents { parent: [parent] },
        }),
        id: statement_id(&[&report.profile, "answered", &a.scenario, &timestamp]),
        object,
        result: Outcome {
            completion: None,
            duration: Some(duration(a.seconds)),
            response: Some(a.given.name()),
            score: Some(Score {
                max: MAX_POINTS,
                min: 0,
                raw: a.points.min(MAX_POINTS),
                scaled: None,
            }),
            success: a.correct(),
        },
        timestamp,
        verb: verb("answered"),
    }
}

/// What an answer's activity says of its scenario: theme, channel and verdict.
fn describe(a: &AnswerRecord) -> String {
    format!(
        "{} {} ({})",
        a.theme.name(),
        a.channel.name(),
        a.verdict.name()
    )
}

/// The activity a round's statements belong to: its module, or its kind of round.
fn round_activity<'a>(round: &HistoryRound, name: &'a str) -> Activity<'a> {
    match round.summary.mode.module() {
        Some(id) => activity("modules", id, name),
        None => activity("rounds", round.summary.mode.name(), name),
    }
}

fn round_name(round: &HistoryRound) -> String {
    match round.summary.mode.module() {
        Some(id) if id == EXAM_ID => "Final exam".to_string(),
        Some(id) => id.to_string(),
        None => format!("{} round", round.summary.mode.name()),
    }
}

fn closing<'a>(report: &'a Report, round: &HistoryRound, object: Activity<'a>) -> Statement<'a> {
    let s = &round.summary;
    let percent = (s.correct * 100).checked_div(s.answered).unwrap_or(0);
    let (verb_id, success) = match s.mode.module() {
        Some(_) if percent >= u32::from(report.pass_mark) => ("passed", true),
        Some(_) => ("failed", false),
        None => ("completed", s.correct == s.answered),
    };
    Statement {
        actor: actor(report),
        context: None,
        id: statement_id(&[&report.profile, verb_id, &s.started.to_rfc3339()]),
        object,
        result: Outcome {
            completion: Some(true),
            duration: Some(duration(s.seconds)),
            response: None,
            score: Some(Score {
                max: 100,
                min: 0,
                raw: percent,
                scaled: Some(f64::from(percent) / 100.0),
            }),
            success,
        },
        timestamp: s.finished.to_rfc3339(),
        verb: verb(verb_id),
    }
}

fn path_completed(report: &Report) -> Option<Statement<'_>> {
    if !report.path_complete {
        return None;
    }
    let last = report.modules.iter().filter_map(|m| m.passed_at).max()?;
    Some(Statement {
        actor: actor(report),
        context: None,
        id: statement_id(&[&report.profile, "completed", "path"]),
        object: activity("paths", "training-path", "redflag training path"),
        result: Outcome {
            completion: Some(true),
            duration: None,
            response: None,
            score: None,
            success: true,
        },
        timestamp: last.to_rfc3339(),
        verb: verb("completed"),
    })
}

/// Every statement of a report, in time order, as a JSON array: each answer of each finished
/// round taken from `rounds`, then the round's closing; then the answers of a round not yet
/// finished, and the finished path. The rounds are read as the array is written, so only one
/// is ever held.
struct Statements<'a, I> {
    report: &'a Report,
    rounds: RefCell<Option<I>>,
}

impl<I: Iterator<Item = HistoryRound>> Serialize for Statements<'_, I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.report;
        let rounds = self
            .rounds
            .borrow_mut()
            .take()
            .ok_or_else(|| S::Error::custom("the statements are written once"))?;
        let mut seq = serializer.serialize_seq(None)?;
        for round in rounds {
            let name = round_name(&round);
            let parent = round_activity(&round, &name);
            for a in &round.answers {
                let description = describe(a);
                seq.serialize_element(&answered(report, a, &description, Some(&parent)))?;
            }
            seq.serialize_element(&closing(report, &round, round_activity(&round, &name)))?;
        }
        for a in &report.unfinished {
            let description = describe(a);
            seq.serialize_element(&answered(report, a, &description, None))?;
        }
        if let Some(path) = path_completed(report) {
            seq.serialize_element(&path)?;
        }
        seq.end()
    }
}

/// Writes the statements, pretty-printed, with the finished rounds taken from `rounds` one at a
/// time rather than from `report.rounds`: ten thousand rounds are written in the memory of one.
pub fn write_statements(
    out: impl std::io::Write,
    report: &Report,
    rounds: impl Iterator<Item = HistoryRound>,
) -> serde_json::Result<()> {
    let statements = Statements {
        report,
        rounds: RefCell::new(Some(rounds)),
    };
    serde_json::to_writer_pretty(out, &statements)
}

/// Every statement of the report (its rounds included), in time order.
pub fn statements(report: &Report) -> Vec<Value> {
    let all = Statements {
        report,
        rounds: RefCell::new(Some(report.rounds.iter().cloned())),
    };
    match serde_json::to_value(&all) {
        Ok(Value::Array(statements)) => statements,
        _ => Vec::new(),
    }
}

#[cfg(test)]
#[path = "xapi_tests.rs"]
mod tests;
