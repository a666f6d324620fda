#include "TemplateSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace balise {
namespace {

struct Refused
{
    QString message;
};

// Reads one source in one language. `m_path` names where the reader is, for messages.
class SourceReader
{
public:
    explicit SourceReader(QString language) : m_language(std::move(language)) {}

    ProjectTemplate read(const QJsonObject& root)
    {
        allowKeys(root,
                  {"format", "id", "title", "description", "vadeMecum", "framework", "questionnaire", "services"});
        if (root.value(QLatin1String("format")).toInt(-1) != TemplateSource::formatVersion)
            fail(TemplateSource::tr("the format must be %1.").arg(TemplateSource::formatVersion));
        ProjectTemplate t;
        t.id = root.value(QLatin1String("id")).toString();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
        if (!idPattern.match(t.id).hasMatch())
            fail(TemplateSource::tr("the identifier must be lower-case letters, digits and dashes."));
        t.language = m_language;
        t.title = text(root, "title", true);
        t.description = text(root, "description");
        readVadeMecum(object(root, "vadeMecum"), t.vadeMecum);
        for (const QJsonValue& node : array(root, "framework"))
            readNode(asObject(node, "framework"), QString(), t.framework);
        readQuestionnaire(root, t);
        for (const QJsonValue& service : array(root, "services"))
            t.services.append(readService(asObject(service, "services")));
        return t;
    }

private:
    // Enters a named part of the source for the messages of what is read inside it.
    class Within
    {
    public:
        Within(SourceReader& reader, const QString& part) : m_reader(reader) { m_reader.m_path.append(part); }
        ~Within() { m_reader.m_path.removeLast(); }
        Within(const Within&) = delete;
        Within& operator=(const Within&) = delete;

    private:
        SourceReader& m_reader;
    };

    [[noreturn]] void fail(const QString& what) const
    {
        throw Refused{m_path.isEmpty() ? what
                                       : TemplateSource::tr("%1: %2").arg(m_path.join(QStringLiteral(" › ")), what)};
    }

