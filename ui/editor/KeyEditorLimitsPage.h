#pragma once

#include "EditorPage.h"

#include <memory>

class QLineEdit;

namespace Ui {
class KeyEditorLimitsPage;
}

namespace rka::ui {

// Token and concurrency limits, the rate window with its request and cost limits, the daily, total
// and weekly Opus cost limits (with presets), and for newer data models the weekly reset day and
// hour (1.1.281+) and the per-service rates (1.1.263+), service-data-model.md 18.3.
class KeyEditorLimitsPage : public EditorPage
{
    Q_OBJECT
public:
    explicit KeyEditorLimitsPage(QWidget* parent = nullptr);
    ~KeyEditorLimitsPage() override;

    QString title() const override;
    void setup(EditorMode mode, const EditorContext& context) override;
    void load(const relay::ApiKey& key) override;
    void store(relay::ApiKey& key) const override;

    QLineEdit* editFor(relay::ApiKeyField field) const;
    QLineEdit* rateEdit(const QString& service) const;

    // The preset amounts offered next to the cost limits, in USD.
    static QList<int> costPresets();

protected:
    void retranslateUi() override;

private:
    void addPresets(QWidget* box, QLineEdit* edit);
    QString ratesJson() const;

    std::unique_ptr<Ui::KeyEditorLimitsPage> m_ui;
    QList<std::pair<relay::ApiKeyField, QLineEdit*>> m_numbers;
    QList<std::pair<QString, QLineEdit*>> m_rates;
    bool m_showReset = false;
    bool m_showRates = false;
    int m_loadedDay = 1;
    int m_loadedHour = 0;
    QString m_loadedRates;
};

} // namespace rka::ui
