#include "barchart.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <algorithm>

namespace {
constexpr int kMargin = 6;
constexpr int kGap = 8;
} // namespace

qint64 BarChart::Bar::total() const
{
    qint64 sum = 0;
    for (const Segment &segment : segments)
        sum += qMax<qint64>(0, segment.value);
    return sum;
}

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // as tall as its bars
    setAttribute(Qt::WA_Hover);
}

void BarChart::setBars(const QList<Bar> &bars)
{
    // The current bar stays on the same key when it is still there.
    const QVariant currentKey =
        m_current >= 0 && m_current < m_bars.size() ? m_bars.at(m_current).key : QVariant();
    m_bars = bars;
    int current = bars.isEmpty() ? -1 : 0;
    for (int i = 0; i < bars.size(); ++i) {
        if (currentKey.isValid() && bars.at(i).key == currentKey)
            current = i;
    }
    m_current = current;
    m_pressed = m_hovered = -1;
    updateGeometry();
    updateAccessibleTexts();
    update();
}

void BarChart::setLegend(const QList<QPair<QColor, QString>> &legend)
{
    m_legend = legend;
    updateGeometry();
    update();
}

void BarChart::setTitle(const QString &title)
{
    m_title = title;
    updateAccessibleTexts();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

int BarChart::legendHeight() const
{
    return m_legend.isEmpty() ? 0 : fontMetrics().height() + kMargin;
}

BarChart::Geometry BarChart::geometry() const
{
    const QFontMetrics fm = fontMetrics();
    Geometry g;
    g.top = kMargin + legendHeight();
    g.rowHeight = fm.height() + 2 * kMargin;
    const int inner = width() - 2 * kMargin;
    int labels = 0;
    int values = 0;
    for (const Bar &bar : m_bars) {
        labels = qMax(labels, fm.horizontalAdvance(bar.label));
        values = qMax(values, fm.horizontalAdvance(bar.valueText));
    }
    // Long labels (German, French, long policy names) are elided at 40 % of the width, values at 35 %.
    g.labelWidth = qMin(labels, inner * 2 / 5);
    g.valueWidth = qMin(values + 4, inner * 7 / 20);
    g.barLeft = kMargin + g.labelWidth + kGap;
    g.barWidth = qMax(fm.averageCharWidth() * 4, inner - g.labelWidth - g.valueWidth - 2 * kGap);
    return g;
}

QRect BarChart::barRect(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const Geometry g = geometry();
    return QRect(kMargin, g.top + index * g.rowHeight, width() - 2 * kMargin, g.rowHeight);
}

QRect BarChart::segmentRect(int index, int segment, const Geometry &g) const
{
    qint64 largest = 0;
    for (const Bar &bar : m_bars)
        largest = qMax(largest, bar.total());
    if (largest <= 0)
        return {};
    const Bar &bar = m_bars.at(index);
    qint64 before = 0;
    for (int i = 0; i < segment; ++i)
        before += qMax<qint64>(0, bar.segments.at(i).value);
    const qint64 value = qMax<qint64>(0, bar.segments.at(segment).value);
    const int left = g.barLeft + int(double(before) / double(largest) * g.barWidth);
    const int right = g.barLeft + int(double(before + value) / double(largest) * g.barWidth);
    const int rowTop = g.top + index * g.rowHeight;
    // A bar that is not empty is at least 2 px wide, so a count of 1 among 100,000 shows.
    const int w = value > 0 ? qMax(2, right - left) : 0;
    return QRect(left, rowTop + kMargin / 2 + 1, w, g.rowHeight - kMargin - 2);
}

int BarChart::barAt(const QPoint &pos, int *segment) const
{
    if (segment)
        *segment = -1;
    for (int i = 0; i < m_bars.size(); ++i) {
        if (!barRect(i).contains(pos))
            continue;
        if (segment) {
            const Geometry g = geometry();
            for (int s = 0; s < m_bars.at(i).segments.size(); ++s) {
                if (segmentRect(i, s, g).contains(pos))
                    *segment = s;
            }
        }
        return i;
    }
    return -1;
}

void BarChart::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_bars.size() || index == m_current)
        return;
    m_current = index;
    updateAccessibleTexts();
    update();
    Q_EMIT currentChanged(index);
    if (hasFocus() && index >= 0) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QSize BarChart::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int rows = qMax(1, int(m_bars.size()));
    return QSize(fm.averageCharWidth() * 60,
                 2 * kMargin + legendHeight() + rows * (fm.height() + 2 * kMargin));
}

QSize BarChart::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return QSize(fm.averageCharWidth() * 30, sizeHint().height());
}

