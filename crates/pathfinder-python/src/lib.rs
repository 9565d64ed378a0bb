//! Python front end (being written).
