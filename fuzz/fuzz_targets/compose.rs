#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pathfinder_fuzz::compose(data));
