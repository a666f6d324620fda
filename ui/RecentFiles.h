#pragma once

#include <QStringList>

namespace balise::ui {

// The projects opened last, most recent first, kept in the user's settings (QSettings with the
// application's organisation and name). A plain value object: each call reads or writes the settings,
// so several windows or tests never disagree through a cached copy.
class RecentFiles
{
public:
    static constexpr int MaxCount = 8;

    QStringList paths() const;
    // Puts `path` first (as an absolute path), dropping an older entry for it and the oldest beyond MaxCount.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

private:
    void store(const QStringList& paths);
};

} // namespace balise::ui
