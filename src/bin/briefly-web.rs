//! The web app's entry point, built by Trunk for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    briefly::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("briefly-web is the browser build: run scripts/serve (Trunk) instead.");
    std::process::exit(2);
}
