#pragma once

#include <QByteArray>
#include <QString>

namespace rka::redis {

struct TlsSettings
{
    bool enabled = false;
    bool verifyPeer = true; // never turned off silently; see acceptedCertificateSha256
    QString caFile; // PEM; added to the system's trusted authorities
    QString clientCertificateFile; // PEM
    QString clientKeyFile; // PEM, unencrypted
    QString serverName; // name to verify; empty = the host
    // SHA-256 of a server certificate the user explicitly accepted despite verification errors.
    // Only that exact certificate is accepted; a changed certificate is refused.
    QByteArray acceptedCertificateSha256;
};

struct ConnectionSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    QString username; // ACL user; empty = default user
    QString password; // never logged
    int database = 0;
    TlsSettings tls;
    int connectTimeoutMs = 5000;
    int commandTimeoutMs = 15000;
    bool readOnly = false;
    // Reconnect back-off after a lost connection: first delay, doubled each attempt up to the maximum.
    int reconnectInitialDelayMs = 250;
    int reconnectMaxDelayMs = 30000;

    QString endpoint() const { return host + QLatin1Char(':') + QString::number(port); }
};

} // namespace rka::redis
