#pragma once

#include "ProjectData.h"

#include <memory>

namespace balise {

class SqliteConnection;
class SqliteStatement;

// Writes entities to an open project file. Every function runs inside the caller's transaction
// (Project opens one per user-level change) and uses bound statements only. Functions that insert
// set the new ids on the values they are given.
class ProjectWriter
{
public:
    explicit ProjectWriter(SqliteConnection& connection);
    ~ProjectWriter();

    void writeInfo(const ProjectInfo& info);
    void writeSettings(const ProjectSettings& settings);

    // Makes the stored vade-mecum equal to `content`: items without an id are inserted (and get one),
    // items with an id are updated, stored items absent from `content` are deleted.
    void replaceVadeMecum(VadeMecum& content);
    void writeRevision(VadeMecumRevision& revision);
    void deleteRevision(EntityId id);
    void replaceQuestionnaire(Questionnaire& content);

    void writeNode(FrameworkNode& node, int position);
    void deleteNode(EntityId id);
    // Rewrites the stored positions of the children of `parentId` from the framework's order.
    void writeSiblingPositions(const Framework& framework, EntityId parentId);

    void writeService(DataService& service, int position);
    void deleteService(EntityId id);
    void writePeriod(Period& period, int position);
    void deletePeriod(EntityId id);
    void writeMeasurement(const Measurement& measurement);
    void deleteMeasurement(const MeasurementKey& key);
    void writeImpactAccount(ImpactAccount& account, int position);
    void deleteImpactAccount(EntityId id);
    void writeWeighting(const WeightingRecord& record);
    void deleteWeighting(EntityId parentId);

private:
    SqliteConnection& m_db;
    std::unique_ptr<SqliteStatement> m_measurementStatement;
};

} // namespace balise
