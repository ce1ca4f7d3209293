#pragma once

#include "account.h"

#include <QList>
#include <QObject>
#include <optional>

class TokenCache;

// The accounts this console has signed in with, remembered in QSettings by non-secret metadata only
// (group "accounts": home account id, user name, name, tenant, cloud; and the current one). Their tokens are
// in the TokenCache, keyed by home account id.
class AccountManager : public QObject
{
    Q_OBJECT
public:
    explicit AccountManager(TokenCache *cache, QObject *parent = nullptr);

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &homeAccountId) const;
    // Nothing when no account is current.
    std::optional<Account> currentAccount() const { return account(m_current); }
    QString currentAccountId() const { return m_current; }

    // Remembers (or updates) an account and makes it the current one.
    void addOrUpdate(const Account &account);
    bool setCurrentAccount(const QString &homeAccountId);
    // Forgets the account and removes its tokens from the keychain. When it was current, none is.
    void signOut(const QString &homeAccountId);

Q_SIGNALS:
    void accountsChanged();
    void currentAccountChanged(const QString &homeAccountId);

private:
    void load();
    void save() const;

    TokenCache *m_cache;
    QList<Account> m_accounts;
    QString m_current;
};
