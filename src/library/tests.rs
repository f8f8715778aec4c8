//! Scanning, the index cache, sorting and filtering.
