#pragma once

#include "grapherror.h"
#include "graphrequest.h"

#include <QJsonArray>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <functional>

class GraphClient;
class GraphListJob;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeWidget;

// A section of the Cloud PC detail pane that reads a short list about ONE Cloud PC from Graph on demand
// (its connection history, its remote action results): a header that opens and closes it, then progress,
// the rows (newest first; failures in the failed status colour), an empty state, or the error with its
// request-id and "Try again". Nothing is read while the section is closed. While the admin moves through
// the list, the load waits until the selection has rested (kSettleMs) and a load under way for another
// Cloud PC is cancelled, so that arrowing through rows sends no request per row.
class CloudPcHistorySection : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QStringList cells;
        QString toolTip;
        bool failed = false;
    };
    // The section's words in one language.
    struct Texts
    {
        QString title;       // "Connection history"
        QStringList headers; // the columns
        QString emptyText;   // "No connection events in the last days"
        QString failedText;  // "The connection history could not be read: %1"
    };
    struct Spec
    {
        // The words in the current language: asked again on every language change.
        std::function<Texts()> texts;
        int statusColumn = 1; // the result or state: bold when the row failed
        std::function<GraphRequest(const QString &cloudPcId)> request;
        // The items received (every page), as rows newest first.
        std::function<QList<Row>(const QJsonArray &items)> rows;
    };
    enum class State { Closed, Waiting, Loading, Loaded, Empty, Failed };
    static constexpr int kSettleMs = 350;

    CloudPcHistorySection(GraphClient *client, Spec spec, QWidget *parent = nullptr);
    ~CloudPcHistorySection() override;

    // The Cloud PC shown (empty: none). The same id again changes nothing (the rows' data may refresh
    // often); another one drops the rows and, while open, loads after the selection rests.
    void setCloudPcId(const QString &id);
    QString cloudPcId() const { return m_cloudPcId; }
    bool isOpen() const;
    void setOpen(bool open);
    // Reads the list again now (Try again, Reload).
    void reload();

    State state() const { return m_state; }
    QToolButton *headerButton() const { return m_header; }
    QToolButton *reloadButton() const { return m_reload; }
    QTreeWidget *list() const { return m_list; }
    QLabel *stateLabel() const { return m_stateLabel; }
    QPushButton *tryAgainButton() const { return m_tryAgain; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void stateChanged(CloudPcHistorySection::State state);
    void openChanged(bool open);

protected:
    // QEvent::LanguageChange: retranslateUi().
    void changeEvent(QEvent *event) override;

private:
    // Every text in the current language: the title, headers and state line, and the rows shown (made
    // again from the items read, whose words are translated too).
    void retranslateUi();
    void showRows();
    void showFailure();
    void cancelLoad();
    void load();
    void onFinished();
    void onFailed(const GraphError &error);
    void setState(State state);

    QPointer<GraphClient> m_client;
    Spec m_spec;
    QString m_cloudPcId;
    QString m_loadedId; // the Cloud PC whose rows are shown (or being read)
    QPointer<GraphListJob> m_job;
    QJsonArray m_items; // the items read for m_loadedId (kept to show them again in another language)
    Texts m_texts;
    GraphError m_error; // the last failure, shown while State::Failed
    QTimer m_settle;
    State m_state = State::Closed;
    QToolButton *m_header;
    QToolButton *m_reload;
    QWidget *m_body;
    QProgressBar *m_progress;
    QLabel *m_stateLabel;
    QPushButton *m_tryAgain;
    QTreeWidget *m_list;
};
