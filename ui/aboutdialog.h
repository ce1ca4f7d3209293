#pragma once

#include <QDialog>
#include <QUrl>

class GraphClient;
class QLabel;
class QMainWindow;
class QMenu;
class QPushButton;

// Help > About Cloud PC Console: name, icon, version, the Qt it was built with and runs on, the Graph
// endpoint in use, and the licences of the console and of what it links.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // graphEndpoint: the Graph base URL the console talks to; not shown when empty.
    explicit AboutDialog(const QUrl &graphEndpoint = QUrl(), QWidget *parent = nullptr);

    // "Version 0.1.0" (translated), as shown.
    QString versionText() const;
    QString qtVersionText() const;
    QString endpointText() const;
    QPushButton *aboutQtButton() const { return m_aboutQt; }

    // Adds a Help menu (object name "helpMenu") at the end of the window's menu bar with About Cloud PC
    // Console and About Qt; the dialog shows the client's Graph base URL at the time it opens.
    static QMenu *addHelpMenu(QMainWindow *window, const GraphClient *client);
    // The Help menu's texts in the current language (the window calls it on a language change).
    static void retranslateHelpMenu(QMenu *menu);

private:
    QLabel *m_version;
    QLabel *m_qtVersion;
    QLabel *m_endpoint;
    QPushButton *m_aboutQt;
};
