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

std::optional<Account> AccountManager::account(const QString &homeAccountId) const
{
    for (const Account &candidate : m_accounts) {
        if (!homeAccountId.isEmpty() && candidate.homeAccountId() == homeAccountId)
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
        if (existing.homeAccountId() == account.homeAccountId()) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        m_accounts.append(account);
    const bool switched = m_current != account.homeAccountId();
    m_current = account.homeAccountId();
    save();
    Q_EMIT accountsChanged();
    if (switched)
        Q_EMIT currentAccountChanged(m_current);
}

bool AccountManager::setCurrentAccount(const QString &homeAccountId)
{
    if (!account(homeAccountId))
        return false;
    if (m_current != homeAccountId) {
        m_current = homeAccountId;
        save();
        Q_EMIT currentAccountChanged(m_current);
    }
    return true;
}

void AccountManager::signOut(const QString &homeAccountId)
{
    if (m_cache)
        m_cache->remove(homeAccountId);
    const qsizetype removed = m_accounts.removeIf(
        [&](const Account &candidate) { return candidate.homeAccountId() == homeAccountId; });
    const bool wasCurrent = m_current == homeAccountId;
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
        if (account.isValid())
            m_accounts.append(account);
    }
    settings.endArray();
    m_current = settings.value(QStringLiteral("auth/currentAccount")).toString();
    if (!account(m_current))
        m_current.clear();
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
        settings.setValue(QStringLiteral("objectId"), account.objectId);
        settings.setValue(QStringLiteral("tenantId"), account.tenantId);
        settings.setValue(QStringLiteral("username"), account.username);
        settings.setValue(QStringLiteral("name"), account.name);
        settings.setValue(QStringLiteral("cloud"), CloudEndpoints::name(account.cloud));
    }
    settings.endArray();
    settings.setValue(QStringLiteral("auth/currentAccount"), m_current);
}
