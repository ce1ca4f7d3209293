#include "signincontroller.h"

#include "accountmanager.h"
#include "authsession.h"
#include "consoleshell.h"
#include "devicecodedialog.h"
#include "icons.h"
#include "listloader.h"
#include "noticebar.h"
#include "signindialog.h"
#include "tenantlists.h"
#include "tokencache.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>

namespace {
const QString kTenantLabels = QStringLiteral("accountTenants/");

// Tenants that are not one tenant: the account's own home tenant is the one signed in to.
bool isMultiTenantAlias(const QString &tenant)
{
    const QString lower = tenant.toLower();
    return lower.isEmpty() || lower == QLatin1String("organizations") || lower == QLatin1String("common") ||
           lower == QLatin1String("consumers");
}

QString userDomain(const Account &account)
{
    const int at = account.username.lastIndexOf(QLatin1Char('@'));
    return at >= 0 ? account.username.mid(at + 1) : QString();
}
} // namespace

SignInController::SignInController(AuthSession *session, TenantLists *lists, ConsoleShell *shell)
    : QObject(shell->shellWindow())
    , m_session(session)
    , m_lists(lists)
    , m_shell(shell)
    , m_accountMenu(new QMenu(tr("&Account"), shell->shellWindow()))
    , m_switchMenu(new QMenu(tr("S&witch account"), m_accountMenu))
    , m_accountButton(new QToolButton(shell->shellWindow()))
    , m_banner(new QToolBar(tr("Sign-in notice"), shell->shellWindow()))
    , m_bannerNotice(new NoticeBar(NoticeBar::Kind::Warning, m_banner))
    , m_bannerButton(new QPushButton(m_bannerNotice))
{
    install();
    connect(m_session, &AuthSession::signedIn, this, &SignInController::onSignedIn);
    connect(m_session, &AuthSession::signedOut, this, &SignInController::onSignedOut);
    connect(m_session, &AuthSession::interactionRequired, this, &SignInController::onInteractionRequired);
    connect(m_session, &AuthSession::signInFailed, this, &SignInController::onSignInFailed);
    connect(m_session, &AuthSession::stateChanged, this, [this] {
        updateAccountUi();
        updateBanner();
    });
    connect(m_session->interactiveSignIn(), &InteractiveSignIn::waitingForBrowser, this,
            &SignInController::onWaitingForBrowser);
    connect(m_session->interactiveSignIn(), &InteractiveSignIn::browserNotOpened, this,
            [this](const QUrl &url) {
                if (m_dialog)
                    m_dialog->showBrowserNotOpened(url);
            });
    connect(m_session->deviceCodeSignIn(), &DeviceCodeSignIn::codeReady, this,
            &SignInController::onCodeReady);
    connect(m_session->accounts(), &AccountManager::accountsChanged, this,
            &SignInController::updateAccountUi);
    connect(m_session->tokenCache(), &TokenCache::persistenceChanged, this,
            [this](bool persistent, const QString &message) {
                // The banner (and the dialog, when open) says it: not again over the status bar's text.
                if (m_dialog)
                    m_dialog->setKeychainNotice(persistent ? QString() : message);
                updateAccountUi();
                updateBanner();
            });
    updateAccountUi();
}

SignInController::~SignInController() = default;

bool SignInController::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_accountMenu->setTitle(tr("&Account"));
        m_switchMenu->setTitle(tr("S&witch account"));
        m_banner->setWindowTitle(tr("Sign-in notice"));
        m_accountButton->setAccessibleName(tr("Signed-in account"));
        updateAccountUi();
        updateBanner();
    }
    return QObject::event(event);
}

SignInDialog *SignInController::signInDialog() const
{
    return m_dialog;
}

DeviceCodeDialog *SignInController::deviceCodeDialog() const
{
    return m_deviceDialog;
}

