#include "TemplateLibrary.h"

#include "Project.h"
#include "ProjectCreation.h"
#include "TemplateArchive.h"
#include "TemplateBuilder.h"
#include "TemplateSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace balise {
namespace {

std::optional<QByteArray> readCapped(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = TemplateLibrary::tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // One byte more than the cap: the archive reader then says the file is too large.
    return file.read(TemplateArchive::maxFileBytes + 1);
}

// An archive, or a bundled source read in `language`.
std::optional<ProjectTemplate> readTemplate(const QString& path, const QString& language, QString& error)
{
    const auto bytes = readCapped(path, error);
    if (!bytes)
        return std::nullopt;
    if (path.endsWith(QLatin1String(TemplateSource::suffix)))
        return TemplateSource::read(*bytes, language, error);
    return TemplateArchive::read(*bytes, error);
}

bool safeId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

TemplateLibrary::TemplateLibrary(QStringList bundledFolders, QString userFolder)
    : m_bundledFolders(std::move(bundledFolders)), m_userFolder(std::move(userFolder))
{}

TemplateLibrary TemplateLibrary::standard()
{
    QString user = qEnvironmentVariable("BALISE_TEMPLATES_DIR");
    if (user.isEmpty())
        user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates");
    QStringList bundled{QStringLiteral(":/templates")};
    if (const QString folder = qEnvironmentVariable("BALISE_BUNDLED_TEMPLATES_DIR"); !folder.isEmpty())
        bundled.append(folder);
    return TemplateLibrary(bundled, user);
}

QString TemplateLibrary::preferredLanguage()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QList<TemplateLibrary::Entry> TemplateLibrary::entries(QStringList* problems) const
{
    QList<Entry> found;
    auto add = [&](const QString& path, const QString& language, bool bundled) {
        QString error;
        const auto t = readTemplate(path, language, error);
        if (!t) {
            if (problems)
                problems->append(tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
            return;
        }
        const bool shadowed = std::any_of(found.cbegin(), found.cend(), [&](const Entry& e) {
            return e.id == t->id && (e.language == t->language || e.bundled != bundled);
        });
        if (!shadowed)
            found.append({t->id, t->title, t->description, t->language, path, bundled});
    };
    auto scan = [&](const QString& folder, bool bundled) {
        const QDir dir(folder);
        const QStringList patterns = bundled ? QStringList{QStringLiteral("*") + QLatin1String(suffix),
                                                           QStringLiteral("*") + QLatin1String(TemplateSource::suffix)}
                                             : QStringList{QStringLiteral("*") + QLatin1String(suffix)};
        for (const QString& name : dir.entryList(patterns, QDir::Files, QDir::Name)) {
            const QString path = dir.filePath(name);
            if (name.endsWith(QLatin1String(TemplateSource::suffix))) {
                for (const QString& language : TemplateSource::languages())
                    add(path, language, bundled);
            } else {
                add(path, QString(), bundled);
            }
        }
    };
    for (const QString& folder : m_bundledFolders)
        scan(folder, true);
    scan(m_userFolder, false);
    return found;
}

QList<TemplateLibrary::Entry> TemplateLibrary::choices(const QString& language, QStringList* problems) const
{
    QList<Entry> chosen;
    for (const Entry& entry : entries(problems)) {
        const auto same = std::find_if(chosen.begin(), chosen.end(), [&](const Entry& e) { return e.id == entry.id; });
        if (same == chosen.end())
            chosen.append(entry);
        else if (entry.language == language && same->language != language)
            *same = entry;
    }
    return chosen;
}

std::optional<ProjectTemplate> TemplateLibrary::load(const QString& idOrPath, QString& error,
                                                     const QString& language) const
{
    if (QFileInfo(idOrPath).isFile())
        return readTemplate(idOrPath, language, error);
    for (const Entry& entry : choices(language))
        if (entry.id == idOrPath)
            return load(entry, error);
    error = tr("No template is called \"%1\": balise templates list shows those there are.").arg(idOrPath);
    return std::nullopt;
}

std::optional<ProjectTemplate> TemplateLibrary::load(const Entry& entry, QString& error) const
{
    return readTemplate(entry.path, entry.language, error);
}

std::optional<QString> TemplateLibrary::install(const QByteArray& bytes, QString& error) const
{
    const auto t = TemplateArchive::read(bytes, error);
    if (!t)
        return std::nullopt;
    if (!safeId(t->id)) {
        error = tr("The template's identifier \"%1\" is not usable as a file name (lower-case letters, digits "
                   "and dashes).")
                    .arg(t->id.left(64));
        return std::nullopt;
    }
    for (const Entry& entry : entries())
        if (entry.bundled && entry.id == t->id) {
            error = tr("\"%1\" is a template that comes with Balise: give yours another identifier.").arg(t->id);
            return std::nullopt;
        }
    // A template goes into the library only if a project can be made from it: a crafted archive whose
    // framework loops, or whose weights or names the model refuses, is turned away now, not on the
    // day someone starts a project from it.
    {
        QTemporaryDir scratch;
        ProjectInfo info;
        info.title = t->title;
        QString problem;
        auto trial =
            TemplateBuilder::createProject(scratch.filePath(QStringLiteral("check.balise")), info, *t, problem);
        if (!trial) {
            error = tr("No project can be made from this template: %1").arg(problem);
            return std::nullopt;
        }
        ProjectCreation::discard(trial);
    }
    if (!QDir().mkpath(m_userFolder)) {
        error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_userFolder));
        return std::nullopt;
    }
    QSaveFile file(QDir(m_userFolder).filePath(t->id + QLatin1String(suffix)));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error =
            tr("Cannot write the template in %1: %2.").arg(QDir::toNativeSeparators(m_userFolder), file.errorString());
        return std::nullopt;
    }
    return t->id;
}

bool TemplateLibrary::remove(const QString& id, QString& error) const
{
    for (const Entry& entry : entries()) {
        if (entry.id != id || entry.bundled)
            continue;
        QFile file(entry.path);
        if (!file.remove()) {
            error = tr("Cannot remove %1: %2.").arg(QDir::toNativeSeparators(entry.path), file.errorString());
            return false;
        }
        return true;
    }
    error = tr("You have no template called \"%1\"; the ones that come with Balise cannot be removed.").arg(id);
    return false;
}

} // namespace balise
