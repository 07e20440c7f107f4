// KeyTableModel, part two: what each row shows, computed once per key (see KeyRow).

#include "KeyTableModel.h"

#include "relay/LastUsage.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QPixmap>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::ui {

using relay::ApiKeyField;
using relay::KeyStatus;

namespace {

constexpr qint64 DayMs = 86'400'000;

struct BindingField
{
    ApiKeyField field;
    relay::AccountType platform; // the type named by an unprefixed value
};

// Every binding field, in the order the table lists them (section 15.2).
const QList<BindingField>& bindingFields()
{
    static const QList<BindingField> f = {
        {ApiKeyField::ClaudeAccountId, relay::AccountType::Claude},
        {ApiKeyField::ClaudeConsoleAccountId, relay::AccountType::ClaudeConsole},
        {ApiKeyField::GeminiAccountId, relay::AccountType::Gemini},
        {ApiKeyField::OpenaiAccountId, relay::AccountType::OpenAI},
        {ApiKeyField::AzureOpenaiAccountId, relay::AccountType::AzureOpenAI},
        {ApiKeyField::BedrockAccountId, relay::AccountType::Bedrock},
        {ApiKeyField::DroidAccountId, relay::AccountType::Droid},
        {ApiKeyField::CcrAccountId, relay::AccountType::Ccr},
    };
    return f;
}

std::optional<qint64> msOf(const std::optional<QDateTime>& dt)
{
    if (!dt || !dt->isValid())
        return std::nullopt;
    return dt->toMSecsSinceEpoch();
}

// A service number (parseInt/parseFloat of `x || 0`) as a limit: NaN and <= 0 mean "no limit".
double limitOf(const relay::ApiKey& key, ApiKeyField field)
{
    const double v = key.serviceNumber(field);
    return std::isfinite(v) && v > 0 ? v : 0;
}

QIcon decodeDataUrl(const QString& url)
{
    // data:[<media type>][;base64],<data>; anything else is not an icon we can show.
    if (!url.startsWith("data:"_L1) || url.size() > 4 * 1024 * 1024)
        return {};
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0)
        return {};
    const QStringView header = QStringView(url).mid(5, comma - 5);
    const QByteArray payload = QStringView(url).mid(comma + 1).toLatin1();
    QByteArray bytes = header.endsWith(";base64"_L1) ? QByteArray::fromBase64(payload)
                                                     : QByteArray::fromPercentEncoding(payload);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, header.contains("svg"_L1) ? QByteArray("svg") : QByteArray());
    reader.setScaledSize(QSize(32, 32));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    return QIcon(QPixmap::fromImage(image));
}

} // namespace

