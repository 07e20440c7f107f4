#pragma once

#include "EditorPage.h"

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

private:
    IconPicker* m_picker = nullptr;
    QString m_loaded;
};

} // namespace rka::ui