    void allowKeys(const QJsonObject& object, std::initializer_list<const char*> allowed) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key(); // made anew by each call: once per key, not once per comparison
            if (std::none_of(allowed.begin(), allowed.end(),
                             [&](const char* name) { return key == QLatin1String(name); }))
                fail(TemplateSource::tr("unknown key \"%1\".").arg(key));
        }
    }

    QJsonObject asObject(const QJsonValue& value, const char* name) const
    {
        if (!value.isObject())
            fail(TemplateSource::tr("an entry of \"%1\" must be an object.").arg(QLatin1String(name)));
        return value.toObject();
    }

    QJsonObject object(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            fail(TemplateSource::tr("\"%1\" must be an object.").arg(QLatin1String(key)));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(TemplateSource::tr("\"%1\" must be a list.").arg(QLatin1String(key)));
        return value.toArray();
    }

    // A text: the same string in every language, or {"fr": …, "en": …} with both present.
    QString textValue(const QJsonValue& value, const QString& name, bool required) const
    {
        QString result;
        if (value.isString()) {
            result = value.toString();
        } else if (value.isObject()) {
            const QJsonObject texts = value.toObject();
            for (const QString& language : TemplateSource::languages())
                if (texts.value(language).toString().trimmed().isEmpty())
                    fail(TemplateSource::tr("\"%1\" has no %2 text.").arg(name, language));
            if (texts.size() != TemplateSource::languages().size())
                fail(TemplateSource::tr("\"%1\" may hold only the languages %2.")
                         .arg(name, TemplateSource::languages().join(QStringLiteral(", "))));
            result = texts.value(m_language).toString();
        } else if (!value.isUndefined() && !value.isNull()) {
            fail(TemplateSource::tr("\"%1\" must be a text.").arg(name));
        }
        if (required && result.trimmed().isEmpty())
            fail(TemplateSource::tr("\"%1\" is required.").arg(name));
        return result;
    }

    QString text(const QJsonObject& parent, const char* key, bool required = false) const
    {
        return textValue(parent.value(QLatin1String(key)), QLatin1String(key), required);
    }

    QStringList texts(const QJsonObject& parent, const char* key) const
    {
        QStringList result;
        for (const QJsonValue& value : array(parent, key))
            result.append(textValue(value, QLatin1String(key), true));
        return result;
    }

    std::optional<double> number(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isDouble())
            fail(TemplateSource::tr("\"%1\" must be a number.").arg(QLatin1String(key)));
        return value.toDouble();
    }

    bool boolean(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isBool())
            fail(TemplateSource::tr("\"%1\" must be true or false.").arg(QLatin1String(key)));
        return value.toBool();
    }

    QDate date(const QJsonObject& parent, const char* key) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        if (!day.isValid())
            fail(TemplateSource::tr("\"%1\" must be a date written YYYY-MM-DD.").arg(QLatin1String(key)));
        return day;
    }

    template <typename E> E keyword(const QJsonValue& value, const QString& name, E fallback) const
    {
        if (value.isUndefined())
            return fallback;
        const auto parsed = fromKey<E>(value.toString());
        if (!parsed)
            fail(TemplateSource::tr("\"%1\" must be one of %2.").arg(name, keyList<E>()));
        return *parsed;
    }

    template <typename E> E keyword(const QJsonObject& parent, const char* key, E fallback) const
    {
        return keyword(parent.value(QLatin1String(key)), QLatin1String(key), fallback);
    }

    // A 1-based place in one of the vade-mecum's lists.
    qint64 place(const QJsonValue& value, qsizetype count, const QString& name) const
    {
        const int at = value.toInt(0);
        if (!value.isDouble() || at < 1 || at > count)
            fail(TemplateSource::tr("\"%1\" must be a place between 1 and %2.").arg(name).arg(count));
        return at;
    }

    void readVadeMecum(const QJsonObject& source, VadeMecum& vm)
    {
        const Within here(*this, QStringLiteral("vadeMecum"));
        allowKeys(source, {"needs", "principles", "fields", "resources", "postures", "sections"});
        int n = 0;
        for (const QJsonValue& value : array(source, "needs")) {
            const Within item(*this, QStringLiteral("needs %1").arg(++n));
            const QJsonObject o = asObject(value, "needs");
            allowKeys(o, {"domain", "priority", "title", "description"});
            vm.needs.append({NoId, keyword(o, "domain", Domain::Other), text(o, "title"), text(o, "description"),
                             keyword(o, "priority", Priority::Medium)});
        }
        n = 0;
        for (const QJsonValue& value : array(source, "principles")) {
            const Within item(*this, QStringLiteral("principles %1").arg(++n));
            const QJsonObject o = asObject(value, "principles");
            allowKeys(o, {"title", "description"});
            vm.principles.append({NoId, text(o, "title"), text(o, "description")});
        }
        n = 0;
        for (const QJsonValue& value : array(source, "fields")) {
            const Within item(*this, QStringLiteral("fields %1").arg(++n));
            const QJsonObject o = asObject(value, "fields");
            allowKeys(o, {"family", "title", "description"});
            vm.fields.append(
                {NoId, keyword(o, "family", FieldFamily::UserOriented), text(o, "title"), text(o, "description")});
        }
        n = 0;
        for (const QJsonValue& value : array(source, "resources")) {
            const Within item(*this, QStringLiteral("resources %1").arg(++n));
            const QJsonObject o = asObject(value, "resources");
            allowKeys(o, {"kind", "title", "description", "conditions"});
            vm.resources.append({NoId, keyword(o, "kind", ResourceKind::Other), text(o, "title"),
                                 text(o, "description"), texts(o, "conditions")});
        }
        for (const QJsonValue& value : array(source, "postures")) {
            const QJsonObject o = asObject(value, "postures");
            const Within item(*this, o.value(QLatin1String("posture")).toString());
            allowKeys(o, {"posture", "stance"});
            const Posture posture = keyword(o, "posture", Posture::Regulator);
            if (std::any_of(vm.postures.cbegin(), vm.postures.cend(),
                            [&](const PostureStance& s) { return s.posture == posture; }))
                fail(TemplateSource::tr("the posture is stated twice."));
            vm.postures.append({posture, text(o, "stance")});
        }
        n = 0;
        for (const QJsonValue& value : array(source, "sections")) {
            const Within item(*this, QStringLiteral("sections %1").arg(++n));
            const QJsonObject o = asObject(value, "sections");
            allowKeys(o, {"title", "body"});
            vm.sections.append({NoId, text(o, "title"), text(o, "body")});
        }
        m_vadeMecum = vm;
    }

    VadeMecumLink link(const QJsonValue& value) const
    {
        static const QRegularExpression pattern(QStringLiteral("^(need|principle|field):([0-9]{1,6})$"));
        const QRegularExpressionMatch match = pattern.match(value.toString());
        if (!match.hasMatch())
            fail(TemplateSource::tr("\"%1\" is not need:N, principle:N or field:N.").arg(value.toString().left(40)));
        const QString target = match.captured(1);
        const LinkTarget kind = target == QLatin1String("need")        ? LinkTarget::Need
                                : target == QLatin1String("principle") ? LinkTarget::Principle
                                                                       : LinkTarget::Field;
        const qsizetype count = kind == LinkTarget::Need        ? m_vadeMecum.needs.size()
                                : kind == LinkTarget::Principle ? m_vadeMecum.principles.size()
                                                                : m_vadeMecum.fields.size();
        return {kind, place(match.captured(2).toInt(), count, value.toString())};
    }

    void readIndicator(const QJsonObject& o, IndicatorSpec& s)
    {
        s.definition = text(o, "definition");
        s.unit = text(o, "unit");
        s.direction = keyword(o, "direction", Direction::HigherIsBetter);
        s.kind = keyword(o, "indicatorKind", IndicatorKind::Quantitative);
        for (const QJsonValue& level : array(o, "levels")) {
            // {"label": TEXT, "score": N}, or a TEXT (which may be itself {"fr": …, "en": …}).
            if (level.isObject() && level.toObject().contains(QLatin1String("label"))) {
                const Within here(*this, QStringLiteral("levels"));
                const QJsonObject l = level.toObject();
                allowKeys(l, {"label", "score"});
                s.levels.append({text(l, "label", true), number(l, "score")});
            } else {
                s.levels.append({textValue(level, QStringLiteral("levels"), true), std::nullopt});
            }
        }
        if (s.kind == IndicatorKind::Qualitative && s.levels.size() < 2)
            fail(TemplateSource::tr("a qualitative indicator needs at least two levels."));
        if (s.kind == IndicatorKind::Quantitative && !s.levels.isEmpty())
            fail(TemplateSource::tr("only a qualitative indicator has levels."));
        s.source = text(o, "source");
        s.protocol = text(o, "protocol");
        s.frequency = text(o, "frequency");
        s.collectionCost = number(o, "collectionCost");
        s.collectionCostNote = text(o, "collectionCostNote");
        s.baseline = number(o, "baseline");
        s.baselineDate = date(o, "baselineDate");
        s.target = number(o, "target");
        s.targetDate = date(o, "targetDate");
        s.bandLow = number(o, "bandLow");
        s.bandHigh = number(o, "bandHigh");
        s.bandTolerance = number(o, "bandTolerance");
        if (s.direction == Direction::TargetBand && (!s.bandLow || !s.bandHigh || *s.bandLow > *s.bandHigh))
            fail(TemplateSource::tr("a target band needs bandLow no greater than bandHigh."));
        s.normalization = keyword(o, "normalization", Normalization::Default);
        s.redBelow = number(o, "redBelow");
        s.greenFrom = number(o, "greenFrom");
        const QJsonObject quality = object(o, "quality");
        const Within here(*this, QStringLiteral("quality"));
        for (auto it = quality.begin(); it != quality.end(); ++it) {
            const auto q = fromKey<Quality>(it.key());
            if (!q)
                fail(TemplateSource::tr("unknown key \"%1\".").arg(it.key()));
            QualityRating& rating = s.rating(*q);
            QJsonValue value = it.value();
            if (value.isObject()) {
                const Within item(*this, it.key());
                const QJsonObject r = value.toObject();
                allowKeys(r, {"rating", "note"});
                rating.justification = text(r, "note");
                value = r.value(QLatin1String("rating"));
            }
            const int score = value.toInt(-1);
            if (!value.isDouble() || score < 0 || score > 4 || value.toDouble() != score)
                fail(TemplateSource::tr("\"%1\" must be a rating from 0 to 4.").arg(it.key()));
            rating.rating = score;
        }
    }

    void readNode(const QJsonObject& o, const QString& parentCode, QList<FrameworkImportNode>& nodes)
    {
        const QString code = o.value(QLatin1String("code")).toString().trimmed();
        const Within here(*this, code.isEmpty() ? QStringLiteral("?") : code);
        if (code.isEmpty())
            fail(TemplateSource::tr("\"code\" is required."));
        if (m_codes.contains(code))
            fail(TemplateSource::tr("the code is used twice."));
        m_codes.insert(code);

        FrameworkImportNode item;
        item.parentCode = parentCode;
        FrameworkNode& node = item.node;
        node.kind = keyword(o.value(QLatin1String("kind")), QStringLiteral("kind"), NodeKind::Objective);
        if (!o.contains(QLatin1String("kind")))
            fail(TemplateSource::tr("\"kind\" is required."));
        if (node.isIndicator())
            allowKeys(
                o, {"kind",           "code",      "name",         "description", "owner",         "weight",
                    "actions",        "serves",    "children",     "definition",  "unit",          "direction",
                    "indicatorKind",  "levels",    "source",       "protocol",    "frequency",     "collectionCostNote",
                    "collectionCost", "baseline",  "target",       "bandLow",     "bandHigh",      "bandTolerance",
                    "redBelow",       "greenFrom", "baselineDate", "targetDate",  "normalization", "quality"});
        else
            allowKeys(o, {"kind", "code", "name", "description", "owner", "weight", "actions", "serves", "children"});
        node.code = code;
        node.name = text(o, "name", true);
        node.description = text(o, "description");
        node.owner = text(o, "owner");
        node.weight = number(o, "weight").value_or(1.0);
        if (!(node.weight > 0))
            fail(TemplateSource::tr("\"weight\" must be greater than 0."));
        node.actions = texts(o, "actions").join(QLatin1Char('\n'));
        const QJsonArray serves = array(o, "serves");
        if (!serves.isEmpty() && node.kind != NodeKind::Objective)
            fail(TemplateSource::tr("only an objective serves the vade-mecum."));
        for (const QJsonValue& value : serves)
            node.links.append(link(value));
        if (node.isIndicator())
            readIndicator(o, node.indicator);
        if (node.kind == NodeKind::Objective)
            m_objectives.insert(code);
        const QJsonArray children = array(o, "children");
        if (node.isIndicator() && !children.isEmpty())
            fail(TemplateSource::tr("an indicator has no children."));
        nodes.append(item);
        for (const QJsonValue& child : children)
            readNode(asObject(child, "children"), code, nodes);
    }

    void readQuestionnaire(const QJsonObject& root, ProjectTemplate& t)
    {
        int s = 0;
        for (const QJsonValue& value : array(root, "questionnaire")) {
            const Within section(*this, QStringLiteral("questionnaire %1").arg(++s));
            const QJsonObject o = asObject(value, "questionnaire");
            allowKeys(o, {"title", "questions"});
            QuestionnaireSection part;
            part.title = text(o, "title");
            int n = 0;
            for (const QJsonValue& entry : array(o, "questions")) {
                const Within item(*this, QStringLiteral("question %1").arg(++n));
                const QJsonObject q = asObject(entry, "questions");
                allowKeys(q, {"text", "kind", "choices", "scaleMin", "scaleMax", "scored", "weight", "lowerIsBetter",
                              "need", "objective"});
                Question question;
                question.text = text(q, "text", true);
                question.kind = keyword(q, "kind", QuestionKind::FreeText);
                question.choices = texts(q, "choices");
                const bool choice =
                    question.kind == QuestionKind::SingleChoice || question.kind == QuestionKind::MultipleChoice;
                if (choice && question.choices.size() < 2)
                    fail(TemplateSource::tr("a choice question needs at least two choices."));
                question.scaleMin = static_cast<int>(number(q, "scaleMin").value_or(1));
                question.scaleMax = static_cast<int>(number(q, "scaleMax").value_or(5));
                if (question.scaleMin >= question.scaleMax)
                    fail(TemplateSource::tr("\"scaleMin\" must be below \"scaleMax\"."));
                question.scored = boolean(q, "scored");
                if (question.scored && question.kind == QuestionKind::FreeText)
                    fail(TemplateSource::tr("a free-text question cannot be scored."));
                question.weight = number(q, "weight").value_or(1.0);
                if (!(question.weight > 0))
                    fail(TemplateSource::tr("\"weight\" must be greater than 0."));
                question.lowerIsBetter = boolean(q, "lowerIsBetter");
                if (q.contains(QLatin1String("need")))
                    question.needId =
                        place(q.value(QLatin1String("need")), m_vadeMecum.needs.size(), QStringLiteral("need"));
                const QString objective = q.value(QLatin1String("objective")).toString();
                if (!objective.isEmpty() && !m_objectives.contains(objective))
                    fail(TemplateSource::tr("no objective has the code \"%1\".").arg(objective.left(40)));
                t.questionObjectives.append(objective);
                part.questions.append(question);
            }
            t.questionnaire.sections.append(part);
        }
    }

    DataService readService(const QJsonObject& o)
    {
        const Within here(*this, text(o, "name", true));
        allowKeys(o, {"name", "operator", "description", "populationReached", "populationNotReached", "domain",
                      "dataRole", "postures", "destabilisation"});
        DataService s;
        s.name = text(o, "name", true);
        s.operatorName = text(o, "operator");
        s.description = text(o, "description");
        s.populationReached = text(o, "populationReached");
        s.populationNotReached = text(o, "populationNotReached");
        s.domain = keyword(o, "domain", Domain::Other);
        s.dataRole = keyword(o, "dataRole", DataRole::Lever);
        for (const QJsonValue& posture : array(o, "postures"))
            s.postures |= static_cast<int>(keyword(posture, QStringLiteral("postures"), Posture::Regulator));
        const QJsonObject axes = object(o, "destabilisation");
        for (auto it = axes.begin(); it != axes.end(); ++it) {
            const auto axis = fromKey<DestabilisationAxis>(it.key());
            if (!axis)
                fail(TemplateSource::tr("unknown key \"%1\".").arg(it.key()));
            const int rating = it.value().toInt(-1);
            if (!it.value().isDouble() || rating < 0 || rating > 4)
                fail(TemplateSource::tr("\"%1\" must be a rating from 0 to 4.").arg(it.key()));
            s.destabilisation[static_cast<size_t>(*axis)] = rating;
        }
        return s;
    }

    QString m_language;
    QStringList m_path;
    VadeMecum m_vadeMecum; // read before the framework and questionnaire, which cite its places
    QSet<QString> m_codes;
    QSet<QString> m_objectives;
};

} // namespace

