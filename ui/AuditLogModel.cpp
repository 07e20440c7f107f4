#include "AuditLogModel.h"

#include "Retranslate.h"

#include "DetailFormat.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

QString jsonText(const QJsonObject& o, const QString& field)
{
    if (!o.contains(field))
        //: An audit log value for a field that did not exist
        return AuditLogModel::tr("(absent)");
    const QJsonValue v = o.value(field);
    if (v.isString())
        return u"\u201c"_s + v.toString() + u"\u201d"_s;
    const QByteArray t = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(t.mid(1, t.size() - 2));
}

} // namespace

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(const QList<support::AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

QStringList AuditLogModel::changes(const support::AuditEntry& entry)
{
    QStringList fields = entry.before.keys();
    for (const QString& f : entry.after.keys())
        if (!fields.contains(f))
            fields << f;
    QStringList out;
    for (const QString& f : fields)
        out << tr("%1: %2 \u2192 %3").arg(f, jsonText(entry.before, f), jsonText(entry.after, f));
    return out;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const support::AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const bool full = role == Qt::ToolTipRole;
        switch (index.column()) {
        case Time:
            return DetailFormat::dateTime(e.time);
        case Operator:
            return e.operatorName;
        case Operation:
            return e.operation;
        case Key:
            return e.keyName.isEmpty() ? e.keyId : tr("%1 (%2)").arg(e.keyName, e.keyId);
        case Result:
            return e.result;
        case Changes:
            return changes(e).join(full ? u"\n"_s : u"; "_s);
        case Message:
            return e.message;
        }
    } else if (role == Qt::ForegroundRole && index.column() == Result && e.result != u"ok"_s) {
        return QBrush(QColor(0xb9, 0x1c, 0x1c));
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Operator:
        //: Column: who made the change (the operating user)
        return tr("Operator");
    case Operation:
        return tr("Operation");
    case Key:
        return tr("Key");
    case Result:
        return tr("Result");
    case Changes:
        //: Column: the changed fields, before and after
        return tr("Changes");
    case Message:
        return tr("Message");
    }
    return {};
}

bool AuditLogModel::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        announceLanguageChange(this);
    return QAbstractTableModel::event(event);
}

} // namespace rka::ui
