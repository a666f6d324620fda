#pragma once

#include <QString>
#include <memory>

class QCoreApplication;

namespace balise::test {

// Creates the application object; binaries that link Qt Widgets override this weak default with a
// QApplication (see tests/ui/UiTestApplication.cpp).
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

// Reads a whole file as UTF-8 text (empty if it cannot be read).
QString readText(const QString& path);
// Writes text (UTF-8) to a file, creating folders; returns false on failure.
bool writeText(const QString& path, const QString& text);
QByteArray readBytes(const QString& path);
bool writeBytes(const QString& path, const QByteArray& bytes);

} // namespace balise::test
