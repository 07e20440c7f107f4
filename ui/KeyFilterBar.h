#pragma once

#include "relay/AccountDirectory.h"
#include "relay/RangeStats.h"
#include "relay/UserDirectory.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace rka::ui {

class KeyFilterProxy;

// The filters above the key table: free text (or a pasted API key), status, tag, model, owner, bound
// account, and the range the cost columns show. It sets the proxy's filters directly.
class KeyFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit KeyFilterBar(KeyFilterProxy* proxy, QWidget* parent = nullptr);

    // Fills the choices; keeps the current ones where they still exist.
    void setChoices(const QStringList& tags, const QStringList& models, const relay::UserDirectory& users,
                    const relay::AccountDirectory& accounts);
    relay::RangeSpec range() const;
    void clear();

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* tagCombo() const { return m_tag; }
    QComboBox* modelCombo() const { return m_model; }
    QComboBox* ownerCombo() const { return m_owner; }
    QComboBox* accountCombo() const { return m_account; }
    QComboBox* rangeCombo() const { return m_range; }
    QToolButton* statusButton() const { return m_status; }

signals:
    void rangeChanged(const rka::relay::RangeSpec& range);
    // The search text looks like a plaintext API key: look it up through its hash.
    void plaintextKeyEntered(const QByteArray& plaintext);
    void searchCleared();

public:
    // The prefix that makes search text a plaintext key (API_KEY_PREFIX).
    void setKeyPrefix(const QByteArray& prefix) { m_prefix = prefix; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyText();
    void applyStatus();
    static void refill(QComboBox* combo, const QString& allLabel,
                       const QList<std::pair<QString, QString>>& items);

    KeyFilterProxy* m_proxy;
    QLineEdit* m_search = nullptr;
    QToolButton* m_status = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_model = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_account = nullptr;
    QComboBox* m_range = nullptr;
    QByteArray m_prefix = "cr_";
    // The last choices, to label them again in another language.
    struct Choices
    {
        QStringList tags;
        QStringList models;
        relay::UserDirectory users;
        relay::AccountDirectory accounts;
    } m_choices;
};

} // namespace rka::ui
