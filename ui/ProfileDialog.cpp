#include "ProfileDialog.h"

#include "MessageBox.h"
#include "ui_ProfileDialog.h"

#include "relay/ServiceEnvironment.h"
#include "support/EnvFile.h"
#include "support/SecretStore.h"

#include <QCryptographicHash>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

const QString ErrorStyle = u"color: #b3261e;"_s;

// "AB:CD:..." for a SHA-256 digest.
QString fingerprint(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace

ProfileDialog::ProfileDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
{
    m_ui->setupUi(this);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfileDialog::chooseEnvFile);

    auto maskToggle = [](QToolButton* button, QLineEdit* edit) {
        connect(button, &QToolButton::toggled, edit, [button, edit](bool shown) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            button->setText(shown ? tr("Hide") : tr("Show"));
        });
    };
    maskToggle(m_ui->showPasswordButton, m_ui->passwordEdit);
    maskToggle(m_ui->showEncryptionKeyButton, m_ui->encryptionKeyEdit);

    connect(m_ui->caBrowse, &QToolButton::clicked, this,
            [this] { browse(m_ui->caEdit, tr("Choose the CA certificate")); });
    connect(m_ui->certBrowse, &QToolButton::clicked, this,
            [this] { browse(m_ui->certEdit, tr("Choose the client certificate")); });
    connect(m_ui->keyBrowse, &QToolButton::clicked, this,
            [this] { browse(m_ui->keyEdit, tr("Choose the client key")); });
    connect(m_ui->tlsCheck, &QCheckBox::toggled, this, &ProfileDialog::updateTlsEnabled);
    connect(m_ui->verifyCheck, &QCheckBox::toggled, this, &ProfileDialog::updateTlsEnabled);
    connect(m_ui->forgetCertificateButton, &QPushButton::clicked, this, [this] {
        m_acceptedCertificate.clear();
        updateAcceptedCertificate();
    });
    m_ui->verifyWarning->setStyleSheet(ErrorStyle);

    m_ui->releaseCombo->addItem(QString(), u"1.1.314"_s);
    m_ui->releaseCombo->addItem(QString(), u"1.1.235"_s);

    m_ui->fileRadio->setStyleSheet(u"font-weight: 600;"_s);
    m_ui->fileExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->keychainStatus->hide();
    m_ui->statusLabel->hide();
    m_ui->statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QLabel* error : {m_ui->nameError, m_ui->hostError, m_ui->portError, m_ui->tlsError,
                          m_ui->prefixError, m_ui->timezoneError, m_ui->baseUrlError}) {
        error->setStyleSheet(ErrorStyle);
        setFieldError(error, QString());
    }
    retranslateUi();
    updateTlsEnabled();
    m_ui->nameEdit->setFocus();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(m_id.isEmpty() ? tr("New Connection Profile") : tr("Edit Profile %1").arg(m_title));
    for (QToolButton* button : {m_ui->showPasswordButton, m_ui->showEncryptionKeyButton})
        //: Button next to a password field: shows the password, or hides it again.
        button->setText(button->isChecked() ? tr("Hide") : tr("Show"));
    //: The service release whose data rules are used for an empty database.
    m_ui->releaseCombo->setItemText(0, tr("1.1.314 (current; key index)"));
    m_ui->releaseCombo->setItemText(1, tr("1.1.235 (older; no key index)"));
    m_ui->fileExplanation->setText(
        tr("The secrets are written in plain text to %1, readable only by you (mode 0600). Anyone who "
           "can read your files or their backups can read them. Use it only when no keychain is "
           "available and typing the secrets each time is not practical.")
            .arg(support::FileSecretStore::defaultPath()));
    updateAcceptedCertificate();
}

