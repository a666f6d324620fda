#pragma once

#include <QString>

class QCoreApplication;

namespace balise {

// Chooses the language of messages: `requested` ("fr", "en") when given, otherwise the system
// locale (LC_ALL / LC_MESSAGES / LANG), and installs Balise's and Qt's own translations for it on
// `app`. English is the source language; anything other than French falls back to it.
// Returns the language code actually used.
QString installTranslations(QCoreApplication& app, const QString& requested = QString());

} // namespace balise
