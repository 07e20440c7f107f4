#pragma once

#include "EditorPage.h"

#include <QDateTime>

#include <memory>

namespace Ui {
class KeyEditorExpiryPage;
}

namespace rka::ui {

// Fixed expiry (presets, a custom date and time, or never) or activation on first use with a period
// in hours or days (service-data-model.md 12); choosing one hides the other's fields. For an
// existing key it shows the current state and offers "Activate now" and "Renew by…", which the
// dialog runs at once through the key writer.
class KeyEditorExpiryPage : public EditorPage
{
    Q_OBJECT
public:
    explicit KeyEditorExpiryPage(QWidget* parent = nullptr);
    ~KeyEditorExpiryPage() override;

    QString title() const override;
    void setup(EditorMode mode, const EditorContext& context) override;
    void load(const relay::ApiKey& key) override;
    void store(relay::ApiKey& key) const override;
    // Shows the state of the stored key (after an activation or renewal).
    void showState(const relay::ApiKey& key);

    bool activationMode() const;
    // The preset periods of the fixed expiry, in seconds (0 = never).
    static QList<std::pair<QString, qint64>> presets();

signals:
    void activateRequested();
    void renewRequested(qint64 seconds);

protected:
    void retranslateUi() override;

private:
    void touch();
    void updateVisibility();
    void applyPreset();
    void updatePreviews();

    std::unique_ptr<Ui::KeyEditorExpiryPage> m_ui;
    bool m_touched = false;
    bool m_loading = false;
    QString m_loadedMode;
    bool m_loadedActivated = false;
};

} // namespace rka::ui
