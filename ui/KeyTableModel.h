#pragma once

#include "relay/AccountDirectory.h"
#include "relay/KeyListReader.h"
#include "relay/KeyStatus.h"
#include "relay/RangeStats.h"
#include "relay/UserDirectory.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QStringList>

#include <optional>

namespace rka::ui {

// One limit of a key with its current value (for the limits column and its tooltip).
struct KeyLimit
{
    enum class Kind {
        DailyCost,
        TotalCost,
        WeeklyOpusCost,
        WindowRequests,
        WindowTokens,
        WindowCost,
        Concurrency
    };
    Kind kind = Kind::DailyCost;
    double current = 0;
    double limit = 0;
    bool enforced = true; // false: configured but the service ignores it (window cost under a token limit)

    double fraction() const { return limit > 0 ? current / limit : 0; }
};

// What the table shows about one key, computed once when the key, the directories or the range
// change, so data() only picks values (100,000 rows must stay cheap).
struct KeyRow
{
    relay::KeyEntry entry;

    // From the key alone.
    relay::KeyStatus baseStatus = relay::KeyStatus::Active; // status with the expiry not applied
    std::optional<qint64> expiresMs; // what the service compares against now (section 12)
    std::optional<qint64> createdMs;
    std::optional<qint64> lastUsedMs;
    bool pendingActivation = false; // activation mode, not activated yet
    QString name;
    QStringList tags; // trimmed, distinct
    QString iconUrl;
    mutable std::optional<QIcon> icon; // decoded on first use

    // From the directories.
    QString ownerId; // the user id, or "admin" for keys that belong to no user
    QString ownerLabel;
    bool ownerIsUser = false;
    QStringList bindings; // stored binding values, e.g. "acc-1", "group:g", "responses:x"
    QStringList boundIds; // the account/group ids those values name
    QString accountsText;
    QString accountsToolTip;
    bool bindingMissing = false;
    QString lastUsedAccount; // "name (type)"
    QStringList models;
    QString searchText; // case-folded name, description, id, owner label and tags

    // Limits: every configured one; the tightest is the highest fraction.
    QList<KeyLimit> limits;
    std::optional<qint64> windowEndMs; // while a rate window is running (at load time)
    qint64 windowMinutes = 0;

    // Range figures; nullopt while not loaded.
    std::optional<relay::RangeStats> range;

    // Depends on the model's `now`.
    relay::KeyStatus status = relay::KeyStatus::Active;
    bool windowRunning = false;
    int expiryClass = 0; // 0 none/fine, 1 within 7 days, 2 expired
};

// The key table: one row per key, the columns of web-admin-features.md 2.4 done right (section 9).
class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Accounts,
        Tags,
        Status,
        Cost,
        Limits,
        Tokens,
        Requests,
        LastUsed,
        Created,
        Expires,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role : int {
        KeyIdRole = Qt::UserRole + 1, // QByteArray
        EntryIndexRole, // int, the source row
        SortRole, // number, time (ms) or string; invalid = not loaded (sorts last)
        StatusRole, // int(relay::KeyStatus)
        TagsRole, // QStringList
        OwnerIdRole, // user id, or "admin"
        OwnerLabelRole,
        BindingsRole, // QStringList of stored binding values
        ModelsRole, // QStringList
        SearchTextRole, // case-folded text the free-text filter searches
        LimitFractionRole, // 0..1+ for the tightest limit, -1 without limits
        LimitTextRole, // "$1.34 / $10.00" of the tightest limit
        WindowEndRole, // QDateTime while a rate window runs, else invalid
        SecondLineRole, // Name: the owner; LastUsed: the account that served it
        LimitLabelRole, // "Daily cost" etc. of the tightest limit
    };
    Q_ENUM(Role)