void SignInController::install()
{
    // The Account menu goes in its place: after Actions, before Help.
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_switchMenu->setObjectName(QStringLiteral("switchAccountMenu"));
    m_shell->addMenu(ConsoleShell::Menu::Account, m_accountMenu);

    m_accountButton->setObjectName(QStringLiteral("accountButton"));
    m_accountButton->setAutoRaise(true);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountButton->setIcon(Icons::named(QStringLiteral("tab-users")));
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setMenu(m_accountMenu);
    m_accountButton->setAccessibleName(tr("Signed-in account"));
    m_shell->addStatusWidget(m_accountButton);

    m_banner->setObjectName(QStringLiteral("signInBanner"));
    m_banner->setMovable(false);
    m_banner->setFloatable(false);
    m_banner->toggleViewAction()->setVisible(false);
    m_banner->layout()->setContentsMargins(0, 0, 0, 0);
    m_bannerNotice->setObjectName(QStringLiteral("signInBannerNotice"));
    m_bannerNotice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bannerNotice->setHidesWhenEmpty(false); // the toolbar shows and hides it
    m_bannerNotice->show();
    // One line in a toolbar: a long text ends in "…" (its tooltip has it all) rather than pushing the button
    // out.
    m_bannerNotice->setElided(true);
    m_bannerButton->setObjectName(QStringLiteral("signInBannerButton"));
    m_bannerNotice->addWidget(m_bannerButton);
    m_banner->addWidget(m_bannerNotice);
    connect(m_bannerButton, &QPushButton::clicked, this, &SignInController::onBannerButton);
    m_shell->addShellToolBar(m_banner, true);
    m_banner->hide();
}

void SignInController::start()
{
    updateAccountUi();
    if (m_session->accounts()->currentAccount()) {
        m_attempt = m_lastAttempt = Attempt::Silent;
        m_session->signInSilently();
        return;
    }
    // Nothing to read, but a read tells whether the keychain works: the dialog then says so up front.
    m_session->tokenCache()->load(QStringLiteral("keychain-check"));
    showSignIn();
}

void SignInController::ensureDialog()
{
    if (m_dialog)
        return;
    m_dialog = new SignInDialog(m_shell->shellWindow());
    m_dialog->setWindowModality(Qt::NonModal);
    connect(m_dialog, &SignInDialog::signInRequested, this, [this](SignInDialog::Method method) {
        startAttempt(method == SignInDialog::Method::Browser ? Attempt::Browser : Attempt::DeviceCode);
    });
    connect(m_dialog, &SignInDialog::tryAgainRequested, this,
            [this] { startAttempt(m_lastAttempt == Attempt::None ? Attempt::Browser : m_lastAttempt); });
    connect(m_dialog, &SignInDialog::cancelRequested, this, [this] { m_session->cancelSignIn(); });
    connect(m_dialog, &QDialog::rejected, this, &SignInController::onDialogRejected);
}

void SignInController::showSignIn(const QString &reason, const QString &loginHint)
{
    ensureDialog();
    m_loginHint = loginHint;
    m_dialog->setReason(reason);
    if (!m_dialog->isVisible()) {
        QString tenant = m_session->config().tenant();
        // Signing an account in again: the tenant it was signed in to (a guest's is not its home tenant).
        const std::optional<Account> account = shownAccount();
        if (account && !loginHint.isEmpty() && account->username == loginHint)
            tenant = tenantLabel(*account);
        m_dialog->setTenant(tenant);
        m_dialog->setClientId(m_session->config().clientId());
        m_dialog->showReady();
    }
    const TokenCache *cache = m_session->tokenCache();
    m_dialog->setKeychainNotice(cache->isPersistent() ? QString() : cache->persistenceMessage());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    updateBanner();
}

void SignInController::signInAgain()
{
    const std::optional<Account> account = shownAccount();
    QString reason = m_session->lastError();
    if (!m_session->pendingClaims().isEmpty())
        reason = tr("Your organization's access policy (Conditional Access) asks you to sign in again.");
    showSignIn(reason, account ? account->username : QString());
    startAttempt(Attempt::Reauth);
}

void SignInController::signInWithAnotherAccount()
{
    whenAccountMayChange([this] { showSignIn(); });
}

