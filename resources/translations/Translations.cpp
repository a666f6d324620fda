// Anchor of the balise_translations object library, which carries the compiled .qm files as Qt
// resources (:/i18n/balise_fr.qm, :/i18n/balise_en.qm). Linking the object library into an
// executable is enough: resources of an object library are registered at start-up.
