#include "KeyTableModel.h"

#include "Retranslate.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <climits>

using namespace Qt::StringLiterals;

namespace rka::ui {

using relay::KeyStatus;

namespace {

QString localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime().toString(u"yyyy-MM-dd"_s);
}

QString localMinute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QString localSecond(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toLocalTime()
        .toString(u"yyyy-MM-dd HH:mm:ss t"_s);
}

// Status order for sorting: usable keys first.
int statusRank(KeyStatus s)
{
    switch (s) {
    case KeyStatus::Active:
        return 0;
    case KeyStatus::NotActivated:
        return 1;
    case KeyStatus::Expired:
        return 2;
    case KeyStatus::Disabled:
        return 3;
    case KeyStatus::Deleted:
        return 4;
    }
    return 5;
}

} // namespace

KeyTableModel::KeyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_nowMs(m_now.toMSecsSinceEpoch())
{ }

int KeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Accounts:
        return tr("Bound accounts");
    case Tags:
        return tr("Tags");
    case Status:
        return tr("Status");
    case Cost:
        //: Column header: cost over a time range, %1 = "Today", "Last 7 days", ...
        return tr("Cost (%1)").arg(relay::StatsRangeText::name(m_range.range));
    case Limits:
        return tr("Limits");
    case Tokens:
        return tr("Tokens");
    case Requests:
        return tr("Requests");
    case LastUsed:
        return tr("Last used");
    case Created:
        return tr("Created");
    case Expires:
        return tr("Expires");
    default:
        return {};
    }
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::DecorationRole:
        if (column == Name) {
            const QIcon icon = iconFor(row);
            return icon.isNull() ? QVariant() : QVariant(icon);
        }
        if (column == Status)
            return statusColor(row.status);
        return {};
    case Qt::ForegroundRole:
        if (column == Status)
            return statusColor(row.status);
        if (column == Expires) {
            if (row.pendingActivation)
                return statusColor(KeyStatus::NotActivated);
            if (row.expiryClass == 2)
                return QColor(0xdc, 0x26, 0x26);
            if (row.expiryClass == 1)
                return QColor(0xea, 0x58, 0x0c);
        }
        if ((column == Cost || column == Tokens || column == Requests) && !row.range)
            return QColor(Qt::gray);
        return {};
    case Qt::BackgroundRole:
        if (column == Expires && row.expiryClass == 2)
            return QColor(0xdc, 0x26, 0x26, 28);
        if (column == Expires && row.expiryClass == 1)
            return QColor(0xea, 0x58, 0x0c, 28);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Cost || column == Tokens || column == Requests)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case KeyIdRole:
        return row.entry.id;
    case EntryIndexRole:
        return index.row();
    case SortRole:
        return sortData(row, column);
    case StatusRole:
        return int(row.status);
    case TagsRole:
        return row.tags;
    case OwnerIdRole:
        return row.ownerId;
    case OwnerLabelRole:
        return row.ownerLabel;
    case BindingsRole:
        return row.bindings;
    case ModelsRole:
        return row.models;
    case SearchTextRole:
        return row.searchText;
    case LimitFractionRole: {
        const KeyLimit* t = tightest(row);
        return t ? t->fraction() : -1.0;
    }
    case LimitTextRole: {
        const KeyLimit* t = tightest(row);
        return t ? limitValueText(*t) : tr("∞ no limit");
    }
    case LimitLabelRole: {
        const KeyLimit* t = tightest(row);
        return t ? limitLabel(t->kind, row.windowMinutes) : QString();
    }
    case WindowEndRole:
        if (row.windowRunning)
            return QDateTime::fromMSecsSinceEpoch(*row.windowEndMs, QTimeZone::utc());
        return {};
    case SecondLineRole:
        if (column == Name)
            return row.ownerIsUser || row.entry.key.createdBy() != "admin"_L1 ? row.ownerLabel : QString();
        if (column == LastUsed)
            return row.lastUsedAccount;
        if (column == Limits && row.windowRunning)
            //: Time left in the running rate-limit window, e.g. "window 0:42 left"
            return tr("window %1 left").arg(formatRemaining((*row.windowEndMs - m_nowMs + 999) / 1000));
        return {};
    default:
        return {};
    }
}

