#include "AboutBox.h"

#include "BoostLibrary.h"
#include "SqliteLibrary.h"

#include "QCustomPlotHeader.h"
#include <QMessageBox>

namespace balise::ui {

QString AboutBox::text()
{
    const auto escaped = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    return QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
        .arg(escaped(tr("Balise %1").arg(QStringLiteral(BALISE_VERSION))),
             escaped(tr("A workbench to evaluate and steer the urban data services of a territory, following the "
                        "method of the DataCités guide.")),
             escaped(tr("Free software under the GNU General Public License, version 3 or later "
                        "(GPL-3.0-or-later).")),
             escaped(tr("Running on Qt %1, SQLite %2, QCustomPlot %3 and Boost %4.")
                         .arg(QString::fromLatin1(qVersion()), sqliteLibraryVersion(),
                              QStringLiteral(QCUSTOMPLOT_VERSION_STR), boostLibraryVersion())));
}

void AboutBox::show(QWidget* parent)
{
    QMessageBox::about(parent, tr("About Balise"), text());
}

} // namespace balise::ui
