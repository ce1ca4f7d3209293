#include "signindialog.h"

#include "authconfig.h"
#include "icons.h"
#include "identityerror.h"
#include "noticebar.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// The lines of an error beyond its summary: trace and correlation ids, time, HTTP status.
QString detailLines(const IdentityError &error)
{
    QStringList lines = error.details().split(QLatin1Char('\n'));
    if (!lines.isEmpty())
        lines.removeFirst(); // the summary, shown above
    if (error.kind == IdentityError::Kind::Server) {
        // An error redirect carries its trace and correlation ids inside the description only.
        const QStringList described = error.description.split(QLatin1Char('\n'));
        for (int i = 1; i < described.size(); ++i) {
            const QString line = described[i].trimmed();
            if (!line.isEmpty() && !lines.contains(line))
                lines.append(line);
        }
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in – Cloud PC Console"));
    m_title->setText(tr("Sign in to Microsoft Entra ID"));
    m_intro->setText(tr("Use a work or school account that manages Windows 365, such as a Windows 365 "
                        "Administrator or an Intune Administrator. The sign-in page opens in your web "
                        "browser, so passkeys and multifactor authentication work as usual."));
    m_tenantHint->setText(tr("“organizations” for any work or school account, a domain such as "
                             "contoso.onmicrosoft.com, or a tenant ID."));
    m_clientHint->setText(tr("The application that signs in. Empty: Microsoft Graph Command Line Tools."));
    m_tenantLabel->setText(tr("&Tenant:"));
    m_clientLabel->setText(tr("Client &ID:"));
    m_tryAgainButton->setText(tr("&Try again"));
    m_copyDetailsButton->setText(tr("Copy &details"));
    m_copyDetailsButton->setToolTip(
        tr("Copy the error with its trace and correlation IDs, for a support case"));
    m_browserButton->setText(tr("Sign in with &browser"));
    m_browserButton->setToolTip(tr("Opens the Microsoft sign-in page in your web browser"));
    m_codeButton->setText(tr("Sign in with a &code"));
    m_codeButton->setToolTip(tr("Shows a code to enter on a sign-in page, on this or another device"));
    m_copyAddressButton->setText(tr("Copy &address"));
    m_copyAddressButton->setToolTip(tr("Copy the sign-in address, to open it in a browser yourself"));
    m_cancelButton->setText(tr("Cancel sign-in"));
    m_addressLabel->setAccessibleName(tr("Sign-in address"));
}

void SignInDialog::changeEvent(QEvent *event)
{
    // The dialog is not modal: the language may change while it is open. What it says of the attempt
    // under way (waiting, an error) is said in the new language at the attempt's next step.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_tenant(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_reasonBar(new NoticeBar(NoticeBar::Kind::Warning, this))
    , m_keychainBar(new NoticeBar(NoticeBar::Kind::Warning, this))
    , m_errorBar(new NoticeBar(NoticeBar::Kind::Error, this))
    , m_errorDetails(new QLabel(this))
    , m_tryAgainButton(new QPushButton(this))
    , m_copyDetailsButton(new QPushButton(this))
    , m_browserButton(new QPushButton(this))
    , m_codeButton(new QPushButton(this))
    , m_waitingPanel(new QWidget(this))
    , m_waitingLabel(new QLabel(m_waitingPanel))
    , m_busy(new QProgressBar(m_waitingPanel))
    , m_addressLabel(new QLabel(m_waitingPanel))
    , m_copyAddressButton(new QPushButton(m_waitingPanel))
    , m_cancelButton(new QPushButton(m_waitingPanel))
    , m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowIcon(Icons::named(QStringLiteral("cloudpc-console")));
    setMinimumWidth(560);

    auto *title = new QLabel(this);
    m_title = title;
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    QLabel *intro = m_intro;

    m_reasonBar->setObjectName(QStringLiteral("signInReason"));
    m_keychainBar->setObjectName(QStringLiteral("keychainNotice"));
    m_errorBar->setObjectName(QStringLiteral("signInError"));

    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenant->setPlaceholderText(AuthConfig::defaultTenant());
    m_tenant->setClearButtonEnabled(true);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(AuthConfig::defaultClientId());
    m_clientId->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *tenantColumn = new QVBoxLayout;
    tenantColumn->setSpacing(2);
    tenantColumn->addWidget(m_tenant);
    m_tenantHint = hintLabel(QString(), this);
    tenantColumn->addWidget(m_tenantHint);
    auto *clientColumn = new QVBoxLayout;
    clientColumn->setSpacing(2);
    clientColumn->addWidget(m_clientId);
    m_clientHint = hintLabel(QString(), this);
    clientColumn->addWidget(m_clientHint);
    auto *tenantLabel = new QLabel(this);
    m_tenantLabel = tenantLabel;
    tenantLabel->setBuddy(m_tenant);
    auto *clientLabel = new QLabel(this);
    m_clientLabel = clientLabel;
    clientLabel->setBuddy(m_clientId);
    form->addRow(tenantLabel, tenantColumn);
    form->addRow(clientLabel, clientColumn);

    m_browserButton->setObjectName(QStringLiteral("signInBrowserButton"));
    m_browserButton->setDefault(true);
    m_browserButton->setAutoDefault(true);
    m_codeButton->setObjectName(QStringLiteral("signInCodeButton"));
    m_codeButton->setAutoDefault(false);
    auto *methods = new QHBoxLayout;
    methods->addWidget(m_browserButton);
    methods->addWidget(m_codeButton);
    methods->addStretch(1);

    m_waitingPanel->setObjectName(QStringLiteral("signInWaiting"));
    m_waitingLabel->setWordWrap(true);
    m_waitingLabel->setObjectName(QStringLiteral("signInWaitingLabel"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_copyAddressButton->setObjectName(QStringLiteral("copyAddressButton"));
    m_copyAddressButton->setAutoDefault(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelButton->setAutoDefault(false);
    auto *waitingLayout = new QVBoxLayout(m_waitingPanel);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addWidget(m_busy);
    auto *waitingRow = new QHBoxLayout;
    waitingRow->addWidget(m_waitingLabel, 1);
    waitingRow->addWidget(m_cancelButton, 0, Qt::AlignTop);
    waitingLayout->addLayout(waitingRow);
    m_addressLabel->setObjectName(QStringLiteral("signInAddressLabel"));
    m_addressLabel->setTextFormat(Qt::PlainText);
    m_addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_addressLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_addressLabel->installEventFilter(this);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_addressLabel, 1);
    addressRow->addWidget(m_copyAddressButton);
    waitingLayout->addLayout(addressRow);
    m_waitingPanel->hide();

    m_tryAgainButton->setObjectName(QStringLiteral("tryAgainButton"));
    m_tryAgainButton->setAutoDefault(false);
    m_copyDetailsButton->setObjectName(QStringLiteral("copyErrorDetailsButton"));
    m_copyDetailsButton->setAutoDefault(false);
    m_errorBar->addWidget(m_copyDetailsButton);
    m_errorBar->addWidget(m_tryAgainButton);
    m_errorDetails->setObjectName(QStringLiteral("signInErrorDetails"));
    m_errorDetails->setWordWrap(true);
    m_errorDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorDetails->setForegroundRole(QPalette::PlaceholderText);
    m_errorDetails->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_reasonBar);
    layout->addWidget(m_keychainBar);
    layout->addLayout(form);
    layout->addLayout(methods);
    layout->addWidget(m_waitingPanel);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_errorDetails);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browserButton, &QPushButton::clicked, this,
            [this] { Q_EMIT signInRequested(Method::Browser); });
    connect(m_codeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT signInRequested(Method::DeviceCode); });
    connect(m_tryAgainButton, &QPushButton::clicked, this, &SignInDialog::tryAgainRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInDialog::cancelRequested);
    connect(m_copyAddressButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_authorizeUrl.toString(QUrl::FullyEncoded));
        m_copyAddressButton->setText(tr("Copied"));
    });
    connect(m_copyDetailsButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_errorText); });
}

