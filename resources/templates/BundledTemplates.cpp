// Anchor of the balise_bundled_templates object library, which carries the bundled template sources
// (resources/templates/*.json) as Qt resources under :/templates. Linking the object library into an
// executable is enough: resources of an object library are registered at start-up.
