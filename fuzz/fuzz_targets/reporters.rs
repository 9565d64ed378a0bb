#![no_main]

// The rules are compiled before the first input, so its time is not mistaken for a hang.
libfuzzer_sys::fuzz_target!(init: pathfinder_fuzz::init(), |data: &[u8]| pathfinder_fuzz::reporters(data));
