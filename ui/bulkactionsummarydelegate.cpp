#include "bulkactionsummarydelegate.h"

#include "bulkactionmodel.h"

#include <QApplication>
#include <QPainter>

void BulkActionSummaryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariantList counts = index.data(BulkActionModel::SummaryCountsRole).toList();
    qint64 total = 0;
    for (const QVariant &count : counts)
        total += count.toLongLong();
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    const QColor colors[] = {
        dark ? QColor(0x6c, 0xcb, 0x5f) : QColor(0x10, 0x7c, 0x10), // succeeded
        dark ? QColor(0xff, 0x70, 0x66) : QColor(0xc4, 0x2b, 0x1c), // failed
        dark ? QColor(0x60, 0xcd, 0xff) : QColor(0x00, 0x67, 0xc0), // in progress
        dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x9e, 0x9e, 0x9e), // pending
        dark ? QColor(0x6e, 0x6e, 0x6e) : QColor(0xd0, 0xd0, 0xd0), // not supported
    };
    const int margin = 4;
    const int barHeight = qMax(6, opt.rect.height() / 3);
    QRect bar(opt.rect.left() + margin, opt.rect.center().y() - barHeight / 2, barWidth, barHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(bar, opt.palette.color(QPalette::Mid));
    if (total > 0) {
        int x = bar.left();
        qint64 sum = 0;
        for (int i = 0; i < counts.size() && i < 5; ++i) {
            sum += counts.at(i).toLongLong();
            const int right = bar.left() + int(bar.width() * sum / total);
            if (right > x)
                painter->fillRect(QRect(x, bar.top(), right - x, bar.height()), colors[i]);
            x = right;
        }
    }
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                       : opt.palette.color(QPalette::Text));
    const QRect textRect = opt.rect.adjusted(margin * 2 + barWidth + margin, 0, -margin, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize BulkActionSummaryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += barWidth + 12;
    return size;
}
