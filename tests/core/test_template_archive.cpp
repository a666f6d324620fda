// The `.balise-template` archive: what is written reads back the same, and files from elsewhere that
// are cut, changed, oversized, newer or crafted are refused with a sentence — never an abort.
#include "TemplateArchive.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

ProjectTemplate richTemplate()
{
    ProjectTemplate t;
    t.id = QStringLiteral("micro-grid");
    t.title = QStringLiteral("Micro-réseau d'énergie « local »");
    t.description = QStringLiteral("Six objectifs & leurs indicateurs <b>pas du HTML</b>");
    t.language = QStringLiteral("fr");
    t.vadeMecum.needs = {
        {NoId, Domain::Energy, QStringLiteral("Sobriété"), QStringLiteral("Réduire\nla demande"), Priority::High}};
    t.vadeMecum.principles = {{NoId, QStringLiteral("Évaluation loyale"), QString()}};
    t.vadeMecum.fields = {{NoId, FieldFamily::Economic, QStringLiteral("Écosystème local"), QString()}};
    t.vadeMecum.resources = {{NoId,
                              ResourceKind::TestGround,
                              QStringLiteral("Terrain d'essai"),
                              QString(),
                              {QStringLiteral("Partager les données"), QStringLiteral("Publier un bilan")}}};
    t.vadeMecum.postures = {{Posture::Investor, QStringLiteral("Co-finance")}};
    t.vadeMecum.sections = {{NoId, QStringLiteral("Contexte"), QStringLiteral("Ligne 1\nLigne 2")}};
    FrameworkImportNode objective;
    objective.node.kind = NodeKind::Objective;
    objective.node.code = QStringLiteral("O1");
    objective.node.name = QStringLiteral("Résilience");
    objective.node.weight = 3;
    objective.node.owner = QStringLiteral("Opérateur");
    objective.node.actions = QStringLiteral("1- Cartographier\n2- Équiper");
    objective.node.links = {{LinkTarget::Need, 1}, {LinkTarget::Field, 1}};
    FrameworkImportNode indicator;
    indicator.parentCode = QStringLiteral("O1");
    indicator.node.kind = NodeKind::Indicator;
    indicator.node.code = QStringLiteral("I11");
    indicator.node.name = QStringLiteral("kWh perdus");
    indicator.node.weight = 0.5;
    IndicatorSpec& spec = indicator.node.indicator;
    spec.unit = QStringLiteral("kWh/an");
    spec.direction = Direction::LowerIsBetter;
    spec.baseline = 62000;
    spec.baselineDate = QDate(2024, 1, 1);
    spec.target = 35000;
    spec.targetDate = QDate(2030, 12, 31);
    spec.collectionCost = 1200.5;
    spec.normalization = Normalization::MinMax;
    spec.redBelow = 30;
    spec.rating(Quality::Robustness) = {3, QStringLiteral("Compteurs certifiés")};
    FrameworkImportNode levels = indicator;
    levels.node.code = QStringLiteral("I12");
    levels.node.indicator = {};
    levels.node.indicator.kind = IndicatorKind::Qualitative;
    levels.node.indicator.levels = {{QStringLiteral("aucun"), 0.0}, {QStringLiteral("complet"), 100.0}};
    t.framework = {objective, indicator, levels};
    Question q;
    q.text = QStringLiteral("Partagerez-vous les données ?");
    q.kind = QuestionKind::SingleChoice;
    q.choices = {QStringLiteral("jamais"), QStringLiteral("chaque mois")};
    q.scored = true;
    q.weight = 2;
    q.lowerIsBetter = true;
    q.needId = 1;
    t.questionnaire.sections = {{NoId, QStringLiteral("Données"), {q}}};
    t.questionObjectives = {QStringLiteral("O1")};
    DataService service;
    service.name = QStringLiteral("Boucle solaire");
    service.domain = Domain::Energy;
    service.postures = static_cast<int>(Posture::Regulator) | static_cast<int>(Posture::Investor);
    service.destabilisation[0] = 2;
    t.services = {service};
    return t;
}

