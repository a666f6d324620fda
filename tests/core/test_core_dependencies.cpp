// core/ must stay usable without a display: no QtGui / QtWidgets (nor ui/) include may creep in.
#include "TestSupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <catch2/catch.hpp>

TEST_CASE("No core file includes QtGui, QtWidgets, QtPrintSupport or a ui header", "[architecture]")
{
    const QString coreDir = QStringLiteral(BALISE_SOURCE_DIR "/core");
    static const QRegularExpression forbidden(
        QStringLiteral(
            R"(^\s*#\s*include\s*[<"](QtGui|QtWidgets|QtPrintSupport|QtSvg|qcustomplot|Q(Widget|Application|)"
            R"(Painter|Pixmap|Image|Color|Font|Icon|UndoStack|UndoCommand|Action|MainWindow|Dialog|PdfWriter)\b|ui/))"),
        QRegularExpression::MultilineOption);
    int files = 0;
    QStringList offenders;
    QDirIterator it(coreDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QString text = balise::test::readText(path);
        if (const auto match = forbidden.match(text); match.hasMatch())
            offenders.append(path + QStringLiteral(": ") + match.captured(0).trimmed());
    }
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(files > 20);
    CHECK(offenders.isEmpty());
}

TEST_CASE("The dependency check itself catches a forbidden include", "[architecture]")
{
    static const QRegularExpression forbidden(QStringLiteral(R"(^\s*#\s*include\s*[<"](QtWidgets|QWidget)\b)"),
                                              QRegularExpression::MultilineOption);
    CHECK(forbidden.match(QStringLiteral("#include <QWidget>\n")).hasMatch());
    CHECK_FALSE(forbidden.match(QStringLiteral("#include <QString>\n")).hasMatch());
}

TEST_CASE("The engine is plain C++: no Qt and no SQL", "[architecture]")
{
    static const QRegularExpression forbidden(QStringLiteral(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]*|sqlite3\.h)[>"])"),
                                              QRegularExpression::MultilineOption);
    QStringList offenders;
    int files = 0;
    QDirIterator it(QStringLiteral(BALISE_SOURCE_DIR "/core/engine"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        if (const auto match = forbidden.match(balise::test::readText(path)); match.hasMatch())
            offenders.append(path + QStringLiteral(": ") + match.captured(0).trimmed());
    }
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(files >= 4);
    CHECK(offenders.isEmpty());
}
