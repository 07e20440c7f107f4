#include "UsageRecordModel.h"

#include "Retranslate.h"

#include "DetailFormat.h"

#include "relay/JsNumber.h"
#include "relay/KeyExport.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace rka::ui {

UsageRecordModel::UsageRecordModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QString UsageRecordModel::accountLabel(const relay::UsageRecord& record,
                                       const relay::AccountDirectory& accounts, bool* missing)
{
    if (missing)
        *missing = false;
    const QString id = record.accountId().value_or(QString());
    if (id.isEmpty())
        return {};
    QStringList ids = {id};
    for (const QString& prefix : {u"responses:"_s, u"api:"_s, u"group:"_s})
        if (id.startsWith(prefix))
            ids << id.mid(prefix.size());
    // The record's own type first (normalised as in service-data-model.md 15.1), then every type.
    QList<relay::AccountType> types;
    QString type = record.accountType().value_or(QString()).toLower().replace(u'_', u'-');
    if (type == u"openai-response"_s)
        type = u"openai-responses"_s;
    else if (type == u"azureopenai"_s)
        type = u"azure-openai"_s;
    if (const auto t = relay::AccountTypes::fromName(type))
        types << *t;
    for (relay::AccountType t : relay::AccountTypes::all())
        if (!types.contains(t))
            types << t;
    for (relay::AccountType t : types)
        for (const QString& candidate : ids)
            if (const auto found = accounts.find(t, candidate))
                return tr("%1 (%2)").arg(found->displayName(), relay::AccountTypes::label(t));
    if (missing)
        *missing = true;
    //: A usage record's account that no longer exists; %1 is the stored id
    return tr("%1 (not found)").arg(id);
}

void UsageRecordModel::setRecords(const QList<relay::UsageRecord>& records,
                                  const relay::AccountDirectory& accounts)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(records.size());
    for (const relay::UsageRecord& r : records) {
        Row row {r, {}, false};
        row.account = accountLabel(r, accounts, &row.accountMissing);
        m_rows << row;
    }
    endResetModel();
}

void UsageRecordModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

bool UsageRecordModel::columnHasData(int column) const
{
    for (const Row& r : m_rows) {
        const relay::UsageRecord& rec = r.record;
        switch (column) {
        case RequestId:
            if (rec.requestId())
                return true;
            break;
        case Endpoint:
            if (rec.endpoint())
                return true;
            break;
        case Status:
            if (rec.statusCode())
                return true;
            break;
        case Duration:
            if (rec.durationMs())
                return true;
            break;
        default:
            return true;
        }
    }
    return false;
}

int UsageRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsageRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageRecordModel::display(const Row& row, int column) const
{
    const relay::UsageRecord& r = row.record;
    switch (column) {
    case Time: {
        const auto t = r.timestampUtc();
        return t ? DetailFormat::dateTime(*t) : r.timestamp();
    }
    case Model:
        return r.model();
    case Account:
        return row.account.isEmpty() ? tr("(none)") : row.account;
    case InputTokens:
        return DetailFormat::count(r.inputTokens());
    case OutputTokens:
        return DetailFormat::count(r.outputTokens());
    case CacheCreateTokens:
        return DetailFormat::count(r.cacheCreateTokens());
    case CacheReadTokens:
        return DetailFormat::count(r.cacheReadTokens());
    case TotalTokens:
        return DetailFormat::count(r.totalTokens());
    case Cost:
        return DetailFormat::money(r.cost());
    case RequestId:
        return r.requestId().value_or(QString());
    case Endpoint: {
        const QString method = r.method().value_or(QString());
        const QString endpoint = r.endpoint().value_or(QString());
        return method.isEmpty() ? endpoint : method + u' ' + endpoint;
    }
    case Status:
        return r.statusCode() ? QString::number(*r.statusCode()) : QString();
    case Duration:
        //: A request's duration in milliseconds
        return r.durationMs() ? tr("%1 ms").arg(DetailFormat::count(*r.durationMs())) : QString();
    }
    return {};
}

