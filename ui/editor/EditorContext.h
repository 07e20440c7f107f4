#pragma once

#include "relay/AccountDirectory.h"
#include "relay/KeyAggregates.h"
#include "relay/KeyWrite.h"
#include "relay/UserDirectory.h"

#include <QString>
#include <QStringList>

namespace rka::redis {
class Connection;
}

namespace rka::ui {

// What the key editor needs from the main window: where to write, and the data it offers as choices.
struct EditorContext
{
    redis::Connection* connection = nullptr;
    relay::WriteTarget target;
    relay::AccountDirectory accounts;
    relay::UserDirectory users;
    QList<relay::TagCount> tags; // completion for the tag field
    QStringList models; // models seen in the usage data, completion for the model restriction
    QString baseUrl; // for the one-time key display's environment snippet
    int clipboardClearSeconds = 60;
};

// Which write the editor prepares.
enum class EditorMode { Create, Edit, BatchCreate, BatchEdit };

} // namespace rka::ui
