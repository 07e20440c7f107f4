#pragma once

#include "EditorPage.h"

#include <memory>

class QCheckBox;

namespace Ui {
class KeyEditorRestrictionsPage;
}

namespace rka::ui {

class ModelListEditor;

// Model restriction (a list of model ids, with how each route applies it) and client restriction
// (the service's predefined clients).
class KeyEditorRestrictionsPage : public EditorPage
{
    Q_OBJECT
public:
    explicit KeyEditorRestrictionsPage(QWidget* parent = nullptr);
    ~KeyEditorRestrictionsPage() override;

    QString title() const override;
    void setup(EditorMode mode, const EditorContext& context) override;
    void load(const relay::ApiKey& key) override;
    void store(relay::ApiKey& key) const override;

    ModelListEditor* modelEditor() const { return m_models; }
    QCheckBox* clientCheck(const QString& clientId) const;
    static QString clientName(const QString& clientId);

protected:
    void retranslateUi() override;

private:
    QStringList allowedClients() const;
    void updateEnabled();

    std::unique_ptr<Ui::KeyEditorRestrictionsPage> m_ui;
    ModelListEditor* m_models = nullptr;
    QList<std::pair<QString, QCheckBox*>> m_clients;
    bool m_loadedModelFlag = false;
    QStringList m_loadedModels;
    bool m_loadedClientFlag = false;
    QStringList m_loadedClients;
};

} // namespace rka::ui
