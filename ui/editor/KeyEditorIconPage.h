#pragma once

#include "EditorPage.h"

class QFormLayout;
class QLabel;

namespace rka::ui {

class IconPicker;

// The key's icon (one widget; no Designer form needed).
class KeyEditorIconPage : public EditorPage
{
    Q_OBJECT
public:
    explicit KeyEditorIconPage(QWidget* parent = nullptr);

    QString title() const override;
    void load(const relay::ApiKey& key) override;
    void store(relay::ApiKey& key) const override;
    IconPicker* picker() const { return m_picker; }

protected:
    void retranslateUi() override;

private:
    IconPicker* m_picker = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_note = nullptr;
    QString m_loaded;
};

} // namespace rka::ui
