#include "cloudpchistorysection.h"

#include "graphclient.h"
#include "grapherror.h"
#include "graphlistjob.h"
#include "icons.h"
#include "statusstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CloudPcHistorySection::CloudPcHistorySection(GraphClient *client, Spec spec, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_header(new QToolButton(this))
    , m_reload(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_progress(new QProgressBar(m_body))
    , m_stateLabel(new QLabel(m_body))
    , m_tryAgain(new QPushButton(m_body))
    , m_list(new QTreeWidget(m_body))
{
    m_header->setCheckable(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setArrowType(Qt::RightArrow);
    m_header->setFocusPolicy(Qt::StrongFocus);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    m_reload->setIcon(Icons::named(QStringLiteral("refresh")));
    m_reload->setAutoRaise(true);
    m_reload->hide();

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() / 2 + 2);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 6);
    retranslateUi();

    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 0, 0);
    headerRow->addWidget(m_header);
    headerRow->addStretch(1);
    headerRow->addWidget(m_reload);

    auto *stateRow = new QHBoxLayout;
    stateRow->setContentsMargins(0, 0, 0, 0);
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(m_tryAgain, 0, Qt::AlignTop);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(4, 0, 0, 0);
    bodyLayout->addWidget(m_progress);
    bodyLayout->addLayout(stateRow);
    bodyLayout->addWidget(m_list, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(headerRow);
    layout->addWidget(m_body, 1);
    m_body->hide();
    m_progress->hide();
    m_tryAgain->hide();
    m_list->hide();
    m_stateLabel->hide();

    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &CloudPcHistorySection::load);
    connect(m_header, &QToolButton::toggled, this, [this](bool open) {
        m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_header->setAccessibleName((open ? tr("Hide %1") : tr("Show %1")).arg(m_texts.title));
        m_body->setVisible(open);
        m_reload->setVisible(open);
        if (open) {
            // Opened: read now (the admin asked); the rows of this Cloud PC, once read, stay.
            if (m_loadedId != m_cloudPcId || m_state == State::Closed || m_state == State::Failed)
                load();
        } else {
            m_settle.stop();
            cancelLoad();
            if (m_state == State::Loading || m_state == State::Waiting)
                m_loadedId.clear();
        }
        Q_EMIT openChanged(open);
    });
    connect(m_reload, &QToolButton::clicked, this, &CloudPcHistorySection::reload);
    connect(m_tryAgain, &QPushButton::clicked, this, &CloudPcHistorySection::reload);
}

CloudPcHistorySection::~CloudPcHistorySection()
{
    cancelLoad();
}

void CloudPcHistorySection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CloudPcHistorySection::retranslateUi()
{
    m_texts = m_spec.texts ? m_spec.texts() : Texts();
    setAccessibleName(m_texts.title);
    m_header->setText(m_texts.title);
    m_header->setToolTip(tr("Show or hide this section; it is read from Graph when shown"));
    m_header->setAccessibleName((isOpen() ? tr("Hide %1") : tr("Show %1")).arg(m_texts.title));
    m_reload->setToolTip(tr("Read it again"));
    m_reload->setAccessibleName(tr("Reload %1").arg(m_texts.title));
    m_progress->setAccessibleName(tr("Loading %1").arg(m_texts.title));
    m_tryAgain->setText(tr("Try again"));
    m_tryAgain->setAccessibleName(tr("Try reading %1 again").arg(m_texts.title));
    m_list->setColumnCount(int(m_texts.headers.size()));
    m_list->setHeaderLabels(m_texts.headers);
    m_list->setAccessibleName(m_texts.title);
    switch (m_state) {
    case State::Loaded:
        showRows();
        break;
    case State::Empty:
        m_stateLabel->setText(m_texts.emptyText);
        break;
    case State::Failed:
        showFailure();
        break;
    default:
        break;
    }
}

bool CloudPcHistorySection::isOpen() const
{
    return m_header->isChecked();
}

void CloudPcHistorySection::setOpen(bool open)
{
    m_header->setChecked(open);
}