void SignInController::switchAccount(const QString &accountKey)
{
    const std::optional<Account> current = m_session->account();
    if (current && current->key() == accountKey && m_session->state() == AuthSession::State::SignedIn)
        return;
    if (!m_session->accounts()->account(accountKey))
        return;
    whenAccountMayChange([this, accountKey] {
        // The other tenant's rows must not stay on screen under this account's name.
        m_lists->clear();
        m_listsAccountId.clear();
        m_attempt = m_lastAttempt = Attempt::Silent;
        m_session->switchAccount(accountKey);
    });
}

void SignInController::signOut()
{
    whenAccountMayChange([this] {
        if (const std::optional<Account> account = shownAccount())
            QSettings().remove(kTenantLabels + account->homeAccountId());
        m_session->cancelSignIn();
        m_attempt = Attempt::None;
        m_session->signOut();
    });
}

void SignInController::whenAccountMayChange(std::function<void()> change)
{
    if (!m_accountChangeGuard) {
        change();
        return;
    }
    // Later, the controller may be gone (the window closed while the question was open).
    QPointer<SignInController> self(this);
    auto later = [self, change] {
        if (self)
            change();
    };
    if (m_accountChangeGuard(later))
        change();
}

void SignInController::startAttempt(Attempt attempt)
{
    ensureDialog();
    if (attempt == Attempt::Silent) {
        m_attempt = m_lastAttempt = Attempt::Silent;
        m_dialog->showWaiting(tr("Signing in…"));
        m_session->signInSilently();
        return;
    }
    const std::optional<Account> account = shownAccount();
    if (attempt == Attempt::Reauth && account) {
        m_attempt = m_lastAttempt = Attempt::Reauth;
        m_dialog->showWaitingForBrowser(QUrl());
        const QString claims = m_session->pendingClaims();
        if (!claims.isEmpty() && m_session->account()) {
            m_session->handleClaimsChallenge(claims); // to the account's tenant, with its login hint
            return;
        }
        // To the account's own tenant: a guest signing in to "organizations" would land in its home tenant.
        const AuthConfig saved = m_session->config();
        AuthConfig forAccount = saved;
        forAccount.setTenant(account->tenantId);
        m_session->setConfig(forAccount);
        m_session->signInInteractively(account->username);
        m_session->setConfig(saved);
        return;
    }
    if (attempt == Attempt::Reauth)
        attempt = Attempt::Browser;
    applyDialogFields();
    m_attempt = m_lastAttempt = attempt;
    if (attempt == Attempt::DeviceCode) {
        m_dialog->showWaitingForDeviceCode();
        if (!m_deviceDialog) {
            m_deviceDialog = new DeviceCodeDialog(m_dialog);
            m_deviceDialog->setWindowModality(Qt::WindowModal);
            connect(m_deviceDialog, &DeviceCodeDialog::tryAgainRequested, this,
                    [this] { startAttempt(Attempt::DeviceCode); });
            connect(m_deviceDialog, &QDialog::rejected, this, &SignInController::onDeviceDialogRejected);
        }
        m_deviceDialog->showRequesting();
        m_deviceDialog->open();
        m_session->signInWithDeviceCode();
        return;
    }
    m_dialog->showWaitingForBrowser(QUrl());
    const std::optional<Account> current = m_session->account();
    const QString claims = m_session->pendingClaims();
    // The same account while a claims challenge is pending: the new token must satisfy it.
    if (!claims.isEmpty() && current && m_loginHint == current->username) {
        m_session->handleClaimsChallenge(claims);
        return;
    }
    m_session->signInInteractively(m_loginHint);
}

void SignInController::applyDialogFields()
{
    if (!m_dialog)
        return;
    AuthConfig config = m_session->config();
    config.setTenant(m_dialog->tenant());
    config.setClientId(m_dialog->clientId());
    m_session->setConfig(config);
    m_tenantOfAttempt = config.tenant();
    if (config.validate().isEmpty()) {
        QSettings settings;
        config.save(settings); // tenant and client id only: nothing secret
    }
}

