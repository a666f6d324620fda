#pragma once

#include "ProjectTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace balise {

// Where templates are found: the bundled ones (read-only, shipped with Balise: bilingual JSON sources
// embedded under :/templates, see TemplateSource, or archives in an extra folder) and the user's own
// folder, where imported templates go. An id names one template, which a bundled source offers in
// several languages; a user's template never hides a bundled one of the same id (importing it is
// refused).
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    static constexpr const char* suffix = ".balise-template";

    struct Entry
    {
        QString id;
        QString title;
        QString description;
        QString language;
        QString path; // a .balise-template archive, or a bundled source read in `language`
        bool bundled = false;
    };

    TemplateLibrary(QStringList bundledFolders, QString userFolder);
    // The library of this installation: the embedded sources and BALISE_BUNDLED_TEMPLATES_DIR when set,
    // and BALISE_TEMPLATES_DIR (for scripts and tests) or the user's application-data folder.
    static TemplateLibrary standard();
    // The language templates are offered in: the one of Balise's messages ("fr" or "en").
    static QString preferredLanguage();

    const QString& userFolder() const { return m_userFolder; }
    // Every readable template in every language it exists in, bundled first; files that cannot be
    // read are named in `problems`.
    QList<Entry> entries(QStringList* problems = nullptr) const;
    // One entry per id, in `language` where the template exists in it, else in its first language.
    QList<Entry> choices(const QString& language, QStringList* problems = nullptr) const;
    // A template by id (in `language` where it exists in it), or from a file when `idOrPath` names one.
    std::optional<ProjectTemplate> load(const QString& idOrPath, QString& error,
                                        const QString& language = preferredLanguage()) const;
    std::optional<ProjectTemplate> load(const Entry& entry, QString& error) const;
    // Checks `bytes` as a template and writes it to the user's folder under its id (replacing an
    // earlier user template of that id). Returns the id, or nullopt with `error` set.
    std::optional<QString> install(const QByteArray& bytes, QString& error) const;
    // Deletes the user's template `id` (bundled ones cannot be removed). False with `error` set.
    bool remove(const QString& id, QString& error) const;

private:
    QStringList m_bundledFolders;
    QString m_userFolder;
};

} // namespace balise
