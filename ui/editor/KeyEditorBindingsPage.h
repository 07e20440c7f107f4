#pragma once

#include "EditorPage.h"

#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;

namespace Ui {
class KeyEditorBindingsPage;
}

namespace rka::ui {

// Service permissions (none ticked = all services) and the account each platform is bound to:
// the accounts and account groups found in Redis by name, or the shared pool. A binding to an
// account that no longer exists stays selected and is shown as missing.
class KeyEditorBindingsPage : public EditorPage
{
    Q_OBJECT
public:
    explicit KeyEditorBindingsPage(QWidget* parent = nullptr);
    ~KeyEditorBindingsPage() override;

    QString title() const override;
    void setup(EditorMode mode, const EditorContext& context) override;
    void load(const relay::ApiKey& key) override;
    void store(relay::ApiKey& key) const override;

    QStringList permissions() const;
    QComboBox* comboFor(relay::ApiKeyField field) const;

protected:
    void retranslateUi() override;

private:
    void fillCombo(QComboBox* combo, relay::ApiKeyField field);
    void updateEnabledPlatforms();

    std::unique_ptr<Ui::KeyEditorBindingsPage> m_ui;
    relay::AccountDirectory m_accounts;
    QList<std::pair<relay::ApiKeyField, QComboBox*>> m_combos;
    QList<std::pair<QString, QCheckBox*>> m_services;
    QStringList m_loadedPermissions;
    QHash<int, QString> m_loadedBindings; // ApiKeyField -> stored value
};

} // namespace rka::ui