QString SignInDialog::tenant() const
{
    const QString text = m_tenant->text().trimmed();
    return text.isEmpty() ? AuthConfig::defaultTenant() : text;
}

void SignInDialog::setTenant(const QString &tenant)
{
    m_tenant->setText(tenant == AuthConfig::defaultTenant() ? QString() : tenant);
}

QString SignInDialog::clientId() const
{
    const QString text = m_clientId->text().trimmed();
    return text.isEmpty() ? AuthConfig::defaultClientId() : text;
}

void SignInDialog::setClientId(const QString &clientId)
{
    m_clientId->setText(clientId == AuthConfig::defaultClientId() ? QString() : clientId);
}

void SignInDialog::setReason(const QString &reason)
{
    m_reasonBar->setText(reason);
}

QString SignInDialog::reason() const
{
    return m_reasonBar->text();
}

void SignInDialog::setKeychainNotice(const QString &notice)
{
    m_keychainBar->setText(notice);
    fitContents();
}

void SignInDialog::showReady()
{
    setWaiting(false);
    m_errorBar->setText(QString());
    m_errorDetails->hide();
    m_browserButton->setFocus();
}

void SignInDialog::showWaitingForBrowser(const QUrl &authorizeUrl)
{
    setAddress(authorizeUrl);
    m_errorBar->setText(QString());
    m_errorDetails->hide();
    m_waitingLabel->setText(tr("Finish signing in in your web browser; the console continues by itself. "
                               "If no browser appeared, copy the address below and open it in a browser on "
                               "this computer."));
    setWaiting(true);
}

