#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace balise::ui {

// How the workbench writes numbers, dates and empty values: in the user's locale (QLocale's default,
// which installTranslations sets), with the shortest exact form of a number. Views and models use it
// so that a value reads the same everywhere.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString number(double value);
    // "—" when empty.
    static QString number(const std::optional<double>& value);
    static QString integer(qint64 value);
    // A share 0..1 as a percentage ("40 %" / "40 %" with the locale's spacing).
    static QString percent(double share);
    static QString money(double euros);
    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& dateTime);
    // A user-given name, or "(untitled)" when it is empty, so a row never looks blank.
    static QString name(const QString& name);
    // The mark for a value nobody has given.
    static QString none();
};

} // namespace balise::ui
