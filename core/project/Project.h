#pragma once

#include "FrameworkImportPlan.h"
#include "MeasurementImportPlan.h"
#include "MeasurementImportSummary.h"
#include "PreparedImport.h"
#include "ProjectChange.h"
#include "ProjectData.h"
#include "ProjectFile.h"
#include "Removed.h"
#include "ServiceImportPlan.h"

#include <QObject>
#include <functional>
#include <memory>

namespace balise {

class ProjectWriter;

// An open Balise project: the document object. It owns the project's data, kept equal to the file,
// and the open file with its lock. Every mutating call is one user-level change: it is checked
// against the model's rules (ChangeRefused, nothing done), written in one transaction
// (StorageError, nothing done: the transaction rolls back and memory is untouched), then applied in
// memory and announced through changed(). There is no "unsaved" state.
//
// The undo stack belongs to the workbench's document (QUndoStack lives in QtGui, which core must not
// link); its commands call these methods.
class Project : public QObject
{
    Q_OBJECT

public:
    static std::unique_ptr<Project> create(const QString& path, const ProjectInfo& info, QObject* parent = nullptr);
    static std::unique_ptr<Project> open(const QString& path, ProjectFile::Access access, QObject* parent = nullptr);
    ~Project() override;

    const ProjectData& data() const { return m_data; }
    const ProjectInfo& info() const { return m_data.info; }
    const ProjectSettings& settings() const { return m_data.settings; }
    const VadeMecum& vadeMecum() const { return m_data.vadeMecum; }
    const QList<VadeMecumRevision>& revisions() const { return m_data.revisions; }
    const Questionnaire& questionnaire() const { return m_data.questionnaire; }
    const Framework& framework() const { return m_data.framework; }
    const QList<DataService>& services() const { return m_data.services; }
    const QList<Period>& periods() const { return m_data.periods; }
    const QHash<MeasurementKey, Measurement>& measurements() const { return m_data.measurements; }
    const QList<ImpactAccount>& impactAccounts() const { return m_data.impactAccounts; }
    const QList<WeightingRecord>& weightings() const { return m_data.weightings; }

    QString filePath() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    const ProjectFile& file() const { return *m_file; }

    void setInfo(const ProjectInfo& info);
    void setSettings(const ProjectSettings& settings);

    // The vade-mecum and the questionnaire are small documents edited as a whole: the new content
    // replaces the old (new items get ids; items left out are removed, with their framework links).
    // Returns the links the change took away with removed items, for restoreVadeMecum().
    RemovedVadeMecumLinks setVadeMecum(const VadeMecum& content);
    // Puts back a former content with the same ids, and the links a setVadeMecum() took away (undo),
    // in one transaction.
    void restoreVadeMecum(const VadeMecum& content, const RemovedVadeMecumLinks& links);
    // Records a revision: a frozen copy of the current vade-mecum with its metadata. Returns its id.
    EntityId recordRevision(const VadeMecumRevision& metadata);
    // Changes a revision's metadata (status, validation, summary); its frozen content never changes.
    void updateRevision(const VadeMecumRevision& revision);
    // Takes a revision out of the history (the undo of recording it) and puts it back as it was.
    VadeMecumRevision removeRevision(EntityId id);
    void restoreRevision(const VadeMecumRevision& revision);
    // Returns the answers the change took away with removed questions, for restoreQuestionnaire().
    RemovedAnswers setQuestionnaire(const Questionnaire& content);
    // Puts back a former questionnaire with the same ids, and the answers a setQuestionnaire() took
    // away (undo), in one transaction.
    void restoreQuestionnaire(const Questionnaire& content, const RemovedAnswers& answers);

    // Framework nodes. `row` is the sibling index (-1 or past the end: last).
    EntityId addNode(const FrameworkNode& node, int row = -1);
    void updateNode(const FrameworkNode& changed);
    // Removes the node, its subtree and their measurements; returns all of it for restoreNodes().
    RemovedNodes removeNode(EntityId id);
    // Puts back what removeNode() took, with the same ids and places (undo). Refused when the parent is
    // gone or a code has been taken again meanwhile.
    void restoreNodes(const RemovedNodes& removed);
    void moveNode(EntityId id, EntityId newParent, int row);
    // Adds many nodes in one transaction (a framework read from a file). Each names its parent by code
    // (empty: top level); a parent must come before its children. All are added or none.
    QList<EntityId> addNodes(const QList<FrameworkImportNode>& nodes);

