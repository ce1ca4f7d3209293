#pragma once

#include <QStyledItemDelegate>

// Paints a bulk action's run summary as a small stacked bar (succeeded, failed, in progress, pending, not
// supported) followed by its counts as text.
class BulkActionSummaryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int barWidth = 72;
};
