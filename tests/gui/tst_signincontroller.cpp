// The console's sign-in driven through its widgets (SignInController, SignInDialog, DeviceCodeDialog, the
// Account menu, the status bar button and the banner) against the identity and Graph emulators over real
// loopback sockets. QDesktopServices is pointed at a test "browser" that follows the authorize redirect to
// the console's loopback listener, or enters the device code on the emulator's page. With a keyring
// (packaging/ run-tests.sh: dbus-run-session + gnome-keyring) tokens go to it; without one
// (tst_signincontroller_nokeychain) the console must say that they will not be remembered.
// CLOUDPC_SCREENSHOT_DIR=dir saves the two dialogs.
#include "accountmanager.h"
#include "actioncontroller.h"
#include "authsession.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "devicecodedialog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "identityemulator.h"
#include "listloader.h"
#include "listpage.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "signincontroller.h"
#include "signindialog.h"
#include "tenantlists.h"
#include "tokencache.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDirIterator>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QUuid>
#include <QtTest>
#include <memory>

// Plays the system browser for QDesktopServices::openUrl: GETs the authorize URL and follows its 302 to the
// console's loopback listener; on the device login page, enters `deviceCode`.
class TestBrowser : public QObject
{
    Q_OBJECT
public:
    bool ignore = false; // a tab closed without signing in
    QString deviceCode;
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        opened.append(url);
        if (ignore)
            return;
        QUrl target = url;
        if (url.path() == QLatin1String("/devicelogin") && !deviceCode.isEmpty())
            target.setQuery(QStringLiteral("otc=") + deviceCode);
        QNetworkRequest request(target);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
                return;
            const QUrl next = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            QNetworkReply *callback = m_nam.get(QNetworkRequest(next));
            connect(callback, &QNetworkReply::finished, callback, &QObject::deleteLater);
        });
    }

public:
    int authorizeCount() const
    {
        int count = 0;
        for (const QUrl &url : opened)
            count += url.path().endsWith(QLatin1String("/authorize")) ? 1 : 0;
        return count;
    }

private:
    QNetworkAccessManager m_nam;
};

class TestSignInController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void startWithoutAccountOpensTheDialog();
    void browserSignInShowsTheAccount();
    void signOutRemovesTheAccount();
    void errorRedirectShowsTheAadstsMessageAndTryAgain();
    void closedTabAndCancelOfferTryAgain();
    void browserThatCannotOpenShowsTheAddressToCopy();
    void deviceCodeDialogShowsCodeCopiesAndCompletes();
    void deviceCodeCancelOffersTryAgain();
    void silentSignInAtStart();
    void silentStartOutageShowsTheReason();
    void switchBetweenRememberedAccounts();
    void revokedRefreshTokenShowsSignInAgainBanner();
    void claimsChallengeSignsInAgainWithTheClaims();
    void noTokenInAnyFileWritten();
    void screenshots();

private:
    void makeWindow();
    void destroyWindow();
    bool signInWithBrowser();
    bool waitForLists();
    SignInDialog *dialog() const { return m_controller ? m_controller->signInDialog() : nullptr; }
    QAction *menuAction(const QString &objectName) const;

    std::unique_ptr<GraphEmulator> m_graph;
    std::unique_ptr<IdentityEmulator> m_idp;
    std::unique_ptr<TestBrowser> m_browser;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<TenantLists> m_lists;
    std::unique_ptr<MainWindow> m_window;
    SignInController *m_controller = nullptr;
    AuthConfig m_config;
    bool m_expectNoKeychain = false;
    bool m_requireKeychain = false;
};

void TestSignInController::init()
{
    m_expectNoKeychain = qEnvironmentVariable("CLOUDPC_EXPECT_NO_KEYCHAIN") == QLatin1String("1");
    m_requireKeychain = qEnvironmentVariable("CLOUDPC_REQUIRE_KEYCHAIN") == QLatin1String("1");
    QSettings().clear();
    GraphEmulator::Options options;
    options.size = 20;
    m_graph = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_graph->start());
    m_idp = std::make_unique<IdentityEmulator>(m_graph.get());
    QVERIFY(m_idp->start());
    m_idp->setDeviceCodePollInterval(std::chrono::milliseconds(0));
    m_browser = std::make_unique<TestBrowser>();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), m_browser.get(), "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), m_browser.get(), "openUrl");
    m_config = AuthConfig::forCloud(GraphCloud::Custom);
    m_config.setAuthorityHost(m_idp->baseUrl());
    QVERIFY(m_config.validate().isEmpty());
    // A keychain service of its own, so parallel runs and a real keyring never mix entries.
    m_cache = std::make_unique<TokenCache>(QStringLiteral("CloudPcConsoleTest-") +
                                           QUuid::createUuid().toString(QUuid::Id128));
    m_accounts = std::make_unique<AccountManager>(m_cache.get());
    makeWindow();
}

