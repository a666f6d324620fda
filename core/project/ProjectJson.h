#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace balise {

class Project;
struct ProjectData;

// A whole project as one JSON document, to hand to other software or to move a project between
// versions of Balise (README, "Project JSON"): its information and settings, its content as a template
// source (TemplateSource: vade-mecum, framework, questionnaire, services), then what a template does
// not hold — periods, answers, measurements, impact accounts, weightings, revisions. References go by
// what users name things (codes, service names, period labels, places in lists), never by database
// ids, so that the document stands alone.
class ProjectJson
{
    Q_DECLARE_TR_FUNCTIONS(ProjectJson)

public:
    static constexpr const char* format = "balise-project";
    static constexpr int formatVersion = 1;
    // Nearly five times what Balise writes for the reference workload (720,000 measurements: 223 MB),
    // low enough that a wrong or crafted file is refused before it is read into memory.
    static constexpr qint64 maxFileBytes = qint64(1) << 30;

    static QByteArray write(const ProjectData& data);
    // Creates `path` holding the project `json` describes, complete or not at all; a file already
    // there is never touched. Null with `error` set (one sentence) when the document is refused.
    static std::unique_ptr<Project> createProject(const QString& path, const QByteArray& json, QString& error);
    // The refusal of a document beyond maxFileBytes, for whoever reads the file to say it unread.
    static QString tooLarge();
};

} // namespace balise
