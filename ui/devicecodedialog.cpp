#include "devicecodedialog.h"

#include "icons.h"
#include "identityerror.h"
#include "noticebar.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

DeviceCodeDialog::DeviceCodeDialog(QWidget *parent)
    : QDialog(parent)
    , m_instructions(new QLabel(this))
    , m_pageLabel(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_copyButton(new QPushButton(tr("&Copy code"), this))
    , m_openButton(new QPushButton(tr("&Open page"), this))
    , m_busy(new QProgressBar(this))
    , m_countdown(new QLabel(this))
    , m_errorBar(new NoticeBar(NoticeBar::Kind::Error, this))
    , m_tryAgainButton(new QPushButton(tr("&Try again"), this))
    , m_cancelButton(nullptr)
{
    setObjectName(QStringLiteral("deviceCodeDialog"));
    setWindowTitle(tr("Sign in with a code – Cloud PC Console"));
    setWindowIcon(Icons::named(QStringLiteral("cloudpc-console")));
    setMinimumWidth(520);

    auto *title = new QLabel(tr("Sign in with a code"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(QFontInfo(titleFont).pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_instructions->setWordWrap(true);
    m_instructions->setText(
        tr("On this or any other device with a web browser, open the page below and enter "
           "the code. Sign in there with your work or school account; this window closes "
           "by itself when you are done."));

    auto *pageCaption = new QLabel(tr("Page:"), this);
    m_pageLabel->setObjectName(QStringLiteral("verificationUriLabel"));
    m_pageLabel->setTextFormat(Qt::RichText);
    m_pageLabel->setOpenExternalLinks(true);
    m_pageLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *codeCaption = new QLabel(tr("Code:"), this);
    m_codeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // QFontInfo: the application font may be set in pixels, where pointSizeF() is -1.
    codeFont.setPointSizeF(QFontInfo(m_codeLabel->font()).pointSizeF() * 2.0);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 115);
    m_codeLabel->setFont(codeFont);
    m_codeLabel->setAccessibleName(tr("Code to enter"));
    m_copyButton->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyButton->setAutoDefault(false);
    m_openButton->setObjectName(QStringLiteral("openPageButton"));
    m_openButton->setDefault(true);
    m_openButton->setToolTip(tr("Open the page in your web browser"));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(pageCaption, 0, 0);
    grid->addWidget(m_pageLabel, 0, 1);
    grid->addWidget(m_openButton, 0, 2);
    grid->addWidget(codeCaption, 1, 0);
    grid->addWidget(m_codeLabel, 1, 1);
    grid->addWidget(m_copyButton, 1, 2);
    m_codeWidgets = {pageCaption, m_pageLabel, m_openButton, codeCaption, m_codeLabel, m_copyButton};

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_countdown->setObjectName(QStringLiteral("deviceCodeCountdown"));
    m_countdown->setWordWrap(true);

    m_errorBar->setObjectName(QStringLiteral("deviceCodeError"));
    m_tryAgainButton->setObjectName(QStringLiteral("deviceCodeTryAgainButton"));
    m_tryAgainButton->setAutoDefault(false);
    m_errorBar->addWidget(m_tryAgainButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("deviceCodeCancelButton"));
    m_cancelButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_instructions);
    layout->addLayout(grid);
    layout->addWidget(m_busy);
    layout->addWidget(m_countdown);
    layout->addWidget(m_errorBar);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &DeviceCodeDialog::updateCountdown);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_code.userCode);
        m_copyButton->setText(tr("Copied"));
        QTimer::singleShot(2000, m_copyButton, [this] { m_copyButton->setText(tr("&Copy code")); });
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(m_code.verificationUri))
            m_countdown->setText(tr("No web browser could be opened: open %1 on any device.")
                                     .arg(m_code.verificationUri.toString()));
    });
    connect(m_tryAgainButton, &QPushButton::clicked, this, &DeviceCodeDialog::tryAgainRequested);
    connect(this, &QDialog::finished, &m_ticker, &QTimer::stop);
    showRequesting();
}

void DeviceCodeDialog::showRequesting()
{
    m_code = {};
    m_ticker.stop();
    setCodeVisible(false);
    m_errorBar->setText(QString());
    m_busy->show();
    m_countdown->setText(tr("Asking Microsoft Entra for a code…"));
}

void DeviceCodeDialog::showCode(const DeviceCodeSignIn::Code &code)
{
    m_code = code;
    const QString page = code.verificationUri.toString();
    m_pageLabel->setText(
        QStringLiteral("<a href=\"%1\">%2</a>").arg(page.toHtmlEscaped(), page.toHtmlEscaped()));
    m_codeLabel->setText(code.userCode);
    m_copyButton->setText(tr("&Copy code"));
    m_errorBar->setText(QString());
    setCodeVisible(true);
    m_busy->show();
    updateCountdown();
    m_ticker.start();
    m_openButton->setFocus();
    fitContents();
}

void DeviceCodeDialog::showError(const IdentityError &error)
{
    m_ticker.stop();
    m_busy->hide();
    m_countdown->clear();
    const bool mild =
        error.kind == IdentityError::Kind::Cancelled || error.kind == IdentityError::Kind::Timeout;
    m_errorBar->setKind(mild ? NoticeBar::Kind::Warning : NoticeBar::Kind::Error);
    m_errorBar->setText(mild ? error.summary() : tr("Sign-in failed: %1").arg(error.details()));
    // The old code is of no use any more.
    setCodeVisible(false);
    m_tryAgainButton->setFocus();
    fitContents();
}

void DeviceCodeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitContents();
}

void DeviceCodeDialog::fitContents()
{
    QLayout *box = layout();
    box->activate();
    // Wide enough for the code at this font (a large font or a longer language), then tall enough.
    const int width = std::max({this->width(), minimumWidth(), box->totalSizeHint().width()});
    const int needed =
        box->hasHeightForWidth() ? box->totalHeightForWidth(width) : box->totalSizeHint().height();
    if (height() < needed || this->width() < width)
        resize(width, qMax(height(), needed));
}

qint64 DeviceCodeDialog::secondsLeft() const
{
    if (!m_code.expiresUtc.isValid())
        return 0;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_code.expiresUtc));
}

void DeviceCodeDialog::updateCountdown()
{
    const qint64 left = secondsLeft();
    if (left <= 0) {
        m_ticker.stop();
        m_countdown->setText(tr("The code has expired."));
        return;
    }
    m_countdown->setText(tr("Waiting for you to sign in. The code expires in %1:%2.")
                             .arg(left / 60)
                             .arg(left % 60, 2, 10, QLatin1Char('0')));
}

void DeviceCodeDialog::setCodeVisible(bool visible)
{
    for (QWidget *widget : std::as_const(m_codeWidgets))
        widget->setVisible(visible);
}