void TestSignInController::cleanup()
{
    destroyWindow();
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    if (m_accounts && !m_accounts->accounts().isEmpty()) {
        // Leave no entry behind in a real keyring.
        QSignalSpy removed(m_cache.get(), &TokenCache::removed);
        const QList<Account> accounts = m_accounts->accounts();
        for (const Account &account : accounts)
            m_accounts->signOut(account.key());
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), accounts.size(), 10000);
    }
    m_accounts.reset();
    m_cache.reset();
    m_browser.reset();
    m_idp.reset();
    m_graph.reset();
    QSettings().clear();
}

void TestSignInController::makeWindow()
{
    m_client = std::make_unique<GraphClient>();
    m_client->setBaseUrl(m_graph->baseUrl());
    m_session = std::make_unique<AuthSession>(m_config, m_accounts.get(), m_cache.get());
    m_session->deviceCodeSignIn()->setPollIntervalOverride(std::chrono::milliseconds(50));
    m_client->setTokenProvider(m_session.get());
    m_lists = std::make_unique<TenantLists>(m_client.get());
    m_window = std::make_unique<MainWindow>(m_lists.get());
    m_controller = new SignInController(m_session.get(), m_lists.get(), m_window.get());
    m_window->show();
}

void TestSignInController::destroyWindow()
{
    m_controller = nullptr;
    m_window.reset();
    m_lists.reset();
    m_session.reset();
    m_client.reset();
}

bool TestSignInController::waitForLists()
{
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 20000);
    }();
    return !m_window->isLoading() && m_window->lists()->cloudPcModel()->rowCount() == 20 &&
           !m_window->lists()->cloudPcLoader()->lastError().isError();
}

bool TestSignInController::signInWithBrowser()
{
    if (!dialog() || !dialog()->isVisible())
        return false;
    QTest::mouseClick(dialog()->browserButton(), Qt::LeftButton);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn, 10000);
    }();
    return m_session->state() == AuthSession::State::SignedIn;
}