QStringList TemplateSource::languages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

namespace {

bool isSourceLanguage(const QString& language, QString& error)
{
    if (TemplateSource::languages().contains(language))
        return true;
    error = TemplateSource::tr("Templates are written in %1, not \"%2\".")
                .arg(TemplateSource::languages().join(QStringLiteral(", ")), language);
    return false;
}

} // namespace

std::optional<ProjectTemplate> TemplateSource::read(const QByteArray& json, const QString& language, QString& error)
{
    if (!isSourceLanguage(language, error))
        return std::nullopt;
    if (json.size() > maxFileBytes) {
        error = tr("The template source is larger than %1 MiB.").arg(maxFileBytes >> 20);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = tr("The template source is not valid JSON (at byte %1): %2.")
                    .arg(parseError.offset)
                    .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = tr("The template source must be a JSON object.");
        return std::nullopt;
    }
    return read(document.object(), language, error);
}

std::optional<ProjectTemplate> TemplateSource::read(const QJsonObject& source, const QString& language, QString& error)
{
    if (!isSourceLanguage(language, error))
        return std::nullopt;
    try {
        return SourceReader(language).read(source);
    } catch (const Refused& refused) {
        error = tr("The template source is refused: %1").arg(refused.message);
    }
    return std::nullopt;
}