    explicit KeyTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row (a model reset).
    void setKeys(QList<relay::KeyEntry> keys);
    // A refresh: rows are updated in place by id, new keys appended and vanished keys removed, with
    // dataChanged/insert/remove signals, never a reset, so selection and scroll position survive.
    void updateKeys(const QList<relay::KeyEntry>& keys);
    // Rows arriving as they load (KeyListReader::keysAvailable): keys[first, first + count) are
    // updated in place or appended; nothing is removed.
    void appendOrUpdate(const QList<relay::KeyEntry>& keys, int first, int count);
    // Room for this many rows in one allocation (the total a streaming load announced), so that a
    // large table does not grow by copies while it fills.
    void reserveRows(int count);
    // Removes the rows of these ids (after a delete, or when a refresh finished).
    void removeKeys(const QList<QByteArray>& ids);

    // Only the columns that show directory data change (so a table sorted by another column is not
    // sorted again). With `keys`, the rows also take their last-usage account from there.
    void setDirectories(const relay::AccountDirectory& accounts, const relay::UserDirectory& users,
                        const QList<relay::KeyEntry>* keys = nullptr);
    // While a list streams in: the directories for the rows added from now on; the rows added before
    // are brought up to date slice by slice with updateLastUsage.
    void adoptDirectories(const relay::AccountDirectory& accounts, const relay::UserDirectory& users);
    // Rows of keys [first, first + count) take their last-usage account and directory data anew.
    void updateLastUsage(const QList<relay::KeyEntry>& keys, int first, int count);
    // The range of the cost, tokens and requests columns. Today and all time come from the keys'
    // stats; other ranges show "…" until setRangeStats() delivers them.
    void setRange(const relay::RangeSpec& range);
    relay::RangeSpec range() const { return m_range; }
    // Figures for the current range (from RangeStatsReader); keys missing from the hash stay "…".
    void setRangeStats(const QHash<QByteArray, relay::RangeStats>& stats);
    void setKeyModels(const QHash<QByteArray, QStringList>& models);
    // The instant for status, expiry and the rate-window countdown. Emits dataChanged only for the
    // Status/Limits/Expires cells that changed, and for the limits of rows with a running window.
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }

    const relay::KeyEntry& entry(int row) const { return m_rows.at(row).entry; }
    const KeyRow& row(int row) const { return m_rows.at(row); }
    int rowOfId(const QByteArray& id) const { return m_rowOfId.value(id, -1); }
    // Every model name in the loaded keys, sorted (for the model filter).
    QStringList allModels() const;
    QStringList allTags() const;

    static QString formatCost(double cost);
    static QString formatTokens(qint64 tokens);
    static QString formatRemaining(qint64 seconds);
    static QString limitLabel(KeyLimit::Kind kind, qint64 windowMinutes);
    static QString limitValueText(const KeyLimit& limit);
    static QColor statusColor(relay::KeyStatus status);

protected:
    // QEvent::LanguageChange: the views ask for the header and cell texts again.
    bool event(QEvent* event) override;

private:
    KeyRow makeRow(relay::KeyEntry entry) const;
    void fillDirectoryParts(KeyRow& row) const;
    void fillRangeParts(KeyRow& row) const;
    void fillLimits(KeyRow& row) const;
    bool applyNow(KeyRow& row) const; // true when a time-dependent cell changed
    void merge(const relay::KeyEntry* keys, int count);
    void rebuildIndex();
    const KeyLimit* tightest(const KeyRow& row) const;
    QVariant displayData(const KeyRow& row, int column) const;
    QVariant toolTipData(const KeyRow& row, int column) const;
    QVariant sortData(const KeyRow& row, int column) const;
    QIcon iconFor(const KeyRow& row) const;
    void emitColumnChanged(int column, int firstRow, int lastRow);

    QList<KeyRow> m_rows;
    QHash<QByteArray, int> m_rowOfId;
    relay::AccountDirectory m_accounts;
    relay::UserDirectory m_users;
    // False until the directories arrive (a streaming load has rows first): until then nothing is
    // called missing or unknown, only not yet named.
    bool m_directoriesKnown = false;
    relay::RangeSpec m_range;
    QHash<QByteArray, relay::RangeStats> m_rangeStats;
    bool m_rangeStatsLoaded = false;
    QHash<QByteArray, QStringList> m_models;
    QDateTime m_now;
    qint64 m_nowMs = 0;
    mutable QHash<QString, QIcon> m_iconCache; // data URL -> icon, shared by keys with the same icon
};

} // namespace rka::ui