QVariant KeyTableModel::displayData(const KeyRow& row, int column) const
{
    switch (column) {
    case Name:
        return row.name.isEmpty() ? QString::fromUtf8(row.entry.id) : row.name;
    case Accounts:
        return row.accountsText;
    case Tags:
        return row.tags.join(u", "_s);
    case Status:
        return relay::KeyStatusText::name(row.status);
    case Cost:
        return row.range ? formatCost(row.range->cost) : u"…"_s;
    case Tokens:
        return row.range ? formatTokens(row.range->tokens) : u"…"_s;
    case Requests:
        return row.range ? QLocale().toString(row.range->requests) : u"…"_s;
    case Limits: {
        const KeyLimit* t = tightest(row);
        if (!t)
            return tr("∞ no limit");
        //: The tightest limit: %1 = its name, %2 = "current / limit"
        return tr("%1: %2").arg(limitLabel(t->kind, row.windowMinutes), limitValueText(*t));
    }
    case LastUsed:
        return row.lastUsedMs ? localMinute(*row.lastUsedMs) : tr("never used");
    case Created:
        return row.createdMs ? localDate(*row.createdMs) : QString();
    case Expires:
        if (row.pendingActivation) {
            const qint64 n = row.entry.key.activationDays().value_or(0);
            if (row.entry.key.activationUnit() == "hours"_L1)
                //: Activation mode: the key expires %n hours after its first use
                return tr("not activated (%n hour(s))", nullptr, int(n));
            //: Activation mode: the key expires %n days after its first use
            return tr("not activated (%n day(s))", nullptr, int(n));
        }
        if (!row.expiresMs)
            //: The key never expires
            return tr("never");
        if (row.expiryClass == 2)
            //: %1 = the date the key expired
            return tr("expired %1").arg(localDate(*row.expiresMs));
        return localDate(*row.expiresMs);
    default:
        return {};
    }
}

QVariant KeyTableModel::toolTipData(const KeyRow& row, int column) const
{
    switch (column) {
    case Name: {
        QStringList lines {row.name};
        lines << tr("Owner: %1").arg(row.ownerLabel);
        const QString description = row.entry.key.description();
        if (!description.isEmpty())
            lines << description;
        lines << tr("Id: %1").arg(QString::fromUtf8(row.entry.id));
        if (!row.entry.malformed.isEmpty())
            lines << tr("%n field(s) hold malformed values.", nullptr, int(row.entry.malformed.size()));
        return lines.join(u'\n');
    }
    case Accounts:
        return row.accountsToolTip;
    case Tags:
        return row.tags.isEmpty() ? tr("No tags") : row.tags.join(u", "_s);
    case Status:
        if (row.status == KeyStatus::Expired && row.expiresMs)
            return tr("Expired at %1").arg(localSecond(*row.expiresMs));
        return relay::KeyStatusText::name(row.status);
    case Cost:
    case Tokens:
    case Requests:
        if (!row.range)
            return tr("Not loaded yet");
        //: %1 = time range, %2 = cost, %3 = requests, %4 = tokens
        return tr("%1\nCost: $%2\nRequests: %3\nTokens: %4")
            .arg(relay::StatsRangeText::name(m_range.range), QString::number(row.range->cost, 'f', 6),
                 QLocale().toString(row.range->requests), QLocale().toString(row.range->tokens));
    case Limits: {
        if (row.limits.isEmpty())
            return tr("No limits are set.");
        QStringList lines;
        for (const KeyLimit& l : row.limits) {
            QString line = tr("%1: %2 (%3%)")
                               .arg(limitLabel(l.kind, row.windowMinutes), limitValueText(l),
                                    QLocale().toString(l.fraction() * 100, 'f', 1));
            if (!l.enforced)
                line += u' ' + tr("(not checked: the token limit takes precedence)");
            lines << line;
        }
        if (row.windowMinutes > 0) {
            if (row.windowRunning)
                lines << tr("Rate window: ends at %1, %2 left")
                             .arg(localSecond(*row.windowEndMs),
                                  formatRemaining((*row.windowEndMs - m_nowMs + 999) / 1000));
            else
                lines << tr("Rate window: not started");
        }
        return lines.join(u'\n');
    }
    case LastUsed: {
        if (!row.lastUsedMs)
            return tr("Never used");
        QString tip = localSecond(*row.lastUsedMs);
        if (!row.lastUsedAccount.isEmpty())
            tip += u'\n' + tr("Served by %1").arg(row.lastUsedAccount);
        return tip;
    }
    case Created:
        return row.createdMs ? localSecond(*row.createdMs) : QString();
    case Expires:
        if (row.pendingActivation)
            return tr("Expires after its first use");
        return row.expiresMs ? localSecond(*row.expiresMs) : tr("Never expires");
    default:
        return {};
    }
}

