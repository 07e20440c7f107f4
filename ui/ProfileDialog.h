#pragma once

#include "redis/Connection.h"
#include "support/Profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QWidget;

namespace Ui {
class ProfileDialog;
}

namespace rka::support {
class SecretStore;
}

namespace rka::ui {

// Creates or edits a connection profile: the connection, TLS, the service's own settings (from its
// .env file if wanted), behaviour flags, and where the secrets are kept. Save validates every field
// and shows each problem next to its field; the dialog only closes when all are valid. The secrets
// typed here are returned separately (password(), encryptionKey()) and never part of profile().
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(QWidget* parent = nullptr);
    ~ProfileDialog() override;

    // Edit an existing profile (its id is kept), or start from a prepared one.
    void setProfile(const support::Profile& profile);
    void setSecrets(const QString& password, const QByteArray& encryptionKey);
    // Names of the other profiles, for the duplicate check.
    void setOtherProfileNames(const QStringList& names);
    // The system keychain to probe. When it is unavailable, its choice is disabled with the reason, and
    // the user picks between asking every time and the local file. Not owned.
    void setKeychain(support::SecretStore* keychain);

    // The values of the fields (id of the profile given to setProfile, or empty for a new one).
    support::Profile profile() const;
    QString password() const;
    QByteArray encryptionKey() const;

    // Fills the fields from a service .env file. Returns false when the file could not be read.
    // What was imported and any problems are shown in statusText().
    bool importEnvFile(const QString& path);
    // Checks every field and shows the problems; true when there are none.
    bool validate();
    // The problem shown next to a field ("name", "host", "port", "prefix", "timezone", "baseUrl", "tls");
    // empty when it is valid.
    QString fieldError(const QString& field) const;
    QString statusText() const;
    bool isTesting() const { return m_testConnection != nullptr; }

public slots:
    void accept() override;
    void testConnection();
    void chooseEnvFile();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool validateFields(bool connectionOnly);
    void setFieldError(QLabel* label, const QString& message);
    void showStatus(const QString& text, bool isError);
    void browse(QLineEdit* target, const QString& caption);
    void onKeychainProbed(bool available, const QString& message);
    void updateAcceptedCertificate();
    void updateTlsEnabled();
    void finishTest();
    void offerToAcceptCertificate();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    QString m_id;
    QString m_title; // the profile's name as loaded, for the window title
    QStringList m_otherNames;
    QByteArray m_acceptedCertificate;
    QPointer<support::SecretStore> m_keychain;
    bool m_keychainAvailable = true;
    std::unique_ptr<redis::Connection> m_testConnection;
};

} // namespace rka::ui
