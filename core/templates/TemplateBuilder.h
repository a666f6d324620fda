#pragma once

#include "ProjectInfo.h"
#include "ProjectTemplate.h"

#include <QCoreApplication>
#include <memory>

namespace balise {

class Project;
struct ProjectData;

// Between projects and templates. A template keeps what a territory can reuse — the vade-mecum, the
// framework with every attribute of its nodes, the questionnaire, optionally the services without
// their answers — with its links expressed by place and code (see ProjectTemplate); a project made
// from it gets them back with its own ids.
class TemplateBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TemplateBuilder)

public:
    static ProjectTemplate fromProject(const ProjectData& data, const QString& id, const QString& title,
                                       const QString& language, bool withServices);

    // Creates `path` from the template (ProjectCreation's all-or-nothing), or returns null with
    // `error` set; a file already there is never touched.
    static std::unique_ptr<Project> createProject(const QString& path, const ProjectInfo& info,
                                                  const ProjectTemplate& projectTemplate, QString& error);
};

} // namespace balise