void BarChart::updateAccessibleTexts()
{
    // The chart's description holds every bar's values; its name follows the current bar, so moving with the
    // arrows reads each bar.
    QStringList lines;
    for (const Bar &bar : qAsConst(m_bars))
        lines << (bar.toolTip.isEmpty() ? QStringLiteral("%1: %2").arg(bar.label, bar.valueText)
                                        : bar.toolTip);
    setAccessibleDescription(lines.isEmpty() ? m_emptyText : lines.join(QStringLiteral("\n")));
    const QString &title = m_title;
    if (m_current >= 0 && m_current < m_bars.size())
        setAccessibleName(QStringLiteral("%1: %2").arg(title, lines.at(m_current)));
    else
        setAccessibleName(title);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    if (m_bars.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    // Legend: a square of each colour and its name, on one line (elided at the right when it is too long).
    if (!m_legend.isEmpty()) {
        int x = kMargin;
        const int square = fm.ascent() - 2;
        for (const auto &entry : qAsConst(m_legend)) {
            const int textWidth = fm.horizontalAdvance(entry.second);
            if (x + square + 4 > width() - kMargin)
                break;
            painter.fillRect(QRect(x, kMargin + (fm.height() - square) / 2, square, square), entry.first);
            x += square + 4;
            painter.setPen(pal.color(QPalette::Text));
            const QString text = fm.elidedText(entry.second, Qt::ElideRight, width() - kMargin - x);
            painter.drawText(QRect(x, kMargin, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             text);
            x += textWidth + 2 * kGap;
        }
    }
    const Geometry g = geometry();
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const QRect row = barRect(i);
        if (i == m_hovered || (i == m_current && hasFocus())) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlpha(i == m_current && hasFocus() ? 60 : 30);
            painter.fillRect(row, highlight);
        }
        painter.setPen(pal.color(QPalette::Text));
        const QRect labelRect(kMargin, row.top(), g.labelWidth, row.height());
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(bar.label, Qt::ElideRight, g.labelWidth));
        for (int s = 0; s < bar.segments.size(); ++s) {
            const QRect r = segmentRect(i, s, g);
            if (!r.isEmpty())
                painter.fillRect(r, bar.segments.at(s).color);
        }
        // The value right after the bar's end, so it reads with its bar.
        int end = g.barLeft;
        if (!bar.segments.isEmpty()) {
            for (int s = 0; s < bar.segments.size(); ++s)
                end = qMax(end, segmentRect(i, s, g).right() + 1);
        }
        const int valueLeft = end + kGap;
        const int available = width() - kMargin - valueLeft;
        painter.drawText(QRect(valueLeft, row.top(), available, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(bar.valueText, Qt::ElideRight, available));
        if (i == m_current && hasFocus()) {
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.rect = row;
            option.backgroundColor = pal.color(QPalette::Base);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        }
    }
}

void BarChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = barAt(event->position().toPoint());
        if (m_pressed >= 0)
            setCurrentIndex(m_pressed);
    }
    QWidget::mousePressEvent(event);
}

void BarChart::mouseReleaseEvent(QMouseEvent *event)
{
    int segment = -1;
    const int index = barAt(event->position().toPoint(), &segment);
    if (event->button() == Qt::LeftButton && index >= 0 && index == m_pressed)
        Q_EMIT activated(index, segment);
    m_pressed = -1;
    QWidget::mouseReleaseEvent(event);
}

void BarChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = barAt(event->position().toPoint());
    if (index != m_hovered) {
        m_hovered = index;
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void BarChart::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void BarChart::keyPressEvent(QKeyEvent *event)
{
    const int last = int(m_bars.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        setCurrentIndex(qMax(0, m_current - 1));
        return;
    case Qt::Key_Down:
    case Qt::Key_Right:
        setCurrentIndex(qMin(last, m_current + 1));
        return;
    case Qt::Key_Home:
        setCurrentIndex(last >= 0 ? 0 : -1);
        return;
    case Qt::Key_End:
        setCurrentIndex(last);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && m_current <= last) {
            Q_EMIT activated(m_current, -1);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void BarChart::focusInEvent(QFocusEvent *event)
{
    if (m_current < 0 && !m_bars.isEmpty())
        setCurrentIndex(0);
    update();
    QWidget::focusInEvent(event);
}

void BarChart::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index >= 0) {
            const Bar &bar = m_bars.at(index);
            QToolTip::showText(help->globalPos(),
                               bar.toolTip.isEmpty() ? QStringLiteral("%1: %2").arg(bar.label, bar.valueText)
                                                     : bar.toolTip,
                               this, barRect(index));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    return QWidget::event(event);
}
