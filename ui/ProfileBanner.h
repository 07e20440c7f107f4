#pragma once

#include "support/Profile.h"

#include <QWidget>

class QLabel;

namespace rka::ui {

// A coloured strip that always shows which profile is open and whether it can write:
// "Profile: <name> — host:port/db" with a READ-ONLY (amber), PRODUCTION (red) or READ-WRITE (green)
// badge. A production profile that is also read-only shows both of its badges; demo mode's profile
// adds a DEMO badge and says where its data lives.
class ProfileBanner : public QWidget
{
    Q_OBJECT
public:
    enum class State { NoProfile, ReadWrite, ReadOnly, Production };
    Q_ENUM(State)

    explicit ProfileBanner(QWidget* parent = nullptr);

    void setProfile(const support::Profile& profile);
    void clear(); // no profile open

    State state() const { return m_state; }
    QString text() const; // the profile line
    QStringList badges() const; // the visible badges' texts, left to right

    // "Relay Key Admin — <name> (host:port/db) [PRODUCTION, READ-ONLY]" for the window title.
    static QString windowTitle(const support::Profile& profile);
    static QString windowTitle(); // no profile open

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyColours();

    std::optional<support::Profile> m_profile;
    State m_state = State::NoProfile;
    QLabel* m_text = nullptr;
    QLabel* m_readOnlyBadge = nullptr;
    QLabel* m_productionBadge = nullptr;
    QLabel* m_readWriteBadge = nullptr;
    QLabel* m_demoBadge = nullptr;
};

} // namespace rka::ui