QAction *TestSignInController::menuAction(const QString &objectName) const
{
    QCoreApplication::processEvents(); // the menu is rebuilt queued
    const QList<QAction *> actions = m_controller->accountMenu()->actions();
    for (QAction *action : actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

void TestSignInController::startWithoutAccountOpensTheDialog()
{
    QSignalSpy loaded(m_cache.get(), &TokenCache::loaded);
    m_controller->start();
    QVERIFY(dialog());
    QVERIFY(dialog()->isVisible());
    QCOMPARE(dialog()->tenant(), QStringLiteral("organizations"));
    QCOMPARE(dialog()->tenantEdit()->placeholderText(), QStringLiteral("organizations"));
    QCOMPARE(dialog()->clientId(), AuthConfig::defaultClientId());
    QVERIFY(dialog()->browserButton()->isEnabled());
    QVERIFY(dialog()->deviceCodeButton()->isEnabled());
    QVERIFY(!dialog()->errorBar()->isVisible());
    QCOMPARE(m_controller->accountButton()->text(), QStringLiteral("Not signed in"));
    QCOMPARE(m_controller->accountButton()->parentWidget(), m_window->statusBar());
    const QList<QAction *> menus = m_window->menuBar()->actions();
    const qsizetype account = menus.indexOf(m_controller->accountMenu()->menuAction());
    QVERIFY(account >= 0);
    if (const auto *help = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu")))
        QCOMPARE(account + 1, menus.indexOf(help->menuAction())); // Help stays last
    QVERIFY(menuAction(QStringLiteral("signInAction")));
    QVERIFY(!menuAction(QStringLiteral("signOutAction"))->isEnabled());

    // The keychain check at start: the dialog says up front when tokens cannot be remembered.
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QCOMPARE(loaded.first().first().toString(), QStringLiteral("keychain-check"));
    QVERIFY(!loaded.first().at(1).toBool());
    const bool persistent = m_cache->isPersistent();
    if (m_expectNoKeychain)
        QVERIFY(!persistent);
    if (m_requireKeychain)
        QVERIFY(persistent);
    QCOMPARE(dialog()->keychainBar()->isVisible(), !persistent);
    if (!persistent) {
        // A sentence for the admin: no D-Bus name or path from the keychain's error, a full stop at the end.
        const QString notice = dialog()->keychainBar()->text();
        QVERIFY2(notice.contains(QLatin1String("will not be remembered")), qPrintable(notice));
        QVERIFY2(!notice.contains(QLatin1String("freedesktop")), qPrintable(notice));
        QVERIFY2(!notice.contains(QLatin1Char('/')), qPrintable(notice));
        QVERIFY2(notice.endsWith(QLatin1Char('.')), qPrintable(notice));
        // Said by the banner, not also over the status bar's own text.
        QVERIFY2(m_window->statusBar()->currentMessage() != notice,
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    // Closing the dialog without signing in leaves a way back.
    dialog()->reject();
    QVERIFY(m_controller->banner()->isVisible());
    QCOMPARE(m_controller->bannerButton()->text(), QStringLiteral("Sign in…"));
    QTest::mouseClick(m_controller->bannerButton(), Qt::LeftButton);
    QVERIFY(dialog()->isVisible());
}

void TestSignInController::browserSignInShowsTheAccount()
{
    m_controller->start();
    dialog()->tenantEdit()->setText(m_graph->tenant().domain());
    QSignalSpy loaded(m_window.get(), &MainWindow::allLoaded);
    QVERIFY(signInWithBrowser());
    QCOMPARE(m_browser->authorizeCount(), 1);
    QVERIFY(m_browser->opened.first().path().startsWith(QLatin1Char('/') + m_graph->tenant().domain()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isVisible(), 5000);

    // Status bar: "name · tenant"; Account menu: name, user and tenant.
    const IdentityEmulator::User user = m_idp->user();
    const QString expected = user.name + QStringLiteral(" · ") + m_graph->tenant().domain();
    QCOMPARE(m_controller->accountButton()->text(), expected);
    QVERIFY(m_controller->accountButton()->toolTip().contains(user.tenantId));
    QCOMPARE(menuAction(QStringLiteral("accountNameAction"))->text(), user.name);
    QCOMPARE(menuAction(QStringLiteral("accountUserAction"))->text(), user.username);
    QVERIFY(menuAction(QStringLiteral("accountTenantAction"))->text().contains(m_graph->tenant().domain()));
    QVERIFY(menuAction(QStringLiteral("signOutAction"))->isEnabled());
    QVERIFY(!menuAction(QStringLiteral("signInAction")));

    // The lists loaded with the session's token.
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(waitForLists());

    // Remembered for the next start (and cloudpcctl): tenant and client id, nothing secret.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("auth/tenant")).toString(), m_graph->tenant().domain());
    QCOMPARE(settings.value(QStringLiteral("auth/clientId")).toString(), AuthConfig::defaultClientId());

    // Tokens that cannot be kept are said so, once signed in too.
    if (!m_cache->isPersistent()) {
        QVERIFY(m_controller->banner()->isVisible());
        QVERIFY(m_controller->bannerNotice()->text().contains(QLatin1String("will not be remembered")));
        QCOMPARE(m_controller->bannerButton()->text(), QStringLiteral("Dismiss"));
        QTest::mouseClick(m_controller->bannerButton(), Qt::LeftButton);
    }
    QVERIFY(!m_controller->banner()->isVisible());
}

void TestSignInController::signOutRemovesTheAccount()
{
    m_controller->start();
    QVERIFY(signInWithBrowser());
    QVERIFY(waitForLists());
    const QString id = m_session->account()->key();
    QVERIFY(m_cache->cached(id));

    QSignalSpy removed(m_cache.get(), &TokenCache::removed);
    QAction *signOut = menuAction(QStringLiteral("signOutAction"));
    QVERIFY(signOut && signOut->isEnabled());
    // The guard (acts under way, the admin chose to stay) keeps the account signed in.
    int asked = 0;
    m_controller->setAccountChangeGuard([&asked](const std::function<void()> &) {
        ++asked;
        return false;
    });
    signOut->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(m_session->state(), AuthSession::State::SignedIn);
    QVERIFY(m_cache->cached(id));
    QVERIFY(removed.isEmpty());
    m_controller->setAccountChangeGuard([&asked](const std::function<void()> &) {
        ++asked;
        return true;
    });
    signOut->trigger();
    QCOMPARE(asked, 2);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().first().toString(), id);
    QVERIFY(!m_cache->cached(id));
    QVERIFY(m_accounts->accounts().isEmpty());
    QVERIFY(!m_accounts->currentAccount());
    QCOMPARE(QSettings().value(QStringLiteral("accounts/size")).toInt(), 0);
    QCOMPARE(m_session->state(), AuthSession::State::SignedOut);
    QCOMPARE(m_controller->accountButton()->text(), QStringLiteral("Not signed in"));
    QVERIFY(!menuAction(QStringLiteral("signOutAction"))->isEnabled());
    QVERIFY(m_controller->switchAccountMenu()->actions().isEmpty());
    // The signed-out tenant's rows are gone; the dialog asks for a sign-in.
    QCOMPARE(m_window->lists()->cloudPcModel()->rowCount(), 0);
    QVERIFY(dialog()->isVisible());
}

void TestSignInController::errorRedirectShowsTheAadstsMessageAndTryAgain()
{
    m_idp->failNextAuthorize({QStringLiteral("access_denied"),
                              QStringLiteral("AADSTS65004: User declined to consent to access the app."),
                              65004});
    m_controller->start();
    QTest::mouseClick(dialog()->browserButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog()->errorBar()->isVisible(), 10000);
    const QString text = dialog()->errorBar()->text();
    QVERIFY2(text.contains(QLatin1String("AADSTS65004: User declined to consent to access the app.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("access_denied")), qPrintable(text));
    QCOMPARE(dialog()->errorBar()->kind(), NoticeBar::Kind::Error);
    QVERIFY(dialog()->tryAgainButton()->isVisible());
    QVERIFY(dialog()->browserButton()->isEnabled());
    QCOMPARE(m_session->state(), AuthSession::State::SignedOut);

    QTest::mouseClick(dialog()->tryAgainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn, 10000);
    QVERIFY(!dialog()->isVisible());
    QVERIFY(!dialog()->errorBar()->isVisible());
    QCOMPARE(m_browser->authorizeCount(), 2);
}

void TestSignInController::closedTabAndCancelOfferTryAgain()
{
    m_browser->ignore = true;
    m_session->interactiveSignIn()->setTimeout(std::chrono::milliseconds(400));
    m_controller->start();
    QTest::mouseClick(dialog()->browserButton(), Qt::LeftButton);
    QVERIFY(dialog()->isWaiting());
    QVERIFY(!dialog()->browserButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(dialog()->errorBar()->isVisible(), 10000);
    QVERIFY2(dialog()->errorBar()->text().contains(QLatin1String("No answer came back from the browser")),
             qPrintable(dialog()->errorBar()->text()));
    QVERIFY(dialog()->tryAgainButton()->isVisible());

    // Cancel while waiting.
    m_session->interactiveSignIn()->setTimeout(std::chrono::minutes(5));
    QTest::mouseClick(dialog()->tryAgainButton(), Qt::LeftButton);
    QVERIFY(dialog()->isWaiting());
    QVERIFY(dialog()->cancelButton()->isVisible());
    QTest::mouseClick(dialog()->cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog()->isWaiting());
    QVERIFY2(dialog()->errorBar()->text().contains(QLatin1String("cancelled")),
             qPrintable(dialog()->errorBar()->text()));
    QVERIFY(!m_session->interactiveSignIn()->isRunning());

    m_browser->ignore = false;
    QTest::mouseClick(dialog()->tryAgainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn, 10000);
    QCOMPARE(m_browser->authorizeCount(), 3);
}

void TestSignInController::browserThatCannotOpenShowsTheAddressToCopy()
{
    QList<QUrl> tried;
    m_session->interactiveSignIn()->setBrowser([&tried](const QUrl &url) {
        tried.append(url);
        return false; // no browser on this machine
    });
    m_controller->start();
    dialog()->resize(560, dialog()->height());
    QTest::mouseClick(dialog()->browserButton(), Qt::LeftButton);
    QTRY_COMPARE(tried.size(), 1);
    // Still waiting (the listener is open), saying so, with the address and a copy button.
    QVERIFY(dialog()->isWaiting());
    QVERIFY(!dialog()->errorBar()->isVisible());
    QVERIFY2(dialog()->waitingLabel()->text().contains(QLatin1String("No web browser could be opened")),
             qPrintable(dialog()->waitingLabel()->text()));
    const QString address = tried.first().toString(QUrl::FullyEncoded);
    QLabel *label = dialog()->addressLabel();
    QVERIFY(label->isVisible());
    QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
    QTRY_VERIFY(label->width() > 0 && !label->text().isEmpty());
    if (label->text() != address) { // cut to the dialog's width: elided, and all of it in the tooltip
        QVERIFY2(label->text().contains(QChar(0x2026)), qPrintable(label->text()));
        QCOMPARE(label->toolTip(), address);
    }
    QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= label->width());
    QVERIFY(dialog()->copyAddressButton()->isVisible());
    // The dialog grew for the panel: nothing squashed or overlapping (the tenant and client id fields were
    // squashed and the hint ran over them).
    QLayout *box = dialog()->layout();
    QVERIFY(dialog()->height() >= box->totalHeightForWidth(dialog()->width()));
    QList<QWidget *> shown;
    for (QWidget *child : dialog()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && !child->isWindow())
            shown << child;
    }
    QVERIFY(shown.size() >= 3);
    for (QWidget *child : shown) {
        QVERIFY2(child->height() >= child->minimumSizeHint().height() ||
                     child->minimumSizeHint().height() <= 0,
                 qPrintable(child->objectName() + QStringLiteral(" is squashed")));
        for (QWidget *other : shown) {
            if (other != child && child->geometry().intersects(other->geometry()))
                QFAIL(qPrintable(child->objectName() + QStringLiteral(" overlaps ") + other->objectName() +
                                 QStringLiteral(" ") + child->metaObject()->className() +
                                 QStringLiteral("/") + other->metaObject()->className()));
        }
    }
    for (QLineEdit *field : dialog()->findChildren<QLineEdit *>()) {
        if (field->isVisible())
            QVERIFY2(field->height() >= field->minimumSizeHint().height(), qPrintable(field->objectName()));
    }
    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog()->copyAddressButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), address);

    // The admin opens the copied address in a browser by hand: the sign-in completes.
    m_browser->openUrl(QUrl::fromEncoded(QApplication::clipboard()->text().toLatin1()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isVisible(), 5000);
    m_session->interactiveSignIn()->setBrowser(
        [](const QUrl &url) { return QDesktopServices::openUrl(url); });
}

void TestSignInController::deviceCodeDialogShowsCodeCopiesAndCompletes()
{
    m_controller->start();
    QTest::mouseClick(dialog()->deviceCodeButton(), Qt::LeftButton);
    DeviceCodeDialog *codeDialog = m_controller->deviceCodeDialog();
    QVERIFY(codeDialog);
    QVERIFY(codeDialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_idp->lastUserCode().isEmpty() && codeDialog->codeLabel()->isVisible(), 10000);

    // The code and the page of the identity emulator, and a countdown to the code's 15 minutes.
    const QString code = m_idp->lastUserCode();
    QCOMPARE(codeDialog->codeLabel()->text(), code);
    QCOMPARE(codeDialog->userCode(), code);
    const QString page = m_idp->baseUrl().toString() + QStringLiteral("/devicelogin");
    QCOMPARE(codeDialog->verificationUri().toString(), page);
    QVERIFY2(codeDialog->pageLabel()->text().contains(page), qPrintable(codeDialog->pageLabel()->text()));
    QVERIFY2(codeDialog->countdownLabel()->text().contains(QLatin1String("expires in 14:")) ||
                 codeDialog->countdownLabel()->text().contains(QLatin1String("expires in 15:")),
             qPrintable(codeDialog->countdownLabel()->text()));
    QVERIFY(codeDialog->secondsLeft() > 14 * 60);

    // Copy code puts exactly the code on the clipboard; Open page opens the emulator's page, where the
    // "user" pastes it; the console's polling then completes.
    QApplication::clipboard()->clear();
    QTest::mouseClick(codeDialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), code);
    QVERIFY(m_session->state() != AuthSession::State::SignedIn);
    m_browser->deviceCode = QApplication::clipboard()->text();
    QTest::mouseClick(codeDialog->openPageButton(), Qt::LeftButton);
    QCOMPARE(m_browser->opened.last().toString(), page);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn, 10000);
    QCOMPARE(m_idp->deviceCodeState(code), IdentityEmulator::DeviceCodeState::Redeemed);
    QTRY_VERIFY_WITH_TIMEOUT(!codeDialog->isVisible() && !dialog()->isVisible(), 5000);
    QVERIFY(m_controller->accountButton()->text().startsWith(m_idp->user().name));
    QVERIFY(waitForLists());
}

void TestSignInController::deviceCodeCancelOffersTryAgain()
{
    m_controller->start();
    QTest::mouseClick(dialog()->deviceCodeButton(), Qt::LeftButton);
    DeviceCodeDialog *codeDialog = m_controller->deviceCodeDialog();
    QTRY_VERIFY_WITH_TIMEOUT(codeDialog->codeLabel()->isVisible(), 10000);
    const QString first = codeDialog->userCode();
    QTest::mouseClick(codeDialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!codeDialog->isVisible());
    QVERIFY(!m_session->deviceCodeSignIn()->isRunning());
    QVERIFY(dialog()->isVisible());
    QVERIFY2(dialog()->errorBar()->text().contains(QLatin1String("cancelled")),
             qPrintable(dialog()->errorBar()->text()));

    // Try again asks for a new code, which an expired one would need as well.
    QTest::mouseClick(dialog()->tryAgainButton(), Qt::LeftButton);
    QVERIFY(codeDialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(codeDialog->codeLabel()->isVisible() && codeDialog->userCode() != first, 10000);
    QVERIFY(m_idp->expireDeviceCode(codeDialog->userCode()));
    QTRY_VERIFY_WITH_TIMEOUT(codeDialog->errorBar()->isVisible(), 10000);
    QVERIFY2(codeDialog->errorBar()->text().contains(QLatin1String("AADSTS70019")),
             qPrintable(codeDialog->errorBar()->text()));
    QVERIFY(!codeDialog->codeLabel()->isVisible());
    QTest::mouseClick(codeDialog->tryAgainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(codeDialog->codeLabel()->isVisible(), 10000);
    QVERIFY(m_idp->approveDeviceCode(codeDialog->userCode()));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn, 10000);
    QTRY_VERIFY(!codeDialog->isVisible());
}

void TestSignInController::silentSignInAtStart()
{
    m_controller->start();
    QVERIFY(signInWithBrowser());
    QVERIFY(waitForLists());
    const int opened = m_browser->authorizeCount();
    const bool persistent = m_cache->isPersistent();
    if (persistent) {
        // Every write reached the keychain before the "process" ends.
        QTRY_VERIFY_WITH_TIMEOUT(!m_cache->hasPendingWrites(), 10000);
    }

    // The next start: a new process has only the settings and the keychain.
    destroyWindow();
    m_cache = std::make_unique<TokenCache>(m_cache->service());
    m_accounts = std::make_unique<AccountManager>(m_cache.get());
    QVERIFY(m_accounts->currentAccount());
    makeWindow();
    QSignalSpy loaded(m_window.get(), &MainWindow::allLoaded);
    m_controller->start();
    if (persistent) {
        // The remembered account, its tokens from the keychain: no dialog, no browser.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn, 10000);
        QVERIFY(!dialog() || !dialog()->isVisible());
        QCOMPARE(m_browser->authorizeCount(), opened);
    } else {
        // Nothing was kept: the dialog says so and signs the same account in again.
        QTRY_VERIFY_WITH_TIMEOUT(dialog() && dialog()->isVisible(), 10000);
        QVERIFY2(dialog()->reason().contains(m_idp->user().username), qPrintable(dialog()->reason()));
        QVERIFY(m_controller->accountButton()->text().contains(QLatin1String("sign in again")));
        QVERIFY(signInWithBrowser());
        QCOMPARE(QUrlQuery(m_browser->opened.last())
                     .queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
                 m_idp->user().username);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(waitForLists());
    QVERIFY(m_controller->accountButton()->text().startsWith(m_idp->user().name));
}

void TestSignInController::switchBetweenRememberedAccounts()
{
    m_controller->start();
    QVERIFY(signInWithBrowser());
    QVERIFY(waitForLists());
    const IdentityEmulator::User first = m_idp->user();

    IdentityEmulator::User second = first;
    second.objectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    second.username = QStringLiteral("helpdesk@") + m_graph->tenant().domain();
    second.name = QStringLiteral("Helpdesk Operator");
    m_idp->setUser(second);
    QAction *another = menuAction(QStringLiteral("signInAnotherAction"));
    QVERIFY(another);
    another->trigger();
    QVERIFY(dialog()->isVisible());
    QSignalSpy loaded(m_window.get(), &MainWindow::allLoaded);
    QVERIFY(signInWithBrowser());
    QCOMPARE(m_session->account()->username, second.username);
    QVERIFY(m_controller->accountButton()->text().startsWith(second.name));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QCOMPARE(m_accounts->accounts().size(), 2);

    // Back to the first, from its cached tokens; the lists load again for it.
    QCoreApplication::processEvents();
    const QList<QAction *> others = m_controller->switchAccountMenu()->actions();
    QCOMPARE(others.size(), 1);
    QVERIFY(others.first()->text().contains(first.username));
    loaded.clear();
    others.first()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn &&
                                 m_session->account()->username == first.username,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(waitForLists());
    QVERIFY(m_controller->accountButton()->text().startsWith(first.name));
    QCOMPARE(m_browser->authorizeCount(), 2);
}

void TestSignInController::silentStartOutageShowsTheReason()
{
    m_idp->setAccessTokenLifetime(std::chrono::seconds(2)); // expired by the next start: it has to refresh
    m_controller->start();
    QVERIFY(signInWithBrowser());
    QVERIFY(waitForLists());
    if (!m_cache->isPersistent())
        QSKIP("needs a keychain: without one nothing is refreshed at the next start");
    QTRY_VERIFY_WITH_TIMEOUT(!m_cache->hasPendingWrites(), 10000);

    // The next start meets a login host that answers a 502 HTML page.
    destroyWindow();
    QTest::qWait(2500);
    m_cache = std::make_unique<TokenCache>(m_cache->service());
    m_accounts = std::make_unique<AccountManager>(m_cache.get());
    m_idp->setTokenOutage(IdentityEmulator::Outage{});
    makeWindow();
    m_controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->banner()->isVisible() &&
                                 m_controller->bannerNotice()->text().contains(QLatin1String("HTTP 502")),
                             35000);
    QVERIFY2(m_controller->bannerNotice()->text().contains(QLatin1String("could not be renewed")),
             qPrintable(m_controller->bannerNotice()->text()));
    QCOMPARE(m_controller->bannerButton()->text(), QStringLiteral("Sign in…"));
    QVERIFY(m_session->state() != AuthSession::State::SigningIn); // not left waiting

    // The service is back: the button signs in.
    m_idp->setTokenOutage(std::nullopt);
    QTest::mouseClick(m_controller->bannerButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog() && dialog()->isVisible(), 5000);
    QVERIFY(signInWithBrowser());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn, 10000);
}

void TestSignInController::revokedRefreshTokenShowsSignInAgainBanner()
{
    m_controller->start();
    QVERIFY(signInWithBrowser());
    QVERIFY(waitForLists());

    // The access token is refused and the refresh token was revoked: a 401, then invalid_grant.
    m_graph->revokeAccessTokens();
    m_idp->failNextRefresh(
        {QStringLiteral("invalid_grant"),
         QStringLiteral("AADSTS50173: The provided grant has expired due to it being revoked."), 50173});
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->banner()->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 10000);
    QCOMPARE(m_window->lists()->cloudPcLoader()->lastError().kind, GraphError::Kind::Authentication);
    QCOMPARE(m_session->state(), AuthSession::State::InteractionRequired);
    QVERIFY2(m_controller->bannerNotice()->text().contains(QLatin1String("AADSTS50173")),
             qPrintable(m_controller->bannerNotice()->text()));
    QCOMPARE(m_controller->bannerButton()->text(), QStringLiteral("Sign in again"));
    QVERIFY(m_controller->accountButton()->text().contains(QLatin1String("sign in again")));
    QVERIFY(menuAction(QStringLiteral("signInAgainAction")));

    QSignalSpy loaded(m_window.get(), &MainWindow::allLoaded);
    QTest::mouseClick(m_controller->bannerButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == AuthSession::State::SignedIn, 10000);
    // The same account, in its own tenant.
    QVERIFY(m_browser->opened.last().path().startsWith(QLatin1Char('/') + m_idp->user().tenantId));
    QCOMPARE(
        QUrlQuery(m_browser->opened.last()).queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
        m_idp->user().username);
    QVERIFY(!m_controller->banner()->isVisible() || !m_cache->isPersistent());
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(waitForLists());
}

void TestSignInController::claimsChallengeSignsInAgainWithTheClaims()
{
    m_controller->start();
    QVERIFY(signInWithBrowser());
    QVERIFY(waitForLists());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isVisible(), 5000);
    const int before = m_browser->authorizeCount();

    // Conditional Access: every list's request gets a claims challenge; the first attempt's tab is closed.
    const QString claims =
        QStringLiteral("{\"access_token\":{\"acrs\":{\"essential\":true,\"value\":\"c1\"}}}");
    m_graph->setClaimsChallenge(claims);
    m_browser->ignore = true;
    m_session->interactiveSignIn()->setTimeout(std::chrono::milliseconds(500));
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dialog()->isVisible() && dialog()->isWaiting(), 10000);
    QVERIFY2(dialog()->reason().contains(QLatin1String("Conditional Access")),
             qPrintable(dialog()->reason()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog()->errorBar()->isVisible(), 10000);
    // One browser tab for the four requests that met the challenge.
    QCOMPARE(m_browser->authorizeCount(), before + 1);
    const QUrlQuery firstAttempt(m_browser->opened.last());
    QCOMPARE(firstAttempt.queryItemValue(QStringLiteral("claims"), QUrl::FullyDecoded), claims);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 10000);
    QCOMPARE(m_window->lists()->cloudPcLoader()->lastError().kind, GraphError::Kind::Authentication);

    // Try again: the claims go with it, and the lists load with the token that satisfies them.
    m_browser->ignore = false;
    QSignalSpy loaded(m_window.get(), &MainWindow::allLoaded);
    QTest::mouseClick(dialog()->tryAgainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isVisible(), 10000);
    QCOMPARE(m_browser->authorizeCount(), before + 2);
    const QUrlQuery retry(m_browser->opened.last());
    QCOMPARE(retry.queryItemValue(QStringLiteral("claims"), QUrl::FullyDecoded), claims);
    QCOMPARE(retry.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), m_idp->user().username);
    QVERIFY(m_session->pendingClaims().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(waitForLists());
}

void TestSignInController::noTokenInAnyFileWritten()
{
    // Browser and device code sign-ins, a refresh and a sign-out, with every file the console writes in this
    // test's HOME (settings, app data, audit log): account metadata yes, token strings no.
    m_controller->start();
    QVERIFY(signInWithBrowser());
    QVERIFY(waitForLists());
    QSignalSpy refreshed(m_session.get(), &AccessTokenProvider::accessTokenRefreshed);
    m_session->refreshAccessToken();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(refreshed.first().first().toBool());
    QAction *another = menuAction(QStringLiteral("signInAnotherAction"));
    another->trigger();
    QTest::mouseClick(dialog()->deviceCodeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->deviceCodeDialog()->codeLabel()->isVisible(), 10000);
    QVERIFY(m_idp->approveDeviceCode(m_controller->deviceCodeDialog()->userCode()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isVisible(), 10000);
    QVERIFY(waitForLists());
    m_window->close();
    QSettings().sync();

    const QStringList secrets = m_idp->issuedSecrets();
    QVERIFY(secrets.size() >= 8);
    QVERIFY(secrets.contains(m_session->accessToken()));
    const QString home = qEnvironmentVariable("HOME");
    QVERIFY(QSettings().fileName().startsWith(home));
    int scanned = 0;
    bool sawAccount = false;
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scanned;
        sawAccount = sawAccount || content.contains(m_idp->user().username.toUtf8());
        for (const QString &secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("emu-rt-") && !content.contains("emu-at-") &&
                     !content.contains("emu-code-") && !content.contains("emu-dc-"),
                 qPrintable(file.fileName()));
    }
    QVERIFY(scanned >= 1);
    QVERIFY(sawAccount); // the scan did see the settings
}

void TestSignInController::screenshots()
{
    const QString folder = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("CLOUDPC_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(folder));
    m_controller->start();
    QTest::qWait(300);
    dialog()->resize(dialog()->width(), dialog()->layout()->totalHeightForWidth(dialog()->width()));
    QTest::qWait(100);
    QVERIFY(dialog()->grab().save(folder + QStringLiteral("/signin.png")));
    QTest::mouseClick(dialog()->deviceCodeButton(), Qt::LeftButton);
    DeviceCodeDialog *codeDialog = m_controller->deviceCodeDialog();
    QTRY_VERIFY_WITH_TIMEOUT(codeDialog->codeLabel()->isVisible(), 10000);
    codeDialog->resize(codeDialog->width(), codeDialog->layout()->totalHeightForWidth(codeDialog->width()));
    QTest::qWait(100);
    QVERIFY(codeDialog->grab().save(folder + QStringLiteral("/devicecode.png")));
}

int main(int argc, char *argv[])
{
    // A throwaway home for settings and everything else the console writes, scanned by
    // noTokenInAnyFileWritten.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CloudPcConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signincontroller"));
    TestSignInController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signincontroller.moc"
