#pragma once

#include "relay/KeyAggregates.h"
#include "relay/KeyWriter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TagManagerDialog;
}

namespace rka::ui {

// Lists every tag with the number of keys carrying it, and renames or deletes a tag across all keys
// (KeyWriter::renameTag / deleteTag), after a confirmation that says how many keys change.
class TagManagerDialog : public QDialog
{
    Q_OBJECT
public:
    TagManagerDialog(redis::Connection& connection, const relay::WriteTarget& target,
                     const QList<relay::TagCount>& tags, QWidget* parent = nullptr);
    ~TagManagerDialog() override;

    QList<relay::TagCount> tags() const { return m_tags; }
    void selectTag(const QString& tag);
    QString selectedTag() const;
    void renameSelected(const QString& newName);
    void deleteSelected();
    bool isBusy() const { return m_busy; }
    QString statusText() const;

signals:
    // A rename or delete was written; the key list should reload.
    void tagsChanged(const QList<QByteArray>& keyIds);

private:
    void fill();
    void setBusy(bool busy);
    void finish(const relay::WriteResult& result, const QString& success);

    std::unique_ptr<Ui::TagManagerDialog> m_ui;
    std::unique_ptr<relay::KeyWriter> m_writer;
    QList<relay::TagCount> m_tags;
    bool m_busy = false;
};

} // namespace rka::ui
