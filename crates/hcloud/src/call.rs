//! Per-call limits: attempt timeout, whole-call deadline and cancellation.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use crate::error::{Error, codes};

/// Options every operation takes.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// Per HTTP attempt; the client's `timeout` when unset.
    pub timeout: Option<Duration>,
    /// For the whole call, retries and waits included.
    pub deadline: Option<Duration>,
    /// Cancels the call: in-flight requests are dropped (their connections closed) and sleeps end.
    pub cancel: Option<CancellationToken>,
}

/// A running call's limits, made once at its start.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub timeout: Duration,
    pub deadline: Option<Instant>,
    /// None when the caller passed no token: nothing can cancel the call, so nothing is polled.
    pub cancel: Option<CancellationToken>,
}

impl Call {
    pub fn new(opts: &CallOptions, default_timeout: Duration) -> Self {
        Call {
            timeout: opts.timeout.unwrap_or(default_timeout),
            deadline: opts.deadline.map(|d| Instant::now() + d),
            cancel: opts.cancel.clone(),
        }
    }

    /// Runs `fut` unless the call is cancelled or its deadline passes first.
    pub async fn guard<F: Future>(&self, fut: F) -> Result<F::Output, Error> {
        // The common case (no AbortSignal, no deadline) costs nothing per poll: no token to
        // register with, no timer.
        if self.cancel.is_none() && self.deadline.is_none() {
            return Ok(fut.await);
        }
        let cancelled = async {
            match &self.cancel {
                Some(token) => token.cancelled().await,
                None => std::future::pending().await,
            }
        };
        let deadline = async {
            match self.deadline {
                Some(at) => tokio::time::sleep_until(at).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            biased;
            _ = cancelled => Err(Error::new(codes::ABORTED, "the call was aborted")),
            _ = deadline => Err(Error::new(codes::DEADLINE_EXCEEDED, "the call's deadline passed")),
            out = fut => Ok(out),
        }
    }

    pub async fn sleep(&self, d: Duration) -> Result<(), Error> {
        self.guard(tokio::time::sleep(d)).await
    }

    /// Time left until the deadline, if there is one.
    pub fn remaining(&self) -> Option<Duration> {
        self.deadline.map(|at| at.saturating_duration_since(Instant::now()))
    }

    /// The attempt timeout, shortened so that it never outlives the deadline.
    pub fn attempt_timeout(&self) -> Duration {
        match self.deadline {
            Some(at) => self.timeout.min(at.saturating_duration_since(Instant::now())).max(Duration::from_millis(1)),
            None => self.timeout,
        }
    }
}
