#pragma once

#include "devicecodesignin.h"

#include <QDialog>
#include <QTimer>

class IdentityError;
class NoticeBar;
class QLabel;
class QProgressBar;
class QPushButton;

// Sign-in with a code (device code flow): the code and the page to enter it on, with Copy code and Open
// page, a countdown to the code's expiry, and errors with Try again (a new code). Cancel (or closing)
// rejects the dialog; SignInController then stops the polling, which DeviceCodeSignIn does.
class DeviceCodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeviceCodeDialog(QWidget *parent = nullptr);

    // Asking the service for a code.
    void showRequesting();
    void showCode(const DeviceCodeSignIn::Code &code);
    void showError(const IdentityError &error);

    QString userCode() const { return m_code.userCode; }
    QUrl verificationUri() const { return m_code.verificationUri; }
    // Seconds until the code expires (0 once it has).
    qint64 secondsLeft() const;

    QLabel *codeLabel() const { return m_codeLabel; }
    QLabel *pageLabel() const { return m_pageLabel; }
    QLabel *countdownLabel() const { return m_countdown; }
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *openPageButton() const { return m_openButton; }
    QPushButton *tryAgainButton() const { return m_tryAgainButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    NoticeBar *errorBar() const { return m_errorBar; }

Q_SIGNALS:
    void tryAgainRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Grows the dialog (never shrinks it) to the height its contents need at its width: the code appears
    // after the dialog opened, and wrapped text in a larger font or another language needs more lines.
    void fitContents();
    void updateCountdown();
    void setCodeVisible(bool visible);

    DeviceCodeSignIn::Code m_code;
    QTimer m_ticker;
    QLabel *m_instructions;
    QLabel *m_pageLabel;
    QLabel *m_codeLabel;
    QPushButton *m_copyButton;
    QPushButton *m_openButton;
    QProgressBar *m_busy;
    QLabel *m_countdown;
    NoticeBar *m_errorBar;
    QPushButton *m_tryAgainButton;
    QPushButton *m_cancelButton;
    QList<QWidget *> m_codeWidgets;
};
