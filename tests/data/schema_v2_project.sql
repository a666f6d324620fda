-- A project as Balise's schema version 2 stored it (impact accounts and measurement confidence added),
-- frozen here as a fixture of the migration tests: the tables exactly as version 2 created them, then
-- some content. Never edit this file to follow later schema changes: it stands for files already on
-- users' disks.
PRAGMA application_id = 1111575635;
PRAGMA user_version = 2;
CREATE TABLE data_service (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    operator TEXT NOT NULL DEFAULT '', domain TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    data_role TEXT NOT NULL, population_reached TEXT NOT NULL DEFAULT '',
    population_not_reached TEXT NOT NULL DEFAULT '', postures INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "data_service" VALUES(1,0,'Microgrid des Tanneurs','','other','','lever','','',0);
INSERT INTO "data_service" VALUES(2,1,'Boucle des Coteaux','','other','','lever','','',0);
CREATE TABLE field_of_attention (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, family TEXT NOT NULL, title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
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
INSERT INTO "framework_node" VALUES(1,NULL,0,'objective','O1','Résilience du réseau','',3.0,'','');
INSERT INTO "framework_node" VALUES(2,1,0,'indicator','I11','kWh perdus par an','',2.0,'','');
INSERT INTO "framework_node" VALUES(3,1,1,'indicator','I12','Part du réseau équipée de capteurs','',1.0,'','');
INSERT INTO "framework_node" VALUES(4,NULL,1,'objective','O2','Inclusivité','',2.0,'','');
INSERT INTO "framework_node" VALUES(5,4,0,'indicator','I21','Foyers raccordés','',1.0,'','');
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
CREATE TABLE indicator (
    node_id INTEGER PRIMARY KEY REFERENCES framework_node(id) ON DELETE CASCADE,
    definition TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL,
    kind TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', protocol TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '', collection_cost REAL, collection_cost_note TEXT NOT NULL DEFAULT '',
    baseline REAL, baseline_date TEXT, target REAL, target_date TEXT,
    band_low REAL, band_high REAL, band_tolerance REAL,
    normalization TEXT NOT NULL DEFAULT 'default', red_below REAL, green_from REAL
);
INSERT INTO "indicator" VALUES(2,'','kWh/an','lower','quantitative','','','',NULL,'',62000.0,NULL,35000.0,NULL,NULL,NULL,NULL,'default',NULL,NULL);
INSERT INTO "indicator" VALUES(3,'','%','higher','quantitative','','','',NULL,'',20.0,NULL,90.0,NULL,NULL,NULL,NULL,'default',NULL,NULL);
INSERT INTO "indicator" VALUES(5,'','foyers','higher','quantitative','','','',NULL,'',100.0,NULL,400.0,NULL,NULL,NULL,NULL,'default',NULL,NULL);
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
INSERT INTO "indicator_quality" VALUES(2,'robustness',NULL,'');
INSERT INTO "indicator_quality" VALUES(2,'sensitivity',NULL,'');
INSERT INTO "indicator_quality" VALUES(2,'simplicity',NULL,'');
INSERT INTO "indicator_quality" VALUES(2,'relevance',NULL,'');
INSERT INTO "indicator_quality" VALUES(2,'value',NULL,'');
INSERT INTO "indicator_quality" VALUES(2,'utility',NULL,'');
INSERT INTO "indicator_quality" VALUES(3,'robustness',NULL,'');
INSERT INTO "indicator_quality" VALUES(3,'sensitivity',NULL,'');
INSERT INTO "indicator_quality" VALUES(3,'simplicity',NULL,'');
INSERT INTO "indicator_quality" VALUES(3,'relevance',NULL,'');
INSERT INTO "indicator_quality" VALUES(3,'value',NULL,'');
INSERT INTO "indicator_quality" VALUES(3,'utility',NULL,'');
INSERT INTO "indicator_quality" VALUES(5,'robustness',NULL,'');
INSERT INTO "indicator_quality" VALUES(5,'sensitivity',NULL,'');
INSERT INTO "indicator_quality" VALUES(5,'simplicity',NULL,'');
INSERT INTO "indicator_quality" VALUES(5,'relevance',NULL,'');
INSERT INTO "indicator_quality" VALUES(5,'value',NULL,'');
INSERT INTO "indicator_quality" VALUES(5,'utility',NULL,'');
CREATE TABLE measurement (
    service_id INTEGER NOT NULL REFERENCES data_service(id) ON DELETE CASCADE,
    indicator_id INTEGER NOT NULL REFERENCES indicator(node_id) ON DELETE CASCADE,
    period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
    state TEXT NOT NULL, value REAL, level INTEGER, source TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', entered_at TEXT, confidence REAL CHECK (confidence BETWEEN 0 AND 1),
    PRIMARY KEY (service_id, indicator_id, period_id)
) WITHOUT ROWID;
INSERT INTO "measurement" VALUES(1,2,1,'present',48000.0,NULL,'','relevé du compteur','','2026-12-01T20:36:29.982Z',0.9);
INSERT INTO "measurement" VALUES(1,3,1,'present',55.0,NULL,'','','','2026-12-01T20:36:29.982Z',NULL);
INSERT INTO "measurement" VALUES(2,2,1,'present',51000.0,NULL,'','','','2026-12-01T20:36:29.982Z',NULL);
INSERT INTO "measurement" VALUES(2,5,1,'missing',NULL,NULL,'','non communiqué','','2026-12-01T20:36:29.982Z',NULL);
CREATE TABLE need (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, domain TEXT NOT NULL, title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', priority TEXT NOT NULL
);
CREATE TABLE node_link (
    node_id INTEGER NOT NULL REFERENCES framework_node(id) ON DELETE CASCADE,
    need_id INTEGER REFERENCES need(id) ON DELETE CASCADE,
    principle_id INTEGER REFERENCES principle(id) ON DELETE CASCADE,
    field_id INTEGER REFERENCES field_of_attention(id) ON DELETE CASCADE,
    CHECK ((need_id IS NOT NULL) + (principle_id IS NOT NULL) + (field_id IS NOT NULL) = 1)
);
CREATE TABLE period (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, label TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL, start_date TEXT, end_date TEXT
);
INSERT INTO "period" VALUES(1,0,'2025','year','2025-01-01','2025-12-31');
CREATE TABLE posture_stance (posture TEXT PRIMARY KEY, stance TEXT NOT NULL);
CREATE TABLE principle (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    territory_name TEXT NOT NULL DEFAULT '',
    territory_kind TEXT NOT NULL DEFAULT 'ville',
    territory_population INTEGER,
    created_at TEXT NOT NULL
);
INSERT INTO "project" VALUES(1,'Projet de 2026','','Val d''Ardoise','rural',48200,'2026-12-01T20:36:29.949Z');
CREATE TABLE question (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES questionnaire_section(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, choices TEXT NOT NULL DEFAULT '[]',
    scale_min INTEGER NOT NULL DEFAULT 1, scale_max INTEGER NOT NULL DEFAULT 5,
    scored INTEGER NOT NULL DEFAULT 0, weight REAL NOT NULL DEFAULT 1,
    need_id INTEGER REFERENCES need(id) ON DELETE SET NULL,
    objective_id INTEGER REFERENCES framework_node(id) ON DELETE SET NULL
);
CREATE TABLE questionnaire_answer (
    service_id INTEGER NOT NULL REFERENCES data_service(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    answer TEXT NOT NULL,
    PRIMARY KEY (service_id, question_id)
);
CREATE TABLE questionnaire_section (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL);
CREATE TABLE resource (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE resource_condition (
    resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (resource_id, position)
);
CREATE TABLE service_destabilisation (
    service_id INTEGER NOT NULL REFERENCES data_service(id) ON DELETE CASCADE,
    axis TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
    PRIMARY KEY (service_id, axis)
);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "setting" VALUES('red_below','40');
INSERT INTO "setting" VALUES('green_from','70');
INSERT INTO "setting" VALUES('minimum_coverage','0.5');
INSERT INTO "setting" VALUES('max_indicators_per_criterion','7');
INSERT INTO "setting" VALUES('max_indicators_in_framework','30');
INSERT INTO "setting" VALUES('default_normalization','goalposts');
INSERT INTO "setting" VALUES('default_aggregation','arithmetic');
CREATE TABLE vademecum_revision (
    id INTEGER PRIMARY KEY, number INTEGER NOT NULL UNIQUE, created_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, validated_by TEXT NOT NULL DEFAULT '',
    validated_on TEXT, summary TEXT NOT NULL DEFAULT '', snapshot BLOB NOT NULL
);
CREATE TABLE vademecum_section (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX framework_node_parent ON framework_node(parent_id, position);
CREATE INDEX node_link_node ON node_link(node_id);
CREATE INDEX measurement_indicator ON measurement(indicator_id);
CREATE INDEX measurement_period ON measurement(period_id);
