//! `HetznerEmulator`: the project's Hetzner Cloud API emulator, started inside the host process.

use std::sync::Arc;

use hcloud_emulator::{Config, Emulator, Fault, RateLimitConfig};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use tokio::sync::Mutex;

/// Settings of `HetznerEmulator.start`.
#[napi(object)]
pub struct EmulatorOptions {
    /// TCP port on 127.0.0.1; 0 (default) picks a free one.
    pub port: Option<u32>,
    /// Accept only this Bearer token (default: any non-empty token).
    pub token: Option<String>,
    /// How long an action runs, in emulated milliseconds (default 500).
    pub action_duration_ms: Option<f64>,
    /// Emulated time runs this many times faster than real time (default 1).
    pub time_scale: Option<f64>,
    /// The request budget per token; `false` turns it off (default 3600 with a refill of 1/s).
    #[napi(ts_type = "{ limit: number, refillPerSecond: number } | false")]
    pub rate_limit: Option<serde_json::Value>,
    /// Seeds probabilistic faults, passwords and addresses (default 0).
    pub seed: Option<f64>,
    /// Print one line per request to stdout (default false).
    pub log_requests: Option<bool>,
}

/// A fault to inject into the next matching requests.
#[allow(dead_code)] // declares the TypeScript shape; `inject` reads the JSON
#[napi(object)]
pub struct FaultSpec {
    /// HTTP method to match (default: any).
    pub method: Option<String>,
    /// Path pattern including `/v1`: `*` matches one segment, `**` the rest.
    pub path: String,
    /// Apply to the next N matches (default 1 unless `probability` is set).
    pub times: Option<u32>,
    /// Apply with this probability (deterministic under the seed).
    pub probability: Option<f64>,
    #[napi(ts_type = "'status' | 'delay' | 'drop_before' | 'drop_after' | 'malformed' | 'truncated' | 'trickle'")]
    pub kind: String,
    /// For `status`: the HTTP status, error code, message, details and extra headers.
    pub status: Option<u32>,
    pub code: Option<String>,
    pub message: Option<String>,
    #[napi(ts_type = "Record<string, unknown>")]
    pub details: Option<serde_json::Value>,
    #[napi(ts_type = "Record<string, string>")]
    pub headers: Option<serde_json::Value>,
    /// For `delay`.
    pub ms: Option<f64>,
    /// For `trickle`.
    #[napi(js_name = "bytes_per_second")]
    pub bytes_per_second: Option<f64>,
}

/// One request the emulator served.
#[napi(object)]
pub struct LoggedRequest {
    pub method: String,
    pub path: String,
    pub query: String,
    pub status: u32,
    /// The fault applied, if any.
    pub fault: Option<String>,
    /// Real milliseconds since the emulator started.
    pub at_ms: f64,
    /// The API document's path template of the operation that answered (e.g.
    /// `/servers/{id}`); null when no operation did (an unknown path).
    pub operation: Option<String>,
}

/// A stateful Hetzner Cloud API on loopback, for tests and demos.
#[napi]
pub struct HetznerEmulator {
    inner: Arc<Mutex<Option<Emulator>>>,
    url: String,
}

fn err(e: impl std::fmt::Display) -> Error {
    Error::new(Status::GenericFailure, e.to_string())
}

impl HetznerEmulator {
    async fn with<T>(&self, f: impl FnOnce(&Emulator) -> T) -> Result<T> {
        match self.inner.lock().await.as_ref() {
            Some(emu) => Ok(f(emu)),
            None => Err(err("the emulator was stopped")),
        }
    }
}