void ProfileDialog::setProfile(const support::Profile& p)
{
    m_id = p.id;
    m_title = p.name;
    retranslateUi();
    m_ui->nameEdit->setText(p.name);
    m_ui->hostEdit->setText(p.connection.host);
    m_ui->portEdit->setText(QString::number(p.connection.port));
    m_ui->userEdit->setText(p.connection.username);
    m_ui->databaseSpin->setValue(p.connection.database);
    m_ui->connectTimeoutSpin->setValue(qMax(1, p.connection.connectTimeoutMs / 1000));
    m_ui->commandTimeoutSpin->setValue(qMax(1, p.connection.commandTimeoutMs / 1000));
    m_ui->tlsCheck->setChecked(p.connection.tls.enabled);
    m_ui->caEdit->setText(p.connection.tls.caFile);
    m_ui->certEdit->setText(p.connection.tls.clientCertificateFile);
    m_ui->keyEdit->setText(p.connection.tls.clientKeyFile);
    m_ui->serverNameEdit->setText(p.connection.tls.serverName);
    m_ui->verifyCheck->setChecked(p.connection.tls.verifyPeer);
    m_acceptedCertificate = p.connection.tls.acceptedCertificateSha256;
    m_ui->prefixEdit->setText(QString::fromUtf8(p.service.apiKeyPrefix));
    m_ui->timezoneEdit->setText(QString::number(p.service.timezoneOffset));
    m_ui->baseUrlEdit->setText(p.baseUrl);
    m_ui->releaseCombo->setCurrentIndex(
        m_ui->releaseCombo->findData(support::Profile::releaseKey(p.emptyDatabaseRelease)));
    m_ui->operatorEdit->setText(p.operatorName);
    m_ui->readOnlyCheck->setChecked(p.readOnly);
    m_ui->productionCheck->setChecked(p.production);
    m_ui->autoRefreshSpin->setValue(p.autoRefreshSeconds);
    m_ui->clipboardSpin->setValue(p.clipboardClearSeconds);
    switch (p.secretStorage) {
    case support::SecretStorage::Keychain:
        (m_keychainAvailable ? m_ui->keychainRadio : m_ui->askRadio)->setChecked(true);
        break;
    case support::SecretStorage::AskEveryTime:
        m_ui->askRadio->setChecked(true);
        break;
    case support::SecretStorage::LocalFile:
        m_ui->fileRadio->setChecked(true);
        break;
    }
    updateTlsEnabled();
    updateAcceptedCertificate();
}

void ProfileDialog::setSecrets(const QString& password, const QByteArray& encryptionKey)
{
    m_ui->passwordEdit->setText(password);
    m_ui->encryptionKeyEdit->setText(QString::fromUtf8(encryptionKey));
}

void ProfileDialog::setOtherProfileNames(const QStringList& names)
{
    m_otherNames = names;
}

void ProfileDialog::setKeychain(support::SecretStore* keychain)
{
    m_keychain = keychain;
    if (!keychain)
        return;
    m_ui->keychainStatus->setText(tr("Checking the system keychain…"));
    m_ui->keychainStatus->setStyleSheet(QString());
    m_ui->keychainStatus->show();
    keychain->probe(this, [this](const support::SecretResult& r) {
        onKeychainProbed(r.status == support::SecretResult::Status::Ok, r.message);
    });
}

void ProfileDialog::onKeychainProbed(bool available, const QString& message)
{
    m_keychainAvailable = available;
    m_ui->keychainRadio->setEnabled(available);
    if (available) {
        m_ui->keychainStatus->setText(tr("The system keychain is available."));
        return;
    }
    m_ui->keychainStatus->setText(message);
    m_ui->keychainStatus->setStyleSheet(ErrorStyle);
    if (m_ui->keychainRadio->isChecked())
        m_ui->askRadio->setChecked(true); // the safe choice; the user may pick the file instead
}

