//! Walking and configuration (being written).
