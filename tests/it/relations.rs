//! Integration tests: relations.
