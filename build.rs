//! Links the embedded CPython: adds libpython's directory to the binary's rpath so `roxy` runs
//! without `LD_LIBRARY_PATH`, whichever `python3` pyo3 was configured against.
fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
}
