//! Who is connected to the server: each connection's address, since when, how it signed in and
//! as which profile. The server admits connections through it (the limits on sessions in total
//! and per address, and on failed sign-ins per address); a trainer's view or a load test reads it
//! with [`Registry::snapshot`].

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

/// A connection's number, unique for the life of the server.
pub type ConnectionId = u64;

/// How a connection proved who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    /// A key from the authorized keys; its SHA-256 fingerprint (`SHA256:...`).
    Key { fingerprint: String },
    /// The team code; the profile is the name the person gives.
    TeamCode,
    /// A trainer's key (`--trainer-keys`): the live view of the team, never a game.
    Trainer { fingerprint: String },
}

/// One connection as the registry knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub id: ConnectionId,
    pub address: IpAddr,
    pub since: DateTime<Utc>,
    /// None until signed in.
    pub sign_in: Option<SignIn>,
    /// The profile played, once the game has opened it.
    pub profile: Option<String>,
}

/// Why a connection was turned away before its handshake.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// As many connections as the server allows.
    Full,
    /// As many connections from this address as the server allows.
    AddressFull,
    /// Too many failed sign-ins from this address lately.
    AddressCoolingDown,
}

/// The limits the registry enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdmissionLimits {
    pub sessions: usize,
    pub sessions_per_address: usize,
    /// Failed sign-ins an address may make within `failure_window` before it must wait.
    pub failures_per_address: usize,
    pub failure_window: Duration,
}

/// The connections of one server; cheap to clone, shared by every connection's task.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    inner: Arc<Mutex<Inner>>,
}

#[derive(Debug, Default)]
struct Inner {
    next_id: ConnectionId,
    connections: BTreeMap<ConnectionId, Connection>,
    failures: HashMap<IpAddr, VecDeque<Instant>>,
}

impl Registry {
    pub fn new() -> Self {
        Registry::default()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic elsewhere while holding the lock leaves plain data, still good to read.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Admits a connection from `address`, or says why not. The connection stays in the registry
    /// until the returned [`Admission`] is dropped.
    pub fn admit(
        &self,
        address: IpAddr,
        since: DateTime<Utc>,
        now: Instant,
        limits: &AdmissionLimits,
    ) -> Result<Admission, Refusal> {
        let mut inner = self.lock();
        if inner.recent_failures(address, now, limits.failure_window) >= limits.failures_per_address
        {
            return Err(Refusal::AddressCoolingDown);
        }
        if inner.connections.len() >= limits.sessions {
            return Err(Refusal::Full);
        }
        let from_address = inner
            .connections
            .values()
            .filter(|c| c.address == address)
            .count();
        if from_address >= limits.sessions_per_address {
            return Err(Refusal::AddressFull);
        }
        let id = inner.next_id;
        inner.next_id += 1;
        inner.connections.insert(
            id,
            Connection {
                id,
                address,
                since,
                sign_in: None,
                profile: None,
            },
        );
        Ok(Admission {
            registry: self.clone(),
            id,
        })
    }

    /// Counts a failed sign-in from `address` (see [`AdmissionLimits::failures_per_address`]).
    pub fn record_failure(&self, address: IpAddr, now: Instant) {
        self.lock()
            .failures
            .entry(address)
            .or_default()
            .push_back(now);
    }

    /// Every connection now, oldest first.
    pub fn snapshot(&self) -> Vec<Connection> {
        self.lock().connections.values().cloned().collect()
    }

    /// How many connections are open.
    pub fn len(&self) -> usize {
        self.lock().connections.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The connection playing `profile` (compared as profile folders are: case and spaces aside).
    pub fn playing(&self, profile: &str) -> Option<Connection> {
        let wanted = same_person_key(profile);
        self.lock()
            .connections
            .values()
            .find(|c| c.profile.as_deref().map(same_person_key) == Some(wanted.clone()))
            .cloned()
    }

    fn update(&self, id: ConnectionId, change: impl FnOnce(&mut Connection)) {
        if let Some(connection) = self.lock().connections.get_mut(&id) {
            change(connection);
        }
    }
}

fn same_person_key(profile: &str) -> String {
    crate::progress::data_dir::folder_name(profile).unwrap_or_else(|_| profile.to_string())
}

impl Inner {
    /// Failed sign-ins from `address` within `window`, forgetting older ones.
    fn recent_failures(&mut self, address: IpAddr, now: Instant, window: Duration) -> usize {
        let Some(times) = self.failures.get_mut(&address) else {
            return 0;
        };
        while times
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= window)
        {
            times.pop_front();
        }
        let count = times.len();
        if count == 0 {
            self.failures.remove(&address);
        }
        count
    }
}

/// A connection admitted to the registry; dropping it removes the connection.
#[derive(Debug)]
pub struct Admission {
    registry: Registry,
    id: ConnectionId,
}

impl Admission {
    pub fn id(&self) -> ConnectionId {
        self.id
    }

    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    pub fn signed_in(&self, sign_in: SignIn) {
        self.registry.update(self.id, |c| c.sign_in = Some(sign_in));
    }

