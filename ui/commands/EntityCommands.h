#pragma once

#include "Project.h"
#include "ProjectDocument.h"
#include "commands/ProjectCommand.h"

#include <QCoreApplication>
#include <optional>

namespace balise::ui {

// How the entity commands below reach the project for each kind of entity: one specialisation per
// kind, so that editing, adding and removing services and periods share one implementation.
template <typename Entity> struct EntityAccess;

template <> struct EntityAccess<DataService>
{
    using Removed = RemovedService;
    static constexpr CommandId mergeId = CommandId::EditService;
    static void update(Project& project, const DataService& s) { project.updateService(s); }
    static EntityId add(Project& project, const DataService& s) { return project.addService(s); }
    static Removed remove(Project& project, EntityId id) { return project.removeService(id); }
    static void restore(Project& project, const Removed& removed) { project.restoreService(removed); }
    static EntityId idOf(const Removed& removed) { return removed.service.id; }
    static const DataService* find(const Project& project, EntityId id) { return project.data().findService(id); }
    static QString label(const DataService& s) { return s.name; }
};

template <> struct EntityAccess<Period>
{
    using Removed = RemovedPeriod;
    static constexpr CommandId mergeId = CommandId::EditPeriod;
    static void update(Project& project, const Period& p) { project.updatePeriod(p); }
    static EntityId add(Project& project, const Period& p) { return project.addPeriod(p); }
    static Removed remove(Project& project, EntityId id) { return project.removePeriod(id); }
    static void restore(Project& project, const Removed& removed) { project.restorePeriod(removed); }
    static EntityId idOf(const Removed& removed) { return removed.period.id; }
    static const Period* find(const Project& project, EntityId id) { return project.data().findPeriod(id); }
    static QString label(const Period& p) { return p.label; }
};

template <> struct EntityAccess<ImpactAccount>
{
    using Removed = RemovedImpactAccount;
    static constexpr CommandId mergeId = CommandId::EditImpactAccount;
    static void update(Project& project, const ImpactAccount& a) { project.updateImpactAccount(a); }
    static EntityId add(Project& project, const ImpactAccount& a) { return project.addImpactAccount(a); }
    static Removed remove(Project& project, EntityId id) { return project.removeImpactAccount(id); }
    static void restore(Project& project, const Removed& removed) { project.restoreImpactAccount(removed); }
    static const ImpactAccount* find(const Project& project, EntityId id)
    {
        for (const ImpactAccount& account : project.impactAccounts())
            if (account.id == id)
                return &account;
        return nullptr;
    }
    static QString label(const ImpactAccount& a) { return a.name; }
};

// Changes one entity from `before` to `after`; consecutive edits of the same attribute merge.
template <typename Entity> class EditEntityCommand : public ProjectCommand
{
public:
    EditEntityCommand(ProjectDocument& document, const Entity& before, const Entity& after, int attribute)
        : ProjectCommand(
              document,
              QCoreApplication::translate("EntityCommands", "Edit %1").arg(EntityAccess<Entity>::label(after))),
          m_before(before), m_after(after), m_attribute(attribute)
    {}
    int id() const override { return static_cast<int>(EntityAccess<Entity>::mergeId); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const EditEntityCommand*>(other);
        if (next->m_after.id != m_after.id || next->m_attribute != m_attribute)
            return false;
        m_after = next->m_after;
        return true;
    }

protected:
    void apply() override { EntityAccess<Entity>::update(project(), m_after); }
    void revert() override { EntityAccess<Entity>::update(project(), m_before); }

private:
    Entity m_before;
    Entity m_after;
    int m_attribute;
};

// Adds an entity; undo removes it, redo puts the very same one back (same id).
template <typename Entity> class AddEntityCommand : public ProjectCommand
{
public:
    AddEntityCommand(ProjectDocument& document, const Entity& entity)
        : ProjectCommand(
              document,
              QCoreApplication::translate("EntityCommands", "Add %1").arg(EntityAccess<Entity>::label(entity))),
          m_entity(entity)
    {}
    EntityId addedId() const { return m_id; }

protected:
    void apply() override
    {
        if (m_removed) {
            EntityAccess<Entity>::restore(project(), *m_removed);
            m_removed.reset();
            return;
        }
        m_id = EntityAccess<Entity>::add(project(), m_entity);
    }
    void revert() override { m_removed = EntityAccess<Entity>::remove(project(), m_id); }

private:
    Entity m_entity;
    EntityId m_id = NoId;
    std::optional<typename EntityAccess<Entity>::Removed> m_removed;
};

// Removes an entity with what depends on it (measurements, links); undo puts everything back.
template <typename Entity> class RemoveEntityCommand : public ProjectCommand
{
public:
    RemoveEntityCommand(ProjectDocument& document, EntityId id) : ProjectCommand(document), m_id(id)
    {
        if (const Entity* entity = EntityAccess<Entity>::find(document.project(), id))
            setText(
                QCoreApplication::translate("EntityCommands", "Remove %1").arg(EntityAccess<Entity>::label(*entity)));
    }

protected:
    void apply() override { m_removed = EntityAccess<Entity>::remove(project(), m_id); }
    void revert() override { EntityAccess<Entity>::restore(project(), m_removed); }

private:
    EntityId m_id;
    typename EntityAccess<Entity>::Removed m_removed;
};

} // namespace balise::ui
