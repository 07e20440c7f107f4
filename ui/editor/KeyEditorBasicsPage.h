#pragma once

#include "EditorPage.h"

#include "relay/KeyWriter.h"

#include <memory>

namespace Ui {
class KeyEditorBasicsPage;
}

namespace rka::ui {

class TagEditor;

// Name (or base name and count for batch create), description, owner, enabled, tags.
class KeyEditorBasicsPage : public EditorPage
{
    Q_OBJECT
public:
    explicit KeyEditorBasicsPage(QWidget* parent = nullptr);
    ~KeyEditorBasicsPage() override;

    QString title() const override;
    void setup(EditorMode mode, const EditorContext& context) override;
    void load(const relay::ApiKey& key) override;
    void store(relay::ApiKey& key) const override;

    QString baseName() const; // batch create
    int count() const; // batch create
    relay::BatchEdit::TagOperation tagOperation() const; // batch edit
    TagEditor* tagEditor() const { return m_tags; }

protected:
    void retranslateUi() override;

private:
    std::unique_ptr<Ui::KeyEditorBasicsPage> m_ui;
    TagEditor* m_tags = nullptr;
    QString m_loadedName;
    QString m_loadedDescription;
    QString m_loadedOwner;
    bool m_loadedActive = true;
    QStringList m_loadedTags;
    relay::UserDirectory m_users;
};

} // namespace rka::ui
