// The child process of the crash-safety test (tests/cli/test_crash_safety.cpp): opens a project and
// edits it for ever — measurements set and removed, services added, weights and settings changed,
// measurement imports of a new period — each edit one committed transaction, chosen by a generator
// seeded from the command line, so that a run can be replayed exactly. Before each edit it prints
// "begin K", after it "done K", and flushes, so that the parent that kills it knows which edits were
// committed; a replay prints the digest of the content they give (ContentDigest.h).
//
//   balise_crash_worker PROJECT SEED            edit until killed
//   balise_crash_worker PROJECT SEED --replay K apply edits 1..K, print the digest, exit
//   balise_crash_worker PROJECT --cut-transaction  write much in a transaction, print "done 1", wait
//   balise_crash_worker PROJECT --open          open (migrating an older file), print "done 1", wait
//   balise_crash_worker PROJECT --save-as COPY  Save As to COPY, back to PROJECT, …, "done K" after each
#include "ContentDigest.h"
#include "MeasurementImportPlan.h"
#include "Project.h"
#include "ProjectJson.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>
#include <random>
#include <sqlite3.h>

using namespace balise;

namespace {

QByteArray digest(const Project& project)
{
    return test::contentDigest(project);
}

// Edit number `k` of the run seeded `seed`: depends only on them and on the project's state.
void edit(Project& project, unsigned seed, int k)
{
    std::mt19937 random(seed * 1000003u + static_cast<unsigned>(k));
    const ProjectData& data = project.data();
    const QList<const FrameworkNode*> indicators = data.framework.indicators();
    auto pick = [&](qsizetype n) {
        return static_cast<qsizetype>(random() % static_cast<unsigned>(std::max<qsizetype>(1, n)));
    };
    switch (random() % 6) {
    case 0: { // a batch of values
        QList<Measurement> set;
        for (int i = 0; i < 40 && !data.services.isEmpty() && !data.periods.isEmpty(); ++i) {
            const FrameworkNode* indicator = indicators[pick(indicators.size())];
            Measurement m;
            m.key = {data.services[pick(data.services.size())].id, indicator->id,
                     data.periods[pick(data.periods.size())].id};
            if (indicator->indicator.kind == IndicatorKind::Qualitative)
                m.level = static_cast<int>(pick(indicator->indicator.levels.size()));
            else
                m.value = static_cast<double>(random() % 100000) / 10.0;
            m.comment = QStringLiteral("edit %1").arg(k);
            set.append(m);
        }
        project.changeMeasurements(set, {});
        break;
    }
    case 1: {
        DataService service;
        service.name = QStringLiteral("Service %1-%2").arg(seed).arg(k);
        project.addService(service);
        break;
    }
    case 2: {
        FrameworkNode node =
            *data.framework.find(data.framework.nodes()[static_cast<size_t>(pick(data.framework.size()))].id);
        node.weight = 1.0 + static_cast<double>(random() % 5);
        project.updateNode(node);
        break;
    }
    case 3: { // an import of a new period, one transaction of a few hundred rows
        QList<MeasurementImportRow> rows;
        const QString period = QStringLiteral("P%1-%2").arg(seed).arg(k);
        for (const DataService& service : data.services)
            for (const FrameworkNode* indicator : indicators) {
                if (indicator->indicator.kind == IndicatorKind::Qualitative)
                    continue;
                MeasurementImportRow row;
                row.serviceName = service.name;
                row.indicatorCode = indicator->code;
                row.indicatorId = indicator->id;
                row.periodLabel = period;
                row.state = MeasurementState::Present;
                row.value = static_cast<double>(random() % 1000);
                rows.append(row);
            }
        project.importMeasurements(rows, false);
        break;
    }
    case 4: {
        ProjectSettings settings = data.settings;
        settings.redBelow = 30.0 + static_cast<double>(random() % 10);
        project.setSettings(settings);
        break;
    }
    default: {
        // By place in the lists, not in the measurements' hash, whose order differs from run to run.
        if (data.services.isEmpty() || data.periods.isEmpty())
            break;
        const MeasurementKey key{data.services[pick(data.services.size())].id, indicators[pick(indicators.size())]->id,
                                 data.periods[pick(data.periods.size())].id};
        if (data.measurements.contains(key))
            project.removeMeasurement(key);
        break;
    }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    if (args[2] == QLatin1String("--cut-transaction")) {
        // A transaction large enough to spill pages into the file, left open for the kill: a hot journal.
        sqlite3* db = nullptr;
        if (sqlite3_open(args[1].toUtf8().constData(), &db) != SQLITE_OK)
            return 1;
        sqlite3_exec(db, "PRAGMA cache_size = 1; BEGIN IMMEDIATE; UPDATE project SET title = 'cut short'", nullptr,
                     nullptr, nullptr);
        for (int i = 0; i < 2000; ++i) {
            const QByteArray sql =
                "INSERT INTO setting VALUES ('cut" + QByteArray::number(i) + "', '" + QByteArray(200, 'v') + "')";
            sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        }
        std::printf("done 1\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (args[2] == QLatin1String("--open")) {
        auto project = Project::open(args[1], ProjectFile::Access::ReadWrite);
        std::printf("done 1\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (args[2] == QLatin1String("--save-as") && args.size() >= 4) {
        auto project = Project::open(args[1], ProjectFile::Access::ReadWrite);
        std::printf("done 0\n");
        std::fflush(stdout);
        // Save As to the copy, then back over the original, and so on: both a new file and one saved over.
        for (int k = 1;; ++k) {
            project->saveAs(k % 2 ? args[3] : args[1]);
            std::printf("done %d\n", k);
            std::fflush(stdout);
        }
    }
    const unsigned seed = args[2].toUInt();
    const int replay = args.size() >= 5 && args[3] == QLatin1String("--replay") ? args[4].toInt() : -1;
    auto project = Project::open(args[1], ProjectFile::Access::ReadWrite);
    if (replay >= 0) {
        for (int k = 1; k <= replay; ++k)
            edit(*project, seed, k);
        std::printf("%s\n", digest(*project).constData());
        return 0;
    }
    // Only the edits' numbers: the digest would take longer than the edit and the kills would land
    // mostly in it rather than in the writes. The parent replays the run to know the state.
    std::printf("done 0\n");
    std::fflush(stdout);
    for (int k = 1;; ++k) {
        std::printf("begin %d\n", k);
        std::fflush(stdout);
        edit(*project, seed, k);
        std::printf("done %d\n", k);
        std::fflush(stdout);
    }
}
