#include "Schema.h"

#include "SqliteConnection.h"

#include <QCoreApplication>

namespace balise {
namespace {

// Version 1: the first published layout (territory, vade-mecum, questionnaire, framework, services,
// periods, measurements). Kept verbatim: migration tests build version-1 files from it.
constexpr const char* schemaVersion1 = R"sql(
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    territory_name TEXT NOT NULL DEFAULT '',
    territory_kind TEXT NOT NULL DEFAULT 'ville',
    territory_population INTEGER,
    created_at TEXT NOT NULL
);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE need (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, domain TEXT NOT NULL, title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', priority TEXT NOT NULL
);
CREATE TABLE principle (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE field_of_attention (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, family TEXT NOT NULL, title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE resource (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE resource_condition (
    resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (resource_id, position)
);
CREATE TABLE posture_stance (posture TEXT PRIMARY KEY, stance TEXT NOT NULL);
CREATE TABLE vademecum_section (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL DEFAULT ''
);
CREATE TABLE vademecum_revision (
    id INTEGER PRIMARY KEY, number INTEGER NOT NULL UNIQUE, created_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, validated_by TEXT NOT NULL DEFAULT '',
    validated_on TEXT, summary TEXT NOT NULL DEFAULT '', snapshot BLOB NOT NULL
);
CREATE TABLE framework_node (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES framework_node(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight REAL NOT NULL CHECK (weight >= 0),
    owner TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT ''
);
CREATE INDEX framework_node_parent ON framework_node(parent_id, position);
CREATE TABLE node_link (
    node_id INTEGER NOT NULL REFERENCES framework_node(id) ON DELETE CASCADE,
    need_id INTEGER REFERENCES need(id) ON DELETE CASCADE,
    principle_id INTEGER REFERENCES principle(id) ON DELETE CASCADE,
    field_id INTEGER REFERENCES field_of_attention(id) ON DELETE CASCADE,
    CHECK ((need_id IS NOT NULL) + (principle_id IS NOT NULL) + (field_id IS NOT NULL) = 1)
);
CREATE INDEX node_link_node ON node_link(node_id);
CREATE TABLE indicator (
    node_id INTEGER PRIMARY KEY REFERENCES framework_node(id) ON DELETE CASCADE,
    definition TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL,
    kind TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', protocol TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '', collection_cost REAL, collection_cost_note TEXT NOT NULL DEFAULT '',
    baseline REAL, baseline_date TEXT, target REAL, target_date TEXT,
    band_low REAL, band_high REAL, band_tolerance REAL,
    normalization TEXT NOT NULL DEFAULT 'default', red_below REAL, green_from REAL
);
CREATE TABLE indicator_level (
    indicator_id INTEGER NOT NULL REFERENCES indicator(node_id) ON DELETE CASCADE,
    position INTEGER NOT NULL, label TEXT NOT NULL, score REAL,
    PRIMARY KEY (indicator_id, position)
);
CREATE TABLE indicator_quality (
    indicator_id INTEGER NOT NULL REFERENCES indicator(node_id) ON DELETE CASCADE,
    quality TEXT NOT NULL, rating INTEGER CHECK (rating BETWEEN 0 AND 4), justification TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (indicator_id, quality)
);
CREATE TABLE questionnaire_section (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL);
CREATE TABLE question (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES questionnaire_section(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, choices TEXT NOT NULL DEFAULT '[]',
    scale_min INTEGER NOT NULL DEFAULT 1, scale_max INTEGER NOT NULL DEFAULT 5,
    scored INTEGER NOT NULL DEFAULT 0, weight REAL NOT NULL DEFAULT 1,
    need_id INTEGER REFERENCES need(id) ON DELETE SET NULL,
    objective_id INTEGER REFERENCES framework_node(id) ON DELETE SET NULL
);
CREATE TABLE data_service (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    operator TEXT NOT NULL DEFAULT '', domain TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    data_role TEXT NOT NULL, population_reached TEXT NOT NULL DEFAULT '',
    population_not_reached TEXT NOT NULL DEFAULT '', postures INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE service_destabilisation (
    service_id INTEGER NOT NULL REFERENCES data_service(id) ON DELETE CASCADE,
    axis TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
    PRIMARY KEY (service_id, axis)
);
CREATE TABLE questionnaire_answer (
    service_id INTEGER NOT NULL REFERENCES data_service(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    answer TEXT NOT NULL,
    PRIMARY KEY (service_id, question_id)
);
CREATE TABLE period (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, label TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL, start_date TEXT, end_date TEXT
);
CREATE TABLE measurement (
    service_id INTEGER NOT NULL REFERENCES data_service(id) ON DELETE CASCADE,
    indicator_id INTEGER NOT NULL REFERENCES indicator(node_id) ON DELETE CASCADE,
    period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
    state TEXT NOT NULL, value REAL, level INTEGER, source TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', entered_at TEXT,
    PRIMARY KEY (service_id, indicator_id, period_id)
) WITHOUT ROWID;
CREATE INDEX measurement_indicator ON measurement(indicator_id);
CREATE INDEX measurement_period ON measurement(period_id);
)sql";

// Version 2: impact accounts (rec. 9 of the guide: cost/benefit per unit of activity) and the
// confidence of each measurement.
constexpr const char* migrationTo2 = R"sql(
ALTER TABLE measurement ADD COLUMN confidence REAL CHECK (confidence BETWEEN 0 AND 1);
CREATE TABLE impact_account (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    service_id INTEGER REFERENCES data_service(id) ON DELETE SET NULL,
    unit TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL DEFAULT 'EUR', investment REAL,
    discount_rate REAL NOT NULL DEFAULT 0.04
);
CREATE TABLE impact_line (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES impact_account(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, label TEXT NOT NULL, value_per_unit REAL NOT NULL, bearer TEXT NOT NULL
);
CREATE TABLE impact_volume (
    account_id INTEGER NOT NULL REFERENCES impact_account(id) ON DELETE CASCADE,
    period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
    volume REAL NOT NULL,
    PRIMARY KEY (account_id, period_id)
);
)sql";

// Version 3: how the weights of each node's children were set (the method and what was entered for it),
// so that a weighting can be reopened and explained. parent_id 0 stands for the objectives; the
// inputs are JSON (WeightingJson). No foreign key: a record outlives its node's removal harmlessly,
// and an undone removal finds it again. And which way a scored question counts (lower_is_better: "no"
// is the good answer, the low end of a scale, the first choice).
constexpr const char* migrationTo3 = R"sql(
CREATE TABLE weighting (
    parent_id INTEGER PRIMARY KEY, method TEXT NOT NULL, inputs TEXT NOT NULL DEFAULT '{}'
);
ALTER TABLE question ADD COLUMN lower_is_better INTEGER NOT NULL DEFAULT 0;
)sql";

// Migration step N takes a file from version N-1 to N. Index 0 is unused (version 1 is created).
constexpr const char* migrationSteps[] = {nullptr, nullptr, migrationTo2, migrationTo3};
static_assert(std::size(migrationSteps) == Schema::currentVersion + 1, "one migration step per version");

void setVersion(SqliteConnection& connection, int version)
{
    // PRAGMA takes no bound parameters; the value is a compile-time integer, never user input.
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    connection.execute(sql.constData());
}

} // namespace

void Schema::create(SqliteConnection& connection)
{
    const QByteArray appId = "PRAGMA application_id = " + QByteArray::number(applicationId);
    connection.execute(appId.constData());
    connection.execute(schemaVersion1);
    setVersion(connection, 1);
    migrate(connection, 1);
}

void Schema::migrate(SqliteConnection& connection, int fromVersion)
{
    for (int version = fromVersion + 1; version <= currentVersion; ++version) {
        connection.execute(migrationSteps[version]);
        setVersion(connection, version);
    }
}

QStringList Schema::requiredTables()
{
    return {QStringLiteral("project"),        QStringLiteral("setting"),
            QStringLiteral("need"),           QStringLiteral("framework_node"),
            QStringLiteral("indicator"),      QStringLiteral("data_service"),
            QStringLiteral("period"),         QStringLiteral("measurement"),
            QStringLiteral("impact_account"), QStringLiteral("vademecum_revision"),
            QStringLiteral("weighting")};
}

} // namespace balise
