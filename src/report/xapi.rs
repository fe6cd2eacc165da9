//! xAPI 1.0.3 statements, for a learning record store: answered for each answer, passed or failed
//! for each training module attempt, completed for each other round and for the whole path.

use serde_json::{Value, json};

use super::record::Report;
use crate::progress::{AnswerRecord, HistoryRound};
use crate::training::EXAM_ID;

/// Activity ids live under a reserved domain: they name things, they are never fetched.
pub const BASE: &str = "https://redflag.example/xapi";
const VERB: &str = "http://adlnet.gov/expapi/verbs";
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

fn actor(report: &Report) -> Value {
    json!({ "objectType": "Agent", "name": report.profile, "account": { "homePage": "https://redflag.example", "name": report.profile } })
}

fn verb(id: &str) -> Value {
    json!({ "id": format!("{VERB}/{id}"), "display": { "en-US": id } })
}

fn activity(kind: &str, id: &str, name: &str, description: Option<&str>) -> Value {
    let mut definition = json!({ "name": { "en-US": name }, "type": "http://adlnet.gov/expapi/activities/assessment" });
    if let Some(d) = description {
        definition["description"] = json!({ "en-US": d });
    }
    json!({ "objectType": "Activity", "id": format!("{BASE}/{kind}/{id}"), "definition": definition })
}

fn answered(report: &Report, a: &AnswerRecord, parent: Option<Value>) -> Value {
    let mut object = activity(
        "scenarios",
        &a.scenario,
        &a.scenario,
        Some(&format!(
            "{} {} ({})",
            a.theme.name(),
            a.channel.name(),
            a.verdict.name()
        )),
    );
    object["definition"]["type"] = json!("http://adlnet.gov/expapi/activities/cmi.interaction");
    object["definition"]["interactionType"] = json!("choice");
    object["definition"]["correctResponsesPattern"] = json!([a.verdict.name()]);
    object["definition"]["choices"] = json!([
        { "id": "safe", "description": { "en-US": "safe" } },
        { "id": "dangerous", "description": { "en-US": "dangerous" } }
    ]);
    let timestamp = a.at.to_rfc3339();
    let mut statement = json!({
        "id": statement_id(&[&report.profile, "answered", &a.scenario, &timestamp]),
        "actor": actor(report),
        "verb": verb("answered"),
        "object": object,
        "result": {
            "success": a.correct(),
            "response": a.given.name(),
            "score": { "raw": a.points.min(MAX_POINTS), "min": 0, "max": MAX_POINTS },
            "duration": duration(a.seconds)
        },
        "timestamp": timestamp
    });
    if let Some(parent) = parent {
        statement["context"] = json!({ "contextActivities": { "parent": [parent] } });
    }
    statement
}

fn round_activity(round: &HistoryRound) -> Value {
    match round.summary.mode.module() {
        Some(id) if id == EXAM_ID => activity("modules", id, "Final exam", None),
        Some(id) => activity("modules", id, id, None),
        None => activity(
            "rounds",
            round.summary.mode.name(),
            &format!("{} round", round.summary.mode.name()),
            None,
        ),
    }
}

fn closing(report: &Report, round: &HistoryRound) -> Value {
    let s = &round.summary;
    let percent = (s.correct * 100).checked_div(s.answered).unwrap_or(0);
    let (verb_id, success) = match s.mode.module() {
        Some(_) if percent >= u32::from(report.pass_mark) => ("passed", true),
        Some(_) => ("failed", false),
        None => ("completed", s.correct == s.answered),
    };
    let timestamp = s.finished.to_rfc3339();
    json!({
        "id": statement_id(&[&report.profile, verb_id, &s.started.to_rfc3339()]),
        "actor": actor(report),
        "verb": verb(verb_id),
        "object": round_activity(round),
        "result": {
            "success": success,
            "completion": true,
            "score": { "scaled": f64::from(percent) / 100.0, "raw": percent, "min": 0, "max": 100 },
            "duration": duration(s.seconds)
        },
        "timestamp": timestamp
    })
}

/// Every statement of the report, in time order.
pub fn statements(report: &Report) -> Vec<Value> {
    let mut out = Vec::new();
    for round in &report.rounds {
        let parent = round_activity(round);
        out.extend(
            round
                .answers
                .iter()
                .map(|a| answered(report, a, Some(parent.clone()))),
        );
        out.push(closing(report, round));
    }
    out.extend(report.unfinished.iter().map(|a| answered(report, a, None)));
    if report.path_complete
        && let Some(last) = report.modules.iter().filter_map(|m| m.passed_at).max()
    {
        out.push(json!({
            "id": statement_id(&[&report.profile, "completed", "path"]),
            "actor": actor(report),
            "verb": verb("completed"),
            "object": activity("paths", "training-path", "redflag training path", None),
            "result": { "success": true, "completion": true },
            "timestamp": last.to_rfc3339()
        }));
    }
    out
}
