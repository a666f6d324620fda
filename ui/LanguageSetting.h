#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace balise::ui {

// The workbench's language: the system's by default, or French or English as chosen in the settings
// (kept in QSettings). BALISE_LANG, when set, overrides both (scripts and screenshots).
class LanguageSetting
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSetting)

public:
    // "" (the system's), "fr" or "en".
    static QString stored();
    static void store(const QString& language);
    // What to install at start-up: BALISE_LANG, else the stored choice, else "" (the system's).
    static QString atStartUp();
    // Asks the user (a small dialog); stores the choice and says it applies at the next start.
    static void choose(QWidget* parent);
};

} // namespace balise::ui
