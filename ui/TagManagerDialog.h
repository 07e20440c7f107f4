#pragma once

#include "relay/KeyAggregates.h"
#include "relay/KeyWriter.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

namespace Ui {
class TagManagerDialog;
}

namespace rka::ui {

// Lists every tag with the number of keys carrying it, and renames or deletes a tag across all keys
// (KeyWriter::renameTag / deleteTag), after a confirmation that names the keys that change; on a
// production profile the confirm hook then asks for the profile's name.
class TagManagerDialog : public QDialog
{
    Q_OBJECT
public:
    TagManagerDialog(redis::Connection& connection, const relay::WriteTarget& target,
                     const QList<relay::TagCount>& tags, QWidget* parent = nullptr);
    ~TagManagerDialog() override;

    QList<relay::TagCount> tags() const { return m_tags; }
    // The loaded keys, so the confirmation can name the keys a rename or delete changes (the live
    // keys carrying the tag: the service leaves deleted keys alone, and so do we).
    void setKeys(const QList<relay::KeyEntry>& keys);
    // Asked after the user said yes, with the exact changes; false stops the write. A production
    // profile asks for its name here (MainWindow::confirmProduction).
    void setConfirmHook(std::function<bool(const QString& title, const QStringList& changes)> hook);
    // "name (id)" of the live keys carrying the tag, as far as the loaded keys tell.
    QStringList keysWithTag(const QString& tag) const;
    void selectTag(const QString& tag);
    QString selectedTag() const;
    void renameSelected(const QString& newName);
    void deleteSelected();
    bool isBusy() const { return m_busy; }
    QString statusText() const;

signals:
    // A rename or delete was written; the key list should reload.
    void tagsChanged(const QList<QByteArray>& keyIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void setBusy(bool busy);
    void finish(const relay::WriteResult& result, const QString& success);
    // The question, with the keys named; then the confirm hook. False: nothing is written.
    bool confirm(const QString& title, const QString& question, const QString& tag, const QString& change);

    std::unique_ptr<Ui::TagManagerDialog> m_ui;
    std::unique_ptr<relay::KeyWriter> m_writer;
    QList<relay::TagCount> m_tags;
    QHash<QString, QStringList> m_keysByTag;
    std::function<bool(const QString&, const QStringList&)> m_confirmHook;
    bool m_busy = false;
};

} // namespace rka::ui
