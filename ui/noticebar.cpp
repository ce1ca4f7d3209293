#include "noticebar.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>

NoticeBar::NoticeBar(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    // Explicit roles: inside a toolbar they would be inherited as Button/ButtonText.
    setBackgroundRole(QPalette::Window);
    setForegroundRole(QPalette::WindowText);
    m_label->setForegroundRole(QPalette::WindowText);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_layout->setContentsMargins(10, 6, 10, 6);
    m_layout->addWidget(m_label, 1);
    m_label->installEventFilter(this);
    applyColours();
    hide();
}

void NoticeBar::setKind(Kind kind)
{
    m_kind = kind;
    applyColours();
}

QString NoticeBar::text() const
{
    return m_text;
}

void NoticeBar::setText(const QString &text)
{
    m_text = text;
    updateLabel();
    setAccessibleDescription(text);
    if (m_hidesWhenEmpty)
        setVisible(!text.isEmpty());
}

void NoticeBar::setElided(bool elided)
{
    m_elided = elided;
    m_label->setWordWrap(!elided);
    m_label->setSizePolicy(elided ? QSizePolicy::Ignored : QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateLabel();
}

void NoticeBar::updateLabel()
{
    if (!m_elided) {
        m_label->setText(m_text);
        m_label->setToolTip(QString());
        return;
    }
    // One line, cut at the label's width with "…"; the whole text in the tooltip when it was cut.
    const QString line = QString(m_text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString shown = m_label->fontMetrics().elidedText(line, Qt::ElideRight, qMax(0, m_label->width()));
    m_label->setText(shown);
    m_label->setToolTip(shown == line ? QString() : m_text);
}

bool NoticeBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && m_elided &&
        (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        updateLabel();
    return QFrame::eventFilter(watched, event);
}

void NoticeBar::addWidget(QWidget *widget)
{
    m_layout->addWidget(widget, 0, Qt::AlignVCenter);
}

void NoticeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColours();
}

void NoticeBar::applyColours()
{
    QPalette colours = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = colours.color(QPalette::Base).lightness() < 128;
    QColor background;
    QColor text;
    switch (m_kind) {
    case Kind::Info:
        background = dark ? QColor(0x1b, 0x3a, 0x57) : QColor(0xe5, 0xf1, 0xfb);
        text = dark ? QColor(0xd6, 0xea, 0xff) : QColor(0x0b, 0x3d, 0x6b);
        break;
    case Kind::Warning:
        background = dark ? QColor(0x4d, 0x3c, 0x0f) : QColor(0xff, 0xf4, 0xce);
        text = dark ? QColor(0xff, 0xec, 0xb3) : QColor(0x5c, 0x45, 0x00);
        break;
    case Kind::Error:
        background = dark ? QColor(0x5c, 0x1e, 0x1a) : QColor(0xfd, 0xe7, 0xe9);
        text = dark ? QColor(0xff, 0xdd, 0xd9) : QColor(0x8a, 0x1c, 0x12);
        break;
    }
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, text);
    m_applying = true;
    setPalette(colours);
    m_label->setPalette(colours);
    m_applying = false;
}
