#include "KeyFilterBar.h"

#include "KeyFilterProxy.h"
#include "KeyTableModel.h"

#include "relay/KeyStatus.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rka::ui {

KeyFilterBar::KeyFilterBar(KeyFilterProxy* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    row->addWidget(m_search, 2);
    connect(m_search, &QLineEdit::textChanged, this, &KeyFilterBar::applyText);

    m_status = new QToolButton(this);
    m_status->setObjectName(u"statusFilterButton"_s);
    m_status->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_status);
    for (relay::KeyStatus s : {relay::KeyStatus::Active, relay::KeyStatus::Disabled,
                               relay::KeyStatus::Expired, relay::KeyStatus::NotActivated}) {
        QAction* a = menu->addAction(QString());
        a->setCheckable(true);
        a->setData(int(s));
        connect(a, &QAction::toggled, this, &KeyFilterBar::applyStatus);
    }
    m_status->setMenu(menu);
    row->addWidget(m_status);

    auto combo = [this, row](const QString& name) {
        auto* c = new QComboBox(this);
        c->setObjectName(name);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->setMinimumContentsLength(10);
        row->addWidget(c);
        return c;
    };
    m_tag = combo(u"tagFilter"_s);
    m_model = combo(u"modelFilter"_s);
    m_owner = combo(u"ownerFilter"_s);
    m_account = combo(u"accountFilter"_s);
    refill(m_tag, QString(), {});
    refill(m_model, QString(), {});
    refill(m_owner, QString(), {});
    refill(m_account, QString(), {});
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTag(m_tag->currentData().toString()); });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const QString m = m_model->currentData().toString();
        m_proxy->setModels(m.isEmpty() ? QStringList() : QStringList {m});
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOwner(m_owner->currentData().toString()); });
    connect(m_account, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setBoundAccount(m_account->currentData().toString()); });

    m_range = combo(u"rangeCombo"_s);
    for (relay::StatsRange r : {relay::StatsRange::Today, relay::StatsRange::Last7Days,
                                relay::StatsRange::Last30Days, relay::StatsRange::AllTime})
        m_range->addItem(QString(), int(r));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { emit rangeChanged(range()); });
    retranslateUi();
}

void KeyFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void KeyFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, description, id, owner, tag — or paste an API key"));
    for (QAction* a : m_status->menu()->actions())
        a->setText(relay::KeyStatusText::name(relay::KeyStatus(a->data().toInt())));
    applyStatus(); // the button shows the checked statuses
    m_tag->setToolTip(tr("Only keys with this tag"));
    m_model->setToolTip(tr("Only keys that used this model"));
    m_owner->setToolTip(tr("Only keys of this owner"));
    m_account->setToolTip(tr("Only keys bound to this account"));
    //: The period (today, last 7 days, ...) of the cost, token and request columns
    m_range->setToolTip(tr("The period the cost, token and request columns cover"));
    for (int i = 0; i < m_range->count(); ++i)
        m_range->setItemText(i, relay::StatsRangeText::name(relay::StatsRange(m_range->itemData(i).toInt())));
    // The choices: "All ..." and the labels made of translated words (account types).
    setChoices(m_choices.tags, m_choices.models, m_choices.users, m_choices.accounts);
}

void KeyFilterBar::refill(QComboBox* combo, const QString& allLabel,
                          const QList<std::pair<QString, QString>>& items)
{
    const QString current = combo->currentData().toString();
    QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allLabel, QString());
    for (const auto& [label, value] : items)
        combo->addItem(label, value);
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep >= 0 ? keep : 0);
}

void KeyFilterBar::setChoices(const QStringList& tags, const QStringList& models,
                              const relay::UserDirectory& users, const relay::AccountDirectory& accounts)
{
    if (&tags != &m_choices.tags)
        m_choices = {tags, models, users, accounts};
    QList<std::pair<QString, QString>> items;
    for (const QString& t : tags)
        items.append({t, t});
    refill(m_tag, tr("All tags"), items);
    items.clear();
    for (const QString& m : models)
        items.append({m, m});
    refill(m_model, tr("All models"), items);
    items = {{tr("Admin (no user)"), u"admin"_s}};
    for (const relay::User& u : users.all())
        items.append(
            {u.displayName.isEmpty() ? u.username : u.displayName + u" ("_s + u.username + u')', u.id});
    refill(m_owner, tr("All owners"), items);
    //: The keys that are bound to no account and use the shared pool of accounts
    items = {{tr("Shared pool (no binding)"), KeyFilterProxy::sharedBinding()}};
    for (const relay::AccountRecord& a : accounts.all())
        items.append({relay::AccountTypes::label(a.type) + u": "_s + a.displayName(), a.id});
    refill(m_account, tr("All accounts"), items);
    // Filters whose choice vanished fall back to "all".
    m_proxy->setTag(m_tag->currentData().toString());
    m_proxy->setOwner(m_owner->currentData().toString());
    m_proxy->setBoundAccount(m_account->currentData().toString());
    const QString m = m_model->currentData().toString();
    m_proxy->setModels(m.isEmpty() ? QStringList() : QStringList {m});
}

relay::RangeSpec KeyFilterBar::range() const
{
    relay::RangeSpec r;
    r.range = relay::StatsRange(m_range->currentData().toInt());
    return r;
}

void KeyFilterBar::clear()
{
    m_search->clear();
    for (QAction* a : m_status->menu()->actions())
        a->setChecked(false);
    for (QComboBox* c : {m_tag, m_model, m_owner, m_account})
        c->setCurrentIndex(0);
}

void KeyFilterBar::applyText()
{
    const QString text = m_search->text().trimmed();
    const QByteArray bytes = text.toUtf8();
    // A pasted plaintext key is never searched as text: it is looked up through its hash.
    if (bytes.startsWith(m_prefix) && bytes.size() >= 10 && !bytes.contains(' ')) {
        m_proxy->setText(QString());
        emit plaintextKeyEntered(bytes);
        return;
    }
    m_proxy->setIds(std::nullopt);
    m_proxy->setText(text);
    if (text.isEmpty())
        emit searchCleared();
}

void KeyFilterBar::applyStatus()
{
    QSet<relay::KeyStatus> statuses;
    QStringList names;
    for (QAction* a : m_status->menu()->actions())
        if (a->isChecked()) {
            statuses.insert(relay::KeyStatus(a->data().toInt()));
            names << a->text();
        }
    m_proxy->setStatuses(statuses);
    m_status->setText(names.isEmpty() ? tr("Any status") : names.join(u", "_s));
}

} // namespace rka::ui
