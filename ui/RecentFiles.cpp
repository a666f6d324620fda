#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace balise::ui {
namespace {
const auto settingsKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::paths() const
{
    QStringList paths = QSettings().value(settingsKey).toStringList();
    paths.removeAll(QString());
    return paths.mid(0, MaxCount);
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaxCount));
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    list.removeAll(path);
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& paths)
{
    QSettings().setValue(settingsKey, paths);
}

} // namespace balise::ui
