#include "TemplateArchive.h"

#include <QCryptographicHash>
#include <QXmlStreamReader>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/version.hpp>

#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace balise {
namespace {

constexpr char magic[] = "BALISE-TEMPLATE";

// Thrown by the loading functions below for what Boost would accept but Balise refuses.
struct Refused : std::runtime_error
{
    explicit Refused(const QString& why) : std::runtime_error(why.toStdString()), message(why) {}
    QString message;
};

// One field, either way. Enums travel as their stable keys, optionals as a presence flag and a value,
// dates as ISO text, strings as UTF-8; lists carry their count, checked before anything is allocated.
template <class Ar, class T> void field(Ar& ar, const char* name, T& value);

template <class Ar> void field(Ar& ar, const char* name, QString& value)
{
    if constexpr (Ar::is_saving::value) {
        std::string text = value.toStdString();
        ar << boost::serialization::make_nvp(name, text);
    } else {
        std::string text;
        ar >> boost::serialization::make_nvp(name, text);
        value = QString::fromStdString(text);
    }
}

template <class Ar> void field(Ar& ar, const char* name, QDate& value)
{
    QString text = value.isValid() ? value.toString(Qt::ISODate) : QString();
    field(ar, name, text);
    if constexpr (Ar::is_loading::value) {
        value = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !value.isValid())
            throw Refused(TemplateArchive::tr("\"%1\" is not a date.").arg(text.left(40)));
    }
}

template <class Ar, class E> void enumField(Ar& ar, const char* name, E& value)
{
    QString key = keyOf(value);
    field(ar, name, key);
    if constexpr (Ar::is_loading::value) {
        const auto read = fromKey<E>(key);
        if (!read)
            throw Refused(TemplateArchive::tr("\"%1\" is not a keyword Balise knows.").arg(key.left(40)));
        value = *read;
    }
}

template <class Ar, class T> void optionalField(Ar& ar, const char* name, std::optional<T>& value)
{
    bool present = value.has_value();
    T inner = value.value_or(T{});
    ar& boost::serialization::make_nvp((std::string(name) + "_set").c_str(), present);
    ar& boost::serialization::make_nvp(name, inner);
    if constexpr (Ar::is_loading::value)
        value = present ? std::optional<T>(inner) : std::nullopt;
}

template <class Ar, class T> void listField(Ar& ar, const char* name, QList<T>& list)
{
    qint64 count = list.size();
    ar& boost::serialization::make_nvp((std::string(name) + "_count").c_str(), count);
    if constexpr (Ar::is_saving::value) {
        for (T& item : list)
            field(ar, name, item);
    } else {
        if (count < 0 || count > TemplateArchive::maxItems)
            throw Refused(TemplateArchive::tr("The template announces %1 entries in a list; at most %2 are read.")
                              .arg(count)
                              .arg(TemplateArchive::maxItems));
        list.clear();
        list.reserve(static_cast<qsizetype>(count));
        for (qint64 i = 0; i < count; ++i) {
            T item{};
            field(ar, name, item);
            list.append(std::move(item));
        }
    }
}

template <class Ar> void field(Ar& ar, const char* name, QStringList& list)
{
    QList<QString> items = list;
    listField(ar, name, items);
    list = items;
}

