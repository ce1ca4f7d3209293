#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QVariant>
#include <QWidget>

// Horizontal bars painted with QPainter (the Windows build has only qtbase, so no Qt Charts): one bar per row
// with its label at the left (elided, the whole label in the tooltip), the bar, and its value text at the
// right. A bar is one segment or several stacked ones (e.g. provisioned / failed / other). Bars are
// clickable and keyboard accessible: the chart takes focus, Up/Down (or Left/Right, Home/End) move between
// bars, Enter or Space activates the current one like a click. Screen readers read every bar's values from
// the chart's accessible description, and the current bar's from its accessible name.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    struct Segment
    {
        qint64 value = 0;
        QColor color;
        QString name; // what the legend and the description call it: "failed"
    };
    struct Bar
    {
        QVariant key;      // what the page acts on when the bar is activated (a status, a policy id)
        QString label;     // "Failed", a policy's name
        QString valueText; // at the right of the bar: "519 (10.4%)"
        QString toolTip;   // every value in words; also what a screen reader reads for the bar
        QList<Segment> segments;
        qint64 total() const;
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    int count() const { return int(m_bars.size()); }
    // Segments named above the bars (colour, name); none: no legend.
    void setLegend(const QList<QPair<QColor, QString>> &legend);
    // What the chart shows ("Cloud PCs by status"): the start of its accessible name.
    void setTitle(const QString &title);
    // A text shown when there are no bars ("No Cloud PCs yet").
    void setEmptyText(const QString &text);

    // Where a bar is painted (its whole row: label, bar and value), in widget coordinates; empty when out
    // of range. Where a click activates it.
    QRect barRect(int index) const;
    // The bar at a point, -1 when none; `segment` (optional) gets the segment under it, -1 outside the bar.
    int barAt(const QPoint &pos, int *segment = nullptr) const;
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A bar was clicked (segment: the one under the mouse, -1 when the click was beside it) or activated
    // with Enter/Space (segment -1).
    void activated(int index, int segment);
    void currentChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        int top = 0;        // first bar's row
        int rowHeight = 0;  // each bar's row
        int labelWidth = 0; // the label column
        int valueWidth = 0; // the value column
        int barLeft = 0;
        int barWidth = 0; // the longest bar
    };
    Geometry geometry() const;
    int legendHeight() const;
    QRect segmentRect(int index, int segment, const Geometry &g) const;
    void updateAccessibleTexts();

    QList<Bar> m_bars;
    QList<QPair<QColor, QString>> m_legend;
    QString m_title;
    QString m_emptyText;
    int m_current = -1;
    int m_pressed = -1;
    int m_hovered = -1;
};