void SignInController::onWaitingForBrowser(const QUrl &url)
{
    if (m_attempt == Attempt::None) {
        // The session started this itself: a Conditional Access claims challenge from Graph.
        m_attempt = m_lastAttempt = Attempt::Reauth;
        const std::optional<Account> account = shownAccount();
        showSignIn(tr("Your organization's access policy (Conditional Access) asks you to sign in again."),
                   account ? account->username : QString());
    }
    if (m_dialog)
        m_dialog->showWaitingForBrowser(url);
}

void SignInController::onCodeReady(const DeviceCodeSignIn::Code &code)
{
    if (m_deviceDialog)
        m_deviceDialog->showCode(code);
}

void SignInController::onSignedIn(const Account &account)
{
    if (m_attempt == Attempt::Browser || m_attempt == Attempt::DeviceCode)
        rememberTenantLabel(account);
    m_attempt = Attempt::None;
    if (m_deviceDialog && m_deviceDialog->isVisible())
        m_deviceDialog->accept();
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->showReady();
        m_dialog->setReason(QString());
        m_dialog->accept();
    }
    m_shell->showStatusMessage(tr("Signed in as %1").arg(account.displayText()), 5000);
    updateAccountUi();
    updateBanner();
    // Requests that waited for this sign-in go again by themselves; anything else loads afresh.
    if (account.key() != m_listsAccountId || listsNeedAuthentication()) {
        m_listsAccountId = account.key();
        m_lists->reload();
    }
}

void SignInController::onSignedOut()
{
    m_listsAccountId.clear();
    m_lists->clear();
    m_shell->showStatusMessage(tr("Signed out; the account's saved sign-in was removed."), 5000);
    updateAccountUi();
    showSignIn();
}

void SignInController::onInteractionRequired(const QString &reason)
{
    if (m_attempt == Attempt::Silent) {
        // At start or after a switch: straight to the dialog, for the same account.
        m_attempt = Attempt::None;
        const std::optional<Account> account = shownAccount();
        showSignIn(reason, account ? account->username : QString());
        m_dialog->showReady();
        return;
    }
    if (m_dialog && m_dialog->isVisible())
        m_dialog->setReason(reason);
    updateAccountUi();
    updateBanner();
}

void SignInController::onSignInFailed(const IdentityError &error)
{
    const Attempt attempt = m_attempt;
    m_attempt = Attempt::None;
    const bool dialogShown = m_dialog && m_dialog->isVisible();
    if (attempt == Attempt::None || (attempt == Attempt::Silent && !dialogShown)) {
        // Nobody is looking at a dialog (a silent start that met an outage, say): the banner says why and
        // offers to sign in.
        updateAccountUi();
        updateBanner();
        return;
    }
    if (attempt == Attempt::DeviceCode && m_deviceDialog && m_deviceDialog->isVisible()) {
        m_deviceDialog->showError(error);
        if (m_dialog)
            m_dialog->showReady();
        return;
    }
    showSignIn(m_dialog ? m_dialog->reason() : QString(), m_loginHint);
    m_dialog->showError(error);
}

void SignInController::onDialogRejected()
{
    // Closing the dialog ends the attempt it showed; the banner offers the way back.
    const Attempt attempt = m_attempt;
    m_attempt = Attempt::None;
    if (attempt == Attempt::Browser || attempt == Attempt::Reauth || attempt == Attempt::DeviceCode)
        m_session->cancelSignIn();
    updateBanner();
}

void SignInController::onDeviceDialogRejected()
{
    if (m_attempt == Attempt::DeviceCode && m_session->deviceCodeSignIn()->isRunning()) {
        m_session->cancelSignIn(); // ends in onSignInFailed (cancelled), shown by the sign-in dialog
        return;
    }
    if (m_dialog && m_dialog->isWaiting())
        m_dialog->showReady();
}