support::Profile ProfileDialog::profile() const
{
    support::Profile p;
    p.id = m_id;
    p.name = m_ui->nameEdit->text().trimmed();
    p.connection.host = m_ui->hostEdit->text().trimmed();
    const uint port = m_ui->portEdit->text().trimmed().toUInt();
    if (port > 0 && port < 65536)
        p.connection.port = quint16(port);
    p.connection.username = m_ui->userEdit->text().trimmed();
    p.connection.database = m_ui->databaseSpin->value();
    p.connection.connectTimeoutMs = m_ui->connectTimeoutSpin->value() * 1000;
    p.connection.commandTimeoutMs = m_ui->commandTimeoutSpin->value() * 1000;
    p.connection.tls.enabled = m_ui->tlsCheck->isChecked();
    p.connection.tls.caFile = m_ui->caEdit->text().trimmed();
    p.connection.tls.clientCertificateFile = m_ui->certEdit->text().trimmed();
    p.connection.tls.clientKeyFile = m_ui->keyEdit->text().trimmed();
    p.connection.tls.serverName = m_ui->serverNameEdit->text().trimmed();
    p.connection.tls.verifyPeer = m_ui->verifyCheck->isChecked();
    p.connection.tls.acceptedCertificateSha256 = m_acceptedCertificate;
    p.service.apiKeyPrefix = m_ui->prefixEdit->text().trimmed().toUtf8();
    bool ok = false;
    const int offset = m_ui->timezoneEdit->text().trimmed().toInt(&ok);
    if (ok)
        p.service.timezoneOffset = offset;
    p.baseUrl = m_ui->baseUrlEdit->text().trimmed();
    p.emptyDatabaseRelease = support::Profile::releaseFromKey(m_ui->releaseCombo->currentData().toString())
                                 .value_or(relay::DataModel::Release1_1_302);
    p.operatorName = m_ui->operatorEdit->text().trimmed();
    p.readOnly = m_ui->readOnlyCheck->isChecked();
    p.connection.readOnly = p.readOnly;
    p.production = m_ui->productionCheck->isChecked();
    p.autoRefreshSeconds = m_ui->autoRefreshSpin->value();
    p.clipboardClearSeconds = m_ui->clipboardSpin->value();
    p.secretStorage = m_ui->fileRadio->isChecked() ? support::SecretStorage::LocalFile
        : m_ui->keychainRadio->isChecked()         ? support::SecretStorage::Keychain
                                                   : support::SecretStorage::AskEveryTime;
    return p;
}

QString ProfileDialog::password() const
{
    return m_ui->passwordEdit->text();
}

QByteArray ProfileDialog::encryptionKey() const
{
    return m_ui->encryptionKeyEdit->text().toUtf8();
}

// ---------------------------------------------------------------------------------------------
// Validation

void ProfileDialog::setFieldError(QLabel* label, const QString& message)
{
    label->setText(message);
    for (QFormLayout* form : {m_ui->nameForm, m_ui->connectionForm, m_ui->tlsForm, m_ui->serviceForm}) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(label, &row, &role);
        if (row >= 0)
            form->setRowVisible(row, !message.isEmpty());
    }
}

QString ProfileDialog::fieldError(const QString& field) const
{
    const QHash<QString, QLabel*> labels = {
        {u"name"_s, m_ui->nameError},       {u"host"_s, m_ui->hostError},
        {u"port"_s, m_ui->portError},       {u"tls"_s, m_ui->tlsError},
        {u"prefix"_s, m_ui->prefixError},   {u"timezone"_s, m_ui->timezoneError},
        {u"baseUrl"_s, m_ui->baseUrlError},
    };
    QLabel* label = labels.value(field);
    return label ? label->text() : QString();
}

bool ProfileDialog::validate()
{
    return validateFields(false);
}

