#include "TemplateLibrary.h"

#include "TemplateArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

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
    QStringList bundled;
    if (const QString folder = qEnvironmentVariable("BALISE_BUNDLED_TEMPLATES_DIR"); !folder.isEmpty())
        bundled.append(folder);
    return TemplateLibrary(bundled, user);
}

QList<TemplateLibrary::Entry> TemplateLibrary::entries(QStringList* problems) const
{
    QList<Entry> found;
    auto scan = [&](const QString& folder, bool bundled) {
        const QDir dir(folder);
        for (const QString& name :
             dir.entryList({QStringLiteral("*") + QLatin1String(suffix)}, QDir::Files, QDir::Name)) {
            const QString path = dir.filePath(name);
            QString error;
            const auto bytes = readCapped(path, error);
            const auto t = bytes ? TemplateArchive::read(*bytes, error) : std::nullopt;
            if (!t) {
                if (problems)
                    problems->append(tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
                continue;
            }
            const bool shadowed =
                std::any_of(found.cbegin(), found.cend(), [&](const Entry& e) { return e.id == t->id; });
            if (!shadowed)
                found.append({t->id, t->title, t->language, path, bundled});
        }
    };
    for (const QString& folder : m_bundledFolders)
        scan(folder, true);
    scan(m_userFolder, false);
    return found;
}

std::optional<ProjectTemplate> TemplateLibrary::load(const QString& idOrPath, QString& error) const
{
    QString path;
    if (QFileInfo(idOrPath).isFile()) {
        path = idOrPath;
    } else {
        for (const Entry& entry : entries())
            if (entry.id == idOrPath)
                path = entry.path;
        if (path.isEmpty()) {
            error = tr("No template is called \"%1\": balise templates list shows those there are.").arg(idOrPath);
            return std::nullopt;
        }
    }
    const auto bytes = readCapped(path, error);
    if (!bytes)
        return std::nullopt;
    return TemplateArchive::read(*bytes, error);
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

} // namespace balise
