//! Unit tests of inference on whole sentences, with the built-in gazetteer.