// An envelope around any payload, with a correct length and checksum: what a crafted file can do.
QByteArray wrapped(const QByteArray& payload, int format = 1)
{
    return "BALISE-TEMPLATE\nformat " + QByteArray::number(format) + "\nlength " + QByteArray::number(payload.size()) +
           "\nsha256 " + QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex() + "\n\n" + payload;
}

QByteArray payloadOf(const QByteArray& file)
{
    return file.mid(file.indexOf("\n\n") + 2);
}

} // namespace

TEST_CASE("A template reads back exactly as it was written", "[template]")
{
    const ProjectTemplate original = richTemplate();
    const QByteArray file = TemplateArchive::write(original);
    CHECK(file.startsWith("BALISE-TEMPLATE\nformat 1\nlength "));
    CHECK(payloadOf(file).contains("<title>Micro-r")); // readable XML
    QString error;
    const auto read = TemplateArchive::read(file, error);
    INFO(error.toStdString());
    REQUIRE(read);
    CHECK(error.isEmpty());
    CHECK(read->vadeMecum == original.vadeMecum);
    CHECK(read->framework == original.framework);
    CHECK(read->questionnaire == original.questionnaire);
    CHECK(read->services == original.services);
    CHECK(*read == original);
}

TEST_CASE("Cut, changed, oversized, newer and crafted template files are refused cleanly", "[template]")
{
    const QByteArray file = TemplateArchive::write(richTemplate());
    QString error;

    // Every truncation: the length says so.
    for (qsizetype cut : {qsizetype(0), qsizetype(10), file.indexOf("\n\n"), file.size() / 2, file.size() - 1}) {
        INFO(cut);
        CHECK_FALSE(TemplateArchive::read(file.left(cut), error));
        CHECK_FALSE(error.isEmpty());
    }
    // Any changed byte of the archive: the checksum says so.
    for (qsizetype at = file.indexOf("\n\n") + 2; at < file.size(); at += 97) {
        QByteArray changed = file;
        changed[at] = static_cast<char>(changed[at] ^ 0x20);
        CHECK_FALSE(TemplateArchive::read(changed, error));
    }
    CHECK(error.contains(QStringLiteral("checksum")));

    // Too large, not a template, a newer format.
    CHECK_FALSE(TemplateArchive::read(QByteArray(TemplateArchive::maxFileBytes + 1, 'x'), error));
    CHECK(error.contains(QStringLiteral("MiB")));
    CHECK_FALSE(TemplateArchive::read("PK\x03\x04 a zip file", error));
    CHECK(error.contains(QStringLiteral("not a Balise template")));
    QByteArray newer = file;
    newer.replace("format 1\n", "format 7\n");
    CHECK_FALSE(TemplateArchive::read(newer, error));
    CHECK(error.contains(QStringLiteral("newer Balise")));

    // Crafted payloads with a valid envelope: cut before the closing tag (Boost would abort), a
    // billion entries announced, a newer class version inside, an unknown keyword, garbage XML.
    const QByteArray payload = payloadOf(file);
    CHECK_FALSE(TemplateArchive::read(wrapped(payload.left(payload.size() / 2)), error));
    QByteArray billion = payload;
    billion.replace("<need_count>1</need_count>", "<need_count>1000000000</need_count>");
    REQUIRE(billion != payload);
    CHECK_FALSE(TemplateArchive::read(wrapped(billion), error));
    CHECK(error.contains(QStringLiteral("1000000000")));
    QByteArray version = payload;
    version.replace("<format_version>1</format_version>", "<format_version>9</format_version>");
    CHECK_FALSE(TemplateArchive::read(wrapped(version), error));
    CHECK(error.contains(QStringLiteral("newer Balise")));
    QByteArray keyword = payload;
    keyword.replace("<domain>energy</domain>", "<domain>astrology</domain>");
    CHECK_FALSE(TemplateArchive::read(wrapped(keyword), error));
    CHECK(error.contains(QStringLiteral("astrology")));
    CHECK_FALSE(TemplateArchive::read(wrapped("<?xml version=\"1.0\"?><a><b></boost_serialization>"), error));
    CHECK_FALSE(error.isEmpty());
}