template <class Ar> void fields(Ar& ar, Need& n)
{
    enumField(ar, "domain", n.domain);
    field(ar, "title", n.title);
    field(ar, "description", n.description);
    enumField(ar, "priority", n.priority);
}
template <class Ar> void fields(Ar& ar, Principle& p)
{
    field(ar, "title", p.title);
    field(ar, "description", p.description);
}
template <class Ar> void fields(Ar& ar, FieldOfAttention& f)
{
    enumField(ar, "family", f.family);
    field(ar, "title", f.title);
    field(ar, "description", f.description);
}
template <class Ar> void fields(Ar& ar, Resource& r)
{
    enumField(ar, "kind", r.kind);
    field(ar, "title", r.title);
    field(ar, "description", r.description);
    field(ar, "condition", r.conditions);
}
template <class Ar> void fields(Ar& ar, PostureStance& p)
{
    enumField(ar, "posture", p.posture);
    field(ar, "stance", p.stance);
}
template <class Ar> void fields(Ar& ar, FreeSection& s)
{
    field(ar, "title", s.title);
    field(ar, "body", s.body);
}
template <class Ar> void fields(Ar& ar, VadeMecum& vm)
{
    listField(ar, "need", vm.needs);
    listField(ar, "principle", vm.principles);
    listField(ar, "field", vm.fields);
    listField(ar, "resource", vm.resources);
    listField(ar, "posture", vm.postures);
    listField(ar, "section", vm.sections);
}
template <class Ar> void fields(Ar& ar, VadeMecumLink& l)
{
    // LinkTarget has no key table of its own (it never reaches files elsewhere): its three words here.
    QString target = l.target == LinkTarget::Need        ? QStringLiteral("need")
                     : l.target == LinkTarget::Principle ? QStringLiteral("principle")
                                                         : QStringLiteral("field");
    field(ar, "target", target);
    if constexpr (Ar::is_loading::value) {
        if (target == QLatin1String("need"))
            l.target = LinkTarget::Need;
        else if (target == QLatin1String("principle"))
            l.target = LinkTarget::Principle;
        else if (target == QLatin1String("field"))
            l.target = LinkTarget::Field;
        else
            throw Refused(TemplateArchive::tr("\"%1\" is not a keyword Balise knows.").arg(target.left(40)));
    }
    qint64 index = l.id;
    ar& boost::serialization::make_nvp("index", index);
    l.id = index;
}
template <class Ar> void fields(Ar& ar, QualitativeLevel& l)
{
    field(ar, "label", l.label);
    optionalField(ar, "score", l.score);
}
template <class Ar> void fields(Ar& ar, IndicatorSpec& s)
{
    field(ar, "definition", s.definition);
    field(ar, "unit", s.unit);
    enumField(ar, "direction", s.direction);
    enumField(ar, "kind", s.kind);
    listField(ar, "level", s.levels);
    field(ar, "source", s.source);
    field(ar, "protocol", s.protocol);
    field(ar, "frequency", s.frequency);
    optionalField(ar, "collection_cost", s.collectionCost);
    field(ar, "collection_cost_note", s.collectionCostNote);
    optionalField(ar, "baseline", s.baseline);
    field(ar, "baseline_date", s.baselineDate);
    optionalField(ar, "target", s.target);
    field(ar, "target_date", s.targetDate);
    optionalField(ar, "band_low", s.bandLow);
    optionalField(ar, "band_high", s.bandHigh);
    optionalField(ar, "band_tolerance", s.bandTolerance);
    enumField(ar, "normalization", s.normalization);
    optionalField(ar, "red_below", s.redBelow);
    optionalField(ar, "green_from", s.greenFrom);
    for (Quality quality : allValues<Quality>()) {
        QualityRating& rating = s.rating(quality);
        const std::string key = keyOf(quality).toStdString();
        optionalField(ar, key.c_str(), rating.rating);
        field(ar, (key + "_note").c_str(), rating.justification);
    }
}
template <class Ar> void fields(Ar& ar, FrameworkImportNode& item)
{
    FrameworkNode& n = item.node;
    enumField(ar, "level", n.kind);
    field(ar, "code", n.code);
    field(ar, "parent", item.parentCode);
    field(ar, "name", n.name);
    field(ar, "description", n.description);
    ar& boost::serialization::make_nvp("weight", n.weight);
    field(ar, "owner", n.owner);
    field(ar, "actions", n.actions);
    listField(ar, "link", n.links);
    if (n.isIndicator())
        fields(ar, n.indicator);
}
template <class Ar> void fields(Ar& ar, Question& q)
{
    field(ar, "text", q.text);
    enumField(ar, "kind", q.kind);
    field(ar, "choice", q.choices);
    ar& boost::serialization::make_nvp("scale_min", q.scaleMin);
    ar& boost::serialization::make_nvp("scale_max", q.scaleMax);
    ar& boost::serialization::make_nvp("scored", q.scored);
    ar& boost::serialization::make_nvp("weight", q.weight);
    ar& boost::serialization::make_nvp("lower_is_better", q.lowerIsBetter);
    qint64 need = q.needId; // the need's 1-based place in the template's vade-mecum, 0: none
    ar& boost::serialization::make_nvp("need", need);
    q.needId = need;
}
template <class Ar> void fields(Ar& ar, QuestionnaireSection& s)
{
    field(ar, "title", s.title);
    listField(ar, "question", s.questions);
}
template <class Ar> void fields(Ar& ar, DataService& s)
{
    field(ar, "name", s.name);
    field(ar, "operator", s.operatorName);
    enumField(ar, "domain", s.domain);
    field(ar, "description", s.description);
    enumField(ar, "data_role", s.dataRole);
    field(ar, "population_reached", s.populationReached);
    field(ar, "population_not_reached", s.populationNotReached);
    ar& boost::serialization::make_nvp("postures", s.postures);
    for (DestabilisationAxis axis : allValues<DestabilisationAxis>())
        optionalField(ar, keyOf(axis).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString().c_str(),
                      s.destabilisation[static_cast<size_t>(axis)]);
}

// Lists of structures go through fields(); everything else is a plain Boost value.
template <class Ar, class T> void field(Ar& ar, const char* name, T& value)
{
    if constexpr (std::is_arithmetic_v<T>) {
        ar& boost::serialization::make_nvp(name, value);
    } else {
        (void)name; // the list's entries are named by listField's caller
        fields(ar, value);
    }
}

