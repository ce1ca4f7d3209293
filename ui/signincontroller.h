#pragma once

#include "account.h"
#include "devicecodesignin.h"
#include "identityerror.h"

#include <QObject>
#include <QPointer>
#include <functional>

class AuthSession;
class ConsoleShell;
class DeviceCodeDialog;
class NoticeBar;
class QMenu;
class QPushButton;
class QToolBar;
class QToolButton;
class SignInDialog;
class TenantLists;

// Sign-in for the console window. Owns nothing of the session's (the AuthSession is GraphClient's token
// provider and lives beside the window) but everything the admin sees of it: at start a silent sign-in
// from the keychain, else the sign-in dialog (browser or device code, tenant and client id remembered in
// QSettings); an "Account" menu in the window's menu bar (who is signed in, switch, another account, sign
// out) and a "name · tenant" button in its status bar; a banner above the lists when the session needs an
// interactive sign-in again (invalid_grant, interaction_required, a Conditional Access claims challenge),
// when nobody is signed in, or when tokens cannot be kept in the keychain. After a sign-in or an account
// switch the tenant's lists load again; after a sign-out or before a switch they are cleared. It reaches the
// window only through ConsoleShell.
class SignInController : public QObject
{
    Q_OBJECT
public:
    // Installs the menu, the status bar button and the banner into the shell's window, which becomes the
    // parent. `lists`: what is loaded after a sign-in and cleared after a sign-out.
    SignInController(AuthSession *session, TenantLists *lists, ConsoleShell *shell);
    ~SignInController() override;

    AuthSession *session() const { return m_session; }
    // Null until the dialog was first needed.
    SignInDialog *signInDialog() const;
    DeviceCodeDialog *deviceCodeDialog() const;
    QMenu *accountMenu() const { return m_accountMenu; }
    QMenu *switchAccountMenu() const { return m_switchMenu; }
    QToolButton *accountButton() const { return m_accountButton; }
    QToolBar *banner() const { return m_banner; }
    NoticeBar *bannerNotice() const { return m_bannerNotice; }
    QPushButton *bannerButton() const { return m_bannerButton; }
    // How the status bar names an account's tenant: the domain or id signed in to, else the user's domain.
    QString tenantLabel(const Account &account) const;

public Q_SLOTS:
    // Silent sign-in for the remembered account; without one (or when it needs interaction), the dialog.
    void start();
    // Opens the sign-in dialog. `reason` says why (empty: none); `loginHint` preselects the account.
    void showSignIn(const QString &reason = {}, const QString &loginHint = {});
    // Interactive sign-in for the current account, with the pending claims of a Conditional Access challenge.
    void signInAgain();
    void signInWithAnotherAccount();
    void switchAccount(const QString &accountKey);
    // Signs the current account out and removes its tokens.
    void signOut();

public:
    // Asked before the account changes (sign out, switch, another account). It returns true to let the
    // change happen now; false holds it, and the guard calls `proceed` later if the change may happen after
    // all. The console asks whether acts under way may be cancelled (ActionController::confirmLeave), since
    // what is still queued would otherwise go out under another account (or none).
    using AccountChangeGuard = std::function<bool(std::function<void()> proceed)>;
    void setAccountChangeGuard(AccountChangeGuard guard) { m_accountChangeGuard = std::move(guard); }

protected:
    // QEvent::LanguageChange (the window passes it on to this child of it): the menu, the status bar button
    // and the banner say it again in the current language.
    bool event(QEvent *event) override;

private:
    // Reauth: interactive for the current account, to its tenant, with the pending claims if any.
    enum class Attempt { None, Silent, Browser, DeviceCode, Reauth };
    enum class BannerAction { None, SignInAgain, SignIn, Dismiss };

    void install();
    void ensureDialog();
    void startAttempt(Attempt attempt);
    void applyDialogFields();
    void onWaitingForBrowser(const QUrl &url);
    void onCodeReady(const DeviceCodeSignIn::Code &code);
    void onSignedIn(const Account &account);
    void onSignedOut();
    void onInteractionRequired(const QString &reason);
    void onSignInFailed(const IdentityError &error);
    void onDialogRejected();
    void onDeviceDialogRejected();
    void onBannerButton();
    void updateAccountUi();
    void rebuildAccountMenu();
    void updateBanner();
    void rememberTenantLabel(const Account &account);
    std::optional<Account> shownAccount() const;
    bool listsNeedAuthentication() const;
    // Runs `change` now if the guard lets it, else when (if) the guard calls it back.
    void whenAccountMayChange(std::function<void()> change);

    AuthSession *m_session;
    TenantLists *m_lists;
    ConsoleShell *m_shell;
    QPointer<SignInDialog> m_dialog;
    QPointer<DeviceCodeDialog> m_deviceDialog;
    QMenu *m_accountMenu;
    QMenu *m_switchMenu;
    QToolButton *m_accountButton;
    QToolBar *m_banner;
    NoticeBar *m_bannerNotice;
    QPushButton *m_bannerButton;
    BannerAction m_bannerAction = BannerAction::None;
    Attempt m_attempt = Attempt::None;     // the attempt the dialogs are showing
    Attempt m_lastAttempt = Attempt::None; // what Try again repeats
    QString m_loginHint;
    QString m_tenantOfAttempt;
    QString m_listsAccountId; // the account the window's lists were loaded for
    bool m_keychainNoticeDismissed = false;
    bool m_menuRebuildQueued = false;
    AccountChangeGuard m_accountChangeGuard;
};
