#include "CliContext.h"
#include "CommandParser.h"
#include "OpenProject.h"
#include "TemplateArchive.h"
#include "TemplateBuilder.h"
#include "TemplateLibrary.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace balise::cli {
namespace {

int writeFile(CliContext& context, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(InvalidInput, CliContext::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return Success;
}

} // namespace

int runTemplates(CliContext& context)
{
    CommandParser command(QStringLiteral("templates"),
                          CliContext::tr("List, export, import templates, or save a project as one:\n"
                                         "  templates list\n"
                                         "  templates export ID FILE\n"
                                         "  templates import FILE\n"
                                         "  templates save PROJECT FILE [--id ID] [--title T] [--language L] "
                                         "[--with-services]"),
                          {QStringLiteral("ACTION"), QStringLiteral("[ARGUMENT]"), QStringLiteral("[FILE]")});
    const QCommandLineOption id(QStringLiteral("id"), CliContext::tr("Identifier of the saved template."),
                                QStringLiteral("ID"));
    const QCommandLineOption title(QStringLiteral("title"), CliContext::tr("Title of the saved template."),
                                   QStringLiteral("T"));
    const QCommandLineOption withServices(QStringLiteral("with-services"),
                                          CliContext::tr("Keep the project's services as sample services."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      CliContext::tr("Language of the saved template's texts (fr or en; default: the "
                                                     "language of messages)."),
                                      QStringLiteral("L"));
    command.parser().addOptions({id, title, language, withServices});
    if (const int code = command.parse(context); code >= 0)
        return code;
    const QStringList args = command.parser().positionalArguments();
    const QString action = args.value(0);
    const TemplateLibrary library = TemplateLibrary::standard();

    if (action == QLatin1String("list") && args.size() == 1) {
        QStringList problems;
        // One line per template, in the language of messages where it exists in it: identifier,
        // language, where it comes from (bundled or user, keywords for scripts) and title.
        for (const TemplateLibrary::Entry& entry : library.choices(TemplateLibrary::preferredLanguage(), &problems))
            context.out() << entry.id << '\t' << entry.language << '\t'
                          << (entry.bundled ? QStringLiteral("bundled") : QStringLiteral("user")) << '\t' << entry.title
                          << '\n';
        for (const QString& problem : problems)
            context.err() << problem << '\n';
        return Success;
    }
    if (action == QLatin1String("export") && args.size() == 3) {
        QString error;
        const auto t = library.load(args[1], error);
        if (!t)
            return context.fail(InvalidInput, error);
        return writeFile(context, args[2], TemplateArchive::write(*t));
    }
    if (action == QLatin1String("import") && args.size() == 2) {
        QFile file(args[1]);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(InvalidInput,
                                CliContext::tr("%1 cannot be read: %2.").arg(args[1], file.errorString()));
        QString error;
        const auto installed = library.install(file.read(TemplateArchive::maxFileBytes + 1), error);
        if (!installed)
            return context.fail(InvalidInput, CliContext::tr("%1 was not imported: %2").arg(args[1], error));
        context.out() << CliContext::tr("Imported the template %1 into %2.").arg(*installed, library.userFolder())
                      << '\n';
        return Success;
    }
    if (action == QLatin1String("save") && args.size() == 3) {
        const auto project = openProject(context, args[1], ProjectFile::Access::ReadOnly);
        if (!project)
            return InvalidInput;
        const QString templateId =
            command.parser().isSet(id) ? command.parser().value(id) : QFileInfo(args[2]).completeBaseName().toLower();
        const QString templateTitle =
            command.parser().isSet(title) ? command.parser().value(title) : project->info().title;
        const QString templateLanguage =
            command.parser().isSet(language) ? command.parser().value(language) : TemplateLibrary::preferredLanguage();
        const ProjectTemplate t = TemplateBuilder::fromProject(project->data(), templateId, templateTitle,
                                                               templateLanguage, command.parser().isSet(withServices));
        return writeFile(context, args[2], TemplateArchive::write(t));
    }
    return context.usage(CliContext::tr("Use templates list, templates export ID FILE, templates import FILE or "
                                        "templates save PROJECT FILE."),
                         QStringLiteral("templates"));
}

} // namespace balise::cli