void SignInDialog::showBrowserNotOpened(const QUrl &authorizeUrl)
{
    setAddress(authorizeUrl);
    m_errorBar->setText(QString());
    m_errorDetails->hide();
    m_waitingLabel->setText(tr("No web browser could be opened. Copy the sign-in address and open it in a "
                               "browser on this computer; the console continues by itself. Or cancel and "
                               "sign in with a code."));
    setWaiting(true);
    m_copyAddressButton->setFocus();
}

void SignInDialog::setAddress(const QUrl &authorizeUrl)
{
    m_authorizeUrl = authorizeUrl;
    m_copyAddressButton->setText(tr("Copy &address"));
    m_copyAddressButton->setVisible(authorizeUrl.isValid());
    m_addressLabel->setVisible(authorizeUrl.isValid());
    updateAddressLabel();
}

void SignInDialog::updateAddressLabel()
{
    const QString address = m_authorizeUrl.toString(QUrl::FullyEncoded);
    const QString shown =
        m_addressLabel->fontMetrics().elidedText(address, Qt::ElideMiddle, qMax(0, m_addressLabel->width()));
    m_addressLabel->setText(shown);
    m_addressLabel->setToolTip(shown == address ? QString() : address);
}

bool SignInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_addressLabel && event->type() == QEvent::Resize)
        updateAddressLabel();
    return QDialog::eventFilter(watched, event);
}

void SignInDialog::showWaitingForDeviceCode()
{
    showWaiting(tr("Waiting for the sign-in with a code…"));
}

void SignInDialog::showWaiting(const QString &text)
{
    setAddress(QUrl());
    m_errorBar->setText(QString());
    m_errorDetails->hide();
    m_waitingLabel->setText(text);
    setWaiting(true);
}

void SignInDialog::showError(const IdentityError &error)
{
    setWaiting(false);
    const bool mild =
        error.kind == IdentityError::Kind::Cancelled || error.kind == IdentityError::Kind::Timeout;
    m_errorBar->setKind(mild ? NoticeBar::Kind::Warning : NoticeBar::Kind::Error);
    const QString headline = mild ? error.summary() : tr("Sign-in failed: %1").arg(error.summary());
    m_errorBar->setText(headline);
    const QString details = detailLines(error);
    m_errorDetails->setText(details);
    m_errorDetails->setVisible(!details.isEmpty());
    m_copyDetailsButton->setVisible(!details.isEmpty());
    m_errorText = details.isEmpty() ? headline : headline + QLatin1Char('\n') + details;
    fitContents();
    m_tryAgainButton->setFocus();
}

void SignInDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_waitingPanel->setVisible(waiting);
    m_browserButton->setEnabled(!waiting);
    m_codeButton->setEnabled(!waiting);
    m_tenant->setEnabled(!waiting);
    m_clientId->setEnabled(!waiting);
    fitContents();
}

void SignInDialog::fitContents()
{
    QLayout *box = layout();
    if (!box)
        return;
    box->invalidate();
    box->activate();
    const int needed =
        box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}