QVariant KeyTableModel::sortData(const KeyRow& row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Accounts:
        return row.accountsText;
    case Tags:
        return row.tags.join(u',');
    case Status:
        return statusRank(row.status);
    case Cost:
        return row.range ? QVariant(row.range->cost) : QVariant();
    case Tokens:
        return row.range ? QVariant(row.range->tokens) : QVariant();
    case Requests:
        return row.range ? QVariant(row.range->requests) : QVariant();
    case Limits: {
        const KeyLimit* t = tightest(row);
        return t ? t->fraction() : -1.0;
    }
    case LastUsed:
        return row.lastUsedMs ? QVariant(*row.lastUsedMs) : QVariant();
    case Created:
        return row.createdMs ? QVariant(*row.createdMs) : QVariant();
    case Expires:
        return row.expiresMs && !row.pendingActivation ? QVariant(*row.expiresMs) : QVariant();
    default:
        return {};
    }
}

void KeyTableModel::setKeys(QList<relay::KeyEntry> keys)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(keys.size());
    QSet<QByteArray> seen;
    for (relay::KeyEntry& k : keys) {
        if (seen.contains(k.id))
            continue;
        seen.insert(k.id);
        m_rows.append(makeRow(std::move(k)));
    }
    rebuildIndex();
    endResetModel();
}

void KeyTableModel::updateKeys(const QList<relay::KeyEntry>& keys)
{
    QSet<QByteArray> keep;
    keep.reserve(keys.size());
    for (const relay::KeyEntry& k : keys)
        keep.insert(k.id);
    QList<QByteArray> gone;
    for (const KeyRow& r : std::as_const(m_rows)) {
        if (!keep.contains(r.entry.id))
            gone.append(r.entry.id);
    }
    removeKeys(gone);
    merge(keys.constData(), int(keys.size()));
}

void KeyTableModel::appendOrUpdate(const QList<relay::KeyEntry>& keys, int first, int count)
{
    first = std::clamp(first, 0, int(keys.size()));
    count = std::clamp(count, 0, int(keys.size()) - first);
    merge(keys.constData() + first, count);
}

void KeyTableModel::removeKeys(const QList<QByteArray>& ids)
{
    if (ids.isEmpty())
        return;
    QSet<QByteArray> drop(ids.cbegin(), ids.cend());
    // From the end, in runs of adjacent rows, so each run is one remove signal.
    int r = int(m_rows.size()) - 1;
    bool removed = false;
    while (r >= 0) {
        if (!drop.contains(m_rows.at(r).entry.id)) {
            --r;
            continue;
        }
        const int last = r;
        while (r > 0 && drop.contains(m_rows.at(r - 1).entry.id))
            --r;
        beginRemoveRows({}, r, last);
        m_rows.remove(r, last - r + 1);
        endRemoveRows();
        removed = true;
        --r;
    }
    if (removed)
        rebuildIndex();
}

