#include "ServiceCsvReader.h"

#include "CsvHeader.h"
#include "ImportErrorList.h"
#include "ModelValidator.h"

#include <QHash>

namespace balise {
namespace {

const QString Service = QStringLiteral("service");
const QString Operator = QStringLiteral("operator");
const QString DomainColumn = QStringLiteral("domain");
const QString Description = QStringLiteral("description");
const QString Role = QStringLiteral("data_role");
const QString Reached = QStringLiteral("population_reached");
const QString NotReached = QStringLiteral("population_not_reached");
const QString Postures = QStringLiteral("postures");

QString axisColumn(DestabilisationAxis axis)
{
    return destabilisationField(axis);
}

// Users write the French words of the guide as often as Balise's keys.
template <typename E> std::optional<E> parseWord(const QString& text, const QHash<QString, E>& french)
{
    if (const auto value = fromKey<E>(text))
        return value;
    const QString word = text.trimmed().toLower();
    for (E candidate : allValues<E>())
        if (labelOf(candidate).toLower() == word)
            return candidate;
    return french.contains(word) ? std::optional<E>(french.value(word)) : std::nullopt;
}

const QHash<QString, Domain>& frenchDomains()
{
    static const QHash<QString, Domain> words = {{QStringLiteral("mobilité"), Domain::Mobility},
                                                 {QStringLiteral("énergie"), Domain::Energy},
                                                 {QStringLiteral("déchets"), Domain::WasteCircularEconomy},
                                                 {QStringLiteral("eau"), Domain::Water},
                                                 {QStringLiteral("santé"), Domain::Health},
                                                 {QStringLiteral("éducation"), Domain::Education},
                                                 {QStringLiteral("logement"), Domain::Housing},
                                                 {QStringLiteral("finances publiques"), Domain::PublicFinances},
                                                 {QStringLiteral("autre"), Domain::Other}};
    return words;
}

const QHash<QString, DataRole>& frenchRoles()
{
    static const QHash<QString, DataRole> words = {{QStringLiteral("matière première"), DataRole::RawMaterial},
                                                   {QStringLiteral("levier"), DataRole::Lever},
                                                   {QStringLiteral("actif stratégique"), DataRole::StrategicAsset}};
    return words;
}

const QHash<QString, Posture>& frenchPostures()
{
    static const QHash<QString, Posture> words = {{QStringLiteral("régulateur"), Posture::Regulator},
                                                  {QStringLiteral("client de données"), Posture::DataClient},
                                                  {QStringLiteral("réutilisateur de données"), Posture::DataReuser},
                                                  {QStringLiteral("investisseur"), Posture::Investor},
                                                  {QStringLiteral("créateur de communs"), Posture::CommonsCreator}};
    return words;
}

} // namespace

QStringList ServiceCsvReader::attributeColumns()
{
    QStringList columns{Operator, DomainColumn, Description, Role, Reached, NotReached, Postures};
    for (DestabilisationAxis axis : allValues<DestabilisationAxis>())
        columns.append(axisColumn(axis));
    return columns;
}

bool ServiceCsvReader::isServiceFile(const CsvDocument& document)
{
    if (document.rows.isEmpty())
        return false;
    const CsvHeader header(document.rows.first());
    if (header.nameAt(0) != Service || header.contains(QStringLiteral("indicator")) ||
        header.contains(QStringLiteral("value")))
        return false;
    for (const QString& column : attributeColumns())
        if (header.contains(column))
            return true;
    return false;
}

ServiceImportPlan ServiceCsvReader::read(const CsvDocument& document)
{
    ServiceImportPlan plan;
    plan.separator = document.separator;
    plan.errors = document.errors;
    if (!document.ok())
        return plan;
    ImportErrorList errors;
    ImportErrorList warnings;
    if (!isServiceFile(document)) {
        errors.add(document.rows.isEmpty() ? 1 : document.rows.first().line, 0,
                   tr("A services file starts with a column service, followed by columns such as operator, domain, "
                      "data_role, population_reached, population_not_reached or postures."));
        plan.errors = errors.toList();
        return plan;
    }
    const CsvHeader header(document.rows.first());
    for (int c = 1; c < header.size(); ++c) {
        const QString name = header.nameAt(c);
        if (attributeColumns().contains(name))
            plan.fields.insert(name);
        else if (!name.isEmpty())
            warnings.add(header.row().errorAt(
                c, tr("The column \"%1\" is not known: it is ignored.").arg(header.row().text(c))));
    }

    QHash<QString, int> seen; // lower-case name → line
    for (qsizetype r = 1; r < document.rows.size(); ++r) {
        const CsvRow& row = document.rows[r];
        auto cell = [&](const QString& column) {
            return row.text(header.indexOf(column));
        };
        auto error = [&](const QString& column, const QString& message) {
            errors.add(row.errorAt(header.indexOf(column), message));
        };
        ServiceImportRow entry;
        entry.line = row.line;
        DataService& s = entry.service;
        s.name = cell(Service);
        if (s.name.isEmpty()) {
            error(Service, tr("The name of the service is missing."));
            continue;
        }
        if (const auto previous = seen.constFind(s.name.toLower()); previous != seen.cend()) {
            error(Service, tr("The service \"%1\" is already described on line %2.").arg(s.name).arg(*previous));
            continue;
        }
        seen.insert(s.name.toLower(), row.line);
        s.operatorName = cell(Operator);
        s.description = cell(Description);
        s.populationReached = cell(Reached);
        s.populationNotReached = cell(NotReached);
        if (const QString text = cell(DomainColumn); !text.isEmpty()) {
            if (const auto domain = parseWord(text, frenchDomains()))
                s.domain = *domain;
            else
                error(DomainColumn, tr("\"%1\" is not a domain; write one of: %2.").arg(text, keyList<Domain>()));
        }
        if (const QString text = cell(Role); !text.isEmpty()) {
            if (const auto role = parseWord(text, frenchRoles()))
                s.dataRole = *role;
            else
                error(Role, tr("\"%1\" is not a role of data; write one of: %2.").arg(text, keyList<DataRole>()));
        }
        for (const QString& word : cell(Postures).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            if (const auto posture = parseWord(word, frenchPostures()))
                s.postures |= static_cast<int>(*posture);
            else
                error(Postures, tr("\"%1\" is not a posture; write some of: %2, separated by |.")
                                    .arg(word.trimmed(), keyList<Posture>()));
        }
        for (DestabilisationAxis axis : allValues<DestabilisationAxis>()) {
            const QString text = cell(axisColumn(axis));
            if (text.isEmpty())
                continue;
            bool ok = false;
            const int rating = text.toInt(&ok);
            if (ok && rating >= 0 && rating <= 4)
                s.destabilisation[static_cast<size_t>(axis)] = rating;
            else
                error(axisColumn(axis), tr("The rating of %1 is a whole number from 0 to 4, not \"%2\".")
                                            .arg(labelOf(axis).toLower(), text));
        }
        plan.rows.append(entry);
    }
    plan.errors = errors.toList();
    plan.warnings = warnings.toList();
    return plan;
}

} // namespace balise