void SignInController::onBannerButton()
{
    switch (m_bannerAction) {
    case BannerAction::SignInAgain:
        signInAgain();
        break;
    case BannerAction::SignIn:
        showSignIn();
        break;
    case BannerAction::Dismiss:
        m_keychainNoticeDismissed = true;
        updateBanner();
        break;
    case BannerAction::None:
        break;
    }
}

std::optional<Account> SignInController::shownAccount() const
{
    if (const std::optional<Account> account = m_session->account())
        return account;
    return m_session->accounts()->currentAccount();
}

QString SignInController::tenantLabel(const Account &account) const
{
    const QString remembered = QSettings().value(kTenantLabels + account.homeAccountId()).toString();
    if (!remembered.isEmpty())
        return remembered;
    const QString domain = userDomain(account);
    return domain.isEmpty() ? account.tenantId : domain;
}

void SignInController::rememberTenantLabel(const Account &account)
{
    // A guest signs in to another tenant than its user name's: name the one signed in to.
    const QString label = isMultiTenantAlias(m_tenantOfAttempt) ? userDomain(account) : m_tenantOfAttempt;
    QSettings settings;
    if (label.isEmpty())
        settings.remove(kTenantLabels + account.homeAccountId());
    else
        settings.setValue(kTenantLabels + account.homeAccountId(), label);
}

void SignInController::updateAccountUi()
{
    const std::optional<Account> account = shownAccount();
    const AuthSession::State state = m_session->state();
    QString text;
    QStringList tip;
    if (!account) {
        text = state == AuthSession::State::SigningIn ? tr("Signing in…") : tr("Not signed in");
        tip << tr("Not signed in. Click to sign in.");
    } else {
        const QString name = account->name.isEmpty() ? account->username : account->name;
        const QString label = tr("%1 · %2").arg(name, tenantLabel(*account));
        switch (state) {
        case AuthSession::State::SignedIn:
            text = label;
            break;
        case AuthSession::State::SigningIn:
            text = tr("%1 (signing in…)").arg(label);
            break;
        case AuthSession::State::InteractionRequired:
            text = tr("%1 (sign in again)").arg(label);
            break;
        case AuthSession::State::SignedOut:
            text = tr("%1 (not signed in)").arg(label);
            break;
        }
        tip << tr("Signed in as %1").arg(account->displayText())
            << tr("Tenant: %1 (%2)").arg(tenantLabel(*account), account->tenantId)
            << tr("Cloud: %1").arg(CloudEndpoints::name(account->cloud));
    }
    const TokenCache *cache = m_session->tokenCache();
    if (!cache->isPersistent())
        tip << cache->persistenceMessage();
    m_accountButton->setText(text);
    m_accountButton->setToolTip(tip.join(QLatin1Char('\n')));
    // Queued: this may run inside the triggered() of one of the menu's own actions (Sign out, a switch).
    if (!m_menuRebuildQueued) {
        m_menuRebuildQueued = true;
        QMetaObject::invokeMethod(this, &SignInController::rebuildAccountMenu, Qt::QueuedConnection);
    }
}