bool ProfileDialog::validateFields(bool connectionOnly)
{
    const support::Profile p = profile();
    QWidget* firstInvalid = nullptr;
    QList<QWidget*> invalid;
    const QList<QLabel*> connectionErrors = {m_ui->hostError, m_ui->portError, m_ui->tlsError};
    auto check = [&](QLabel* label, QWidget* field, const QString& message) {
        if (connectionOnly && !connectionErrors.contains(label))
            return; // a connection test does not need the other fields yet
        setFieldError(label, message);
        if (message.isEmpty())
            return;
        invalid << field;
        if (!firstInvalid)
            firstInvalid = field;
    };

    QString name;
    if (p.name.isEmpty())
        name = tr("Enter a name for the profile.");
    else
        for (const QString& other : m_otherNames)
            if (other.trimmed().compare(p.name, Qt::CaseInsensitive) == 0)
                name = tr("Another profile is already called \"%1\".").arg(other.trimmed());
    check(m_ui->nameError, m_ui->nameEdit, name);

    QString host;
    if (p.connection.host.isEmpty())
        host = tr("Enter the host name or address of the Redis server.");
    else if (p.connection.host.contains(u' '))
        host = tr("The host name contains a space.");
    check(m_ui->hostError, m_ui->hostEdit, host);

    bool ok = false;
    const uint port = m_ui->portEdit->text().trimmed().toUInt(&ok);
    check(m_ui->portError, m_ui->portEdit,
          ok && port >= 1 && port <= 65535 ? QString() : tr("The port must be a number from 1 to 65535."));

    QString tls;
    if (p.connection.tls.enabled) {
        const QList<std::pair<QString, QString>> files = {
            {p.connection.tls.caFile, tr("CA file")},
            {p.connection.tls.clientCertificateFile, tr("client certificate")},
            {p.connection.tls.clientKeyFile, tr("client key")}};
        for (const auto& [path, what] : files)
            if (tls.isEmpty() && !path.isEmpty() && !QFileInfo(path).isReadable())
                //: %1 is "CA file", "client certificate" or "client key"; %2 a file path.
                tls = tr("The %1 %2 does not exist or cannot be read.").arg(what, path);
        if (tls.isEmpty() &&
            p.connection.tls.clientCertificateFile.isEmpty() != p.connection.tls.clientKeyFile.isEmpty())
            tls = tr("A client certificate needs its key, and a key needs its certificate.");
    }
    check(m_ui->tlsError, m_ui->caEdit, tls);

    check(
        m_ui->prefixError, m_ui->prefixEdit,
        p.service.apiKeyPrefix.isEmpty()
            ? tr("Enter the service's API_KEY_PREFIX (its default is cr_); keys are made and found with it.")
            : QString());

    QString timezone;
    const int offset = m_ui->timezoneEdit->text().trimmed().toInt(&ok);
    if (!ok || offset < -12 || offset > 14)
        timezone = tr("TIMEZONE_OFFSET must be a whole number of hours from -12 to 14.");
    else if (offset == 0)
        // service-data-model.md 14.1: parseInt(TIMEZONE_OFFSET) || 8.
        timezone = tr("The service reads TIMEZONE_OFFSET=0 as 8, so UTC cannot be configured. Enter the "
                      "offset the service really uses (8 when it is not set).");
    check(m_ui->timezoneError, m_ui->timezoneEdit, timezone);

    QString baseUrl;
    if (!p.baseUrl.isEmpty()) {
        const QUrl url(p.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty())
            baseUrl = tr("Enter the service's address as http://… or https://…, or leave it empty.");
    }
    check(m_ui->baseUrlError, m_ui->baseUrlEdit, baseUrl);

    if (!firstInvalid)
        return true;
    // Show the tab of the first problem inside the tabs (the name above them is always visible).
    for (QWidget* field : std::as_const(invalid))
        if (m_ui->tabs->isAncestorOf(field)) {
            for (int i = 0; i < m_ui->tabs->count(); ++i)
                if (m_ui->tabs->widget(i)->isAncestorOf(field))
                    m_ui->tabs->setCurrentIndex(i);
            break;
        }
    firstInvalid->setFocus();
    if (!connectionOnly)
        showStatus(tr("Correct the fields marked in red."), true);
    return false;
}

