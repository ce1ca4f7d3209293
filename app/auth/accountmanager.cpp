#include "accountmanager.h"

#include "authlogging.h"
#include "tokencache.h"

#include <QSettings>

AccountManager::AccountManager(TokenCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    load();
}

std::optional<Account> AccountManager::account(const QString &key) const
{
    for (const Account &candidate : m_accounts) {
        if (!key.isEmpty() && candidate.key() == key)
            return candidate;
    }
    return std::nullopt;
}

void AccountManager::addOrUpdate(const Account &account)
{
    if (!account.isValid())
        return;
    bool replaced = false;
    for (Account &existing : m_accounts) {
        if (existing.key() == account.key()) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        m_accounts.append(account);
    const bool switched = m_current != account.key();
    m_current = account.key();
    save();
    Q_EMIT accountsChanged();
    if (switched)
        Q_EMIT currentAccountChanged(m_current);
}

bool AccountManager::setCurrentAccount(const QString &key)
{
    if (!account(key))
        return false;
    if (m_current != key) {
        m_current = key;
        save();
        Q_EMIT currentAccountChanged(m_current);
    }
    return true;
}

void AccountManager::signOut(const QString &key)
{
    if (m_cache)
        m_cache->remove(key);
    const qsizetype removed =
        m_accounts.removeIf([&](const Account &candidate) { return candidate.key() == key; });
    const bool wasCurrent = m_current == key;
    if (wasCurrent)
        m_current.clear();
    save();
    qCInfo(lcAuth) << "signed out; accounts remembered:" << m_accounts.size();
    if (removed > 0)
        Q_EMIT accountsChanged();
    if (wasCurrent)
        Q_EMIT currentAccountChanged(QString());
}

void AccountManager::load()
{
    QStringList legacy;
    QSettings settings;
    const int count = settings.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Account account;
        account.objectId = settings.value(QStringLiteral("objectId")).toString();
        account.tenantId = settings.value(QStringLiteral("tenantId")).toString();
        account.username = settings.value(QStringLiteral("username")).toString();
        account.name = settings.value(QStringLiteral("name")).toString();
        GraphCloud cloud = GraphCloud::Global;
        CloudEndpoints::fromName(settings.value(QStringLiteral("cloud")).toString(), &cloud);
        account.cloud = cloud;
        account.authorityHost = settings.value(QStringLiteral("authorityHost")).toString();
        account.clientId = settings.value(QStringLiteral("clientId")).toString();
        if (!account.isValid())
            continue;
        if (account.authorityHost.isEmpty() || account.clientId.isEmpty()) {
            // Remembered by an older version that did not record who issued the tokens: they cannot be
            // sent anywhere safely, so the account is forgotten and signs in again.
            qCInfo(lcAuth) << "forgetting" << account.username << "(no issuing authority recorded)";
            legacy.append(account.homeAccountId());
            continue;
        }
        m_accounts.append(account);
    }
    settings.endArray();
    m_current = settings.value(QStringLiteral("auth/currentAccount")).toString();
    if (!account(m_current))
        m_current.clear();
    if (!legacy.isEmpty()) {
        if (m_cache) {
            for (const QString &key : std::as_const(legacy))
                m_cache->remove(key); // their keychain entries were keyed by home account id
        }
        save();
    }
}

void AccountManager::save() const
{
    QSettings settings;
    settings.remove(QStringLiteral("accounts"));
    settings.beginWriteArray(QStringLiteral("accounts"), int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const Account &account = m_accounts[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("homeAccountId"), account.homeAccountId());
        settings.setValue(QStringLiteral("key"), account.key());
        settings.setValue(QStringLiteral("objectId"), account.objectId);
        settings.setValue(QStringLiteral("tenantId"), account.tenantId);
        settings.setValue(QStringLiteral("username"), account.username);
        settings.setValue(QStringLiteral("name"), account.name);
        settings.setValue(QStringLiteral("cloud"), CloudEndpoints::name(account.cloud));
        settings.setValue(QStringLiteral("authorityHost"), account.authorityHost);
        settings.setValue(QStringLiteral("clientId"), account.clientId);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("auth/currentAccount"), m_current);
}