void SignInController::rebuildAccountMenu()
{
    m_menuRebuildQueued = false;
    m_accountMenu->clear();
    m_switchMenu->clear();
    const std::optional<Account> account = shownAccount();
    const AuthSession::State state = m_session->state();
    if (account) {
        QAction *name = m_accountMenu->addAction(account->name.isEmpty() ? account->username : account->name);
        name->setObjectName(QStringLiteral("accountNameAction"));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setEnabled(false);
        QAction *user = m_accountMenu->addAction(account->username);
        user->setObjectName(QStringLiteral("accountUserAction"));
        user->setEnabled(false);
        QAction *tenant = m_accountMenu->addAction(tr("Tenant: %1").arg(tenantLabel(*account)));
        tenant->setObjectName(QStringLiteral("accountTenantAction"));
        tenant->setToolTip(account->tenantId);
        tenant->setEnabled(false);
        if (state != AuthSession::State::SignedIn && state != AuthSession::State::SigningIn) {
            QAction *again =
                m_accountMenu->addAction(tr("Sign in &again…"), this, &SignInController::signInAgain);
            again->setObjectName(QStringLiteral("signInAgainAction"));
        }
    } else {
        QAction *none = m_accountMenu->addAction(tr("Not signed in"));
        none->setEnabled(false);
        QAction *signIn = m_accountMenu->addAction(tr("&Sign in…"), this, [this] { showSignIn(); });
        signIn->setObjectName(QStringLiteral("signInAction"));
    }
    m_accountMenu->addSeparator();
    const QList<Account> remembered = m_session->accounts()->accounts();
    for (const Account &other : remembered) {
        if (account && other.key() == account->key())
            continue;
        const QString id = other.key();
        QAction *action = m_switchMenu->addAction(tr("%1 (%2)").arg(other.displayText(), tenantLabel(other)),
                                                  this, [this, id] { switchAccount(id); });
        action->setData(id);
    }
    m_switchMenu->setEnabled(!m_switchMenu->isEmpty());
    m_accountMenu->addMenu(m_switchMenu);
    QAction *another = m_accountMenu->addAction(tr("Sign in with a&nother account…"), this,
                                                &SignInController::signInWithAnotherAccount);
    another->setObjectName(QStringLiteral("signInAnotherAction"));
    m_accountMenu->addSeparator();
    QAction *out = m_accountMenu->addAction(tr("Sign &out"), this, &SignInController::signOut);
    out->setObjectName(QStringLiteral("signOutAction"));
    out->setEnabled(account.has_value());
    out->setToolTip(tr("Forget this account and remove its saved sign-in from this computer"));
}

void SignInController::updateBanner()
{
    const AuthSession::State state = m_session->state();
    const bool dialogShown = m_dialog && m_dialog->isVisible();
    const TokenCache *cache = m_session->tokenCache();
    QString text;
    NoticeBar::Kind kind = NoticeBar::Kind::Warning;
    m_bannerAction = BannerAction::None;
    if (state == AuthSession::State::InteractionRequired && !dialogShown) {
        text = m_session->lastError();
        m_bannerAction = BannerAction::SignInAgain;
    } else if (!m_session->pendingClaims().isEmpty() && state != AuthSession::State::SigningIn &&
               !dialogShown) {
        text = tr("Your organization's access policy (Conditional Access) asks you to sign in again.");
        m_bannerAction = BannerAction::SignInAgain;
    } else if (state == AuthSession::State::SignedOut && !dialogShown && !m_session->lastError().isEmpty()) {
        // The saved sign-in could not be renewed without asking (login host unreachable, a 5xx, a reply
        // that is not JSON): say why, and offer the way on.
        text = tr("The saved sign-in could not be renewed: %1").arg(m_session->lastError());
        m_bannerAction = BannerAction::SignIn;
    } else if (state == AuthSession::State::SignedOut && !dialogShown) {
        text = tr("You are not signed in: sign in to see your tenant's Cloud PCs.");
        kind = NoticeBar::Kind::Info;
        m_bannerAction = BannerAction::SignIn;
    } else if (!cache->isPersistent() && !m_keychainNoticeDismissed) {
        text = cache->persistenceMessage();
        m_bannerAction = BannerAction::Dismiss;
    }
    switch (m_bannerAction) {
    case BannerAction::SignInAgain:
        m_bannerButton->setText(tr("Sign in again"));
        break;
    case BannerAction::SignIn:
        m_bannerButton->setText(tr("Sign in…"));
        break;
    case BannerAction::Dismiss:
        m_bannerButton->setText(tr("Dismiss"));
        break;
    case BannerAction::None:
        break;
    }
    m_bannerNotice->setKind(kind);
    m_bannerNotice->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

bool SignInController::listsNeedAuthentication() const
{
    for (int list = 0; list < TenantLists::ListCount; ++list) {
        const ListLoader *loader = m_lists->loader(list);
        if (!loader->isLoading() && loader->lastError().kind == GraphError::Kind::Authentication)
            return true;
    }
    return false;
}