    // Gives the children of `parentId` (NoId: the objectives) new weights, and records how they were
    // set (nullopt: no record, as before any weighting), in one transaction. `children` and `weights`
    // go in pairs; every child must be a child of `parentId`.
    void applyWeighting(EntityId parentId, const QList<EntityId>& children, const QList<double>& weights,
                        const std::optional<WeightingRecord>& record);

    EntityId addService(const DataService& service);
    void updateService(const DataService& changed);
    // Removes the service and its measurements, and unlinks the impact accounts about it.
    RemovedService removeService(EntityId id);
    void restoreService(const RemovedService& removed);

    EntityId addPeriod(const Period& period);
    void updatePeriod(const Period& changed);
    // Removes the period, its measurements and the impact volumes of the period.
    RemovedPeriod removePeriod(EntityId id);
    void restorePeriod(const RemovedPeriod& removed);

    void setMeasurement(const Measurement& measurement);
    void removeMeasurement(const MeasurementKey& key);
    // Sets and removes many measurements in one transaction (a pasted block, its undo): all are
    // checked first, and one invalid value refuses the whole change.
    void changeMeasurements(const QList<Measurement>& set, const QList<MeasurementKey>& remove);
    // Writes a whole import in one transaction, creating the services and periods it names. With
    // dryRun, checks and counts without writing anything. Rows must reference existing indicators.
    // The same as the three steps below, one after the other.
    MeasurementImportSummary importMeasurements(const QList<MeasurementImportRow>& rows, bool dryRun);
    // Checks every row against the model and works out what would change; throws ChangeRefused.
    PreparedMeasurementImport prepareMeasurementImport(const QList<MeasurementImportRow>& rows) const;
    // Writes a prepared import to the file in one transaction, and nothing else: memory and the views
    // are untouched until finishMeasurementImport(). The one function of Project that may run on a
    // thread other than the project's, so that a large import leaves the window responsive — provided
    // nothing else uses the project meanwhile (the workbench keeps a modal progress window up).
    // `progress` receives the share written (0–1) about a hundred times; when `cancelled` returns true
    // the transaction rolls back and a StorageError is thrown. Either may be empty.
    void writeMeasurementImport(PreparedMeasurementImport& import, const std::function<void(double)>& progress,
                                const std::function<bool()>& cancelled);
    // Applies a written import in memory and announces it (the project's thread).
    void finishMeasurementImport(const PreparedMeasurementImport& import);

    // Creates or updates services from a services file in one transaction: an existing service (same
    // name) takes only the attributes the file has columns for. With dryRun, counts without writing.
    ServiceImportSummary importServices(const ServiceImportPlan& plan, bool dryRun);

    EntityId addImpactAccount(const ImpactAccount& account);
    void updateImpactAccount(const ImpactAccount& account);
    RemovedImpactAccount removeImpactAccount(EntityId id);
    void restoreImpactAccount(const RemovedImpactAccount& removed);

    // Writes a complete copy to `target` and continues working on it (Save As).
    void saveAs(const QString& target);

Q_SIGNALS:
    void changed(const balise::ProjectChange& change);

private:
    Project(std::unique_ptr<ProjectFile> file, ProjectData data, QObject* parent);
    // Runs `write` in one transaction with a writer; throws (and rolls back) on failure.
    void transact(const std::function<void(ProjectWriter&)>& write);
    void requireWritable() const;
    // The measurement as it will be stored (author and time filled in); throws ChangeRefused when it
    // names something that does not exist or breaks a rule of its indicator.
    Measurement checkedMeasurement(const Measurement& measurement) const;
    void announce(ProjectChange::Subject subject, ProjectChange::Operation operation, EntityId id = NoId);

    std::unique_ptr<ProjectFile> m_file;
    ProjectData m_data;
};

} // namespace balise