    pub fn playing_as(&self, profile: &str) {
        self.registry
            .update(self.id, |c| c.profile = Some(profile.to_string()));
    }

    /// How this connection signed in, if it has.
    pub fn sign_in(&self) -> Option<SignIn> {
        self.registry
            .lock()
            .connections
            .get(&self.id)
            .and_then(|c| c.sign_in.clone())
    }
}

impl Drop for Admission {
    fn drop(&mut self) {
        self.registry.lock().connections.remove(&self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: AdmissionLimits = AdmissionLimits {
        sessions: 3,
        sessions_per_address: 2,
        failures_per_address: 2,
        failure_window: Duration::from_secs(60),
    };

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([127, 0, 0, last])
    }

    #[test]
    fn connections_are_limited_in_total_and_per_address_and_leave_when_dropped() {
        let registry = Registry::new();
        let now = Instant::now();
        let admit = |last| registry.admit(ip(last), Utc::now(), now, &LIMITS);
        let a1 = admit(1).expect("first");
        let a2 = admit(1).expect("second from the same address");
        assert_eq!(admit(1).err(), Some(Refusal::AddressFull));
        let b1 = admit(2).expect("another address");
        assert_eq!(admit(3).err(), Some(Refusal::Full));
        assert_ne!(a1.id(), a2.id());
        drop(a2);
        assert_eq!(registry.len(), 2);
        let a3 = admit(1).expect("room again once one left");
        assert_eq!(
            registry.snapshot().iter().map(|c| c.id).collect::<Vec<_>>(),
            [a1.id(), b1.id(), a3.id()],
            "oldest first"
        );
    }

    #[test]
    fn sign_in_and_profile_are_recorded_and_found_by_profile_name() {
        let registry = Registry::new();
        let admission = registry
            .admit(ip(1), Utc::now(), Instant::now(), &LIMITS)
            .expect("admitted");
        assert_eq!(registry.snapshot()[0].sign_in, None);
        admission.signed_in(SignIn::TeamCode);
        admission.playing_as("Robin Hill");
        let seen = registry.playing("robin hill").expect("found case aside");
        assert_eq!(
            (seen.id, seen.sign_in, seen.address),
            (admission.id(), Some(SignIn::TeamCode), ip(1))
        );
        assert!(registry.playing("Robin").is_none());
        drop(admission);
        assert!(registry.playing("Robin Hill").is_none());
        assert!(registry.is_empty());
    }

    #[test]
    fn an_address_with_too_many_failed_sign_ins_waits_out_the_window() {
        let registry = Registry::new();
        let start = Instant::now();
        registry.record_failure(ip(1), start);
        registry.record_failure(ip(1), start + Duration::from_secs(10));
        let at = |secs| start + Duration::from_secs(secs);
        assert_eq!(
            registry.admit(ip(1), Utc::now(), at(20), &LIMITS).err(),
            Some(Refusal::AddressCoolingDown)
        );
        assert!(
            registry.admit(ip(2), Utc::now(), at(20), &LIMITS).is_ok(),
            "only that address waits"
        );
        assert!(
            registry.admit(ip(1), Utc::now(), at(60), &LIMITS).is_ok(),
            "the first failure has aged out"
        );
    }
}
