#pragma once

// The demo's cast: upstream accounts, users and keys with their settings, lives and traffic
// (DemoData writes them). Internal to core/relay.

#include "AccountDirectory.h"
#include "ApiKeyField.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace rka::relay::demo {

enum class AccountId { Max20, Max5, ProData, Console, Responses, Gemini, Bedrock, Droid, Pool, Count };

struct Account
{
    AccountId slot;
    AccountType type;
    QString name;
    QString description;
    QString sharing; // the hash's accountType: shared or dedicated ("" = none)
    QString usageType; // the record's accountType for requests it serves (1.1.314 names)
    double createdDaysAgo;
    QString region; // bedrock only
};

struct User
{
    QString username;
    QString displayName;
    QString firstName;
    QString lastName;
    double createdDaysAgo;
};

// When and how much a key is used. Weights per hour of the service's day, and per weekday.
enum class Traffic {
    None,
    Developer, // working hours on weekdays, a little in the evening, quiet weekends
    Team, // like Developer, spread over a team
    ReviewBot, // follows pull requests: working hours, weekdays
    Nightly, // batch runs between 01:00 and 05:00, every day
    Chatbot, // customers: daytime and evening, weekends too
    Weekend, // a hobby project: evenings, and weekends in daytime
};

enum class Icon { None, PngBlue, PngGreen, PngPurple, PngOrange, SvgGear, SvgChat, SvgCode, SvgStar };

struct ModelShare
{
    const char* model;
    double weight;
};

struct Key
{
    QString name;
    QString description;
    QStringList tags;
    // limits (0 = none)
    qint64 tokenLimit = 0;
    qint64 concurrency = 0;
    qint64 windowMinutes = 0;
    qint64 windowRequests = 0;
    double windowCost = 0;
    double dailyCost = 0;
    double totalCost = 0;
    double weeklyOpusCost = 0;
    int weeklyResetDay = 1;
    int weeklyResetHour = 0;
    double claudeRate = 0; // serviceRates {"claude": x}; 0 = none
    // restrictions
    QStringList permissions; // empty = all services
    QStringList deniedModels; // restrictedModels, a deny-list on the Claude endpoints (13)
    QStringList clients;
    // bindings: field, account, and whether the value is the group form
    QList<std::pair<ApiKeyField, AccountId>> bindings;
    int owner = -1; // index into users()
    bool selfService = false; // created by its owner (createdBy "user")
    // life, in days before now
    double createdDaysAgo = 30;
    std::optional<double> expiresDaysAgo; // fixed expiry; negative = in the future; none = never
    int activationAmount = 0; // > 0: activation mode
    bool activationHours = false;
    double activatedDaysAgo = -1; // activation mode: the first use; < 0 = not yet
    double disabledDaysAgo = -1;
    double deletedDaysAgo = -1;
    double restoredDaysAgo = -1;
    Icon icon = Icon::None;
    // traffic
    Traffic traffic = Traffic::None;
    double requestsPerDay = 0; // on a busy weekday, at the end of the period
    QList<ModelShare> models;
};

QList<Account> accounts();
QList<User> users();
QList<Key> keys();

// Hour weights (index 0 = 00:00 in the service's time zone) and weekday weights (index 0 = Monday).
const std::array<double, 24>& hourWeights(Traffic traffic);
const std::array<double, 7>& dayWeights(Traffic traffic);

// A data URL as the web admin's icon picker stored them: a 48x48 PNG or a small SVG.
QString iconDataUrl(Icon icon);

} // namespace rka::relay::demo