void ProfileDialog::accept()
{
    if (!validate())
        return;
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------
// Import

void ProfileDialog::chooseEnvFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the service's .env file"), QString(),
                                                      tr("Environment files (.env *.env);;All files (*)"));
    if (!path.isEmpty())
        importEnvFile(path);
}

bool ProfileDialog::importEnvFile(const QString& path)
{
    const support::EnvFile env = support::EnvFile::load(path);
    if (!env.error().isEmpty()) {
        showStatus(env.error(), true);
        return false;
    }
    relay::ServiceEnvironment base;
    const support::Profile current = profile();
    base.connection = current.connectionSettings(password());
    base.service = current.serviceSettings(encryptionKey());
    const relay::ServiceEnvironment e = relay::ServiceEnvironment::fromVariables(env.values(), base);

    m_ui->hostEdit->setText(e.connection.host);
    m_ui->portEdit->setText(QString::number(e.connection.port));
    m_ui->userEdit->setText(e.connection.username);
    m_ui->passwordEdit->setText(e.connection.password);
    m_ui->databaseSpin->setValue(e.connection.database);
    m_ui->tlsCheck->setChecked(e.connection.tls.enabled);
    m_ui->encryptionKeyEdit->setText(QString::fromUtf8(e.service.encryptionKey));
    m_ui->prefixEdit->setText(QString::fromUtf8(e.service.apiKeyPrefix));
    m_ui->timezoneEdit->setText(QString::number(e.service.timezoneOffset));

    QStringList imported;
    const QStringList secrets = {u"REDIS_PASSWORD"_s, u"ENCRYPTION_KEY"_s};
    for (const QString& name :
         {u"REDIS_HOST"_s, u"REDIS_PORT"_s, u"REDIS_USERNAME"_s, u"REDIS_PASSWORD"_s, u"REDIS_DB"_s,
          u"REDIS_ENABLE_TLS"_s, u"ENCRYPTION_KEY"_s, u"API_KEY_PREFIX"_s, u"TIMEZONE_OFFSET"_s}) {
        if (!env.contains(name))
            continue;
        //: A secret's variable name in the list of imported settings; its value is not shown.
        imported << (secrets.contains(name) ? tr("%1 (hidden)").arg(name)
                                            : u"%1=%2"_s.arg(name, env.value(name).trimmed()));
    }
    QStringList problems = env.problems() + e.problems;
    if (env.contains(u"TIMEZONE_OFFSET"_s) &&
        env.value(u"TIMEZONE_OFFSET"_s).trimmed() != QString::number(e.service.timezoneOffset))
        problems << tr("TIMEZONE_OFFSET \"%1\" is read by the service as %2.")
                        .arg(env.value(u"TIMEZONE_OFFSET"_s), QString::number(e.service.timezoneOffset));

    QString text = imported.isEmpty()
        ? tr("%1 names none of the service's settings (REDIS_HOST, REDIS_PORT, REDIS_PASSWORD, "
             "ENCRYPTION_KEY, API_KEY_PREFIX, TIMEZONE_OFFSET, …).")
              .arg(path)
        : tr("Imported from %1: %2.").arg(path, imported.join(u", "_s));
    if (!problems.isEmpty())
        text += u'\n' + tr("Problems: %1").arg(problems.join(u' '));
    showStatus(text, !problems.isEmpty() || imported.isEmpty());
    return true;
}

// ---------------------------------------------------------------------------------------------
// Test connection