KeyRow KeyTableModel::makeRow(relay::KeyEntry entry) const
{
    KeyRow row;
    row.entry = std::move(entry);
    const relay::ApiKey& key = row.entry.key;
    row.name = key.name();
    row.baseStatus = relay::keyStatus(key, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    if (row.baseStatus == KeyStatus::Expired)
        row.baseStatus = KeyStatus::Active; // applyNow() decides expiry against the current instant
    row.expiresMs = msOf(key.serviceDate(ApiKeyField::ExpiresAt));
    row.pendingActivation = row.baseStatus == KeyStatus::NotActivated;
    row.createdMs = msOf(key.createdAt());
    row.lastUsedMs = msOf(key.lastUsedAt());
    QSet<QString> seen;
    for (const QString& raw : key.serviceStringList(ApiKeyField::Tags)) {
        const QString tag = raw.trimmed();
        if (!tag.isEmpty() && !seen.contains(tag)) {
            seen.insert(tag);
            row.tags.append(tag);
        }
    }
    row.iconUrl = key.icon();
    const double window = limitOf(key, ApiKeyField::RateLimitWindow);
    row.windowMinutes = qint64(window);
    if (window > 0 && row.entry.stats.window.end)
        row.windowEndMs = row.entry.stats.window.end->toMSecsSinceEpoch();
    fillDirectoryParts(row);
    fillRangeParts(row);
    applyNow(row);
    fillLimits(row);
    return row;
}

void KeyTableModel::fillDirectoryParts(KeyRow& row) const
{
    const relay::ApiKey& key = row.entry.key;
    relay::OwnerLabel owner = m_users.ownerLabel(key);
    if (!m_directoriesKnown && owner.kind == relay::OwnerLabel::Kind::UnknownUser) {
        // The users are not read yet: the name the key stores, not "Unknown User".
        const QString stored = key.userUsername();
        owner.text = stored.isEmpty() ? owner.userId : stored;
    }
    row.ownerIsUser = !owner.userId.isEmpty();
    row.ownerId = row.ownerIsUser ? owner.userId : u"admin"_s;
    row.ownerLabel = owner.text;

    row.bindings.clear();
    row.boundIds.clear();
    row.bindingMissing = false;
    QStringList shortParts;
    QStringList tipLines;
    for (const BindingField& f : bindingFields()) {
        const QString value = key.text(f.field);
        if (value.isEmpty())
            continue;
        const relay::AccountBinding b = m_accounts.resolveBinding(f.field, value);
        row.bindings.append(value);
        row.boundIds.append(b.id.isEmpty() ? value : b.id);
        const QString platform =
            relay::AccountTypes::label(b.type == relay::AccountType::Group ? f.platform : b.type);
        QString name = b.record ? b.record->displayName() : b.id;
        if (b.type == relay::AccountType::Group)
            //: %1 = platform such as Claude, %2 = name of an account group
            name = tr("group %1").arg(name);
        if (b.isMissing() && m_directoriesKnown) {
            row.bindingMissing = true;
            //: %1 = account id or name of a bound account that no longer exists
            name = tr("⚠ %1 (account missing)").arg(name);
        }
        //: One bound account: %1 = platform, %2 = account name
        const QString part = tr("%1: %2").arg(platform, name);
        shortParts.append(part);
        tipLines.append(part + (b.id != value ? u" ["_s + value + u']' : QString()));
    }
    if (shortParts.isEmpty()) {
        //: The key has no bound account and uses the shared pool of accounts
        row.accountsText = tr("Shared pool");
        row.accountsToolTip = tr("No bound account: requests use the shared pool of accounts.");
    } else {
        row.accountsText = shortParts.join(u"; "_s);
        row.accountsToolTip = tipLines.join(u'\n');
    }

    row.lastUsedAccount.clear();
    if (row.entry.lastUsage) {
        const relay::LastUsage& u = *row.entry.lastUsage;
        QString type;
        if (u.isDeleted()) {
            //: The account that served the last request has been deleted
            type = tr("deleted");
        } else if (const auto t = relay::AccountTypes::fromName(u.accountType)) {
            type = relay::AccountTypes::label(*t);
        } else {
            type = u.accountType;
        }
        const QString name = u.isDeleted() ? u.rawAccountId.value_or(QString()) : u.accountName;
        //: The account that served the last request: %1 = account name, %2 = account type
        row.lastUsedAccount = tr("%1 (%2)").arg(name, type);
    }

    row.models = m_models.value(row.entry.id);
    QString search = row.name + u'\n' + key.description() + u'\n' + QString::fromUtf8(row.entry.id) + u'\n' +
        row.ownerLabel + u'\n' + row.tags.join(u'\n');
    if (row.ownerIsUser) {
        if (const std::optional<relay::User> user = m_users.find(owner.userId))
            search += u'\n' + user->username;
    }
    row.searchText = search.toCaseFolded();
}

void KeyTableModel::fillRangeParts(KeyRow& row) const
{
    row.range.reset();
    if (m_range.range == relay::StatsRange::Today || m_range.range == relay::StatsRange::AllTime) {
        if (row.entry.statsLoaded)
            row.range = relay::RangeStats::fromKeyStats(row.entry.stats, m_range.range);
        return;
    }
    if (!m_rangeStatsLoaded)
        return;
    const auto it = m_rangeStats.constFind(row.entry.id);
    if (it != m_rangeStats.cend())
        row.range = it.value();
}

void KeyTableModel::fillLimits(KeyRow& row) const
{
    using Kind = KeyLimit::Kind;
    const relay::ApiKey& key = row.entry.key;
    const relay::KeyStats& s = row.entry.stats;
    row.limits.clear();
    auto add = [&](Kind kind, double current, double limit, bool enforced = true) {
        if (limit > 0)
            row.limits.append({kind, current, limit, enforced});
    };
    add(Kind::DailyCost, s.dailyCost, limitOf(key, ApiKeyField::DailyCostLimit));
    add(Kind::TotalCost, s.totalCost, limitOf(key, ApiKeyField::TotalCostLimit));
    add(Kind::WeeklyOpusCost, s.weeklyOpusCost, limitOf(key, ApiKeyField::WeeklyOpusCostLimit));

    // The rate window (section 14.7): its counters count only while it runs.
    if (row.windowMinutes > 0) {
        const bool running = row.windowRunning;
        const std::optional<qint64> tokenLimit = key.serviceTokenLimit();
        const double tokens = tokenLimit && *tokenLimit > 0 ? double(*tokenLimit) : 0;
        add(Kind::WindowRequests, running ? double(s.window.requests) : 0,
            limitOf(key, ApiKeyField::RateLimitRequests));
        add(Kind::WindowTokens, running ? double(s.window.tokens) : 0, tokens);
        // A token limit takes precedence: the cost limit is then not checked (section 14.7).
        add(Kind::WindowCost, running ? s.window.cost : 0, limitOf(key, ApiKeyField::RateLimitCost),
            tokens <= 0);
    }
    add(Kind::Concurrency, double(s.currentConcurrency), limitOf(key, ApiKeyField::ConcurrencyLimit));
}

bool KeyTableModel::applyNow(KeyRow& row) const
{
    const KeyStatus oldStatus = row.status;
    const int oldExpiry = row.expiryClass;
    const bool oldRunning = row.windowRunning;
    row.status = row.baseStatus;
    row.expiryClass = 0;
    if (row.expiresMs && !row.pendingActivation) {
        if (m_nowMs > *row.expiresMs)
            row.expiryClass = 2;
        else if (*row.expiresMs - m_nowMs <= 7 * DayMs)
            row.expiryClass = 1;
    }
    if (row.baseStatus == KeyStatus::Active && row.expiresMs && m_nowMs > *row.expiresMs)
        row.status = KeyStatus::Expired;
    row.windowRunning = row.windowEndMs && m_nowMs < *row.windowEndMs;
    if (oldRunning != row.windowRunning)
        fillLimits(row);
    return oldStatus != row.status || oldExpiry != row.expiryClass || oldRunning != row.windowRunning;
}

const KeyLimit* KeyTableModel::tightest(const KeyRow& row) const
{
    const KeyLimit* best = nullptr;
    for (const KeyLimit& l : row.limits) {
        if (!l.enforced)
            continue;
        if (!best || l.fraction() > best->fraction())
            best = &l;
    }
    return best;
}

QIcon KeyTableModel::iconFor(const KeyRow& row) const
{
    if (!row.icon) {
        if (row.iconUrl.isEmpty()) {
            row.icon = QIcon();
        } else {
            auto it = m_iconCache.constFind(row.iconUrl);
            if (it == m_iconCache.cend())
                it = m_iconCache.insert(row.iconUrl, decodeDataUrl(row.iconUrl));
            row.icon = it.value();
        }
    }
    return *row.icon;
}

QString KeyTableModel::formatCost(double cost)
{
    if (cost != 0 && std::abs(cost) < 0.01) {
        QString small = QString::number(cost, 'f', 6);
        while (small.endsWith(u'0'))
            small.chop(1);
        return u"$"_s + small;
    }
    return u"$"_s + QLocale().toString(cost, 'f', 2);
}

QString KeyTableModel::formatTokens(qint64 tokens)
{
    if (tokens >= 1'000'000'000)
        return QLocale().toString(double(tokens) / 1e9, 'f', 1) + u'B';
    if (tokens >= 1'000'000)
        return QLocale().toString(double(tokens) / 1e6, 'f', 1) + u'M';
    if (tokens >= 1'000)
        return QLocale().toString(double(tokens) / 1e3, 'f', 1) + u'K';
    return QLocale().toString(tokens);
}

QString KeyTableModel::formatRemaining(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString KeyTableModel::limitLabel(KeyLimit::Kind kind, qint64 windowMinutes)
{
    switch (kind) {
    case KeyLimit::Kind::DailyCost:
        return tr("Daily cost");
    case KeyLimit::Kind::TotalCost:
        return tr("Total cost");
    case KeyLimit::Kind::WeeklyOpusCost:
        return tr("Weekly Opus cost");
    case KeyLimit::Kind::WindowRequests:
        //: Requests allowed per rate-limit window of %n minutes
        return tr("Requests per %n-min window", nullptr, int(windowMinutes));
    case KeyLimit::Kind::WindowTokens:
        //: Tokens allowed per rate-limit window of %n minutes
        return tr("Tokens per %n-min window", nullptr, int(windowMinutes));
    case KeyLimit::Kind::WindowCost:
        //: Cost allowed per rate-limit window of %n minutes
        return tr("Cost per %n-min window", nullptr, int(windowMinutes));
    case KeyLimit::Kind::Concurrency:
        //: Requests running at the same time
        return tr("Concurrency");
    }
    return {};
}

QString KeyTableModel::limitValueText(const KeyLimit& l)
{
    const bool money = l.kind == KeyLimit::Kind::DailyCost || l.kind == KeyLimit::Kind::TotalCost ||
        l.kind == KeyLimit::Kind::WeeklyOpusCost || l.kind == KeyLimit::Kind::WindowCost;
    if (money)
        return formatCost(l.current) + u" / "_s + formatCost(l.limit);
    return QLocale().toString(qint64(l.current)) + u" / "_s + QLocale().toString(qint64(l.limit));
}

QColor KeyTableModel::statusColor(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QColor(0x16, 0xa3, 0x4a);
    case KeyStatus::Disabled:
        return QColor(0x6b, 0x72, 0x80);
    case KeyStatus::NotActivated:
        return QColor(0x25, 0x63, 0xeb);
    case KeyStatus::Expired:
        return QColor(0xdc, 0x26, 0x26);
    case KeyStatus::Deleted:
        return QColor(0x9f, 0x12, 0x39);
    }
    return {};
}

} // namespace rka::ui
