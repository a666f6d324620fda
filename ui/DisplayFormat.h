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
    // Never in exponent form: 400,000 and not 4E+05, which readers of a scorecard would not parse.
    static QString number(double value);
    // A value the workbench computed (a sum, a ratio): 12 significant digits, so that 0.05 + 0.12 shows
    // as 0.17 and not as the binary sum's 0.16999999999999998.
    static QString computed(double value);
    // "—" when empty.
    static QString number(const std::optional<double>& value);
    static QString integer(qint64 value);
    // A share 0..1 as a percentage with at most one decimal ("40%", "2.5%"; "40 %" in French).
    static QString percent(double share);
    static QString money(double euros);
    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& dateTime);
    // A user-given name, or "(untitled)" when it is empty, so a row never looks blank.
    static QString name(const QString& name);
    // The mark for a value nobody has given.
    static QString none();
    // A tooltip that shows text as typed. Qt renders a tooltip as rich text as soon as it looks like
    // markup (Qt::mightBeRichText), so a name typed "<b>Covoiturage</b>" would show in bold: such text
    // is escaped into rich text that shows it literally; any other text is returned as it is.
    static QString toolTip(const QString& text);
};

} // namespace balise::ui
