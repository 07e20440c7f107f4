#pragma once

// Internal to KeyValidator: the state one validation run shares between the rule files.

#include "KeyValidator.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace rka::relay::validation {

// The write paths on which the service enforces a rule (sections 11.3, 11.4, 11.7, 11.8).
enum Path : unsigned {
    OnCreate = 1,
    OnBatchCreate = 2,
    OnUpdate = 4,
    OnBatchEdit = 8,
};

class Context
{
public:
    Context(const ApiKey& key, WriteKind kind, DataModel model, const QList<ApiKeyField>& changed,
            bool crossField);

    const ApiKey& key() const { return m_key; }
    WriteKind kind() const { return m_kind; }
    DataModel model() const { return m_model; }
    // Create and batch create check every field and use the create route's messages.
    bool isCreate() const { return m_kind == WriteKind::Create || m_kind == WriteKind::BatchCreate; }
    // Rules that involve other fields (expiry group, window group, restriction warnings).
    bool crossField() const { return m_crossField; }

    bool inScope(ApiKeyField field) const { return m_all || m_scope.contains(int(field)); }
    bool anyInScope(std::initializer_list<ApiKeyField> fields) const;
    // True when the service rejects the rule's violation on this write path (and knows the field).
    bool enforced(unsigned paths) const;

    // The stored value as text; nullopt when the field is absent or its bytes are not UTF-8 (reported
    // once, before the rules run).
    std::optional<QString> text(ApiKeyField field) const;
    // In scope and present with valid UTF-8.
    std::optional<QString> scoped(ApiKeyField field) const;

    void error(ApiKeyField field, const QString& message, bool serviceRule);
    void warn(ApiKeyField field, const QString& message);
    QList<ValidationIssue> takeIssues() { return std::move(m_issues); }

private:
    const ApiKey& m_key;
    WriteKind m_kind;
    DataModel m_model;
    bool m_all;
    bool m_crossField;
    QSet<int> m_scope; // ApiKeyField values
    QSet<int> m_broken;
    QList<ValidationIssue> m_issues;
};

// The rule groups, one function each (KeyValidationContent.cpp, KeyValidationNumbers.cpp,
// KeyValidation314.cpp).
void checkAccounts(Context& ctx);
void checkPermissions(Context& ctx);
void checkRestrictedModels(Context& ctx);
void checkAllowedClients(Context& ctx);
void checkTags(Context& ctx);
void checkRestrictionWarnings(Context& ctx);
void checkIcon(Context& ctx);
void checkNumbers(Context& ctx);
void checkExpiry(Context& ctx);
void checkRateWindow(Context& ctx);
void checkRelease314(Context& ctx);

// Our rules for one tag name as stored (17.2), shared with KeyValidator::validateTagName.
void checkTagForm(QList<ValidationIssue>& issues, const QString& tag);

// JavaScript's Number(string) (ECMA-262 StringToNumber): white space trimmed, "" is 0, decimal
// literals, Infinity, 0x/0o/0b integers; anything else is NaN.
double jsNumber(QStringView text);
bool jsIsInteger(double value); // Number.isInteger
bool isJsSpace(QChar c); // StrWhiteSpaceChar, what String.prototype.trim removes
QString jsTrimmed(const QString& text);
// Cc characters; `allowLineBreaks` lets \n, \r and \t through (multi-line descriptions).
bool hasControlCharacters(QStringView text, bool allowLineBreaks = false);
// JSON.parse of any JSON text, including scalars (QJsonDocument only takes objects and arrays).
bool isJsonText(const QString& text);

} // namespace rka::relay::validation
