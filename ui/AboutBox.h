#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace balise::ui {

// Help → About Balise: version, licence and the versions of the libraries Balise runs with, which is
// what a bug report needs.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    // The box's rich text (every inserted value escaped).
    static QString text();
    static void show(QWidget* parent);
};

} // namespace balise::ui
