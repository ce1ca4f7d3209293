#pragma once

#include <QDialog>
#include <QUrl>

class IdentityError;
class NoticeBar;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

// Signing in to Microsoft Entra: tenant and client id (remembered by the controller), "Sign in with browser"
// (authorization code + PKCE in the system browser) or "Sign in with a code" (device code), what the
// console is waiting for, and errors as the identity platform gave them (AADSTS code and description, trace
// and correlation ids) with Try again. Only widgets: SignInController starts and ends the attempts.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Method { Browser, DeviceCode };

    explicit SignInDialog(QWidget *parent = nullptr);

    QString tenant() const;
    void setTenant(const QString &tenant);
    QString clientId() const;
    void setClientId(const QString &clientId);
    // Why a sign-in is needed now (an expired session, Conditional Access); empty: none.
    void setReason(const QString &reason);
    QString reason() const;
    // Shown while the OS keychain cannot be used (tokens will not be remembered); empty hides it.
    void setKeychainNotice(const QString &notice);

    // Both sign-in buttons offered, nothing running.
    void showReady();
    // The browser was asked to open `authorizeUrl`; the address can be copied when no browser appeared.
    void showWaitingForBrowser(const QUrl &authorizeUrl);
    // No browser could be opened: the address, to copy into a browser on this computer (the sign-in waits).
    void showBrowserNotOpened(const QUrl &authorizeUrl);
    // The device code dialog is open above this one.
    void showWaitingForDeviceCode();
    // Something else is under way (a silent sign-in), in words.
    void showWaiting(const QString &text);
    // The last attempt failed: what the identity platform said, with Try again.
    void showError(const IdentityError &error);
    bool isWaiting() const { return m_waiting; }

    QLineEdit *tenantEdit() const { return m_tenant; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QPushButton *browserButton() const { return m_browserButton; }
    QPushButton *deviceCodeButton() const { return m_codeButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *tryAgainButton() const { return m_tryAgainButton; }
    QPushButton *copyDetailsButton() const { return m_copyDetailsButton; }
    NoticeBar *reasonBar() const { return m_reasonBar; }
    NoticeBar *keychainBar() const { return m_keychainBar; }
    NoticeBar *errorBar() const { return m_errorBar; }
    QLabel *errorDetailsLabel() const { return m_errorDetails; }
    QLabel *waitingLabel() const { return m_waitingLabel; }
    // The sign-in address, on one line ending in "…" when cut (the tooltip holds all of it).
    QLabel *addressLabel() const { return m_addressLabel; }
    QPushButton *copyAddressButton() const { return m_copyAddressButton; }

Q_SIGNALS:
    void signInRequested(SignInDialog::Method method);
    void tryAgainRequested();
    // The running attempt should stop (the dialog stays open).
    void cancelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // QEvent::LanguageChange: retranslateUi().
    void changeEvent(QEvent *event) override;

private:
    // The texts that do not depend on the attempt's state.
    void retranslateUi();
    void setWaiting(bool waiting);
    // Tall enough for what it shows now (the waiting panel with its address and its wrapped text added to
    // the fields): the fields and texts never squash or overlap.
    void fitContents();
    void setAddress(const QUrl &authorizeUrl);
    void updateAddressLabel();

    QLineEdit *m_tenant;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_tenantHint = nullptr;
    QLabel *m_clientHint = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_clientLabel = nullptr;
    QLineEdit *m_clientId;
    NoticeBar *m_reasonBar;
    NoticeBar *m_keychainBar;
    NoticeBar *m_errorBar;
    QLabel *m_errorDetails;
    QPushButton *m_tryAgainButton;
    QPushButton *m_copyDetailsButton;
    QPushButton *m_browserButton;
    QPushButton *m_codeButton;
    QWidget *m_waitingPanel;
    QLabel *m_waitingLabel;
    QProgressBar *m_busy;
    QLabel *m_addressLabel;
    QPushButton *m_copyAddressButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    QUrl m_authorizeUrl;
    QString m_errorText;
    bool m_waiting = false;
};
