#pragma once

namespace balise {

// The names Balise runs under, set once at start-up by the workbench and by the command line alike.
// QStandardPaths and QSettings derive the user's folders from them (the template library under
// ~/.local/share/Balise/Balise, the preferences): both front ends must agree, or a template imported
// on the command line would not be in the workbench's library. Needs the QCoreApplication to exist.
void setApplicationIdentity();

} // namespace balise
