#pragma once

#include "account.h"

#include <QList>
#include <QObject>
#include <optional>

class TokenCache;

// The accounts this console has signed in with, remembered in QSettings by non-secret metadata only
// (group "accounts": home account id, user name, name, tenant, cloud, issuing authority and client id; and
// the current one). Accounts and their tokens in the TokenCache are keyed by Account::key().
class AccountManager : public QObject
{
    Q_OBJECT
public:
    explicit AccountManager(TokenCache *cache, QObject *parent = nullptr);

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &key) const;
    // Nothing when no account is current.
    std::optional<Account> currentAccount() const { return account(m_current); }
    QString currentAccountId() const { return m_current; }

    // Remembers (or updates) an account and makes it the current one.
    void addOrUpdate(const Account &account);
    bool setCurrentAccount(const QString &key);
    // Forgets the account and removes its tokens from the keychain. When it was current, none is.
    void signOut(const QString &key);

Q_SIGNALS:
    void accountsChanged();
    void currentAccountChanged(const QString &key);

private:
    void load();
    void save() const;

    TokenCache *m_cache;
    QList<Account> m_accounts;
    QString m_current;
};
