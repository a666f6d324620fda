#pragma once

#include "StorageError.h"

namespace balise {

// Why a project file could not be opened or created. The message is one sentence for the user;
// in every case the file on disk was left as it was.
class ProjectFileError : public StorageError
{
public:
    enum class Reason
    {
        NotFound,
        NotAProject,
        Damaged,
        TooNew,
        Locked,
        Unreadable,
        AlreadyExists,
        WriteFailed
    };

    ProjectFileError(Reason reason, QString message) : StorageError(std::move(message)), m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

} // namespace balise
