// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobProgressDelegate.h"

#include "jobs/JobListModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (!index.data(JobListModel::RunningRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Selection background first, so the bar sits on the same row colour as the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int percent = index.data(JobListModel::ProgressRole).toInt();
    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = percent < 0 ? 0 : 100; // 0..0: the style draws a busy bar
    bar.progress = percent < 0 ? 0 : percent;
    bar.text = percent < 0 ? QString() : tr("%1 %").arg(percent);
    bar.textVisible = percent >= 0;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize JobProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    return size;
}