// The whole template; `version` is the archive's class version, checked by the caller.
template <class Ar> void serializeTemplate(Ar& ar, ProjectTemplate& t)
{
    field(ar, "id", t.id);
    field(ar, "title", t.title);
    field(ar, "description", t.description);
    field(ar, "language", t.language);
    fields(ar, t.vadeMecum);
    listField(ar, "node", t.framework);
    listField(ar, "questionnaire_section", t.questionnaire.sections);
    field(ar, "question_objective", t.questionObjectives);
    listField(ar, "service", t.services);
}

QByteArray digestOf(const QByteArray& payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray TemplateArchive::write(const ProjectTemplate& projectTemplate)
{
    std::ostringstream stream;
    {
        boost::archive::xml_oarchive archive(stream);
        ProjectTemplate copy = projectTemplate;
        int version = formatVersion;
        archive << boost::serialization::make_nvp("format_version", version);
        serializeTemplate(archive, copy);
    } // the archive writes its closing tag when it goes
    const QByteArray payload = QByteArray::fromStdString(stream.str());
    QByteArray out = magic;
    out += "\nformat " + QByteArray::number(formatVersion) + "\nlength " + QByteArray::number(payload.size()) +
           "\nsha256 " + digestOf(payload) + "\n\n" + payload;
    return out;
}

std::optional<ProjectTemplate> TemplateArchive::read(const QByteArray& bytes, QString& error)
{
    auto refuse = [&](const QString& why) -> std::optional<ProjectTemplate> {
        error = why;
        return std::nullopt;
    };
    if (bytes.size() > maxFileBytes)
        return refuse(tr("The file is larger than %1 MiB: it is not a Balise template.").arg(maxFileBytes >> 20));
    // The envelope, line by line.
    const qsizetype end = bytes.indexOf("\n\n");
    if (!bytes.startsWith(QByteArray(magic) + '\n') || end < 0)
        return refuse(tr("This is not a Balise template."));
    const QList<QByteArray> header = bytes.left(end).split('\n');
    if (header.size() != 4 || !header[1].startsWith("format ") || !header[2].startsWith("length ") ||
        !header[3].startsWith("sha256 "))
        return refuse(tr("The template's header is damaged."));
    bool ok = false;
    const int format = header[1].mid(7).toInt(&ok);
    if (!ok || format < 1)
        return refuse(tr("The template's header is damaged."));
    if (format > formatVersion)
        return refuse(tr("This template was made by a newer Balise (format %1; this one reads up to %2).")
                          .arg(format)
                          .arg(formatVersion));
    const qint64 length = header[2].mid(7).toLongLong(&ok);
    const QByteArray payload = bytes.mid(end + 2);
    if (!ok || length != payload.size())
        return refuse(tr("The template is incomplete: %1 bytes announced, %2 found.").arg(length).arg(payload.size()));
    if (header[3].mid(7) != digestOf(payload))
        return refuse(tr("The template's content does not match its checksum: it was damaged or changed."));
    // Boost aborts the process on an archive cut before its closing tag, and reads past its buffer on
    // end tags that do not match: the XML is checked well-formed, to the last tag, before Boost sees it.
    if (!payload.trimmed().endsWith("</boost_serialization>"))
        return refuse(tr("The template is incomplete."));
    {
        QXmlStreamReader xml(payload);
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return refuse(
                tr("The template is not well-formed XML (line %1): %2.").arg(xml.lineNumber()).arg(xml.errorString()));
    }

    ProjectTemplate read;
    try {
        std::istringstream stream(payload.toStdString());
        boost::archive::xml_iarchive archive(stream);
        // A newer Boost's archive may lay its content out differently: read it as a newer Balise's.
        if (static_cast<unsigned>(archive.get_library_version()) >
            static_cast<unsigned>(boost::archive::BOOST_ARCHIVE_VERSION()))
            return refuse(tr("This template was written by a newer Balise, whose archive format this one cannot "
                             "read."));
        int version = 0;
        archive >> boost::serialization::make_nvp("format_version", version);
        if (version < 1 || version > formatVersion)
            return refuse(tr("This template was made by a newer Balise (format %1; this one reads up to %2).")
                              .arg(version)
                              .arg(formatVersion));
        serializeTemplate(archive, read);
    } catch (const Refused& refused) {
        return refuse(tr("The template cannot be read: %1").arg(refused.message));
    } catch (const std::exception& failure) {
        return refuse(tr("The template cannot be read: %1.").arg(QString::fromLocal8Bit(failure.what()).left(200)));
    }
    if (read.id.isEmpty() || read.title.isEmpty())
        return refuse(tr("The template has no identifier or no title."));
    error.clear();
    return read;
}

} // namespace balise
