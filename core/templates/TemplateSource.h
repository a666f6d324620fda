#pragma once

#include "ProjectTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace balise {

// The bilingual JSON source of a template, the form in which Balise's bundled templates are written
// (resources/templates/README.md gives the format): every text once in French and once in English,
// the structure — codes, weights, units, directions, targets, links — once for both. Reading it in
// one language gives the ProjectTemplate a project is made from.
//
// Unknown keys, keywords and out-of-range places are errors naming where they are ("framework › O1 ›
// I111 › direction"), so a misspelt key in a template is found by the tests, never silently dropped.
class TemplateSource
{
    Q_DECLARE_TR_FUNCTIONS(TemplateSource)

public:
    static constexpr int formatVersion = 1;
    static constexpr const char* suffix = ".json";
    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

    // The languages every source is written in.
    static QStringList languages();
    // The template in `language` ("fr" or "en"), or nullopt with `error` set.
    static std::optional<ProjectTemplate> read(const QByteArray& json, const QString& language, QString& error);
    // The same from a source already parsed: the content a project JSON embeds, which the size limit of
    // the document that holds it bounds instead.
    static std::optional<ProjectTemplate> read(const QJsonObject& source, const QString& language, QString& error);
    // A template as a source in its one language (every text a plain string, which reads the same in
    // both): what a project JSON embeds, and a start for translating a template. read() gives it back.
    static QJsonObject toJson(const ProjectTemplate& projectTemplate);
};

} // namespace balise
