#pragma once

#include "common/Result.h"

#include <QString>

namespace twofold::ui {

// What went wrong, in words a person understands, and what they can do next.
struct UserMessage
{
    QString what;
    QString next;

    // Both sentences, for a label or a message box.
    QString text() const { return next.isEmpty() ? what : what + QLatin1Char(' ') + next; }
};

// The one place where core's error codes become translated sentences. Error::detail
// is technical and never shown (it may be English jargon); it goes to the log only.
UserMessage describe(ErrorCode code);
UserMessage describe(const Error& error);

} // namespace twofold::ui