void CloudPcHistorySection::setCloudPcId(const QString &id)
{
    if (id == m_cloudPcId)
        return;
    m_cloudPcId = id;
    cancelLoad();
    m_list->clear();
    m_items = {};
    m_loadedId.clear();
    if (!isOpen()) {
        setState(State::Closed);
        return;
    }
    if (id.isEmpty()) {
        m_settle.stop();
        setState(State::Closed);
        return;
    }
    // Wait until the selection rests: arrowing through the list reads only where the admin stops.
    setState(State::Waiting);
    m_settle.start();
}

void CloudPcHistorySection::reload()
{
    if (!isOpen())
        return;
    m_loadedId.clear();
    load();
}

void CloudPcHistorySection::cancelLoad()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
}

void CloudPcHistorySection::load()
{
    m_settle.stop();
    cancelLoad();
    m_list->clear();
    m_items = {};
    m_loadedId = m_cloudPcId;
    if (m_cloudPcId.isEmpty() || !m_client || !isOpen()) {
        setState(State::Closed);
        return;
    }
    setState(State::Loading);
    m_job = m_client->list(m_spec.request(m_cloudPcId));
    connect(m_job, &GraphListJob::pageReceived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            m_items.append(item);
    });
    connect(m_job, &GraphListJob::finished, this, &CloudPcHistorySection::onFinished);
    connect(m_job, &GraphListJob::failed, this, &CloudPcHistorySection::onFailed);
}

void CloudPcHistorySection::onFinished()
{
    m_job = nullptr;
    showRows();
    setState(m_list->topLevelItemCount() == 0 ? State::Empty : State::Loaded);
}

void CloudPcHistorySection::showRows()
{
    const QList<Row> rows = m_spec.rows(m_items);
    const QColor failedColor = StatusStyle::color(StatusStyle::Kind::Failed);
    const QIcon failedIcon = Icons::named(QStringLiteral("status-failed"));
    QList<QTreeWidgetItem *> items;
    items.reserve(rows.size());
    for (const Row &row : rows) {
        auto *item = new QTreeWidgetItem(row.cells);
        for (int column = 0; column < row.cells.size(); ++column)
            item->setToolTip(column, row.toolTip);
        if (row.failed) {
            item->setIcon(0, failedIcon);
            QFont font = item->font(0);
            font.setBold(true);
            for (int column = 0; column < row.cells.size(); ++column) {
                if (failedColor.isValid())
                    item->setForeground(column, failedColor);
            }
            item->setFont(m_spec.statusColumn, font);
        }
        items << item;
    }
    m_list->clear();
    m_list->addTopLevelItems(items);
    for (int column = 0; column + 1 < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
}

void CloudPcHistorySection::onFailed(const GraphError &error)
{
    m_job = nullptr;
    if (error.kind == GraphError::Kind::Cancelled)
        return;
    m_error = error;
    showFailure();
    setState(State::Failed);
}

void CloudPcHistorySection::showFailure()
{
    QString text = m_texts.failedText.arg(m_error.message.isEmpty() ? m_error.summary() : m_error.message);
    if (!m_error.requestId.isEmpty())
        text += QLatin1Char('\n') + tr("Request-id: %1").arg(m_error.requestId);
    m_stateLabel->setText(text);
}

void CloudPcHistorySection::setState(State state)
{
    m_state = state;
    m_progress->setVisible(state == State::Loading || state == State::Waiting);
    m_list->setVisible(state == State::Loaded);
    m_tryAgain->setVisible(state == State::Failed);
    m_stateLabel->setVisible(state == State::Empty || state == State::Failed);
    if (state == State::Empty)
        m_stateLabel->setText(m_texts.emptyText);
    QPalette palette = m_stateLabel->palette();
    const QColor failedColor = StatusStyle::color(StatusStyle::Kind::Failed);
    palette.setColor(QPalette::WindowText, state == State::Failed && failedColor.isValid()
                                               ? failedColor
                                               : QWidget::palette().color(QPalette::WindowText));
    m_stateLabel->setPalette(palette);
    Q_EMIT stateChanged(state);
}
