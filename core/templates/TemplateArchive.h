#pragma once

#include "ProjectTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace balise {

// The `.balise-template` file: a Boost.Serialization XML archive of a ProjectTemplate inside Balise's
// own envelope, because template files come from other people and Boost alone trusts its input:
//
//   BALISE-TEMPLATE
//   format 1
//   length <bytes of the archive>
//   sha256 <hex digest of the archive>
//   <empty line>
//   <the XML archive>
//
// Reading refuses, with one sentence and before any allocation the file could steer: files over
// maxFileBytes, another magic, a newer format or class version, a length or digest that does not
// match, an archive without its closing tag (Boost aborts on those) or that is not well-formed XML
// (Boost reads past its buffer on mismatched end tags), lists announcing more than
// maxItems entries, unknown keywords, and anything Boost itself throws.
class TemplateArchive
{
    Q_DECLARE_TR_FUNCTIONS(TemplateArchive)

public:
    static constexpr int formatVersion = 1;
    static constexpr qint64 maxFileBytes = 8 * 1024 * 1024;
    static constexpr qint64 maxItems = 20'000;

    static QByteArray write(const ProjectTemplate& projectTemplate);
    // The template, or nullopt with `error` set to the reason (nothing else happens).
    static std::optional<ProjectTemplate> read(const QByteArray& bytes, QString& error);
};

} // namespace balise
