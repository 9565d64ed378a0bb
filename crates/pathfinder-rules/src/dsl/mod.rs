//! Static DSL reader (being written).
