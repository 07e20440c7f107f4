#pragma once

#include "Retranslate.h"
#include "relay/UsageRecord.h"

#include <QDialog>

class QTreeWidget;

namespace rka::ui {

// Every field of one usage record (record.json()) as a tree of field and value, nested objects such
// as costBreakdown expanded. Values are selectable and copyable; "Copy JSON" copies the record.
class UsageRecordDialog : public QDialog
{
    Q_OBJECT
public:
    UsageRecordDialog(const relay::UsageRecord& record, const QString& accountText,
                      QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QString json() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void copySelection();

    relay::UsageRecord m_record;
    QTreeWidget* m_tree = nullptr;
    TextSetters m_texts; // QEvent::LanguageChange
};

} // namespace rka::ui
