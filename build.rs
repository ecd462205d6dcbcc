//! Links the embedded CPython: adds libpython's directory to the binary's rpath so `roxy` runs
//! without `LD_LIBRARY_PATH`, whichever `python3` pyo3 was configured against, and records that
//! installation's prefix and standard library (`ROXY_PYTHON_HOME`, `ROXY_PYTHON_STDLIB`) so the
//! embedded interpreter finds them whatever `python3` comes first on PATH at run time.
use std::process::Command;

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    let (home, stdlib) = pyo3_build_config::get()
        .executable()
        .and_then(|python| {
            let output = Command::new(python)
                .args([
                    "-c",
                    "import sys, sysconfig; print(sys.base_prefix); print(sysconfig.get_path('stdlib'))",
                ])
                .output()
                .ok()?;
            let text = String::from_utf8(output.stdout).ok()?;
            let mut lines = text.lines();
            Some((lines.next()?.to_string(), lines.next()?.to_string()))
        })
        .unwrap_or_default();
    println!("cargo:rustc-env=ROXY_PYTHON_HOME={home}");
    println!("cargo:rustc-env=ROXY_PYTHON_STDLIB={stdlib}");
}
