#include "ConnectionDialog.h"

#include "ui_ConnectionDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rka::ui {

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    m_connectButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connectButton->setDefault(true);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::tryConnect);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The accept role would close the dialog at once; connecting decides when it closes.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);

    connect(m_ui->caBrowse, &QToolButton::clicked, this,
            [this] { browse(m_ui->caEdit, tr("Choose the CA certificate")); });
    connect(m_ui->certBrowse, &QToolButton::clicked, this,
            [this] { browse(m_ui->certEdit, tr("Choose the client certificate")); });
    connect(m_ui->keyBrowse, &QToolButton::clicked, this,
            [this] { browse(m_ui->keyEdit, tr("Choose the client key")); });
    auto updateVerifyWarning = [this] { m_ui->verifyWarning->setVisible(!m_ui->verifyCheck->isChecked()); };
    connect(m_ui->verifyCheck, &QCheckBox::toggled, this, updateVerifyWarning);
    updateVerifyWarning();
    m_ui->verifyWarning->setStyleSheet(u"color: #b3261e;"_s);
    m_ui->statusLabel->hide();
    retranslateUi();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ConnectionDialog::retranslateUi()
{
    m_connectButton->setText(tr("&Connect"));
}

void ConnectionDialog::setSettings(const redis::ConnectionSettings& s)
{
    m_ui->hostEdit->setText(s.host);
    m_ui->portSpin->setValue(s.port);
    m_ui->userEdit->setText(s.username);
    m_ui->passwordEdit->setText(s.password);
    m_ui->databaseSpin->setValue(s.database);
    m_ui->tlsGroup->setChecked(s.tls.enabled);
    m_ui->caEdit->setText(s.tls.caFile);
    m_ui->certEdit->setText(s.tls.clientCertificateFile);
    m_ui->keyEdit->setText(s.tls.clientKeyFile);
    m_ui->serverNameEdit->setText(s.tls.serverName);
    m_ui->verifyCheck->setChecked(s.tls.verifyPeer);
    m_ui->connectTimeoutSpin->setValue(qMax(1, s.connectTimeoutMs / 1000));
    m_ui->commandTimeoutSpin->setValue(qMax(1, s.commandTimeoutMs / 1000));
    m_ui->readOnlyCheck->setChecked(s.readOnly);
}

redis::ConnectionSettings ConnectionDialog::settings() const
{
    redis::ConnectionSettings s;
    s.host = m_ui->hostEdit->text().trimmed();
    s.port = quint16(m_ui->portSpin->value());
    s.username = m_ui->userEdit->text().trimmed();
    s.password = m_ui->passwordEdit->text();
    s.database = m_ui->databaseSpin->value();
    s.tls.enabled = m_ui->tlsGroup->isChecked();
    s.tls.caFile = m_ui->caEdit->text().trimmed();
    s.tls.clientCertificateFile = m_ui->certEdit->text().trimmed();
    s.tls.clientKeyFile = m_ui->keyEdit->text().trimmed();
    s.tls.serverName = m_ui->serverNameEdit->text().trimmed();
    s.tls.verifyPeer = m_ui->verifyCheck->isChecked();
    s.connectTimeoutMs = m_ui->connectTimeoutSpin->value() * 1000;
    s.commandTimeoutMs = m_ui->commandTimeoutSpin->value() * 1000;
    s.readOnly = m_ui->readOnlyCheck->isChecked();
    return s;
}

std::unique_ptr<redis::Connection> ConnectionDialog::takeConnection()
{
    if (m_connection)
        m_connection->disconnect(this);
    return std::move(m_connection);
}

QString ConnectionDialog::statusText() const
{
    return m_ui->statusLabel->isVisible() || !m_ui->statusLabel->text().isEmpty() ? m_ui->statusLabel->text()
                                                                                  : QString();
}

QString ConnectionDialog::validate() const
{
    const redis::ConnectionSettings s = settings();
    if (s.host.isEmpty())
        return tr("Enter the host name or address of the Redis server.");
    if (s.host.contains(u' '))
        return tr("The host name \"%1\" contains a space.").arg(s.host);
    if (!s.username.isEmpty() && s.password.isEmpty())
        return tr("An ACL user needs a password.");
    if (s.tls.enabled) {
        const QList<std::pair<QString, QString>> files = {
            {s.tls.caFile, tr("CA file")},
            {s.tls.clientCertificateFile, tr("client certificate")},
            {s.tls.clientKeyFile, tr("client key")}};
        for (const auto& [path, what] : files)
            if (!path.isEmpty() && !QFileInfo(path).isReadable())
                return tr("The %1 %2 does not exist or cannot be read.").arg(what, path);
        if (s.tls.clientCertificateFile.isEmpty() != s.tls.clientKeyFile.isEmpty())
            return tr("A client certificate needs its key, and a key needs its certificate.");
    }
    return {};
}

void ConnectionDialog::tryConnect()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    const redis::ConnectionSettings s = settings();
    m_connection = std::make_unique<redis::Connection>();
    m_connection->setSettings(s);
    connect(m_connection.get(), &redis::Connection::ready, this, [this] {
        setBusy(false);
        accept();
    });
    connect(m_connection.get(), &redis::Connection::failed, this, [this](const redis::RedisError& e) {
        setBusy(false);
        showStatus(e.message, true);
    });
    setBusy(true);
    showStatus(tr("Connecting to %1…").arg(s.endpoint()), false);
    m_connection->open();
}

void ConnectionDialog::setBusy(bool busy)
{
    m_connectButton->setEnabled(!busy);
    m_ui->serverGroup->setEnabled(!busy);
    m_ui->tlsGroup->setEnabled(!busy);
    m_ui->advancedGroup->setEnabled(!busy);
}

void ConnectionDialog::showStatus(const QString& text, bool isError)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(isError ? u"color: #b3261e; font-weight: 600;"_s : QString());
    m_ui->statusLabel->show();
}

void ConnectionDialog::browse(QLineEdit* target, const QString& caption)
{
    const QString path =
        QFileDialog::getOpenFileName(this, caption, QFileInfo(target->text()).absolutePath(),
                                     tr("PEM files (*.pem *.crt *.key *.cer);;All files (*)"));
    if (!path.isEmpty())
        target->setText(path);
}

} // namespace rka::ui
