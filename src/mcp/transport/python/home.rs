//! Starts the embedded CPython with the installation Roxy was linked against as its home.
//! Left to itself, an embedded interpreter finds its standard library through the first
//! `python3` on PATH; when that is another installation (Debian's `/usr/bin/python3` while the
//! binary links pyenv's libpython), it loads that one's `lib-dynload` and fails with "No module
//! named '_socket'". `PYTHONHOME` set by the person still wins.

use std::ffi::CString;
use std::path::Path;
use std::sync::Once;

use pyo3::ffi;

/// `sys.base_prefix` of the Python the binary was built against (empty when unknown).
const BUILD_HOME: &str = env!("ROXY_PYTHON_HOME");
/// Its standard library directory, checked before use (the binary may have moved machines).
const BUILD_STDLIB: &str = env!("ROXY_PYTHON_STDLIB");

/// Starts the interpreter once, with the build's home when it is still there and `PYTHONHOME`
/// is unset; otherwise leaves the start to pyo3 (its defaults). Call before the first
/// `Python::attach`.
pub fn initialize() {
    static START: Once = Once::new();
    START.call_once(|| {
        // SAFETY: reads a flag; the interpreter is not being started concurrently (Once).
        if unsafe { ffi::Py_IsInitialized() } != 0 {
            return;
        }
        if let Some(home) = build_home() {
            start_with_home(&home);
        }
    });
}

fn build_home() -> Option<CString> {
    if std::env::var_os("PYTHONHOME").is_some()
        || BUILD_HOME.is_empty()
        || !Path::new(BUILD_STDLIB).join("os.py").is_file()
    {
        return None;
    }
    CString::new(BUILD_HOME).ok()
}

/// `Py_InitializeFromConfig` with `home` set and no signal handlers (as pyo3 starts it), then
/// releases the GIL as pyo3's own start does. On a failed status pyo3 starts it later instead.
fn start_with_home(home: &CString) {
    let mut config = std::mem::MaybeUninit::<ffi::PyConfig>::uninit();
    // SAFETY: `config` is initialised by PyConfig_InitPythonConfig before any field is read or
    // written, strings are copied by PyConfig_SetBytesString, and it is cleared exactly once.
    unsafe {
        let config = config.as_mut_ptr();
        ffi::PyConfig_InitPythonConfig(config);
        (*config).install_signal_handlers = 0;
        let set = ffi::PyConfig_SetBytesString(config, &raw mut (*config).home, home.as_ptr());
        if ffi::PyStatus_Exception(set) == 0
            && ffi::PyStatus_Exception(ffi::Py_InitializeFromConfig(config)) == 0
        {
            ffi::PyEval_SaveThread();
        }
        ffi::PyConfig_Clear(config);
    }
}