namespace {

// Sets `key` only when the value says something, so that the source stays as short as a hand-written one.
void put(QJsonObject& o, const char* key, const QString& text)
{
    if (!text.isEmpty())
        o.insert(QLatin1String(key), text);
}

void put(QJsonObject& o, const char* key, const std::optional<double>& value)
{
    if (value)
        o.insert(QLatin1String(key), *value);
}

void put(QJsonObject& o, const char* key, const QDate& date)
{
    if (date.isValid())
        o.insert(QLatin1String(key), date.toString(Qt::ISODate));
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray array;
    for (const QString& text : list)
        array.append(text);
    return array;
}

QJsonObject indicatorJson(QJsonObject o, const IndicatorSpec& s)
{
    put(o, "definition", s.definition);
    put(o, "unit", s.unit);
    o.insert(QStringLiteral("direction"), keyOf(s.direction));
    o.insert(QStringLiteral("indicatorKind"), keyOf(s.kind));
    if (!s.levels.isEmpty()) {
        QJsonArray levels;
        for (const QualitativeLevel& level : s.levels) {
            QJsonObject l{{QStringLiteral("label"), level.label}};
            put(l, "score", level.score);
            levels.append(l);
        }
        o.insert(QStringLiteral("levels"), levels);
    }
    put(o, "source", s.source);
    put(o, "protocol", s.protocol);
    put(o, "frequency", s.frequency);
    put(o, "collectionCost", s.collectionCost);
    put(o, "collectionCostNote", s.collectionCostNote);
    put(o, "baseline", s.baseline);
    put(o, "baselineDate", s.baselineDate);
    put(o, "target", s.target);
    put(o, "targetDate", s.targetDate);
    put(o, "bandLow", s.bandLow);
    put(o, "bandHigh", s.bandHigh);
    put(o, "bandTolerance", s.bandTolerance);
    if (s.normalization != Normalization::Default)
        o.insert(QStringLiteral("normalization"), keyOf(s.normalization));
    put(o, "redBelow", s.redBelow);
    put(o, "greenFrom", s.greenFrom);
    QJsonObject quality;
    for (int q = 0; q < QualityCount; ++q) {
        const QualityRating& r = s.quality[static_cast<size_t>(q)];
        if (!r.rating && r.justification.isEmpty())
            continue;
        QJsonObject rating;
        if (r.rating)
            rating.insert(QStringLiteral("rating"), *r.rating);
        put(rating, "note", r.justification);
        quality.insert(keyOf(static_cast<Quality>(q)), rating);
    }
    if (!quality.isEmpty())
        o.insert(QStringLiteral("quality"), quality);
    return o;
}

} // namespace

