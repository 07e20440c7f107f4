#pragma once

#include <QCoreApplication>

namespace rka::cli {

// The translation context of the command line tool's messages: Cli::tr("...") is translated in the
// context "cli" (see translations/).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace rka::cli
