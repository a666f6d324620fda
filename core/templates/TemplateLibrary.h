#pragma once

#include "ProjectTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace balise {

// Where templates are found: the bundled ones (read-only, shipped with Balise) and the user's own
// folder, where imported templates go. An id names one template; a user's template never hides a
// bundled one of the same id (importing it is refused).
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    static constexpr const char* suffix = ".balise-template";

    struct Entry
    {
        QString id;
        QString title;
        QString language;
        QString path;
        bool bundled = false;
    };

    TemplateLibrary(QStringList bundledFolders, QString userFolder);
    // The library of this installation: BALISE_TEMPLATES_DIR (for scripts and tests) or the user's
    // application-data folder; the bundled folder BALISE_BUNDLED_TEMPLATES_DIR when set.
    static TemplateLibrary standard();

    const QString& userFolder() const { return m_userFolder; }
    // Every readable template, bundled first, by id; files that cannot be read are named in `problems`.
    QList<Entry> entries(QStringList* problems = nullptr) const;
    // A template by id, or from a file when `idOrPath` names one.
    std::optional<ProjectTemplate> load(const QString& idOrPath, QString& error) const;
    // Checks `bytes` as a template and writes it to the user's folder under its id (replacing an
    // earlier user template of that id). Returns the id, or nullopt with `error` set.
    std::optional<QString> install(const QByteArray& bytes, QString& error) const;

private:
    QStringList m_bundledFolders;
    QString m_userFolder;
};

} // namespace balise
