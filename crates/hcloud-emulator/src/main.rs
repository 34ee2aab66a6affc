//! `hcloud-emulator`: runs the Hetzner Cloud API emulator until Ctrl-C or SIGTERM.

use std::net::IpAddr;
use std::process::ExitCode;

use clap::Parser;
use hcloud_emulator::{Config, Emulator, RateLimitConfig};

#[derive(Parser, Debug)]
#[command(
    name = "hcloud-emulator",
    version,
    about = "Stateful Hetzner Cloud API emulator (loopback, for tests and benchmarks)"
)]
struct Args {
    /// Port to listen on (0 = ephemeral).
    #[arg(long, default_value_t = 4000)]
    port: u16,
    /// Address to bind.
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// Accept only this bearer token (default: any non-empty token).
    #[arg(long)]
    token: Option<String>,
    /// Emulated duration of every action, in milliseconds.
    #[arg(long, default_value_t = 500)]
    action_duration_ms: u64,
    /// Speed of the emulated clock (10 = ten times faster than real time).
    #[arg(long, default_value_t = 1.0)]
    time_scale: f64,
    /// Rate limit as LIMIT/REFILL_PER_SECOND, e.g. 3600/1.
    #[arg(long, value_parser = parse_rate_limit, conflicts_with = "no_rate_limit")]
    rate_limit: Option<RateLimitConfig>,
    /// Disable rate limiting (headers are still sent).
    #[arg(long)]
    no_rate_limit: bool,
    /// Seed for random choices (faults with probability, passwords, IPs).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Do not print a line per request.
    #[arg(long)]
    quiet: bool,
}

fn parse_rate_limit(s: &str) -> Result<RateLimitConfig, String> {
    let (limit, refill) =
        s.split_once('/').ok_or_else(|| "expected LIMIT/REFILL_PER_SECOND, e.g. 3600/1".to_string())?;
    let limit: u32 = limit.trim().parse().map_err(|_| format!("invalid limit '{limit}'"))?;
    let refill_per_second: f64 = refill.trim().parse().map_err(|_| format!("invalid refill rate '{refill}'"))?;
    if !(refill_per_second.is_finite() && refill_per_second >= 0.0) {
        return Err("refill rate must be a non-negative number".into());
    }
    Ok(RateLimitConfig { limit, refill_per_second })
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    if !(args.time_scale.is_finite() && args.time_scale > 0.0) {
        eprintln!("hcloud-emulator: --time-scale must be a positive number");
        return ExitCode::from(2);
    }
    let config = Config {
        host: args.host,
        port: args.port,
        token: args.token,
        action_duration_ms: args.action_duration_ms,
        time_scale: args.time_scale,
        rate_limit: if args.no_rate_limit { None } else { Some(args.rate_limit.unwrap_or_default()) },
        seed: args.seed,
        log_requests: !args.quiet,
    };
    let emu = match Emulator::start(config).await {
        Ok(emu) => emu,
        Err(e) => {
            eprintln!("hcloud-emulator: cannot listen on {}:{}: {e}", args.host, args.port);
            return ExitCode::FAILURE;
        }
    };
    println!("hcloud-emulator listening on {}", emu.url());
    wait_for_signal().await;
    emu.stop().await;
    ExitCode::SUCCESS
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