void ProfileDialog::testConnection()
{
    if (m_testConnection)
        return;
    if (!validateFields(true)) {
        for (const QString& field : {u"host"_s, u"port"_s, u"tls"_s})
            if (!fieldError(field).isEmpty()) {
                showStatus(fieldError(field), true);
                break;
            }
        return;
    }
    redis::ConnectionSettings s = profile().connectionSettings(password());
    s.readOnly = true; // a test never writes
    m_testConnection = std::make_unique<redis::Connection>();
    m_testConnection->setSettings(s);
    connect(m_testConnection.get(), &redis::Connection::ready, this, [this] {
        const redis::ConnectionSettings& cs = m_testConnection->settings();
        const QString version = m_testConnection->serverVersion();
        showStatus(tr("Connected to %1: Redis %2, database %3.")
                       .arg(cs.endpoint(), version.isEmpty() ? tr("(version unknown)") : version)
                       .arg(cs.database),
                   false);
        finishTest();
    });
    connect(m_testConnection.get(), &redis::Connection::failed, this, [this](const redis::RedisError& e) {
        showStatus(e.message, true);
        const bool offer = m_testConnection->settings().tls.enabled &&
            !m_testConnection->lastPeerCertificate().isNull() &&
            m_testConnection->lastPeerCertificate().digest(QCryptographicHash::Sha256) !=
                m_acceptedCertificate;
        const QSslCertificate certificate = m_testConnection->lastPeerCertificate();
        finishTest();
        if (offer) {
            const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
            const auto answer = MessageBox::question(
                this, tr("Accept this certificate?"),
                tr("The server's certificate could not be verified:\n%1\n\nSHA-256 fingerprint:\n%2\n\n"
                   "Accept exactly this certificate for this profile? Compare the fingerprint with the "
                   "server's before you do. A different certificate will be refused again.")
                    .arg(e.message, fingerprint(digest)));
            if (answer == QMessageBox::Yes) {
                m_acceptedCertificate = digest;
                updateAcceptedCertificate();
            }
        }
    });
    m_ui->testButton->setEnabled(false);
    showStatus(tr("Connecting to %1…").arg(s.endpoint()), false);
    m_testConnection->open();
}

void ProfileDialog::finishTest()
{
    m_ui->testButton->setEnabled(true);
    if (!m_testConnection)
        return;
    // Called from the connection's own signal: delete it later, not here.
    redis::Connection* connection = m_testConnection.release();
    connection->disconnect(this);
    connection->deleteLater();
}

// ---------------------------------------------------------------------------------------------

QString ProfileDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void ProfileDialog::showStatus(const QString& text, bool isError)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(isError ? u"color: #b3261e; font-weight: 600;"_s : QString());
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void ProfileDialog::browse(QLineEdit* target, const QString& caption)
{
    const QString path =
        QFileDialog::getOpenFileName(this, caption, QFileInfo(target->text()).absolutePath(),
                                     tr("PEM files (*.pem *.crt *.key *.cer);;All files (*)"));
    if (!path.isEmpty())
        target->setText(path);
}

void ProfileDialog::updateTlsEnabled()
{
    const bool on = m_ui->tlsCheck->isChecked();
    const QList<QWidget*> tlsWidgets = {m_ui->caEdit,         m_ui->caBrowse,   m_ui->certEdit,
                                        m_ui->certBrowse,     m_ui->keyEdit,    m_ui->keyBrowse,
                                        m_ui->serverNameEdit, m_ui->verifyCheck};
    for (QWidget* w : tlsWidgets)
        w->setEnabled(on);
    m_ui->verifyWarning->setVisible(on && !m_ui->verifyCheck->isChecked());
    m_ui->forgetCertificateButton->setEnabled(on && !m_acceptedCertificate.isEmpty());
}

void ProfileDialog::updateAcceptedCertificate()
{
    //: No certificate was accepted explicitly.
    m_ui->acceptedValue->setText(
        m_acceptedCertificate.isEmpty() ? tr("none") : u"SHA-256 "_s + fingerprint(m_acceptedCertificate));
    m_ui->acceptedValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    updateTlsEnabled();
}

} // namespace rka::ui