QVariant UsageRecordModel::sortValue(const Row& row, int column) const
{
    const relay::UsageRecord& r = row.record;
    switch (column) {
    case Time: {
        const auto t = r.timestampUtc();
        return t ? t->toMSecsSinceEpoch() : qint64(0);
    }
    case Model:
        return r.model();
    case Account:
        return row.account;
    case InputTokens:
        return r.inputTokens();
    case OutputTokens:
        return r.outputTokens();
    case CacheCreateTokens:
        return r.cacheCreateTokens();
    case CacheReadTokens:
        return r.cacheReadTokens();
    case TotalTokens:
        return r.totalTokens();
    case Cost:
        return r.cost();
    case RequestId:
        return r.requestId().value_or(QString());
    case Endpoint:
        return r.endpoint().value_or(QString());
    case Status:
        return r.statusCode().value_or(0);
    case Duration:
        return r.durationMs().value_or(0);
    }
    return {};
}

QVariant UsageRecordModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case FilterRole:
        return index.column() == Model  ? row.record.model()
            : index.column() == Account ? row.account
                                        : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return row.record.timestamp();
        if (index.column() == Account && row.accountMissing)
            return tr("No account with this id exists any more.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Account && row.accountMissing)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= InputTokens && index.column() <= Cost)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant UsageRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Model:
        return tr("Model");
    case Account:
        return tr("Account");
    case InputTokens:
        //: Column: input tokens
        return tr("Input");
    case OutputTokens:
        //: Column: output tokens
        return tr("Output");
    case CacheCreateTokens:
        return tr("Cache create");
    case CacheReadTokens:
        return tr("Cache read");
    case TotalTokens:
        //: Column: total tokens
        return tr("Total");
    case Cost:
        return tr("Cost");
    case RequestId:
        return tr("Request id");
    case Endpoint:
        return tr("Endpoint");
    case Status:
        //: Column: the HTTP status code of the request
        return tr("Status");
    case Duration:
        return tr("Duration");
    }
    return {};
}

QList<QByteArray> UsageRecordModel::csvHeader()
{
    return {"time",
            "model",
            "account",
            "account_id",
            "account_type",
            "input_tokens",
            "output_tokens",
            "cache_create_tokens",
            "cache_read_tokens",
            "total_tokens",
            "cost",
            "request_id",
            "endpoint",
            "status",
            "duration_ms"};
}

QByteArray UsageRecordModel::toCsv(const QList<int>& rows) const
{
    using relay::KeyExport;
    QByteArray out = "\xEF\xBB\xBF";
    out += csvHeader().join(',') + "\r\n";
    for (int i : rows) {
        const Row& row = m_rows.at(i);
        const relay::UsageRecord& r = row.record;
        QList<QByteArray> cells;
        cells << KeyExport::csvCell(r.timestamp()) << KeyExport::csvCell(r.model())
              << KeyExport::csvCell(row.account) << KeyExport::csvCell(r.accountId().value_or(QString()))
              << KeyExport::csvCell(r.accountType().value_or(QString()))
              << QByteArray::number(r.inputTokens()) << QByteArray::number(r.outputTokens())
              << QByteArray::number(r.cacheCreateTokens()) << QByteArray::number(r.cacheReadTokens())
              << QByteArray::number(r.totalTokens()) << relay::JsNumber::toString(r.cost())
              << KeyExport::csvCell(r.requestId().value_or(QString()))
              << KeyExport::csvCell(r.endpoint().value_or(QString()))
              << (r.statusCode() ? QByteArray::number(*r.statusCode()) : QByteArray())
              << (r.durationMs() ? QByteArray::number(*r.durationMs()) : QByteArray());
        out += cells.join(',') + "\r\n";
    }
    return out;
}

bool UsageRecordModel::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        announceLanguageChange(this);
    return QAbstractTableModel::event(event);
}

} // namespace rka::ui
