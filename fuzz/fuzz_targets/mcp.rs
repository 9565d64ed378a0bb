#![no_main]

// The rules load and the project is indexed before the first input, so that time is not mistaken for a hang.
libfuzzer_sys::fuzz_target!(init: pathfinder_mcp::fuzzing::init(), |data: &[u8]| {
    pathfinder_mcp::fuzzing::session(data)
});