void KeyTableModel::merge(const relay::KeyEntry* keys, int count)
{
    int minChanged = INT_MAX;
    int maxChanged = -1;
    QList<KeyRow> added;
    QHash<QByteArray, int> addedIndex;
    for (int i = 0; i < count; ++i) {
        const relay::KeyEntry& k = keys[i];
        const int r = m_rowOfId.value(k.id, -1);
        if (r >= 0) {
            m_rows[r] = makeRow(k);
            minChanged = std::min(minChanged, r);
            maxChanged = std::max(maxChanged, r);
        } else if (const auto it = addedIndex.constFind(k.id); it != addedIndex.cend()) {
            added[it.value()] = makeRow(k);
        } else {
            addedIndex.insert(k.id, int(added.size()));
            added.append(makeRow(k));
        }
    }
    if (maxChanged >= 0)
        emit dataChanged(index(minChanged, 0), index(maxChanged, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        for (KeyRow& row : added) {
            m_rowOfId.insert(row.entry.id, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
}

void KeyTableModel::reserveRows(int count)
{
    if (count > m_rows.capacity()) {
        m_rows.reserve(count);
        m_rowOfId.reserve(count);
    }
}

void KeyTableModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).entry.id, i);
}

void KeyTableModel::setDirectories(const relay::AccountDirectory& accounts, const relay::UserDirectory& users,
                                   const QList<relay::KeyEntry>* keys)
{
    m_accounts = accounts;
    m_users = users;
    m_directoriesKnown = true;
    if (keys) {
        for (const relay::KeyEntry& k : *keys) {
            const int r = m_rowOfId.value(k.id, -1);
            if (r >= 0)
                m_rows[r].entry.lastUsage = k.lastUsage;
        }
    }
    for (KeyRow& row : m_rows)
        fillDirectoryParts(row);
    if (m_rows.isEmpty())
        return;
    const int last = rowCount() - 1;
    // Name (the owner's line), Accounts, LastUsed (the serving account's line).
    static_assert(Name + 1 == Accounts);
    emit dataChanged(index(0, Name), index(last, Accounts));
    emitColumnChanged(LastUsed, 0, last);
}

void KeyTableModel::adoptDirectories(const relay::AccountDirectory& accounts,
                                     const relay::UserDirectory& users)
{
    m_accounts = accounts;
    m_users = users;
    m_directoriesKnown = true;
}

void KeyTableModel::updateLastUsage(const QList<relay::KeyEntry>& keys, int first, int count)
{
    first = std::clamp(first, 0, int(keys.size()));
    count = std::clamp(count, 0, int(keys.size()) - first);
    int minRow = INT_MAX;
    int maxRow = -1;
    for (int i = first; i < first + count; ++i) {
        const relay::KeyEntry& k = keys.at(i);
        const int r = m_rowOfId.value(k.id, -1);
        if (r < 0)
            continue;
        KeyRow& row = m_rows[r];
        row.entry.lastUsage = k.lastUsage;
        fillDirectoryParts(row);
        minRow = std::min(minRow, r);
        maxRow = std::max(maxRow, r);
    }
    if (maxRow < 0)
        return;
    emit dataChanged(index(minRow, Name), index(maxRow, Accounts));
    emitColumnChanged(LastUsed, minRow, maxRow);
}

void KeyTableModel::setRange(const relay::RangeSpec& range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_rangeStats.clear();
    m_rangeStatsLoaded = false;
    for (KeyRow& row : m_rows)
        fillRangeParts(row);
    emit headerDataChanged(Qt::Horizontal, Cost, Cost);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Cost), index(rowCount() - 1, Requests));
}

void KeyTableModel::setRangeStats(const QHash<QByteArray, relay::RangeStats>& stats)
{
    m_rangeStats = stats;
    m_rangeStatsLoaded = true;
    for (KeyRow& row : m_rows)
        fillRangeParts(row);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Cost), index(rowCount() - 1, Requests));
}

void KeyTableModel::setKeyModels(const QHash<QByteArray, QStringList>& models)
{
    m_models = models;
    for (KeyRow& row : m_rows)
        row.models = m_models.value(row.entry.id);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name), {ModelsRole});
}

void KeyTableModel::emitColumnChanged(int column, int firstRow, int lastRow)
{
    emit dataChanged(index(firstRow, column), index(lastRow, column));
}

void KeyTableModel::setNow(const QDateTime& now)
{
    if (!now.isValid())
        return;
    m_now = now.toUTC();
    m_nowMs = m_now.toMSecsSinceEpoch();
    // Runs of rows whose state changed (all three columns) or whose countdown ticks (limits only).
    int changedStart = -1;
    int tickStart = -1;
    const int n = int(m_rows.size());
    for (int r = 0; r <= n; ++r) {
        bool changed = false;
        bool ticking = false;
        if (r < n) {
            changed = applyNow(m_rows[r]);
            ticking = changed || m_rows.at(r).windowRunning;
        }
        if (changed && changedStart < 0)
            changedStart = r;
        if (!changed && changedStart >= 0) {
            emitColumnChanged(Status, changedStart, r - 1);
            emitColumnChanged(Expires, changedStart, r - 1);
            changedStart = -1;
        }
        if (ticking && tickStart < 0)
            tickStart = r;
        if (!ticking && tickStart >= 0) {
            emitColumnChanged(Limits, tickStart, r - 1);
            tickStart = -1;
        }
    }
}

QStringList KeyTableModel::allModels() const
{
    QSet<QString> set;
    for (const QStringList& list : m_models)
        for (const QString& m : list)
            set.insert(m);
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

QStringList KeyTableModel::allTags() const
{
    QSet<QString> set;
    for (const KeyRow& row : m_rows)
        for (const QString& t : row.tags)
            set.insert(t);
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

bool KeyTableModel::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The account and owner texts are made when the rows are; the rest when asked for.
        for (KeyRow& row : m_rows)
            fillDirectoryParts(row);
        announceLanguageChange(this);
    }
    return QAbstractTableModel::event(event);
}

} // namespace rka::ui
