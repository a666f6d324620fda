#pragma once

#include "Ids.h"
#include "Measurement.h"

#include <QMetaType>
#include <optional>

namespace balise {

// What a committed change touched, for views and models to follow without polling. `id` names the
// entity when the change concerns one; Reset means "reload everything of this subject".
struct ProjectChange
{
    enum class Subject
    {
        Info,
        Settings,
        VadeMecum,
        Revisions,
        Questionnaire,
        Framework,
        Services,
        Periods,
        Measurements,
        ImpactAccounts,
        File // the file itself: path, read-only state
    };
    enum class Operation
    {
        Added,
        Updated,
        Removed,
        Moved,
        Reset
    };

    Subject subject = Subject::Info;
    Operation operation = Operation::Updated;
    EntityId id = NoId;
    // The one measurement set or removed, when the change is about a single cell: lets followers
    // update that cell instead of re-reading every measurement.
    std::optional<MeasurementKey> measurement;
};

} // namespace balise

Q_DECLARE_METATYPE(balise::ProjectChange)