QJsonObject TemplateSource::toJson(const ProjectTemplate& t)
{
    QJsonObject root{
        {QStringLiteral("format"), formatVersion}, {QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title}};
    put(root, "description", t.description);

    const VadeMecum& vm = t.vadeMecum;
    QJsonObject vadeMecum;
    auto list = [&](const char* key, auto items, auto convert) {
        QJsonArray array;
        for (const auto& item : items)
            array.append(convert(item));
        if (!array.isEmpty())
            vadeMecum.insert(QLatin1String(key), array);
    };
    list("needs", vm.needs, [](const Need& n) {
        QJsonObject o{{QStringLiteral("domain"), keyOf(n.domain)},
                      {QStringLiteral("priority"), keyOf(n.priority)},
                      {QStringLiteral("title"), n.title}};
        put(o, "description", n.description);
        return o;
    });
    list("principles", vm.principles, [](const Principle& p) {
        QJsonObject o{{QStringLiteral("title"), p.title}};
        put(o, "description", p.description);
        return o;
    });
    list("fields", vm.fields, [](const FieldOfAttention& f) {
        QJsonObject o{{QStringLiteral("family"), keyOf(f.family)}, {QStringLiteral("title"), f.title}};
        put(o, "description", f.description);
        return o;
    });
    list("resources", vm.resources, [](const Resource& r) {
        QJsonObject o{{QStringLiteral("kind"), keyOf(r.kind)}, {QStringLiteral("title"), r.title}};
        put(o, "description", r.description);
        if (!r.conditions.isEmpty())
            o.insert(QStringLiteral("conditions"), strings(r.conditions));
        return o;
    });
    list("postures", vm.postures, [](const PostureStance& p) {
        return QJsonObject{{QStringLiteral("posture"), keyOf(p.posture)}, {QStringLiteral("stance"), p.stance}};
    });
    list("sections", vm.sections, [](const FreeSection& f) {
        QJsonObject o{{QStringLiteral("title"), f.title}};
        put(o, "body", f.body);
        return o;
    });
    root.insert(QStringLiteral("vadeMecum"), vadeMecum);

    // The framework as a tree: each node under its parent's code, in order.
    std::function<QJsonArray(const QString&)> children = [&](const QString& parentCode) {
        QJsonArray array;
        for (const FrameworkImportNode& item : t.framework) {
            if (item.parentCode != parentCode)
                continue;
            const FrameworkNode& n = item.node;
            QJsonObject o{{QStringLiteral("kind"), keyOf(n.kind)},
                          {QStringLiteral("code"), n.code},
                          {QStringLiteral("name"), n.name},
                          {QStringLiteral("weight"), n.weight}};
            put(o, "description", n.description);
            put(o, "owner", n.owner);
            if (!n.actions.isEmpty())
                o.insert(QStringLiteral("actions"), strings(n.actions.split(QLatin1Char('\n'))));
            QJsonArray serves;
            for (const VadeMecumLink& link : n.links) {
                const char* target = link.target == LinkTarget::Need        ? "need"
                                     : link.target == LinkTarget::Principle ? "principle"
                                                                            : "field";
                serves.append(QStringLiteral("%1:%2").arg(QLatin1String(target)).arg(link.id));
            }
            if (!serves.isEmpty())
                o.insert(QStringLiteral("serves"), serves);
            if (n.isIndicator()) {
                o = indicatorJson(o, n.indicator);
            } else if (const QJsonArray below = children(n.code); !below.isEmpty()) {
                o.insert(QStringLiteral("children"), below);
            }
            array.append(o);
        }
        return array;
    };
    root.insert(QStringLiteral("framework"), children(QString()));

    QJsonArray sections;
    qsizetype k = 0;
    for (const QuestionnaireSection& section : t.questionnaire.sections) {
        QJsonArray questions;
        for (const Question& q : section.questions) {
            QJsonObject o{{QStringLiteral("text"), q.text}, {QStringLiteral("kind"), keyOf(q.kind)}};
            if (!q.choices.isEmpty())
                o.insert(QStringLiteral("choices"), strings(q.choices));
            if (q.kind == QuestionKind::Scale || q.scaleMin != 1 || q.scaleMax != 5) {
                o.insert(QStringLiteral("scaleMin"), q.scaleMin);
                o.insert(QStringLiteral("scaleMax"), q.scaleMax);
            }
            if (q.scored)
                o.insert(QStringLiteral("scored"), true);
            if (q.weight != 1.0)
                o.insert(QStringLiteral("weight"), q.weight);
            if (q.lowerIsBetter)
                o.insert(QStringLiteral("lowerIsBetter"), true);
            if (q.needId != NoId)
                o.insert(QStringLiteral("need"), static_cast<qint64>(q.needId));
            if (const QString objective = t.questionObjectives.value(k); !objective.isEmpty())
                o.insert(QStringLiteral("objective"), objective);
            ++k;
            questions.append(o);
        }
        sections.append(
            QJsonObject{{QStringLiteral("title"), section.title}, {QStringLiteral("questions"), questions}});
    }
    if (!sections.isEmpty())
        root.insert(QStringLiteral("questionnaire"), sections);

    QJsonArray services;
    for (const DataService& s : t.services) {
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("domain"), keyOf(s.domain)},
                      {QStringLiteral("dataRole"), keyOf(s.dataRole)}};
        put(o, "operator", s.operatorName);
        put(o, "description", s.description);
        put(o, "populationReached", s.populationReached);
        put(o, "populationNotReached", s.populationNotReached);
        QJsonArray postures;
        for (int flag = 1; flag <= AllPostures; flag <<= 1)
            if (s.postures & flag)
                postures.append(keyOf(static_cast<Posture>(flag)));
        if (!postures.isEmpty())
            o.insert(QStringLiteral("postures"), postures);
        QJsonObject axes;
        for (int a = 0; a < DestabilisationAxisCount; ++a)
            if (const auto& rating = s.destabilisation[static_cast<size_t>(a)])
                axes.insert(keyOf(static_cast<DestabilisationAxis>(a)), *rating);
        if (!axes.isEmpty())
            o.insert(QStringLiteral("destabilisation"), axes);
        services.append(o);
    }
    if (!services.isEmpty())
        root.insert(QStringLiteral("services"), services);
    return root;
}

} // namespace balise