#[napi]
impl HetznerEmulator {
    /// Starts an emulator on 127.0.0.1.
    #[napi]
    pub async fn start(options: Option<EmulatorOptions>) -> Result<HetznerEmulator> {
        let mut config = Config::default();
        if let Some(o) = options {
            if let Some(p) = o.port {
                config.port = u16::try_from(p).map_err(|_| err("port must be below 65536"))?;
            }
            config.token = o.token;
            if let Some(ms) = o.action_duration_ms {
                config.action_duration_ms = ms.max(0.0) as u64;
            }
            if let Some(s) = o.time_scale {
                if !(s.is_finite() && s > 0.0) {
                    return Err(err("timeScale must be a positive number"));
                }
                config.time_scale = s;
            }
            match o.rate_limit {
                None => {}
                Some(serde_json::Value::Bool(false)) => config.rate_limit = None,
                Some(v) => {
                    #[derive(serde::Deserialize)]
                    #[serde(rename_all = "camelCase")]
                    struct Rl {
                        limit: u32,
                        refill_per_second: f64,
                    }
                    let rl: Rl = serde_json::from_value(v).map_err(|e| err(format!("rateLimit: {e}")))?;
                    config.rate_limit =
                        Some(RateLimitConfig { limit: rl.limit, refill_per_second: rl.refill_per_second });
                }
            }
            if let Some(seed) = o.seed {
                config.seed = seed as u64;
            }
            config.log_requests = o.log_requests.unwrap_or(false);
        }
        let emu = Emulator::start(config).await.map_err(err)?;
        let url = emu.url();
        Ok(HetznerEmulator { inner: Arc::new(Mutex::new(Some(emu))), url })
    }

    /// Base URL to give `HetznerClient`, e.g. `http://127.0.0.1:PORT/v1`.
    #[napi(getter)]
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// Adds one fault or several.
    #[napi(ts_args_type = "fault: FaultSpec | Array<FaultSpec>")]
    pub async fn inject(&self, fault: serde_json::Value) -> Result<()> {
        let faults: Vec<Fault> = match fault {
            serde_json::Value::Array(list) => {
                list.into_iter().map(serde_json::from_value).collect::<std::result::Result<_, _>>()
            }
            one => serde_json::from_value(one).map(|f| vec![f]),
        }
        .map_err(|e| Error::new(Status::InvalidArg, format!("bad fault: {e}")))?;
        self.with(|emu| faults.into_iter().for_each(|f| emu.inject(f))).await
    }

    /// Removes all faults not yet used up.
    #[napi]
    pub async fn clear_faults(&self) -> Result<()> {
        self.with(|emu| emu.clear_faults()).await
    }

    /// Forgets all resources, faults, the request log and the rate-limit buckets.
    #[napi]
    pub async fn reset(&self) -> Result<()> {
        self.with(|emu| emu.reset()).await
    }

    /// Makes the next created resources and actions take ids from `id` on.
    #[napi]
    pub async fn set_next_id(&self, id: f64) -> Result<()> {
        self.with(|emu| emu.set_next_id(id as i64)).await
    }

    /// Makes the next `times` actions with this command end in `error`.
    #[napi]
    pub async fn fail_next_actions(&self, command: String, times: u32, code: String, message: String) -> Result<()> {
        self.with(|emu| emu.fail_next_actions(&command, times, &code, &message)).await
    }

    /// The requests served so far, oldest first (control requests excluded).
    #[napi]
    pub async fn requests(&self) -> Result<Vec<LoggedRequest>> {
        let log = self.with(|emu| emu.requests()).await?;
        Ok(log
            .into_iter()
            .map(|r| LoggedRequest {
                method: r.method,
                path: r.path,
                query: r.query,
                status: r.status as u32,
                fault: r.fault,
                operation: r.operation,
                at_ms: r.at_ms as f64,
            })
            .collect())
    }

    /// Writes the request log, with every response body, as JSON to `path` (for debugging, and
    /// for checking responses against the API document).
    #[napi]
    pub async fn save_requests(&self, path: String) -> Result<()> {
        let log = self.with(|emu| emu.requests()).await?;
        let json = serde_json::to_vec(&log).map_err(err)?;
        std::fs::write(&path, json).map_err(|e| err(format!("cannot write {path}: {e}")))
    }

    /// Stops serving and closes all connections.
    #[napi]
    pub async fn stop(&self) -> Result<()> {
        let emu = self.inner.lock().await.take();
        if let Some(emu) = emu {
            emu.stop().await;
        }
        Ok(())
    }
}
