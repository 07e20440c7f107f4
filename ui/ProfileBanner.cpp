#include "ProfileBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

struct Colours
{
    const char* strip;
    const char* border;
};

QLabel* makeBadge(QWidget* parent, const QString& objectName, const char* background, const char* foreground)
{
    auto* badge = new QLabel(parent);
    badge->setObjectName(objectName);
    badge->setStyleSheet(u"QLabel { background: %1; color: %2; font-weight: 700; border-radius: 3px; "
                         "padding: 2px 8px; }"_s.arg(QLatin1String(background), QLatin1String(foreground)));
    badge->setAlignment(Qt::AlignCenter);
    return badge;
}

} // namespace

ProfileBanner::ProfileBanner(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"profileBanner"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 5, 10, 5);
    m_text = new QLabel(this);
    m_text->setObjectName(u"profileText"_s);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_productionBadge = makeBadge(this, u"productionBadge"_s, "#c62828", "#ffffff");
    m_readOnlyBadge = makeBadge(this, u"readOnlyBadge"_s, "#f0a000", "#1a1a1a");
    m_readWriteBadge = makeBadge(this, u"readWriteBadge"_s, "#2e7d32", "#ffffff");
    m_demoBadge = makeBadge(this, u"demoBadge"_s, "#1565c0", "#ffffff");
    layout->addWidget(m_demoBadge);
    layout->addWidget(m_productionBadge);
    layout->addWidget(m_readOnlyBadge);
    layout->addWidget(m_readWriteBadge);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    clear();
}

void ProfileBanner::setProfile(const support::Profile& profile)
{
    m_profile = profile;
    m_state = profile.production ? State::Production : profile.readOnly ? State::ReadOnly : State::ReadWrite;
    retranslate();
    applyColours();
}

void ProfileBanner::clear()
{
    m_profile.reset();
    m_state = State::NoProfile;
    retranslate();
    applyColours();
}

QString ProfileBanner::text() const
{
    return m_text->text();
}

QStringList ProfileBanner::badges() const
{
    QStringList out;
    for (const QLabel* badge : {m_demoBadge, m_productionBadge, m_readOnlyBadge, m_readWriteBadge})
        if (!badge->isHidden())
            out << badge->text();
    return out;
}

QString ProfileBanner::windowTitle(const support::Profile& p)
{
    QStringList flags;
    if (p.demo)
        flags << tr("DEMO");
    if (p.production)
        flags << tr("PRODUCTION");
    flags << (p.readOnly ? tr("READ-ONLY") : tr("read-write"));
    //: Window title: application, profile name, Redis address, flags.
    return tr("%1 — %2 (%3) [%4]")
        .arg(QCoreApplication::applicationName().isEmpty() ? u"Relay Key Admin"_s
                                                           : QCoreApplication::applicationName(),
             p.name, p.endpointText(), flags.join(u", "_s));
}

QString ProfileBanner::windowTitle()
{
    //: Window title when no profile is open.
    return tr("%1 — not connected")
        .arg(QCoreApplication::applicationName().isEmpty() ? u"Relay Key Admin"_s
                                                           : QCoreApplication::applicationName());
}

void ProfileBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfileBanner::retranslate()
{
    //: Badges in the profile banner: the profile refuses every write.
    m_readOnlyBadge->setText(tr("READ-ONLY"));
    //: Badges in the profile banner: every write must be confirmed by typing the profile name.
    m_productionBadge->setText(tr("PRODUCTION"));
    //: Badges in the profile banner: the profile may write.
    m_readWriteBadge->setText(tr("read-write"));
    //: Badges in the profile banner: demo mode (relay-key-admin --demo), made-up data.
    m_demoBadge->setText(tr("DEMO"));
    if (!m_profile) {
        m_text->setText(tr("No profile open"));
        setToolTip(QString());
        return;
    }
    //: %1 profile name, %2 "host:port/db".
    m_text->setText(
        tr("Profile: <b>%1</b> — %2").arg(m_profile->name.toHtmlEscaped(), m_profile->endpointText()));
    if (m_profile->demo)
        //: Appended to the profile line in demo mode.
        m_text->setText(m_text->text() + u" · "_s +
                        tr("made-up demo data in a private redis-server, deleted when the program exits")
                            .toHtmlEscaped());
    m_text->setTextFormat(Qt::RichText);
    QString tip;
    if (m_profile->production)
        tip += tr("Production: every write asks you to type the profile name first.") + u'\n';
    tip += m_profile->readOnly ? tr("Read-only: no write command is ever sent.")
                               : tr("Read-write: changes are written to this Redis.");
    setToolTip(tip);
}

void ProfileBanner::applyColours()
{
    Colours c {"#ececec", "#9e9e9e"};
    switch (m_state) {
    case State::NoProfile:
        break;
    case State::ReadWrite:
        c = {"#e3f3e4", "#2e7d32"};
        break;
    case State::ReadOnly:
        c = {"#fff3d6", "#f0a000"};
        break;
    case State::Production:
        c = {"#fde0e0", "#c62828"};
        break;
    }
    // Explicit text colour: the strip is light in every theme, so its text must be dark in every theme.
    setStyleSheet(
        u"#profileBanner { background: %1; border-bottom: 3px solid %2; } #profileText { color: #1a1a1a; }"_s
            .arg(QLatin1String(c.strip), QLatin1String(c.border)));
    const bool open = m_profile.has_value();
    m_productionBadge->setVisible(open && m_profile->production);
    m_readOnlyBadge->setVisible(open && m_profile->readOnly);
    m_readWriteBadge->setVisible(open && !m_profile->readOnly);
    m_demoBadge->setVisible(open && m_profile->demo);
}

} // namespace rka::ui
